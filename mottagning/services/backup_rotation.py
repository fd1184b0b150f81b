"""Which backups to keep: the newest of each of the last N days, ISO weeks and
months that have one (like Anki's, Vorta's and borg's prune), and always the
newest of all. Days, weeks and months are the clinic's, not UTC's."""

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import TypeVar
from zoneinfo import ZoneInfo

from mottagning.models.backups import BackupSettings

T = TypeVar("T")


def _day(moment: datetime) -> tuple[int, ...]:
    return (moment.year, moment.month, moment.day)


def _week(moment: datetime) -> tuple[int, ...]:
    year, week, _ = moment.isocalendar()
    return (year, week)


def _month(moment: datetime) -> tuple[int, ...]:
    return (moment.year, moment.month)


def to_keep(
    items: Sequence[T], time_of: Callable[[T], datetime], policy: BackupSettings, zone: ZoneInfo
) -> list[T]:
    """The items to keep, newest first; the rest may be removed."""
    ordered = sorted(items, key=time_of, reverse=True)
    kept: set[int] = {0} if ordered else set()
    rules = ((_day, policy.daily), (_week, policy.weekly), (_month, policy.monthly))
    for period_of, count in rules:
        periods: list[tuple[int, ...]] = []
        for index, item in enumerate(ordered):
            period = period_of(time_of(item).astimezone(zone))
            if period in periods:
                continue
            if len(periods) >= count:
                break
            periods.append(period)
            kept.add(index)
    return [item for index, item in enumerate(ordered) if index in kept]
