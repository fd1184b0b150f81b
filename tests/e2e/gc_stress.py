"""Run the real program while another thread forces garbage-collection rounds.

    python tests/e2e/gc_stress.py [the program's arguments]

A collection on a thread other than the GUI thread that finds a Qt widget
kept alive only by a reference cycle destroys it on that thread, and the
process dies with a segmentation fault (the crash after the setup wizard).
Collecting every few milliseconds from a second thread is the harshest timing
for that kind of bug.
"""

import gc
import sys
import threading
import time

from mottagning.app import main

INTERVAL_S = 0.02


def collect_forever() -> None:
    while True:
        time.sleep(INTERVAL_S)
        gc.collect()


if __name__ == "__main__":
    threading.Thread(target=collect_forever, name="gc-stress", daemon=True).start()
    sys.exit(main(sys.argv[1:]))
