"""The calendar: rooms, opening hours, absences, appointments and series."""

from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum

from mottagning.i18n import Text


class ContactForm(StrEnum):
    BOOKED_VISIT = "booked_visit"
    DROP_IN = "drop_in"
    PHONE = "phone"
    VIDEO = "video"
    GROUP = "group"
    OUTREACH = "outreach"
    CONSULTATION = "consultation"
    CHAT = "chat"  # e-mail or chat: anonymous tallies

    @property
    def label(self) -> Text:
        return _CONTACT_FORM_LABELS[self]

    @property
    def needs_client(self) -> bool:
        """Group sessions and consultations may have no single client."""
        return self not in (ContactForm.GROUP, ContactForm.CONSULTATION, ContactForm.OUTREACH)


_CONTACT_FORM_LABELS = {
    ContactForm.BOOKED_VISIT: Text("Calendar", "Booked visit"),
    ContactForm.DROP_IN: Text("Calendar", "Drop-in"),
    ContactForm.PHONE: Text("Calendar", "Phone"),
    ContactForm.VIDEO: Text("Calendar", "Video"),
    ContactForm.GROUP: Text("Calendar", "Group"),
    ContactForm.OUTREACH: Text("Calendar", "Outreach"),
    ContactForm.CONSULTATION: Text("Calendar", "Consultation"),
    ContactForm.CHAT: Text("Calendar", "E-mail or chat"),
}

APPOINTMENT_FORMS = tuple(form for form in ContactForm if form is not ContactForm.CHAT)
TALLY_FORMS = (ContactForm.PHONE, ContactForm.CHAT, ContactForm.OUTREACH, ContactForm.DROP_IN)


class AppointmentStatus(StrEnum):
    BOOKED = "booked"
    ARRIVED = "arrived"
    ATTENDED = "attended"
    CANCELLED_BY_CLIENT = "cancelled_by_client"
    CANCELLED_BY_CLINIC = "cancelled_by_clinic"
    NO_SHOW = "no_show"

    @property
    def label(self) -> Text:
        return _STATUS_LABELS[self]

    @property
    def occupies_time(self) -> bool:
        """Whether the slot is taken: a cancelled visit frees it; a no-show did not."""
        return self not in (
            AppointmentStatus.CANCELLED_BY_CLIENT,
            AppointmentStatus.CANCELLED_BY_CLINIC,
        )


_STATUS_LABELS = {
    AppointmentStatus.BOOKED: Text("Calendar", "Booked"),
    AppointmentStatus.ARRIVED: Text("Calendar", "Arrived"),
    AppointmentStatus.ATTENDED: Text("Calendar", "Attended"),
    AppointmentStatus.CANCELLED_BY_CLIENT: Text("Calendar", "Cancelled by client"),
    AppointmentStatus.CANCELLED_BY_CLINIC: Text("Calendar", "Cancelled by the clinic"),
    AppointmentStatus.NO_SHOW: Text("Calendar", "No-show"),
}


@dataclass(frozen=True)
class Room:
    id: str
    name: str
    active: bool


@dataclass(frozen=True)
class OpeningHours:
    """Regular hours per weekday (0 = Monday; absent = closed) and single-day
    exceptions (None = closed all day)."""

    weekly: dict[int, tuple[time, time]]
    exceptions: dict[date, tuple[time, time] | None]


DEFAULT_OPENING_HOURS = OpeningHours(
    weekly={weekday: (time(8, 0), time(17, 0)) for weekday in range(5)}, exceptions={}
)


@dataclass(frozen=True)
class Absence:
    id: str
    user_id: str
    starts_at: datetime
    ends_at: datetime
    reason: str


@dataclass(frozen=True)
class Recurrence:
    """Every `interval_weeks` weeks, `occurrences` times or until `until`."""

    interval_weeks: int = 1
    occurrences: int | None = None
    until: date | None = None


class SeriesScope(StrEnum):
    THIS = "this"
    THIS_AND_FOLLOWING = "following"
    ALL = "all"


@dataclass(frozen=True)
class AppointmentDetails:
    """What the booking form edits."""

    starts_at: datetime  # timezone-aware
    ends_at: datetime
    counselor_ids: frozenset[str]
    client_id: str | None = None
    room_id: str | None = None
    contact_form: ContactForm = ContactForm.BOOKED_VISIT
    reception_note: str = ""


@dataclass(frozen=True, kw_only=True)
class Appointment(AppointmentDetails):
    id: str
    status: AppointmentStatus
    series_id: str | None
    override_reason: str
    waiting_days: int | None
    created_by: str
    created_at: datetime
    updated_at: datetime

    @property
    def details(self) -> AppointmentDetails:
        return AppointmentDetails(
            **{name: getattr(self, name) for name in AppointmentDetails.__dataclass_fields__}
        )


class ClashKind(StrEnum):
    COUNSELOR = "counselor"
    ROOM = "room"
    CLIENT = "client"
    ABSENCE = "absence"
    CLOSED = "closed"  # a holiday, a closed day or outside opening hours


@dataclass(frozen=True)
class Clash:
    """Why a time cannot be booked as it is; `subject_id` is the counselor,
    room or client concerned, `appointment` the one in the way (if any)."""

    kind: ClashKind
    subject_id: str | None
    starts_at: datetime
    ends_at: datetime
    appointment_id: str | None = None
    note: str = ""  # e.g. the holiday's name


@dataclass(frozen=True)
class WaitingListEntry:
    id: str
    client_id: str
    priority: int  # 1 = urgent, 2 = normal, 3 = can wait (PRIORITIES)
    first_contact: date
    note: str
    added_at: datetime
    added_by: str


@dataclass(frozen=True)
class AnonymousContact:
    id: str
    occurred_on: date
    contact_form: ContactForm
    strand: str | None
    target_group: str | None
    recorded_by: str
    created_at: datetime


PRIORITIES = (1, 2, 3)  # a waiting-list entry's: urgent, normal, can wait
NORMAL_PRIORITY = 2
