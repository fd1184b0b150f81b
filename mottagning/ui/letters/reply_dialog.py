"""Note that the reply to a letter came (when, and a short note)."""

from PySide6.QtCore import Signal
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
from mottagning.models.letters import SentLetter
from mottagning.services.session import Session
from mottagning.ui.date_time_edits import date_edit
from mottagning.ui.errors import message_for, show_in
from mottagning.ui.formatting import from_qdate, to_qdate
from mottagning.ui.forms import add_row


class ReplyDialog(QDialog):
    saved = Signal()

    def __init__(self, session: Session, letter: SentLetter, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("replyDialog")
        self.setWindowTitle(self.tr("Reply received"))
        self._session = session
        self._letter = letter
        today = to_qdate(session.time.today())
        self.received = date_edit(self, today)
        self.received.setObjectName("replyReceived")
        self.received.setDisplayFormat("yyyy-MM-dd")
        self.received.setMaximumDate(today)
        self.received.setMinimumDate(to_qdate(letter.sent_on))
        self.note = QLineEdit(self)
        self.note.setObjectName("replyNote")
        self.note.setPlaceholderText(self.tr("e.g. called for a first visit on 15 December"))
        self.error = QLabel(self)
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(
            QLabel(
                self.tr("Referral to {recipient}, sent {day}").format(
                    recipient=letter.recipient, day=letter.sent_on.isoformat()
                ),
                self,
            )
        )
        add_row(form, self.tr("&Received on:"), self.received)
        add_row(form, self.tr("&Note:"), self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def accept(self) -> None:
        try:
            self._session.referrals.record_reply(
                self._letter.id, from_qdate(self.received.date()), self.note.text()
            )
        except UserError as error:
            show_in(self.error, message_for(error))
            return
        self.saved.emit()
        super().accept()
