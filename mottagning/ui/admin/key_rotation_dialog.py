"""Replacing the clinic's keys (clinic lead): why, what happens, the lead's
own password, and the progress while the database is copied under the new
keys (services/key_rotation.py). The work itself is run by SignedInUsers,
which owns the sessions it ends and the one it opens afterwards."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mottagning.ui.errors import show_in
from mottagning.ui.sizes import characters, grow_to_fit, resize_within_screen


class KeyRotationDialog(QDialog):
    replace_requested = Signal(str)  # the lead's password

    def __init__(self, reason: str, blocked_by: str, parent: QWidget) -> None:
        """`reason`: why now (an account deactivated, a new recovery key);
        `blocked_by`: what must happen first (others signed in here), or ""."""
        super().__init__(parent)
        self.setObjectName("keyRotationDialog")
        self.setWindowTitle(self.tr("Replace the clinic's keys"))
        self.reason = QLabel(reason, self)
        self.reason.setObjectName("rotationReason")
        self.reason.setWordWrap(True)
        what = QLabel(
            self.tr(
                "A copy of the key file made earlier, with an old password, would still open "
                "today's database. Replacing the keys copies the database under new keys, so "
                "that such a copy opens nothing current. Everyone else keeps their password: "
                "they take the new keys at their next login. It takes a moment per gigabyte; "
                "Mottagning cannot be used meanwhile, and you are logged in again afterwards."
            ),
            self,
        )
        what.setWordWrap(True)
        self.password = QLineEdit(self)
        self.password.setObjectName("rotationPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("rotationProgress")
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.error = QLabel(self)
        self.error.setObjectName("rotationError")
        self.error.setWordWrap(True)
        self.error.setProperty("role", "error")
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Your &password:"), self.password)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.replace_button = QPushButton(self.tr("&Replace the keys"), self)
        self.replace_button.setObjectName("replaceKeys")
        self.buttons.addButton(self.replace_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self._replace)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.reason)
        layout.addWidget(what)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        if blocked_by:
            show_in(self.error, blocked_by)
            self.replace_button.setEnabled(False)
            self.password.setEnabled(False)
        resize_within_screen(self, characters(self, 80), self.sizeHint().height())
        grow_to_fit(self)  # the wrapped texts at this width

    def _replace(self) -> None:
        if self.password.text():
            self.replace_requested.emit(self.password.text())

    def set_busy(self, busy: bool) -> None:
        """While the keys are replaced: no input, no closing, the progress shown."""
        self.error.hide()
        self.password.setEnabled(not busy)
        self.buttons.setEnabled(not busy)
        self.progress.setVisible(busy)
        if busy:
            self.progress.setValue(0)
            grow_to_fit(self)

    def show_progress(self, fraction: float, _step: str) -> None:
        self.progress.setValue(round(100 * fraction))

    def refuse(self, text: str) -> None:
        self.set_busy(False)
        self.password.clear()
        self.password.setFocus()
        show_in(self.error, text)

    def reject(self) -> None:
        if self.buttons.isEnabled():  # never closed half-way
            super().reject()
