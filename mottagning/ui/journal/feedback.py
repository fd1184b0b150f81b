"""Refusals shown without blocking.

ui.errors.user_errors() shows its message with QMessageBox.warning(), which
runs a nested event loop: if the window locks meanwhile, that box is hidden
while still blocking. The journal's actions say the same through a box that
opens window-modal and returns at once."""

import contextlib
import logging
from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from mottagning.errors import UserError
from mottagning.ui.errors import message_for

log = logging.getLogger(__name__)


def tell(parent: QWidget, error: UserError) -> QMessageBox:
    log.info("refused: %s", type(error).__name__)
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Errors", "Mottagning"),
        message_for(error),
        parent=parent,
    )
    box.setObjectName("journalRefusal")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


@contextlib.contextmanager
def refusals(parent: QWidget) -> Iterator[None]:
    """Run a user action; a UserError becomes a (non-blocking) message."""
    try:
        yield
    except UserError as error:
        tell(parent, error)
