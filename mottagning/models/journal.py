"""The journal (journalanteckningar), treatment plans and emergency access.

A note is a draft until its author signs it; then it is locked. Later
changes are addenda (tillägg) or corrections (rättelser), shown with the
note, and the original always stays readable with who and when.
"""

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from mottagning.i18n import Text


class NoteType(StrEnum):
    SESSION = "session"
    PHONE = "phone"
    CONSULTATION = "consultation"
    REFERRAL_SENT = "referral_sent"
    CONCERN_CONSIDERATION = "concern_consideration"
    MEASURE = "measure"  # written when a questionnaire raises a flag
    CLOSING_SUMMARY = "closing_summary"
    OTHER = "other"

    @property
    def label(self) -> Text:
        return _NOTE_LABELS[self]


_NOTE_LABELS = {
    NoteType.SESSION: Text("Journal", "Session"),
    NoteType.PHONE: Text("Journal", "Phone call"),
    NoteType.CONSULTATION: Text("Journal", "Consultation"),
    NoteType.REFERRAL_SENT: Text("Journal", "Referral sent"),
    NoteType.CONCERN_CONSIDERATION: Text("Journal", "Report of concern considered"),
    NoteType.MEASURE: Text("Journal", "Questionnaire"),
    NoteType.CLOSING_SUMMARY: Text("Journal", "Closing summary"),
    NoteType.OTHER: Text("Journal", "Other"),
}


class NoteStatus(StrEnum):
    DRAFT = "draft"
    SIGNED = "signed"


class AmendmentKind(StrEnum):
    ADDENDUM = "addendum"
    CORRECTION = "correction"


@dataclass(frozen=True)
class Author:
    """Who wrote it, as they were then (names and titles change; records do not)."""

    user_id: str
    name: str
    title: str
    role: str


@dataclass(frozen=True)
class Amendment:
    id: str
    note_id: str
    kind: AmendmentKind
    body: str  # an addendum's text, or a correction's replacement text
    reason: str
    author: Author
    created_at: datetime


@dataclass(frozen=True)
class JournalNote:
    id: str
    client_id: str
    appointment_id: str | None
    note_type: NoteType
    note_date: date
    body: str  # as written (a draft) or as signed: never changed after signing
    author: Author
    status: NoteStatus
    created_at: datetime
    updated_at: datetime
    signed_at: datetime | None
    amendments: tuple[Amendment, ...] = ()

    @property
    def signed(self) -> bool:
        return self.status is NoteStatus.SIGNED

    @property
    def current_text(self) -> str:
        """The text as it stands: the latest correction, or the original."""
        corrections = [a for a in self.amendments if a.kind is AmendmentKind.CORRECTION]
        return corrections[-1].body if corrections else self.body

    @property
    def addenda(self) -> tuple[Amendment, ...]:
        return tuple(a for a in self.amendments if a.kind is AmendmentKind.ADDENDUM)

    @property
    def corrections(self) -> tuple[Amendment, ...]:
        return tuple(a for a in self.amendments if a.kind is AmendmentKind.CORRECTION)


@dataclass(frozen=True)
class DraftVersion:
    body: str
    saved_at: datetime
    saved_by: str


@dataclass(frozen=True)
class DraftSummary:
    """An unsigned note as a list row: no text, only what it is and how old."""

    note_id: str
    client_id: str
    author_id: str
    note_type: NoteType
    note_date: date
    updated_at: datetime
    created_at: datetime  # a draft's age counts from here


@dataclass(frozen=True)
class SearchHit:
    note_id: str
    client_id: str
    note_date: date
    snippet: str  # a short excerpt with the match marked by [ and ]


@dataclass(frozen=True)
class EmergencyAccess:
    id: str
    client_id: str
    user_id: str
    reason: str
    granted_at: datetime
    expires_at: datetime
    reviewed_at: datetime | None
    reviewed_by: str | None
    review_note: str


@dataclass(frozen=True)
class PlannedMeasure:
    """A questionnaire the plan asks for, every `every_sessions` attended visits."""

    instrument_id: str
    every_sessions: int


@dataclass(frozen=True)
class TreatmentPlan:
    id: str
    client_id: str
    goals: str
    interventions: str
    measures: tuple[PlannedMeasure, ...]
    review_date: date | None
    author_id: str
    created_at: datetime
