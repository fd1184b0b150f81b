"""Klienter: the client register, searched as you type, and the client's page.

The list shows aliases (names only when the user has chosen so), masked
identity numbers, strand, status and counselor. Typing searches the whole
register; with an empty search the list shows the chosen status (a
counselor starts on their own clients).
"""

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mottagning.models.clients import Client, ClientStatus, ConcernConsideration
from mottagning.models.users import Role
from mottagning.services.session import Session
from mottagning.ui.clients.client_view import ClientView
from mottagning.ui.clients.concern import ConcernDialog
from mottagning.ui.clients.form import ClientFormDialog
from mottagning.ui.clients.models import ClientListModel
from mottagning.ui.dialogs import open_dialog
from mottagning.ui.errors import user_errors
from mottagning.ui.tables import on_enter, record_table

SEARCH_DELAY_MS = 60
_FILTERS = {
    "current": frozenset({ClientStatus.WAITING, ClientStatus.ACTIVE}),
    "waiting": frozenset({ClientStatus.WAITING}),
    "active": frozenset({ClientStatus.ACTIVE}),
    "closed": frozenset({ClientStatus.CLOSED}),
    "all": None,
}


class ClientRegisterPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._staff = session.scheduling.staff_names()
        self.stack = QStackedWidget(self)
        self.client_view: ClientView | None = None

        self.search = QLineEdit(self)
        self.search.setObjectName("clientSearch")
        self.search.setPlaceholderText(
            self.tr("Search: alias, name, identity number or phone (Ctrl+K)")
        )
        self.search.setClearButtonEnabled(True)
        self.filter = QComboBox(self)
        self.filter.setObjectName("clientFilter")
        for key, label in (
            ("current", self.tr("Waiting and active")),
            ("waiting", self.tr("Waiting")),
            ("active", self.tr("Active")),
            ("closed", self.tr("Closed")),
            ("all", self.tr("All")),
        ):
            self.filter.addItem(label, key)
        self.mine = QCheckBox(self.tr("My clients"), self)
        self.mine.setObjectName("myClients")
        self.mine.setChecked(session.user.role is Role.COUNSELOR)
        self.new_button = QPushButton(self.tr("&New client..."), self)
        self.new_button.setObjectName("newClient")
        self.count = QLabel(self)
        self.count.setObjectName("clientCount")

        self.model = ClientListModel(self)
        self.table = record_table(self, "clientTable", self.model)
        header = self.table.horizontalHeader()  # the counselors take what is left
        header.setStretchLastSection(False)
        header.setSectionResizeMode(ClientListModel.COUNSELORS, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(
            lambda index: self.open_client(index.data(Qt.ItemDataRole.UserRole))
        )

        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addWidget(self.filter)
        bar.addWidget(self.mine)
        bar.addStretch(1)
        bar.addWidget(self.count)
        bar.addWidget(self.new_button)
        register = QWidget(self)
        register_layout = QVBoxLayout(register)
        register_layout.setContentsMargins(0, 0, 0, 0)
        register_layout.addLayout(bar)
        register_layout.addWidget(self.table)
        self.stack.addWidget(register)
        self.register = register
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self._open_selected)
        self.filter.currentIndexChanged.connect(self.refresh)
        self.mine.toggled.connect(self.refresh)
        self.new_button.clicked.connect(self.new_client)
        QShortcut(QKeySequence.StandardKey.New, register, self.new_client)
        on_enter(self.table, self._open_selected)
        self.search.installEventFilter(self)
        self.refresh()

    # --- The list -----------------------------------------------------------------

    def refresh(self) -> None:
        with user_errors(self):
            text = self.search.text().strip()
            if text:
                clients = self._session.clients.search(text, limit=200)
            else:
                clients = self._session.clients.register(
                    _FILTERS[self.filter.currentData()], mine_only=self.mine.isChecked()
                )
            self.model.set_clients(clients, self._staff, self._session.preferences.show_full_names)
            self.count.setText(self.tr("%n client(s)", "", len(clients)))
            if clients:
                self.table.selectionModel().setCurrentIndex(
                    self.model.index(0, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down arrow from the search field goes to the hits (keyboard only)."""
        if (
            watched is self.search
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Down
            and self.model.rowCount()
        ):
            self.table.setFocus()
            return True
        return False

    def focus_search(self) -> None:
        self.stack.setCurrentWidget(self.register)
        self.search.setFocus()
        self.search.selectAll()

    def _open_selected(self) -> None:
        index = self.table.selectionModel().currentIndex()
        if index.isValid():
            self.open_client(self.model.client_at(index.row()).id)

    # --- One client ---------------------------------------------------------------

    def open_client(self, client_id: str) -> ClientView | None:
        with user_errors(self):
            view = ClientView(self._session, client_id, self.stack)
            view.closed.connect(self.close_client)
            view.changed.connect(lambda _: self.refresh())
            if self.client_view is not None:
                self.stack.removeWidget(self.client_view)
                self.client_view.deleteLater()
            self.client_view = view
            self.stack.addWidget(view)
            self.stack.setCurrentWidget(view)
            return view
        return None

    def close_client(self) -> None:
        self.stack.setCurrentWidget(self.register)
        if self.client_view is not None:
            self.stack.removeWidget(self.client_view)
            self.client_view.deleteLater()
            self.client_view = None
        self.refresh()
        self.search.setFocus()

    def new_client(self) -> ClientFormDialog:
        dialog = ClientFormDialog(self._session, self)
        dialog.saved.connect(self._registered)
        open_dialog(dialog)
        return dialog

    def _registered(self, client: Client, prompt: ConcernConsideration | None) -> None:
        view = self.open_client(client.id)
        if prompt is not None and view is not None:
            open_dialog(
                ConcernDialog(self._session, prompt, client.alias, view), view.refresh_history
            )
