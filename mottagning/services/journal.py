"""The journal: need-to-know reading, drafts saved as typed, signing,
addenda and corrections, search, plans and emergency access.

Need to know: a counselor (or the clinic lead) reads the notes of clients
assigned to them. Reading another client's journal needs a stated reason
(emergency access), which lasts the rest of the day, is logged, and waits
for the clinic lead's review. An administrator reads no notes at all.

Every read of a journal and every change is written to the access log.
Saving a draft on each keystroke is not logged each time: the log records
when a draft is started, each writing session's end (with a snapshot kept in
the draft's history), and the signing.
"""

import json
import uuid
from datetime import date, datetime, time, timedelta
from importlib import resources

from mottagning.errors import (
    EmptyNote,
    InvalidInput,
    NoteLocked,
    NotFound,
    NotTheAuthor,
    UserError,
)
from mottagning.i18n import Text
from mottagning.models.access_log import LogAction
from mottagning.models.journal import (
    Amendment,
    AmendmentKind,
    Author,
    DraftSummary,
    DraftVersion,
    EmergencyAccess,
    JournalNote,
    NoteStatus,
    NoteType,
    PlannedMeasure,
    SearchHit,
    TreatmentPlan,
)
from mottagning.models.users import Role
from mottagning.scoring import instrument_ids
from mottagning.services.context import Context
from mottagning.services.need_to_know import NeedToKnow
from mottagning.services.permissions import Action
from mottagning.storage.clients import ClientRepository
from mottagning.storage.emergency_access import EmergencyAccessRepository
from mottagning.storage.journal import JournalRepository
from mottagning.storage.journal_search import JournalSearch
from mottagning.storage.treatment_plans import TreatmentPlanRepository

MAX_NOTE = 100_000  # characters: a long note is fine, a pasted book is a mistake
MIN_REASON = 10  # an emergency access reason must say something
TEMPLATES_KEY = "note_templates"


def default_templates() -> dict[str, str]:
    text = (resources.files("mottagning.resources") / "templates" / "notes.json").read_text(
        encoding="utf-8"
    )
    loaded: dict[str, str] = json.loads(text)
    return {key: value for key, value in loaded.items() if not key.startswith("_")}


