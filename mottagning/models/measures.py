"""A questionnaire administration as recorded: the answers, and the score,
band and flags they had when recorded (kept, even if a definition changes)."""

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class MeasureRecord:
    id: str
    client_id: str
    instrument_id: str
    definition_version: int
    appointment_id: str | None
    administered_on: date
    answers: tuple[int | None, ...]  # None: the item was not answered
    total: float | None  # None when not scorable
    band: str | None
    flags: tuple[str, ...]
    scorable: bool
    recorded_by: str
    created_at: datetime
    note_id: str | None  # the journal note a flag started
