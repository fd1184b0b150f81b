"""The grid's content, placed: each visit in its columns with its minutes and
its share of the column's width, absences as bands, and the time range.
No pixels yet: the view multiplies these by its size."""

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from mottagning.models.calendar import Appointment
from mottagning.ui.calendar.layout import Span, arrange, axis_range
from mottagning.ui.calendar.snapshot import Column, Snapshot

DAY = 24 * 60
_INSTANT = timedelta(microseconds=1)
_Key = tuple[date, str | None, str | None]  # day, counselor, room (None: any)


@dataclass(frozen=True)
class Placed:
    appointment: Appointment
    column: int
    start: int  # minutes since the column day's midnight
    end: int
    left: float  # fractions of the column's width
    width: float

    @property
    def faded(self) -> bool:
        return not self.appointment.status.occupies_time

    def covers(self, minute: int) -> bool:
        return self.start <= minute < self.end


@dataclass(frozen=True)
class Band:
    """An absence in a counselor's column."""

    column: int
    start: int
    end: int
    reason: str


class Board:
    def __init__(self, snapshot: Snapshot) -> None:
        self.snapshot = snapshot
        self.columns: list[Column] = snapshot.columns
        self.placed: list[Placed] = []
        self.bands: list[Band] = []
        # Each column looks only at the visits of its day (and person or room):
        # the whole clinic's week has hundreds of columns and of visits.
        self._by_day: dict[_Key, list[Appointment]] = defaultdict(list)
        for appointment in snapshot.appointments:
            for day in self._days_touched(appointment):
                self._by_day[(day, None, None)].append(appointment)
                for counselor_id in appointment.counselor_ids:
                    self._by_day[(day, counselor_id, None)].append(appointment)
                if appointment.room_id is not None:
                    self._by_day[(day, None, appointment.room_id)].append(appointment)
        for index, column in enumerate(self.columns):
            self.placed += self._place(index, column)
            self.bands += self._bands(index, column)
        self.first, self.last = axis_range([(p.start, p.end) for p in self.placed])
        self._busy_days = {self.columns[p.column].day for p in self.placed}

    def _days_touched(self, appointment: Appointment) -> list[date]:
        zone = self.snapshot.zone
        first = appointment.starts_at.astimezone(zone).date()
        # A visit ending at midnight does not touch the next day.
        last = max(first, (appointment.ends_at - _INSTANT).astimezone(zone).date())
        return [first + timedelta(days=n) for n in range((last - first).days + 1)]

    def _place(self, index: int, column: Column) -> list[Placed]:
        candidates = self._by_day.get((column.day, column.counselor_id, column.room_id), [])
        shown = [
            (a, minutes)
            for a in candidates
            if (minutes := self._minutes(a.starts_at, a.ends_at, column)) is not None
        ]
        spans = [Span(start, end, not a.status.occupies_time) for a, (start, end) in shown]
        return [
            Placed(a, index, span.start, span.end, left, width)
            for (a, _), span, (left, width) in zip(shown, spans, arrange(spans), strict=True)
        ]

    def _bands(self, index: int, column: Column) -> list[Band]:
        if column.counselor_id is None:
            return []
        bands = []
        for absence in self.snapshot.absences:
            if absence.user_id != column.counselor_id:
                continue
            minutes = self._minutes(absence.starts_at, absence.ends_at, column)
            if minutes is not None:
                bands.append(Band(index, *minutes, absence.reason))
        return bands

    def _minutes(self, start: datetime, end: datetime, column: Column) -> tuple[int, int] | None:
        """[start, end) in minutes of the column's day, cut to the day; None
        when it does not touch the day."""
        first = self.snapshot.minute_of(start, column.day)
        last = self.snapshot.minute_of(end, column.day)
        if last <= 0 or first >= DAY:
            return None
        first = max(0, first)
        return first, min(DAY, max(first + 1, last))

    # --- Looking things up ------------------------------------------------------------

    def quiet(self, day: date) -> bool:
        """Closed and nothing booked: drawn narrow, without its people."""
        return day not in self._busy_days and self.snapshot.day_info(day).opening is None

    def in_column(self, column: int) -> list[Placed]:
        return [p for p in self.placed if p.column == column]

    def find(self, appointment_id: str, column: int | None = None) -> Placed | None:
        """The block of `appointment_id` (in `column` when it shows in several)."""
        matches = [p for p in self.placed if p.appointment.id == appointment_id]
        for placed in matches:
            if column is None or placed.column == column:
                return placed
        return matches[0] if matches else None

    def covering(self, column: int, minute: int) -> list[Placed]:
        """Blocks over `minute` in `column`, left to right."""
        return sorted((p for p in self.in_column(column) if p.covers(minute)), key=lambda p: p.left)

    def hit(self, column: int, minute: float, fraction: float) -> Placed | None:
        """The block at `minute`, `fraction` across `column` (the topmost when stacked)."""
        for placed in reversed(self.in_column(column)):
            if (
                placed.start <= minute < placed.end
                and placed.left <= fraction < placed.left + placed.width
            ):
                return placed
        return None

    def moment(self, column: int, minute: int) -> datetime:
        return self.snapshot.moment(self.columns[column].day, minute)

    def same_subject(self, column: int, day_column: int) -> int:
        """The column showing `column`'s counselor or room on `day_column`'s day
        (where a visit dragged to another day lands)."""
        source, target_day = self.columns[column], self.columns[day_column].day
        for index, candidate in enumerate(self.columns):
            if (
                candidate.day == target_day
                and candidate.counselor_id == source.counselor_id
                and candidate.room_id == source.room_id
            ):
                return index
        return column