class JournalService:
    def __init__(self, context: Context, need_to_know: NeedToKnow) -> None:
        self._ctx = context
        self._journal = JournalRepository(context.db, context.journal)
        self._emergency = EmergencyAccessRepository(context.db, context.journal)
        self._plans = TreatmentPlanRepository(context.db, context.journal)
        self._search = JournalSearch(context.db, context.journal)
        self._clients = ClientRepository(context.db)
        self._need_to_know = need_to_know

    # --- Need to know -----------------------------------------------------------------

    def may_read(self, client_id: str) -> bool:
        """Whether the actor may read this journal now (without asking for a reason)."""
        return self._need_to_know.may_read(client_id)

    def _require_journal(self, client_id: str, action: Action = Action.READ_JOURNAL) -> None:
        self._need_to_know.require(client_id, action)

    def request_emergency_access(self, client_id: str, reason: str) -> EmergencyAccess:
        """Read (and write) another client's journal for the rest of the day, with a
        reason that the clinic lead reviews."""
        self._ctx.require(Action.READ_JOURNAL)
        reason = " ".join(reason.split())
        if len(reason) < MIN_REASON:
            raise InvalidInput(
                field=Text("Fields", "Reason"),
                problem=Text("Fields", "say why you need the journal (at least a sentence)"),
            )
        if self._clients.get(client_id) is None:
            raise NotFound(what=Text("Things", "client"))
        now = self._ctx.clinic.clock.now()
        zone = self._ctx.clinic.zone
        end_of_day = datetime.combine(self._ctx.clinic.today() + timedelta(days=1), time(0), zone)
        access = EmergencyAccess(
            id=str(uuid.uuid4()),
            client_id=client_id,
            user_id=self._ctx.actor.id,
            reason=reason[:500],
            granted_at=now,
            expires_at=end_of_day,
            reviewed_at=None,
            reviewed_by=None,
            review_note="",
        )
        with self._ctx.db.transaction():
            self._emergency.add(access)
            self._ctx.record(
                LogAction.EMERGENCY_ACCESS,
                client_id=client_id,
                target_type="emergency_access",
                target_id=access.id,
            )
        return access

    def my_emergency_access(self, client_id: str) -> EmergencyAccess | None:
        """The actor's own emergency access to this client, while it lasts (None for
        the client's own counselor, who needs none): the page says so openly."""
        self._ctx.require(Action.READ_JOURNAL)
        client = self._clients.get(client_id)
        if client is None or self._ctx.actor.id in client.counselor_ids:
            return None
        return self._emergency.open_at(self._ctx.actor.id, client_id, self._ctx.clinic.clock.now())

    def emergency_accesses(self, *, unreviewed_only: bool = True) -> list[EmergencyAccess]:
        self._ctx.require(Action.REVIEW_EMERGENCY_ACCESS)
        return self._emergency.all(unreviewed_only=unreviewed_only)

    def review_emergency_access(self, access_id: str, note: str) -> None:
        """Mark an emergency access as reviewed. A lead reviewing her own access is
        allowed (a small clinic may have one lead) but says so in the log."""
        self._ctx.require(Action.REVIEW_EMERGENCY_ACCESS)
        accesses = [a for a in self._emergency.all(unreviewed_only=True) if a.id == access_id]
        if not accesses:
            raise NotFound(what=Text("Things", "unreviewed emergency access"))
        with self._ctx.db.transaction():
            self._emergency.review(
                access_id,
                self._ctx.actor.id,
                " ".join(note.split())[:500],
                self._ctx.clinic.clock.now(),
            )
            self._ctx.record(
                LogAction.EMERGENCY_ACCESS_REVIEWED,
                client_id=accesses[0].client_id,
                target_type="emergency_access",
                target_id=access_id,
                detail="own access" if accesses[0].user_id == self._ctx.actor.id else "",
            )

    # --- Reading ----------------------------------------------------------------------

    def notes(self, client_id: str) -> list[JournalNote]:
        """The client's journal in order, with addenda and corrections; logged."""
        self._require_journal(client_id)
        self._ctx.record(LogAction.JOURNAL_READ, client_id=client_id)
        return self._journal.client_notes(client_id)

    def note(self, note_id: str) -> JournalNote:
        self._ctx.require(Action.READ_JOURNAL)
        note = self._get(note_id)
        self._require_journal(note.client_id)
        self._ctx.record(
            LogAction.JOURNAL_READ, client_id=note.client_id, target_type="note", target_id=note_id
        )
        return note

    def draft_history(self, note_id: str) -> list[DraftVersion]:
        self._ctx.require(Action.READ_JOURNAL)
        note = self._get(note_id)
        self._require_journal(note.client_id)
        self._ctx.record(
            LogAction.JOURNAL_READ,
            client_id=note.client_id,
            target_type="note",
            target_id=note_id,
            detail="draft history",
        )
        return self._journal.versions(note.id)

    def _get(self, note_id: str) -> JournalNote:
        note = self._journal.note(note_id)
        if note is None:
            raise NotFound(what=Text("Things", "note"))
        return note

    # --- Writing ----------------------------------------------------------------------

    def _author(self) -> Author:
        actor = self._ctx.actor
        return Author(actor.id, actor.full_name, actor.title, actor.role.value)

    def templates(self) -> dict[str, str]:
        """The note templates: the clinic's own where set, the defaults otherwise."""
        stored = self._ctx.clinic.settings.get(TEMPLATES_KEY) or {}
        return {**default_templates(), **stored}

    def save_templates(self, templates: dict[str, str]) -> None:
        self._ctx.require(Action.EDIT_CLINIC_SETTINGS)
        cleaned = {NoteType(key).value: text[:5000] for key, text in templates.items()}
        with self._ctx.db.transaction():
            self._ctx.clinic.settings.set(
                TEMPLATES_KEY, cleaned, self._ctx.clinic.clock.now(), self._ctx.actor.id
            )
            self._ctx.record(
                LogAction.CLINIC_SETTINGS_CHANGED, target_type="settings", target_id=TEMPLATES_KEY
            )

    def start_note(
        self,
        client_id: str,
        note_type: NoteType,
        note_date: date | None = None,
        appointment_id: str | None = None,
        body: str | None = None,
    ) -> JournalNote:
        """A new draft, from the template of its type unless `body` is given."""
        self._require_journal(client_id, Action.WRITE_JOURNAL)
        note_type = NoteType(note_type)
        now = self._ctx.clinic.clock.now()
        today = self._ctx.clinic.today()
        note_date = note_date or today
        if note_date > today:
            raise InvalidInput(
                field=Text("Fields", "Date"), problem=Text("Fields", "the date is in the future")
            )
        note = JournalNote(
            id=str(uuid.uuid4()),
            client_id=client_id,
            appointment_id=appointment_id,
            note_type=note_type,
            note_date=note_date,
            body=self.templates().get(note_type.value, "") if body is None else body[:MAX_NOTE],
            author=self._author(),
            status=NoteStatus.DRAFT,
            created_at=now,
            updated_at=now,
            signed_at=None,
        )
        with self._ctx.db.transaction():
            self._journal.add_note(note)
            self._ctx.record(
                LogAction.NOTE_CREATED,
                client_id=client_id,
                target_type="note",
                target_id=note.id,
                detail=note_type.value,
            )
        return note

    def _own_draft(self, note_id: str) -> JournalNote:
        self._ctx.require(Action.WRITE_JOURNAL)
        note = self._get(note_id)
        refusal: UserError | None = NoteLocked() if note.signed else None
        if refusal is None and note.author.user_id != self._ctx.actor.id:
            refusal = NotTheAuthor()
        if refusal is not None:  # an attempt on someone's record: logged like a refused read
            self._ctx.record(
                LogAction.NOTE_CHANGE_REFUSED,
                client_id=note.client_id,
                target_type="note",
                target_id=note.id,
                detail="signed" if note.signed else "not the author",
            )
            raise refusal
        return note

    def save_draft(
        self,
        note_id: str,
        body: str,
        note_type: NoteType | None = None,
        note_date: date | None = None,
    ) -> None:
        """Store the draft as typed: called on every change, so it must stay cheap
        (one row updated, nothing logged: the writing session's end is)."""
        note = self._own_draft(note_id)
        if len(body) > MAX_NOTE:
            raise InvalidInput(
                field=Text("Fields", "Note"), problem=Text("Fields", "at most 100,000 characters")
            )
        if note_date is not None and note_date > self._ctx.clinic.today():
            raise InvalidInput(
                field=Text("Fields", "Date"), problem=Text("Fields", "the date is in the future")
            )
        self._journal.save_draft(
            note_id,
            body,
            NoteType(note_type) if note_type else note.note_type,
            note_date or note.note_date,
            self._ctx.clinic.clock.now(),
        )

    def end_writing_session(self, note_id: str) -> None:
        """The editor closes, the window locks: keep a snapshot in the draft's history."""
        note = self._own_draft(note_id)
        if self._journal.last_version_body(note_id) == note.body:
            return
        with self._ctx.db.transaction():
            self._journal.add_version(
                str(uuid.uuid4()),
                note_id,
                DraftVersion(note.body, self._ctx.clinic.clock.now(), self._ctx.actor.id),
            )
            self._ctx.record(
                LogAction.DRAFT_SAVED,
                client_id=note.client_id,
                target_type="note",
                target_id=note_id,
            )

    def sign(self, note_id: str) -> JournalNote:
        """Lock the draft as the author's signed note; from now on only amendments."""
        # One's own draft may always be signed: an emergency access that has ended
        # must not leave the note unsigned for ever.
        note = self._own_draft(note_id)
        if (
            not note.body.strip()
            or note.body.strip() == self.templates().get(note.note_type.value, "").strip()
        ):
            raise EmptyNote()
        now = self._ctx.clinic.clock.now()
        with self._ctx.db.transaction():
            if self._journal.last_version_body(note_id) != note.body:
                self._journal.add_version(
                    str(uuid.uuid4()), note_id, DraftVersion(note.body, now, self._ctx.actor.id)
                )
            self._journal.sign(note_id, self._author(), now)
            self._ctx.record(
                LogAction.NOTE_SIGNED,
                client_id=note.client_id,
                target_type="note",
                target_id=note_id,
            )
        return self._get(note_id)

    def add_addendum(self, note_id: str, text: str) -> JournalNote:
        return self._amend(note_id, AmendmentKind.ADDENDUM, text, "")

    def correct(self, note_id: str, corrected_text: str, reason: str) -> JournalNote:
        """Replace the note's text as shown; the original stays readable."""
        if len(" ".join(reason.split())) < 3:
            raise InvalidInput(
                field=Text("Fields", "Reason"),
                problem=Text("Fields", "say why the note is corrected"),
            )
        return self._amend(note_id, AmendmentKind.CORRECTION, corrected_text, reason)

    def _amend(self, note_id: str, kind: AmendmentKind, text: str, reason: str) -> JournalNote:
        self._ctx.require(Action.WRITE_JOURNAL)
        note = self._get(note_id)
        self._require_journal(note.client_id, Action.WRITE_JOURNAL)
        if not note.signed:
            raise InvalidInput(
                field=Text("Fields", "Note"),
                problem=Text("Fields", "a draft is changed by its author, not amended"),
            )
        if not text.strip():
            raise EmptyNote()
        amendment = Amendment(
            id=str(uuid.uuid4()),
            note_id=note_id,
            kind=kind,
            body=text.strip()[:MAX_NOTE],
            reason=" ".join(reason.split())[:500],
            author=self._author(),
            created_at=self._ctx.clinic.clock.now(),
        )
        action = (
            LogAction.NOTE_ADDENDUM if kind is AmendmentKind.ADDENDUM else LogAction.NOTE_CORRECTED
        )
        with self._ctx.db.transaction():
            self._journal.add_amendment(amendment)
            self._ctx.record(
                action, client_id=note.client_id, target_type="note", target_id=note_id
            )
        return self._get(note_id)

    # --- Drafts that wait ----------------------------------------------------------------

    def overdue_drafts(self) -> list[DraftSummary]:
        """Unsigned notes older than the clinic's limit: the actor's own, or, for the
        clinic lead, everyone's (what and whose, never the text)."""
        self._ctx.require(Action.READ_JOURNAL)
        days = self._ctx.clinic.settings.clinic_settings().draft_overdue_days
        limit = self._ctx.clinic.clock.now() - timedelta(days=days)
        author = None if self._ctx.actor.role is Role.LEAD else self._ctx.actor.id
        return self._journal.drafts(author, older_than=limit)

    def my_drafts(self) -> list[DraftSummary]:
        self._ctx.require(Action.WRITE_JOURNAL)
        return self._journal.drafts(self._ctx.actor.id)

    # --- Search ---------------------------------------------------------------------------

    def search_client(self, client_id: str, text: str) -> list[SearchHit]:
        self._require_journal(client_id)
        self._ctx.record(LogAction.JOURNAL_SEARCHED, client_id=client_id)
        return self._hits(text, [client_id])

    def search_my_clients(self, text: str) -> list[SearchHit]:
        """Across the notes of the actor's own clients (emergency accesses excluded)."""
        self._ctx.require(Action.READ_JOURNAL)
        mine = [
            s.id for s in self._clients.summaries(counselor_id=self._ctx.actor.id, limit=100_000)
        ]
        hits = self._hits(text, mine)
        with self._ctx.db.transaction():  # every client whose notes showed, logged
            for client_id in sorted({hit.client_id for hit in hits}):
                self._ctx.record(LogAction.JOURNAL_SEARCHED, client_id=client_id)
        return hits

    def _hits(self, text: str, client_ids: list[str]) -> list[SearchHit]:
        signed = self._search.signed(text, client_ids)
        drafts = self._search.drafts(text, self._ctx.actor.id, client_ids)
        seen = {hit.note_id for hit in signed}
        return signed + [hit for hit in drafts if hit.note_id not in seen]

    # --- Treatment plan -------------------------------------------------------------------

    def plan(self, client_id: str) -> TreatmentPlan | None:
        plans = self.plan_history(client_id)
        return plans[-1] if plans else None

    def plan_history(self, client_id: str) -> list[TreatmentPlan]:
        self._require_journal(client_id)
        self._ctx.record(LogAction.JOURNAL_READ, client_id=client_id, detail="plan")
        return self._plans.of_client(client_id)

    def save_plan(
        self,
        client_id: str,
        goals: str,
        interventions: str,
        measures: list[PlannedMeasure],
        review_date: date | None,
    ) -> TreatmentPlan:
        """A new version of the plan (the earlier ones stay)."""
        self._require_journal(client_id, Action.WRITE_JOURNAL)
        if not goals.strip():
            raise InvalidInput(field=Text("Fields", "Goals"), problem=Text("Fields", "required"))
        known = set(instrument_ids())
        for measure in measures:
            if measure.instrument_id not in known:
                raise NotFound(what=Text("Things", "questionnaire"))
            if not 1 <= measure.every_sessions <= 52:
                raise InvalidInput(
                    field=Text("Fields", "Questionnaires"),
                    problem=Text("Fields", "every 1 to 52 visits"),
                )
        plan = TreatmentPlan(
            id=str(uuid.uuid4()),
            client_id=client_id,
            goals=goals.strip()[:MAX_NOTE],
            interventions=interventions.strip()[:MAX_NOTE],
            measures=tuple(measures),
            review_date=review_date,
            author_id=self._ctx.actor.id,
            created_at=self._ctx.clinic.clock.now(),
        )
        with self._ctx.db.transaction():
            self._plans.add(plan)
            self._ctx.record(
                LogAction.PLAN_SAVED, client_id=client_id, target_type="plan", target_id=plan.id
            )
        return plan
