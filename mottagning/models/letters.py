"""Referral letters (remisser): what the counselor writes, what may go in,
the content a document is rendered from, and the letter register."""

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from mottagning.i18n import Text
from mottagning.models.consent import Scope, UnitType


class Include(StrEnum):
    """Parts of the record a referral may carry: each off until switched on."""

    IDENTITY_NUMBER = "identity_number"
    ADDRESS = "address"
    PHONE = "phone"
    QUESTIONNAIRES = "questionnaires"
    PLAN_GOALS = "plan_goals"
    JOURNAL_EXTRACT = "journal_extract"

    @property
    def scope(self) -> Scope:
        return _INCLUDE_SCOPES[self]

    @property
    def label(self) -> Text:
        return _INCLUDE_LABELS[self]


_INCLUDE_SCOPES = {
    Include.IDENTITY_NUMBER: Scope.IDENTITY,
    Include.ADDRESS: Scope.CONTACT_DETAILS,
    Include.PHONE: Scope.CONTACT_DETAILS,
    Include.QUESTIONNAIRES: Scope.QUESTIONNAIRES,
    Include.PLAN_GOALS: Scope.ASSESSMENTS,
    Include.JOURNAL_EXTRACT: Scope.JOURNAL_EXTRACT,
}

_INCLUDE_LABELS = {
    Include.IDENTITY_NUMBER: Text("Letters", "Identity number"),
    Include.ADDRESS: Text("Letters", "Address"),
    Include.PHONE: Text("Letters", "Phone"),
    Include.QUESTIONNAIRES: Text("Letters", "Questionnaire results"),
    Include.PLAN_GOALS: Text("Letters", "Treatment plan goals"),
    Include.JOURNAL_EXTRACT: Text("Letters", "Journal extract"),
}

# A referral always names the client and says why: the question, background
# and current situation are an assessment.
REFERRAL_SCOPES = frozenset({Scope.IDENTITY, Scope.ASSESSMENTS})


class Channel(StrEnum):
    PRINTED = "printed"  # printed and posted or handed over
    PDF_FILE = "pdf_file"  # saved as a file, e.g. for a secure e-mail

    @property
    def label(self) -> Text:
        return {
            Channel.PRINTED: Text("Letters", "Printed"),
            Channel.PDF_FILE: Text("Letters", "Saved as PDF"),
        }[self]


@dataclass(frozen=True)
class ReferralDraft:
    """What the referral builder holds: the recipient, the texts, the parts of
    the record switched on, and the basis that lets it go."""

    client_id: str
    unit_id: str | None  # None: the person named by the basis
    basis_id: str | None  # None: the first valid basis for the recipient
    question: str
    background: str
    current_situation: str
    includes: frozenset[Include] = frozenset()
    journal_note_ids: tuple[str, ...] = ()  # the notes of the extract
    instrument_ids: frozenset[str] = frozenset()  # the questionnaires shown (empty: all)
    language: str = "sv"
    reply_expected_by: date | None = None

    @property
    def scopes(self) -> frozenset[Scope]:
        return REFERRAL_SCOPES | {include.scope for include in self.includes}


@dataclass(frozen=True)
class LetterTemplate:
    """A recipient type's fixed texts, in versions (the lead edits them)."""

    unit_type: UnitType
    language: str
    version: int  # 0: the built-in text, never saved
    opening: str
    closing: str


@dataclass(frozen=True)
class MeasureLine:
    instrument: str
    day: date
    total: str
    band: str


@dataclass(frozen=True)
class ExtractEntry:
    day: date
    author: str
    text: str


@dataclass(frozen=True)
class Letterhead:
    """The sender as printed: the clinic's details, or a neutral sender."""

    name: str
    address: str
    phone: str


@dataclass(frozen=True)
class ReferralContent:
    """Everything a referral document shows, for one client: nothing else
    reaches the renderer."""

    language: str
    letterhead: Letterhead
    recipient_name: str
    recipient_address: str
    day: date
    client_name: str
    identity_number: str
    address: str
    phone: str
    interpreter_language: str
    question: str
    background: str
    current_situation: str
    opening: str
    closing: str
    referrer_name: str
    referrer_title: str
    plan_goals: str = ""
    measures: tuple[MeasureLine, ...] = ()
    extract: tuple[ExtractEntry, ...] = ()
    basis_text: str = ""
    reply_expected_by: date | None = None


@dataclass(frozen=True)
class RenderedDocument:
    pdf: bytes
    pages: int
    sha256: str


@dataclass(frozen=True)
class SentLetter:
    """A row of the letter register."""

    id: str
    client_id: str
    kind: str
    sender_id: str
    sent_on: date
    recipient: str
    disclosure_id: str | None
    note_id: str | None
    reply_expected_by: date | None
    reply_received_on: date | None = None
    reply_note: str = ""

    def overdue(self, today: date) -> bool:
        return (
            self.reply_received_on is None
            and self.reply_expected_by is not None
            and self.reply_expected_by < today
        )


@dataclass(frozen=True)
class Disclosure:
    """An entry of the append-only disclosure log."""

    id: str
    client_id: str
    basis_id: str
    channel: Channel
    recipient: str
    basis_text: str
    includes: tuple[str, ...]
    document_id: str
    document_hash: str
    user_id: str
    disclosed_at: datetime


@dataclass(frozen=True)
class AppointmentLetterContent:
    """A kallelse: when and where, whom the client meets, how to change it.
    Never journal content."""

    language: str
    letterhead: Letterhead  # a neutral one when the clinic's name may not be used
    client_name: str
    address: str  # empty: handed over, not posted
    starts_at: datetime  # local to the clinic
    ends_at: datetime
    counselors: tuple[str, ...]
    room: str
    day: date


@dataclass(frozen=True)
class InstrumentSeries:
    """One questionnaire's results over time, for a report."""

    name: str
    lines: tuple[MeasureLine, ...]  # oldest first
    change: str  # the latest against the first, in words ("" when only one)
    attribution: str = ""  # a licence's required line (CORE)


@dataclass(frozen=True)
class QuestionnaireReportContent:
    language: str
    letterhead: Letterhead
    client_name: str
    day: date
    series: tuple[InstrumentSeries, ...]
    author: str


@dataclass(frozen=True)
class ScheduleRow:
    day: date
    time: str  # "10:00–11:00"
    client: str  # an alias or initials, never a name
    counselors: str
    room: str
    form: str
    status: str


@dataclass(frozen=True)
class ScheduleContent:
    language: str
    letterhead: Letterhead
    title: str  # "Schema vecka 48" (already in the user's language)
    subtitle: str  # whose: a counselor, a room, the whole clinic
    headers: tuple[str, ...]  # time, client, counselor, room, form, status
    day_names: tuple[str, ...]  # Monday first, in the user's language
    rows: tuple[ScheduleRow, ...]
    empty: str  # said on a day without visits
    days: tuple[date, ...]


@dataclass(frozen=True)
class ReviewItem:
    """A text of the record, as written and as it is to be released."""

    key: str  # "note:<id>", "amendment:<id>", "plan:<id>"
    kind: str  # the note's type, "addendum", "correction" or "plan"
    day: date
    author: str
    original: str
    released: str

    @property
    def masked(self) -> bool:
        return self.released != self.original


@dataclass(frozen=True)
class AccessReview:
    id: str
    client_id: str
    items: tuple[ReviewItem, ...]
    released: bool


@dataclass(frozen=True)
class ReleasedExtract:
    pdf: bytes
    json: bytes
    sha256: str  # of the PDF
