"""Errors at the edge: a known problem gets a clear message in the user's
language; anything else is a bug: logged (redacted) and shown in a crash dialog."""

import contextlib
import logging
import sys
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from mottagning.diagnostics import log_crash
from mottagning.errors import UserError
from mottagning.ui.sizes import grow_to_fit

log = logging.getLogger(__name__)


def message_for(error: UserError) -> str:
    return error.describe(QCoreApplication.translate)


def show_in(label: QLabel, text: str) -> None:
    """Say `text` in a dialog's message `label`; the dialog grows to show it whole."""
    label.setText(text)
    label.show()
    grow_to_fit(label.window())


def explain(parent: QWidget | None, error: BaseException) -> None:
    """Tell the user about `error`: a clear message, or the crash dialog for a bug."""
    if isinstance(error, UserError):
        log.info("refused: %s", type(error).__name__)
        QMessageBox.warning(
            parent, QCoreApplication.translate("Errors", "Mottagning"), message_for(error)
        )
        return
    log_crash(type(error), error, error.__traceback__)
    show_crash_dialog(parent)


@contextlib.contextmanager
def user_errors(parent: QWidget | None) -> Iterator[None]:
    """Run a user action; a UserError becomes a message instead of a crash."""
    try:
        yield
    except UserError as error:
        explain(parent, error)


_log_file: Path | None = None


def show_crash_dialog(parent: QWidget | None) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("Errors", "Unexpected error"))
    box.setText(
        QCoreApplication.translate(
            "Errors",
            "Something went wrong in Mottagning. What was saved before is safe. "
            "Please tell IT what you were doing; the details are in the log file.",
        )
    )
    if _log_file is not None:
        box.setInformativeText(str(_log_file))
    box.exec()


def install_crash_handler(log_file: Path | None) -> None:
    """Route uncaught exceptions (also those raised in Qt slots) to the crash dialog."""
    global _log_file  # noqa: PLW0603 (one handler per process, set once at start)
    _log_file = log_file

    def handle(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        if isinstance(exc, UserError):  # a slot forgot user_errors(): still say it kindly
            explain(QApplication.activeWindow(), exc)
            return
        log_crash(exc_type, exc, tb)
        show_crash_dialog(QApplication.activeWindow())

    sys.excepthook = handle
