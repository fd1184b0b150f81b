"""Questionnaire administrations <-> rows of `measure_results` (insert-only).

The answers and the scoring at the time (total, band, flags, whether it was
scorable) are sealed under the journal key; which questionnaire, for whom and
when stay readable with the database key (what is due, the yearly numbers'
counts). The old plain columns hold placeholders since schema 5."""

from datetime import date

from mottagning.models.measures import MeasureRecord
from mottagning.storage.codec import from_db_time, to_db_time
from mottagning.storage.database import Database, Row
from mottagning.storage.journal_cipher import JournalSeal

_COLUMNS = (
    "id, client_id, instrument_id, definition_version, appointment_id, administered_on, answers,"
    " total, band, flags, scorable, recorded_by, created_at, note_id, result"
)
_ANSWERS, _RESULT = "measure_results.answers", "measure_results.result"


class MeasureRepository:
    def __init__(self, database: Database, journal: JournalSeal) -> None:
        self._db = database
        self._journal = journal

    def _record(self, row: Row) -> MeasureRecord:
        result = self._journal.open_json(_RESULT, row["id"], row["result"])
        return MeasureRecord(
            id=row["id"],
            client_id=row["client_id"],
            instrument_id=row["instrument_id"],
            definition_version=row["definition_version"],
            appointment_id=row["appointment_id"],
            administered_on=date.fromisoformat(row["administered_on"]),
            answers=tuple(self._journal.open_json(_ANSWERS, row["id"], row["answers"])),
            total=result["total"],
            band=result["band"],
            flags=tuple(result["flags"]),
            scorable=bool(result["scorable"]),
            recorded_by=row["recorded_by"],
            created_at=from_db_time(row["created_at"]),
            note_id=row["note_id"],
        )

    def add(self, record: MeasureRecord) -> None:
        self._db.execute(
            f"INSERT INTO measure_results ({_COLUMNS}) VALUES ({', '.join('?' * 15)})",
            (
                record.id,
                record.client_id,
                record.instrument_id,
                record.definition_version,
                record.appointment_id,
                record.administered_on.isoformat(),
                self._journal.seal_json(_ANSWERS, record.id, list(record.answers)),
                None,
                None,
                "[]",
                0,
                record.recorded_by,
                to_db_time(record.created_at),
                record.note_id,
                self._journal.seal_json(
                    _RESULT,
                    record.id,
                    {
                        "total": record.total,
                        "band": record.band,
                        "flags": list(record.flags),
                        "scorable": record.scorable,
                    },
                ),
            ),
        )

    def for_client(self, client_id: str) -> list[MeasureRecord]:
        """Oldest first, by instrument and date."""
        rows = self._db.query(
            f"SELECT {_COLUMNS} FROM measure_results WHERE client_id = ?"
            " ORDER BY instrument_id, administered_on, created_at",
            (client_id,),
        )
        return [self._record(row) for row in rows]

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
