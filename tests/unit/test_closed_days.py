"""Swedish public holidays (lag 1989:253) and the eves municipal offices close
on, checked against a computation of our own, and the clinic's opening hours."""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from mottagning.models.calendar import DEFAULT_OPENING_HOURS, OpeningHours
from mottagning.services.closed_days import ClinicCalendar, swedish_closed_days

STOCKHOLM = ZoneInfo("Europe/Stockholm")


def easter_sunday(year: int) -> date:
    """The Gregorian computus (anonymous algorithm, Meeus/Jones/Butcher)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = b // 4, b % 4
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    month = (h + el - 7 * m + 114) // 31
    day = (h + el - 7 * m + 114) % 31 + 1
    return date(year, month, day)


def saturday_between(first: date) -> date:
    """The Saturday in the seven days from `first`."""
    return first + timedelta(days=(5 - first.weekday()) % 7)


def expected_closed_days(year: int) -> set[date]:
    easter = easter_sunday(year)
    midsummer_day = saturday_between(date(year, 6, 20))
    return {
        date(year, 1, 1),  # Nyårsdagen
        date(year, 1, 6),  # Trettondedag jul
        easter - timedelta(days=2),  # Långfredagen
        easter - timedelta(days=1),  # Påskafton (closed eve)
        easter,  # Påskdagen
        easter + timedelta(days=1),  # Annandag påsk
        date(year, 5, 1),  # Första maj
        easter + timedelta(days=39),  # Kristi himmelsfärdsdag
        easter + timedelta(days=49),  # Pingstdagen
        date(year, 6, 6),  # Nationaldagen
        midsummer_day - timedelta(days=1),  # Midsommarafton (closed eve)
        midsummer_day,  # Midsommardagen
        saturday_between(date(year, 10, 31)),  # Alla helgons dag
        date(year, 12, 24),  # Julafton (closed eve)
        date(year, 12, 25),  # Juldagen
        date(year, 12, 26),  # Annandag jul
        date(year, 12, 31),  # Nyårsafton (closed eve)
    }


def test_the_computus_agrees_with_known_easters():
    assert [easter_sunday(y) for y in (2024, 2025, 2026, 2027)] == [
        date(2024, 3, 31),
        date(2025, 4, 20),
        date(2026, 4, 5),
        date(2027, 3, 28),
    ]


def test_2026_closed_days_with_their_swedish_names():
    assert swedish_closed_days(2026) == {
        date(2026, 1, 1): "Nyårsdagen",
        date(2026, 1, 6): "Trettondedag jul",
        date(2026, 4, 3): "Långfredagen",
        date(2026, 4, 4): "Påskafton",
        date(2026, 4, 5): "Påskdagen",
        date(2026, 4, 6): "Annandag påsk",
        date(2026, 5, 1): "Första maj",
        date(2026, 5, 14): "Kristi himmelsfärdsdag",
        date(2026, 5, 24): "Pingstdagen",
        date(2026, 6, 6): "Nationaldagen",
        date(2026, 6, 19): "Midsommarafton",
        date(2026, 6, 20): "Midsommardagen",
        date(2026, 10, 31): "Alla helgons dag",
        date(2026, 12, 24): "Julafton",
        date(2026, 12, 25): "Juldagen",
        date(2026, 12, 26): "Annandag jul",
        date(2026, 12, 31): "Nyårsafton",
    }


def test_english_names_are_available():
    days = swedish_closed_days(2026, "en")

    assert days[date(2026, 12, 24)] == "Christmas Eve"
    assert days[date(2026, 4, 4)] == "Easter Eve"
    assert set(days) == set(swedish_closed_days(2026))


@pytest.mark.parametrize("year", range(2024, 2041))
def test_closed_days_match_the_law_and_the_eves(year):
    assert set(swedish_closed_days(year)) == expected_closed_days(year)


FIXED_DATES = ((1, 1), (1, 6), (5, 1), (6, 6), (12, 24), (12, 25), (12, 26), (12, 31))


@pytest.mark.parametrize("year", range(2024, 2041))
def test_whit_monday_and_ordinary_sundays_are_not_holidays(year):
    closed = swedish_closed_days(year)
    easter = easter_sunday(year)
    fixed = {date(year, month, day) for month, day in FIXED_DATES}

    whit_monday = easter + timedelta(days=50)  # Annandag pingst: no holiday since 2005
    if whit_monday not in fixed:  # in 2033 it falls on 6 June
        assert whit_monday not in closed
    sundays = {day for day in closed if day.weekday() == 6}
    assert sundays <= {easter, easter + timedelta(days=49)} | fixed


# --- The clinic's calendar ---------------------------------------------------------------


def calendar(hours: OpeningHours = DEFAULT_OPENING_HOURS) -> ClinicCalendar:
    return ClinicCalendar(hours, STOCKHOLM)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), STOCKHOLM)


def test_an_ordinary_weekday_is_open_8_to_17_local_time():
    opens, closes = calendar().open_interval(date(2026, 11, 24))

    assert (opens, closes) == (at(date(2026, 11, 24), 8), at(date(2026, 11, 24), 17))
    assert opens.astimezone(UTC).hour == 7


def test_opening_follows_daylight_saving_time():
    winter = calendar().open_interval(date(2026, 3, 27))
    summer = calendar().open_interval(date(2026, 3, 30))

    assert winter[0].astimezone(UTC).hour == 7
    assert summer[0].astimezone(UTC).hour == 6


@pytest.mark.parametrize(
    "day",
    [
        date(2026, 11, 28),
        date(2026, 11, 29),
        date(2026, 12, 24),
        date(2026, 6, 19),
        date(2026, 5, 14),
    ],
)
def test_weekends_holidays_and_eves_are_closed(day):
    assert calendar().open_interval(day) is None
    assert not calendar().is_open_day(day)


def test_whit_monday_and_maundy_thursday_are_open():
    assert calendar().is_open_day(date(2026, 5, 25))
    assert calendar().is_open_day(date(2026, 4, 2))


def test_an_exception_can_close_a_day_or_open_a_holiday():
    hours = OpeningHours(
        weekly=DEFAULT_OPENING_HOURS.weekly,
        exceptions={date(2026, 11, 25): None, date(2026, 12, 24): (time(9), time(12))},
    )

    assert calendar(hours).open_interval(date(2026, 11, 25)) is None
    assert calendar(hours).open_interval(date(2026, 12, 24)) == (
        at(date(2026, 12, 24), 9),
        at(date(2026, 12, 24), 12),
    )


def test_the_closed_reason_names_the_holiday_or_the_hours():
    cal = calendar()
    tuesday = date(2026, 11, 24)

    assert cal.closed_reason(at(tuesday, 10), at(tuesday, 11)) is None
    assert cal.closed_reason(at(tuesday, 8), at(tuesday, 17)) is None
    assert cal.closed_reason(at(tuesday, 7, 45), at(tuesday, 9)) == ""
    assert cal.closed_reason(at(tuesday, 16, 30), at(tuesday, 17, 30)) == ""
    assert cal.closed_reason(at(date(2026, 11, 28), 10), at(date(2026, 11, 28), 11)) == ""
    christmas_eve = date(2026, 12, 24)
    assert cal.closed_reason(at(christmas_eve, 10), at(christmas_eve, 11)) == "Julafton"
    # Given in UTC, the local day decides.
    utc_start = at(christmas_eve, 0, 30).astimezone(UTC)  # still the 23rd in UTC
    assert cal.closed_reason(utc_start, utc_start + timedelta(hours=1)) == "Julafton"
