"""Sync with the clinic server: this workstation's replica and the others'.

One sync: capture what was written here into sealed envelopes, push the
outbox, pull every channel this session can open (the journal only with the
journal key), apply in the server's order, report this device's access-log
head. Each step commits on its own, so a sync cut off anywhere (the network,
the server, the PC) leaves nothing half-applied and repeats nothing: an
envelope pushed twice is stored once, one pulled twice is applied once.

Runs on a worker thread with a session of its own (Session.on_this_thread):
the server may be slow or away, and typing must never wait for it.
"""

import shutil
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from mottagning.errors import (
    ClinicAlreadyExists,
    InvalidInput,
    SyncEnvelopeUnreadable,
    SyncNotConfigured,
    SyncServerUnavailable,
)
from mottagning.i18n import Text
from mottagning.models.access_log import LogAction
from mottagning.services.context import Context
from mottagning.services.permissions import Action
from mottagning.storage.clinic_root import ClinicRoot
from mottagning.storage.codec import from_db_time, to_db_time
from mottagning.storage.files import ClinicFiles
from mottagning.storage.log_trust import signatures_start_statement
from mottagning.storage.sync_envelope import (
    CHANNELS,
    CLINIC,
    JOURNAL,
    EnvelopeUnreadable,
    channel_key,
)
from mottagning.storage.sync_replica import (
    Clash,
    Conflict,
    Duplicate,
    Replica,
    copy_for_new_device,
)
from mottagning.storage.sync_server import Device, ServerConnection
from mottagning.storage.sync_tables import BY_NAME

__all__ = ["ConflictView", "Device", "DuplicateView", "SyncResult", "SyncService", "SyncStatus"]

_DSN, _LAST_OK, _OFFLINE_SINCE = "sync_dsn", "sync_last_ok", "sync_offline_since"
_SEEN = "sync_duplicate_seen:"  # a clinic setting per duplicate a person has looked at
_BATCH = 200


@dataclass(frozen=True)
class SyncStatus:
    configured: bool
    last_sync: datetime | None
    offline_since: datetime | None  # set while the last attempt failed
    waiting: int  # local changes the server does not have yet
    conflicts: int
    clashes: int
    duplicates: int = 0  # rows made twice apart, not yet seen by a person


@dataclass(frozen=True)
class ConflictView:
    id: str
    table: str  # clients, appointments, users...
    field: str
    earlier: object  # with three or more heads: the one before the latest
    later: object  # what stands until someone chooses
    what: str  # the client's alias, the visit's time: which record
    client_id: str | None


@dataclass(frozen=True)
class DuplicateView:
    """Rows made apart on two PCs with one unique value (a user name, an alias)
    or one identity number: all kept, the later renamed, until a person has
    looked (`mark_duplicate_seen`) and, if it is one person twice, deactivated
    or closed one."""

    id: str
    table: str  # users or clients
    field: str  # username, alias, identity_number
    value: str  # the value both were given
    names: tuple[str, ...]  # each row as it is called now, the renamed one last
    row_ids: tuple[str, ...]


@dataclass(frozen=True)
class SyncResult:
    pushed: int
    applied: int


