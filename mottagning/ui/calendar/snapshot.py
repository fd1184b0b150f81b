"""What one screen of the calendar shows, read from the services in one go:
the columns (whose day), the visits and absences in them, names, and the
clinic's opening hours and holidays. The view paints from this and nothing else.
"""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from enum import StrEnum
from zoneinfo import ZoneInfo

from PySide6.QtCore import QLocale

from mottagning.models.calendar import Absence, Appointment
from mottagning.services.session import Session


class Mode(StrEnum):
    """How much of the calendar is shown at once."""

    DAY = "day"
    WEEK = "week"
    MONTH = "month"


class ViewKind(StrEnum):
    CLINIC = "clinic"  # every counselor, side by side
    COUNSELOR = "counselor"
    ROOM = "room"


@dataclass(frozen=True)
class ViewOf:
    kind: ViewKind
    subject_id: str | None = None  # the counselor's or room's id


CLINIC = ViewOf(ViewKind.CLINIC)


@dataclass(frozen=True)
class Column:
    """One column of the grid: a day, and whose visits it holds."""

    day: date
    counselor_id: str | None = None
    room_id: str | None = None

    def holds(self, appointment: Appointment) -> bool:
        if self.counselor_id is not None:
            return self.counselor_id in appointment.counselor_ids
        if self.room_id is not None:
            return appointment.room_id == self.room_id
        return True


@dataclass(frozen=True)
class DayInfo:
    day: date
    opening: tuple[int, int] | None  # minutes since midnight; None: closed all day
    holiday: str | None


@dataclass(frozen=True)
class Snapshot:
    view_of: ViewOf
    zone: ZoneInfo
    now: datetime
    days: list[DayInfo]
    columns: list[Column]
    appointments: list[Appointment]
    absences: list[Absence]
    client_names: dict[str, str] = field(default_factory=dict)
    staff_names: dict[str, str] = field(default_factory=dict)
    room_names: dict[str, str] = field(default_factory=dict)

    @property
    def today(self) -> date:
        return self.now.astimezone(self.zone).date()

    def day_info(self, day: date) -> DayInfo:
        return next(info for info in self.days if info.day == day)

    def minute_of(self, moment: datetime, day: date) -> int:
        """Minutes from `day`'s local midnight to `moment` (wall clock)."""
        local = moment.astimezone(self.zone)
        return (local.date() - day).days * 24 * 60 + local.hour * 60 + local.minute

    def moment(self, day: date, minute: int) -> datetime:
        """The aware moment at `minute` of `day`, by the wall clock."""
        return datetime.combine(day, time(0), self.zone) + timedelta(minutes=minute)

    def client_name(self, appointment: Appointment) -> str:
        return self.client_names.get(appointment.client_id or "", "")


def holiday_language() -> str:
    """Holiday names in the interface language."""
    return "sv" if QLocale().language() == QLocale.Language.Swedish else "en"


def day_infos(session: Session, days: Sequence[date]) -> list[DayInfo]:
    """Each day's opening hours (in minutes) and holiday, in the interface language."""
    zone = session.scheduling.zone
    calendar = session.calendar_settings.clinic_calendar(holiday_language())
    infos = []
    for day in days:
        interval = calendar.open_interval(day)
        opening = None
        if interval is not None:
            opens, closes = (moment.astimezone(zone) for moment in interval)
            opening = (opens.hour * 60 + opens.minute, closes.hour * 60 + closes.minute)
        infos.append(DayInfo(day, opening, calendar.holiday(day)))
    return infos


def load(
    session: Session, view_of: ViewOf, days: Sequence[date], *, show_cancelled: bool = True
) -> Snapshot:
    scheduling = session.scheduling
    zone = scheduling.zone
    start = datetime.combine(days[0], time(0), zone)
    end = datetime.combine(days[-1] + timedelta(days=1), time(0), zone)
    counselor_ids = room_ids = None
    if view_of.kind is ViewKind.COUNSELOR and view_of.subject_id:
        counselor_ids = frozenset({view_of.subject_id})
    if view_of.kind is ViewKind.ROOM and view_of.subject_id:
        room_ids = frozenset({view_of.subject_id})
    appointments = scheduling.appointments(
        start, end, counselor_ids=counselor_ids, room_ids=room_ids
    )
    if not show_cancelled:
        appointments = [a for a in appointments if a.status.occupies_time]
    staff_names = scheduling.staff_names()
    infos = day_infos(session, days)
    client_ids = {a.client_id for a in appointments if a.client_id}
    full = session.preferences.show_full_names
    summaries = session.clients.summaries(client_ids) if client_ids else {}
    return Snapshot(
        view_of=view_of,
        zone=zone,
        now=session.time.now(),
        days=infos,
        columns=_columns(view_of, days, session, appointments),
        appointments=appointments,
        absences=session.calendar_settings.absences(start, end),
        client_names={
            client_id: summary.display_name(show_full_names=full)
            for client_id, summary in summaries.items()
        },
        staff_names=staff_names,
        room_names={
            room.id: room.name for room in session.calendar_settings.rooms(active_only=False)
        },
    )


def _clinic_counselors(session: Session, appointments: Sequence[Appointment]) -> list[str]:
    """Active counselors, then anyone else who still has a visit on screen
    (a former colleague's history stays visible)."""
    ids = [user.id for user in session.scheduling.counselors()]
    for appointment in appointments:
        ids += sorted(appointment.counselor_ids - set(ids))
    return ids


def _columns(
    view_of: ViewOf, days: Sequence[date], session: Session, appointments: Sequence[Appointment]
) -> list[Column]:
    if view_of.kind is ViewKind.COUNSELOR:
        return [Column(day, counselor_id=view_of.subject_id) for day in days]
    if view_of.kind is ViewKind.ROOM:
        return [Column(day, room_id=view_of.subject_id) for day in days]
    counselor_ids = _clinic_counselors(session, appointments)
    return [Column(day, counselor_id=user_id) for day in days for user_id in counselor_ids]
