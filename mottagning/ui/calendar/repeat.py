"""The booking form's "Repeat" part: none, every week, every other week or
every N weeks; a number of visits or until a date."""

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mottagning.models.calendar import Recurrence
from mottagning.services.closed_days import ClinicCalendar
from mottagning.services.recurrence import MAX_OCCURRENCES
from mottagning.ui.calendar.fields import DateField
from mottagning.ui.formatting import from_qdate, to_qdate

# The choices' data: weeks between visits; None does not repeat, 0 asks for N.
NO_REPEAT, EVERY_N_WEEKS = None, 0


class RepeatFields(QWidget):
    changed = Signal()  # any choice: the series to book is another one

    def __init__(self, calendar: ClinicCalendar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox(self)
        self.kind.setObjectName("bookingRepeat")
        self.kind.addItem(self.tr("Does not repeat"), NO_REPEAT)
        self.kind.addItem(self.tr("Every week"), 1)
        self.kind.addItem(self.tr("Every other week"), 2)
        self.kind.addItem(self.tr("Every N weeks"), EVERY_N_WEEKS)
        self.interval = QSpinBox(self)
        self.interval.setObjectName("bookingInterval")
        self.interval.setRange(1, 52)
        self.interval.setValue(3)
        self.interval.setPrefix(self.tr("every "))
        self.by_count = QRadioButton(self.tr("&Number of visits:"), self)
        self.by_count.setChecked(True)
        self.count = QSpinBox(self)
        self.count.setObjectName("bookingCount")
        self.count.setRange(2, MAX_OCCURRENCES)
        self.count.setValue(10)
        self.by_date = QRadioButton(self.tr("&Until:"), self)
        self.until = DateField(calendar, self)
        self.until.setObjectName("bookingUntil")
        ends = QButtonGroup(self)
        ends.addButton(self.by_count)
        ends.addButton(self.by_date)

        first = QHBoxLayout()
        first.addWidget(self.kind)
        first.addWidget(self.interval)
        first.addStretch(1)
        self.ends = QWidget(self)
        second = QHBoxLayout(self.ends)
        second.setContentsMargins(0, 0, 0, 0)
        second.addWidget(self.by_count)
        second.addWidget(self.count)
        second.addSpacing(12)
        second.addWidget(self.by_date)
        second.addWidget(self.until)
        second.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(first)
        layout.addWidget(self.ends)

        self.kind.currentIndexChanged.connect(self._update)
        self.by_count.toggled.connect(self._update)
        self.interval.valueChanged.connect(self._name_weeks)
        for signal in (
            self.kind.currentIndexChanged,
            self.interval.valueChanged,
            self.by_count.toggled,
            self.count.valueChanged,
            self.until.dateChanged,
        ):
            signal.connect(self.changed)
        self._name_weeks(self.interval.value())
        self._update()

    def tab_chain(self) -> list[QWidget]:
        return [self.kind, self.interval, self.by_count, self.count, self.by_date, self.until]

    def set_first_day(self, day: date) -> None:
        """A sensible end date to start from: ten weeks after the first visit."""
        self.until.setDate(to_qdate(day).addDays(70))

    def choose(self, weeks: int | None) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(weeks)))

    def _name_weeks(self, weeks: int) -> None:
        self.interval.setSuffix(self.tr(" week(s)", "", weeks))

    def repeating(self) -> bool:
        return self.kind.currentData() is not NO_REPEAT

    def _update(self) -> None:
        weeks = self.kind.currentData()
        repeating = weeks is not NO_REPEAT
        self.interval.setVisible(weeks == EVERY_N_WEEKS)
        self.ends.setEnabled(repeating)  # disabled fields are skipped by Tab
        self.count.setEnabled(repeating and self.by_count.isChecked())
        self.until.setEnabled(repeating and self.by_date.isChecked())

    def recurrence(self) -> Recurrence | None:
        weeks = self.kind.currentData()
        if weeks is NO_REPEAT:
            return None
        interval = self.interval.value() if weeks == EVERY_N_WEEKS else int(weeks)
        if self.by_count.isChecked():
            return Recurrence(interval_weeks=interval, occurrences=self.count.value())
        return Recurrence(interval_weeks=interval, until=from_qdate(self.until.date()))
