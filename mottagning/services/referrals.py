"""Referral letters: composed from what the counselor writes and the parts of
the record they switch on, let through by the consent register's gate,
rendered as PDF (reports/referral.py), and on sending recorded in one
transaction: a signed journal entry "referral sent", an append-only
disclosure-log entry, the PDF itself sealed like the journal, and a row of
the letter register whose reply is followed up.

Counselors write referrals for their own clients (others through emergency
access), and so does the clinic lead; an administrator never does.
"""

import uuid
from datetime import date

from mottagning.errors import InvalidInput, NotFound
from mottagning.i18n import Text
from mottagning.models.access_log import LogAction
from mottagning.models.clients import Client
from mottagning.models.consent import BasisKind, DisclosureBasis, Recipient, UnitType
from mottagning.models.journal import (
    Author,
    DraftVersion,
    JournalNote,
    NoteStatus,
    NoteType,
)
from mottagning.models.letters import (
    Channel,
    Disclosure,
    ExtractEntry,
    Include,
    Letterhead,
    MeasureLine,
    ReferralContent,
    ReferralDraft,
    RenderedDocument,
    SentLetter,
)
from mottagning.models.users import Role
from mottagning.scoring import UnknownInstrument, load_instrument
from mottagning.services.address_book import AddressBookService
from mottagning.services.consents import DisclosureGate
from mottagning.services.context import Context
from mottagning.services.need_to_know import NeedToKnow
from mottagning.services.permissions import Action
from mottagning.storage.address_book import AddressBookRepository
from mottagning.storage.clients import ClientRepository
from mottagning.storage.consents import ConsentRepository
from mottagning.storage.journal import JournalRepository
from mottagning.storage.letters import LetterRepository
from mottagning.storage.measures import MeasureRepository
from mottagning.storage.treatment_plans import TreatmentPlanRepository

MAX_TEXT = 20_000
REFERRAL = "referral"

_JOURNAL_WORDS = {
    "sv": {
        "sent": "Remiss skickad till {recipient} ({channel}).",
        "printed": "utskriven",
        "pdf_file": "sparad som PDF",
        "included": "Med i remissen: {parts}.",
        "nothing": "namn, frågeställning, bakgrund och aktuell situation",
        "basis": "Grund: {basis}",
        "hash": "Dokumentets kontrollsumma (SHA-256): {hash}",
        "reply": "Svar önskas senast {day}.",
    },
    "en": {
        "sent": "Referral sent to {recipient} ({channel}).",
        "printed": "printed",
        "pdf_file": "saved as PDF",
        "included": "Included: {parts}.",
        "nothing": "name, question, background and current situation",
        "basis": "Ground: {basis}",
        "hash": "The document's checksum (SHA-256): {hash}",
        "reply": "Reply requested by {day}.",
    },
}
_PART_WORDS = {
    "sv": {
        Include.IDENTITY_NUMBER: "personnummer",
        Include.ADDRESS: "adress",
        Include.PHONE: "telefon",
        Include.QUESTIONNAIRES: "skattningar",
        Include.PLAN_GOALS: "mål i behandlingsplanen",
        Include.JOURNAL_EXTRACT: "journalutdrag",
    },
    "en": {
        Include.IDENTITY_NUMBER: "identity number",
        Include.ADDRESS: "address",
        Include.PHONE: "phone",
        Include.QUESTIONNAIRES: "questionnaires",
        Include.PLAN_GOALS: "treatment plan goals",
        Include.JOURNAL_EXTRACT: "journal extract",
    },
}


