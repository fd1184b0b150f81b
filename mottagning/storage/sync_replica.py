"""This PC's side of sync: changes captured into the outbox, pulled changes
applied, per-field versions, conflicts and clashes. Talks to no server.

Capture: triggers list the rows written here (sync_dirty); `capture` compares
each with what this replica last knew (sync_fields) and stamps every changed
field with a new hybrid-logical-clock version, naming the version it replaced
(its base). Apply: a field whose local version is the change's base takes the
new value; one already at that version is left; anything else was changed on
both sides since their common version: a conflict, kept with both values, and
the later version stands meanwhile, so that every replica shows the same.
"""

import hashlib
import json
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from mottagning.storage import sync_envelope
from mottagning.storage.clients import ClientRepository, search_text
from mottagning.storage.codec import to_db_time
from mottagning.storage.database import Database
from mottagning.storage.sync_tables import (
    BOOKKEEPING,
    BY_NAME,
    EDITABLE,
    INSERT_ONLY,
    MEMBERSHIP,
    PRESENT,
    SYNCED_TABLES,
    UNIQUE_BY_TABLE,
    UNIQUE_FIELDS,
    SyncedTable,
    UniqueField,
)

_HLC = "sync_hlc"
_TRUE, _FALSE = "true", "false"


@dataclass(frozen=True)
class OutgoingEnvelope:
    envelope_id: str
    channel: str
    envelope: bytes


@dataclass(frozen=True)
class Conflict:
    """A field with several heads: their values in version order, the last
    standing until a person chooses."""

    id: str
    table: str
    row_key: tuple[Any, ...]
    field: str
    values: tuple[object, ...]
    detected_at: datetime


@dataclass(frozen=True)
class Duplicate:
    """Rows of `table` that gave `column` one value apart (`row_ids`, the row
    renamed last): one account or client made twice, or two that share a name."""

    table: str
    column: str
    value: str
    row_ids: tuple[str, ...]

    @property
    def id(self) -> str:
        return _conflict_id(self.table, json.dumps(sorted(self.row_ids)), self.column)


@dataclass(frozen=True)
class Clash:
    """Two visits at the same time in one room, or with one counselor or client."""

    first_id: str
    second_id: str


