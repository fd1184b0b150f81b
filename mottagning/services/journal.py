"""The journal's notes: need-to-know reading, drafts saved as typed, signing,
addenda and corrections, search. (Emergency access, treatment plans and note
templates have modules of their own.)

Need to know: a counselor (or the clinic lead) reads the notes of clients
assigned to them. Reading another client's journal needs a stated reason
(emergency access), which lasts the rest of the day, is logged, and waits
for the clinic lead's review. An administrator reads no notes at all.

Every read of a journal and every change is written to the access log.
Saving a draft on each keystroke is not logged each time: the log records
when a draft is started, each writing session's end (with a snapshot kept in
the draft's history), and the signing.
"""

import uuid
from datetime import date, timedelta

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
    JournalNote,
    NoteStatus,
    NoteType,
    SearchHit,
)
from mottagning.models.users import Role
from mottagning.services.context import Context
from mottagning.services.need_to_know import NeedToKnow
from mottagning.services.note_templates import NoteTemplateService
from mottagning.services.permissions import Action
from mottagning.storage.clients import ClientRepository
from mottagning.storage.journal import JournalRepository
from mottagning.storage.journal_search import JournalSearch

MAX_NOTE = 100_000  # characters: a long note is fine, a pasted book is a mistake


class JournalService:
    def __init__(
        self, context: Context, need_to_know: NeedToKnow, templates: NoteTemplateService
    ) -> None:
        self._ctx = context
        self._journal = JournalRepository(context.db, context.journal)
        self._search = JournalSearch(context.db, context.journal)
        self._templates = templates
        self._clients = ClientRepository(context.db)
        self._need_to_know = need_to_know

    # --- Need to know -----------------------------------------------------------------

    def may_read(self, client_id: str) -> bool:
        """Whether the actor may read this journal now (without asking for a reason)."""
        return self._need_to_know.may_read(client_id)

    def _require_journal(self, client_id: str, action: Action = Action.READ_JOURNAL) -> None:
        self._need_to_know.require(client_id, action)

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
            body=self._templates.all().get(note_type.value, "")
            if body is None
            else body[:MAX_NOTE],
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
            or note.body.strip() == self._templates.all().get(note.note_type.value, "").strip()
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
