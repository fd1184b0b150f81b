"""Sync a workstation in a process of its own, printing each committed step.

    python tests/e2e/sync_runner.py DATA_DIR USER PASSWORD

Prints "pushed" or "applied" after each envelope that committed, flushed, so
that a test can kill it (SIGKILL) in the middle of a push or a pull, then
"done". Uses the tests' cheap key derivation (the clinic was made with it).
"""

import sys
from pathlib import Path

from mottagning.services.authentication import Authenticator
from mottagning.services.clock import SystemClock
from mottagning.storage.files import ClinicFiles
from tests.support import FAST_KDF


def main(data_dir: str, username: str, password: str) -> int:
    gate = Authenticator(ClinicFiles(Path(data_dir)), SystemClock(), FAST_KDF)
    session = gate.login(username, password)
    session.sync.sync_now(lambda step: print(step, flush=True))
    print("done", flush=True)
    gate.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
