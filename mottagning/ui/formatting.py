"""How dates and times look: ISO dates and 24-hour time, on the clinic's clock.

Every time the interface shows is in the clinic's time zone (the services'
`clinic.zone`), never the workstation's own: a laptop set to another zone must
not move a visit or a log entry by an hour. Today's date is `clinic.today()`.
"""

from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate


def local_datetime(moment: datetime, zone: ZoneInfo) -> str:
    """2026-11-22 14:05 in the clinic's time zone `zone`."""
    return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M")


def local_datetime_seconds(moment: datetime, zone: ZoneInfo) -> str:
    return moment.astimezone(zone).strftime("%Y-%m-%d %H:%M:%S")


def local_clock(moment: datetime, zone: ZoneInfo) -> str:
    """14:05:09 in the clinic's time zone."""
    return moment.astimezone(zone).strftime("%H:%M:%S")


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
