"""Putting a backup's files in place of the data folder's, crash-safe.

1. `stage`: the backup's database and key slots are copied in as
   `*.restoring`, fsynced, and the hashes of the bytes copied (taken in the
   same pass) checked against the manifest.
2. `commit`: `restore-pending.json` is written (atomically): from here on the
   restore is completed even after a crash.
3. `finish`: the current database (with its -wal and -shm) and key slots move
   into `before-restore-<UTC time>/`, the copies take their names, the folder
   is fsynced, `restored.json` tells the next login what happened, and the
   pending file goes.
A crash before 2 leaves the current files as they were (the copies are
removed by `settle`); a crash after 2 is completed by `settle`. Every step is
a rename within the data folder: no state has half of one file.
"""

import shutil
from pathlib import Path
from typing import Any

from mottagning.storage.backup_files import StoredBackup, copy_hashing, fsync_folder
from mottagning.storage.files import ClinicFiles, read_json, storage_errors, write_json_atomically

_SIDE_FILES = ("-wal", "-shm")


def stage(files: ClinicFiles, backup: StoredBackup) -> None:
    """Copy the backup's files in (see step 1); raises ValueError when a copy
    differs from the manifest."""
    discard(files)
    pairs = (
        (backup.database, files.restoring_database),
        (backup.keyslots, files.restoring_keyslots),
    )
    for source, target in pairs:
        copied = copy_hashing(source, target)  # the hash of the bytes copied, same pass
        if copied != {k: backup.manifest.files[source.name][k] for k in ("sha256", "size")}:
            raise ValueError(f"the copy of {source.name} differs from the backup")
    fsync_folder(files.data_dir)


def commit(files: ClinicFiles, before: str, marker: dict[str, Any]) -> Path:
    """Steps 2 and 3; returns the folder that keeps the files as they were."""
    write_json_atomically(
        files.restore_pending, {"before": before, "marker": marker}, keep_previous=False
    )
    return finish(files)


def finish(files: ClinicFiles) -> Path:
    """Step 3, also after a crash part-way through it (each move is done once)."""
    pending = read_json(files.restore_pending, fall_back_to_previous=False)
    if not isinstance(pending, dict):
        raise ValueError("damaged restore-pending file")
    before = files.data_dir / str(pending["before"])
    with storage_errors(files.data_dir):
        before.mkdir(mode=0o700, exist_ok=True)
        if files.restoring_database.exists():
            for suffix in (*_SIDE_FILES, ""):
                current = files.database.with_name(files.database.name + suffix)
                if current.exists():
                    current.replace(before / current.name)
        if files.restoring_keyslots.exists() and files.keyslots.exists():
            files.keyslots.replace(before / files.keyslots.name)
        if files.audit_head.exists() and not (before / files.audit_head.name).exists():
            shutil.copyfile(files.audit_head, before / files.audit_head.name)
        fsync_folder(before)
        if files.restoring_database.exists():
            files.restoring_database.replace(files.database)
        if files.restoring_keyslots.exists():
            files.restoring_keyslots.replace(files.keyslots)
        fsync_folder(files.data_dir)
    write_json_atomically(files.restored_marker, pending["marker"], keep_previous=False)
    files.restore_pending.unlink()
    fsync_folder(files.data_dir)
    return before


def settle(files: ClinicFiles) -> None:
    """Finish a committed restore a crash interrupted, or undo one that was not."""
    if files.restore_pending.exists():
        finish(files)
    else:
        discard(files)


def discard(files: ClinicFiles) -> None:
    for path in (files.restoring_database, files.restoring_keyslots):
        for suffix in ("", *_SIDE_FILES, "-journal"):
            path.with_name(path.name + suffix).unlink(missing_ok=True)


def read_marker(files: ClinicFiles) -> dict[str, Any] | None:
    try:
        content = read_json(files.restored_marker, fall_back_to_previous=False)
    except ValueError:
        return {}
    return content if isinstance(content, dict) else None


def clear_marker(files: ClinicFiles) -> None:
    files.restored_marker.unlink(missing_ok=True)
