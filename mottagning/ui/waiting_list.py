"""Väntelista: clients waiting for a first visit, most urgent and longest
waiting first. Booking from here records how long the client waited; who is
on the list is "waiting" in the register (see services/waiting_list.py)."""

from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mottagning.errors import UserError
from mottagning.models.calendar import Appointment, WaitingListEntry
from mottagning.models.clients import ClientSummary
from mottagning.services.session import Session
from mottagning.ui.calendar import visit_actions
from mottagning.ui.calendar.fields import DateField
from mottagning.ui.calendar.notice import Notice
from mottagning.ui.clients.picker import ClientPicker
from mottagning.ui.dialogs import open_dialog
from mottagning.ui.errors import message_for, show_in, user_errors
from mottagning.ui.formatting import from_qdate, to_qdate
from mottagning.ui.sizes import characters
from mottagning.ui.tables import Index, TableModel, record_table


def priority_label(priority: int) -> str:
    return {
        1: QCoreApplication.translate("WaitingList", "1 – urgent"),
        2: QCoreApplication.translate("WaitingList", "2 – normal"),
        3: QCoreApplication.translate("WaitingList", "3 – can wait"),
    }[priority]


class WaitingListModel(TableModel):
    PRIORITY, CLIENT, FIRST_CONTACT, WAITED, NOTE = range(5)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: list[WaitingListEntry] = []
        self._clients: dict[str, ClientSummary] = {}
        self._today = date.min  # the clinic's, given with the entries
        self._full_names = False
        self.headers = [
            self.tr("Priority"),
            self.tr("Client"),
            self.tr("First contact"),
            self.tr("Waited"),
            self.tr("Note"),
        ]

    def set_entries(
        self,
        entries: list[WaitingListEntry],
        clients: dict[str, ClientSummary],
        today: date,
        show_full_names: bool,
    ) -> None:
        self.beginResetModel()
        self._entries, self._clients, self._today = list(entries), clients, today
        self._full_names = show_full_names
        self.endResetModel()

    def entry_at(self, row: int) -> WaitingListEntry:
        return self._entries[row]

    def row_count(self) -> int:
        return len(self._entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        entry = self._entries[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return entry.id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == self.PRIORITY:
            return priority_label(entry.priority)
        if column == self.CLIENT:
            client = self._clients.get(entry.client_id)
            return client.display_name(show_full_names=self._full_names) if client else ""
        if column == self.FIRST_CONTACT:
            return entry.first_contact.isoformat()
        if column == self.WAITED:
            return self.tr("%n day(s)", "", (self._today - entry.first_contact).days)
        return entry.note


class WaitingEntryDialog(QDialog):
    """Put a client on the waiting list, or change their entry."""

    saved = Signal()

    def __init__(
        self,
        session: Session,
        parent: QWidget,
        *,
        client_id: str | None = None,
        entry: WaitingListEntry | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("waitingEntryDialog")
        self.setWindowTitle(self.tr("Waiting list"))
        self._session = session
        self._entry = entry
        today = session.time.today()
        self.client = ClientPicker(session, self)
        self.client.set_client(entry.client_id if entry else client_id)
        self.client.setEnabled(entry is None and client_id is None)
        self.priority = QComboBox(self)
        self.priority.setObjectName("priority")
        for value in (1, 2, 3):
            self.priority.addItem(priority_label(value), value)
        self.priority.setCurrentIndex(self.priority.findData(entry.priority if entry else 2))
        self.first_contact = DateField(None, self)
        self.first_contact.setObjectName("firstContact")
        self.first_contact.setMaximumDate(to_qdate(today))
        self.first_contact.setDate(to_qdate(entry.first_contact if entry else today))
        self.note = QLineEdit(entry.note if entry else "", self)
        self.note.setObjectName("waitingNote")
        self.note.setPlaceholderText(self.tr("e.g. afternoons only, needs an interpreter"))
        self.error = QLabel(self)
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("&Client:"), self.client)
        form.addRow(self.tr("&Priority:"), self.priority)
        form.addRow(self.tr("&First contact:"), self.first_contact)
        form.addRow(self.tr("&Note:"), self.note)
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
            priority = int(self.priority.currentData())
            first = from_qdate(self.first_contact.date())
            if self._entry is not None:
                self._session.waiting_list.update(self._entry.id, priority, first, self.note.text())
            else:
                if self.client.client_id is None:
                    show_in(self.error, self.tr("Choose a client: type the alias and pick one."))
                    return
                self._session.waiting_list.add(
                    self.client.client_id, priority, first, self.note.text()
                )
        except UserError as error:
            show_in(self.error, message_for(error))
            return
        self.saved.emit()
        super().accept()


class WaitingListPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.model = WaitingListModel(self)
        self.table = record_table(self, "waitingTable", self.model)
        self.table.doubleClicked.connect(lambda _: self.book_selected())

        self.add_button = QPushButton(self.tr("&Add..."), self)
        self.add_button.setObjectName("addWaiting")
        self.edit_button = QPushButton(self.tr("&Change..."), self)
        self.remove_button = QPushButton(self.tr("&Remove..."), self)
        self.book_button = QPushButton(self.tr("&Book the first visit..."), self)
        self.book_button.setObjectName("bookFromWaitingList")
        self.book_button.setDefault(True)
        self.summary = QLabel(self)
        self.summary.setObjectName("waitingSummary")
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.book_button.clicked.connect(self.book_selected)

        buttons = QHBoxLayout()
        for button in (self.book_button, self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.summary)
        self.notice = Notice(self)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        layout.addWidget(self.notice)
        self.refresh()

    def refresh(self) -> None:
        with user_errors(self):
            entries = self._session.waiting_list.entries()
            clients = self._session.clients.summaries({e.client_id for e in entries})
            today = self._session.time.today()
            self.model.set_entries(
                entries, clients, today, self._session.preferences.show_full_names
            )
            if entries:
                longest = max((today - e.first_contact).days for e in entries)
                waiting = self.tr("%n waiting", "", len(entries))
                longest_wait = self.tr("the longest %n day(s)", "", longest)
                self.summary.setText(f"{waiting} · {longest_wait}")
            else:
                self.summary.setText(self.tr("No one is waiting."))
            if entries:
                self.table.selectRow(0)
            for button in (self.book_button, self.edit_button, self.remove_button):
                button.setEnabled(bool(entries))  # they act on the chosen entry

    def selected(self) -> WaitingListEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entry_at(rows[0].row()) if rows else None

    def add(self) -> WaitingEntryDialog:
        dialog = WaitingEntryDialog(self._session, self)
        dialog.saved.connect(self.refresh)
        open_dialog(dialog)
        return dialog

    def edit_selected(self) -> None:
        entry = self.selected()
        if entry is not None:
            dialog = WaitingEntryDialog(self._session, self, entry=entry)
            dialog.saved.connect(self.refresh)
            open_dialog(dialog)

    def remove_selected(self) -> "RemoveDialog | None":
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        entry = self.model.entry_at(rows[0].row())
        name = self.model.index(rows[0].row(), WaitingListModel.CLIENT).data()
        dialog = RemoveDialog(self._session, self, entry, name)
        dialog.removed.connect(self.refresh)
        open_dialog(dialog)
        return dialog

    def book_selected(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        from mottagning.ui.calendar.booking_dialog import BookingDialog  # noqa: PLC0415

        dialog = BookingDialog(self._session, self, waiting_entry=entry)
        dialog.booked.connect(self._booked)
        open_dialog(dialog)

    def _booked(self, appointments: list[Appointment]) -> None:
        self.refresh()
        if appointments:
            visit = visit_actions.summary(self._session, appointments[0])
            self.notice.tell(self.tr("Booked the first visit: {visit}.").format(visit=visit))


class RemoveDialog(QDialog):
    """Off the waiting list without a visit: why, and whether the contact ends
    (the client is then closed with that reason; otherwise they stay active)."""

    removed = Signal()

    def __init__(
        self, session: Session, parent: QWidget, entry: WaitingListEntry, client_name: str
    ) -> None:
        super().__init__(parent)
        self.setObjectName("removeWaitingDialog")
        self.setWindowTitle(self.tr("Remove from the waiting list"))
        self._session = session
        self._entry = entry
        # Named, as in the list: the user sees whom they are taking off it.
        question = QLabel(
            self.tr(
                "Why is {client} leaving the waiting list (e.g. no longer wants contact)?"
            ).format(client=client_name),
            self,
        )
        question.setObjectName("removeQuestion")
        question.setWordWrap(True)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("removeReason")
        question.setBuddy(self.reason)
        self.close_client = QCheckBox(
            self.tr("The contact ends: &close the client with this reason"), self
        )
        self.close_client.setObjectName("closeClient")
        self.close_client.setToolTip(
            self.tr("Otherwise the client stays active, for example when booked another way.")
        )
        self.error = QLabel(self)
        self.error.setProperty("role", "error")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.remove_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.remove_button.setText(self.tr("Remove from the list"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(question)
        layout.addWidget(self.reason)
        layout.addWidget(self.close_client)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(characters(self, 64), self.sizeHint().height())

    def accept(self) -> None:
        try:
            self._session.waiting_list.remove(
                self._entry.id, self.reason.text(), close_client=self.close_client.isChecked()
            )
        except UserError as error:
            show_in(self.error, message_for(error))
            return
        self.removed.emit()
        super().accept()
