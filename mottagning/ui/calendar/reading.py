"""Reading what the calendar page shows: a week's (or day's) visits placed
side by side, or a month. Touches no widget, so that a worker thread may do it
for the views that take long (see CalendarPage.refresh)."""

from dataclasses import dataclass
from datetime import date
from zoneinfo import ZoneInfo

from mottagning.services.session import Session
from mottagning.ui.calendar.board import Board
from mottagning.ui.calendar.month_snapshot import MonthSnapshot, load_month
from mottagning.ui.calendar.snapshot import Mode, Snapshot, ViewOf, load


@dataclass(frozen=True)
class ReadView:
    """What the page shows, read from the services (on any thread)."""

    zone: ZoneInfo
    week: Snapshot | None = None
    board: Board | None = None  # the week's visits placed side by side
    month: MonthSnapshot | None = None


def read_view(
    session: Session, mode: Mode, view_of: ViewOf, day: date, days: list[date]
) -> ReadView:
    """Read a view: touches no widget, so that a worker thread may call it."""
    zone = session.scheduling.zone
    if mode is Mode.MONTH:
        return ReadView(zone, month=load_month(session, view_of, day))
    week = load(session, view_of, days)
    return ReadView(zone, week=week, board=Board(week))
