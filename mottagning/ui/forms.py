"""What the interface's forms share: a labelled row whose field is more than
one widget, counts shown with their unit in the right plural form, and a
choice whose long text is cut short with "…" rather than chopped."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QPaintEvent, QValidator
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLayout,
    QSpinBox,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QWidget,
)


def add_row(
    form: QFormLayout, text: str, field: QWidget | QLayout, buddy: QWidget | None = None
) -> QLabel:
    """Add a row labelled `text` ("Birth &year:") to `form`.

    QFormLayout gives a label a buddy only when the field is a single widget;
    for a field of several widgets it shows the '&' as it is and Alt+letter
    does nothing. Here the label's buddy is `buddy`, by default the field
    itself or the first widget in it that takes the focus."""
    label = QLabel(text, form.parentWidget())
    target = buddy or (field if isinstance(field, QWidget) else _first_focusable(field))
    if target is not None:
        label.setBuddy(target)
    form.addRow(label, field)
    return label


def _first_focusable(layout: QLayout) -> QWidget | None:
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        widget = item.widget()
        if widget is not None and widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
            return widget
        inner = item.layout()
        found = _first_focusable(inner) if inner is not None else None
        if found is not None:
            return found
    return None


class CountSpinBox(QSpinBox):
    """A spin box that shows its value with the unit in the right plural form
    ("1 dag", "5 dagar"): a fixed suffix would say "1 dagar".

    `text(n)` is the translated count, typically self.tr("%n day(s)", "", n)."""

    def __init__(self, text: Callable[[int], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = text

    def textFromValue(self, value: int) -> str:
        return self._text(value)

    def valueFromText(self, text: str) -> int:
        digits = "".join(ch for ch in text if ch.isdigit())
        return int(digits) if digits else self.minimum()

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        if text == self.specialValueText():
            return QValidator.State.Acceptable, text, pos
        digits = "".join(ch for ch in text if ch.isdigit())
        if not digits:
            return QValidator.State.Intermediate, text, pos
        acceptable = self.minimum() <= int(digits) <= self.maximum()
        state = QValidator.State.Acceptable if acceptable else QValidator.State.Intermediate
        return state, text, pos


class ElidingComboBox(QComboBox):
    """A drop-down list whose chosen text, when longer than the box, ends in "…"
    (with the whole text as its tooltip) instead of being chopped mid-letter.
    The list that drops down shows every text whole."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentTextChanged.connect(self.setToolTip)

    def shown_text(self) -> str:
        """The chosen text as it fits the box's text area."""
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        area = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox,
            option,
            QStyle.SubControl.SC_ComboBoxEditField,
            self,
        )
        return self.fontMetrics().elidedText(
            self.currentText(), Qt.TextElideMode.ElideRight, area.width()
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        option.currentText = self.shown_text()
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)
