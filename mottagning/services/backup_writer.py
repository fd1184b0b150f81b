"""Writing one backup into one destination (see storage/backup_files.py for
the folder and its crash safety): the free space checked first, the database
copied through SQLite's online backup (the app stays usable meanwhile), the
key slots beside it, the manifest made from the copy itself (so its counts and
anchor are exactly what the backup holds), the whole checked, then published.
"""

import logging
from collections.abc import Callable
from pathlib import Path

from mottagning import __version__
from mottagning.errors import BackupVerificationFailed, StorageUnavailable
from mottagning.services.backup_check import backup_anchor, check_backup
from mottagning.services.unlocked_clinic import UnlockedClinic
from mottagning.storage.anchors import anchor_json
from mottagning.storage.backup_files import (
    DATABASE,
    KEYSLOTS,
    Manifest,
    StoredBackup,
    backup_name,
    begin,
    copy_durably,
    describe_file,
    discard,
    fsync_file,
    manifest_mac,
    opened,
    publish,
    row_counts,
    write_manifest,
)
from mottagning.storage.files import require_free_space, storage_errors
from mottagning.storage.users import UserRepository

log = logging.getLogger(__name__)

Progress = Callable[[float, str], None]  # (fraction done, an English step name)
_MARGIN = 2_000_000  # the manifest, the copy's journal while it is switched to one file


def space_needed(clinic: UnlockedClinic) -> int:
    """At most the database and its write-ahead log, the key slots and a margin."""
    files = clinic.files
    paths = (files.database, files.database.with_name(files.database.name + "-wal"), files.keyslots)
    return sum(path.stat().st_size for path in paths if path.exists()) + _MARGIN


def write_backup(
    clinic: UnlockedClinic,
    database_key: bytes,
    destination: Path,
    *,
    automatic: bool,
    progress: Progress,
    make_folder: bool = True,
) -> StoredBackup:
    """A verified backup in `destination`, or an error and nothing listed.
    Without `make_folder` the folder must exist: a USB disk not plugged in, or
    a share not mounted, must not become a folder on this computer's own disk."""
    with storage_errors(destination):
        if make_folder:
            destination.mkdir(parents=True, exist_ok=True)
        elif not destination.is_dir():
            raise StorageUnavailable(folder=str(destination))
    require_free_space(destination, space_needed(clinic))
    now = clinic.clock.now()
    stage = begin(destination, backup_name(now, destination))
    try:
        copy = stage / DATABASE
        progress(0.0, "copying the database")
        clinic.db.copy_to(
            copy,
            progress=lambda done, total: progress(0.75 * done / max(total, 1), "copying"),
            standalone=True,
        )
        fsync_file(copy)
        copy_durably(clinic.files.keyslots, stage / KEYSLOTS)
        progress(0.8, "writing the manifest")
        with opened(copy, database_key) as database:
            anchor = backup_anchor(database)
            if anchor is None:
                raise BackupVerificationFailed(problem="the database has no access log")
            manifest = Manifest(
                created_at=now,
                app_version=__version__,
                schema_version=database.user_version,
                generation=clinic.keyslots.generation,
                files={DATABASE: describe_file(copy), KEYSLOTS: describe_file(stage / KEYSLOTS)},
                row_counts=row_counts(database),
                users=sum(1 for user in UserRepository(database).all() if user.active),
                anchor=anchor_json(anchor),
                automatic=automatic,
            )
            sealed = Manifest(
                **{**manifest.__dict__, "mac": manifest_mac(database, manifest.body())}
            )
        write_manifest(stage, sealed)
        progress(0.85, "verifying the backup")
        staged = StoredBackup(stage, sealed)
        check = check_backup(staged, database_key)
        if not check.ok:
            log.error("a new backup failed its verification: %s", check.problems)
            raise BackupVerificationFailed(problem="; ".join(check.problems))
        published = publish(stage)
    except BaseException:
        discard(stage)
        raise
    progress(1.0, "done")
    log.info("backup %s written", published.name)
    return StoredBackup(published, sealed)
