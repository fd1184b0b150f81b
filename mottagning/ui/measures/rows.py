"""One questionnaire item on screen: its number and wording, and the control
that holds the answer (radio buttons for a listed scale, a number field for a
wide range such as ORS millimetres).

Radio buttons take no keyboard focus: the answer sheet keeps it, so that a
digit always answers the current item. A number field does take focus while
its item is current, since it needs the digits itself.
"""

from textwrap import fill

from PySide6.QtCore import QObject, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QButtonGroup, QGridLayout, QLabel, QLineEdit, QRadioButton, QWidget

from mottagning.scoring.definition import Item, OptionSet
from mottagning.ui.measures.texts import item_text, option_label

FIRST_OPTION_COLUMN = 2  # after the number and the wording
_TOP = Qt.AlignmentFlag.AlignTop  # rows read like a paper form, from their first line
_CELL = _TOP | Qt.AlignmentFlag.AlignLeft


def shared_option_set(items: tuple[Item, ...]) -> OptionSet | None:
    """The one listed scale every item uses (PHQ-9), or None (AUDIT, ORS)."""
    sets = {item.options.id for item in items}
    first = items[0].options
    return first if len(sets) == 1 and first.options is not None else None


class ItemRow(QObject):
    """The controls of one item, laid out in the sheet's grid (not a widget of
    their own) so that the options of all items line up in columns."""

    answered = Signal(int, object)  # item index, value or None (by the mouse)
    typed = Signal(int, object)  # item index, value or None (a number field)
    out_of_range = Signal(int, int)  # item index, the refused value

    def __init__(
        self, index: int, item: Item, grid: QGridLayout, labelled: bool, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.index = index
        self.item = item
        self.value: int | None = None
        row = grid.rowCount()
        self.grid_row = row
        self.number = QLabel(f"{item.number}.", parent)
        self.number.setAlignment(Qt.AlignmentFlag.AlignRight | _TOP)
        text = item_text(item)
        self.text = QLabel(text or self.tr("Item {number}").format(number=item.number), parent)
        self.text.setObjectName(f"itemText{item.number}")
        self.text.setWordWrap(True)
        self.shows_wording = text is not None
        if self.shows_wording:
            self.text.setMinimumWidth(220)
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeft | _TOP)
        grid.addWidget(self.number, row, 0)
        grid.addWidget(self.text, row, 1)
        self.buttons: list[QRadioButton] = []
        self.field: QLineEdit | None = None
        options = item.options
        if options.options is None:
            self._add_field(grid, row, options, parent)
        else:
            self._add_buttons(grid, row, options, labelled, parent)

    def _add_buttons(
        self, grid: QGridLayout, row: int, options: OptionSet, labelled: bool, parent: QWidget
    ) -> None:
        assert options.options is not None
        self.group = QButtonGroup(self)
        for column, option in enumerate(options.options):
            caption = str(option.value)
            described = option_label(option)
            if labelled and described:  # no shared header: the label goes under the value
                caption += "\n" + fill(described, 14)
            button = QRadioButton(caption, parent)
            button.setObjectName(f"item{self.item.number}option{option.value}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            if described:
                button.setToolTip(described)
            self.group.addButton(button, option.value)
            self.buttons.append(button)
            grid.addWidget(button, row, FIRST_OPTION_COLUMN + column, _CELL)
        self.group.idClicked.connect(self._clicked)

    def _clicked(self, value: int) -> None:
        self.answered.emit(self.index, value)

    def _add_field(self, grid: QGridLayout, row: int, options: OptionSet, parent: QWidget) -> None:
        assert options.range is not None
        field = QLineEdit(parent)
        field.setObjectName(f"item{self.item.number}value")
        field.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,4}"), field))
        unit = options.range.unit
        field.setPlaceholderText(f"{options.range.min}–{options.range.max} {unit}")
        field.setMaximumWidth(field.fontMetrics().horizontalAdvance("0000–0000 mmm") + 16)
        field.textEdited.connect(self._edited)
        self.field = field
        self.unit = QLabel(unit, parent)
        grid.addWidget(field, row, FIRST_OPTION_COLUMN, _CELL)
        grid.addWidget(self.unit, row, FIRST_OPTION_COLUMN + 1, _CELL)

    def _edited(self, text: str) -> None:
        value = int(text) if text else None
        if value is not None and not self.item.options.allows(value):
            assert self.field is not None
            self.field.setText("" if self.value is None else str(self.value))
            self.out_of_range.emit(self.index, value)
            return
        self.typed.emit(self.index, value)

    def show_value(self, value: int | None) -> None:
        """Show `value` (already checked) without emitting anything."""
        self.value = value
        if self.field is not None:
            if self.field.text() != ("" if value is None else str(value)):
                self.field.setText("" if value is None else str(value))
            return
        self.group.setExclusive(False)  # an exclusive group cannot show "no answer"
        for button in self.buttons:
            chosen = self.group.id(button) == value
            button.setChecked(chosen)
            font = button.font()
            font.setBold(chosen)  # the answer stands out in every theme, not by its dot alone
            button.setFont(font)
        self.group.setExclusive(True)

    def widgets(self) -> list[QWidget]:
        extra: list[QWidget] = [self.field, self.unit] if self.field is not None else []
        return [self.number, self.text, *self.buttons, *extra]
