"""The time grid's mouse state machine: a press becomes a drag once the
pointer has moved far enough; a drag selects a range of empty time, moves a
visit (to another time or another day of the same person or room) or changes
its length, in 15-minute steps; releasing asks for the move, which shows where
it was dropped until the calendar is read again. Escape cancels. No widget
here: the grid feeds in positions and paints what this holds."""

from dataclasses import dataclass
from enum import Enum, auto
from typing import NamedTuple

from PySide6.QtCore import QPointF

from mottagning.ui.calendar.board import Board, Placed
from mottagning.ui.calendar.geometry import Geometry
from mottagning.ui.calendar.grid_hits import Hit, on_bottom_edge
from mottagning.ui.calendar.layout import SLOT
from mottagning.ui.calendar.selection import SlotPick


class DragKind(Enum):
    MOVE = auto()
    RESIZE = auto()
    RANGE = auto()


class Span(NamedTuple):
    """Where a dragged visit would go: its column, start and end (minutes)."""

    column: int
    start: int
    end: int


@dataclass
class Press:
    kind: DragKind
    origin: QPointF
    column: int
    minute: int  # the slot pressed (RANGE) or the block's start
    placed: Placed | None = None
    grab: float = 0.0  # pixels from the block's top to the pointer
    active: bool = False  # moved far enough to count as a drag


@dataclass(frozen=True)
class MoveRequest:
    placed: Placed
    to: Span


class DragState:
    def __init__(self) -> None:
        self.press: Press | None = None
        self.target: Span | None = None  # while a visit is dragged
        self.pending: dict[str, Span] = {}  # dropped visits, until the next refresh

    def reset(self) -> None:
        self.press = None
        self.target = None
        self.pending.clear()

    @property
    def busy(self) -> bool:
        """A drag is under way or its move is not yet read back."""
        return self.press is not None or bool(self.pending)

    @property
    def dragged(self) -> Placed | None:
        """The visit being dragged, once the pointer has moved far enough."""
        press = self.press
        return press.placed if press is not None and press.active else None

    def begin(self, hit: Hit, pos: QPointF, geo: Geometry) -> None:
        """A left press at `pos`: on empty time a range starts, on a visit a
        move or (on its bottom edge) a resize; a cancelled visit stays put."""
        placed = hit.placed
        if placed is None:
            self.press = Press(DragKind.RANGE, pos, hit.column, hit.minute)
        elif placed.faded:
            self.press = None
        else:
            kind = DragKind.RESIZE if on_bottom_edge(geo, placed, pos.y()) else DragKind.MOVE
            top = geo.block_rect(placed).top()
            self.press = Press(kind, pos, hit.column, placed.start, placed, grab=pos.y() - top)

    def follow(
        self, pos: QPointF, geo: Geometry, board: Board, threshold: float
    ) -> SlotPick | None:
        """The pointer moved to `pos` with the button held. Nothing happens
        until it has gone `threshold` pixels (then `dragged` or the range is
        set); a range drag returns the range it selects."""
        press = self.press
        if press is None:
            return None
        if not press.active and (pos - press.origin).manhattanLength() < threshold:
            return None
        press.active = True
        if press.kind is DragKind.RANGE:
            minute = geo.axis.minute_at(pos.y())
            return SlotPick(
                press.column, min(press.minute, minute), max(press.minute, minute) + SLOT
            )
        placed = press.placed
        assert placed is not None
        if press.kind is DragKind.MOVE:
            length = placed.end - placed.start
            column = board.same_subject(placed.column, geo.nearest_column(pos.x()))
            start = geo.axis.nearest_slot(pos.y() - press.grab)
            start = max(geo.axis.first, min(geo.axis.last - length, start))
            self.target = Span(column, start, start + length)
        else:
            end = max(placed.start + SLOT, geo.axis.nearest_slot(pos.y()))
            self.target = Span(placed.column, placed.start, end)
        return None

    def finish(self) -> MoveRequest | None:
        """The button was released: the move to ask for, if a visit was dropped
        somewhere new (kept in `pending` until the calendar is read again)."""
        press, target = self.press, self.target
        self.press = None
        self.target = None
        if press is None or not press.active or press.placed is None or target is None:
            return None
        placed = press.placed
        if target == Span(placed.column, placed.start, placed.end):
            return None
        self.pending[placed.appointment.id] = target
        return MoveRequest(placed, target)

    def cancel(self) -> bool:
        """Escape: the drag stops where it began. False when there was none."""
        if self.press is None:
            return False
        self.press = None
        self.target = None
        return True
