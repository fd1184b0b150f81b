"""One's own password: change it, replace a temporary one, or regain access
with the recovery key."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mottagning.errors import UserError
from mottagning.services.accounts import personal_words
from mottagning.services.authentication import Authenticator
from mottagning.services.session import Session
from mottagning.ui.errors import message_for, show_in
from mottagning.ui.password_fields import PASSWORD_PROBLEMS, NewPasswordFields
from mottagning.ui.sizes import characters, resize_within_screen


class _Busy:
    """A wait cursor while the key is derived on the GUI thread (a fraction of a second)."""

    def __enter__(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *exc: object) -> None:
        QGuiApplication.restoreOverrideCursor()


class ChangePasswordDialog(QDialog):
    def __init__(
        self, session: Session, parent: QWidget | None, *, temporary: bool = False
    ) -> None:
        super().__init__(parent)
        self.setObjectName("changePasswordDialog")
        self._session = session
        self._temporary = temporary
        user = session.user
        self.setWindowTitle(
            self.tr("Choose a new password") if temporary else self.tr("Change password")
        )
        intro = QLabel(
            self.tr("You logged in with a temporary password. Choose your own password to go on.")
            if temporary
            else self.tr("Type your current password, then the new one twice."),
            self,
        )
        intro.setWordWrap(True)
        self.current = QLineEdit(self)
        self.current.setObjectName("currentPassword")
        self.current.setEchoMode(QLineEdit.EchoMode.Password)
        clinic = session.clinic_settings.details().name
        form = QFormLayout()
        if not temporary:
            form.addRow(self.tr("&Current password:"), self.current)
        else:
            self.current.hide()
        self.fields = NewPasswordFields(
            form, personal_words(user.username, user.full_name, clinic), self
        )
        self.error = QLabel(self)
        self.error.setObjectName("dialogError")
        self.error.setWordWrap(True)
        self.error.setProperty("role", "error")
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Change password"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        resize_within_screen(self, characters(self, 80), self.sizeHint().height())

    def accept(self) -> None:
        try:
            new_password = self.fields.value()
            with _Busy():
                if self._temporary:
                    self._session.accounts.replace_temporary_password(new_password)
                else:
                    self._session.accounts.change_own_password(self.current.text(), new_password)
        except PASSWORD_PROBLEMS as problem:
            self.fields.refuse(problem)
            self.error.hide()
            return
        except UserError as error:
            show_in(self.error, message_for(error))
            return
        self.current.clear()
        self.fields.clear()
        super().accept()


class RecoveryDialog(QDialog):
    """A clinic lead regains access with the printed recovery key."""

    def __init__(self, authenticator: Authenticator, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryDialog")
        self.setWindowTitle(self.tr("Forgotten password"))
        self._gate = authenticator
        self.session: Session | None = None
        intro = QLabel(
            self.tr(
                "Forgotten your password? Ask the clinic lead: they can give you a new "
                "temporary password.\n\n"
                "If no clinic lead can log in, a clinic lead can set a new password "
                "with the recovery key printed when the clinic was set up."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.recovery_key = QLineEdit(self)
        self.recovery_key.setObjectName("recoveryKey")
        self.recovery_key.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.username = QLineEdit(self)
        self.username.setObjectName("recoveryUsername")
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setProperty("role", "error")
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Recovery &key:"), self.recovery_key)
        form.addRow(self.tr("Clinic lead's &user name:"), self.username)
        self.fields = NewPasswordFields(form, parent=self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Set new password"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        resize_within_screen(self, characters(self, 92), self.sizeHint().height())

    def accept(self) -> None:
        try:
            self.fields.personal_words = [self.username.text()]
            password = self.fields.value()
            with _Busy():
                self.session = self._gate.recover(
                    self.recovery_key.text(), self.username.text(), password
                )
        except PASSWORD_PROBLEMS as problem:
            self.fields.refuse(problem)
            self.error.hide()
            return
        except UserError as error:
            show_in(self.error, message_for(error))
            return
        self.recovery_key.clear()
        self.fields.clear()
        super().accept()
