"""Backups of a signed-in session: settings, status, making, listing, checking.

Who: the clinic lead makes backups on demand, lists, verifies and restores
them and chooses where they go; the daily automatic backup runs in anyone's
session (services/permissions.py). Every backup made, failed or removed by the
rotation is written to the access log (names and counts only).

Where: the lead's folder (default: the data folder's `backups/`) and an
optional second destination. When: at the first sign-in of the clinic's day
and when the last user quits if something changed since (`due_*`).
"""

import logging
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path

from mottagning.errors import (
    BackupDamaged,
    InvalidBackupSettings,
    NoNewerBackup,
    NotABackup,
    StorageUnavailable,
    UserError,
)
from mottagning.models.access_log import LogAction, LogEntry, LogQuery
from mottagning.models.backups import BackupInfo, BackupResult, BackupSettings, BackupStatus
from mottagning.services.backup_check import BackupCheck, check_backup
from mottagning.services.backup_rotation import to_keep
from mottagning.services.backup_writer import Progress, write_backup
from mottagning.services.context import Context
from mottagning.services.permissions import Action
from mottagning.storage.backup_files import StoredBackup, open_backup, remove, stored_backups
from mottagning.storage.files import storage_errors

log = logging.getLogger(__name__)

SETTINGS_KEY = "backup_settings"
# What a session does without changing a record: not a reason for a backup at quit.
_SESSION_ONLY = frozenset(
    {
        LogAction.LOGIN,
        LogAction.LOGOUT,
        LogAction.LOCK,
        LogAction.UNLOCK,
        LogAction.LOGIN_FAILED,
        LogAction.BACKUP_CREATED,
        LogAction.BACKUP_FAILED,
        LogAction.BACKUP_REMOVED,
    }
)
_MIGRATION_COPY = re.compile(r"^before-schema-\d+-(\d{8}T\d{6})-v\d+(?:-\d+)?\.db$")


def backup_info(backup: StoredBackup) -> BackupInfo:
    manifest = backup.manifest
    return BackupInfo(
        backup.name,
        str(backup.folder),
        manifest.created_at,
        manifest.size,
        manifest.users,
        manifest.schema_version,
        manifest.generation,
        manifest.automatic,
    )


def load_backup(folder: Path) -> StoredBackup:
    try:
        return open_backup(folder)
    except (ValueError, OSError, UnicodeDecodeError):
        raise NotABackup(folder=str(folder)) from None


