"""The login page, which is also the lock screen.

Fresh: user name and password. Locked: the name of the person who locked the
window and a password field to unlock, plus "another user" for a colleague
who needs the workstation meanwhile (with a way back to the unlock, if it was
the wrong button). Nothing of any client is on this page.
"""

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mottagning.errors import UserError, WrongCredentials
from mottagning.ui.errors import message_for
from mottagning.ui.sizes import characters, lines


class LoginPage(QWidget):
    login_requested = Signal(str, str)  # user name, password
    recovery_requested = Signal()

    def __init__(
        self, clinic_name: str, demo_hint: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("loginPage")
        self._locked_username = ""
        self._return_to: tuple[str, str] | None = None  # (user name, full name) who locked

        card = QFrame(self)
        card.setObjectName("loginCard")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card.setMaximumWidth(characters(card, 74))

        self.title = QLabel(card)
        title_font = QFont(self.title.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.6)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.clinic_label = QLabel(clinic_name, card)
        self.clinic_label.setObjectName("clinicName")
        self.clinic_label.setVisible(bool(clinic_name))
        self.explanation = QLabel(card)
        self.explanation.setWordWrap(True)

        self.username = QLineEdit(card)
        self.username.setObjectName("username")
        self.username.setAccessibleName(self.tr("User name"))
        self.password = QLineEdit(card)
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        form = QFormLayout()
        self.username_label = QLabel(self.tr("&User name:"), card)
        self.username_label.setBuddy(self.username)
        password_label = QLabel(self.tr("&Password:"), card)
        password_label.setBuddy(self.password)
        form.addRow(self.username_label, self.username)
        form.addRow(password_label, self.password)

        self.message = QLabel(card)
        self.message.setObjectName("loginMessage")
        self.message.setWordWrap(True)
        self.message.setProperty("role", "error")
        self.message.hide()

        self.busy = QProgressBar(card)
        self.busy.setRange(0, 0)  # indeterminate: the key is being derived
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(max(4, lines(card, 0.4)))
        self.busy.hide()

        self.submit = QPushButton(card)
        self.submit.setObjectName("loginButton")
        self.submit.setDefault(True)
        self.submit.setAutoDefault(True)
        self.switch_user = QPushButton(self.tr("Log in as another user"), card)
        self.switch_user.setFlat(True)
        self.switch_user.setObjectName("switchUser")
        self.forgot = QPushButton(self.tr("Forgotten password?"), card)
        self.forgot.setFlat(True)
        self.back_to_unlock = QPushButton(card)
        self.back_to_unlock.setFlat(True)
        self.back_to_unlock.setObjectName("backToUnlock")
        buttons = QHBoxLayout()
        buttons.addWidget(self.switch_user)
        buttons.addWidget(self.forgot)
        buttons.addStretch(1)
        buttons.addWidget(self.submit)

        self.demo_hint = QLabel(demo_hint, card)
        self.demo_hint.setWordWrap(True)
        self.demo_hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.demo_hint.setVisible(bool(demo_hint))
        self.demo_hint.setObjectName("demoHint")

        inner = QVBoxLayout(card)
        side, top = characters(card, 4.5), lines(card, 1.7)
        inner.setContentsMargins(side, top, side, top)
        inner.setSpacing(lines(card, 0.85))
        # The way back to the locked user's unlock sits above the title, like a way back.
        inner.addWidget(self.back_to_unlock, 0, Qt.AlignmentFlag.AlignLeft)
        inner.addWidget(self.title)
        inner.addWidget(self.clinic_label)
        inner.addWidget(self.explanation)
        inner.addLayout(form)
        inner.addWidget(self.message)
        inner.addWidget(self.busy)
        inner.addLayout(buttons)
        inner.addWidget(self.demo_hint)

        outer = QVBoxLayout(self)
        outer.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 2)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)

        self.submit.clicked.connect(self._submit)
        self.password.returnPressed.connect(self._submit)
        self.username.returnPressed.connect(self.password.setFocus)
        self.switch_user.clicked.connect(self._another_user)
        self.back_to_unlock.clicked.connect(self._back_to_unlock)
        self.forgot.clicked.connect(self.recovery_requested)
        self.show_fresh()

    # --- Modes --------------------------------------------------------------------

    def show_fresh(self) -> None:
        """The plain login: no one's work waits behind it."""
        self._return_to = None
        self._login()

    def _another_user(self) -> None:
        """A colleague logs in while the window stays locked for its user."""
        self._login()
        if self._return_to is not None:
            self.back_to_unlock.setText(
                self.tr("← Back: unlock as {name}").format(name=self._return_to[1])
            )
            self.back_to_unlock.show()

    def _back_to_unlock(self) -> None:
        if self._return_to is not None:
            self.show_locked(*self._return_to)

    def _login(self) -> None:
        self._locked_username = ""
        self.title.setText(self.tr("Log in"))
        self.explanation.setText(self.tr("Log in with your user name and password."))
        self.username_label.show()
        self.username.show()
        self.username.clear()
        self.password.clear()
        self.submit.setText(self.tr("Log in"))
        self.switch_user.hide()
        self.back_to_unlock.hide()
        self.forgot.show()
        self.clear_message()
        self.username.setFocus()

    def show_locked(self, username: str, full_name: str) -> None:
        self._locked_username = username
        self._return_to = (username, full_name)
        self.title.setText(self.tr("Locked"))
        self.explanation.setText(
            self.tr(
                "{name} locked the window. Type your password to unlock, or log in as "
                "another user: the work in progress stays safe."
            ).format(name=full_name)
        )
        self.username.setText(username)
        self.username_label.hide()
        self.username.hide()
        self.password.clear()
        self.submit.setText(self.tr("Unlock"))
        self.switch_user.show()
        self.back_to_unlock.hide()
        self.forgot.hide()
        self.clear_message()
        self.password.setFocus()

    @property
    def locked(self) -> bool:
        return bool(self._locked_username)

    def set_clinic_name(self, name: str) -> None:
        self.clinic_label.setText(name)
        self.clinic_label.setVisible(bool(name))

    # --- Feedback -----------------------------------------------------------------

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        for widget in (
            self.username,
            self.password,
            self.submit,
            self.switch_user,
            self.forgot,
            self.back_to_unlock,
        ):
            widget.setEnabled(not busy)
        if not busy:
            self.password.setFocus()

    def show_refusal(self, error: UserError) -> None:
        """Why the login failed, in the words of this page: the lock screen
        asks for no user name, so it cannot be a wrong user name."""
        if self.locked and isinstance(error, WrongCredentials):
            self.show_message(
                self.tr("Wrong password. Check Caps Lock and the keyboard layout, then try again.")
            )
        else:
            self.show_message(message_for(error))

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.password.clear()
        self.password.setFocus()

    def clear_message(self) -> None:
        self.message.clear()
        self.message.hide()

    def _submit(self) -> None:
        username = self._locked_username or self.username.text().strip()
        if not username:
            self.show_message(self.tr("Type your user name."))
            self.username.setFocus()
            return
        if not self.password.text():
            self.show_message(self.tr("Type your password."))
            return
        self.clear_message()
        self.login_requested.emit(username, self.password.text())