class ReferralService:
    def __init__(
        self, context: Context, need_to_know: NeedToKnow, address_book: AddressBookService
    ) -> None:
        self._ctx = context
        self._need_to_know = need_to_know
        self._address_book = address_book
        self._gate = DisclosureGate(context)
        self._book = AddressBookRepository(context.db)
        self._clients = ClientRepository(context.db)
        self._consents = ConsentRepository(context.db, context.journal)
        self._journal = JournalRepository(context.db, context.journal)
        self._measures = MeasureRepository(context.db, context.journal)
        self._plans = TreatmentPlanRepository(context.db, context.journal)
        self._letters = LetterRepository(context.db, context.journal)

    # --- Before it leaves ----------------------------------------------------------------

    def permitted_includes(
        self, client_id: str, unit_id: str | None, basis_id: str | None = None
    ) -> frozenset[Include]:
        """The parts of the record that may be switched on for this recipient
        today; raises the gate's refusal when not even a referral may go."""
        self._need_to_know.require(client_id, Action.SEND_REFERRALS)
        client = self._client(client_id)
        recipient, name, _, _ = self._recipient(client_id, unit_id, basis_id)
        draft = ReferralDraft(client_id, unit_id, basis_id, "", "", "")
        basis = self._gate.require(
            client_id, recipient, name, draft.scopes, self._ctx.clinic.today(), basis_id
        )
        allowed = {include for include in Include if include.scope in basis.scopes}
        if client.contact_rules.protected_identity:
            allowed.discard(Include.ADDRESS)
        return frozenset(allowed)

    def preview(self, draft: ReferralDraft) -> RenderedDocument:
        """The document as it would be sent; nothing is recorded but the access."""
        document, _, _ = self._compose(draft)
        self._ctx.record(LogAction.REFERRAL_PREVIEWED, client_id=draft.client_id)
        return document

    def send(self, draft: ReferralDraft, channel: Channel) -> tuple[SentLetter, bytes]:
        """Record the referral as sent (it is printed or saved by the caller,
        from the bytes returned, which are the bytes stored)."""
        document, content, basis = self._compose(draft)
        channel = Channel(channel)
        now = self._ctx.clinic.clock.now()
        today = self._ctx.clinic.today()
        document_id, note_id = str(uuid.uuid4()), str(uuid.uuid4())
        disclosure = Disclosure(
            id=str(uuid.uuid4()),
            client_id=draft.client_id,
            basis_id=basis.id,
            channel=channel,
            recipient=content.recipient_name,
            basis_text=content.basis_text,
            includes=tuple(sorted(include.value for include in draft.includes)),
            document_id=document_id,
            document_hash=document.sha256,
            user_id=self._ctx.actor.id,
            disclosed_at=now,
        )
        letter = SentLetter(
            id=str(uuid.uuid4()),
            client_id=draft.client_id,
            kind=REFERRAL,
            sender_id=self._ctx.actor.id,
            sent_on=today,
            recipient=content.recipient_name,
            disclosure_id=disclosure.id,
            note_id=note_id,
            reply_expected_by=draft.reply_expected_by,
        )
        note = self._note(note_id, draft, content, channel, document.sha256)
        with self._ctx.db.transaction():
            self._letters.add_document(
                document_id, draft.client_id, document.pdf, document.sha256, now
            )
            self._journal.add_note(note)
            self._journal.add_version(
                str(uuid.uuid4()), note_id, DraftVersion(note.body, now, self._ctx.actor.id)
            )
            self._letters.add_disclosure(disclosure)
            self._letters.add_letter(letter)
            self._ctx.record(
                LogAction.REFERRAL_SENT,
                client_id=draft.client_id,
                target_type="letter",
                target_id=letter.id,
                detail=f"{channel.value} {basis.kind.value}",
            )
        return letter, document.pdf

    def instruments(self, client_id: str) -> dict[str, str]:
        """Instrument id -> short name of the client's scored questionnaires, to
        choose which go into the referral (reading them is logged like a read)."""
        self._need_to_know.require(client_id, Action.SEND_REFERRALS)
        self._ctx.record(LogAction.JOURNAL_READ, client_id=client_id, detail="measures")
        found = {}
        for record in self._measures.for_client(client_id):
            if record.scorable and record.instrument_id not in found:
                try:
                    found[record.instrument_id] = load_instrument(record.instrument_id).short_name
                except UnknownInstrument:
                    continue
        return dict(sorted(found.items(), key=lambda item: item[1]))

    # --- The letter register ----------------------------------------------------------------

    def letters(self, client_id: str) -> list[SentLetter]:
        self._need_to_know.require(client_id, Action.SEND_REFERRALS)
        self._ctx.record(LogAction.LETTERS_READ, client_id=client_id)
        return self._letters.letters(client_id=client_id)

    def my_letters(self) -> list[SentLetter]:
        """The actor's own letters (the clinic lead: everyone's)."""
        self._ctx.require(Action.SEND_REFERRALS)
        sender = None if self._ctx.actor.role is Role.LEAD else self._ctx.actor.id
        return self._letters.letters(sender_id=sender)

    def overdue_replies(self) -> list[SentLetter]:
        """Letters whose reply is late: the actor's own (the lead: everyone's), for Today."""
        self._ctx.require(Action.SEND_REFERRALS)
        sender = None if self._ctx.actor.role is Role.LEAD else self._ctx.actor.id
        today = self._ctx.clinic.today()
        return [
            letter
            for letter in self._letters.letters(sender_id=sender, awaiting_reply=True)
            if letter.overdue(today)
        ]

    def record_reply(self, letter_id: str, received_on: date, note: str = "") -> SentLetter:
        self._ctx.require(Action.SEND_REFERRALS)
        letter = self._letter(letter_id)
        self._need_to_know.require(letter.client_id, Action.SEND_REFERRALS)
        if letter.reply_received_on is not None:
            raise InvalidInput(
                field=Text("Fields", "Reply"), problem=Text("Fields", "already recorded")
            )
        if received_on > self._ctx.clinic.today() or received_on < letter.sent_on:
            raise InvalidInput(
                field=Text("Fields", "Reply received"),
                problem=Text("Fields", "between the day it was sent and today"),
            )
        with self._ctx.db.transaction():
            self._letters.record_reply(
                letter_id, received_on, note.strip()[:2000], self._ctx.actor.id
            )
            self._ctx.record(
                LogAction.LETTER_REPLY_RECORDED,
                client_id=letter.client_id,
                target_type="letter",
                target_id=letter_id,
            )
        return self._letter(letter_id)

    def sent_document(self, letter_id: str) -> bytes:
        """The PDF exactly as it was sent; logged."""
        self._ctx.require(Action.SEND_REFERRALS)
        letter = self._letter(letter_id)
        self._need_to_know.require(letter.client_id, Action.SEND_REFERRALS)
        disclosure = next(
            (
                d
                for d in self._letters.disclosures(letter.client_id)
                if d.id == letter.disclosure_id
            ),
            None,
        )
        found = self._letters.document(disclosure.document_id) if disclosure else None
        if found is None:
            raise NotFound(what=Text("Things", "document"))
        self._ctx.record(
            LogAction.LETTER_DOCUMENT_OPENED,
            client_id=letter.client_id,
            target_type="letter",
            target_id=letter_id,
        )
        return found[1]

    def disclosures(self, client_id: str) -> list[Disclosure]:
        self._need_to_know.require(client_id, Action.SEND_REFERRALS)
        self._ctx.record(LogAction.LETTERS_READ, client_id=client_id, detail="disclosures")
        return self._letters.disclosures(client_id)

    def _letter(self, letter_id: str) -> SentLetter:
        letter = self._letters.letter(letter_id)
        if letter is None:
            raise NotFound(what=Text("Things", "letter"))
        return letter

    # --- Composing ----------------------------------------------------------------------------

    def _client(self, client_id: str) -> Client:
        client = self._clients.get(client_id)
        if client is None:
            raise NotFound(what=Text("Things", "client"))
        return client

    def _recipient(
        self, client_id: str, unit_id: str | None, basis_id: str | None
    ) -> tuple[Recipient, str, str, UnitType]:
        """(recipient, name, address, type): a unit of the address book, or the
        person a basis of this client names."""
        if unit_id is not None:
            unit = self._book.unit(unit_id)
            if unit is None:
                raise NotFound(what=Text("Things", "unit"))
            return Recipient(unit.id), unit.name, unit.address, unit.unit_type
        basis = self._consents.get(basis_id or "")
        if basis is None or basis.client_id != client_id or basis.recipient.unit_id:
            raise InvalidInput(
                field=Text("Fields", "Recipient"), problem=Text("Fields", "choose a recipient")
            )
        person = basis.recipient
        return person, person.person_name, person.person_address, UnitType.OTHER

    def _compose(
        self, draft: ReferralDraft
    ) -> tuple[RenderedDocument, ReferralContent, DisclosureBasis]:
        from mottagning.reports.referral import LABELS, basis_sentence, render_referral  # noqa: PLC0415 (reportlab, when needed)

        self._need_to_know.require(draft.client_id, Action.SEND_REFERRALS)
        client = self._client(draft.client_id)
        language = draft.language if draft.language in LABELS else "sv"
        question = draft.question.strip()
        if not question:
            raise InvalidInput(
                field=Text("Letters", "Question to be answered"), problem=Text("Fields", "required")
            )
        if any(
            len(text) > MAX_TEXT for text in (question, draft.background, draft.current_situation)
        ):
            raise InvalidInput(
                field=Text("Letters", "Referral"), problem=Text("Fields", "too long")
            )
        if Include.ADDRESS in draft.includes and client.contact_rules.protected_identity:
            raise InvalidInput(
                field=Text("Letters", "Address"),
                problem=Text(
                    "Letters", "a client with protected identity never has an address printed"
                ),
            )
        recipient, name, address, unit_type = self._recipient(
            draft.client_id, draft.unit_id, draft.basis_id
        )
        today = self._ctx.clinic.today()
        basis = self._gate.require(
            draft.client_id, recipient, name, draft.scopes, today, draft.basis_id
        )
        template = self._address_book.template(unit_type, language)
        details = self._ctx.clinic.settings.details()
        includes = draft.includes
        content = ReferralContent(
            language=language,
            letterhead=Letterhead(details.name, details.address, details.phone),
            recipient_name=name,
            recipient_address=address,
            day=today,
            client_name=client.full_name or client.alias,
            identity_number=client.identity.formatted()
            if client.identity and Include.IDENTITY_NUMBER in includes
            else "",
            address=client.address if Include.ADDRESS in includes else "",
            phone=client.phone if Include.PHONE in includes else "",
            interpreter_language=client.interpreter_language,
            question=question,
            background=draft.background.strip(),
            current_situation=draft.current_situation.strip(),
            opening=template.opening,
            closing=template.closing,
            referrer_name=self._ctx.actor.full_name,
            referrer_title=self._ctx.actor.title,
            plan_goals=self._plan_goals(client.id) if Include.PLAN_GOALS in includes else "",
            measures=self._measure_lines(client.id, language, draft.instrument_ids)
            if Include.QUESTIONNAIRES in includes
            else (),
            extract=self._extract(client.id, draft.journal_note_ids)
            if Include.JOURNAL_EXTRACT in includes
            else (),
            basis_text=basis_sentence(
                language,
                basis.kind is BasisKind.CONSENT,
                basis.form.value if basis.form else "",
                basis.given_on,
                basis.ground_label,
            ),
            reply_expected_by=draft.reply_expected_by,
        )
        return render_referral(content), content, basis

    def _plan_goals(self, client_id: str) -> str:
        plans = self._plans.of_client(client_id)
        return plans[-1].goals if plans else ""

    def _measure_lines(
        self, client_id: str, language: str, chosen: frozenset[str]
    ) -> tuple[MeasureLine, ...]:
        lines = []
        for record in self._measures.for_client(client_id):
            if not record.scorable or record.total is None:
                continue
            if chosen and record.instrument_id not in chosen:
                continue
            try:
                instrument = load_instrument(record.instrument_id)
            except UnknownInstrument:
                continue
            band = ""
            for bands in (instrument.bands.any, instrument.bands.female, instrument.bands.male):
                for candidate in bands or ():
                    if candidate.key == record.band:
                        band = candidate.label.text(language)
                        break
                if band:
                    break
            total = (
                f"{record.total:g}".replace(".", ",") if language == "sv" else f"{record.total:g}"
            )
            lines.append(MeasureLine(instrument.short_name, record.administered_on, total, band))
        return tuple(sorted(lines, key=lambda line: (line.instrument, line.day)))

    def _extract(self, client_id: str, note_ids: tuple[str, ...]) -> tuple[ExtractEntry, ...]:
        """The chosen signed notes of this client, as they now read; a note of
        another client, or a draft, is refused."""
        entries = []
        for note_id in note_ids:
            note = self._journal.note(note_id)
            if note is None or note.client_id != client_id or not note.signed:
                raise InvalidInput(
                    field=Text("Letters", "Journal extract"),
                    problem=Text("Letters", "only this client's signed notes"),
                )
            entries.append(ExtractEntry(note.note_date, note.author.name, note.current_text))
        return tuple(sorted(entries, key=lambda entry: entry.day))

    def _note(
        self,
        note_id: str,
        draft: ReferralDraft,
        content: ReferralContent,
        channel: Channel,
        sha256: str,
    ) -> JournalNote:
        """The journal entry "referral sent": to whom, what went, on what ground;
        signed at once, since it records a fact."""
        words = _JOURNAL_WORDS[content.language]
        parts = [
            _PART_WORDS[content.language][include]
            for include in Include
            if include in draft.includes
        ]
        lines = [
            words["sent"].format(recipient=content.recipient_name, channel=words[channel.value]),
            words["included"].format(parts=", ".join([words["nothing"], *parts])),
            words["basis"].format(basis=content.basis_text),
        ]
        if draft.reply_expected_by:
            lines.append(words["reply"].format(day=draft.reply_expected_by.isoformat()))
        lines.append(words["hash"].format(hash=sha256))
        actor = self._ctx.actor
        now = self._ctx.clinic.clock.now()
        return JournalNote(
            id=note_id,
            client_id=draft.client_id,
            appointment_id=None,
            note_type=NoteType.REFERRAL_SENT,
            note_date=content.day,
            body="\n".join(lines),
            author=Author(actor.id, actor.full_name, actor.title, actor.role.value),
            status=NoteStatus.SIGNED,
            created_at=now,
            updated_at=now,
            signed_at=now,
        )
