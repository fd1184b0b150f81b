"""Planning a recurring series: every N weeks at the same wall-clock time, N
times or until a date, passing over closed days."""

from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

import pytest
from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from mottagning.errors import InvalidInput
from mottagning.models.calendar import DEFAULT_OPENING_HOURS, Recurrence
from mottagning.services.closed_days import ClinicCalendar
from mottagning.services.recurrence import MAX_OCCURRENCES, plan_series, validate_recurrence

STOCKHOLM = ZoneInfo("Europe/Stockholm")
CALENDAR = ClinicCalendar(DEFAULT_OPENING_HOURS, STOCKHOLM)
HOUR = timedelta(hours=1)


def at(year: int, month: int, day: int, hour: int = 10) -> datetime:
    return datetime(year, month, day, hour, tzinfo=STOCKHOLM)


def plan(first: datetime, **recurrence: object):
    return plan_series(first, HOUR, Recurrence(**recurrence), CALENDAR)


def local_starts(series) -> list[str]:
    return [s.astimezone(STOCKHOLM).strftime("%Y-%m-%d %H:%M") for s, _ in series.occurrences]


def test_weekly_four_times():
    series = plan(at(2026, 12, 1), occurrences=4)

    assert local_starts(series) == [
        "2026-12-01 10:00",
        "2026-12-08 10:00",
        "2026-12-15 10:00",
        "2026-12-22 10:00",
    ]
    assert all(end - start == HOUR for start, end in series.occurrences)
    assert series.skipped == []


def test_every_other_week():
    series = plan(at(2026, 9, 1), interval_weeks=2, occurrences=3)

    assert local_starts(series) == ["2026-09-01 10:00", "2026-09-15 10:00", "2026-09-29 10:00"]


def test_a_first_day_given_in_utc_keeps_its_local_wall_clock():
    first = at(2026, 12, 1, 10).astimezone(UTC)

    series = plan(first, occurrences=2)

    assert local_starts(series) == ["2026-12-01 10:00", "2026-12-08 10:00"]


def test_n_times_means_n_visits_even_over_holidays():
    # Fridays through Easter and May Day: Good Friday 3 April, 1 May.
    series = plan(at(2026, 3, 27, 13), occurrences=6)

    assert local_starts(series) == [
        "2026-03-27 13:00",
        "2026-04-10 13:00",
        "2026-04-17 13:00",
        "2026-04-24 13:00",
        "2026-05-08 13:00",
        "2026-05-15 13:00",
    ]
    assert series.skipped == [(date(2026, 4, 3), "Långfredagen"), (date(2026, 5, 1), "Första maj")]


def test_midsummer_eve_and_ascension_are_skipped_and_named():
    fridays = plan(at(2026, 6, 12), occurrences=2)
    thursdays = plan(at(2026, 5, 7), occurrences=2)

    assert fridays.skipped == [(date(2026, 6, 19), "Midsommarafton")]
    assert thursdays.skipped == [(date(2026, 5, 14), "Kristi himmelsfärdsdag")]


def test_whit_monday_is_not_skipped():
    series = plan(at(2026, 5, 18), occurrences=2)

    assert local_starts(series)[1] == "2026-05-25 10:00"
    assert series.skipped == []


def test_until_a_date():
    series = plan(at(2026, 12, 1), until=date(2026, 12, 29))

    assert len(series.occurrences) == 5
    assert series.skipped == []


def test_daylight_saving_changes_keep_the_wall_clock_and_move_utc():
    spring = plan(at(2026, 3, 26), occurrences=2)
    autumn = plan(at(2026, 10, 22), occurrences=2)

    assert local_starts(spring) == ["2026-03-26 10:00", "2026-04-02 10:00"]
    assert [s.astimezone(UTC).hour for s, _ in spring.occurrences] == [9, 8]
    assert local_starts(autumn) == ["2026-10-22 10:00", "2026-10-29 10:00"]
    assert [s.astimezone(UTC).hour for s, _ in autumn.occurrences] == [8, 9]
    assert all(end - start == HOUR for start, end in [*spring.occurrences, *autumn.occurrences])


@pytest.mark.parametrize(
    "recurrence",
    [
        Recurrence(interval_weeks=0, occurrences=2),
        Recurrence(interval_weeks=53, occurrences=2),
        Recurrence(),
        Recurrence(occurrences=2, until=date(2027, 1, 1)),
        Recurrence(occurrences=0),
        Recurrence(occurrences=MAX_OCCURRENCES + 1),
        Recurrence(until=date(2026, 11, 30)),
        Recurrence(until=date(2028, 12, 31)),
    ],
)
def test_invalid_recurrences_are_refused(recurrence):
    with pytest.raises(InvalidInput):
        validate_recurrence(recurrence, date(2026, 12, 1))
    with pytest.raises(InvalidInput):
        plan_series(at(2026, 12, 1), HOUR, recurrence, CALENDAR)


@pytest.mark.parametrize(
    "recurrence",
    [
        Recurrence(interval_weeks=1, occurrences=1),
        Recurrence(interval_weeks=52, occurrences=2),
        Recurrence(occurrences=MAX_OCCURRENCES),
        Recurrence(until=date(2026, 12, 1)),
        Recurrence(until=date(2028, 11, 30)),
    ],
)
def test_valid_recurrences_at_the_limits(recurrence):
    validate_recurrence(recurrence, date(2026, 12, 1))


@settings(max_examples=60, deadline=None, derandomize=True, database=None)
@given(
    first=st.dates(min_value=date(2025, 1, 1), max_value=date(2030, 12, 31)),
    hour=st.integers(min_value=8, max_value=16),
    interval=st.integers(min_value=1, max_value=8),
    count=st.integers(min_value=1, max_value=30),
)
@example(first=date(2026, 12, 1), hour=10, interval=4, count=30)  # monthly-ish, 2.3 years
def test_any_n_times_series_has_n_open_visits_at_the_same_wall_clock(first, hour, interval, count):
    assume(CALENDAR.is_open_day(first))  # a series on a closed weekday: see test_series
    start = datetime.combine(first, time(hour), STOCKHOLM)
    recurrence = Recurrence(interval_weeks=interval, occurrences=count)
    try:
        series = plan_series(start, HOUR, recurrence, CALENDAR)
    except InvalidInput:
        # Refusing is fair only for a series longer than the two years allowed.
        assert (count - 1) * interval * 7 > 2 * 365
        return

    assert len(series.occurrences) == count
    days = [s.astimezone(STOCKHOLM).date() for s, _ in series.occurrences]
    assert all(s.astimezone(STOCKHOLM).time() == time(hour) for s, _ in series.occurrences)
    assert all(CALENDAR.is_open_day(day) for day in days)
    assert all(not CALENDAR.is_open_day(day) for day, _ in series.skipped)
    every = sorted([*days, *(day for day, _ in series.skipped)])
    assert every[0] == first
    assert all((b - a).days == 7 * interval for a, b in pairwise(every))
    assert every[-1] == days[-1]  # a series never ends on a skipped day