class Replica:
    def __init__(self, database: Database, device_id: str) -> None:
        self._db = database
        self.device_id = device_id
        self._columns: dict[str, list[str]] = {}

    # --- State ---------------------------------------------------------------------

    @property
    def capturing(self) -> bool:
        return bool(self._db.scalar("SELECT capturing FROM sync_guard"))

    def start_capturing(self) -> None:
        """From now on every write to a synced table is noted for the outbox;
        what the database holds now is the common start of every replica."""
        self._db.execute("UPDATE sync_guard SET capturing = 1")

    def cursor(self, channel: str) -> int:
        value = self._db.scalar("SELECT seq FROM sync_cursor WHERE channel = ?", (channel,))
        return int(value or 0)

    def pending(self) -> list[OutgoingEnvelope]:
        rows = self._db.query(
            "SELECT envelope_id, channel, envelope FROM sync_outbox"
            " WHERE pushed_seq IS NULL ORDER BY n"
        )
        return [
            OutgoingEnvelope(r["envelope_id"], r["channel"], bytes(r["envelope"])) for r in rows
        ]

    def waiting_count(self) -> int:
        """Local changes not yet on the server: captured, or written since."""
        outbox = self._db.scalar("SELECT count(*) FROM sync_outbox WHERE pushed_seq IS NULL")
        dirty = self._db.scalar("SELECT count(DISTINCT tbl || row_key) FROM sync_dirty")
        return int(outbox) + int(dirty)

    def mark_pushed(self, envelope_id: str, seq: int) -> None:
        self._db.execute(
            "UPDATE sync_outbox SET pushed_seq = ? WHERE envelope_id = ?", (seq, envelope_id)
        )

    # --- The hybrid logical clock ----------------------------------------------------

    def _stamp(self, now: datetime) -> str:
        """A version later than every one this replica has made or seen; readable
        order: milliseconds, a counter, the device."""
        last = self._db.scalar("SELECT value FROM meta WHERE key = ?", (_HLC,)) or "0.0"
        last_ms, last_count = (int(part) for part in last.split(".")[:2])
        now_ms = int(now.timestamp() * 1000)
        ms, count = (now_ms, 0) if now_ms > last_ms else (last_ms, last_count + 1)
        self._save_clock(ms, count)
        return f"{ms:015d}.{count:06d}.{self.device_id}"

    def _observe(self, version: str) -> None:
        if not version:
            return
        last = self._db.scalar("SELECT value FROM meta WHERE key = ?", (_HLC,)) or "0.0"
        ms, count = (int(part) for part in version.split(".")[:2])
        last_ms, last_count = (int(part) for part in last.split(".")[:2])
        if (ms, count) > (last_ms, last_count):
            self._save_clock(ms, count)

    def _save_clock(self, ms: int, count: int) -> None:
        self._db.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (_HLC, f"{ms}.{count}"),
        )

    # --- Capture ---------------------------------------------------------------------

    def capture(self, now: datetime, keys: dict[str, bytes]) -> list[OutgoingEnvelope]:
        """Turn the rows written since the last capture into sealed envelopes in
        the outbox, one per channel. A channel without its key here (the journal,
        on a scheduler's session) stays noted for a session that holds it."""
        made: list[OutgoingEnvelope] = []
        with self._db.transaction():
            dirty = self._db.query(
                "SELECT tbl, row_key, max(n) AS last FROM sync_dirty GROUP BY tbl, row_key"
                " ORDER BY min(n)"
            )
            by_channel: dict[str, list[Any]] = {}
            done: list[tuple[str, str]] = []
            for row in dirty:
                table = BY_NAME[row["tbl"]]
                if table.channel not in keys:
                    continue
                change = self._change_of(table, row["row_key"], now)
                if change is not None:
                    by_channel.setdefault(table.channel, []).append(change)
                done.append((row["tbl"], row["row_key"]))
            self._db.execute_many("DELETE FROM sync_dirty WHERE tbl = ? AND row_key = ?", done)
            for channel, changes in by_channel.items():
                made.append(self._seal_into_outbox(channel, changes, keys, now))
        return made

    def _seal_into_outbox(
        self, channel: str, changes: list[Any], keys: dict[str, bytes], now: datetime
    ) -> OutgoingEnvelope:
        envelope_id = str(uuid.uuid4())
        sealed = sync_envelope.seal(keys[channel], envelope_id, channel, self.device_id, changes)
        self._db.execute(
            "INSERT INTO sync_outbox (envelope_id, channel, envelope, made_at) VALUES (?, ?, ?, ?)",
            (envelope_id, channel, sealed, to_db_time(now)),
        )
        self._db.execute("INSERT INTO sync_applied VALUES (?)", (envelope_id,))
        return OutgoingEnvelope(envelope_id, channel, sealed)

    def _change_of(self, table: SyncedTable, row_key: str, now: datetime) -> dict[str, Any] | None:
        current = self._current(table, row_key)
        if table.kind == INSERT_ONLY:
            return None if current is None else {"t": table.name, "k": row_key, "row": current}
        if table.kind == MEMBERSHIP:
            current = {PRESENT: _FALSE if current is None else _TRUE}
        elif current is None:
            return None  # editable rows are never deleted
        known = self._known(table.name, row_key)
        # A row made here since the last capture has no versions anywhere yet.
        new_here = False
        if not known:
            known = self._baseline(table.name, row_key)
            new_here = not known
            for field, (value, version) in known.items():
                self._remember(table.name, row_key, field, value, version)
        conflicted = set() if new_here else self._conflicted(table.name, row_key)
        fields: dict[str, list[Any]] = {}
        for field, value in current.items():
            old_value, old_version = known.get(field, (None, ""))
            if value == old_value:
                continue
            version = self._stamp(now)
            # An edit here replaces every version this replica knows of the field:
            # two PCs that wrote one value apart leave two heads, and the next
            # edit, seeing both, is no conflict with either.
            heads = [] if new_here else self._heads(table.name, row_key, field)
            bases = [head for head, _ in heads] or [old_version]
            fields[field] = [value, version, bases]
            self._remember(table.name, row_key, field, value, version)
            self._add_version(table.name, row_key, field, version, bases, value)
            if field in conflicted:  # ended: the edit is now the only head
                self._update_conflict(table.name, row_key, field, [(version, value)])
        return {"t": table.name, "k": row_key, "f": fields} if fields else None

    def _baseline(self, name: str, row_key: str) -> dict[str, tuple[str, str]]:
        """The row at the common start (version ''), if it existed then."""
        image = self._db.scalar(
            "SELECT image FROM sync_baseline WHERE tbl = ? AND row_key = ?", (name, row_key)
        )
        self._db.execute("DELETE FROM sync_baseline WHERE tbl = ? AND row_key = ?", (name, row_key))
        columns = json.loads(image) if image else None
        if not columns:
            return {}
        return {
            column: (sync_envelope.encode_value(_from_image(kind, value)), "")
            for column, (kind, value) in columns.items()
        }

    def _current(self, table: SyncedTable, row_key: str) -> dict[str, str] | None:
        keys = json.loads(row_key)
        where = " AND ".join(f"{column} = ?" for column in table.key)
        row = self._db.query_one(f"SELECT * FROM {table.name} WHERE {where}", keys)
        if row is None:
            return None
        return {col: sync_envelope.encode_value(row[col]) for col in self._columns_of(table.name)}

    def _columns_of(self, name: str) -> list[str]:
        if name not in self._columns:
            self._columns[name] = [r["name"] for r in self._db.query(f"PRAGMA table_info({name})")]
        return self._columns[name]

    def _known(self, name: str, row_key: str) -> dict[str, tuple[str, str]]:
        rows = self._db.query(
            "SELECT field, value, version FROM sync_fields WHERE tbl = ? AND row_key = ?",
            (name, row_key),
        )
        return {r["field"]: (r["value"], r["version"]) for r in rows}

    def _remember(self, name: str, row_key: str, field: str, value: str, version: str) -> None:
        self._db.execute(
            "INSERT INTO sync_fields (tbl, row_key, field, value, version) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT (tbl, row_key, field) DO UPDATE SET"
            " value = excluded.value, version = excluded.version",
            (name, row_key, field, value, version),
        )

    # --- Apply -----------------------------------------------------------------------

    def apply(
        self,
        seq: int,
        envelope_id: str,
        channel: str,
        device: str,
        data: bytes,
        keys: dict[str, bytes],
        now: datetime,
    ) -> bool:
        """Apply one pulled envelope (unless applied before) and move the cursor
        past it, in one transaction. False: it was this replica's or seen.

        What was written here meanwhile is captured first, in the same
        transaction: a pulled value never overwrites an edit not yet versioned."""
        with self._db.transaction():
            self.capture(now, keys)
            self._db.execute(
                "INSERT INTO sync_cursor (channel, seq) VALUES (?, ?) ON CONFLICT (channel)"
                " DO UPDATE SET seq = max(seq, excluded.seq)",
                (channel, seq),
            )
            if self._db.scalar("SELECT 1 FROM sync_applied WHERE envelope_id = ?", (envelope_id,)):
                return False
            changes = sync_envelope.open_envelope(keys[channel], envelope_id, channel, device, data)
            # Rows may arrive before the rows they refer to within one pull.
            self._db.execute("PRAGMA defer_foreign_keys = ON")
            was_capturing = self.capturing
            self._db.execute("UPDATE sync_guard SET capturing = 0")
            clients: set[str] = set()
            for change in changes:
                table = BY_NAME[change["t"]]
                if table.channel != channel:
                    continue  # a journal row is never taken from the clinic channel
                if table.kind == INSERT_ONLY:
                    self._insert(table, change["row"])
                else:
                    self._merge(table, change["k"], change["f"])
                if table.name == "clients":
                    clients.add(json.loads(change["k"])[0])
            self._refresh_search(clients)
            self._db.execute("UPDATE sync_guard SET capturing = ?", (int(was_capturing),))
            self._db.execute("INSERT INTO sync_applied VALUES (?)", (envelope_id,))
        return True

    def _refresh_search(self, client_ids: set[str]) -> None:
        """The search index is each PC's own: a client that came changed is found
        here by what it now says."""
        repository = ClientRepository(self._db)
        for client_id in sorted(client_ids):
            self._db.execute("DELETE FROM client_search WHERE client_id = ?", (client_id,))
            client = repository.get(client_id)
            if client is not None:
                self._db.execute(
                    "INSERT INTO client_search (client_id, text) VALUES (?, ?)",
                    (client_id, search_text(client)),
                )

    def _insert(self, table: SyncedTable, row: dict[str, str]) -> None:
        columns = [c for c in self._columns_of(table.name) if c in row]
        values = [sync_envelope.decode_value(row[c]) for c in columns]
        self._db.execute(
            f"INSERT OR IGNORE INTO {table.name} ({', '.join(columns)})"
            f" VALUES ({', '.join('?' for _ in columns)})",
            values,
        )

    def _merge(self, table: SyncedTable, row_key: str, fields: dict[str, list[Any]]) -> None:
        """Each field takes the latest of its heads (the versions no other
        replaced), from the set of versions known here: the same on every
        replica once each has every change, whatever the order they came in."""
        known = self._known(table.name, row_key)
        current = self._current(table, row_key)
        if not known and current is not None and table.kind == EDITABLE:
            # First change to a row of the common start: its fields as they are.
            known = {field: (value, "") for field, value in current.items()}
            for field, (value, version) in known.items():
                self._remember(table.name, row_key, field, value, version)
        conflicted = self._conflicted(table.name, row_key)
        taken: dict[str, str] = {}
        if fields:  # zero-padded: the greatest string is the latest version
            self._observe(max(version for _, version, _ in fields.values()))
        for field, (value, version, bases) in fields.items():
            self._add_version(table.name, row_key, field, version, list(bases), value)
            heads = self._heads(table.name, row_key, field)
            if not heads:
                continue
            standing_version, standing_value = max(heads)
            if known.get(field, (None, None))[1] != standing_version:
                taken[field] = standing_value
                self._remember(table.name, row_key, field, standing_value, standing_version)
            if len(heads) > 1 or field in conflicted:
                self._update_conflict(table.name, row_key, field, heads)
        if taken:
            self._write(table, row_key, taken, exists=current is not None)

    def _add_version(
        self, name: str, row_key: str, field: str, version: str, bases: list[str], value: str
    ) -> None:
        self._db.execute_many(
            "INSERT OR IGNORE INTO sync_versions (tbl, row_key, field, version, base, value)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [(name, row_key, field, version, base, value) for base in bases],
        )

    def _heads(self, name: str, row_key: str, field: str) -> list[tuple[str, str]]:
        rows = self._db.query(
            "SELECT DISTINCT v.version, v.value FROM sync_versions v"
            " WHERE v.tbl = ? AND v.row_key = ? AND v.field = ? AND NOT EXISTS ("
            "  SELECT 1 FROM sync_versions w WHERE w.tbl = v.tbl AND w.row_key = v.row_key"
            "  AND w.field = v.field AND w.base = v.version)",
            (name, row_key, field),
        )
        return sorted((r["version"], r["value"]) for r in rows)

    def _conflicted(self, name: str, row_key: str) -> set[str]:
        rows = self._db.query(
            "SELECT field FROM sync_conflicts WHERE tbl = ? AND row_key = ?", (name, row_key)
        )
        return {r["field"] for r in rows}

    def _update_conflict(
        self, name: str, row_key: str, field: str, heads: list[tuple[str, str]] | None = None
    ) -> None:
        heads = self._heads(name, row_key, field) if heads is None else heads
        # Heads that agree (both PCs wrote the same) are no conflict.
        if len({value for _, value in heads}) > 1 and field not in BOOKKEEPING:
            latest = heads[-1][0]
            detected = datetime.fromtimestamp(int(latest.split(".")[0]) / 1000, UTC)
            self._db.execute(
                "INSERT INTO sync_conflicts (tbl, row_key, field, detected_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (tbl, row_key, field)"
                " DO UPDATE SET detected_at = excluded.detected_at",
                (name, row_key, field, to_db_time(detected)),
            )
        else:
            self._db.execute(
                "DELETE FROM sync_conflicts WHERE tbl = ? AND row_key = ? AND field = ?",
                (name, row_key, field),
            )

    def _write(
        self, table: SyncedTable, row_key: str, taken: dict[str, str], *, exists: bool
    ) -> None:
        keys = json.loads(row_key)
        where = " AND ".join(f"{column} = ?" for column in table.key)
        if table.kind == MEMBERSHIP:
            if taken.get(PRESENT) == _FALSE:
                self._db.execute(f"DELETE FROM {table.name} WHERE {where}", keys)
            else:
                self._db.execute(
                    f"INSERT OR IGNORE INTO {table.name} ({', '.join(table.key)})"
                    f" VALUES ({', '.join('?' for _ in table.key)})",
                    keys,
                )
            return
        values = {field: sync_envelope.decode_value(text) for field, text in taken.items()}
        unique = UNIQUE_BY_TABLE.get(table.name)
        if unique is not None and isinstance(values.get(unique.column), str):
            self._make_unique(unique, keys[0], values)
        if exists:
            assignments = ", ".join(f"{field} = ?" for field in values)
            self._db.execute(
                f"UPDATE {table.name} SET {assignments} WHERE {where}", [*values.values(), *keys]
            )
        else:
            self._db.execute(
                f"INSERT INTO {table.name} ({', '.join(values)})"
                f" VALUES ({', '.join('?' for _ in values)})",
                list(values.values()),
            )

    def _make_unique(self, unique: UniqueField, row_id: str, values: dict[str, Any]) -> None:
        """Two PCs gave two rows one unique value apart (an alias, a user name):
        the row with the greater id gets the value with a piece of its id, on
        every replica alike (here, either the incoming row or the one already
        here, a change of ours that travels), so both rows are kept, the sync
        goes on, and `duplicates` lists it for a person until seen."""
        column, value = unique.column, str(values[unique.column])
        other = self._db.query_one(
            f"SELECT id, {column} AS value FROM {unique.table}"
            f" WHERE {column} = ? COLLATE NOCASE AND id <> ?",
            (value, row_id),
        )
        if other is None:
            return
        if row_id > str(other["id"]):
            values.update(_unique_values(unique, value, row_id))
            return
        renamed = str(other["id"])
        changed = _unique_values(unique, str(other["value"]), renamed)
        assignments = ", ".join(f"{name} = ?" for name in changed)
        self._db.execute(
            f"UPDATE {unique.table} SET {assignments} WHERE id = ?", [*changed.values(), renamed]
        )
        self._db.execute(
            "INSERT INTO sync_dirty (tbl, row_key) VALUES (?, json_array(?))",
            (unique.table, renamed),
        )

    # --- Conflicts and clashes ---------------------------------------------------------

    def open_conflicts(self) -> list[Conflict]:
        rows = self._db.query(
            "SELECT * FROM sync_conflicts ORDER BY detected_at, tbl, row_key, field"
        )
        conflicts = []
        for r in rows:
            heads = self._heads(r["tbl"], r["row_key"], r["field"])
            conflicts.append(
                Conflict(
                    _conflict_id(r["tbl"], r["row_key"], r["field"]),
                    r["tbl"],
                    tuple(json.loads(r["row_key"])),
                    r["field"],
                    tuple(sync_envelope.decode_value(value) for _, value in heads),
                    datetime.fromisoformat(r["detected_at"]),
                )
            )
        return conflicts

    def resolve(self, conflict_id: str, keep: int, now: datetime, keys: dict[str, bytes]) -> None:
        """Keep the value of head number `keep` (in version order): a new version
        that replaces every head, sealed into the outbox at once, so the choice
        travels to every replica like an edit and ends the conflict there too."""
        conflict = next((c for c in self.open_conflicts() if c.id == conflict_id), None)
        if conflict is None:
            return
        table = BY_NAME[conflict.table]
        row_key = json.dumps(list(conflict.row_key))
        with self._db.transaction():
            self.capture(now, keys)  # what was written before stays its own change
            heads = self._heads(table.name, row_key, conflict.field)
            chosen = heads[keep][1]
            version = self._stamp(now)
            bases = [head for head, _ in heads]
            self._add_version(table.name, row_key, conflict.field, version, bases, chosen)
            self._remember(table.name, row_key, conflict.field, chosen, version)
            self._update_conflict(table.name, row_key, conflict.field)
            self._db.execute("UPDATE sync_guard SET capturing = 0")
            self._write(table, row_key, {conflict.field: chosen}, exists=True)
            self._db.execute("UPDATE sync_guard SET capturing = 1")
            change = {
                "t": table.name,
                "k": row_key,
                "f": {conflict.field: [chosen, version, bases]},
            }
            self._seal_into_outbox(table.channel, [change], keys, now)

    def duplicates(self) -> list[Duplicate]:
        """Rows made apart on two PCs that the clinic may hold twice: a unique
        name taken on both (the greater id carries a piece of its id, see
        _make_unique) and clients registered with one identity number. Derived
        from the rows, so the same on every replica."""
        found: list[Duplicate] = []
        for unique in UNIQUE_FIELDS:
            column = unique.column
            rows = self._db.query(
                f"SELECT id, {column} AS value FROM {unique.table} WHERE"
                f" substr({column}, -length(replace(?, '{{}}', substr(id, 1, 6))))"
                f" = replace(?, '{{}}', substr(id, 1, 6)) ORDER BY id",
                (unique.suffix, unique.suffix),
            )
            for row in rows:
                value = str(row["value"])
                base = value[: -len(unique.suffix.format(str(row["id"])[:6]))]
                # A name cut to fit (max_length) is the start of the one it met.
                cut = len(value) == unique.max_length
                kept = self._db.query(
                    f"SELECT id FROM {unique.table} WHERE {column} = ? COLLATE NOCASE"
                    f" OR (? AND lower(substr({column}, 1, ?)) = lower(?)) ORDER BY id",
                    (base, cut, len(base), base),
                )
                others = tuple(str(r["id"]) for r in kept if r["id"] != row["id"])
                if others:
                    found.append(Duplicate(unique.table, column, base, (*others, str(row["id"]))))
        groups = self._db.query(
            "SELECT identity_number, group_concat(id, ' ') AS ids FROM ("
            " SELECT identity_number, id FROM clients WHERE identity_number IS NOT NULL"
            " ORDER BY id) GROUP BY identity_number HAVING count(*) > 1 ORDER BY min(id)"
        )
        for group in groups:
            ids = tuple(sorted(str(group["ids"]).split()))
            number = str(group["identity_number"])
            found.append(Duplicate("clients", "identity_number", number, ids))
        return found

    def clashes(self, since: datetime) -> list[Clash]:
        """Visits from `since` on that overlap in one room, or for one counselor or
        client, neither cancelled nor booked over on purpose (with a reason):
        double bookings made offline on two PCs. The same on every replica,
        until one moves. (Past ones are history: the index keeps this quick.)"""
        rows = self._db.query(
            "SELECT a.id AS first, b.id AS second FROM appointments a"
            " JOIN appointments b ON b.starts_at >= a.starts_at AND b.starts_at < a.ends_at"
            "  AND b.id <> a.id AND (b.starts_at > a.starts_at OR b.id > a.id)"
            " WHERE a.starts_at >= ? AND a.status NOT LIKE 'cancelled%'"
            "  AND b.status NOT LIKE 'cancelled%'"
            "  AND a.override_reason = '' AND b.override_reason = ''"
            "  AND (a.room_id = b.room_id OR a.client_id = b.client_id OR EXISTS ("
            "   SELECT 1 FROM appointment_counselors x JOIN appointment_counselors y"
            "   ON x.user_id = y.user_id WHERE x.appointment_id = a.id"
            "   AND y.appointment_id = b.id))"
            " ORDER BY a.starts_at, a.id, b.id",
            (to_db_time(since),),
        )
        return [Clash(r["first"], r["second"]) for r in rows]


