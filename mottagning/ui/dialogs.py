"""Dialogs that do not block: the window can lock while one is open, and the
dialog (with what was typed into it) is hidden and shown again on unlock.
A blocking exec() would instead end, and lose the input, when hidden."""

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget


def open_dialog(dialog: QDialog, on_accepted: Callable[[], None] | None = None) -> QDialog:
    """Show `dialog` window-modal without blocking; `on_accepted` runs after OK."""
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if on_accepted is not None:
        dialog.accepted.connect(on_accepted)
    dialog.open()
    return dialog


def confirm(parent: QWidget, title: str, text: str, on_yes: Callable[[], None]) -> QMessageBox:
    """Ask a yes/no question; `on_yes` runs only on Yes. No is the default."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def answered(button: object) -> None:
        if box.standardButton(button) == QMessageBox.StandardButton.Yes:  # type: ignore[arg-type]
            on_yes()

    box.buttonClicked.connect(answered)
    box.open()
    return box


def inform(parent: QWidget, title: str, text: str, details: str = "") -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=parent)
    box.setObjectName("informationBox")
    if details:
        box.setInformativeText(details)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
