"""When the clinic is closed: Swedish public holidays (lag 1989:253), the eves
when municipal offices close, and the clinic's own opening hours.

The `holidays` package gives the legal holidays ("public": Sundays are not
included) and Midsummer, Christmas and New Year's Eve ("de_facto"); Easter
Eve is added here. Whit Monday has not been a holiday since 2005, and the
package agrees (checked in the tests).
"""

from datetime import date, datetime, time, timedelta
from functools import cache
from zoneinfo import ZoneInfo

import holidays

from mottagning.models.calendar import OpeningHours

EASTER_EVE_NAMES = {"sv": "Påskafton", "en": "Easter Eve"}


@cache
def swedish_closed_days(year: int, language: str = "sv") -> dict[date, str]:
    """Public holidays and the eves the clinic is closed on, with their names."""
    lang = "sv" if language == "sv" else "en_US"
    days = dict(holidays.country_holidays("SE", years=year, language=lang))
    days.update(
        holidays.country_holidays("SE", years=year, language=lang, categories=("de_facto",))
    )
    english = holidays.country_holidays("SE", years=year, language="en_US")
    easter_sunday = next(day for day, name in english.items() if name == "Easter Sunday")
    days[easter_sunday - timedelta(days=1)] = EASTER_EVE_NAMES["sv" if lang == "sv" else "en"]
    return days


class ClinicCalendar:
    """Opening hours and closed days in the clinic's time zone."""

    def __init__(self, hours: OpeningHours, zone: ZoneInfo, language: str = "sv") -> None:
        self.hours = hours
        self.zone = zone
        self.language = language

    def holiday(self, day: date) -> str | None:
        return swedish_closed_days(day.year, self.language).get(day)

    def open_interval(self, day: date) -> tuple[datetime, datetime] | None:
        """Opening and closing time on `day` (aware, local), None when closed.

        A day with explicit hours in the exceptions is open even on a holiday
        (the clinic chose to open); otherwise holidays are closed."""
        if day in self.hours.exceptions:
            hours = self.hours.exceptions[day]
        elif self.holiday(day) is not None:
            return None
        else:
            hours = self.hours.weekly.get(day.weekday())
        if hours is None:
            return None
        opens, closes = hours
        return (datetime.combine(day, opens, self.zone), datetime.combine(day, closes, self.zone))

    def is_open_day(self, day: date) -> bool:
        return self.open_interval(day) is not None

    def closed_reason(self, start: datetime, end: datetime) -> str | None:
        """Why [start, end) is not within opening hours, or None when it is.

        The reason is a holiday's name, or "" for a closed day or hours."""
        local_start, local_end = start.astimezone(self.zone), end.astimezone(self.zone)
        day = local_start.date()
        holiday = self.holiday(day)
        interval = self.open_interval(day)
        if interval is None:
            return holiday or ""
        if local_start < interval[0] or local_end > interval[1]:
            return ""
        return None

    def local(self, moment: datetime) -> datetime:
        return moment.astimezone(self.zone)

    def at(self, day: date, clock_time: time) -> datetime:
        """A wall-clock time on a day, in the clinic's zone (DST handled)."""
        return datetime.combine(day, clock_time, self.zone)
