"""The files of one clinic in its data folder, and how small ones are written.

Small JSON files (key slots, the access-log head, the login throttle) are
written atomically: a temporary file, fsync, `os.replace`, fsync of the folder,
so a power cut at any instant leaves either the old file or the new one. Where
an older version is harmless the version before is also kept as `<name>.prev`
and read when the current one is damaged; the key slots keep none, because an
old copy would still open the database for a removed account or password.
"""

import contextlib
import errno
import json
import os
import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mottagning.errors import DiskFull, NotEnoughSpace, StorageUnavailable


@dataclass(frozen=True)
class ClinicFiles:
    data_dir: Path
    # A second record of failed logins outside the data folder (see login_attempts).
    login_throttle_copy: Path | None = None

    @property
    def database(self) -> Path:
        return self.data_dir / "mottagning.db"

    @property
    def rotating_database(self) -> Path:
        """The database under new keys while a rotation builds it."""
        return self.data_dir / "mottagning.db.rotating"

    @property
    def restoring_database(self) -> Path:
        """A backup's database copied in, checked, waiting for its swap."""
        return self.data_dir / "mottagning.db.restoring"

    @property
    def restoring_keyslots(self) -> Path:
        return self.data_dir / "keyslots.json.restoring"

    @property
    def restore_pending(self) -> Path:
        """Written when a restore's copies are whole: the swap is then completed
        even after a crash."""
        return self.data_dir / "restore-pending.json"

    @property
    def restored_marker(self) -> Path:
        """Which backup was restored, until the next login records it."""
        return self.data_dir / "restored.json"

    @property
    def keyslots(self) -> Path:
        return self.data_dir / "keyslots.json"

    @property
    def audit_head(self) -> Path:
        return self.data_dir / "audit-head.json"

    @property
    def login_throttle(self) -> Path:
        return self.data_dir / "login-throttle.json"

    @property
    def preferences(self) -> Path:
        return self.data_dir / "preferences.json"

    @property
    def instance_lock(self) -> Path:
        return self.data_dir / "mottagning.lock"

    @property
    def backups(self) -> Path:
        return self.data_dir / "backups"

    def clinic_exists(self) -> bool:
        return self.database.exists() or self.keyslots.exists()

    def ensure_data_dir(self) -> None:
        with storage_errors(self.data_dir):
            self.data_dir.mkdir(parents=True, exist_ok=True)
            if os.name == "posix":
                # Only the signed-in OS user may list or read the clinic's files.
                self.data_dir.chmod(0o700)


def require_free_space(folder: Path, needed: int) -> None:
    """Raise NotEnoughSpace unless `folder`'s disk has `needed` bytes free (a
    copy that fills the disk half-way helps no one)."""
    with storage_errors(folder):
        free = shutil.disk_usage(folder).free
    if free < needed:
        raise NotEnoughSpace(needed=_megabytes(needed), free=_megabytes(free))


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:,.0f} MB".replace(",", " ")


def previous_version(path: Path) -> Path:
    return path.with_name(path.name + ".prev")


@contextlib.contextmanager
def storage_errors(folder: Path) -> Iterator[None]:
    """Turn OS errors into errors the user can act on."""
    try:
        yield
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise DiskFull() from exc
        raise StorageUnavailable(folder=str(folder)) from exc


def write_json_atomically(
    path: Path, data: Any, *, keep_previous: bool = True, durable: bool = True
) -> None:
    """Replace `path` whole or not at all. With `keep_previous`, the version
    before stays readable as `<name>.prev`; without, no older copy is left.
    Not `durable`: the new content is not waited for on the disk (no fsync),
    for a file rewritten after every commit whose last update a power cut may
    take back (a killed program cannot: the rename is atomic either way)."""
    payload = json.dumps(data, indent=2, sort_keys=True).encode("utf-8")
    # A name of its own per writer: two threads never write the same temporary file.
    temp = path.with_name(f"{path.name}.{os.getpid()}-{threading.get_ident()}.tmp")
    with storage_errors(path.parent):
        if keep_previous and path.exists():
            current = path.read_bytes()
            if _is_json(current):  # a damaged file must not replace the good previous one
                _write_durably(previous_version(path), current)
        _write_durably(temp, payload, sync=durable)
        temp.replace(path)
        if not keep_previous:
            previous_version(path).unlink(missing_ok=True)
        if durable:
            _fsync_folder(path.parent)


def read_json(path: Path, *, fall_back_to_previous: bool = True) -> Any | None:
    """The file's content; the kept previous version if the file is unreadable
    (and `fall_back_to_previous`); None when none exists. Raises ValueError
    when what exists is damaged."""
    candidates = (path, previous_version(path)) if fall_back_to_previous else (path,)
    for candidate in candidates:
        try:
            return json.loads(candidate.read_bytes())
        except FileNotFoundError:
            continue
        except (ValueError, UnicodeDecodeError):
            continue
    if any(candidate.exists() for candidate in candidates):
        raise ValueError(f"damaged JSON file: {path.name}")
    return None


def _is_json(payload: bytes) -> bool:
    try:
        json.loads(payload)
    except (ValueError, UnicodeDecodeError):
        return False
    return True


def _write_durably(path: Path, payload: bytes, *, sync: bool = True) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o600)
    try:
        os.write(fd, payload)
        if sync:
            os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a folder for fsync; NTFS journals the rename.
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
