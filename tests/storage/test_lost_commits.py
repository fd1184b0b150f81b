"""Commits lost to a damaged write-ahead log are noticed.

SQLite treats a damaged WAL frame as the end of the log: the commits after it
vanish without an error (seen: 21 of 30 flipped WAL bytes lost acknowledged
registrations, and `verify` said OK). Every commit that logs rewrites the head
kept outside the database, so at the next open the database's log is shorter
than the head says: the login warns, naming what is missing, and `verify`
reports it. Thirty crash images, each with another byte of the WAL flipped.
"""

import random
import shutil
from pathlib import Path

import pytest

from mottagning.errors import DatabaseDamaged
from mottagning.models.access_log import HeadStatus, LogAction
from mottagning.services.authentication import Authenticator
from mottagning.services.verification import verify_clinic
from mottagning.storage.files import ClinicFiles
from tests.storage.reception import details
from tests.support import FAST_KDF, LEAD, LEAD_PASSWORD, FakeClock

REGISTRATIONS = 12
TRIALS = 30
WAL_HEADER, FRAME_HEADER, PAGE = 32, 24, 4096


@pytest.fixture(scope="module")
def crash_image(tmp_path_factory) -> Path:
    """The data folder as a power cut would leave it: twelve registrations
    committed in the WAL, not yet checkpointed into the database file."""
    from mottagning.services.setup import create_clinic
    from tests.support import CLINIC

    folder = tmp_path_factory.mktemp("lost") / "clinic"
    files = ClinicFiles(folder)
    clock = FakeClock()
    create_clinic(files, CLINIC, LEAD, LEAD_PASSWORD, clock, FAST_KDF)
    gate = Authenticator(files, clock, FAST_KDF, workstation="TEST-PC")
    lead = gate.login(LEAD.username, LEAD_PASSWORD)
    lead.clinic.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    lead.clinic.db.execute("PRAGMA wal_autocheckpoint = 0")
    for number in range(REGISTRATIONS):
        clock.advance(minutes=1)
        lead.clients.create(details(f"Klient {number:02d}"))
    image = folder.parent / "image"
    shutil.copytree(folder, image, ignore=shutil.ignore_patterns("*.lock", "logs"))
    gate.close()
    return image


def damaged_copy(image: Path, target: Path, trial: int) -> ClinicFiles:
    shutil.copytree(image, target)
    wal = target / "mottagning.db-wal"
    data = bytearray(wal.read_bytes())
    frames = (len(data) - WAL_HEADER) // (FRAME_HEADER + PAGE)
    frame = random.Random(trial).randrange(frames)
    offset = (
        WAL_HEADER
        + frame * (FRAME_HEADER + PAGE)
        + random.Random(-trial).randrange(FRAME_HEADER + PAGE)
    )
    data[offset] ^= 0x5A
    wal.write_bytes(bytes(data))
    return ClinicFiles(target)


def test_every_lost_logged_commit_is_noticed(crash_image, tmp_path):
    lost_trials = 0
    for trial in range(TRIALS):
        checked = damaged_copy(crash_image, tmp_path / f"verify{trial}", trial)
        files = damaged_copy(crash_image, tmp_path / f"login{trial}", trial)
        gate = Authenticator(files, FakeClock(), FAST_KDF, workstation="TEST-PC")
        try:
            session = gate.login(LEAD.username, LEAD_PASSWORD)
        except DatabaseDamaged:
            lost_trials += 1  # noticed as damage: the files are kept as they are
            gate.close()
            continue
        kept = len(session.clients.search("Klient", limit=100))
        gate.close()
        if kept == REGISTRATIONS:
            assert not session.warnings, trial
            continue
        lost_trials += 1
        (warning,) = session.warnings
        assert warning.status is HeadStatus.ROLLED_BACK, trial
        lost = [entry.action for entry in warning.missing]
        assert lost.count(LogAction.CLIENT_CREATED) >= REGISTRATIONS - kept, trial
        assert "missing" in warning.describe()

        credential = Authenticator(checked, FakeClock(), FAST_KDF).check_password(
            LEAD.username, LEAD_PASSWORD
        )
        report = verify_clinic(checked, credential, FakeClock(), "TEST-PC")
        assert not report.ok and report.head is not None, trial
        assert report.head.status is HeadStatus.ROLLED_BACK
    assert lost_trials >= TRIALS // 2, "most flipped bytes lose commits: the test has teeth"
