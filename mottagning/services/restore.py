"""Restoring a backup: into the clinic's data folder, or onto a new PC's
empty one, with a clinic lead's password of the backup's time or the printed
recovery key (nothing else opens a backup).

The backup is checked whole first (services/backup_check.py), copied in and
checked again, and swapped in crash-safe (storage/restore_files.py); the
files it replaces are kept in `before-restore-<time>/`. The next login records
the restore in the restored database's access log, signed by whoever logs in,
with what the restore lost (the log's head kept beside the database names the
entries the backup lacks): that comparison is reported, not raised as an alarm.

Who: with a password, an active clinic lead in the backup, and in the current
database too when there is one that the same password opens. With the recovery
key, whoever holds it (it opens everything anyway). Nothing may have the
clinic open meanwhile: the command line takes the instance lock, the desktop
application closes every session first (services/authentication.py).
"""

import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from mottagning.errors import (
    BackupDamaged,
    DatabaseDamaged,
    KeySlotsDamaged,
    RestoreNotAllowed,
    WrongCredentials,
    WrongRecoveryKey,
)
from mottagning.models.recovery_key import RecoveryKey
from mottagning.models.users import Role
from mottagning.services.backup_check import anchor_problems, check_backup
from mottagning.services.backups import load_backup
from mottagning.services.clock import Clock
from mottagning.storage import restore_files
from mottagning.storage.backup_files import StoredBackup, manifest_mac_holds, opened
from mottagning.storage.codec import to_db_time
from mottagning.storage.database import Database
from mottagning.storage.files import ClinicFiles, require_free_space
from mottagning.storage.kdf import DEFAULT_KDF, KdfParams
from mottagning.storage.keyslots import KeySlotFile
from mottagning.storage.users import UserRepository

log = logging.getLogger(__name__)


@dataclass(frozen=True, repr=False)
class RestoreAuthority:
    """A clinic lead's user name and password, or the recovery key's text."""

    username: str | None = None
    password: str | None = None
    recovery_key: str | None = None

    def __repr__(self) -> str:
        return f"RestoreAuthority(username={self.username!r})"


@dataclass(frozen=True)
class RestoreOutcome:
    backup: str
    before: Path | None  # where the replaced files are kept (None: the folder was empty)


def database_key_for(
    backup: StoredBackup, authority: RestoreAuthority, kdf: KdfParams
) -> tuple[bytes, str | None]:
    """The backup's database key from its own key slots, and whose slot it was
    (None for the recovery key)."""
    slots = KeySlotFile(backup.keyslots, kdf)
    if authority.recovery_key is not None:
        try:
            recovery = RecoveryKey.parse(authority.recovery_key)
        except ValueError:
            raise WrongRecoveryKey() from None
        return slots.unlock_with_recovery_key(recovery).bundle.database_key, None
    assert authority.username is not None and authority.password is not None
    unlocked = slots.unlock_with_password(authority.username.strip(), authority.password)
    return unlocked.bundle.database_key, unlocked.user_id


def _require_lead(database: Database, user_id: str | None, username: str) -> None:
    user = UserRepository(database).get(user_id or "")
    if user is None or not user.active or user.role is not Role.LEAD:
        raise RestoreNotAllowed(username=username.strip())


def _require_lead_now(files: ClinicFiles, authority: RestoreAuthority, kdf: KdfParams) -> None:
    """With a password, the person must be a clinic lead of the current
    database as well, when its key slots and database still open."""
    if authority.recovery_key is not None or not files.keyslots.exists():
        return
    assert authority.username is not None and authority.password is not None
    try:
        unlocked = KeySlotFile(files.keyslots, kdf).unlock_with_password(
            authority.username.strip(), authority.password
        )
    except KeySlotsDamaged:
        return  # the damage a restore is for
    except WrongCredentials:
        raise RestoreNotAllowed(username=authority.username.strip()) from None
    if not files.database.exists():
        return
    try:
        database = Database.open(files.database, unlocked.bundle.database_key)
    except DatabaseDamaged:
        return
    try:
        _require_lead(database, unlocked.user_id, authority.username)
    finally:
        database.close()


def _copy_problems(copy: Path, backup: StoredBackup, key: bytes) -> list[str]:
    """The cheap check of a copied-in backup whose hashes matched the manifest
    in the copy's own pass: the manifest's seal (so `verified`, and the hashes,
    are the backup's own: the whole check passed when it was made), the
    database opens with the key, its first page decrypts and its schema, and
    its access log ends at the anchor. The whole check is `check_backup`
    (`mottagning backup verify`)."""
    try:
        with opened(copy, key) as database:
            if not manifest_mac_holds(database, backup.manifest):
                return ["the manifest was changed after the backup was made (its mac fails)"]
            return anchor_problems(backup, database)
    except DatabaseDamaged:
        return ["the database does not open with the key, or is damaged"]


def restore_backup(
    files: ClinicFiles,
    folder: Path,
    authority: RestoreAuthority,
    clock: Clock,
    kdf: KdfParams = DEFAULT_KDF,
    progress: Callable[[str], None] = lambda step: None,
) -> RestoreOutcome:
    """Check the backup in `folder`, then put it in place of the clinic's files
    (`progress` names each step in English). The caller makes sure nothing has
    the clinic open."""
    restore_files.settle(files)
    progress("checking the backup")
    backup = load_backup(folder)
    key, user_id = database_key_for(backup, authority, kdf)
    if not backup.manifest.verified:  # an older backup: checked whole first
        check = check_backup(backup, key)
        if not check.ok:
            raise BackupDamaged(name=backup.name, problem="; ".join(check.problems))
    _require_lead_now(files, authority, kdf)
    files.ensure_data_dir()
    require_free_space(files.data_dir, backup.manifest.size + 2_000_000)
    progress("copying it in")
    try:
        restore_files.stage(files, backup)
        problems = _copy_problems(files.restoring_database, backup, key)
        if problems:
            raise ValueError("; ".join(problems))
        if authority.username is not None:
            with opened(files.restoring_database, key) as database:
                _require_lead(database, user_id, authority.username)
    except ValueError as error:
        restore_files.discard(files)
        raise BackupDamaged(name=backup.name, problem=str(error)) from None
    except BaseException:
        restore_files.discard(files)
        raise
    had_clinic = files.database.exists() or files.keyslots.exists()
    now = clock.now()
    marker = {
        "backup": backup.name,
        "backup_created_at": to_db_time(backup.manifest.created_at),
        "restored_at": to_db_time(now),
        "anchor_seq": backup.manifest.anchor.get("seq"),
        "with": "recovery key" if authority.recovery_key is not None else "password",
    }
    progress("putting it in place")
    before = restore_files.commit(files, f"before-restore-{now:%Y%m%dT%H%M%SZ}", marker)
    log.info("backup %s restored", backup.name)
    progress("done")
    if not had_clinic:
        with contextlib.suppress(OSError):
            before.rmdir()
    return RestoreOutcome(backup.name, before if had_clinic else None)
