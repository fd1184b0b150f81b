"""Input fields for dates, times and counselors: a date with a Monday-first
calendar that marks holidays, a 24-hour time that steps by quarter hours, and
a checkable list of counselors. Use DateField and QuarterTimeEdit for every
date and time the user types: a click into a part of them (the hour, the
day ...) selects that part, so the digits typed next replace it."""

from collections.abc import Iterable

from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QListWidget,
    QListWidgetItem,
    QTimeEdit,
    QWidget,
)

from mottagning.services.closed_days import ClinicCalendar
from mottagning.ui.calendar.colours import Colours
from mottagning.ui.calendar.layout import SLOT
from mottagning.ui.date_time_edits import select_section_on_click
from mottagning.ui.formatting import from_qdate

VISIBLE_COUNSELORS = 5  # rows before the list scrolls


class DateField(QDateEdit):
    """yyyy-MM-dd with a calendar popup: Monday first, ISO weeks, holidays
    marked (when a clinic calendar is given)."""

    def __init__(self, calendar: ClinicCalendar | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._calendar = calendar
        self.setDisplayFormat("yyyy-MM-dd")
        select_section_on_click(self)
        self.setCalendarPopup(True)
        popup = self.calendarWidget()
        popup.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        popup.setGridVisible(True)
        if calendar is not None:
            popup.currentPageChanged.connect(self._mark_holidays)
            self.dateChanged.connect(lambda day: self._mark_holidays(day.year(), day.month()))

    def _mark_holidays(self, year: int, month: int) -> None:
        """Holidays look like Sundays: the clinic is closed."""
        if self._calendar is None:
            return
        popup = self.calendarWidget()
        closed = QTextCharFormat()
        closed.setForeground(Colours.of(self.palette()).now)
        first = QDate(year, month, 1).addDays(-7)
        for offset in range(45):
            day = first.addDays(offset)
            if self._calendar.holiday(from_qdate(day)):
                popup.setDateTextFormat(day, closed)


class QuarterTimeEdit(QTimeEdit):
    """HH:mm; the arrow keys and the mouse wheel step by a quarter hour.
    Any minute can still be typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("HH:mm")
        self.setWrapping(False)
        select_section_on_click(self)

    def stepBy(self, steps: int) -> None:
        """To the next quarter hour on the way: 10:20 steps to 10:30 or 10:15.
        Never past midnight."""
        current = self.time()
        minutes = current.hour() * 60 + current.minute()
        if steps > 0:
            target = (minutes // SLOT + steps) * SLOT
        else:
            target = (-(-minutes // SLOT) + steps) * SLOT
        target = max(0, min(24 * 60 - SLOT, target))
        self.setTime(QTime(target // 60, target % 60))

    def stepEnabled(self) -> QTimeEdit.StepEnabledFlag:
        return QTimeEdit.StepEnabledFlag.StepUpEnabled | QTimeEdit.StepEnabledFlag.StepDownEnabled


class CounselorList(QListWidget):
    """Counselors to tick (Space ticks the current one)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)

    def set_counselors(self, people: Iterable[tuple[str, str]], checked: Iterable[str]) -> None:
        """`people` as (user id, name); `checked` ids are ticked."""
        ticked = set(checked)
        self.clear()
        for user_id, name in people:
            item = QListWidgetItem(name, self)
            item.setData(Qt.ItemDataRole.UserRole, user_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if user_id in ticked else Qt.CheckState.Unchecked
            )
        rows = min(max(self.count(), 1), VISIBLE_COUNSELORS)
        height = self.sizeHintForRow(0) if self.count() else self.fontMetrics().height()
        self.setFixedHeight(rows * height + 2 * self.frameWidth() + 2)
        first_ticked = next(
            (i for i in range(self.count()) if self.item(i).checkState() == Qt.CheckState.Checked),
            0,
        )
        self.setCurrentRow(first_ticked)

    def checked_ids(self) -> frozenset[str]:
        return frozenset(
            self.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.count())
            if self.item(row).checkState() == Qt.CheckState.Checked
        )

    def set_checked(self, user_id: str, checked: bool = True) -> None:
        for row in range(self.count()):
            item = self.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == user_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
