"""Outcome measures: record a questionnaire, follow change, know what is due.

Scoring is the plain-Python engine in mottagning.scoring; this service adds
need to know, storage, the access log, and the journal: an answer that raises
a flag (PHQ-9 item 9, CORE risk items) starts a draft note for the counselor
to complete with their assessment and sign.
"""

import json
import logging
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from mottagning.errors import InvalidInput, LicensedTextRejected, NotFound
from mottagning.i18n import Text
from mottagning.models.access_log import LogAction
from mottagning.models.calendar import Appointment, AppointmentStatus
from mottagning.models.clients import Gender
from mottagning.models.journal import NoteType
from mottagning.models.measures import MeasureRecord
from mottagning.scoring import (
    ChangeResult,
    Instrument,
    InstrumentFileError,
    InvalidAnswers,
    ScoreResult,
    UnknownInstrument,
    all_instruments,
    apply_licensed_text,
    classify_change,
    load_instrument,
    score,
)
from mottagning.services.context import Context
from mottagning.services.journal import JournalService
from mottagning.services.need_to_know import NeedToKnow
from mottagning.services.permissions import Action, is_allowed
from mottagning.storage.calendar import CalendarRepository
from mottagning.storage.clients import ClientRepository
from mottagning.storage.measures import MeasureRepository
from mottagning.storage.treatment_plans import TreatmentPlanRepository

log = logging.getLogger(__name__)

_LICENSED_TEXT = "licensed_text."  # + instrument id: the clinic's own wording of a form
_SEX = {Gender.WOMAN: "female", Gender.MAN: "male"}  # others: the sex-neutral norms


@dataclass(frozen=True)
class Progress:
    """One administration in a series: as recorded, rescored, and compared with the first."""

    record: MeasureRecord
    result: ScoreResult
    change: ChangeResult | None  # None for the first


def _answers_field() -> Text:
    return Text("Fields", "Answers")


def scored(gender: Gender, instrument_id: str, answers: Sequence[int | None]) -> ScoreResult:
    """The scoring a recorded questionnaire keeps, with the client's norm group;
    refuses impossible answers whole. The one rule for the service and for
    the synthetic clinic."""
    try:
        load_instrument(instrument_id)
        return score(instrument_id, list(answers), sex=_SEX.get(gender))
    except UnknownInstrument:
        raise NotFound(what=Text("Things", "questionnaire")) from None
    except InvalidAnswers:
        raise InvalidInput(
            field=_answers_field(),
            problem=Text("Fields", "every answer must be one of the scale's values"),
        ) from None


def measure_record(
    client_id: str,
    instrument_id: str,
    answers: Sequence[int | None],
    result: ScoreResult,
    *,
    appointment_id: str | None,
    administered_on: date,
    recorded_by: str,
    created_at: datetime,
    note_id: str | None,
) -> MeasureRecord:
    """What is kept of an administration: the answers and the scoring at the time."""
    return MeasureRecord(
        id=str(uuid.uuid4()),
        client_id=client_id,
        instrument_id=instrument_id,
        definition_version=result.definition_version,
        appointment_id=appointment_id,
        administered_on=administered_on,
        answers=tuple(answers),
        total=float(result.total) if result.total is not None else None,
        band=result.band.key if result.band else None,
        flags=result.flag_ids,
        scorable=result.scorable,
        recorded_by=recorded_by,
        created_at=created_at,
        note_id=note_id,
    )


