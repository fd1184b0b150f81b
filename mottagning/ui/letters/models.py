"""Table models of the consent register and the letter register."""

from datetime import date

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QWidget

from mottagning.models.consent import BasisKind, DisclosureBasis, Scope
from mottagning.models.letters import SentLetter
from mottagning.ui.tables import Index, TableModel
from mottagning.ui.translations import translated


class ConsentsModel(TableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bases: list[DisclosureBasis] = []
        self._units: dict[str, str] = {}
        self._today = date.min
        self.headers = [
            self.tr("Recipient"),
            self.tr("Ground"),
            self.tr("What may be shared"),
            self.tr("Given on"),
            self.tr("Valid until"),
            self.tr("Status"),
        ]

    def set_bases(self, bases: list[DisclosureBasis], units: dict[str, str], today: date) -> None:
        self.beginResetModel()
        self.bases, self._units, self._today = list(bases), units, today
        self.endResetModel()

    def row_count(self) -> int:
        return len(self.bases)

    def recipient_name(self, basis: DisclosureBasis) -> str:
        unit_id = basis.recipient.unit_id
        return self._units.get(unit_id, "") if unit_id else basis.recipient.person_name

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        shown = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
        if not index.isValid() or role not in shown:
            return None
        basis = self.bases[index.row()]
        column = index.column()
        if column == 0:
            return self.recipient_name(basis)
        if column == 1:
            if basis.kind is BasisKind.LEGAL_GROUND:
                return basis.ground_label
            form = translated(basis.form.label) if basis.form else ""
            return f"{translated(basis.kind.label)} ({form.lower()})"
        if column == 2:
            order = list(Scope)
            scopes = sorted(basis.scopes, key=order.index)
            return ", ".join(translated(scope.label) for scope in scopes)
        if column == 3:
            return basis.given_on.isoformat()
        if column == 4:
            return basis.valid_until.isoformat() if basis.valid_until else "–"
        if basis.withdrawn_on is not None:
            return self.tr("Withdrawn {day}").format(day=basis.withdrawn_on.isoformat())
        if basis.valid_until is not None and basis.valid_until < self._today:
            return self.tr("Expired")
        return self.tr("Valid")


class LettersModel(TableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.letters: list[SentLetter] = []
        self._today = date.min
        self.headers = [
            self.tr("Sent"),
            self.tr("To"),
            self.tr("Reply requested by"),
            self.tr("Reply"),
        ]

    def set_letters(self, letters: list[SentLetter], today: date) -> None:
        self.beginResetModel()
        self.letters, self._today = list(letters), today
        self.endResetModel()

    def row_count(self) -> int:
        return len(self.letters)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        letter = self.letters[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3:
            return letter.reply_note or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == 0:
            return letter.sent_on.isoformat()
        if column == 1:
            return letter.recipient
        if column == 2:
            return letter.reply_expected_by.isoformat() if letter.reply_expected_by else "–"
        if letter.reply_received_on is not None:
            received = self.tr("Received {day}").format(day=letter.reply_received_on.isoformat())
            return f"{received}: {letter.reply_note}" if letter.reply_note else received
        return self.tr("Overdue") if letter.overdue(self._today) else self.tr("Waiting")

    def letter_at(self, index: QModelIndex) -> SentLetter:
        return self.letters[index.row()]
