"""Replace a clinic's keys in a process of its own, printing each step.

    python tests/e2e/rotation_runner.py DATA_DIR LEAD PASSWORD

Prints "step <fraction> <what>" lines, flushed, as the rotation goes, so that a
test can kill it (SIGKILL) at a chosen step. Uses the tests' cheap key
derivation (the clinic was made with it).
"""

import sys
from pathlib import Path

from mottagning.services.authentication import Authenticator
from mottagning.services.clock import SystemClock
from mottagning.storage.files import ClinicFiles
from tests.support import FAST_KDF


def main(data_dir: str, username: str, password: str) -> int:
    gate = Authenticator(ClinicFiles(Path(data_dir)), SystemClock(), FAST_KDF)
    lead = gate.login(username, password)

    def progress(fraction: float, step: str) -> None:
        print(f"step {fraction:.3f} {step}", flush=True)

    gate.rotate_keys(lead, password, progress)
    print("done", flush=True)
    gate.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
