"""The access log: append-only rows sealed into a hash chain.

Entry n carries mac_n = HMAC(k, mac_{n-1} || entry_n), with k derived from the
database key. Changing, removing or reordering any entry breaks every mac from
there on; `verify` names the first broken one. Triggers refuse UPDATE and
DELETE as a first line; the chain is what proves it.

The head of the chain (origin, seq, mac) is also kept outside the database,
beside the key slots, rewritten after every commit that logs (chain_head.py).
A copy of an older database file put back in place, or commits lost to a
damaged write-ahead log, decrypt and verify fine on their own, so only that
outside head reveals them.
"""

import hmac
import json
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from mottagning.models.access_log import ChainReport, LogAction, LogEntry, LogEvent, LogQuery
from mottagning.storage import crypto
from mottagning.storage.chain_head import ChainHead, EntrySummary
from mottagning.storage.codec import from_db_time, to_db_time
from mottagning.storage.database import Database, Row

if TYPE_CHECKING:
    from mottagning.storage.log_trust import SignatureCheck

_SEAL_PURPOSE = b"mottagning access-log seal v1"
_BATCH = 5000
_GENESIS = bytes(32)
_COLUMNS = (
    "id, origin, seq, at, user_id, action, client_id, target_type, target_id,"
    " detail, workstation, mac, signer_key_id, signature"
)
_SIGNING_CONTEXT = b"mottagning log entry v1\x00"


