"""A backup or a restore in a process of its own, printing each step.

    python tests/e2e/backup_runner.py create DATA_DIR LEAD PASSWORD
    python tests/e2e/backup_runner.py restore DATA_DIR LEAD PASSWORD BACKUP

Prints "step <what>" lines, flushed, so that a test can kill it (SIGKILL) at a
chosen step. Uses the tests' cheap key derivation (the clinic was made with it).
"""

import sys
from pathlib import Path

from mottagning.services.authentication import Authenticator
from mottagning.services.clock import SystemClock
from mottagning.services.restore import RestoreAuthority, restore_backup
from mottagning.storage import database
from mottagning.storage.files import ClinicFiles
from tests.support import FAST_KDF


def say(step: str) -> None:
    print(f"step {step}", flush=True)


def main(action: str, data_dir: str, username: str, password: str, *backup: str) -> int:
    files = ClinicFiles(Path(data_dir))
    if action == "restore":
        authority = RestoreAuthority(username, password)
        restore_backup(files, Path(backup[0]), authority, SystemClock(), FAST_KDF, say)
        return 0
    database.BACKUP_STEP_PAGES = 8  # many small steps: a kill lands inside the copy
    gate = Authenticator(files, SystemClock(), FAST_KDF)
    lead = gate.login(username, password)
    lead.backups.create(lambda fraction, step: say(step))
    say("done")
    gate.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
