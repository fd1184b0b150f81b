"""The day and week view: the time grid in a scroll area, with the day header
kept in sight above it (in the scroll area's top margin, so that both share
the same width and the columns line up)."""

from PySide6.QtCore import QEvent, QRect, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

from mottagning.ui.calendar.board import Board
from mottagning.ui.calendar.grid import TimeGrid
from mottagning.ui.calendar.header import DayHeader


class WeekView(QScrollArea):
    """The grid in a scroll area, its header fixed above it."""

    day_activated = Signal(object)  # a date clicked in the header

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarView")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.grid = TimeGrid(self)
        self.header = DayHeader(self)
        self.setWidget(self.grid)
        self.setFocusProxy(self.grid)
        self.grid.visible_requested.connect(self._ensure_visible)
        self.header.day_activated.connect(self.day_activated)

    def set_board(self, board: Board) -> None:
        self.grid.set_board(board)
        self.header.set_board(board)
        self.setViewportMargins(0, self.header.height(), 0, 0)
        self._place_header()

    def scroll_to_minute(self, minute: int) -> None:
        if self.grid.board is None:
            return
        y = self.grid.geometry_now().axis.y(minute)
        self.verticalScrollBar().setValue(int(y - self.grid.geometry_now().axis.slot_height))

    def _ensure_visible(self, rect: QRect) -> None:
        self.ensureVisible(rect.center().x(), rect.top(), 0, 8)
        self.ensureVisible(rect.center().x(), min(rect.bottom(), rect.top() + 200), 0, 8)

    def _place_header(self) -> None:
        viewport = self.viewport().geometry()
        height = self.header.height()
        self.header.setGeometry(viewport.x(), viewport.y() - height, viewport.width(), height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_header()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._place_header()
        return super().viewportEvent(event)
