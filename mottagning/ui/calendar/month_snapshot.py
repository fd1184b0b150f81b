"""What the month view shows, read in one go: the weeks around a month (Monday
first), each day's opening and holiday, how many visits it holds and the
first of them, and the names those need. Only what a day's cell can show is
read, so the whole clinic's month stays quick on a large clinic."""

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from mottagning.models.calendar import Appointment
from mottagning.services.scheduling import DayVisits
from mottagning.services.session import Session
from mottagning.ui.calendar.snapshot import DayInfo, ViewKind, ViewOf, day_infos

VISITS_PER_DAY = 12  # more than a cell holds on a large screen; the rest are counted


@dataclass(frozen=True)
class MonthSnapshot:
    view_of: ViewOf
    zone: ZoneInfo
    now: datetime
    month: date  # the first of the month shown
    days: list[DayInfo]  # whole weeks, Monday to Sunday, around the month
    visits: dict[date, DayVisits]
    away: set[date]  # days the counselor shown is away (part of or all day)
    client_names: dict[str, str]
    staff_names: dict[str, str]

    @property
    def today(self) -> date:
        return self.now.astimezone(self.zone).date()

    @property
    def weeks(self) -> list[list[DayInfo]]:
        return [self.days[i : i + 7] for i in range(0, len(self.days), 7)]

    def day_info(self, day: date) -> DayInfo:
        return next(info for info in self.days if info.day == day)

    def in_month(self, day: date) -> bool:
        return (day.year, day.month) == (self.month.year, self.month.month)

    def client_name(self, appointment: Appointment) -> str:
        return self.client_names.get(appointment.client_id or "", "")


def month_days(day: date) -> list[date]:
    """The whole weeks (Monday first) that hold `day`'s month."""
    first = day.replace(day=1)
    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
    start = first - timedelta(days=first.weekday())
    end = last + timedelta(days=6 - last.weekday())
    return [start + timedelta(days=n) for n in range((end - start).days + 1)]


def load_month(session: Session, view_of: ViewOf, day: date) -> MonthSnapshot:
    scheduling = session.scheduling
    zone = scheduling.zone
    days = month_days(day)
    counselor_ids = room_ids = None
    if view_of.kind is ViewKind.COUNSELOR and view_of.subject_id:
        counselor_ids = frozenset({view_of.subject_id})
    if view_of.kind is ViewKind.ROOM and view_of.subject_id:
        room_ids = frozenset({view_of.subject_id})
    visits = scheduling.visits_by_day(
        days, VISITS_PER_DAY, counselor_ids=counselor_ids, room_ids=room_ids
    )
    away: set[date] = set()
    if counselor_ids:
        start = datetime.combine(days[0], datetime.min.time(), zone)
        end = datetime.combine(days[-1] + timedelta(days=1), datetime.min.time(), zone)
        for absence in session.calendar_settings.absences(start, end):
            if absence.user_id in counselor_ids:
                first = absence.starts_at.astimezone(zone).date()
                last = (absence.ends_at - timedelta(microseconds=1)).astimezone(zone).date()
                away.update(first + timedelta(days=n) for n in range((last - first).days + 1))
    client_ids = {v.client_id for day_visits in visits.values() for v in day_visits.first}
    summaries = session.clients.summaries({c for c in client_ids if c}) if client_ids else {}
    full = session.preferences.show_full_names
    return MonthSnapshot(
        view_of=view_of,
        zone=zone,
        now=session.time.now(),
        month=day.replace(day=1),
        days=day_infos(session, days),
        visits=visits,
        away=away,
        client_names={
            client_id: summary.display_name(show_full_names=full)
            for client_id, summary in summaries.items()
        },
        staff_names=scheduling.staff_names(),
    )
