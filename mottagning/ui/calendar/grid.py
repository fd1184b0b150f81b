"""The time grid: painted days or people side by side, with the keyboard and
mouse handling that selects, books, opens, moves and resizes visits.

Mouse: click selects, drag over empty time selects a range, double-click
books (empty time) or opens (a visit), dragging a visit moves it, dragging its
bottom edge changes its length (15-minute steps). Keyboard: arrows move the
selection, Shift+Up/Down lengthens a time range, Enter books or opens, Delete
asks to cancel, the Menu key (or Shift+F10) opens the visit's menu, Escape
stops a drag.
"""

from dataclasses import dataclass
from datetime import datetime
from enum import Enum, auto
from functools import partial

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QFocusEvent,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

from mottagning.ui.calendar import texts
from mottagning.ui.calendar.board import Board, Placed
from mottagning.ui.calendar.colours import Colours
from mottagning.ui.calendar.geometry import Geometry, geometry_for
from mottagning.ui.calendar.layout import DEFAULT_VISIT, SLOT
from mottagning.ui.calendar.painting import (
    band_label,
    block_text,
    paint_block,
    paint_grid,
    paint_now,
)
from mottagning.ui.calendar.selection import BlockPick, Navigator, Selection, SlotPick

EDGE_GRAB = 6  # pixels above a block's bottom edge where dragging resizes it


@dataclass(frozen=True)
class TimeChoice:
    """An empty time chosen in the grid, and whose column it was in."""

    starts_at: datetime
    ends_at: datetime
    counselor_id: str | None
    room_id: str | None


class _Drag(Enum):
    MOVE = auto()
    RESIZE = auto()
    RANGE = auto()


@dataclass
class _Press:
    kind: _Drag
    origin: QPointF
    column: int
    minute: int  # the slot pressed (RANGE) or the block's start
    placed: Placed | None = None
    grab: float = 0.0  # pixels from the block's top to the pointer
    active: bool = False  # moved far enough to count as a drag


