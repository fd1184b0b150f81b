"""Questionnaire administrations <-> rows of `measure_results` (insert-only)."""

import json
from datetime import date

from mottagning.models.measures import MeasureRecord
from mottagning.storage.codec import from_db_time, to_db_time
from mottagning.storage.database import Database, Row

_COLUMNS = (
    "id, client_id, instrument_id, definition_version, appointment_id, administered_on, answers,"
    " total, band, flags, scorable, recorded_by, created_at, note_id"
)


def _record(row: Row) -> MeasureRecord:
    return MeasureRecord(
        id=row["id"],
        client_id=row["client_id"],
        instrument_id=row["instrument_id"],
        definition_version=row["definition_version"],
        appointment_id=row["appointment_id"],
        administered_on=date.fromisoformat(row["administered_on"]),
        answers=tuple(json.loads(row["answers"])),
        total=row["total"],
        band=row["band"],
        flags=tuple(json.loads(row["flags"])),
        scorable=bool(row["scorable"]),
        recorded_by=row["recorded_by"],
        created_at=from_db_time(row["created_at"]),
        note_id=row["note_id"],
    )


class MeasureRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    def add(self, record: MeasureRecord) -> None:
        self._db.execute(
            f"INSERT INTO measure_results ({_COLUMNS}) VALUES ({', '.join('?' * 14)})",
            (
                record.id,
                record.client_id,
                record.instrument_id,
                record.definition_version,
                record.appointment_id,
                record.administered_on.isoformat(),
                json.dumps(list(record.answers)),
                record.total,
                record.band,
                json.dumps(list(record.flags)),
                int(record.scorable),
                record.recorded_by,
                to_db_time(record.created_at),
                record.note_id,
            ),
        )

    def for_client(self, client_id: str) -> list[MeasureRecord]:
        """Oldest first, by instrument and date."""
        rows = self._db.query(
            f"SELECT {_COLUMNS} FROM measure_results WHERE client_id = ?"
            " ORDER BY instrument_id, administered_on, created_at",
            (client_id,),
        )
        return [_record(row) for row in rows]

    def latest_dates(self, client_ids: list[str]) -> dict[tuple[str, str], date]:
        """(client, instrument) -> the last administration, for "measure due"."""
        if not client_ids:
            return {}
        rows = self._db.query(
            "SELECT client_id, instrument_id, max(administered_on) AS last FROM measure_results"
            f" WHERE client_id IN ({', '.join('?' * len(client_ids))})"
            " GROUP BY client_id, instrument_id",
            client_ids,
        )
        return {(r["client_id"], r["instrument_id"]): date.fromisoformat(r["last"]) for r in rows}