class BackupService:
    def __init__(self, context: Context) -> None:
        self._context = context

    # --- Settings ---------------------------------------------------------------------

    def settings(self) -> BackupSettings:
        stored = self._context.clinic.settings.get(SETTINGS_KEY) or {}
        defaults = BackupSettings().__dict__
        return BackupSettings(**{k: stored.get(k, v) for k, v in defaults.items()})

    def save_settings(self, settings: BackupSettings) -> None:
        self._context.require(Action.MANAGE_BACKUPS)
        counts = (settings.daily, settings.weekly, settings.monthly)
        folders = [f for f in (settings.folder, settings.second_folder) if f.strip()]
        if (
            not all(1 <= count <= 100 for count in counts)
            or not 1 <= settings.stale_hours <= 720
            or not all(Path(folder.strip()).is_absolute() for folder in folders)
        ):
            raise InvalidBackupSettings()
        clinic = self._context.clinic
        cleaned = BackupSettings(
            settings.folder.strip(),
            settings.second_folder.strip(),
            settings.daily,
            settings.weekly,
            settings.monthly,
            settings.stale_hours,
        )
        with clinic.db.transaction():
            clinic.settings.set(
                SETTINGS_KEY, cleaned.__dict__, clinic.clock.now(), self._context.actor.id
            )
            self._context.record(
                LogAction.CLINIC_SETTINGS_CHANGED, target_type="settings", detail="backups"
            )

    @property
    def _default_folder(self) -> Path:
        return self._context.clinic.files.backups

    def destinations(self) -> list[Path]:
        settings = self.settings()
        first = Path(settings.folder) if settings.folder else self._context.clinic.files.backups
        second = [Path(settings.second_folder)] if settings.second_folder else []
        return [first, *second]

    # --- Status (for everyone: no personal data in it) --------------------------------

    def status(self) -> BackupStatus:
        settings = self.settings()
        newest: datetime | None = None
        unreachable: list[str] = []
        for destination in self.destinations():
            if destination != self._default_folder and not destination.is_dir():
                unreachable.append(str(destination))  # an unplugged disk, a share not mounted
                continue
            try:
                found = stored_backups(destination)
            except OSError:
                unreachable.append(str(destination))
                continue
            if found and (newest is None or found[0].manifest.created_at > newest):
                newest = found[0].manifest.created_at
        now = self._context.clinic.clock.now()
        old = newest is None or now - newest > timedelta(hours=settings.stale_hours)
        return BackupStatus(newest, tuple(unreachable), old or bool(unreachable))

    def due_at_sign_in(self) -> bool:
        """No backup yet in the clinic's day today."""
        clinic = self._context.clinic
        last = self._last_backup_entry()
        return last is None or last.at.astimezone(clinic.zone).date() != clinic.today()

    def due_at_quit(self) -> bool:
        """Something was recorded since the last backup (more than logins and locks)."""
        last = self._last_backup_entry()
        changing = frozenset(LogAction) - _SESSION_ONLY
        if last is None:
            return bool(self._context.clinic.access_log.query(LogQuery(actions=changing, limit=1)))
        since = LogQuery(since=last.at, actions=changing, limit=100)
        return any(
            entry.seq > last.seq or entry.origin != last.origin
            for entry in self._context.clinic.access_log.query(since)
        )

    def _last_backup_entry(self) -> LogEntry | None:
        query = LogQuery(actions=frozenset({LogAction.BACKUP_CREATED}), limit=1)
        entries = self._context.clinic.access_log.query(query)
        return entries[0] if entries else None

    # --- Making -----------------------------------------------------------------------

    def create(
        self, progress: Progress, *, automatic: bool = False, to: Path | None = None
    ) -> BackupResult:
        """A verified backup in each destination (or only `to`), then the
        rotation. Safe on a worker thread (with a session from `on_this_thread`).
        Raises the first failure after trying every destination; what
        succeeded stays."""
        self._context.require(Action.AUTOMATIC_BACKUP if automatic else Action.CREATE_BACKUP)
        destinations = [to] if to is not None else self.destinations()
        made: list[BackupInfo] = []
        removed = 0
        failure: UserError | None = None
        for index, destination in enumerate(destinations):

            def step(fraction: float, text: str, index: int = index) -> None:
                progress((index + fraction) / len(destinations), text)

            try:
                backup = write_backup(
                    self._context.clinic,
                    self._context.keys.bundle.database_key,
                    destination,
                    automatic=automatic,
                    progress=step,
                    make_folder=to is not None or destination == self._default_folder,
                )
            except UserError as error:
                log.warning("backup to destination %d failed: %s", index + 1, type(error).__name__)
                self._context.record(
                    LogAction.BACKUP_FAILED,
                    detail=f"destination {index + 1}: {type(error).__name__}",
                )
                failure = failure or error
                continue
            self._context.record(
                LogAction.BACKUP_CREATED,
                target_type="backup",
                target_id=backup.name,
                detail=f"destination {index + 1}{', automatic' if automatic else ''}",
            )
            made.append(backup_info(backup))
            removed += self._rotate(destination, index)
        removed += self._rotate_migration_copies()
        if failure is not None:
            raise failure
        return BackupResult(tuple(made), removed)

    def _rotate(self, destination: Path, index: int) -> int:
        backups = stored_backups(destination)
        kept = to_keep(
            backups, lambda b: b.manifest.created_at, self.settings(), self._context.clinic.zone
        )
        removed = 0
        for backup in backups:
            if backup in kept:
                continue
            try:
                remove(backup)
            except StorageUnavailable:
                log.warning("an old backup could not be removed")
                continue
            removed += 1
            self._context.record(
                LogAction.BACKUP_REMOVED,
                target_type="backup",
                target_id=backup.name,
                detail=f"destination {index + 1}: rotation",
            )
        return removed

    def _rotate_migration_copies(self) -> int:
        """The copies made before schema migrations follow the same rule."""
        copies = self._migration_copies()
        kept = to_keep(copies, lambda c: c[1], self.settings(), self._context.clinic.zone)
        removed = 0
        for path, made in copies:
            if (path, made) not in kept:
                self._remove_migration_copy(path, "rotation")
                removed += 1
        return removed

    def _migration_copies(self) -> list[tuple[Path, datetime]]:
        """The copies made before schema migrations, with when each was made."""
        folder = self._context.clinic.files.backups
        copies: list[tuple[Path, datetime]] = []
        if folder.is_dir():
            for path in sorted(folder.iterdir()):
                match = _MIGRATION_COPY.match(path.name)
                if match:
                    made = datetime.strptime(match[1], "%Y%m%dT%H%M%S")
                    copies.append((path, made.replace(tzinfo=UTC)))
        return copies

    def _remove_migration_copy(self, path: Path, why: str) -> None:
        with storage_errors(path.parent):
            path.unlink()
        self._context.record(
            LogAction.BACKUP_REMOVED, target_type="migration_copy", target_id=path.name, detail=why
        )

    # --- Listing and checking (the lead) ----------------------------------------------

    def list(self) -> list[BackupInfo]:
        """Every backup in every reachable destination, newest first."""
        self._context.require(Action.RESTORE_BACKUP)
        found: list[StoredBackup] = []
        for destination in self.destinations():
            try:
                found += stored_backups(destination)
            except OSError:
                continue
        found.sort(key=lambda b: b.manifest.created_at, reverse=True)
        return [backup_info(b) for b in found]

    def verify(self, folder: str) -> BackupCheck:
        """The whole check of one backup, with this session's database key (a
        backup from before a key rotation is checked with a password instead:
        `mottagning backup verify`)."""
        self._context.require(Action.RESTORE_BACKUP)
        backup = load_backup(Path(folder))
        check = check_backup(backup, self._context.keys.bundle.database_key)
        log.info("backup %s verified: %s", backup.name, "ok" if check.ok else "problems")
        return check

    def require_sound(self, folder: str) -> StoredBackup:
        check = self.verify(folder)
        backup = load_backup(Path(folder))
        if not check.ok:
            raise BackupDamaged(name=backup.name, problem="; ".join(check.problems))
        return backup

    # --- Backups that still hold purged records (retention) ------------------------------

    def made_before(self, moment: datetime) -> tuple[BackupInfo, ...]:
        """The backups made before `moment` (a purge): they still hold what it removed."""
        return tuple(info for info in self.list() if info.created_at < moment)

    def remove_made_before(self, moment: datetime) -> int:
        """Delete every backup (and copy made before a migration) made before
        `moment`, once a backup made after it has verified: purged records then
        live on in no backup. Each removal is logged."""
        self._context.require(Action.MANAGE_BACKUPS)
        found: list[StoredBackup] = []
        for destination in self.destinations():
            try:
                found += stored_backups(destination)
            except OSError:
                continue
        newer = [b for b in found if b.manifest.created_at >= moment]
        key = self._context.keys.bundle.database_key
        if not any(check_backup(b, key).ok for b in newer):
            raise NoNewerBackup(
                moment=f"{moment.astimezone(self._context.clinic.zone):%Y-%m-%d %H:%M}"
            )
        removed = 0
        for backup in found:
            if backup.manifest.created_at >= moment:
                continue
            remove(backup)
            removed += 1
            self._context.record(
                LogAction.BACKUP_REMOVED,
                target_type="backup",
                target_id=backup.name,
                detail="made before a retention purge",
            )
        for path, made in self._migration_copies():
            if made < moment:
                self._remove_migration_copy(path, "made before a retention purge")
                removed += 1
        return removed
