"""A workstation killed (SIGKILL) in the middle of a push and of a pull: after
a clean sync nothing is lost, nothing is stored or applied twice, and both
replicas hold the same."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from mottagning.services.authentication import Authenticator
from mottagning.services.session import Session
from mottagning.storage.files import ClinicFiles
from tests.storage.reception import details
from tests.storage.sync_support import ClinicServer, canonical_dump, connect_first, new_workstation
from tests.support import FAST_KDF, LEAD, LEAD_PASSWORD, ClinicUnderTest

pytestmark = pytest.mark.e2e

RUNNER = Path(__file__).with_name("sync_runner.py")
REPOSITORY = Path(__file__).resolve().parents[2]
ENVELOPES = 30


def sync_killed_after(folder: Path, wanted: str, count: int) -> int:
    """Run a sync in its own process; SIGKILL it once `wanted` was printed
    `count` times. Returns how many times it was printed before it died."""
    process = subprocess.Popen(
        [sys.executable, str(RUNNER), str(folder), LEAD.username, LEAD_PASSWORD],
        cwd=REPOSITORY,
        env={**os.environ, "PYTHONUNBUFFERED": "1", "PYTHONPATH": str(REPOSITORY)},
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    seen = 0
    with process.stdout:
        for line in process.stdout:
            seen += line.strip() == wanted
            if seen == count:
                process.kill()
                break
    process.wait(timeout=60)
    return seen


def open_lead(folder: Path, clinic: ClinicUnderTest) -> tuple[Authenticator, Session]:
    gate = Authenticator(ClinicFiles(folder), clinic.clock, FAST_KDF, workstation="PC")
    return gate, gate.login(LEAD.username, LEAD_PASSWORD)


def test_a_kill_during_a_push_and_during_a_pull_loses_and_repeats_nothing(
    clinic: ClinicUnderTest,
    gate: Authenticator,
    lead: Session,
    server: ClinicServer,
    tmp_path: Path,
) -> None:
    connect_first(lead, server)
    b = new_workstation(lead, server, tmp_path / "b", clinic.clock, "b")
    for number in range(ENVELOPES):  # one envelope each
        lead.clients.create(details(f"Klient {number}"))
        lead.sync.capture_now()
    gate.close()
    b.gate.close()

    # Killed in the middle of the push, then again before it finished.
    assert sync_killed_after(clinic.files.data_dir, "pushed", ENVELOPES // 3) == ENVELOPES // 3
    gate_a, lead_a = open_lead(clinic.files.data_dir, clinic)
    lead_a.sync.sync_now()
    pushed = server.pg.sql(
        "SELECT count(*), count(DISTINCT envelope_id) FROM mottagning.changes", dbname=server.dbname
    )
    assert lead_a.sync.status().waiting == 0
    gate_a.close()
    assert pushed[0][0] == pushed[0][1] >= ENVELOPES  # each stored once

    # B killed in the middle of the pull.
    assert sync_killed_after(b.files.data_dir, "applied", ENVELOPES // 2) == ENVELOPES // 2
    gate_b, lead_b = open_lead(b.files.data_dir, clinic)
    lead_b.sync.sync_now()
    gate_a, lead_a = open_lead(clinic.files.data_dir, clinic)
    lead_a.sync.sync_now()
    lead_b.sync.sync_now()
    assert canonical_dump(lead_a) == canonical_dump(lead_b)
    aliases = lead_b.clinic.db.query("SELECT alias FROM clients WHERE alias LIKE 'Klient %'")
    assert len(aliases) == ENVELOPES
    assert lead_b.clinic.access_log.verify() and all(
        report.intact for report in lead_b.clinic.access_log.verify()
    )
    gate_a.close()
    gate_b.close()
