"""Every measure on one clinic, repeated, as figures.

The clinic folder is written to (logins, notes, the access log), so it must
be a copy. Steps run one after another, never two processes on the database
at once; the GUI probes start with no session open here.
"""

import logging
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from bench import backups, encryption, measures, sync
from bench.build import PASSWORD
from bench.dataset import Dataset
from bench.figures import Figure, figure
from bench.probes import launch
from bench.stats import median, percentile

log = logging.getLogger(__name__)

CLIENT_VIEWS = 3  # the big record opened this many times per GUI probe
SIGNED_PER_RUN = 3
ROTATIONS = 3  # each copies the whole database: at most this many per run


@dataclass
class SizeResult:
    data: Dataset
    figures: list[Figure] = field(default_factory=list)
    notes: dict[str, object] = field(default_factory=dict)


PARTS = ("startup", "gui", "services", "encryption", "backups", "sync", "rotation")


def measure(
    data: Dataset, repeat: int, scratch: Path, parts: tuple[str, ...] = PARTS
) -> SizeResult:
    """Every measure of `parts` (all by default), in this order: the key
    rotation writes a new database, so it comes last."""
    result = SizeResult(data)
    if "startup" in parts:
        log.info("%s: start-up, %d x 2 processes", data.size, repeat)
        result.figures += startup(data, repeat)
    if "gui" in parts:
        log.info("%s: GUI, %d processes", data.size, repeat)
        result.figures += gui(data, repeat, result.notes)
    if "services" in parts:
        log.info("%s: services", data.size)
        result.figures += services(data, repeat)
    if "encryption" in parts:
        log.info("%s: encryption cost (export to plain SQLite, the query set)", data.size)
        result.figures += encryption.measure(data, repeat, scratch, result.notes)
    if "backups" in parts:
        log.info("%s: backup, verify and restore", data.size)
        result.figures += backups.measure(data, repeat, scratch)
    if "sync" in parts:
        log.info("%s: sync through a PostgreSQL server started here", data.size)
        result.figures += sync.measure(data, repeat, scratch)
    if "rotation" in parts:
        runs = min(repeat, ROTATIONS)
        log.info("%s: replacing the clinic's keys, %d time(s)", data.size, runs)
        result.figures += rotation(data, runs, scratch)
    return result


def rotation(data: Dataset, runs: int, scratch: Path) -> list[Figure]:
    rotations, copies = measures.key_rotation(data.files, scratch, runs)
    return [
        figure(
            "key_rotation",
            "replace the clinic's keys (database copied and re-sealed)",
            data.size,
            rotations,
            floor=median(copies),
            floor_label="shutil.copyfile of the database",
        )
    ]


def startup(data: Dataset, repeat: int) -> list[Figure]:
    """Bare window and program alternate, so both see the same machine state."""
    launch.compile_bytecode()
    bare, program = [], []
    for _ in range(repeat):
        bare.append(launch.startup_ms("bare"))
        program.append(launch.startup_ms("app", str(data.files.data_dir)))
    return [
        figure(
            "startup",
            "start-up: process start to login window",
            data.size,
            program,
            floor=median(bare),
            floor_label="bare PySide6 window",
        )
    ]


