"""The clinic database opened with its key, shared by every session on this
workstation (several staff can take turns at one locked window)."""

import logging
from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

from mottagning.errors import MottagningError
from mottagning.models.access_log import HeadStatus, LogEntry, LogEvent
from mottagning.services.clock import Clock
from mottagning.storage.access_log import AccessLogRepository, LogSigner
from mottagning.storage.chain_head import RECENT, ChainHead, ChainHeadFile, EntrySummary, head_key
from mottagning.storage.database import Database
from mottagning.storage.files import ClinicFiles
from mottagning.storage.keyslots import KeySlotFile
from mottagning.storage.schema import DataStep, migrate
from mottagning.storage.settings import MetaRepository, SettingsRepository
from mottagning.storage.staff_keys import StaffKeyRepository
from mottagning.storage.users import UserRepository

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class HeadCheck:
    status: HeadStatus
    expected: ChainHead | None
    found: ChainHead | None
    missing: tuple[EntrySummary, ...] = ()  # what the database lost, as far as known

    @property
    def ok(self) -> bool:
        return self.status in (HeadStatus.MATCHES, HeadStatus.NOT_RECORDED)

    def describe(self) -> str:
        """English, for logs and the command line (no client data in it)."""
        if self.status is HeadStatus.MATCHES:
            return "the access-log head kept outside the database matches"
        if self.status is HeadStatus.NOT_RECORDED:
            return "no access-log head is kept outside the database yet"
        if self.status is HeadStatus.MISSING:
            return (
                "the access-log head kept beside the database is missing or damaged: expected "
                "if the database was just moved to this computer, suspicious otherwise"
            )
        expected = self.expected.seq if self.expected else "?"
        found = self.found.seq if self.found else 0
        if self.status is HeadStatus.ROLLED_BACK:
            lost = "; ".join(
                f"{entry.seq} {entry.at:%Y-%m-%d %H:%M} UTC {entry.action.value}"
                for entry in self.missing
            )
            return (
                f"the database is older than the one last used here: its access log ends at "
                f"entry {found}, but entry {expected} was written before"
                + (f" (missing: {lost})" if lost else "")
            )
        return f"access-log entry {expected} differs from the one last seen: the file was replaced"


class UnlockedClinic:
    def __init__(
        self,
        files: ClinicFiles,
        database: Database,
        keyslots: KeySlotFile,
        clock: Clock,
        workstation: str,
    ) -> None:
        self.files = files
        self.db = database
        self.keyslots = keyslots
        self.clock = clock
        self.users = UserRepository(database)
        self.settings = SettingsRepository(database)
        self.meta = MetaRepository(database)
        self.staff_keys = StaffKeyRepository(database)
        self._head_file = ChainHeadFile(files.audit_head)
        self._head_key = head_key(database)
        self.access_log = AccessLogRepository(
            database, self.meta.origin(), workstation, on_appended=self.save_chain_head
        )

    @classmethod
    def open(
        cls,
        files: ClinicFiles,
        database_key: bytes,
        keyslots: KeySlotFile,
        clock: Clock,
        workstation: str,
        *,
        create: bool = False,
        data_steps: dict[int, DataStep] | None = None,
    ) -> "UnlockedClinic":
        """Open (or create) and migrate the database. The key must be proven;
        `data_steps`: see storage/schema.py (the upgrade provides them)."""
        database = Database.open(files.database, database_key, create=create)
        try:
            migrate(database, files.backups, clock.now(), data_steps=data_steps)
            return cls(files, database, keyslots, clock, workstation)
        except BaseException:
            database.close()
            raise

    def reopened(self) -> "UnlockedClinic":
        """The same clinic on a connection of its own, for a worker thread: call
        it on that thread, and close it there."""
        return UnlockedClinic(
            self.files, self.db.reopened(), self.keyslots, self.clock, self.access_log.workstation
        )

    @property
    def zone(self) -> ZoneInfo:
        """The clinic's time zone: days, dates and opening hours are local to it."""
        return ZoneInfo(self.settings.clinic_settings().time_zone)

    def today(self) -> date:
        """Today's date at the clinic (not on the workstation's own clock face)."""
        return self.clock.now().astimezone(self.zone).date()

    def start_of_day(self, day: date) -> datetime:
        """Midnight at the clinic on `day`: where the clinic's `day` begins."""
        return datetime.combine(day, time.min, self.zone)

    def holds_key(self, key: bytes) -> bool:
        return self.db.has_key(key)

    def log(self, event: LogEvent, signer: LogSigner) -> LogEntry:
        return self.access_log.append(event, self.clock.now(), signer)

    # --- The chain head kept outside the database ---------------------------------

    def check_chain_head(self) -> HeadCheck:
        record = self._head_file.read(self._head_key)
        expected = record.head if record else None
        found = self.access_log.head()
        if expected is None or expected.origin != self.access_log.origin:
            if expected is not None:
                return HeadCheck(HeadStatus.REPLACED, expected, found)
            status = HeadStatus.MISSING if found is not None else HeadStatus.NOT_RECORDED
            return HeadCheck(status, None, found)
        if found is None or found.seq < expected.seq:
            assert record is not None
            missing = record.missing_after(found.seq if found else 0)
            return HeadCheck(HeadStatus.ROLLED_BACK, expected, found, missing)
        if self.access_log.mac_at(expected.origin, expected.seq) != expected.mac:
            return HeadCheck(HeadStatus.REPLACED, expected, found)
        return HeadCheck(HeadStatus.MATCHES, expected, found)

    def save_chain_head(self, *, replace: bool = False) -> None:
        """The head and the last entries outside the database: after every
        logged commit (see storage/chain_head.py) and at close; `replace`
        after a restore."""
        head = self.access_log.head()
        if head is not None:
            self._head_file.write(
                head, self.access_log.recent(RECENT), self._head_key, replace=replace
            )

    def close(self) -> None:
        """Keep the chain head if the database still allows it, then close."""
        try:
            self.save_chain_head()
        except MottagningError as error:
            log.warning("chain head not saved at close: %s", type(error).__name__)
        finally:
            self.db.close()
