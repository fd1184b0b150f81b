"""A backup and a restore killed (SIGKILL) at each of their steps: the earlier
backups stay whole and listed, nothing half-written is ever listed as a
backup, and after a killed restore the clinic opens, whole, as it was before
or as the backup has it, never a mix."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from mottagning.services.authentication import Authenticator
from mottagning.storage.backup_files import stored_backups
from mottagning.storage.files import ClinicFiles
from tests.e2e.clinic_with_notes import clinic_with_notes
from tests.storage.reception import details
from tests.support import (
    COUNSELOR_PASSWORD,
    FAST_KDF,
    LEAD,
    LEAD_PASSWORD,
    FakeClock,
)

pytestmark = pytest.mark.e2e

RUNNER = Path(__file__).with_name("backup_runner.py")
REPOSITORY = Path(__file__).resolve().parents[2]
NOTES = 60


@pytest.fixture(scope="module")
def clinic_with_a_backup(tmp_path_factory) -> Path:
    """A clinic with notes, one backup, then a client the backup lacks."""
    files, clock, gate, lead = clinic_with_notes(
        tmp_path_factory.mktemp("backup") / "clinic", NOTES
    )
    lead.backups.create(lambda fraction, step: None)
    clock.advance(hours=1)
    lead.clients.create(details("Efter"))
    gate.close()
    return files.data_dir


def killed_at(command: list[str], wanted: str) -> None:
    process = subprocess.Popen(
        [sys.executable, str(RUNNER), *command],
        cwd=REPOSITORY,
        env={**os.environ, "PYTHONUNBUFFERED": "1", "PYTHONPATH": str(REPOSITORY)},
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    seen = []
    with process.stdout:
        for line in process.stdout:
            seen.append(line)
            if wanted in line:
                process.kill()
                break
    process.wait(timeout=60)
    assert any(wanted in line for line in seen), f"never reached {wanted!r}: {seen}"


@pytest.mark.parametrize(
    "step", ["copying", "writing the manifest", "verifying the backup", "done"]
)
def test_a_backup_killed_at_any_step_leaves_the_earlier_backups_and_no_false_one(
    clinic_with_a_backup, tmp_path, step
):
    target = tmp_path / "clinic"
    shutil.copytree(clinic_with_a_backup, target)
    files = ClinicFiles(target)
    (earlier,) = stored_backups(files.backups)
    killed_at(["create", str(target), LEAD.username, LEAD_PASSWORD], step)
    listed = stored_backups(files.backups)
    assert earlier.name in [b.name for b in listed]
    assert len(listed) == (2 if step == "done" else 1)
    gate = Authenticator(files, FakeClock(), FAST_KDF)
    lead = gate.login(LEAD.username, LEAD_PASSWORD)
    for backup in lead.backups.list():
        assert lead.backups.verify(backup.folder).ok  # whatever is listed is whole
    gate.close()


@pytest.mark.parametrize("step", ["checking", "copying it in", "putting it in place", "done"])
def test_a_restore_killed_at_any_step_leaves_one_whole_clinic(clinic_with_a_backup, tmp_path, step):
    target = tmp_path / "clinic"
    shutil.copytree(clinic_with_a_backup, target)
    files = ClinicFiles(target)
    (backup,) = stored_backups(files.backups)
    command = ["restore", str(target), LEAD.username, LEAD_PASSWORD, str(backup.folder)]
    killed_at(command, step)
    gate = Authenticator(files, FakeClock(), FAST_KDF)
    lead = gate.login(LEAD.username, LEAD_PASSWORD)
    has_later_client = bool(lead.clients.search("Efter"))
    if step in ("checking", "copying it in"):
        assert has_later_client  # the old state, untouched
        assert lead.restored is None and lead.warnings == []
    elif step == "done":
        assert not has_later_client and lead.restored is not None
    # Whichever it is, it is whole: the notes are all there and nothing is left over.
    (client,) = lead.clients.search("Lilja")
    cora = gate.login("cora", COUNSELOR_PASSWORD)
    assert len(cora.journal.notes(client.id)) == NOTES
    assert not files.restoring_database.exists() and not files.restore_pending.exists()
    assert lead.restored is not None or lead.warnings == []
    gate.close()