def _unique_values(unique: UniqueField, value: str, row_id: str) -> dict[str, str]:
    suffix = unique.suffix.format(row_id[:6])
    if unique.max_length is not None:
        value = value[: unique.max_length - len(suffix)]
    made = {unique.column: value + suffix}
    if unique.folded is not None:
        made[unique.folded] = made[unique.column].casefold()
    return made


def _conflict_id(name: str, row_key: str, field: str) -> str:
    return hashlib.sha256("\x00".join((name, row_key, field)).encode()).hexdigest()[:32]


def _from_image(kind: str, value: object) -> object:
    return bytes.fromhex(str(value)) if kind == "blob" else value


def synced_table_names() -> list[str]:
    return [table.name for table in SYNCED_TABLES]


__all__ = [
    "EDITABLE",
    "Clash",
    "Conflict",
    "Duplicate",
    "OutgoingEnvelope",
    "Replica",
    "synced_table_names",
]


def copy_for_new_device(database: Database, key: bytes, target: Path, origin: str) -> None:
    """An encrypted copy of `database` at `target` that becomes a workstation
    of its own: a new access-log origin `origin` (its own chain, its own device id on
    the server) and an empty outbox (what this PC has not pushed is its own to
    push). Everything else, the versions and the pull cursor included, is
    common: the copy pulls only what it does not hold."""
    database.copy_to(target)
    copy = Database.open(target, key)
    try:
        with copy.transaction():
            copy.execute("DELETE FROM meta WHERE key IN ('origin', ?)", (_HLC,))
            copy.execute("INSERT INTO meta (key, value) VALUES ('origin', ?)", (origin,))
            copy.execute("DELETE FROM sync_outbox")
            copy.execute("DELETE FROM sync_dirty")
            # The original's connection is its own role's: the copy gets one of its own.
            copy.execute(
                "DELETE FROM meta WHERE key IN ('sync_dsn', 'sync_offline_since', 'sync_last_ok')"
            )
    finally:
        copy.close()
