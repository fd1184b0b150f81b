"""The journal side of the synthetic clinic: a signed note after most attended
visits (some still drafts, a few with addenda or corrections), a treatment
plan, questionnaires every fourth visit with scores that mostly improve, and
the access-log entries that reading and writing them leave."""

import random
import uuid
from collections.abc import Sequence
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from mottagning.demo.notes_text import session_note, short_note
from mottagning.models.access_log import LogAction, LogEvent
from mottagning.models.calendar import Appointment, AppointmentStatus
from mottagning.models.clients import Client, Strand
from mottagning.models.journal import (
    Amendment,
    AmendmentKind,
    Author,
    DraftVersion,
    JournalNote,
    NoteStatus,
    NoteType,
    PlannedMeasure,
    TreatmentPlan,
)
from mottagning.scoring import load_instrument
from mottagning.services.measures import measure_record, scored
from mottagning.services.unlocked_clinic import UnlockedClinic
from mottagning.storage.journal import JournalRepository
from mottagning.storage.journal_cipher import JournalSeal
from mottagning.storage.measures import MeasureRepository
from mottagning.storage.treatment_plans import TreatmentPlanRepository

MEASURE_EVERY = 4  # visits between questionnaires, as the plans say
GOALS = (
    "Minska risktagande och hitta andra sätt att hantera ångest.",
    "Bryta mönstret med köp av sex och förstå vad som driver det.",
    "Stabilisera boende och ekonomi; bygga ett stödjande nätverk.",
    "Bearbeta tidigare upplevelser i egen takt och må bättre i vardagen.",
)


