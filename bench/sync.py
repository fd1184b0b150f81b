"""Sync through a clinic server (a PostgreSQL started here, on a Unix socket):

- a day's work: 200 changes on one PC (40 new clients, 160 edits), sealed and
  pushed, then pulled and applied on another PC;
- joining: the lead's copy for a new workstation (the encrypted database and
  key slots) and its first sync, against `pg_dump` of the same rows held
  plainly in PostgreSQL;
- 20 simulated workstations syncing every 10 s against the one server for a
  bounded time (each sync: connect, register, push an envelope every other
  time, pull both channels), with the latency of each sync.
"""

import dataclasses
import logging
import os
import subprocess
import threading
import time
import uuid
from functools import partial
from pathlib import Path
from typing import Any

import psycopg

from bench import measures, pg
from bench.build import LEAD, PASSWORD
from bench.dataset import Dataset
from bench.figures import Figure, figure
from bench.measures import MS
from bench.stats import percentile, timed
from mottagning.models.clients import ClientDetails, Strand, TargetGroup
from mottagning.services.authentication import Authenticator
from mottagning.services.clock import SystemClock
from mottagning.services.session import Session
from mottagning.storage import sync_server
from mottagning.storage.files import ClinicFiles
from mottagning.storage.sync_tables import NOT_SYNCED_YET, SYNCED_TABLES

log = logging.getLogger(__name__)

NEW_CLIENTS, EDITS = 40, 160  # a day's work: 200 changes
JOINS = 3  # each copies the whole database
WORKSTATIONS, INTERVAL_S = 20, 10.0
# How long the 20 PCs run: a minute (the smoke clinic, a quick look: 12 s).
SIMULATED_S = {"smoke": 12.0}
BATCH = 200
ENVELOPE_BYTES = 2000  # about a change with its access-log entries, sealed


def measure(data: Dataset, repeat: int, scratch: Path) -> list[Figure]:
    if pg.bin_dir() is None:
        log.warning("sync not measured: PostgreSQL's server programs are not installed")
        return []
    seconds = float(os.environ.get("BENCH_SYNC_SECONDS", SIMULATED_S.get(data.size, 60.0)))
    with pg.server() as server:
        server.sql("CREATE DATABASE clinic")
        admin = server.dsn(dbname="clinic")
        sync_server.install(admin)
        lead = measures.gate(data.files).login(LEAD, PASSWORD)
        try:
            lead.sync.connect(_role(server, "pc_a"))
            lead.sync.sync_now()
            joins, other = _joins(lead, server, scratch, min(repeat, JOINS))
            dump = _dump_floor(lead, server, scratch)
            pushes, applies = _days(lead, other, repeat)
            other.logout()
        finally:
            lead.logout()
        latencies = _workstations(server, seconds)
    size = data.size
    total = [p + a for p, a in zip(pushes, applies, strict=True)]
    return [
        figure("sync.day", f"a day's work synced ({NEW_CLIENTS + EDITS} changes)", size, total),
        figure("sync.day.push", "  sealed and pushed on the PC that made them", size, pushes),
        figure("sync.day.apply", "  pulled and applied on another PC", size, applies),
        figure(
            "sync.join",
            "join: the lead's copy for a new PC and its first sync",
            size,
            joins,
            floor=dump,
            floor_label="pg_dump of the same rows in PostgreSQL",
        ),
        figure(
            "sync.workstations.p50",
            f"{WORKSTATIONS} PCs syncing every {INTERVAL_S:g} s, one sync, p50"
            f" ({len(latencies)} syncs in {seconds:g} s)",
            size,
            [percentile(latencies, 0.5)],
        ),
        figure(
            "sync.workstations.p95",
            f"{WORKSTATIONS} PCs syncing every {INTERVAL_S:g} s, one sync, p95",
            size,
            [percentile(latencies, 0.95)],
        ),
    ]


def _role(server: pg.Server, name: str) -> str:
    server.sql(f"CREATE ROLE {name} LOGIN IN ROLE {sync_server.WORKSTATION_ROLE}", "clinic")
    return server.dsn(user=name, dbname="clinic")


def _joins(
    lead: Session, server: pg.Server, scratch: Path, runs: int
) -> tuple[list[float], Session]:
    """Each run a new PC: the copy made and its first sync (its login, a
    person's step with one Argon2id derivation, not counted)."""
    timings: list[float] = []
    joined: Session | None = None
    for run in range(runs):
        files = ClinicFiles(scratch / f"sync-pc-{run}")
        copied, _ = timed(partial(lead.sync.copy_for_new_workstation, files))
        session = Authenticator(files, SystemClock(), workstation=f"BENCH-{run}").login(
            LEAD, PASSWORD
        )
        session.sync.connect(_role(server, f"pc_join_{run}"))
        synced, _ = timed(session.sync.sync_now)
        timings.append(MS * (copied + synced))
        if joined is None:
            joined = session
        else:
            session.logout()
    assert joined is not None
    return timings, joined


