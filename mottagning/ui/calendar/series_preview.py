"""The visits a recurring booking will create, listed before it is booked:
each date and time, the closed days passed over, and what stands in the way
of any visit (its full explanation in the tooltip)."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QIcon, QPalette, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from mottagning.models.calendar import ClashKind
from mottagning.services.closed_days import ClinicCalendar
from mottagning.services.scheduling import BookingPlan, PlannedVisit, SchedulingService
from mottagning.ui.calendar import texts
from mottagning.ui.errors import message_for

VISIBLE_ROWS = 6


def clash_label(kind: ClashKind) -> str:
    """What is in a visit's way, in a few words for a list."""
    labels = {
        ClashKind.COUNSELOR: QCoreApplication.translate("SeriesPreview", "counselor busy"),
        ClashKind.ROOM: QCoreApplication.translate("SeriesPreview", "room booked"),
        ClashKind.CLIENT: QCoreApplication.translate("SeriesPreview", "client busy"),
        ClashKind.ABSENCE: QCoreApplication.translate("SeriesPreview", "counselor away"),
        ClashKind.CLOSED: QCoreApplication.translate("SeriesPreview", "clinic closed"),
    }
    return labels[kind]


class SeriesPreview(QWidget):
    def __init__(self, calendar: ClinicCalendar, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._calendar = calendar  # names holidays in the interface language
        self.visits = QListWidget(self)
        self.visits.setObjectName("seriesVisits")
        self.visits.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.visits.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # to read, not to fill in
        self.visits.setUniformItemSizes(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("seriesSummary")
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.visits)
        layout.addWidget(self.summary)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self.visits.setIconSize(QSize(size, size))
        self._warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        blank = QPixmap(size, size)
        blank.fill(Qt.GlobalColor.transparent)
        self._no_icon = QIcon(blank)  # keeps the rows without a warning in line
        self._sized = False

    def show_plan(self, plan: BookingPlan, scheduling: SchedulingService) -> None:
        zone = scheduling.zone
        self.visits.clear()
        rows = [
            (visit.starts_at.astimezone(zone).date(), self._visit(visit, zone, scheduling))
            for visit in plan.visits
        ]
        rows += [(day, self._skipped(day)) for day, _ in plan.skipped]
        for _, item in sorted(rows, key=lambda row: row[0]):
            self.visits.addItem(item)
        if not self._sized and self.visits.count():
            self._sized = True  # whole rows, and the same height for every series
            rows_shown = VISIBLE_ROWS * self.visits.sizeHintForRow(0)
            self.visits.setFixedHeight(rows_shown + 2 * self.visits.frameWidth())
        self.summary.setText(self._summary(plan))

    def _visit(
        self, visit: PlannedVisit, zone: ZoneInfo, scheduling: SchedulingService
    ) -> QListWidgetItem:
        text = f"{visit.number}.  {_when(visit.starts_at, visit.ends_at, zone)}"
        item = QListWidgetItem(self._no_icon, text)
        if visit.clashes:
            kinds = dict.fromkeys(clash.kind for clash in visit.clashes)
            item.setText(f"{text}  –  {', '.join(clash_label(kind) for kind in kinds)}")
            item.setIcon(self._warning)
            item.setToolTip(message_for(scheduling.explain(list(visit.clashes))))
        return item

    def _skipped(self, day: date) -> QListWidgetItem:
        holiday = self._calendar.holiday(day)
        closed = (
            self.tr("{day} {holiday}: closed, passed over").format(day=_day(day), holiday=holiday)
            if holiday
            else self.tr("{day}: closed, passed over").format(day=_day(day))
        )
        item = QListWidgetItem(self._no_icon, f"–   {closed}")
        item.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
        return item

    def _summary(self, plan: BookingPlan) -> str:
        parts = [self.tr("%n visit(s)", "", len(plan.visits))]
        if plan.skipped:
            parts.append(self.tr("%n closed day(s) passed over", "", len(plan.skipped)))
        if plan.clashing:
            parts.append(self.tr("%n with a clash", "", len(plan.clashing)))
        return " · ".join(parts)


def _day(day: date) -> str:
    return f"{texts.weekday_name(day, short=True)} {day.isoformat()}"


def _when(start: datetime, end: datetime, zone: ZoneInfo) -> str:
    return f"{_day(start.astimezone(zone).date())} {texts.time_range(start, end, zone)}"