class SyntheticJournal:
    def __init__(
        self,
        clinic: UnlockedClinic,
        journal: JournalSeal,
        rng: random.Random,
        log: list[tuple[datetime, LogEvent]],
        zone: ZoneInfo,
        end: datetime,
    ) -> None:
        self._clinic = clinic
        self._rng = rng
        self._log = log  # shared with the rest of the generator, written at the end
        self._zone = zone
        self._end = end
        self._notes = JournalRepository(clinic.db, journal)
        self._plans = TreatmentPlanRepository(clinic.db, journal)
        self._measures = MeasureRepository(clinic.db, journal)
        self._authors: dict[str, Author] = {}

    def _author(self, user_id: str) -> Author:
        if user_id not in self._authors:
            user = self._clinic.users.get(user_id)
            assert user is not None
            self._authors[user_id] = Author(user.id, user.full_name, user.title, user.role.value)
        return self._authors[user_id]

    def _event(self, at: datetime, action: LogAction, user: str, client: str, **kw: str) -> None:
        self._log.append((min(at, self._end), LogEvent(action, user, client, **kw)))

    # --- After a visit ----------------------------------------------------------------

    def after_visit(self, client: Client, counselor: str, visit: Appointment) -> None:
        """The counselor reads up before the visit and writes the note after it."""
        rng = self._rng
        before = visit.starts_at - timedelta(minutes=rng.randint(3, 30))
        self._event(before, LogAction.CLIENT_VIEWED, counselor, client.id)
        self._event(before + timedelta(seconds=20), LogAction.JOURNAL_READ, counselor, client.id)
        if rng.random() > 0.88:
            return  # not every visit gets its own note (a group, a short check-in)
        written = visit.ends_at + timedelta(minutes=rng.randint(2, 40))
        if written >= self._end:
            return
        signed_at = written + timedelta(minutes=rng.randint(5, 90))
        recent = self._end - written < timedelta(days=5)
        draft = (recent and rng.random() < 0.35) or signed_at >= self._end
        body = session_note(rng, rng.randint(3, 9))
        author = self._author(counselor)
        note = JournalNote(
            id=str(uuid.uuid4()),
            client_id=client.id,
            appointment_id=visit.id,
            note_type=NoteType.SESSION,
            note_date=visit.starts_at.astimezone(self._zone).date(),
            body=body,
            author=author,
            status=NoteStatus.DRAFT if draft else NoteStatus.SIGNED,
            created_at=written,
            updated_at=written if draft else signed_at,
            signed_at=None if draft else signed_at,
        )
        self._notes.add_note(note)
        # Writing: the record is opened again, the earlier notes read, the note started.
        self._event(written - timedelta(seconds=30), LogAction.CLIENT_VIEWED, counselor, client.id)
        self._event(written - timedelta(seconds=20), LogAction.JOURNAL_READ, counselor, client.id)
        self._event(
            written,
            LogAction.NOTE_CREATED,
            counselor,
            client.id,
            target_type="note",
            target_id=note.id,
        )
        if draft:
            return
        self._notes.add_version(
            str(uuid.uuid4()), note.id, DraftVersion(body, signed_at, counselor)
        )
        self._event(
            signed_at,
            LogAction.NOTE_SIGNED,
            counselor,
            client.id,
            target_type="note",
            target_id=note.id,
        )
        self._event(
            signed_at + timedelta(days=rng.randint(1, 6)),
            LogAction.JOURNAL_READ,
            counselor,
            client.id,
        )
        self._maybe_amend(note, counselor, signed_at)

    def _maybe_amend(self, note: JournalNote, counselor: str, signed_at: datetime) -> None:
        roll = self._rng.random()
        if roll > 0.03:
            return
        kind = AmendmentKind.CORRECTION if roll < 0.01 else AmendmentKind.ADDENDUM
        at = signed_at + timedelta(days=self._rng.randint(0, 10), hours=1)
        if at >= self._end:
            return
        text = (
            short_note(self._rng)
            if kind is AmendmentKind.ADDENDUM
            else note.body.replace("Klienten", "Klienten själv", 1)
        )
        amendment = Amendment(
            id=str(uuid.uuid4()),
            note_id=note.id,
            kind=kind,
            body=text,
            reason="Felaktig uppgift i första stycket" if kind is AmendmentKind.CORRECTION else "",
            author=self._author(counselor),
            created_at=at,
        )
        self._notes.add_amendment(amendment)
        action = (
            LogAction.NOTE_ADDENDUM if kind is AmendmentKind.ADDENDUM else LogAction.NOTE_CORRECTED
        )
        self._event(at, action, counselor, note.client_id, target_type="note", target_id=note.id)

    # --- Plans and questionnaires ---------------------------------------------------

    def plan_and_measures(
        self,
        client: Client,
        counselor: str,
        visits: Sequence[Appointment],
        every: int = MEASURE_EVERY,
    ) -> None:
        attended = [v for v in visits if v.status is AppointmentStatus.ATTENDED]
        if len(attended) < 2:
            return
        instrument = (
            "core10" if client.strand is Strand.KAST or self._rng.random() < 0.3 else "phq9"
        )
        planned_at = attended[0].ends_at + timedelta(minutes=45)
        if planned_at >= self._end:
            return
        plan = TreatmentPlan(
            id=str(uuid.uuid4()),
            client_id=client.id,
            goals=self._rng.choice(GOALS),
            interventions="Stödsamtal varje eller varannan vecka; skattning var fjärde besök.",
            measures=(PlannedMeasure(instrument, min(every, 52)),),
            review_date=(planned_at + timedelta(days=90)).date(),
            author_id=counselor,
            created_at=planned_at,
        )
        self._plans.add(plan)
        self._event(
            planned_at,
            LogAction.PLAN_SAVED,
            counselor,
            client.id,
            target_type="plan",
            target_id=plan.id,
        )
        severity = self._rng.uniform(0.45, 0.85)  # the share of the maximum at intake
        gain = self._rng.uniform(-0.05, 0.6)  # how much of it the course takes away
        given = attended[::every]
        for index, visit in enumerate(given):
            progress = index / max(1, len(given) - 1)
            level = max(0.0, severity * (1 - gain * progress) + self._rng.gauss(0, 0.06))
            self._record(client, counselor, instrument, visit, level)

    def _record(
        self, client: Client, counselor: str, instrument_id: str, visit: Appointment, level: float
    ) -> None:
        instrument = load_instrument(instrument_id)
        reverse = set(instrument.reverse_items.items)
        answers = [
            self._answer(instrument_id, item.number, level, item.number in reverse)
            for item in instrument.items
        ]
        # Scored and kept by the service's own rules (the client's norm group
        # too); only the writing is in bulk.
        result = scored(client.gender, instrument_id, answers)
        at = visit.ends_at - timedelta(minutes=5)
        record = measure_record(
            client.id,
            instrument_id,
            answers,
            result,
            appointment_id=visit.id,
            administered_on=visit.starts_at.astimezone(self._zone).date(),
            recorded_by=counselor,
            created_at=at,
            note_id=None,
        )
        client_id = client.id
        self._measures.add(record)
        self._event(
            at,
            LogAction.MEASURE_RECORDED,
            counselor,
            client_id,
            target_type="measure",
            target_id=record.id,
            detail=instrument_id,
        )

    def _answer(self, instrument_id: str, item: int, level: float, reverse: bool) -> int:
        """An item answer around `level` (0..1 of the scale: how unwell), risk items
        kept rare, positively worded items answered the other way round."""
        top = 3 if instrument_id == "phq9" else 4
        if (instrument_id, item) in {("phq9", 9), ("core10", 6)}:
            return 1 if self._rng.random() < level * 0.08 else 0
        value = min(top, max(0, round(level * top + self._rng.gauss(0, 0.7))))
        return top - value if reverse else value
