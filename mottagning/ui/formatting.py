"""How dates and times look: ISO dates, 24-hour time, local time zone."""

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate

from mottagning.services.clock import Clock


def local_today(clock: Clock) -> date:
    """Today's date on this workstation, by the services' clock (tests move it)."""
    return clock.now().astimezone().date()


def local_datetime(moment: datetime) -> str:
    """2026-11-22 14:05 in the workstation's time zone."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def local_datetime_seconds(moment: datetime) -> str:
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def iso_date(day: date) -> str:
    return day.isoformat()


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def weekday_names() -> list[str]:
    """Monday first, in the interface language."""
    return [
        QCoreApplication.translate("Weekdays", "Monday"),
        QCoreApplication.translate("Weekdays", "Tuesday"),
        QCoreApplication.translate("Weekdays", "Wednesday"),
        QCoreApplication.translate("Weekdays", "Thursday"),
        QCoreApplication.translate("Weekdays", "Friday"),
        QCoreApplication.translate("Weekdays", "Saturday"),
        QCoreApplication.translate("Weekdays", "Sunday"),
    ]
