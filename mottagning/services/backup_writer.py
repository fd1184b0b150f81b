"""Writing one backup into one destination (see storage/backup_files.py for
the folder and its crash safety): the free space checked first, the
database's encrypted bytes and its write-ahead log copied under one read
transaction and made one standalone file (`Database.raw_copy_to`: writers
are not held up), hashed and fsynced in one read, the key slots beside it;
then the whole check of the copy (`cipher_integrity_check`, `integrity_check`,
foreign keys), the manifest made from the copy itself (so its counts and
anchor are exactly what the backup holds), sealed as verified, and only then
published. The copy is byte for byte the live file's pages, so damage in the
live file fails the backup, and the lead is told.
"""

import logging
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from mottagning import __version__
from mottagning.errors import (
    BackupVerificationFailed,
    DatabaseDamaged,
    KeySlotsDamaged,
    StorageUnavailable,
)
from mottagning.services.backup_check import backup_anchor
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
    describe_durably,
    describe_file,
    discard,
    manifest_mac,
    opened,
    publish,
    row_counts,
    write_manifest,
)
from mottagning.storage.files import require_free_space, storage_errors
from mottagning.storage.keyslots import KeySlotFile
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
        clinic.db.raw_copy_to(
            copy, progress=lambda done, total: progress(0.1 * done / max(total, 1), "copying")
        )
        described = describe_durably(copy)
        copy_durably(clinic.files.keyslots, stage / KEYSLOTS)
        progress(0.12, "verifying the backup")
        sealed = _checked_manifest(stage, database_key, now, clinic, described, automatic)
        progress(0.98, "writing the manifest")
        write_manifest(stage, sealed)
        published = publish(stage)
    except BaseException:
        discard(stage)
        raise
    progress(1.0, "done")
    log.info("backup %s written", published.name)
    return StoredBackup(published, sealed)


def _checked_manifest(
    stage: Path,
    database_key: bytes,
    now: datetime,
    clinic: UnlockedClinic,
    described: dict[str, Any],
    automatic: bool,
) -> Manifest:
    """The whole check of the copy (services/backup_check.py), then the
    manifest made from the copy itself (so its counts and anchor are exactly
    what the backup holds) and sealed as verified."""
    copy = stage / DATABASE
    try:
        KeySlotFile(stage / KEYSLOTS).generation  # noqa: B018 (reads and checks the whole file)
    except KeySlotsDamaged:
        raise BackupVerificationFailed(problem="the key slots file is damaged") from None
    try:
        with opened(copy, database_key) as database:
            problems = [f"integrity: {problem}" for problem in database.structure_problems()]
            if problems:
                log.error("a new backup failed its verification: %s", problems[:5])
                raise BackupVerificationFailed(problem="; ".join(problems[:5]))
            anchor = backup_anchor(database)
            if anchor is None:
                raise BackupVerificationFailed(problem="the database has no access log")
            manifest = Manifest(
                created_at=now,
                app_version=__version__,
                schema_version=database.user_version,
                generation=clinic.keyslots.generation,
                files={DATABASE: described, KEYSLOTS: describe_file(stage / KEYSLOTS)},
                row_counts=row_counts(database),
                users=sum(1 for user in UserRepository(database).all() if user.active),
                anchor=anchor_json(anchor),
                automatic=automatic,
                verified=True,
            )
            mac = manifest_mac(database, manifest.body())
    except DatabaseDamaged:
        raise BackupVerificationFailed(
            problem="the copy does not open with the key, or is damaged"
        ) from None
    if describe_file(copy) != described:  # nothing wrote to it since it was hashed
        raise BackupVerificationFailed(problem="the copy changed while it was checked")
    return replace(manifest, mac=mac)
