"""Recurring series: every N weeks at the same wall-clock time, N times or
until a date, skipping holidays and days the clinic is closed.

"N times" means N appointments: a skipped holiday moves the last one a step
further, so a planned course of ten sessions stays ten sessions. Times are
kept in the clinic's local time, so a 10:00 visit is at 10:00 on both sides
of a daylight-saving change.
"""

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from mottagning.errors import InvalidInput
from mottagning.i18n import Text
from mottagning.models.calendar import Recurrence
from mottagning.services.closed_days import ClinicCalendar

MAX_OCCURRENCES = 104  # two years of weekly visits
MAX_SPAN = timedelta(days=2 * 366)


@dataclass(frozen=True)
class SeriesPlan:
    occurrences: list[tuple[datetime, datetime]]  # (start, end), aware
    skipped: list[tuple[date, str]]  # closed days passed over, with the holiday's name or ""


def validate_recurrence(recurrence: Recurrence, first_day: date) -> None:
    field = Text("Fields", "Repeat")
    if not 1 <= recurrence.interval_weeks <= 52:
        raise InvalidInput(field=field, problem=Text("Fields", "every 1 to 52 weeks"))
    if (recurrence.occurrences is None) == (recurrence.until is None):
        raise InvalidInput(
            field=field, problem=Text("Fields", "give either a number of times or an end date")
        )
    if recurrence.occurrences is not None and not 1 <= recurrence.occurrences <= MAX_OCCURRENCES:
        raise InvalidInput(field=field, problem=Text("Fields", "at most 104 times"))
    if (
        recurrence.occurrences is not None
        and timedelta(weeks=recurrence.interval_weeks * (recurrence.occurrences - 1)) > MAX_SPAN
    ):
        raise InvalidInput(field=field, problem=Text("Fields", "at most two years ahead"))
    if recurrence.until is not None:
        if recurrence.until < first_day:
            raise InvalidInput(
                field=field, problem=Text("Fields", "the end date is before the first visit")
            )
        if recurrence.until - first_day > MAX_SPAN:
            raise InvalidInput(field=field, problem=Text("Fields", "at most two years ahead"))


def plan_series(
    first_start: datetime, duration: timedelta, recurrence: Recurrence, calendar: ClinicCalendar
) -> SeriesPlan:
    first = calendar.local(first_start)
    validate_recurrence(recurrence, first.date())
    wall_time = first.timetz().replace(tzinfo=None)
    step = timedelta(weeks=recurrence.interval_weeks)
    occurrences: list[tuple[datetime, datetime]] = []
    skipped: list[tuple[date, str]] = []
    day = first.date()
    while len(occurrences) < (recurrence.occurrences or MAX_OCCURRENCES) and (
        recurrence.until is None or day <= recurrence.until
    ):
        if calendar.is_open_day(day):
            start = calendar.at(day, wall_time)
            occurrences.append((start, start + duration))
        else:
            skipped.append((day, calendar.holiday(day) or ""))
        if day - first.date() > MAX_SPAN:
            break
        day += step
    return SeriesPlan(occurrences, skipped)