@dataclass(frozen=True, repr=False)
class LogSigner:
    """A person's signing key, as their session holds it: every entry they
    cause carries their signature over its place in the chain."""

    key_id: str
    private_key: bytes
    _loaded: crypto.Signer = field(init=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_loaded", crypto.Signer(self.private_key))

    def sign(self, mac_hex: str) -> str:
        return self._loaded.sign(signing_message(mac_hex)).hex()

    def __repr__(self) -> str:
        return f"LogSigner({self.key_id!r})"


def signing_message(mac_hex: str) -> bytes:
    """What an entry's signature signs: its mac, which seals the entry's
    fields and, through the chain, every entry before it."""
    return _SIGNING_CONTEXT + bytes.fromhex(mac_hex)


def _entry(row: Row) -> LogEntry:
    return LogEntry(
        id=row["id"],
        origin=row["origin"],
        seq=row["seq"],
        at=from_db_time(row["at"]),
        action=LogAction(row["action"]),
        user_id=row["user_id"],
        client_id=row["client_id"],
        target_type=row["target_type"],
        target_id=row["target_id"],
        detail=row["detail"],
        workstation=row["workstation"],
        mac=row["mac"],
        signer_key_id=row["signer_key_id"],
    )


def _sealed_fields(row: Row | dict[str, Any]) -> bytes:
    fields = [
        row["id"],
        row["origin"],
        row["seq"],
        row["at"],
        row["user_id"],
        row["action"],
        row["client_id"],
        row["target_type"],
        row["target_id"],
        row["detail"],
        row["workstation"],
    ]
    return json.dumps(fields, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


_SEAL_KEY_META = "log_seal_key"


def log_seal_key(database: Database) -> bytes:
    """The key of the hash chain. Kept in the database since schema 5, so that
    it outlives a rotation of the database key (every mac and every signature
    over one would break otherwise); derived from the database key before."""
    stored = database.scalar("SELECT value FROM meta WHERE key = ?", (_SEAL_KEY_META,))
    return bytes.fromhex(str(stored)) if stored else database.derive_key(_SEAL_PURPOSE)


def keep_log_seal_key(database: Database) -> None:
    """Write the chain's key into the database (schema 5's data step)."""
    database.execute(
        "INSERT OR IGNORE INTO meta (key, value) VALUES (?, ?)",
        (_SEAL_KEY_META, database.derive_key(_SEAL_PURPOSE).hex()),
    )


class AccessLogRepository:
    def __init__(
        self,
        database: Database,
        origin: str,
        workstation: str,
        on_appended: Callable[[], None] | None = None,
    ) -> None:
        """`on_appended` runs after each commit that added entries (the head
        kept outside the database follows every logged change)."""
        self._db = database
        self._origin = origin
        self._workstation = workstation
        self._seal_key = log_seal_key(database)
        self._on_appended = on_appended
        # recent()'s last answer: committed entries never change, so the next
        # call reads only the entries after it (the head is rewritten after
        # every logged commit; reading its 64 entries afresh each time cost
        # more than the rest of the head's upkeep).
        self._recent: list[EntrySummary] = []
        self._recent_count = 0

    @property
    def workstation(self) -> str:
        return self._workstation

    @property
    def origin(self) -> str:
        return self._origin

    def append(self, event: LogEvent, at: datetime, signer: LogSigner) -> LogEntry:
        """Seal, sign and store `event`. Runs inside the caller's transaction when
        there is one, so the logged change and its log entry commit together."""
        with self._db.transaction():
            head = self.head()
            seq, previous = (head.seq, bytes.fromhex(head.mac)) if head else (0, _GENESIS)
            row = self._row(event, at, seq + 1)
            row["mac"] = crypto.mac(self._seal_key, previous + _sealed_fields(row)).hex()
            row.update(signer_key_id=signer.key_id, signature=signer.sign(row["mac"]))
            self._insert([row])
            self._after_commit()
        return _entry(row)

    def _after_commit(self) -> None:
        if self._on_appended is not None:
            self._db.after_commit(self._on_appended)

    def append_many(self, events: Iterable[tuple[LogEvent, datetime, LogSigner]]) -> int:
        """Seal, sign and store many events in order, in one transaction (bulk imports
        and the synthetic clinic): the chain is carried in memory instead of read per row."""
        count = 0
        with self._db.transaction():
            head = self.head()
            seq, previous = (head.seq, bytes.fromhex(head.mac)) if head else (0, _GENESIS)
            batch: list[dict[str, Any]] = []
            for event, at, signer in events:
                seq += 1
                row = self._row(event, at, seq)
                mac = crypto.mac(self._seal_key, previous + _sealed_fields(row))
                row["mac"] = mac.hex()
                row.update(signer_key_id=signer.key_id, signature=signer.sign(row["mac"]))
                previous = mac
                batch.append(row)
                if len(batch) >= _BATCH:
                    self._insert(batch)
                    count += len(batch)
                    batch = []
            self._insert(batch)
            count += len(batch)
            self._after_commit()
        return count

    def _row(self, event: LogEvent, at: datetime, seq: int) -> dict[str, Any]:
        return {
            "id": str(uuid.uuid4()),
            "origin": self._origin,
            "seq": seq,
            "at": to_db_time(at),
            "user_id": event.user_id,
            "action": event.action.value,
            "client_id": event.client_id,
            "target_type": event.target_type,
            "target_id": event.target_id,
            "detail": event.detail,
            "workstation": self._workstation,
        }

    def _insert(self, rows: list[dict[str, Any]]) -> None:
        if rows:
            self._db.execute_many(
                f"INSERT INTO access_log ({_COLUMNS}) VALUES"
                " (:id, :origin, :seq, :at, :user_id, :action, :client_id, :target_type,"
                " :target_id, :detail, :workstation, :mac, :signer_key_id, :signature)",
                rows,
            )

    def head(self, origin: str | None = None) -> ChainHead | None:
        row = self._db.query_one(
            "SELECT origin, seq, mac FROM access_log WHERE origin = ? ORDER BY seq DESC LIMIT 1",
            (origin or self._origin,),
        )
        return None if row is None else ChainHead(row["origin"], row["seq"], row["mac"])

    def recent(self, count: int) -> list[EntrySummary]:
        """This origin's last `count` entries in brief, newest last (only the
        columns before `detail`: a long detail's overflow pages are not read)."""
        known = self._recent
        # Inside a transaction, entries may yet roll back: not taken from or kept.
        if known and count == self._recent_count and not self._db.in_transaction:
            newer = self._summaries(
                "SELECT seq, at, action FROM access_log WHERE origin = ? AND seq > ?"
                " ORDER BY seq LIMIT ?",
                (self._origin, known[-1].seq, count),
            )
            # Taken only when the entries follow on and the last one known is
            # still there: anything else (a database put back) reads afresh.
            follows = newer[0].seq == known[-1].seq + 1 if newer else True
            last = self.head()
            if follows and last is not None and last.seq == (newer or known)[-1].seq:
                self._recent = (known + newer)[-count:]
                return list(self._recent)
        rows = self._summaries(
            "SELECT seq, at, action FROM access_log WHERE origin = ? ORDER BY seq DESC LIMIT ?",
            (self._origin, count),
        )
        rows.reverse()
        self._recent, self._recent_count = ([], 0) if self._db.in_transaction else (rows, count)
        return list(rows)

    def _summaries(self, sql: str, parameters: tuple[Any, ...]) -> list[EntrySummary]:
        return [
            EntrySummary(row["seq"], from_db_time(row["at"]), LogAction(row["action"]))
            for row in self._db.query(sql, parameters)
        ]

    def accounts_created_before(self, seq: int) -> set[str]:
        """The accounts this origin's log shows made before entry `seq`: where
        signatures began, these are the accounts made before signing keys."""
        rows = self._db.query(
            "SELECT action, user_id, target_id FROM access_log WHERE origin = ? AND seq < ?"
            " AND action IN (?, ?)",
            (self._origin, seq, LogAction.USER_CREATED.value, LogAction.CLINIC_CREATED.value),
        )
        return {
            row["target_id"] if row["action"] == LogAction.USER_CREATED.value else row["user_id"]
            for row in rows
        }

    def mac_at(self, origin: str, seq: int) -> str | None:
        value = self._db.scalar(
            "SELECT mac FROM access_log WHERE origin = ? AND seq = ?", (origin, seq)
        )
        return None if value is None else str(value)

    # --- Reading ------------------------------------------------------------------

    def query(self, query: LogQuery) -> list[LogEntry]:
        where, params = _filters(query)
        rows = self._db.query(
            f"SELECT {_COLUMNS} FROM access_log {where} ORDER BY at DESC, seq DESC"
            " LIMIT ? OFFSET ?",
            [*params, query.limit, query.offset],
        )
        return [_entry(row) for row in rows]

    def count(self, query: LogQuery) -> int:
        where, params = _filters(query)
        return int(self._db.scalar(f"SELECT count(*) FROM access_log {where}", params))

    # --- Verifying ----------------------------------------------------------------

    def verify(self, signatures: "SignatureCheck | None" = None) -> list[ChainReport]:
        """Check every origin's chain from its first entry, and with `signatures`
        every entry's signature; one report per origin, naming the first entry
        that fails."""
        origins = [r["origin"] for r in self._db.query("SELECT DISTINCT origin FROM access_log")]
        return [self._verify_origin(origin, signatures) for origin in sorted(origins)]

    def _verify_origin(self, origin: str, signatures: "SignatureCheck | None") -> ChainReport:
        previous = _GENESIS
        expected_seq = 1
        warnings: set[str] = set()
        for row in self._rows_of(origin):
            if row["seq"] != expected_seq:
                return ChainReport(
                    origin, expected_seq - 1, expected_seq, f"entry {expected_seq} is missing"
                )
            mac = crypto.mac(self._seal_key, previous + _sealed_fields(row))
            if not hmac.compare_digest(mac.hex(), row["mac"]):
                return ChainReport(
                    origin, expected_seq - 1, expected_seq, f"entry {expected_seq} was altered"
                )
            if signatures is not None:
                problem = signatures.problem(origin, row)
                if problem is not None and problem.fatal:
                    return ChainReport(
                        origin,
                        expected_seq - 1,
                        expected_seq,
                        f"entry {expected_seq}: {problem.text}",
                    )
                if problem is not None:
                    warnings.add(problem.text)
            previous = mac
            expected_seq += 1
        return ChainReport(origin, expected_seq - 1, None, warnings=tuple(sorted(warnings)))

    def _rows_of(self, origin: str) -> Iterator[Row]:
        """An origin's entries in order, a batch at a time (a big clinic's log
        does not fit in memory twice)."""
        after = 0
        while True:
            rows = self._db.query(
                f"SELECT {_COLUMNS} FROM access_log WHERE origin = ? AND seq > ?"
                " ORDER BY seq LIMIT ?",
                (origin, after, _BATCH),
            )
            yield from rows
            if len(rows) < _BATCH:
                return
            after = rows[-1]["seq"]


def _filters(query: LogQuery) -> tuple[str, list[Any]]:
    clauses: list[str] = []
    params: list[Any] = []
    if query.since is not None:
        clauses.append("at >= ?")
        params.append(to_db_time(query.since))
    if query.until is not None:
        clauses.append("at < ?")
        params.append(to_db_time(query.until))
    if query.user_id is not None:
        clauses.append("user_id = ?")
        params.append(query.user_id)
    if query.client_id is not None:
        clauses.append("client_id = ?")
        params.append(query.client_id)
    if query.actions:
        clauses.append(f"action IN ({', '.join('?' for _ in query.actions)})")
        params.extend(sorted(str(a) for a in query.actions))
    return ("WHERE " + " AND ".join(clauses) if clauses else ""), params
