"""Choosing a new password: two fields and live advice from the policy."""

from collections.abc import Sequence

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from mottagning.errors import PasswordMismatch, PasswordRejected
from mottagning.services.password_policy import MIN_LENGTH, check_password
from mottagning.ui.errors import message_for
from mottagning.ui.labels import Retranslating, buddy_label

_ADVICE_DELAY_MS = 250  # wait for a pause in typing before judging the password


class NewPasswordFields(Retranslating, QWidget):
    def __init__(self, personal_words: Sequence[str] = (), parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.personal_words = list(personal_words)
        self.password = QLineEdit(self)
        self.password.setObjectName("newPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(self)
        self.repeat.setObjectName("repeatPassword")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.advice = QLabel(self)
        self.advice.setObjectName("passwordAdvice")
        self.advice.setWordWrap(True)
        self._password_label = buddy_label(self.password)
        self._repeat_label = buddy_label(self.repeat)
        layout = QFormLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addRow(self._password_label, self.password)
        layout.addRow(self._repeat_label, self.repeat)
        layout.addRow("", self.advice)
        self.retranslate()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(_ADVICE_DELAY_MS)
        self._timer.timeout.connect(self._advise)
        self.password.textChanged.connect(self._timer.start)
        self.repeat.textChanged.connect(self._timer.start)

    def retranslate(self) -> None:
        self._password_label.setText(self.tr("&New password:"))
        self._repeat_label.setText(self.tr("&Repeat:"))
        self.advice.setText(
            self.tr(
                "At least {minimum} characters. Several unrelated words with spaces "
                "between them are both strong and easy to remember."
            ).format(minimum=MIN_LENGTH)
        )
        self._advise()

    def _advise(self) -> None:
        if not self.password.text():
            return
        try:
            self.value()
        except (PasswordRejected, PasswordMismatch) as problem:
            if isinstance(problem, PasswordMismatch) and not self.repeat.text():
                self.advice.setText(self.tr("Good. Now type it again below."))
            else:
                self.advice.setText(message_for(problem))
            return
        self.advice.setText(self.tr("Good password."))

    def value(self) -> str:
        """The chosen password; raises with the reason when it cannot be used."""
        password = self.password.text()
        check_password(password, self.personal_words)
        if password != self.repeat.text():
            raise PasswordMismatch()
        return password

    def clear(self) -> None:
        self.password.clear()
        self.repeat.clear()
