"""The questions a change to a visit may need, as non-blocking dialogs (the
window can lock while one is open): which visits of a series, why a clash is
booked anyway, and who cancelled."""

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mottagning.models.calendar import AppointmentStatus, SeriesScope

REASON_LENGTH = 200  # what the service keeps


class ScopeQuestion(QMessageBox):
    """Only this visit, this and the following ones, or the whole series?"""

    chosen = Signal(object)  # SeriesScope
    abandoned = Signal()

    def __init__(self, parent: QWidget, text: str) -> None:
        super().__init__(QMessageBox.Icon.Question, self.tr("Recurring visit"), text, parent=parent)
        self.setObjectName("scopeQuestion")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setInformativeText(self.tr("Visits that have already taken place are never changed."))
        role = QMessageBox.ButtonRole.AcceptRole
        self.scope_buttons: dict[SeriesScope, QPushButton] = {
            SeriesScope.THIS: self.addButton(self.tr("Only this visit"), role),
            SeriesScope.THIS_AND_FOLLOWING: self.addButton(self.tr("This and following"), role),
            SeriesScope.ALL: self.addButton(self.tr("All visits in the series"), role),
        }
        self.setDefaultButton(self.scope_buttons[SeriesScope.THIS])
        self.addButton(QMessageBox.StandardButton.Cancel)
        self.finished.connect(self._answered)

    def answer(self, scope: SeriesScope) -> None:
        self.scope_buttons[scope].click()

    def _answered(self) -> None:
        clicked = self.clickedButton()
        for scope, button in self.scope_buttons.items():
            if button is clicked:
                self.chosen.emit(scope)
                return
        self.abandoned.emit()


class CancelQuestion(QMessageBox):
    """Cancelled by the client or by the clinic? (Escape keeps the visit.)"""

    chosen = Signal(object)  # AppointmentStatus

    def __init__(self, parent: QWidget, text: str) -> None:
        super().__init__(
            QMessageBox.Icon.Question, self.tr("Cancel the visit"), text, parent=parent
        )
        self.setObjectName("cancelQuestion")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setInformativeText(
            self.tr("The time becomes free to book. The visit stays in the calendar, faded.")
        )
        role = QMessageBox.ButtonRole.AcceptRole
        self.status_buttons: dict[AppointmentStatus, QPushButton] = {
            AppointmentStatus.CANCELLED_BY_CLIENT: self.addButton(
                self.tr("Cancelled by the &client"), role
            ),
            AppointmentStatus.CANCELLED_BY_CLINIC: self.addButton(
                self.tr("Cancelled by the c&linic"), role
            ),
        }
        keep = self.addButton(self.tr("&Keep the visit"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(keep)
        self.setEscapeButton(keep)
        self.finished.connect(self._answered)

    def answer(self, status: AppointmentStatus) -> None:
        self.status_buttons[status].click()

    def _answered(self) -> None:
        clicked = self.clickedButton()
        for status, button in self.status_buttons.items():
            if button is clicked:
                self.chosen.emit(status)
                return


class OverrideDialog(QDialog):
    """The clash, and a required reason to book anyway (for roles that may)."""

    def __init__(self, parent: QWidget, message: str) -> None:
        super().__init__(parent)
        self.setObjectName("overrideDialog")
        self.setWindowTitle(self.tr("The time is taken"))
        text = QLabel(message, self)
        text.setWordWrap(True)
        hint = QLabel(
            self.tr(
                "You may book anyway if there is a good reason. The reason is kept with "
                "the visit and in the access log."
            ),
            self,
        )
        hint.setWordWrap(True)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("overrideReason")
        self.reason.setMaxLength(REASON_LENGTH)
        self.reason.setPlaceholderText(
            self.tr("Reason, for example: interpreter only available then")
        )
        self.buttons = QDialogButtonBox(self)
        self.book_anyway = self.buttons.addButton(
            self.tr("&Book anyway"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.book_anyway.setEnabled(False)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(
            lambda value: self.book_anyway.setEnabled(bool(value.strip()))
        )
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(hint)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.resize(480, self.sizeHint().height())

    def accept(self) -> None:
        if self.reason.text().strip():
            super().accept()


def warn(parent: QWidget, text: str) -> QMessageBox:
    """A refusal the user reads and closes (non-blocking)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Calendar", "Mottagning"),
        text,
        parent=parent,
    )
    box.setObjectName("calendarWarning")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
