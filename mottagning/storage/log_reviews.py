"""Documented log reviews <-> rows of `log_reviews` (insert-only)."""

from datetime import date

from mottagning.models.access_log import LogReview
from mottagning.storage.codec import from_db_time, to_db_time
from mottagning.storage.database import Database

_COLUMNS = "id, reviewer_id, period_from, period_to, scope, findings, created_at"


class LogReviewRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    def add(self, review: LogReview) -> None:
        self._db.execute(
            f"INSERT INTO log_reviews ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                review.id,
                review.reviewer_id,
                review.period_from.isoformat(),
                review.period_to.isoformat(),
                review.scope,
                review.findings,
                to_db_time(review.created_at),
            ),
        )

    def all(self) -> list[LogReview]:
        rows = self._db.query(f"SELECT {_COLUMNS} FROM log_reviews ORDER BY created_at DESC")
        return [
            LogReview(
                id=row["id"],
                reviewer_id=row["reviewer_id"],
                period_from=date.fromisoformat(row["period_from"]),
                period_to=date.fromisoformat(row["period_to"]),
                scope=row["scope"],
                findings=row["findings"],
                created_at=from_db_time(row["created_at"]),
            )
            for row in rows
        ]
