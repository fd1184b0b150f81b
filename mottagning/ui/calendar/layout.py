"""Where things go in the time grid: minutes down, columns across, and
overlapping visits side by side. Plain arithmetic, no Qt, so it is easy to test.

Times inside the grid are minutes since the column day's local midnight.
"""

from collections.abc import Sequence
from dataclasses import dataclass

SLOT = 15  # minutes: the grid's step for selecting, booking, moving and resizing
DEFAULT_VISIT = 50  # minutes: a standard visit
FIRST_MINUTE = 7 * 60
LAST_MINUTE = 20 * 60
# Cancelled visits free their time, so they sit faded in a strip at the right
# edge and leave the rest of the column free to book.
FADED_STRIP = 0.34


def ceil_slot(minute: int) -> int:
    return -(-minute // SLOT) * SLOT


@dataclass(frozen=True)
class TimeAxis:
    """Minutes <-> pixels down the grid."""

    first: int  # the first minute shown (a whole hour)
    last: int  # the last minute shown (a whole hour)
    slot_height: float
    top: float  # room above the first line, so its hour label is not cut off

    def y(self, minute: float) -> float:
        return self.top + (minute - self.first) / SLOT * self.slot_height

    def minute_at(self, y: float) -> int:
        """The slot under `y`, kept inside the axis."""
        minute = self.first + int((y - self.top) // self.slot_height) * SLOT
        return max(self.first, min(self.last - SLOT, minute))

    def nearest_slot(self, y: float) -> int:
        """The slot boundary nearest `y` (where a dragged edge snaps to)."""
        minute = self.first + round((y - self.top) / self.slot_height) * SLOT
        return max(self.first, min(self.last, minute))

    @property
    def height(self) -> float:
        return self.y(self.last) + self.top


def axis_range(spans: Sequence[tuple[int, int]]) -> tuple[int, int]:
    """07-20, widened to whole hours so that nothing booked falls outside."""
    first = min([FIRST_MINUTE, *(start for start, _ in spans)])
    last = max([LAST_MINUTE, *(end for _, end in spans)])
    return first - first % 60, min(24 * 60, ceil_slot(last) + (-ceil_slot(last)) % 60)


def column_edges(left: float, width: float, weights: Sequence[float]) -> list[tuple[float, float]]:
    """(x, width) of each column, sharing `width` by weight."""
    total = sum(weights) or 1.0
    edges = []
    x = left
    for weight in weights:
        span = width * weight / total
        edges.append((x, span))
        x += span
    return edges


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    faded: bool = False  # cancelled: drawn in the right-hand strip


def arrange(spans: Sequence[Span]) -> list[tuple[float, float]]:
    """(left, width) of each span as fractions of the column width.

    Spans that overlap (directly or through others) form a cluster; within it
    each gets the first free lane, and all share the width equally."""
    order = sorted(range(len(spans)), key=lambda i: (spans[i].start, -spans[i].end))
    placed: list[tuple[float, float]] = [(0.0, 1.0)] * len(spans)
    cluster: list[int] = []
    cluster_end = -1

    def close(members: list[int]) -> None:
        for faded in (False, True):
            group = [i for i in members if spans[i].faded is faded]
            lanes = _lanes([spans[i] for i in group])
            count = max(lanes, default=-1) + 1
            left, width = (1 - FADED_STRIP, FADED_STRIP) if faded else (0.0, 1.0)
            if not faded and any(spans[i].faded for i in members):
                width = 1 - FADED_STRIP
            for i, lane in zip(group, lanes, strict=True):
                placed[i] = (left + width * lane / count, width / count)

    for i in order:
        if spans[i].start >= cluster_end and cluster:
            close(cluster)
            cluster = []
        cluster.append(i)
        cluster_end = max(cluster_end, spans[i].end) if len(cluster) > 1 else spans[i].end
    if cluster:
        close(cluster)
    return placed


def _lanes(spans: Sequence[Span]) -> list[int]:
    """The first free lane for each span, in the order given (sorted by start)."""
    ends: list[int] = []
    lanes = []
    for span in spans:
        for lane, end in enumerate(ends):
            if end <= span.start:
                ends[lane] = span.end
                lanes.append(lane)
                break
        else:
            ends.append(span.end)
            lanes.append(len(ends) - 1)
    return lanes