class SyncService:
    def __init__(self, context: Context) -> None:
        self._context = context

    @property
    def _replica(self) -> Replica:
        return Replica(self._context.db, self._context.clinic.meta.origin())

    @property
    def device_id(self) -> str:
        """This replica's id on the server: its access-log origin, one chain per device."""
        return self._context.clinic.meta.origin()

    def connect(self, dsn: str) -> None:
        """Sync this workstation with the server at `dsn` from now on (the lead).
        What the database holds now is taken as common to every replica: a new
        workstation starts from a copy of the clinic (see README)."""
        self._context.require(Action.CONNECT_TO_SERVER)
        dsn = dsn.strip()
        if not dsn or "\x00" in dsn or len(dsn) > 2000:
            raise InvalidInput(
                field=Text("Fields", "Connection to the clinic server"),
                problem=Text("Fields", "required"),
            )
        meta = self._context.clinic.meta
        with self._context.db.transaction():
            meta.set(_DSN, dsn)
            self._replica.start_capturing()

    @property
    def server(self) -> str:
        """The connection string this PC syncs with, '' before it is connected."""
        return self._context.clinic.meta.get(_DSN) or ""

    @property
    def configured(self) -> bool:
        return self._context.clinic.meta.get(_DSN) is not None

    def status(self) -> SyncStatus:
        meta = self._context.clinic.meta
        replica = self._replica
        last, offline = meta.get(_LAST_OK), meta.get(_OFFLINE_SINCE)
        return SyncStatus(
            configured=self.configured,
            last_sync=from_db_time(last) if last else None,
            offline_since=from_db_time(offline) if offline else None,
            waiting=replica.waiting_count(),
            conflicts=len(self._open_conflicts()),
            clashes=len(replica.clashes(self._clash_horizon())),
            duplicates=len(self._unseen_duplicates()),
        )

    def sync_now(self, progress: Callable[[str], None] | None = None) -> SyncResult:
        """Push, pull, report; `progress("pushed" | "applied")` after each
        envelope that committed (for a progress display, and the crash tests)."""
        step = progress or (lambda _: None)
        dsn = self._context.clinic.meta.get(_DSN)
        if dsn is None:
            raise SyncNotConfigured()
        replica, now = self._replica, self._context.clinic.clock.now()
        keys = self._channel_keys()
        replica.capture(now, keys)
        try:
            with ServerConnection(dsn, replica.device_id) as server:
                server.register()
                pushed = 0
                for envelope in replica.pending():
                    seq = server.push(envelope.envelope_id, envelope.channel, envelope.envelope)
                    replica.mark_pushed(envelope.envelope_id, seq)
                    pushed += 1
                    step("pushed")
                applied = sum(self._pull(server, replica, channel, keys, step) for channel in keys)
                head = self._context.clinic.access_log.head()
                if head is not None:
                    server.report_log_head(head.origin, head.seq, head.mac)
        except SyncServerUnavailable:
            meta = self._context.clinic.meta
            if meta.get(_OFFLINE_SINCE) is None:
                meta.set(_OFFLINE_SINCE, to_db_time(now))
            raise
        meta = self._context.clinic.meta
        with self._context.db.transaction():
            meta.set(_LAST_OK, to_db_time(self._context.clinic.clock.now()))
            self._context.db.execute("DELETE FROM meta WHERE key = ?", (_OFFLINE_SINCE,))
        return SyncResult(pushed, applied)

    def _pull(
        self,
        server: ServerConnection,
        replica: Replica,
        channel: str,
        keys: dict[str, bytes],
        step: Callable[[str], None],
    ) -> int:
        applied = 0
        while True:
            batch = server.pull(channel, replica.cursor(channel), _BATCH)
            for change in batch:
                try:
                    done = replica.apply(
                        change.seq,
                        change.envelope_id,
                        channel,
                        change.device_id,
                        change.envelope,
                        keys,
                        self._context.clinic.clock.now(),
                    )
                except EnvelopeUnreadable:
                    raise SyncEnvelopeUnreadable(seq=change.seq, device=change.device_id) from None
                applied += done
                step("applied")
            if len(batch) < _BATCH:
                return applied

    def _channel_keys(self) -> dict[str, bytes]:
        """The channels this session can open: never the journal without its key."""
        bundle = self._context.keys.bundle
        keys = {CLINIC: channel_key(CLINIC, bundle.database_key)}
        if bundle.journal_key is not None:
            keys[JOURNAL] = channel_key(JOURNAL, bundle.journal_key)
        assert set(keys) <= set(CHANNELS)
        return keys

    # --- Conflicts and clashes -----------------------------------------------------

    def conflicts(self) -> list[ConflictView]:
        """Fields changed on two PCs since their common version, both values kept
        (the later stands meanwhile). Seeing a client's is an access to the
        client's record, logged. Journal fields are the author's and not here."""
        self._context.require(Action.RESOLVE_SYNC_CONFLICTS)
        views = [self._view(c) for c in self._open_conflicts()]
        for client_id in sorted({v.client_id for v in views if v.client_id}):
            self._context.record(LogAction.CLIENT_VIEWED, client_id=client_id, detail="sync")
        return views

    def resolve(self, conflict_id: str, *, keep_later: bool) -> None:
        """Keep one of the two values; the choice travels to every PC like an edit."""
        self._context.require(Action.RESOLVE_SYNC_CONFLICTS)
        conflict = next((c for c in self._open_conflicts() if c.id == conflict_id), None)
        if conflict is None:
            return
        view = self._view(conflict)
        with self._context.db.transaction():
            self._replica.resolve(
                conflict_id,
                -1 if keep_later else -2,
                self._context.clinic.clock.now(),
                self._channel_keys(),
            )
            if view.client_id:
                self._context.record(
                    LogAction.CLIENT_UPDATED, client_id=view.client_id, detail=conflict.field
                )

    def _open_conflicts(self) -> list[Conflict]:
        return [c for c in self._replica.open_conflicts() if BY_NAME[c.table].channel == CLINIC]

    def _view(self, conflict: Conflict) -> ConflictView:
        db = self._context.db
        what, client_id = str(conflict.row_key[0]), None
        if conflict.table == "clients":
            client_id = str(conflict.row_key[0])
            what = str(db.scalar("SELECT alias FROM clients WHERE id = ?", (client_id,)) or what)
        elif conflict.table == "appointments":
            row = db.query_one(
                "SELECT starts_at, client_id FROM appointments WHERE id = ?", (conflict.row_key[0],)
            )
            if row is not None:
                starts = from_db_time(row["starts_at"]).astimezone(self._context.clinic.zone)
                what, client_id = f"{starts:%Y-%m-%d %H:%M}", row["client_id"]
        return ConflictView(
            conflict.id,
            conflict.table,
            conflict.field,
            conflict.values[-2],
            conflict.values[-1],
            what,
            client_id,
        )

    def duplicates(self) -> list[DuplicateView]:
        """Accounts or clients made twice apart, not yet seen (the lead, the
        scheduler). Seeing clients' is an access to their records, logged."""
        self._context.require(Action.RESOLVE_SYNC_CONFLICTS)
        views = [self._duplicate_view(d) for d in self._unseen_duplicates()]
        for view in views:
            if view.table == "clients":
                for client_id in view.row_ids:
                    self._context.record(
                        LogAction.CLIENT_VIEWED, client_id=client_id, detail="sync duplicate"
                    )
        return views

    def mark_duplicate_seen(self, duplicate_id: str) -> None:
        """A person has looked: both rows stay as they are (two people, or one
        deactivated or closed by hand). The mark travels like a setting."""
        self._context.require(Action.RESOLVE_SYNC_CONFLICTS)
        with self._context.db.transaction():
            self._context.clinic.settings.set(
                _SEEN + duplicate_id,
                True,
                self._context.clinic.clock.now(),
                self._context.actor.id,
            )
            self._context.record(
                LogAction.CLINIC_SETTINGS_CHANGED, detail=f"sync duplicate {duplicate_id}"
            )

    def _unseen_duplicates(self) -> list[Duplicate]:
        settings = self._context.clinic.settings
        return [d for d in self._replica.duplicates() if settings.get(_SEEN + d.id) is None]

    def _duplicate_view(self, duplicate: Duplicate) -> DuplicateView:
        column = "username" if duplicate.table == "users" else "alias"
        names = []
        for row_id in duplicate.row_ids:
            name = self._context.db.scalar(
                f"SELECT {column} FROM {duplicate.table} WHERE id = ?", (row_id,)
            )
            names.append(str(name or row_id))
        return DuplicateView(
            duplicate.id,
            duplicate.table,
            duplicate.column,
            duplicate.value,
            tuple(names),
            duplicate.row_ids,
        )

    def devices(self) -> list[Device]:
        """The clinic's workstations as the server knows them (the lead)."""
        self._context.require(Action.CONNECT_TO_SERVER)
        dsn = self._context.clinic.meta.get(_DSN)
        if dsn is None:
            raise SyncNotConfigured()
        with ServerConnection(dsn, self.device_id) as server:
            return server.devices()

    def clashes(self) -> list[Clash]:
        self._context.require(Action.VIEW_CALENDAR)
        return self._replica.clashes(self._clash_horizon())

    def _clash_horizon(self) -> datetime:
        """From the start of today at the clinic: earlier double bookings are past."""
        clinic = self._context.clinic
        return clinic.start_of_day(clinic.today())

    def copy_for_new_workstation(self, target: ClinicFiles) -> None:
        """Make the data folder of another workstation of this clinic (the lead):
        the database as a copy that is a device of its own, and the key slots.
        Carry the folder to the new PC (it holds only encrypted files)."""
        self._context.require(Action.CONNECT_TO_SERVER)
        if target.clinic_exists():
            raise ClinicAlreadyExists(folder=str(target.data_dir))
        target.ensure_data_dir()
        self.capture_now()
        # The new PC's chain is signed from its first entry: the root key says so
        # here, before the copy, so that both PCs verify it.
        origin = str(uuid.uuid4())
        signature = self._context.keys.root_signature(signatures_start_statement(origin, 1))
        with self._context.db.transaction():
            ClinicRoot(self._context.clinic.meta).add_signed_from(origin, 1, signature)
        copy_for_new_device(
            self._context.db, self._context.keys.bundle.database_key, target.database, origin
        )
        shutil.copyfile(self._context.clinic.files.keyslots, target.keyslots)

    def capture_now(self) -> None:
        """Seal what was written here into the outbox now (a sync does it too)."""
        self._replica.capture(self._context.clinic.clock.now(), self._channel_keys())
