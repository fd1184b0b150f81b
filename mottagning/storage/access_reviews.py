"""Confidentiality reviews before a client reads their record: the texts as
they are to be released (sealed like the journal), and the release."""

from datetime import datetime

from mottagning.storage.codec import optional_time, to_db_time
from mottagning.storage.database import Database
from mottagning.storage.journal_cipher import JournalSeal

RELEASED = "access_review_items.released"


class AccessReviewRepository:
    def __init__(self, database: Database, journal: JournalSeal) -> None:
        self._db = database
        self._journal = journal

    def start(self, review_id: str, client_id: str, user_id: str, now: datetime) -> None:
        self._db.execute(
            "INSERT INTO access_reviews (id, client_id, started_by, started_at)"
            " VALUES (?, ?, ?, ?)",
            (review_id, client_id, user_id, to_db_time(now)),
        )

    def review(self, review_id: str) -> tuple[str, datetime | None] | None:
        """(client id, released at) of the review."""
        row = self._db.query_one(
            "SELECT client_id, released_at FROM access_reviews WHERE id = ?", (review_id,)
        )
        return None if row is None else (row["client_id"], optional_time(row["released_at"]))

    def mark(self, review_id: str, key: str, text: str, user_id: str, now: datetime) -> None:
        item_id = f"{review_id}:{key}"
        self._db.execute(
            "INSERT INTO access_review_items (id, review_id, item_key, released, marked_by,"
            " marked_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
            " released = excluded.released, marked_by = excluded.marked_by,"
            " marked_at = excluded.marked_at",
            (
                item_id,
                review_id,
                key,
                self._journal.seal(RELEASED, item_id, text),
                user_id,
                to_db_time(now),
            ),
        )

    def marked(self, review_id: str) -> dict[str, str]:
        """Item key -> the text to release, for the items the reviewer changed."""
        rows = self._db.query(
            "SELECT id, item_key, released FROM access_review_items WHERE review_id = ?",
            (review_id,),
        )
        return {r["item_key"]: self._journal.open(RELEASED, r["id"], r["released"]) for r in rows}

    def release(self, review_id: str, user_id: str, now: datetime, sha256: str) -> None:
        self._db.execute(
            "UPDATE access_reviews SET released_by = ?, released_at = ?, document_hash = ?"
            " WHERE id = ? AND released_at IS NULL",
            (user_id, to_db_time(now), sha256, review_id),
        )
