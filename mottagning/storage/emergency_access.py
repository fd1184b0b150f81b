"""Emergency accesses (nödåtkomst) <-> rows of `emergency_accesses`: who read a
journal outside their own clients, why (sealed under the journal key, like the
journal), and the clinic lead's review of it."""

from datetime import datetime

from mottagning.models.journal import EmergencyAccess
from mottagning.storage.codec import from_db_time, optional_time, to_db_time
from mottagning.storage.database import Database, Row
from mottagning.storage.journal_cipher import JournalSeal

_REASON, _REVIEW = "emergency_accesses.reason", "emergency_accesses.review_note"
_COLUMNS = (
    "id, client_id, user_id, reason, granted_at, expires_at, reviewed_at, reviewed_by, review_note"
)


class EmergencyAccessRepository:
    def __init__(self, database: Database, journal: JournalSeal) -> None:
        self._db = database
        self._journal = journal

    def add(self, access: EmergencyAccess) -> None:
        self._db.execute(
            "INSERT INTO emergency_accesses (id, client_id, user_id, reason, granted_at,"
            " expires_at, review_note) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                access.id,
                access.client_id,
                access.user_id,
                self._journal.seal(_REASON, access.id, access.reason),
                to_db_time(access.granted_at),
                to_db_time(access.expires_at),
                self._journal.seal(_REVIEW, access.id, ""),
            ),
        )

    def is_open(self, user_id: str, client_id: str, now: datetime) -> bool:
        """Whether `user_id` may read the client's journal now (no key needed)."""
        found = self._db.scalar(
            "SELECT 1 FROM emergency_accesses WHERE user_id = ? AND client_id = ?"
            " AND granted_at <= ? AND expires_at > ? LIMIT 1",
            (user_id, client_id, to_db_time(now), to_db_time(now)),
        )
        return found is not None

    def open_at(self, user_id: str, client_id: str, now: datetime) -> EmergencyAccess | None:
        """The user's emergency access to the client in force at `now` (the latest)."""
        rows = self._db.query(
            f"SELECT {_COLUMNS} FROM emergency_accesses WHERE user_id = ? AND client_id = ?"
            " AND granted_at <= ? AND expires_at > ? ORDER BY granted_at DESC LIMIT 1",
            (user_id, client_id, to_db_time(now), to_db_time(now)),
        )
        return self._access(rows[0]) if rows else None

    def all(self, *, unreviewed_only: bool = False) -> list[EmergencyAccess]:
        where = "WHERE reviewed_at IS NULL" if unreviewed_only else ""
        rows = self._db.query(
            f"SELECT {_COLUMNS} FROM emergency_accesses {where} ORDER BY granted_at DESC"
        )
        return [self._access(r) for r in rows]

    def _access(self, r: Row) -> EmergencyAccess:
        return EmergencyAccess(
            r["id"],
            r["client_id"],
            r["user_id"],
            self._journal.open(_REASON, r["id"], r["reason"]),
            from_db_time(r["granted_at"]),
            from_db_time(r["expires_at"]),
            optional_time(r["reviewed_at"]),
            r["reviewed_by"],
            self._journal.open(_REVIEW, r["id"], r["review_note"]),
        )

    def review(self, access_id: str, reviewer: str, note: str, now: datetime) -> None:
        self._db.execute(
            "UPDATE emergency_accesses SET reviewed_at = ?, reviewed_by = ?, review_note = ?"
            " WHERE id = ? AND reviewed_at IS NULL",
            (to_db_time(now), reviewer, self._journal.seal(_REVIEW, access_id, note), access_id),
        )
