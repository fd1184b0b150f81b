"""The header above the grid: each day (today marked, a holiday named) and,
in the clinic's views, each counselor's name. Clicking a day opens that day."""

from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from mottagning.ui.calendar import texts
from mottagning.ui.calendar.board import Board
from mottagning.ui.calendar.colours import Colours
from mottagning.ui.calendar.geometry import Geometry, geometry_for
from mottagning.ui.calendar.snapshot import ViewKind


class DayHeader(QWidget):
    day_activated = Signal(object)  # a date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarHeader")
        self.setMouseTracking(True)
        self._board: Board | None = None

    def set_board(self, board: Board) -> None:
        self._board = board
        self.setFixedHeight(self.sizeHint().height())
        self.update()

    def _shows_names(self) -> bool:
        return self._board is not None and self._board.snapshot.view_of.kind is ViewKind.CLINIC

    def sizeHint(self) -> QSize:
        line = QFontMetrics(self.font()).lineSpacing()
        height = 2 * line + 10 + ((line + 8) if self._shows_names() else 0)
        return QSize(400, height)

    def _geometry(self) -> Geometry | None:
        if self._board is None or not self._board.columns:
            return None
        return geometry_for(self._board, self.width(), QFontMetrics(self.font()))

    def _day_row_height(self) -> int:
        return 2 * QFontMetrics(self.font()).lineSpacing() + 10

    def _days(self, geo: Geometry) -> list[tuple[date, QRectF]]:
        """Each day and the rectangle spanning its columns in the day row."""
        assert self._board is not None
        found: list[tuple[date, QRectF]] = []
        for column, (x, width) in zip(self._board.columns, geo.edges, strict=True):
            if found and found[-1][0] == column.day:
                rect = found[-1][1]
                rect.setRight(x + width)
            else:
                found.append((column.day, QRectF(x, 0, width, self._day_row_height())))
        return found

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        colours = Colours.of(self.palette())
        painter.fillRect(self.rect(), self.palette().window())
        geo = self._geometry()
        if geo is None or self._board is None:
            return
        snapshot = self._board.snapshot
        metrics = QFontMetrics(self.font())
        line = metrics.lineSpacing()
        days = self._days(geo)
        corner = QRectF(0, 0, geo.gutter - 6, self._day_row_height())
        painter.setPen(colours.muted)
        painter.drawText(
            corner,
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            QCoreApplication.translate("Calendar", "W{number}").format(
                number=texts.week_number(days[0][0])
            ),
        )
        bold = QFont(self.font())
        bold.setBold(True)
        levels = self._title_levels(days, QFontMetrics(bold))
        for day, rect in days:
            info = snapshot.day_info(day)
            today = day == snapshot.today
            inner = rect.adjusted(4, 4, -4, -4)
            painter.setFont(bold if today else self.font())
            painter.setPen(colours.accent if today else colours.text)
            title = self._fitting(
                _titles(day)[levels[day] :], QFontMetrics(painter.font()), inner.width()
            )
            painter.drawText(
                QRectF(inner.left(), inner.top(), inner.width(), line),
                Qt.AlignmentFlag.AlignCenter,
                title,
            )
            note = info.holiday or (
                QCoreApplication.translate("Calendar", "Closed") if info.opening is None else ""
            )
            if today and not note:
                note = QCoreApplication.translate("Calendar", "Today")
            painter.setFont(self.font())
            painter.setPen(colours.accent if today and not info.holiday else colours.muted)
            painter.drawText(
                QRectF(inner.left(), inner.top() + line, inner.width(), line),
                Qt.AlignmentFlag.AlignCenter,
                metrics.elidedText(note, Qt.TextElideMode.ElideRight, int(inner.width())),
            )
            if today:
                painter.fillRect(
                    QRectF(rect.left() + 1, rect.bottom() - 3, rect.width() - 1, 3), colours.accent
                )
        if self._shows_names():
            self._paint_names(painter, geo, colours)
        painter.setPen(QPen(colours.line, 1))
        for index, (x, _) in enumerate(geo.edges):
            columns = self._board.columns
            if index == 0 or columns[index - 1].day != columns[index].day:
                painter.drawLine(round(x), 0, round(x), self.height())
            elif self._shows_names() and not self._board.quiet(columns[index].day):
                painter.drawLine(round(x), self._day_row_height(), round(x), self.height())
        painter.drawLine(0, self.height() - 1, self.width(), self.height() - 1)

    def _paint_names(self, painter: QPainter, geo: Geometry, colours: Colours) -> None:
        """Counselors' names in one form for all (full, "Anna L." or "AL"),
        the longest that fits every column of an open day."""
        assert self._board is not None
        metrics = QFontMetrics(self.font())
        names = self._board.snapshot.staff_names
        forms = [
            _name_forms(names.get(column.counselor_id or "", "")) for column in self._board.columns
        ]
        working = [not self._board.quiet(column.day) for column in self._board.columns]
        widths = [width - 6 for _, width in geo.edges]
        wide = [i for i, width in enumerate(widths) if working[i]] or list(range(len(widths)))
        level = next(
            (
                level
                for level in range(3)
                if all(metrics.horizontalAdvance(forms[i][level]) <= widths[i] for i in wide)
            ),
            None,
        )
        if level is None:
            return
        top = self._day_row_height()
        painter.setPen(colours.text)
        for index, (x, width) in enumerate(geo.edges):
            name = forms[index][level]
            if working[index] and metrics.horizontalAdvance(name) <= width - 6:
                painter.drawText(
                    QRectF(x + 3, top, width - 6, self.height() - top),
                    Qt.AlignmentFlag.AlignCenter,
                    name,
                )

    @staticmethod
    def _title_levels(days: list[tuple[date, QRectF]], metrics: QFontMetrics) -> dict[date, int]:
        """For each day, the longest form of the titles that fits every day of
        its width, so that days read alike ("Monday 23" in every open day, not
        "Wed 25" in one; "Sat 28" and "Sun 29" in the narrow weekend)."""
        widest = max(rect.width() for _, rect in days)
        groups = [
            [(day, rect) for day, rect in days if (rect.width() >= widest * 0.9) is wide]
            for wide in (True, False)
        ]
        levels: dict[date, int] = {}
        for group in groups:
            level = next(
                (
                    level
                    for level in range(len(_titles(days[0][0])))
                    if all(
                        metrics.horizontalAdvance(_titles(day)[level]) <= rect.width() - 8
                        for day, rect in group
                    )
                ),
                len(_titles(days[0][0])) - 1,
            )
            levels.update((day, level) for day, _ in group)
        return levels

    @staticmethod
    def _fitting(candidates: list[str], metrics: QFontMetrics, width: float) -> str:
        for text in candidates:
            if metrics.horizontalAdvance(text) <= width:
                return text
        return ""

    def _day_at(self, x: float, y: float) -> date | None:
        geo = self._geometry()
        if geo is None or y > self._day_row_height():
            return None
        return next((day for day, rect in self._days(geo) if rect.left() <= x < rect.right()), None)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        day = self._day_at(event.position().x(), event.position().y())
        if day is not None and event.button() == Qt.MouseButton.LeftButton:
            self.day_activated.emit(day)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            self._tooltip(event)
            return True
        return super().event(event)

    def _tooltip(self, event: QHelpEvent) -> None:
        geo = self._geometry()
        if geo is None or self._board is None:
            return
        x, y = event.pos().x(), event.pos().y()
        day = self._day_at(x, y)
        tip = ""
        if day is not None:
            info = self._board.snapshot.day_info(day)
            tip = texts.long_date(day)
            if info.holiday:
                tip += f"\n{info.holiday}"
            if len(self._board.snapshot.days) > 1:
                tip += "\n" + QCoreApplication.translate("Calendar", "Click to see this day.")
        else:
            column = geo.column_at(x)
            if column is not None and self._shows_names():
                user_id = self._board.columns[column].counselor_id or ""
                tip = self._board.snapshot.staff_names.get(user_id, "")
        if tip:
            QToolTip.showText(event.globalPos(), tip, self)
        else:
            QToolTip.hideText()


def _titles(day: date) -> list[str]:
    """A day's title, longest first: Monday 23 November, Monday 23, Mon 23, 23."""
    weekday = texts.weekday_name(day)
    return [
        f"{weekday} {day.day} {texts.month_name(day.month)}",
        f"{weekday} {day.day}",
        texts.column_day(day),
        str(day.day),
    ]


def _name_forms(full_name: str) -> list[str]:
    """Anna Lind, Anna L., AL"""
    return [full_name, texts.short_name(full_name), texts.initials(full_name)]
