"""A real process typing a draft is killed (SIGKILL) mid-word: no text the
program acknowledged may be lost, and the database must open whole.

tests/e2e/draft_writer.py saves the draft after every keystroke and prints
the number of characters after each save returned. After the kill the draft
must be exactly the first N characters of what was typed, with N at least
the last number printed (and at most one more: a save may have committed
just before the kill, without being reported)."""

import os
import queue
import signal
import subprocess
import sys
import threading
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from mottagning.models.clients import ClientDetails, Strand, TargetGroup
from mottagning.models.journal import NoteStatus
from mottagning.models.users import NewUser, Role
from mottagning.services.authentication import Authenticator
from mottagning.services.setup import create_clinic
from mottagning.storage.files import ClinicFiles
from tests.e2e.draft_writer import TEXT
from tests.support import (
    CLINIC,
    COUNSELOR_PASSWORD,
    FAST_KDF,
    LEAD,
    LEAD_PASSWORD,
    FakeClock,
    add_user,
)

pytestmark = pytest.mark.e2e

WRITER = Path(__file__).with_name("draft_writer.py")
REPOSITORY = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
TIMEOUT = 60  # seconds for any one line from the writer: a cold start imports a lot


@dataclass(frozen=True)
class KillClinic:
    files: ClinicFiles
    client_id: str


@pytest.fixture(scope="module")
def kill_clinic(tmp_path_factory: pytest.TempPathFactory) -> KillClinic:
    """A real clinic: the lead, Cora the counselor, and her client Lilja."""
    files = ClinicFiles(tmp_path_factory.mktemp("kill") / "clinic")
    clock = FakeClock(NOW)
    create_clinic(files, CLINIC, LEAD, LEAD_PASSWORD, clock, FAST_KDF)
    gate = Authenticator(files, clock, FAST_KDF, workstation="TEST-PC")
    try:
        lead = gate.login(LEAD.username, LEAD_PASSWORD)
        cora = add_user(
            lead,
            gate,
            NewUser("cora", "Cora Behandlare", "Socionom", Role.COUNSELOR),
            COUNSELOR_PASSWORD,
        )
        client, _ = cora.clients.create(
            ClientDetails(
                alias="Lilja",
                strand=Strand.MIKA,
                target_groups=frozenset({TargetGroup.SELLING_SEX}),
                birth_year=1990,
                counselor_ids=frozenset({cora.user.id}),
            )
        )
        cora.logout()
        lead.logout()
    finally:
        gate.close()
    return KillClinic(files, client.id)


class Writer:
    """draft_writer.py in its own process; its stdout read line by line on a thread."""

    def __init__(self, clinic: KillClinic, errors: Path) -> None:
        self.errors = errors
        env = {
            **os.environ,
            "MOTTAGNING_FAST_KDF": "1",
            "MOTTAGNING_TEST_NOW": NOW.isoformat(),
            "PYTHONUNBUFFERED": "1",
        }
        with errors.open("wb") as sink:
            self.process = subprocess.Popen(
                [
                    sys.executable,
                    str(WRITER),
                    str(clinic.files.data_dir),
                    "cora",
                    COUNSELOR_PASSWORD,
                    clinic.client_id,
                ],
                cwd=REPOSITORY,
                env=env,
                stdout=subprocess.PIPE,
                stderr=sink,
                text=True,
                encoding="utf-8",
            )
        self.lines: queue.Queue[str | None] = queue.Queue()
        self.reader = threading.Thread(target=self._pump, daemon=True)
        self.reader.start()

    def _pump(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put(None)  # end of output

    def next_line(self) -> str:
        try:
            line = self.lines.get(timeout=TIMEOUT)
        except queue.Empty:
            pytest.fail(f"the writer printed nothing for {TIMEOUT} s")
        if line is None:
            self.close()
            pytest.fail(
                f"the writer ended ({self.process.returncode}) before it was killed: "
                + self.errors.read_text(encoding="utf-8", errors="replace")[-2000:]
            )
        return line

    def kill(self) -> list[str]:
        """SIGKILL: no cleanup, no atexit, no flushing. The lines it had printed."""
        self.close()
        rest = []
        while (line := self.lines.get_nowait()) is not None:
            rest.append(line)
        return rest

    def close(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=10)
        self.reader.join(timeout=10)
        assert self.process.stdout is not None
        self.process.stdout.close()


@pytest.mark.parametrize("kill_after", [1, 200, 777])
def test_a_killed_writer_loses_no_acknowledged_draft_text(
    kill_clinic: KillClinic, tmp_path: Path, kill_after: int
):
    assert len(TEXT) > kill_after + 500, "the writer must still be typing at the kill"
    writer = Writer(kill_clinic, tmp_path / "writer-stderr.txt")
    try:
        first = writer.next_line()
        assert first.startswith("note ")
        note_id = first.removeprefix("note ")
        reported = 0
        while reported < kill_after:
            reported = int(writer.next_line())
        still_typing = writer.process.poll() is None
        rest = writer.kill()
    finally:
        writer.close()

    assert still_typing, "the writer had finished before the kill"
    if os.name == "posix":
        assert writer.process.returncode == -signal.SIGKILL
    assert "done" not in rest
    reported = max([reported, *(int(line) for line in rest)])
    assert reported < len(TEXT)

    gate = Authenticator(
        kill_clinic.files, FakeClock(NOW + timedelta(hours=1)), FAST_KDF, workstation="TEST-PC"
    )
    try:
        cora = gate.login("cora", COUNSELOR_PASSWORD)
        note = cora.journal.note(note_id)
        saved = len(note.body)

        assert note.body == TEXT[:saved], "the draft is a prefix of what was typed, nothing else"
        assert saved >= reported, f"{reported} characters were acknowledged, {saved} kept"
        assert saved <= reported + 1, "at most the one save in flight at the kill"
        assert (note.status, note.author.user_id, note.client_id) == (
            NoteStatus.DRAFT,
            cora.user.id,
            kill_clinic.client_id,
        )
        assert cora.clinic.db.integrity_problems() == []
    finally:
        gate.close()
