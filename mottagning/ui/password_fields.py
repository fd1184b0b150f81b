"""Choosing a new password: two fields and live advice from the policy."""

from collections.abc import Sequence

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from mottagning.errors import PasswordMismatch, PasswordRejected, UserError
from mottagning.services.password_policy import MIN_LENGTH, check_password
from mottagning.ui.errors import message_for
from mottagning.ui.labels import Retranslating, buddy_label
from mottagning.ui.sizes import grow_to_fit

_ADVICE_DELAY_MS = 250  # wait for a pause in typing before judging the password

# What is wrong with the new password itself: said in the advice under the fields.
PASSWORD_PROBLEMS = (PasswordRejected, PasswordMismatch)


class NewPasswordFields(Retranslating, QWidget):
    """The new password, once more, and the advice: three rows added to the
    caller's `form`, so that they line up with its other rows. This widget only
    holds them together (and follows the language); it shows nothing itself."""

    def __init__(
        self, form: QFormLayout, personal_words: Sequence[str] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.hide()
        self.personal_words = list(personal_words)
        host = parent  # the fields belong to the form's widget, not to this one
        self.password = QLineEdit(host)
        self.password.setObjectName("newPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(host)
        self.repeat.setObjectName("repeatPassword")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.advice = QLabel(host)
        self.advice.setObjectName("passwordAdvice")
        self.advice.setWordWrap(True)
        self._password_label = buddy_label(self.password)
        self._repeat_label = buddy_label(self.repeat)
        form.addRow(self._password_label, self.password)
        form.addRow(self._repeat_label, self.repeat)
        form.addRow("", self.advice)
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
        self._say(
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
            self._checked()
        except PASSWORD_PROBLEMS as problem:
            if isinstance(problem, PasswordMismatch) and not self.repeat.text():
                self._say(self.tr("Good. Now type it again below."))
            else:
                self._say(message_for(problem))
            return
        self._say(self.tr("Good password."))

    def _say(self, text: str, *, refused: bool = False) -> None:
        self.advice.setText(text)
        self.advice.setProperty("role", "error" if refused else "")
        self.advice.style().unpolish(self.advice)
        self.advice.style().polish(self.advice)
        if self.advice.isVisible():
            grow_to_fit(self.advice.window())  # longer advice: the dialog makes room

    def refuse(self, problem: UserError) -> None:
        """Say why the password cannot be used, in the advice and in the error colour:
        in one place, not once more beside the form's other messages."""
        self._timer.stop()
        self._say(message_for(problem), refused=True)

    def _checked(self) -> str:
        password = self.password.text()
        check_password(password, self.personal_words)
        if password != self.repeat.text():
            raise PasswordMismatch()
        return password

    def value(self) -> str:
        """The chosen password; raises with the reason (also said in the advice)
        when it cannot be used."""
        try:
            return self._checked()
        except PASSWORD_PROBLEMS as problem:
            self.refuse(problem)
            raise

    def clear(self) -> None:
        self.password.clear()
        self.repeat.clear()
