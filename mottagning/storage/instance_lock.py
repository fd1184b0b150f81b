"""One running Mottagning per clinic data folder.

An OS-level file lock (released by the OS if the process dies, so a crash
never leaves a stale lock behind) guards the data folder.
"""

from pathlib import Path

from filelock import FileLock, Timeout

from mottagning.errors import AlreadyRunning


class InstanceLock:
    def __init__(self, path: Path) -> None:
        self._lock = FileLock(path, timeout=0)

    def acquire(self) -> None:
        try:
            self._lock.acquire()
        except Timeout:
            raise AlreadyRunning() from None

    def release(self) -> None:
        self._lock.release()

    def __enter__(self) -> "InstanceLock":
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
