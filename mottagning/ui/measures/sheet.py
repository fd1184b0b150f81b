"""The answer sheet: every item of a questionnaire in form order, one of them
current (highlighted), answered with the keyboard alone or the mouse.

Keys: a digit answers the current item and moves on; Up/Down and Tab/Shift+Tab
move; Left/Right step the current answer; Backspace/Delete clear it; Enter
moves on, and on the last item asks to save (`finished`). A value the item's
scale does not have is refused (`refused`) and changes nothing.
"""

from PySide6.QtCore import QEvent, QObject, QRect, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QApplication, QGridLayout, QLabel, QWidget

from mottagning.scoring import Instrument
from mottagning.scoring.definition import ResponseOption
from mottagning.ui.measures.colours import MeasureColours
from mottagning.ui.measures.rows import FIRST_OPTION_COLUMN, ItemRow, shared_option_set
from mottagning.ui.measures.texts import option_label

_DIGITS = {getattr(Qt.Key, f"Key_{digit}"): digit for digit in range(10)}
_NEXT = (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter)


class AnswerSheet(QWidget):
    changed = Signal()  # an answer changed
    moved = Signal(int)  # the index of the new current item
    refused = Signal(str)  # why a key changed nothing
    finished = Signal()  # Enter on the last item

    def __init__(self, instrument: Instrument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("answerSheet")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.instrument = instrument
        self.current = 0
        self.passed: set[int] = set()  # items moved away from: a blank there is deliberate
        self.grid = QGridLayout(self)
        self.grid.setHorizontalSpacing(14)
        self.grid.setVerticalSpacing(10)
        self.grid.setContentsMargins(8, 6, 8, 6)
        self.grid.setColumnStretch(1, 1)
        shared = shared_option_set(instrument.items)
        if shared is not None:
            self._add_header(shared.options or ())
        self.rows = [
            ItemRow(index, item, self.grid, shared is None, self)
            for index, item in enumerate(instrument.items)
        ]
        self.grid.setRowStretch(self.grid.rowCount(), 1)  # rows keep to the top
        for row in self.rows:
            row.answered.connect(self._clicked)
            row.typed.connect(self._typed)
            row.out_of_range.connect(self._refuse)
            if row.field is not None:
                row.field.installEventFilter(self)

    def _add_header(self, options: tuple[ResponseOption, ...]) -> None:
        """The scale's labels once above its columns, as on the paper form."""
        for column, option in enumerate(options):
            text = option_label(option)
            header = QLabel(f"{option.value}\n{text}" if text else str(option.value), self)
            header.setObjectName(f"optionHeader{option.value}")
            header.setWordWrap(True)
            header.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
            header.setMaximumWidth(120)
            self.grid.addWidget(header, 0, FIRST_OPTION_COLUMN + column)

    # --- Answers -----------------------------------------------------------------

    def answers(self) -> list[int | None]:
        return [row.value for row in self.rows]

    def answer(self, index: int, value: int | None, *, advance: bool = True) -> bool:
        """Set item `index` to `value` (None clears); False, and a refusal, when the
        scale has no such value."""
        row = self.rows[index]
        if value is not None and not row.item.options.allows(value):
            self._refuse(index, value)
            return False
        row.show_value(value)
        self.changed.emit()
        if advance and value is not None and index + 1 < len(self.rows):
            self.set_current(index + 1)
        return True

    def _clicked(self, index: int, value: int) -> None:
        self.set_current(index)
        self.answer(index, value)
        self.setFocus()

    def _typed(self, index: int, value: int | None) -> None:
        self.rows[index].value = value
        self.changed.emit()

    def _refuse(self, index: int, value: int) -> None:
        options = self.rows[index].item.options
        self.refused.emit(
            self.tr("Item {number} has no answer {value}: choose {allowed}.").format(
                number=self.rows[index].item.number,
                value=value,
                allowed=options.describe_allowed(),
            )
        )

    # --- Moving ------------------------------------------------------------------

    def set_current(self, index: int) -> None:
        index = max(0, min(index, len(self.rows) - 1))
        if index != self.current:
            self.passed.add(self.current)
        self.current = index
        field = self.rows[index].field
        if field is not None:
            field.setFocus()
            field.selectAll()
        elif self.owns_focus():
            self.setFocus()
        self.update()
        self.moved.emit(index)

    def owns_focus(self) -> bool:
        focused = QApplication.focusWidget()
        return focused is not None and (focused is self or self.isAncestorOf(focused))

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()  # the highlight's bar shows where the keys go

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def reach_all(self) -> None:
        """Every item has been seen (Save was asked for): blanks are deliberate."""
        self.passed = set(range(len(self.rows)))
        self.update()

    def left_blank(self) -> list[int]:
        return [row.index for row in self.rows if row.value is None and row.index in self.passed]

    def focus_current(self) -> None:
        field = self.rows[self.current].field
        (field or self).setFocus()

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab moves between items; past the first or last it leaves the sheet."""
        step = 1 if next else -1
        if 0 <= self.current + step < len(self.rows):
            self.set_current(self.current + step)
            self.focus_current()
            return True
        if next:
            self.reach_all()
            self.changed.emit()
        return super().focusNextPrevChild(next)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._navigate(event.key()):
            super().keyPressEvent(event)

    def _navigate(self, key: int) -> bool:
        """Handle `key` for the current item; False when it is not ours."""
        row = self.rows[self.current]
        if key in _DIGITS and row.field is None:
            self.answer(self.current, _DIGITS[key])
        elif key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete) and row.field is None:
            self.answer(self.current, None)
        elif key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and row.field is None:
            self._step_answer(-1 if key == Qt.Key.Key_Left else 1)
        elif key in _NEXT:
            if self.current + 1 < len(self.rows):
                self.set_current(self.current + 1)
            elif key != Qt.Key.Key_Down:
                self.reach_all()
                self.finished.emit()
        elif key == Qt.Key.Key_Up:
            self.set_current(self.current - 1)
        elif key == Qt.Key.Key_Home:
            self.set_current(0)
        elif key == Qt.Key.Key_End:
            self.set_current(len(self.rows) - 1)
        else:
            return False
        return True

    def _step_answer(self, step: int) -> None:
        row = self.rows[self.current]
        values = [option.value for option in row.item.options.options or ()]
        if row.value is None:
            chosen = values[0] if step > 0 else values[-1]
        else:
            position = values.index(row.value) + step
            chosen = values[max(0, min(position, len(values) - 1))]
        self.answer(self.current, chosen, advance=False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A number field's own keys stay its own; moving keys move the sheet."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (*_NEXT, Qt.Key.Key_Up):
                return self._navigate(key)
        return super().eventFilter(watched, event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A click on an item's wording makes it current."""
        for row in self.rows:
            if self.row_rect(row.index).contains(event.position().toPoint()):
                self.set_current(row.index)
                self.focus_current()
                return
        super().mousePressEvent(event)

    # --- Painting ------------------------------------------------------------------

    def row_rect(self, index: int) -> QRect:
        """Where item `index` is drawn, with a margin for the highlight."""
        rect = QRect()
        for widget in self.rows[index].widgets():
            rect = rect.united(widget.geometry())
        gap = self.grid.verticalSpacing() // 2
        return QRect(0, rect.top() - gap, self.width(), rect.height() + 2 * gap)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colours = MeasureColours.of(self.palette())
        painter.setPen(Qt.PenStyle.NoPen)
        for index in self.left_blank():
            if index != self.current:
                painter.fillRect(self.row_rect(index).adjusted(2, 0, -2, 0), colours.alert_fill)
        rect = self.row_rect(self.current).adjusted(2, 0, -2, 0)
        painter.setBrush(colours.current_row)
        painter.drawRoundedRect(rect, 5, 5)
        if self.owns_focus():
            painter.setBrush(self.palette().color(self.palette().ColorRole.Highlight))
            painter.drawRoundedRect(QRect(rect.left(), rect.top(), 4, rect.height()), 2, 2)
        painter.end()
