"""Type a journal draft one keystroke at a time, as the note editor does.

    python tests/e2e/draft_writer.py DATA_DIR USER PASSWORD CLIENT_ID

Logs in through the real services, starts a note for the client, then adds
one character of TEXT at a time and calls save_draft() with the whole text
after each, as the editor does on every change. Prints "note <id>" first,
then, after each save has returned, the number of characters saved, flushed
at once: a number on stdout is a save the program acknowledged.

For tests: MOTTAGNING_FAST_KDF=1 uses the tests' cheap key derivation, and
MOTTAGNING_TEST_NOW (ISO 8601, with an offset) fixes the clock.
"""

import os
import sys
import time
from datetime import datetime
from pathlib import Path

from mottagning.models.journal import NoteType
from mottagning.services.authentication import Authenticator
from mottagning.services.clock import Clock, SystemClock
from mottagning.storage.files import ClinicFiles

# Swedish letters (two bytes in UTF-8) and line breaks: every prefix is distinct.
TEXT = "".join(
    f"Rad {line}: klienten berättar om ångest, sömn och öppenvård; överenskommelse nästa vecka.\n"
    for line in range(1, 41)
)
KEYSTROKE_PAUSE = 0.001  # seconds: fast, but the process is still typing when it is killed


class FixedClock:
    def __init__(self, moment: datetime) -> None:
        self.moment = moment

    def now(self) -> datetime:
        return self.moment


def _clock() -> Clock:
    fixed = os.environ.get("MOTTAGNING_TEST_NOW")
    return FixedClock(datetime.fromisoformat(fixed)) if fixed else SystemClock()


def _authenticator(data_dir: Path) -> Authenticator:
    files = ClinicFiles(data_dir)
    if os.environ.get("MOTTAGNING_FAST_KDF") == "1":
        sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository
        from tests.support import FAST_KDF

        return Authenticator(files, _clock(), FAST_KDF, workstation="DRAFT-WRITER")
    return Authenticator(files, _clock(), workstation="DRAFT-WRITER")


def main(argv: list[str]) -> int:
    if len(argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    data_dir, username, password, client_id = argv
    gate = _authenticator(Path(data_dir))
    session = gate.login(username, password)
    note = session.journal.start_note(client_id, NoteType.SESSION, body="")
    print(f"note {note.id}", flush=True)
    for typed in range(1, len(TEXT) + 1):
        session.journal.save_draft(note.id, TEXT[:typed])
        print(typed, flush=True)
        time.sleep(KEYSTROKE_PAUSE)
    session.journal.end_writing_session(note.id)
    session.logout()
    gate.close()
    print("done", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
