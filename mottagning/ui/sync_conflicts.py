"""Changes made to the same field on two PCs while apart: both values, and a
choice of which to keep (the scheduler or the clinic lead). Until someone
chooses, the later value stands on every PC and the conflict stays listed.
Below, what was made twice apart (one user name, alias or identity number on
two accounts or clients): both are kept, the later renamed, until marked seen."""

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mottagning.i18n import Text
from mottagning.ui.errors import user_errors
from mottagning.ui.translations import translated

if TYPE_CHECKING:
    from mottagning.services.session import Session
    from mottagning.services.sync import ConflictView, DuplicateView


class ConflictsDialog(QDialog):
    def __init__(self, session: "Session", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncConflicts")
        self.setWindowTitle(self.tr("Changes made on two computers"))
        self._session = session
        self._conflicts: list[ConflictView] = []
        intro = QLabel(
            self.tr(
                "These were changed on two computers while they could not reach each "
                "other. The later change stands until you choose; your choice reaches "
                "every computer at the next sync."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("conflictsTable")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Record"), self.tr("Field"), self.tr("Earlier"), self.tr("Later (stands)")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        self.twice_intro = QLabel(
            self.tr(
                "Made on two computers apart with one user name, alias or identity "
                "number: both are kept, the later renamed. If it is one person twice, "
                "deactivate the account or close the record you do not need; then "
                "mark it seen."
            ),
            self,
        )
        self.twice_intro.setWordWrap(True)
        self.twice = QTableWidget(0, 3, self)
        self.twice.setObjectName("madeTwiceTable")
        self.twice.setHorizontalHeaderLabels(
            [self.tr("Field"), self.tr("Given to both"), self.tr("Now called")]
        )
        self.twice.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.twice.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.twice.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.twice.horizontalHeader().setStretchLastSection(True)
        self.twice.verticalHeader().setVisible(False)
        self.mark_seen = QPushButton(self.tr("&Seen, keep both"), self)
        self.mark_seen.clicked.connect(self._mark_seen)
        self.twice.itemSelectionChanged.connect(self._update_buttons)
        self._twice: list[DuplicateView] = []
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.keep_earlier = QPushButton(self.tr("Keep the &earlier"), self)
        self.keep_later = QPushButton(self.tr("Keep the &later"), self)
        buttons.addButton(self.keep_earlier, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.keep_later, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.keep_earlier.clicked.connect(lambda: self._resolve(keep_later=False))
        self.keep_later.clicked.connect(lambda: self._resolve(keep_later=True))
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(self.twice_intro)
        layout.addWidget(self.twice)
        layout.addWidget(self.mark_seen)
        layout.addWidget(buttons)
        self.resize(720, 360)
        self._load()

    def _load(self) -> None:
        with user_errors(self):
            self._conflicts = self._session.sync.conflicts()
        self.table.setRowCount(len(self._conflicts))
        for row, conflict in enumerate(self._conflicts):
            cells = [
                conflict.what,
                field_label(conflict.field),
                _shown(conflict.earlier),
                _shown(conflict.later),
            ]
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        if self._conflicts:
            self.table.selectRow(0)
        self._load_twice()
        self._update_buttons()

    def _load_twice(self) -> None:
        with user_errors(self):
            self._twice = self._session.sync.duplicates()
        self.twice.setRowCount(len(self._twice))
        for row, duplicate in enumerate(self._twice):
            cells = [field_label(duplicate.field), duplicate.value, ", ".join(duplicate.names)]
            for column, text in enumerate(cells):
                self.twice.setItem(row, column, QTableWidgetItem(text))
        self.twice.resizeColumnsToContents()
        for widget in (self.twice_intro, self.twice, self.mark_seen):
            widget.setVisible(bool(self._twice))
        if self._twice:
            self.twice.selectRow(0)

    def _mark_seen(self) -> None:
        rows = self.twice.selectionModel().selectedRows()
        if not rows:
            return
        with user_errors(self):
            self._session.sync.mark_duplicate_seen(self._twice[rows[0].row()].id)
        self._load()

    def _update_buttons(self) -> None:
        chosen = bool(self.table.selectionModel().selectedRows())
        self.keep_earlier.setEnabled(chosen)
        self.keep_later.setEnabled(chosen)
        self.mark_seen.setEnabled(bool(self.twice.selectionModel().selectedRows()))

    def _resolve(self, *, keep_later: bool) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        conflict = self._conflicts[rows[0].row()]
        with user_errors(self):
            self._session.sync.resolve(conflict.id, keep_later=keep_later)
        self._load()


def _shown(value: object) -> str:
    return "–" if value is None or value == "" else str(value)


_FIELDS = {
    "alias": Text("SyncFields", "Alias"),
    "first_name": Text("SyncFields", "First name"),
    "last_name": Text("SyncFields", "Last name"),
    "phone": Text("SyncFields", "Phone"),
    "email": Text("SyncFields", "E-mail"),
    "address": Text("SyncFields", "Address"),
    "home_municipality": Text("SyncFields", "Home municipality"),
    "interpreter_language": Text("SyncFields", "Interpreter"),
    "status": Text("SyncFields", "Status"),
    "closed_reason": Text("SyncFields", "Reason for closing"),
    "starts_at": Text("SyncFields", "Starts"),
    "ends_at": Text("SyncFields", "Ends"),
    "room_id": Text("SyncFields", "Room"),
    "reception_note": Text("SyncFields", "Note for the reception"),
    "full_name": Text("SyncFields", "Name"),
    "title": Text("SyncFields", "Title"),
    "role": Text("SyncFields", "Role"),
    "active": Text("SyncFields", "Active"),
    "username": Text("SyncFields", "User name"),
    "identity_number": Text("SyncFields", "Personal identity number"),
}


def field_label(field: str) -> str:
    label = _FIELDS.get(field)
    return field if label is None else translated(label)
