"""The counselor's letter register (the clinic lead's: everyone's): every
referral sent, to whom, and whether the reply came. A row opens the client."""

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from mottagning.models.letters import SentLetter
from mottagning.services.session import Session
from mottagning.ui.tables import Index, TableModel, on_enter, record_table


class MyLettersModel(TableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.letters: list[SentLetter] = []
        self._aliases: dict[str, str] = {}
        self._today = date.min
        self.headers = [
            self.tr("Sent"),
            self.tr("Client"),
            self.tr("To"),
            self.tr("Reply requested by"),
            self.tr("Reply"),
        ]

    def set_letters(self, letters: list[SentLetter], aliases: dict[str, str], today: date) -> None:
        self.beginResetModel()
        self.letters, self._aliases, self._today = list(letters), aliases, today
        self.endResetModel()

    def row_count(self) -> int:
        return len(self.letters)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        letter = self.letters[index.row()]
        column = index.column()
        if column == 0:
            return letter.sent_on.isoformat()
        if column == 1:
            return self._aliases.get(letter.client_id, "")
        if column == 2:
            return letter.recipient
        if column == 3:
            return letter.reply_expected_by.isoformat() if letter.reply_expected_by else "–"
        if letter.reply_received_on is not None:
            return self.tr("Received {day}").format(day=letter.reply_received_on.isoformat())
        return self.tr("Overdue") if letter.overdue(self._today) else self.tr("Waiting")


class MyLettersDialog(QDialog):
    open_client_requested = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("myLettersDialog")
        self.setWindowTitle(self.tr("Referrals sent"))
        self.model = MyLettersModel(self)
        self.table = record_table(self, "myLetters", self.model)
        self.table.doubleClicked.connect(lambda index: self._open(index.row()))
        on_enter(self.table, lambda: self._open(self.table.currentIndex().row()))
        letters = session.referrals.my_letters()
        aliases = {
            cid: summary.alias
            for cid, summary in session.clients.summaries({x.client_id for x in letters}).items()
        }
        self.model.set_letters(letters, aliases, session.time.today())
        empty = QLabel(self.tr("No referrals have been sent."), self)
        empty.setVisible(not letters)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(empty)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.resize(820, 480)

    def _open(self, row: int) -> None:
        if 0 <= row < len(self.model.letters):
            self.open_client_requested.emit(self.model.letters[row].client_id)
            self.accept()
