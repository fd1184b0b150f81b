"""Outward work <-> rows of `outward_work` and `outward_work_staff`.
Entries are removed (kept, uncounted), never deleted."""

from datetime import date, datetime

from mottagning.models.outward_work import Audience, OutwardKind, OutwardWork
from mottagning.storage.codec import from_db_time, to_db_time
from mottagning.storage.database import Database, Row

_COLUMNS = (
    "w.id, w.occurred_on, w.kind, w.audience, w.description, w.participants, w.hours,"
    " w.recorded_by, w.created_at, w.updated_at,"
    " (SELECT group_concat(user_id) FROM outward_work_staff WHERE work_id = w.id) AS staff"
)


def _work(row: Row) -> OutwardWork:
    return OutwardWork(
        id=row["id"],
        occurred_on=date.fromisoformat(row["occurred_on"]),
        kind=OutwardKind(row["kind"]),
        audience=Audience(row["audience"]),
        description=row["description"],
        participants=row["participants"],
        hours=row["hours"],
        staff_ids=frozenset(row["staff"].split(",")) if row["staff"] else frozenset(),
        recorded_by=row["recorded_by"],
        created_at=from_db_time(row["created_at"]),
        updated_at=from_db_time(row["updated_at"]),
    )


class OutwardWorkRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    def add(self, work: OutwardWork) -> None:
        self._db.execute(
            "INSERT INTO outward_work (id, occurred_on, kind, audience, description, participants,"
            " hours, recorded_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                work.id,
                work.occurred_on.isoformat(),
                work.kind.value,
                work.audience.value,
                work.description,
                work.participants,
                work.hours,
                work.recorded_by,
                to_db_time(work.created_at),
                to_db_time(work.updated_at),
            ),
        )
        self._write_staff(work)

    def update(self, work: OutwardWork) -> None:
        self._db.execute(
            "UPDATE outward_work SET occurred_on = ?, kind = ?, audience = ?, description = ?,"
            " participants = ?, hours = ?, updated_at = ? WHERE id = ? AND removed_at IS NULL",
            (
                work.occurred_on.isoformat(),
                work.kind.value,
                work.audience.value,
                work.description,
                work.participants,
                work.hours,
                to_db_time(work.updated_at),
                work.id,
            ),
        )
        self._db.execute("DELETE FROM outward_work_staff WHERE work_id = ?", (work.id,))
        self._write_staff(work)

    def _write_staff(self, work: OutwardWork) -> None:
        self._db.execute_many(
            "INSERT INTO outward_work_staff (work_id, user_id) VALUES (?, ?)",
            [(work.id, user_id) for user_id in sorted(work.staff_ids)],
        )

    def remove(self, work_id: str, now: datetime) -> None:
        self._db.execute(
            "UPDATE outward_work SET removed_at = ?, updated_at = ? WHERE id = ?",
            (to_db_time(now), to_db_time(now), work_id),
        )

    def get(self, work_id: str) -> OutwardWork | None:
        row = self._db.query_one(
            f"SELECT {_COLUMNS} FROM outward_work w WHERE w.id = ? AND w.removed_at IS NULL",
            (work_id,),
        )
        return _work(row) if row else None

    def between(self, first: date, last: date) -> list[OutwardWork]:
        """Oldest first."""
        rows = self._db.query(
            f"SELECT {_COLUMNS} FROM outward_work w WHERE w.removed_at IS NULL"
            " AND w.occurred_on BETWEEN ? AND ? ORDER BY w.occurred_on, w.created_at",
            (first.isoformat(), last.isoformat()),
        )
        return [_work(row) for row in rows]