def _days(lead: Session, other: Session, repeat: int) -> tuple[list[float], list[float]]:
    pushes, applies = [], []
    existing = [
        row["id"] for row in lead.clinic.db.query("SELECT id FROM clients LIMIT ?", (EDITS,))
    ]
    for run in range(repeat):
        _a_days_work(lead, existing, run)
        pushes.append(MS * timed(lead.sync.sync_now)[0])
        applies.append(MS * timed(other.sync.sync_now)[0])
    return pushes, applies


def _a_days_work(lead: Session, existing: list[str], run: int) -> None:
    for n in range(NEW_CLIENTS):
        lead.clients.create(
            ClientDetails(
                alias=f"Synk {run}-{n}",
                strand=Strand.MIKA,
                target_groups=frozenset({TargetGroup.SELLING_SEX}),
            )
        )
    for n in range(EDITS):
        client = lead.clients.open(existing[n % len(existing)])
        phone = f"070-{run:02d} {n:02d} {n % 7:02d}"
        lead.clients.update(client.id, dataclasses.replace(client.details, phone=phone))


def _dump_floor(lead: Session, server: pg.Server, scratch: Path) -> float:
    """The clinic's rows (every table that travels or ought to) in plain
    PostgreSQL tables, and the time pg_dump takes to write them out."""
    server.sql("CREATE DATABASE plain")
    names = [t.name for t in SYNCED_TABLES] + sorted(NOT_SYNCED_YET)
    with psycopg.connect(server.dsn(dbname="plain"), autocommit=True) as connection:
        for name in names:
            columns = lead.clinic.db.query(f"PRAGMA table_info({name})")
            declared = ", ".join(f'"{c["name"]}" {_pg_type(c["type"])}' for c in columns)
            connection.execute(f'CREATE TABLE "{name}" ({declared})')
            listed = ", ".join(f'"{c["name"]}"' for c in columns)
            statement = f'COPY "{name}" ({listed}) FROM STDIN'
            with connection.cursor().copy(statement) as copy:
                for row in lead.clinic.db.query(f"SELECT * FROM {name}"):
                    copy.write_row([row[c["name"]] for c in columns])
    dumped = scratch / "plain.sql"
    command = [str(server.bin_dir / "pg_dump"), "-f", str(dumped), server.dsn(dbname="plain")]
    seconds, _ = timed(lambda: subprocess.run(command, check=True, timeout=600))  # noqa: S603
    dumped.unlink()
    return MS * seconds


def _pg_type(declared: str) -> str:
    kind = declared.upper()
    if "INT" in kind:
        return "bigint"
    if "REAL" in kind:
        return "double precision"
    return "bytea" if "BLOB" in kind else "text"


def _workstations(server: pg.Server, seconds: float) -> list[float]:
    """Every sync's latency (ms), of WORKSTATIONS threads, each its own role
    and device, syncing every INTERVAL_S, staggered, for `seconds`."""
    dsns = [_role(server, f"pc_sim_{n:02d}") for n in range(WORKSTATIONS)]
    latencies: list[float] = []
    lock = threading.Lock()
    started = time.monotonic()

    def workstation(n: int) -> None:
        device, cursors, tick = f"sim-{n:02d}-{uuid.uuid4()}", {"clinic": 0, "journal": 0}, 0
        while True:
            due = started + n * INTERVAL_S / WORKSTATIONS + tick * INTERVAL_S
            if due > started + seconds:
                return
            time.sleep(max(0.0, due - time.monotonic()))
            took, _ = timed(partial(_one_sync, dsns[n], device, cursors, push=tick % 2 == 0))
            with lock:
                latencies.append(MS * took)
            tick += 1

    threads = [threading.Thread(target=workstation, args=(n,)) for n in range(WORKSTATIONS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return latencies


def _one_sync(dsn: str, device: str, cursors: dict[str, int], *, push: bool) -> None:
    with sync_server.ServerConnection(dsn, device) as connection:
        connection.register()
        if push:
            envelope: Any = b"\x01" + os.urandom(ENVELOPE_BYTES)
            connection.push(str(uuid.uuid4()), "clinic", envelope)
        for channel in list(cursors):  # as SyncService: until a batch is not full
            while True:
                batch = connection.pull(channel, cursors[channel], BATCH)
                if batch:
                    cursors[channel] = batch[-1].seq
                if len(batch) < BATCH:
                    break