class MeasureService:
    def __init__(self, context: Context, need_to_know: NeedToKnow, journal: JournalService) -> None:
        self._ctx = context
        self._need_to_know = need_to_know
        self._journal = journal
        self._records = MeasureRepository(context.db, context.journal)
        self._clients = ClientRepository(context.db)
        self._plans = TreatmentPlanRepository(context.db, context.journal)
        self._calendar = CalendarRepository(context.db)

    # --- Definitions, with the clinic's own text -------------------------------------------

    def instruments(self) -> list[Instrument]:
        """Every questionnaire, each with the wording the clinic loaded for it."""
        self._ctx.require(Action.READ_JOURNAL)
        return [self._with_clinic_text(instrument) for instrument in all_instruments()]

    def instrument(self, instrument_id: str) -> Instrument:
        self._ctx.require(Action.READ_JOURNAL)
        try:
            return self._with_clinic_text(load_instrument(instrument_id))
        except UnknownInstrument:
            raise NotFound(what=Text("Things", "questionnaire")) from None

    def load_licensed_text(self, instrument_id: str, text: str, file_name: str) -> Instrument:
        """Keep the clinic's own wording of a form (a licence's text, or the official
        Swedish form where none ships): checked against the questionnaire, then used
        wherever it is given. Wording only: scoring stays as shipped."""
        self._ctx.require(Action.EDIT_CLINIC_SETTINGS)
        shipped = self.instrument(instrument_id)
        try:
            data = json.loads(text)
            licensed = apply_licensed_text(load_instrument(instrument_id), data, file_name)
        except (ValueError, InstrumentFileError) as error:
            problem = error.problem if isinstance(error, InstrumentFileError) else str(error)
            raise LicensedTextRejected(
                file=file_name, instrument=shipped.short_name, problem=problem
            ) from None
        with self._ctx.db.transaction():
            self._ctx.clinic.settings.set(
                _LICENSED_TEXT + instrument_id,
                {"file": file_name, "data": data},
                self._ctx.clinic.clock.now(),
                self._ctx.actor.id,
            )
            self._ctx.record(
                LogAction.CLINIC_SETTINGS_CHANGED,
                target_type="licensed_text",
                target_id=instrument_id,
                detail=licensed.licensed_text_source or "",
            )
        return licensed

    def _with_clinic_text(self, instrument: Instrument) -> Instrument:
        stored = self._ctx.clinic.settings.get(_LICENSED_TEXT + instrument.id)
        if not stored:
            return instrument
        try:
            return apply_licensed_text(instrument, stored["data"], stored["file"])
        except InstrumentFileError:
            # A later version changed the form (an item more): the old text no longer fits.
            log.warning("the clinic's text for %s no longer fits; shown as shipped", instrument.id)
            return instrument

    # --- Recording ----------------------------------------------------------------------

    def record(
        self,
        client_id: str,
        instrument_id: str,
        answers: Sequence[int | None],
        appointment_id: str | None = None,
        administered_on: date | None = None,
    ) -> tuple[MeasureRecord, ScoreResult]:
        """Score and keep one administration; refuses impossible answers whole."""
        self._need_to_know.require(client_id, Action.RECORD_MEASURES)
        client = self._clients.get(client_id)
        assert client is not None  # need to know found it
        day = administered_on or self._ctx.clinic.today()
        if day > self._ctx.clinic.today():
            raise InvalidInput(
                field=Text("Fields", "Date"), problem=Text("Fields", "the date is in the future")
            )
        result = scored(client.gender, instrument_id, answers)
        with self._ctx.db.transaction():
            note_id = self._flag_note(client_id, instrument_id, result, day, appointment_id)
            record = measure_record(
                client_id,
                instrument_id,
                answers,
                result,
                appointment_id=appointment_id,
                administered_on=day,
                recorded_by=self._ctx.actor.id,
                created_at=self._ctx.clinic.clock.now(),
                note_id=note_id,
            )
            self._records.add(record)
            self._ctx.record(
                LogAction.MEASURE_RECORDED,
                client_id=client_id,
                target_type="measure",
                target_id=record.id,
                detail=instrument_id + (" flag" if result.flags or result.unchecked_flags else ""),
            )
        return record, result

    def _flag_note(
        self,
        client_id: str,
        instrument_id: str,
        result: ScoreResult,
        day: date,
        appointment_id: str | None,
    ) -> str | None:
        """A draft note for a raised flag, or a risk item left unanswered: the
        counselor completes it with their assessment and signs it."""
        if not result.flags and not result.unchecked_flags:
            return None
        instrument = load_instrument(instrument_id)
        lines = [
            f"{instrument.short_name} {day.isoformat()}: "
            + (f"{result.total}" if result.total is not None else "ej skattningsbar")
            + (f" ({result.band.label.text('sv')})" if result.band else ""),
            "",
            "Flagga:",
            *[f"- {flag.meaning.text('sv')}" for flag in result.flags],
            *[
                f"- Obesvarad fråga som kan ge flagga ({flag}): fråga klienten."
                for flag in result.unchecked_flags
            ],
            "",
            "Bedömning och åtgärd:",
            "",
        ]
        note = self._journal.start_note(
            client_id, NoteType.MEASURE, day, appointment_id, body="\n".join(lines)
        )
        return note.id

    # --- Reading ------------------------------------------------------------------------

    def preview(
        self, client_id: str, instrument_id: str, answers: Sequence[int | None]
    ) -> ScoreResult:
        """Score answers as they are typed, with the client's norm group, storing and
        logging nothing (the form shows the score live before it is saved)."""
        self._need_to_know.require(client_id, Action.RECORD_MEASURES)
        client = self._clients.get(client_id)
        try:
            return score(
                instrument_id, list(answers), sex=_SEX.get(client.gender) if client else None
            )
        except UnknownInstrument:
            raise NotFound(what=Text("Things", "questionnaire")) from None
        except InvalidAnswers:
            raise InvalidInput(
                field=_answers_field(),
                problem=Text("Fields", "every answer must be one of the scale's values"),
            ) from None

    def progress_all(self, client_id: str) -> dict[str, list[Progress]]:
        """Every instrument's series at once: one read, one access-log entry."""
        records = self.results(client_id)
        client = self._clients.get(client_id)
        sex = _SEX.get(client.gender) if client else None
        return {
            instrument_id: self._series(
                instrument_id, [r for r in records if r.instrument_id == instrument_id], sex
            )
            for instrument_id in dict.fromkeys(r.instrument_id for r in records)
        }

    def results(self, client_id: str) -> list[MeasureRecord]:
        self._need_to_know.require(client_id)
        self._ctx.record(LogAction.JOURNAL_READ, client_id=client_id, detail="measures")
        return self._records.for_client(client_id)

    def progress(self, client_id: str, instrument_id: str) -> list[Progress]:
        """The instrument's administrations, oldest first, each compared with the first
        scorable one (reliable and clinically significant change)."""
        records = [r for r in self.results(client_id) if r.instrument_id == instrument_id]
        client = self._clients.get(client_id)
        return self._series(instrument_id, records, _SEX.get(client.gender) if client else None)

    @staticmethod
    def _series(
        instrument_id: str, records: list[MeasureRecord], sex: str | None
    ) -> list[Progress]:
        series: list[Progress] = []
        baseline: ScoreResult | None = None
        for record in records:
            result = score(instrument_id, list(record.answers), sex=sex)
            change = classify_change(instrument_id, baseline, result) if baseline else None
            series.append(Progress(record, result, change))
            if baseline is None and result.scorable:
                baseline = result
        return series

    # --- Due ------------------------------------------------------------------------------

    def due(self, appointments: Sequence[Appointment]) -> dict[str, list[str]]:
        """Appointment id -> questionnaires the client's plan asks for at that visit.

        A plan says "every N visits": an instrument is due when N attended visits
        have passed since it was last given (or since the start). Only for clients
        the actor needs to know; nothing for an administrator."""
        if not appointments or not is_allowed(self._ctx.actor.role, Action.READ_JOURNAL):
            return {}
        due: dict[str, list[str]] = {}
        for appointment in appointments:
            client_id = appointment.client_id
            if client_id is None or not self._may_read_quietly(client_id):
                continue
            plans = self._plans.of_client(client_id)
            if not plans or not plans[-1].measures:
                continue
            visits = self._calendar.client_appointments(client_id)
            latest = self._records.latest_dates([client_id])
            for planned in plans[-1].measures:
                given = latest.get((client_id, planned.instrument_id))
                attended = [
                    v
                    for v in visits
                    if v.status is AppointmentStatus.ATTENDED
                    and v.starts_at < appointment.starts_at
                    and (
                        given is None
                        or v.starts_at.astimezone(self._ctx.clinic.zone).date() >= given
                    )
                ]
                # Never given: due until it is (the first measurement is the baseline).
                if given is None or len(attended) >= planned.every_sessions:
                    due.setdefault(appointment.id, []).append(planned.instrument_id)
        return due

    def _may_read_quietly(self, client_id: str) -> bool:
        try:
            return self._need_to_know.may_read(client_id)
        except NotFound:
            return False
