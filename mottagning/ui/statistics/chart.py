"""A bar per row of one column of the chosen period: for the tables a person
would rather look at. A hidden cell has no bar, only its mark."""

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

_ROW = 20
_LABEL = 220
_VALUE = 50


class BarChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statisticsChart")
        self._bars: list[tuple[str, float | None, str]] = []
        self._title = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def show_bars(self, title: str, bars: list[tuple[str, float | None, str]]) -> None:
        """(label, value or None when hidden, the text shown beside the bar)."""
        self._title, self._bars = title, bars
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(600, _ROW * (len(self._bars) + 1) + 8)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.setPen(palette.color(QPalette.ColorRole.WindowText))
        painter.drawText(
            QRectF(0, 0, self.width(), _ROW), Qt.AlignmentFlag.AlignVCenter, self._title
        )
        largest = max((value for _, value, _ in self._bars if value), default=1.0)
        room = max(10.0, self.width() - _LABEL - _VALUE - 10)
        for i, (label, value, text) in enumerate(self._bars):
            top = _ROW * (i + 1) + 2
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            painter.drawText(
                QRectF(0, top, _LABEL - 8, _ROW - 4),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                painter.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight, _LABEL - 8),
            )
            width = room * (value or 0) / largest
            if width > 0:
                painter.fillRect(
                    QRectF(_LABEL, top + 2, width, _ROW - 8),
                    palette.color(QPalette.ColorRole.Highlight),
                )
            painter.drawText(
                QRectF(_LABEL + width + 6, top, _VALUE + 40, _ROW - 4),
                Qt.AlignmentFlag.AlignVCenter,
                text,
            )
        painter.end()
