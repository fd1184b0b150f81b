"""Texts that follow the interface language: form labels with their Alt
shortcut, and widgets that set their texts again when the language changes
(the setup wizard's language choice switches it while the wizard is open)."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QWidget

if TYPE_CHECKING:
    _WidgetBase = QWidget
else:
    _WidgetBase = object  # a mixin: the Qt base comes from the class it is mixed into


def buddy_label(field: QWidget, text: str = "") -> QLabel:
    """A label whose mnemonic (the letter after "&") focuses `field`."""
    label = QLabel(text, field.parentWidget())
    label.setBuddy(field)
    return label


class Retranslating(_WidgetBase):
    """Mixin for a widget that sets its texts in `retranslate()`: called again
    on every language change. Put it before the Qt class in the bases."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
