"""How the calendar writes dates, times, names and visits: ISO dates, 24-hour
times, ISO week numbers, day and month names in the interface language."""

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QLocale

from mottagning.models.calendar import Appointment, AppointmentStatus, ContactForm
from mottagning.ui.translations import translated


def clock(moment: datetime, zone: ZoneInfo) -> str:
    return moment.astimezone(zone).strftime("%H:%M")


def time_range(start: datetime, end: datetime, zone: ZoneInfo) -> str:
    """10:00–10:50"""
    return f"{clock(start, zone)}–{clock(end, zone)}"


def when(start: datetime, end: datetime, zone: ZoneInfo) -> str:
    """2026-11-23 10:00–10:50"""
    return f"{start.astimezone(zone).date().isoformat()} {time_range(start, end, zone)}"


def minutes_text(minute: int) -> str:
    return f"{minute // 60:02d}:{minute % 60:02d}"


def month_name(month: int) -> str:
    return QLocale().monthName(month, QLocale.FormatType.LongFormat)


def weekday_name(day: date, short: bool = False) -> str:
    form = QLocale.FormatType.ShortFormat if short else QLocale.FormatType.LongFormat
    return QLocale().dayName(day.isoweekday(), form)


def week_number(day: date) -> int:
    return day.isocalendar().week


def week_title(monday: date) -> str:
    """Week 48 · 23–29 November 2026 (also across months and years)."""
    sunday = monday + timedelta(days=6)
    if monday.year != sunday.year:
        span = QCoreApplication.translate(
            "Calendar", "{first_day} {first_month} {first_year} – {day} {month} {year}"
        ).format(
            first_day=monday.day,
            first_month=month_name(monday.month),
            first_year=monday.year,
            day=sunday.day,
            month=month_name(sunday.month),
            year=sunday.year,
        )
    elif monday.month != sunday.month:
        span = QCoreApplication.translate(
            "Calendar", "{first_day} {first_month} – {day} {month} {year}"
        ).format(
            first_day=monday.day,
            first_month=month_name(monday.month),
            day=sunday.day,
            month=month_name(sunday.month),
            year=sunday.year,
        )
    else:
        span = QCoreApplication.translate("Calendar", "{first_day}–{day} {month} {year}").format(
            first_day=monday.day, day=sunday.day, month=month_name(sunday.month), year=sunday.year
        )
    return QCoreApplication.translate("Calendar", "Week {number} · {span}").format(
        number=week_number(monday), span=span
    )


def month_title(day: date) -> str:
    """December 2026"""
    return QCoreApplication.translate("Calendar", "{month} {year}").format(
        month=month_name(day.month).capitalize(), year=day.year
    )


def add_months(day: date, months: int) -> date:
    """The same day `months` later (or earlier), the month's last when it has fewer."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    first_next = date(year + (month + 1) // 12, (month + 1) % 12 + 1, 1)
    return date(year, month + 1, min(day.day, (first_next - timedelta(days=1)).day))


def long_date(day: date) -> str:
    """Monday 23 November 2026"""
    return QCoreApplication.translate("Calendar", "{weekday} {day} {month} {year}").format(
        weekday=weekday_name(day), day=day.day, month=month_name(day.month), year=day.year
    )


def day_title(day: date) -> str:
    """Monday 23 November 2026 · Week 48"""
    return QCoreApplication.translate("Calendar", "{date} · Week {number}").format(
        date=long_date(day), number=week_number(day)
    )


def column_day(day: date) -> str:
    """Mon 23"""
    return f"{weekday_name(day, short=True)} {day.day}"


def short_name(full_name: str) -> str:
    """Anna Lind -> Anna L., as the reception says it."""
    parts = full_name.split()
    return f"{parts[0]} {parts[-1][0]}." if len(parts) > 1 else full_name


def initials(full_name: str) -> str:
    return "".join(part[0] for part in full_name.split()).upper()


def initials_of(name: str) -> str:
    """The shortest recognisable form of a name or alias: "Alm 2" -> "A2",
    "Lilja" -> "Li" (one letter says too little), a code "M-0412" -> "…12"
    (its end tells codes apart, and the ellipsis says it is cut)."""
    parts = name.split()
    if len(parts) > 1:
        return "".join(part[0] for part in parts[:2]).upper()
    if is_code(name):
        return "…" + name[-2:]
    return name[:2]


def is_code(alias: str) -> bool:
    """An alias like "M-0412": one word, told apart by its digits at the end."""
    return len(alias.split()) == 1 and sum(char.isdigit() for char in alias) >= 2


def names(user_ids: Iterable[str], staff_names: dict[str, str]) -> str:
    return ", ".join(sorted(staff_names.get(user_id, "?") for user_id in user_ids))


def status_text(status: AppointmentStatus) -> str:
    return translated(status.label)


def form_text(form: ContactForm) -> str:
    return translated(form.label)


def who(appointment: Appointment, client_name: str) -> str:
    """The client (alias by default), or the kind of visit when it has none."""
    return client_name or form_text(appointment.contact_form)
