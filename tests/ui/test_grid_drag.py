"""The time grid's hit-testing and drag state on their own: positions come
from the grid's geometry (whatever the fonts), no widget and no mouse events."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QFontMetrics

from mottagning.models.calendar import AppointmentStatus
from mottagning.ui.calendar.board import Board
from mottagning.ui.calendar.geometry import Geometry, geometry_for
from mottagning.ui.calendar.grid_drag import DragKind, DragState, MoveRequest, Span
from mottagning.ui.calendar.grid_hits import hit_at, on_bottom_edge
from mottagning.ui.calendar.selection import SlotPick
from mottagning.ui.calendar.snapshot import ViewKind, ViewOf, load
from tests.storage.reception import local, visit

TUESDAY = date(2026, 11, 24)
THRESHOLD = 4.0


@pytest.fixture(params=[7, 16], ids=lambda size: f"{size}pt")
def metrics(request, qapp) -> QFontMetrics:
    font = QFont()
    font.setPointSize(request.param)
    return QFontMetrics(font)


def week_of(session, counselor_id: str, metrics: QFontMetrics) -> tuple[Board, Geometry]:
    days = [TUESDAY - timedelta(days=1) + timedelta(days=n) for n in range(7)]
    board = Board(load(session, ViewOf(ViewKind.COUNSELOR, counselor_id), days))
    return board, geometry_for(board, 900, metrics)


def week_with_a_visit(scheduler, counselor, metrics: QFontMetrics) -> tuple[Board, Geometry]:
    """Tuesday 10:00-10:50 booked for `counselor`, and their week."""
    scheduler.scheduling.book(visit(counselor.user.id, local(2026, 11, 24, 10), 50))
    return week_of(scheduler, counselor.user.id, metrics)


def centre(geo: Geometry, board: Board) -> QPointF:
    return geo.block_rect(board.placed[0]).center()


def test_a_press_on_a_visit_is_no_drag_until_the_pointer_has_moved_far_enough(
    scheduler, counselor, metrics
):
    board, geo = week_with_a_visit(scheduler, counselor, metrics)
    at = centre(geo, board)
    hit = hit_at(board, geo, at)
    assert hit is not None and hit.placed is board.placed[0]
    drag = DragState()
    drag.begin(hit, at, geo)
    assert drag.press is not None and drag.press.kind is DragKind.MOVE
    assert drag.busy and drag.dragged is None
    drag.follow(at + QPointF(0, THRESHOLD - 1), geo, board, THRESHOLD)
    assert drag.dragged is None and drag.target is None
    assert drag.finish() is None, "a click is not a move"
    assert not drag.busy


def test_dragging_a_visit_two_slots_down_moves_it_half_an_hour_and_holds_it_there(
    scheduler, counselor, metrics
):
    board, geo = week_with_a_visit(scheduler, counselor, metrics)
    placed = board.placed[0]
    at = centre(geo, board)
    drag = DragState()
    drag.begin(hit_at(board, geo, at), at, geo)  # type: ignore[arg-type]
    drag.follow(at + QPointF(0, 2 * geo.axis.slot_height), geo, board, THRESHOLD)
    assert drag.dragged is placed
    assert drag.target == Span(placed.column, placed.start + 30, placed.end + 30)
    request = drag.finish()
    assert request == MoveRequest(placed, Span(placed.column, 10 * 60 + 30, 11 * 60 + 20))
    assert drag.pending == {placed.appointment.id: request.to}, "shown where dropped"
    assert drag.busy and drag.press is None
    drag.reset()
    assert not drag.busy


def test_the_bottom_edge_changes_the_length_and_never_below_a_quarter_hour(
    scheduler, counselor, metrics
):
    board, geo = week_with_a_visit(scheduler, counselor, metrics)
    placed = board.placed[0]
    bottom = geo.block_rect(placed).bottom() - 2
    at = QPointF(geo.block_rect(placed).center().x(), bottom)
    assert on_bottom_edge(geo, placed, at.y())
    drag = DragState()
    drag.begin(hit_at(board, geo, at), at, geo)  # type: ignore[arg-type]
    assert drag.press is not None and drag.press.kind is DragKind.RESIZE
    drag.follow(QPointF(at.x(), geo.axis.y(placed.start - 60)), geo, board, THRESHOLD)
    assert drag.target == Span(placed.column, placed.start, placed.start + 15)


def test_a_drag_over_empty_time_selects_the_range_whichever_way_it_goes(
    scheduler, counselor, metrics
):
    board, geo = week_of(scheduler, counselor.user.id, metrics)
    x = geo.column_rect(1).center().x()
    at = QPointF(x, geo.axis.y(14 * 60 + 7))
    hit = hit_at(board, geo, at)
    assert hit is not None and hit.placed is None and hit.minute == 14 * 60
    drag = DragState()
    drag.begin(hit, at, geo)
    picked = drag.follow(QPointF(x, geo.axis.y(13 * 60 + 7)), geo, board, THRESHOLD)
    assert picked == SlotPick(1, 13 * 60, 14 * 60 + 15)
    assert drag.finish() is None, "a range asks for no move"


def test_a_cancelled_visit_cannot_be_dragged_and_escape_stops_a_drag(scheduler, counselor, metrics):
    (booked,) = scheduler.scheduling.book(
        visit(counselor.user.id, local(2026, 11, 24, 10), 50)
    ).appointments
    board, geo = week_of(scheduler, counselor.user.id, metrics)
    at = centre(geo, board)
    drag = DragState()
    drag.begin(hit_at(board, geo, at), at, geo)  # type: ignore[arg-type]
    drag.follow(at + QPointF(0, 3 * geo.axis.slot_height), geo, board, THRESHOLD)
    assert drag.cancel() and drag.press is None and drag.target is None
    assert not drag.cancel(), "nothing left to cancel"

    scheduler.scheduling.set_status(booked.id, AppointmentStatus.CANCELLED_BY_CLIENT)
    board, geo = week_of(scheduler, counselor.user.id, metrics)
    assert board.placed[0].faded
    at = centre(geo, board)
    drag.begin(hit_at(board, geo, at), at, geo)  # type: ignore[arg-type]
    assert drag.press is None
    assert not on_bottom_edge(geo, board.placed[0], geo.block_rect(board.placed[0]).bottom())
