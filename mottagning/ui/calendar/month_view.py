"""The month view: whole weeks, Monday first, ISO week numbers at the left,
today marked, closed days and holidays shaded, and in each day its visits
("10:00 Lilja", coloured by status) with "+3 more" when they do not fit.

Mouse: a click opens the day in the day view. Keyboard: the arrows move from
day to day (Up and Down by a week), Enter opens the day; the page's own keys
(PageUp/PageDown for months, T for today, D, W, M) work here too.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QFocusEvent,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QToolTip, QWidget

from mottagning.models.calendar import Appointment
from mottagning.ui.calendar import texts
from mottagning.ui.calendar.colours import Colours
from mottagning.ui.calendar.month_snapshot import MonthSnapshot
from mottagning.ui.calendar.snapshot import DayInfo, ViewKind

PADDING = 4.0
STATUS_BAR = 3.0
TOOLTIP_VISITS = 15


@dataclass(frozen=True)
class MonthGeometry:
    """Where the weekday header, the week numbers and each day's cell are."""

    header: float  # height of the weekday row
    numbers: float  # width of the week-number column
    cell_width: float
    cell_height: float
    first: date  # the Monday top left

    def cell(self, day: date) -> QRectF:
        index = (day - self.first).days
        row, column = divmod(index, 7)
        return QRectF(
            self.numbers + column * self.cell_width,
            self.header + row * self.cell_height,
            self.cell_width,
            self.cell_height,
        )

    def day_at(self, x: float, y: float, weeks: int) -> date | None:
        if x < self.numbers or y < self.header:
            return None
        column = int((x - self.numbers) // self.cell_width)
        row = int((y - self.header) // self.cell_height)
        if not (0 <= column < 7 and 0 <= row < weeks):
            return None
        return self.first + timedelta(days=row * 7 + column)


class MonthView(QWidget):
    day_activated = Signal(object)  # a date: open it in the day view
    day_selected = Signal(object)  # a date chosen with the keyboard

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarMonth")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.snapshot: MonthSnapshot | None = None
        self.selected: date | None = None

    def set_snapshot(self, snapshot: MonthSnapshot, selected: date) -> None:
        self.snapshot = snapshot
        self.selected = selected
        self.update()

    def sizeHint(self) -> QSize:
        line = QFontMetrics(self.font()).lineSpacing()
        return QSize(700, 6 * 5 * line)

    # --- Geometry ---------------------------------------------------------------------

    def geometry_now(self) -> MonthGeometry:
        assert self.snapshot is not None
        metrics = QFontMetrics(self.font())
        header = metrics.lineSpacing() + 8
        numbers = metrics.horizontalAdvance(_week_label(53)) + 2 * PADDING + 4
        weeks = len(self.snapshot.weeks)
        return MonthGeometry(
            header=header,
            numbers=numbers,
            cell_width=max(1.0, (self.width() - numbers - 1) / 7),
            cell_height=max(1.0, (self.height() - header - 1) / weeks),
            first=self.snapshot.days[0].day,
        )

    # --- Painting ---------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        colours = Colours.of(self.palette())
        painter.fillRect(self.rect(), colours.base)
        if self.snapshot is None:
            return
        geo = self.geometry_now()
        self._paint_header(painter, geo, colours)
        for week in self.snapshot.weeks:
            self._paint_week_number(painter, geo, week[0].day, colours)
            for info in week:
                self._paint_day(painter, geo.cell(info.day), info, colours)
        self._paint_lines(painter, geo, colours)
        if self.selected is not None and self.hasFocus():
            painter.setPen(QPen(colours.accent, 2))
            painter.drawRect(geo.cell(self.selected).adjusted(1, 1, -1, -1))

    def _paint_header(self, painter: QPainter, geo: MonthGeometry, colours: Colours) -> None:
        painter.setPen(colours.muted)
        metrics = QFontMetrics(self.font())
        for column in range(7):
            day = geo.first + timedelta(days=column)
            rect = QRectF(geo.numbers + column * geo.cell_width, 0, geo.cell_width, geo.header)
            names = [texts.weekday_name(day), texts.weekday_name(day, short=True)]
            name = next(
                (n for n in names if metrics.horizontalAdvance(n) <= rect.width() - 4), names[1]
            )
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, name)

    def _paint_week_number(
        self, painter: QPainter, geo: MonthGeometry, monday: date, colours: Colours
    ) -> None:
        cell = geo.cell(monday)
        rect = QRectF(0, cell.top(), geo.numbers - PADDING, QFontMetrics(self.font()).height() + 6)
        painter.setPen(colours.muted)
        painter.drawText(
            rect,
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            _week_label(texts.week_number(monday)),
        )

    def _paint_day(self, painter: QPainter, rect: QRectF, info: DayInfo, colours: Colours) -> None:
        assert self.snapshot is not None
        snapshot = self.snapshot
        today = info.day == snapshot.today
        if info.opening is None:
            painter.fillRect(rect, colours.closed)
        elif today:
            painter.fillRect(rect, colours.today)
        metrics = QFontMetrics(self.font())
        line = metrics.lineSpacing()
        inner = rect.adjusted(PADDING, 2, -PADDING, -2)
        # The day's number, and what kind of day it is.
        number_font = QFont(self.font())
        number_font.setBold(today)
        painter.setFont(number_font)
        in_month = snapshot.in_month(info.day)
        painter.setPen(colours.accent if today else (colours.text if in_month else colours.muted))
        number = str(info.day.day)
        if info.day.day == 1 or info.day == snapshot.days[0].day:
            number = f"{info.day.day} {texts.month_name(info.day.month)[:3].lower()}"
        painter.drawText(QRectF(inner.left(), inner.top(), inner.width(), line), number)
        number_width = QFontMetrics(number_font).horizontalAdvance(number + "  ")
        painter.setFont(self.font())
        note = info.holiday or ""
        if info.day in snapshot.away:
            away = QCoreApplication.translate("Calendar", "Away")
            note = f"{note} · {away}" if note else away
        if note:
            painter.setPen(colours.muted)
            room = inner.width() - number_width
            painter.drawText(
                QRectF(inner.left() + number_width, inner.top(), room, line),
                Qt.AlignmentFlag.AlignRight,
                metrics.elidedText(note, Qt.TextElideMode.ElideRight, int(room)),
            )
        if today:
            painter.fillRect(
                QRectF(rect.left() + 1, rect.top() + 1, rect.width() - 1, 3), colours.accent
            )
        self._paint_visits(painter, inner.adjusted(0, line + 1, 0, 0), info.day, colours)

    def _paint_visits(self, painter: QPainter, area: QRectF, day: date, colours: Colours) -> None:
        small = QFont(self.font())
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.9))
        metrics = QFontMetrics(small)
        line = metrics.lineSpacing() + 1
        shown, more = self.day_lines(day, max(0, int(area.height() // line)))
        painter.setFont(small)
        y = area.top()
        for visit in shown:
            painter.fillRect(
                QRectF(area.left(), y + 2, STATUS_BAR, line - 3), colours.blocks[visit.status].edge
            )
            text = QRectF(area.left() + STATUS_BAR + 3, y, area.width() - STATUS_BAR - 3, line)
            painter.setPen(colours.text)
            painter.drawText(
                text,
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(
                    self.visit_line(visit), Qt.TextElideMode.ElideRight, int(text.width())
                ),
            )
            y += line
        if more:
            painter.setPen(colours.muted)
            painter.drawText(
                QRectF(area.left(), y, area.width(), line),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self.more_text(more),
            )
        painter.setFont(self.font())

    def day_lines(self, day: date, fits: int) -> tuple[list[Appointment], int]:
        """The visits a cell of `fits` lines lists, and how many more it has
        (said on its last line)."""
        assert self.snapshot is not None
        day_visits = self.snapshot.visits.get(day)
        if day_visits is None or fits <= 0:
            return [], 0
        shown = day_visits.first[:fits]
        if len(shown) < day_visits.count:
            shown = shown[: fits - 1]
        return shown, day_visits.count - len(shown)

    def more_text(self, more: int) -> str:
        return self.tr("+%n more", "", more)

    def visit_line(self, visit: Appointment) -> str:
        """10:00 Lilja; in the whole clinic's month with the counselor: 10:00 AY Lilja."""
        assert self.snapshot is not None
        snapshot = self.snapshot
        who = texts.who(visit, snapshot.client_name(visit))
        start = texts.clock(visit.starts_at, snapshot.zone)
        if snapshot.view_of.kind is ViewKind.CLINIC:
            people = " ".join(
                texts.initials(snapshot.staff_names.get(user_id, "?"))
                for user_id in sorted(visit.counselor_ids)
            )
            return f"{start} {people} {who}"
        return f"{start} {who}"

    def _paint_lines(self, painter: QPainter, geo: MonthGeometry, colours: Colours) -> None:
        assert self.snapshot is not None
        weeks = len(self.snapshot.weeks)
        right = geo.numbers + 7 * geo.cell_width
        bottom = geo.header + weeks * geo.cell_height
        painter.setPen(QPen(colours.line, 1))
        for row in range(weeks + 1):
            y = round(geo.header + row * geo.cell_height) + 0.5
            painter.drawLine(QPointF(geo.numbers, y), QPointF(right, y))
        for column in range(8):
            x = round(geo.numbers + column * geo.cell_width) + 0.5
            painter.drawLine(QPointF(x, geo.header), QPointF(x, bottom))

    # --- Mouse and keyboard ------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        if self.snapshot is None or event.button() != Qt.MouseButton.LeftButton:
            return
        day = self.geometry_now().day_at(
            event.position().x(), event.position().y(), len(self.snapshot.weeks)
        )
        if day is not None:
            self.selected = day
            self.day_activated.emit(day)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.snapshot is None or self.selected is None:
            super().keyPressEvent(event)
            return
        steps = {
            Qt.Key.Key_Left: -1,
            Qt.Key.Key_Right: 1,
            Qt.Key.Key_Up: -7,
            Qt.Key.Key_Down: 7,
        }
        key = Qt.Key(event.key())
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.day_activated.emit(self.selected)
            return
        if key not in steps or event.modifiers() & Qt.KeyboardModifier.AltModifier:
            super().keyPressEvent(event)
            return
        self.selected += timedelta(days=steps[key])
        self.update()
        self.day_selected.emit(self.selected)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    # --- Tooltips ---------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            tip = self.tooltip_at(event.pos().x(), event.pos().y())
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def tooltip_at(self, x: float, y: float) -> str:
        if self.snapshot is None:
            return ""
        day = self.geometry_now().day_at(x, y, len(self.snapshot.weeks))
        if day is None:
            return ""
        info = self.snapshot.day_info(day)
        lines = [texts.long_date(day)]
        if info.holiday:
            lines.append(info.holiday)
        day_visits = self.snapshot.visits.get(day)
        if day_visits is not None:
            shown = day_visits.first[:TOOLTIP_VISITS]
            lines += [self.visit_line(visit) for visit in shown]
            if day_visits.count > len(shown):
                lines.append(self.more_text(day_visits.count - len(shown)))
        lines.append(QCoreApplication.translate("Calendar", "Click to see this day."))
        return "\n".join(lines)


def _week_label(number: int) -> str:
    return QCoreApplication.translate("Calendar", "W{number}").format(number=number)
