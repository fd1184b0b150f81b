"""The time grid: painted days or people side by side, with the keyboard and
mouse handling that selects, books, opens, moves and resizes visits. What is
under the pointer is found by grid_hits, drags are followed by grid_drag, and
painting is done by painting; this widget routes Qt's events between them.

Mouse: click selects, drag over empty time selects a range, double-click
books (empty time) or opens (a visit), dragging a visit moves it, dragging its
bottom edge changes its length (15-minute steps). Keyboard: arrows move the
selection, Shift+Up/Down lengthens a time range, Enter books or opens, Delete
asks to cancel, the Menu key (or Shift+F10) opens the visit's menu, Escape
stops a drag.
"""

from dataclasses import dataclass
from datetime import datetime

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
from mottagning.ui.calendar.grid_drag import DragKind, DragState
from mottagning.ui.calendar.grid_hits import Hit, hit_at, on_bottom_edge
from mottagning.ui.calendar.layout import DEFAULT_VISIT, SLOT
from mottagning.ui.calendar.painting import band_label, paint_blocks, paint_grid, paint_now
from mottagning.ui.calendar.selection import BlockPick, Navigator, Selection, SlotPick


@dataclass(frozen=True)
class TimeChoice:
    """An empty time chosen in the grid, and whose column it was in."""

    starts_at: datetime
    ends_at: datetime
    counselor_id: str | None
    room_id: str | None


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
        self._drag = DragState()

    # --- Content ---------------------------------------------------------------------

    def set_board(self, board: Board) -> None:
        moved = self.board is not None and board.columns != self.board.columns
        if moved and isinstance(self.selection, SlotPick):
            self.selection = None  # other days or people: the same place means another time
        self.board = board
        self._navigator = Navigator(board)
        self._drag.reset()
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
        return self._drag.busy

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
        exposed = QRectF(event.rect())
        paint_grid(painter, geo, self.board, colours, self.selection, exposed)
        paint_blocks(
            painter,
            geo,
            self.board,
            colours,
            exposed,
            selected=self.selected_appointment_id() if self.hasFocus() else None,
            dragged=self._drag.dragged,
            target=self._drag.target,
            pending=self._drag.pending,
        )
        paint_now(painter, geo, self.board, colours)

    # --- Mouse ----------------------------------------------------------------------------

    def _hit(self, pos: QPointF) -> Hit | None:
        return hit_at(self.board, self.geometry_now(), pos) if self.board is not None else None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        hit = self._hit(event.position())
        if hit is None:
            return
        if hit.placed is not None:
            self.select(BlockPick(hit.column, hit.placed.appointment.id))
        elif not (
            isinstance(self.selection, SlotPick)
            and event.button() == Qt.MouseButton.RightButton
            and self.selection.column == hit.column
            and self.selection.start <= hit.minute < self.selection.end
        ):
            self.select(SlotPick(hit.column, hit.minute, hit.minute + SLOT))
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag.begin(hit, event.position(), self.geometry_now())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._drag.press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            self._hover_cursor(event.position())
            return
        assert self.board is not None
        threshold = QApplication.startDragDistance()
        picked = self._drag.follow(event.position(), self.geometry_now(), self.board, threshold)
        if picked is not None:
            self.selection = picked
        elif self._drag.dragged is not None and self._drag.press.kind is DragKind.MOVE:
            self.setCursor(Qt.CursorShape.ClosedHandCursor)
        if self._drag.press.active:
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        request = self._drag.finish()
        self.unsetCursor()
        if request is not None:
            assert self.board is not None
            placed, (column, start, end) = request.placed, request.to
            self.selection = BlockPick(placed.column, placed.appointment.id)
            day = self.board.columns[column].day
            self.move_requested.emit(
                placed.appointment.id,
                self.board.snapshot.moment(day, start),
                self.board.snapshot.moment(day, end),
            )
        self.update()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        hit = self._hit(event.position())
        if hit is None:
            return
        self._drag.cancel()
        column, minute, placed = hit.column, hit.minute, hit.placed
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
        hit = self._hit(pos)
        placed = hit.placed if hit is not None else None
        if placed is not None and on_bottom_edge(self.geometry_now(), placed, pos.y()):
            self.setCursor(Qt.CursorShape.SizeVerCursor)
        else:
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
        if key == Qt.Key.Key_Escape and self._drag.cancel():
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
            hit = self._hit(QPointF(event.pos()))
            tip = ""
            if hit is not None and self.board is not None:
                if hit.placed is not None:
                    tip = self._describe(hit.placed)
                else:
                    tip = "\n".join(
                        band_label(band)
                        for band in self.board.bands
                        if band.column == hit.column and band.start <= hit.minute < band.end
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