def gui(data: Dataset, repeat: int, notes: dict[str, object]) -> list[Figure]:
    config = launch.GuiConfig(
        data_dir=str(data.files.data_dir),
        username=data.counselor_username,
        client_id=data.heavy_client_id,
        mondays=[monday.isoformat() for monday in data.mondays],
        client_views=CLIENT_VIEWS,
    )
    runs = [launch.gui(config) for _ in range(repeat)]
    notes["first_area_after_login"] = runs[0]["first_area"]
    notes["none_refs_lost_per_repaint"] = max(r["none_refs_lost_per_repaint"] for r in runs)
    size = data.size
    record = f"{data.heavy_notes} notes, {data.heavy_questionnaires} questionnaires"
    return [
        figure(
            "unlock.key_to_window",
            "unlock: key to main window ready",
            size,
            [r["key_to_window"] for r in runs],
        ),
        figure(
            "week.counselor",
            "week view, one counselor",
            size,
            [median(r["week_counselor"]) for r in runs],
        ),
        figure(
            "week.clinic",
            "week view, whole clinic",
            size,
            [median(r["week_clinic"]) for r in runs],
        ),
        figure(
            "month.counselor",
            "month view, one counselor",
            size,
            [median(r["month_counselor"]) for r in runs],
        ),
        figure(
            "month.clinic",
            "month view, whole clinic",
            size,
            [median(r["month_clinic"]) for r in runs],
        ),
        figure(
            "client_view",
            f"client view ready ({record})",
            size,
            [median(r["client_view"]) for r in runs],
        ),
        figure(
            "client_view.journal",
            "client view: journal tab ready",
            size,
            [median(r["journal_tab"]) for r in runs],
        ),
        figure(
            "client_view.questionnaires",
            "client view: questionnaires tab ready",
            size,
            [median(r["questionnaires_tab"]) for r in runs],
        ),
        figure(
            "client_view.first",
            "client view, first opened after login",
            size,
            [r["client_view"][0] for r in runs],
        ),
        figure(
            "stall.week_clinic",
            "longest event-loop stall: whole clinic's week",
            size,
            [r["stall_week_clinic"] for r in runs],
        ),
        figure(
            "stall.client_view",
            "longest event-loop stall: big record's page and tabs",
            size,
            [r["stall_client"] for r in runs],
        ),
        figure(
            "memory.peak_rss",
            "peak RSS of the GUI process",
            size,
            [r["peak_rss_mb"] for r in runs],
            unit="MB",
        ),
    ]


def services(data: Dataset, repeat: int) -> list[Figure]:
    files, user = data.files, data.counselor_username
    kdf = measures.key_derivation(files, user, repeat)
    credential = measures.gate(files).check_password(user, PASSWORD)
    open_session = measures.key_to_session(files, credential, repeat)
    gate = measures.gate(files)
    try:
        session = gate.open_session(credential)
        searches = [measures.search_keystrokes(session, data.search_texts) for _ in range(repeat)]
        drafts = [median(measures.save_draft(session, data.heavy_client_id)) for _ in range(repeat)]
        signs = [
            median(measures.sign(session, data.heavy_client_id, SIGNED_PER_RUN))
            for _ in range(repeat)
        ]
        render, preview = measures.referral(session, data.heavy_client_id, repeat)
        session.logout()
    finally:
        gate.close()
    size = data.size
    # The last whole year of the clinic's ten (a build ends on the day it is made).
    year = date.today().year - 1
    one_year = measures.yearly_numbers(files, year, 0, repeat)
    with_years_before = measures.yearly_numbers(files, year, 2, repeat)
    keystrokes = len(searches[0])
    return [
        figure("yearly.one_year", f"yearly numbers, {year} alone", size, one_year),
        figure(
            "yearly.with_years_before",
            f"yearly numbers, {year} with the two years before",
            size,
            with_years_before,
        ),
        figure("unlock.key_derivation", "unlock: key derivation (Argon2id)", size, kdf),
        figure("unlock.key_to_session", "unlock: key to session, no UI", size, open_session),
        figure(
            "search.p50",
            f"client search per keystroke, p50 ({keystrokes} keys)",
            size,
            [percentile(s, 0.5) for s in searches],
        ),
        figure(
            "search.p95",
            f"client search per keystroke, p95 ({keystrokes} keys)",
            size,
            [percentile(s, 0.95) for s in searches],
        ),
        figure("journal.save_draft", "save a draft (per word typed)", size, drafts),
        figure("journal.sign", "sign a note", size, signs),
        figure("letters.referral_render", "render a two-page referral", size, render),
        figure(
            "letters.referral_preview", "referral preview: render and page images", size, preview
        ),
    ]
