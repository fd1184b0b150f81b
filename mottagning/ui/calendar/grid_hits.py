"""Hit-testing the time grid: which column, quarter hour and visit lie under
a point, and whether the point is on a visit's bottom edge (where dragging
changes its length). Pure geometry: no widget, no events."""

from dataclasses import dataclass

from PySide6.QtCore import QPointF

from mottagning.ui.calendar.board import Board, Placed
from mottagning.ui.calendar.geometry import Geometry
from mottagning.ui.calendar.layout import SLOT

EDGE_GRAB = 6  # pixels above a block's bottom edge where dragging resizes it


@dataclass(frozen=True)
class Hit:
    column: int
    minute: int  # the quarter hour under the point, in minutes from midnight
    placed: Placed | None  # the visit under the point, if any


def hit_at(board: Board, geo: Geometry, pos: QPointF) -> Hit | None:
    """What lies under `pos` (None: outside every column)."""
    if not board.columns:
        return None
    column = geo.column_at(pos.x())
    if column is None:
        return None
    minute = geo.axis.minute_at(pos.y())
    exact = geo.axis.first + (pos.y() - geo.axis.top) / geo.axis.slot_height * SLOT
    return Hit(column, minute, board.hit(column, exact, geo.fraction(column, pos.x())))


def on_bottom_edge(geo: Geometry, placed: Placed, y: float) -> bool:
    """True where pressing on `placed` grabs its end rather than the whole visit."""
    return not placed.faded and y >= geo.block_rect(placed).bottom() - EDGE_GRAB
