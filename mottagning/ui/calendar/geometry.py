"""Pixels for the board: the time gutter, column edges and rectangles. The
grid and its header compute the same edges from the same width and font."""

from collections import Counter
from dataclasses import dataclass

from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetrics

from mottagning.ui.calendar.board import Board, Placed
from mottagning.ui.calendar.layout import TimeAxis, column_edges

# A closed day with nothing booked gets this share of an open day's width (a
# holiday a little more, for its name).
NARROW_DAY = 0.35
HOLIDAY_DAY = 0.55
GAP = 2.0  # between side-by-side blocks and from the column lines


@dataclass(frozen=True)
class Geometry:
    axis: TimeAxis
    gutter: float
    edges: list[tuple[float, float]]  # (x, width) per column

    def column_at(self, x: float) -> int | None:
        for index, (left, width) in enumerate(self.edges):
            if left <= x < left + width:
                return index
        return None

    def nearest_column(self, x: float) -> int:
        """The column under `x`, or the closest one at either side."""
        found = self.column_at(x)
        if found is not None:
            return found
        return 0 if x < self.gutter else len(self.edges) - 1

    def fraction(self, column: int, x: float) -> float:
        left, width = self.edges[column]
        return (x - left) / width if width else 0.0

    def column_rect(self, column: int) -> QRectF:
        left, width = self.edges[column]
        top = self.axis.y(self.axis.first)
        return QRectF(left, top, width, self.axis.y(self.axis.last) - top)

    def span_rect(self, column: int, start: float, end: float) -> QRectF:
        left, width = self.edges[column]
        top = self.axis.y(max(start, self.axis.first))
        bottom = self.axis.y(min(end, self.axis.last))
        return QRectF(left, top, width, max(0.0, bottom - top))

    def block_rect(
        self, placed: Placed, start: int | None = None, end: int | None = None
    ) -> QRectF:
        left, width = self.edges[placed.column]
        x = left + width * placed.left + GAP / 2
        top = self.axis.y(max(placed.start if start is None else start, self.axis.first))
        bottom = self.axis.y(min(placed.end if end is None else end, self.axis.last))
        return QRectF(x, top + 1, max(1.0, width * placed.width - GAP), max(4.0, bottom - top - 2))


def slot_height(metrics: QFontMetrics) -> float:
    """A quarter hour: a line of text and a little air, so a 50-minute visit
    shows its time, client and room."""
    return float(metrics.lineSpacing() + 3)


def gutter_width(metrics: QFontMetrics) -> float:
    return float(metrics.horizontalAdvance("00:00") + 16)


def geometry_for(board: Board, width: float, metrics: QFontMetrics) -> Geometry:
    gutter = gutter_width(metrics)
    height = slot_height(metrics)
    axis = TimeAxis(board.first, board.last, height, top=metrics.height() / 2 + 4)
    columns_per_day = Counter(column.day for column in board.columns)
    weights = []
    for column in board.columns:
        day_weight = 1.0
        if board.quiet(column.day):
            day_weight = HOLIDAY_DAY if board.snapshot.day_info(column.day).holiday else NARROW_DAY
        weights.append(day_weight / columns_per_day[column.day])
    edges = column_edges(gutter, max(0.0, width - gutter - 1), weights)
    return Geometry(axis, gutter, edges)
