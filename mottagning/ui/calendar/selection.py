"""What is selected in the grid, and where the arrow keys take it.

A selection is either a time range in a column (a "slot", where Enter books)
or a visit (where Enter opens it). Up and Down walk through the column:
from a visit to the time right after it, from a time into the visit that
covers it. Left and Right go through side-by-side visits, then to the next
column at the same time.
"""

from dataclasses import dataclass

from mottagning.ui.calendar.board import Board
from mottagning.ui.calendar.layout import SLOT


@dataclass(frozen=True)
class SlotPick:
    column: int
    start: int  # minutes since the column day's midnight
    end: int


@dataclass(frozen=True)
class BlockPick:
    column: int
    appointment_id: str


Selection = SlotPick | BlockPick


class Navigator:
    def __init__(self, board: Board) -> None:
        self._board = board

    def at(self, column: int, minute: int) -> Selection:
        """The visit covering `minute` (cancelled ones do not count), else the slot."""
        return self._stops(column, minute)[0]

    def _stops(self, column: int, minute: int) -> list[Selection]:
        covering = self._board.covering(column, minute)
        occupying: list[Selection] = [
            BlockPick(column, p.appointment.id) for p in covering if not p.faded
        ]
        faded = [BlockPick(column, p.appointment.id) for p in covering if p.faded]
        return [*(occupying or [SlotPick(column, minute, minute + SLOT)]), *faded]

    def _minute(self, selection: Selection) -> int:
        if isinstance(selection, SlotPick):
            return selection.start
        placed = self._board.find(selection.appointment_id, selection.column)
        return placed.start if placed else self._board.first

    def up(self, selection: Selection) -> Selection:
        minute = self._minute(selection) - SLOT
        if minute < self._board.first:
            return selection
        return self.at(selection.column, minute)

    def down(self, selection: Selection) -> Selection:
        if isinstance(selection, SlotPick):
            minute = selection.end
        else:
            placed = self._board.find(selection.appointment_id, selection.column)
            minute = placed.end if placed else self._board.first
        if minute >= self._board.last:
            return selection
        return self.at(selection.column, minute)

    def right(self, selection: Selection) -> Selection:
        return self._sideways(selection, 1)

    def left(self, selection: Selection) -> Selection:
        return self._sideways(selection, -1)

    def _sideways(self, selection: Selection, step: int) -> Selection:
        minute = self._minute(selection)
        stops = self._stops(selection.column, minute)
        index = next((i for i, stop in enumerate(stops) if _same(stop, selection)), 0)
        if 0 <= index + step < len(stops):
            return stops[index + step]
        column = selection.column + step
        if not 0 <= column < len(self._board.columns):
            return selection
        beside = self._stops(column, minute)
        return beside[0] if step > 0 else beside[-1]

    def extend(self, selection: Selection, steps: int) -> Selection:
        """Shift+Up/Down: a longer or shorter time range (at least one slot)."""
        if not isinstance(selection, SlotPick):
            return selection
        end = selection.end + steps * SLOT
        end = max(selection.start + SLOT, min(self._board.last, end))
        return SlotPick(selection.column, selection.start, end)


def _same(a: Selection, b: Selection) -> bool:
    if isinstance(a, SlotPick) and isinstance(b, SlotPick):
        return a.column == b.column
    return a == b