class TimeGrid(QWidget):
    book_requested = Signal(object)  # TimeChoice
    open_requested = Signal(str)  # appointment id
    move_requested = Signal(str, object, object)  # appointment id, new start, new end
    cancel_requested = Signal(str)
    menu_requested = Signal(str, QPoint)  # appointment id, global position
    slot_menu_requested = Signal(object, QPoint)  # TimeChoice, global position
    visible_requested = Signal(QRect)
    selection_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarGrid")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.board: Board | None = None
        self.selection: Selection | None = None
        self._navigator: Navigator | None = None
        self._press: _Press | None = None
        self._target: tuple[int, int, int] | None = None  # column, start, end while dragging
        self._pending: dict[str, tuple[int, int, int]] = {}  # dropped, until the next refresh

    # --- Content ---------------------------------------------------------------------

    def set_board(self, board: Board) -> None:
        moved = self.board is not None and board.columns != self.board.columns
        if moved and isinstance(self.selection, SlotPick):
            self.selection = None  # other days or people: the same place means another time
        self.board = board
        self._navigator = Navigator(board)
        self._press = None
        self._target = None
        self._pending.clear()
        self.selection = self._still_valid(self.selection)
        self.setFixedHeight(int(self.geometry_now().axis.height))
        self.update()

    def _still_valid(self, selection: Selection | None) -> Selection | None:
        if self.board is None or selection is None:
            return None
        if selection.column >= len(self.board.columns):
            return None
        if isinstance(selection, BlockPick):
            placed = self.board.find(selection.appointment_id, selection.column)
            return BlockPick(placed.column, placed.appointment.id) if placed else None
        return selection

    def geometry_now(self) -> Geometry:
        assert self.board is not None
        return geometry_for(self.board, self.width(), QFontMetrics(self.font()))

    def dragging(self) -> bool:
        return self._press is not None or bool(self._pending)

    def selected_appointment_id(self) -> str | None:
        return self.selection.appointment_id if isinstance(self.selection, BlockPick) else None

    def select(self, selection: Selection | None) -> None:
        self.selection = self._still_valid(selection)
        self.update()
        self.selection_changed.emit()
        rect = self._selection_rect()
        if rect is not None:
            self.visible_requested.emit(rect.toAlignedRect())

    def select_appointment(self, appointment_id: str) -> bool:
        placed = self.board.find(appointment_id) if self.board else None
        if placed is None:
            return False
        self.select(BlockPick(placed.column, appointment_id))
        return True

    def _selection_rect(self) -> QRectF | None:
        if self.board is None or self.selection is None:
            return None
        geo = self.geometry_now()
        if isinstance(self.selection, SlotPick):
            return geo.span_rect(self.selection.column, self.selection.start, self.selection.end)
        placed = self.board.find(self.selection.appointment_id, self.selection.column)
        return geo.block_rect(placed) if placed else None

    def default_selection(self) -> Selection | None:
        """Where the keyboard starts: today's column at the current time (or
        the opening), else the first column at the opening."""
        if self.board is None or self._navigator is None or not self.board.columns:
            return None
        snapshot = self.board.snapshot
        columns = self.board.columns
        column = next((i for i, c in enumerate(columns) if c.day == snapshot.today), 0)
        opening = snapshot.day_info(columns[column].day).opening
        minute = opening[0] if opening else 8 * 60
        if columns[column].day == snapshot.today:
            now = snapshot.minute_of(snapshot.now, snapshot.today)
            minute = max(minute, now - now % SLOT)
        minute = max(self.board.first, min(self.board.last - SLOT, minute))
        return self._navigator.at(column, minute)

    def choice(self, selection: Selection | None = None) -> TimeChoice | None:
        """The time to book for `selection` (default: the current one). A single
        slot means a standard visit starting there; a visit means right after it."""
        selection = selection or self.selection
        if self.board is None or selection is None:
            return None
        if isinstance(selection, BlockPick):
            placed = self.board.find(selection.appointment_id, selection.column)
            if placed is None:
                return None
            selection = SlotPick(placed.column, placed.end, placed.end + SLOT)
        start, end = selection.start, selection.end
        if end - start <= SLOT:
            end = start + DEFAULT_VISIT
        column = self.board.columns[selection.column]
        return TimeChoice(
            self.board.moment(selection.column, start),
            self.board.moment(selection.column, end),
            column.counselor_id,
            column.room_id,
        )

    # --- Painting -----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        colours = Colours.of(self.palette())
        if self.board is None or not self.board.columns:
            painter.fillRect(self.rect(), colours.base)
            return
        geo = self.geometry_now()
        paint_grid(painter, geo, self.board, colours, self.selection, QRectF(event.rect()))
        selected = self.selected_appointment_id()
        dragged = self._press.placed if self._press and self._press.active else None
        for placed in self.board.placed:
            rect = geo.block_rect(placed)
            moved = self._pending.get(placed.appointment.id)
            if moved is not None:
                rect = self._moved_rect(geo, placed, moved)
            if not rect.intersects(QRectF(event.rect())):
                continue
            style = colours.blocks[placed.appointment.status]
            is_dragged = dragged is not None and dragged.appointment.id == placed.appointment.id
            if is_dragged:
                painter.setOpacity(0.35)
            paint_block(
                painter,
                rect,
                partial(block_text, self.board, placed),
                style,
                selected=placed.appointment.id == selected and self.hasFocus(),
                accent=colours.accent,
            )
            painter.setOpacity(1.0)
        if dragged is not None and self._target is not None:
            rect = self._moved_rect(geo, dragged, self._target)
            text = block_text(self.board, dragged)
            _, start, end = self._target
            moved_time = f"{texts.minutes_text(start)}–{texts.minutes_text(end)}"
            text = type(text)(moved_time, text.who, text.detail)
            paint_block(
                painter,
                rect,
                lambda: text,
                colours.blocks[dragged.appointment.status],
                selected=True,
                accent=colours.accent,
            )
        paint_now(painter, geo, self.board, colours)

    @staticmethod
    def _moved_rect(geo: Geometry, placed: Placed, target: tuple[int, int, int]) -> QRectF:
        column, start, end = target
        left, width = geo.edges[column]
        rect = geo.block_rect(placed, start, end)
        rect.moveLeft(left + width * placed.left + 1)
        return rect

    # --- Mouse ----------------------------------------------------------------------------

    def _locate(self, pos: QPointF) -> tuple[int, int, Placed | None] | None:
        """(column, minute, block) under `pos`."""
        if self.board is None or not self.board.columns:
            return None
        geo = self.geometry_now()
        column = geo.column_at(pos.x())
        if column is None:
            return None
        minute = geo.axis.minute_at(pos.y())
        exact = geo.axis.first + (pos.y() - geo.axis.top) / geo.axis.slot_height * SLOT
        return column, minute, self.board.hit(column, exact, geo.fraction(column, pos.x()))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        found = self._locate(event.position())
        if found is None:
            return
        column, minute, placed = found
        if placed is not None:
            self.select(BlockPick(column, placed.appointment.id))
        elif not (
            isinstance(self.selection, SlotPick)
            and event.button() == Qt.MouseButton.RightButton
            and self.selection.column == column
            and self.selection.start <= minute < self.selection.end
        ):
            self.select(SlotPick(column, minute, minute + SLOT))
        if event.button() != Qt.MouseButton.LeftButton:
            return
        if placed is None:
            self._press = _Press(_Drag.RANGE, event.position(), column, minute)
            return
        if placed.faded:  # a cancelled visit stays where it was
            self._press = None
            return
        rect = self.geometry_now().block_rect(placed)
        kind = _Drag.RESIZE if event.position().y() >= rect.bottom() - EDGE_GRAB else _Drag.MOVE
        self._press = _Press(
            kind,
            event.position(),
            column,
            placed.start,
            placed,
            grab=event.position().y() - rect.top(),
        )

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        press = self._press
        if press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            self._hover_cursor(event.position())
            return
        distance = (event.position() - press.origin).manhattanLength()
        if not press.active and distance < QApplication.startDragDistance():
            return
        press.active = True
        assert self.board is not None
        geo = self.geometry_now()
        pos = event.position()
        if press.kind is _Drag.RANGE:
            minute = geo.axis.minute_at(pos.y())
            start, end = min(press.minute, minute), max(press.minute, minute) + SLOT
            self.selection = SlotPick(press.column, start, end)
        elif press.placed is not None:
            placed = press.placed
            length = placed.end - placed.start
            if press.kind is _Drag.MOVE:
                column = self.board.same_subject(placed.column, geo.nearest_column(pos.x()))
                start = geo.axis.nearest_slot(pos.y() - press.grab)
                start = max(geo.axis.first, min(geo.axis.last - length, start))
                self._target = (column, start, start + length)
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
            else:
                end = max(placed.start + SLOT, geo.axis.nearest_slot(pos.y()))
                self._target = (placed.column, placed.start, end)
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        press, target = self._press, self._target
        self._press = None
        self._target = None
        self.unsetCursor()
        if press is None or not press.active or press.placed is None or target is None:
            self.update()
            return
        placed = press.placed
        if (target[0], target[1], target[2]) == (placed.column, placed.start, placed.end):
            self.update()
            return
        assert self.board is not None
        column, start, end = target
        self._pending[placed.appointment.id] = target
        self.selection = BlockPick(placed.column, placed.appointment.id)
        self.update()
        day = self.board.columns[column].day
        self.move_requested.emit(
            placed.appointment.id,
            self.board.snapshot.moment(day, start),
            self.board.snapshot.moment(day, end),
        )

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        found = self._locate(event.position())
        if found is None:
            return
        self._press = None
        column, minute, placed = found
        selection = self.selection
        if placed is not None:
            self.select(BlockPick(column, placed.appointment.id))
        elif not (
            isinstance(selection, SlotPick)
            and selection.column == column
            and selection.start <= minute < selection.end
        ):
            self.select(SlotPick(column, minute, minute + SLOT))
        self.activate()

    def _hover_cursor(self, pos: QPointF) -> None:
        found = self._locate(pos)
        placed = found[2] if found else None
        if placed is not None and not placed.faded:
            rect = self.geometry_now().block_rect(placed)
            if pos.y() >= rect.bottom() - EDGE_GRAB:
                self.setCursor(Qt.CursorShape.SizeVerCursor)
                return
        self.unsetCursor()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() != QContextMenuEvent.Reason.Mouse:
            rect = self._selection_rect()
            where = rect.center().toPoint() if rect is not None else QPoint(0, 0)
            global_pos = self.mapToGlobal(where)
        else:
            global_pos = event.globalPos()
        appointment_id = self.selected_appointment_id()
        if appointment_id is not None:
            self.menu_requested.emit(appointment_id, global_pos)
            return
        choice = self.choice()
        if choice is not None:
            self.slot_menu_requested.emit(choice, global_pos)

    # --- Keyboard -------------------------------------------------------------------------

    def activate(self) -> None:
        """Enter or double-click: open the visit, or book the empty time."""
        appointment_id = self.selected_appointment_id()
        if appointment_id is not None:
            self.open_requested.emit(appointment_id)
            return
        choice = self.choice()
        if choice is not None:
            self.book_requested.emit(choice)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = event.key(), event.modifiers()
        navigator = self._navigator
        if key == Qt.Key.Key_Escape and self._press is not None:
            self._press = None
            self._target = None
            self.unsetCursor()
            self.update()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.selection is None:
                self.select(self.default_selection())
            self.activate()
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            appointment_id = self.selected_appointment_id()
            if appointment_id is not None:
                self.cancel_requested.emit(appointment_id)
            return
        moves = {
            Qt.Key.Key_Up: "up",
            Qt.Key.Key_Down: "down",
            Qt.Key.Key_Left: "left",
            Qt.Key.Key_Right: "right",
        }
        if navigator is None or key not in moves or modifiers & Qt.KeyboardModifier.AltModifier:
            super().keyPressEvent(event)
            return
        if self.selection is None:
            self.select(self.default_selection())
            return
        if modifiers & Qt.KeyboardModifier.ShiftModifier and key in (
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
        ):
            self.select(navigator.extend(self.selection, 1 if key == Qt.Key.Key_Down else -1))
            return
        self.select(getattr(navigator, moves[Qt.Key(key)])(self.selection))

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    # --- Tooltips ---------------------------------------------------------------------------

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            found = self._locate(QPointF(event.pos()))
            tip = ""
            if found is not None and self.board is not None:
                column, minute, placed = found
                if placed is not None:
                    tip = self._describe(placed)
                else:
                    tip = "\n".join(
                        band_label(band)
                        for band in self.board.bands
                        if band.column == column and band.start <= minute < band.end
                    )
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def _describe(self, placed: Placed) -> str:
        assert self.board is not None
        snapshot, appointment = self.board.snapshot, placed.appointment
        lines = [
            texts.when(appointment.starts_at, appointment.ends_at, snapshot.zone),
            texts.who(appointment, snapshot.client_name(appointment)),
            texts.names(appointment.counselor_ids, snapshot.staff_names),
        ]
        if appointment.room_id:
            lines.append(snapshot.room_names.get(appointment.room_id, ""))
        lines.append(
            f"{texts.form_text(appointment.contact_form)} · {texts.status_text(appointment.status)}"
        )
        if appointment.reception_note:
            lines.append(appointment.reception_note)
        return "\n".join(line for line in lines if line)
