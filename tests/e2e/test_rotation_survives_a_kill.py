"""A key rotation killed (SIGKILL) at each of its steps: the clinic opens
afterwards with everyone's password and all its notes, on the old keys or the
new, never half of each."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from mottagning.services.authentication import Authenticator
from mottagning.storage.files import ClinicFiles
from mottagning.storage.keyslots import KeySlotFile
from tests.e2e.clinic_with_notes import clinic_with_notes
from tests.support import (
    COUNSELOR_PASSWORD,
    FAST_KDF,
    LEAD,
    LEAD_PASSWORD,
    FakeClock,
)

pytestmark = pytest.mark.e2e

RUNNER = Path(__file__).with_name("rotation_runner.py")
REPOSITORY = Path(__file__).resolve().parents[2]
NOTES = 150


@pytest.fixture(scope="module")
def big_clinic(tmp_path_factory) -> Path:
    """A clinic with enough notes that the copy and re-sealing take a while."""
    files, _, gate, _ = clinic_with_notes(tmp_path_factory.mktemp("rotate") / "clinic", NOTES)
    gate.close()
    return files.data_dir


def killed_at(clinic: Path, target: Path, wanted: str) -> None:
    shutil.copytree(clinic, target)
    process = subprocess.Popen(
        [sys.executable, str(RUNNER), str(target), LEAD.username, LEAD_PASSWORD],
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
    assert any(wanted in line for line in seen), f"the rotation never reached {wanted!r}: {seen}"


@pytest.mark.parametrize("step", ["copying", "re-sealing", "checking", "putting", "done"])
def test_a_rotation_killed_at_any_step_leaves_a_clinic_that_opens(big_clinic, tmp_path, step):
    target = tmp_path / "clinic"
    killed_at(big_clinic, target, step)

    gate = Authenticator(ClinicFiles(target), FakeClock(), FAST_KDF)
    try:
        cora = gate.login("cora", COUNSELOR_PASSWORD)
        (client,) = cora.clients.search("Lilja")
        assert len(cora.journal.notes(client.id)) == NOTES
        lead = gate.login(LEAD.username, LEAD_PASSWORD)
        assert lead.access_log.verify().intact
    finally:
        gate.close()
    slots = KeySlotFile(target / "keyslots.json")
    assert slots.pending_generation is None
    assert slots.generation in (1, 2)
    assert not (target / "mottagning.db.rotating").exists()
