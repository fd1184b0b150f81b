"""Search the notes of one's own clients (signed notes, addenda, corrections and
one's own drafts), hits grouped by client. Modeless: it stays open beside the
client's page while the user goes through the hits. Each search is logged.

A search decrypts the notes it looks through, which on a big clinic takes
longer than a keystroke: it runs off the GUI thread, and only the newest
search's hits are shown."""

from html import escape

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from mottagning.errors import UserError
from mottagning.models.clients import ClientSummary
from mottagning.models.journal import SearchHit
from mottagning.services.session import Session
from mottagning.ui.errors import explain
from mottagning.ui.journal.feedback import tell
from mottagning.ui.journal.rich_text import RichTextDelegate
from mottagning.ui.journal.text import snippet_html
from mottagning.ui.sizes import characters, lines, resize_within_screen
from mottagning.ui.worker import run_operation

SEARCH_DELAY_MS = 400
CLIENT_ROLE = Qt.ItemDataRole.UserRole
NOTE_ROLE = Qt.ItemDataRole.UserRole + 1


class JournalSearchDialog(QDialog):
    open_client_requested = Signal(str)  # client id
    open_note_requested = Signal(str, str)  # client id, note id
    searched = Signal()  # the hits of the newest search are shown

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("journalSearchDialog")
        self.setWindowTitle(self.tr("Search my clients' journals"))
        self.setModal(False)
        self._session = session
        label = QLabel(self.tr("&Words to find:"), self)
        self.search = QLineEdit(self)
        self.search.setObjectName("journalSearchText")
        self.search.setClearButtonEnabled(True)
        label.setBuddy(self.search)
        self.status = QLabel(self)
        self.status.setObjectName("journalSearchStatus")
        self.status.setWordWrap(True)
        self.model = QStandardItemModel(self)
        self.results = QTreeView(self)
        self.results.setObjectName("journalSearchResults")
        self.results.setModel(self.model)
        self.results.setHeaderHidden(True)
        self.results.setItemDelegate(RichTextDelegate(self.results, wrap=True))
        self.results.setWordWrap(True)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.activated.connect(self._chosen)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        hint = QLabel(
            self.tr("Signed notes and your own drafts, of the clients you are counselor for."),
            self,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.search)
        layout.addWidget(hint)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        layout.addWidget(buttons)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self._search_now)
        resize_within_screen(self, characters(self, 104), lines(self, 36))

    def _search_now(self) -> None:
        self._timer.stop()
        self.run_search(focus_first=True)

    def run_search(self, *, focus_first: bool = False) -> None:
        text = self.search.text().strip()
        if not text or not self._session.open:  # logged out meanwhile: nothing to read
            self.model.clear()
            self.status.clear()
            return
        self.status.setText(self.tr("Searching…"))

        def search(
            session: Session, _report: object
        ) -> tuple[list[SearchHit], dict[str, ClientSummary]]:
            hits = session.journal.search_my_clients(text)
            return hits, session.clients.summaries({hit.client_id for hit in hits})

        def show(found: tuple[list[SearchHit], dict[str, ClientSummary]]) -> None:
            self._show(*found, text)
            first = self.model.index(0, 0)
            if focus_first and first.isValid():
                self.results.setFocus()
                self.results.setCurrentIndex(self.model.index(0, 0, first))
            self.searched.emit()

        def refused(error: BaseException) -> None:
            self.model.clear()
            self.status.clear()
            if isinstance(error, UserError):
                tell(self, error)
            else:
                explain(self, error)

        run_operation(
            self, self._session, search, show, on_error=refused, key=f"journal-search-{id(self)}"
        )

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()  # no search after the dialog (or the session) has gone
        super().hideEvent(event)

    def _show(self, hits: list[SearchHit], summaries: dict[str, ClientSummary], text: str) -> None:
        self.model.clear()
        full = self._session.preferences.show_full_names
        groups: dict[str, list[SearchHit]] = {}
        for hit in hits:
            groups.setdefault(hit.client_id, []).append(hit)
        for client_id, found in groups.items():
            summary = summaries.get(client_id)
            name = summary.display_name(show_full_names=full) if summary else ""
            client = QStandardItem(f"<b>{escape(name)}</b> · {len(found)}")
            client.setData(client_id, CLIENT_ROLE)
            for hit in found:
                item = QStandardItem(f"{hit.note_date.isoformat()}<br>{snippet_html(hit.snippet)}")
                item.setData(client_id, CLIENT_ROLE)
                item.setData(hit.note_id, NOTE_ROLE)
                item.setToolTip(hit.snippet)
                client.appendRow(item)
            self.model.appendRow(client)
        self.results.expandAll()
        if hits:
            self.status.setText(
                self.tr("Notes found: {count} · clients: {clients}").format(
                    count=len(hits), clients=len(groups)
                )
            )
        else:
            self.status.setText(self.tr("No note contains “{text}”.").format(text=text))

    def _chosen(self, index: QModelIndex) -> None:
        client_id = index.data(CLIENT_ROLE)
        if not client_id:
            return
        self.open_client_requested.emit(str(client_id))
        note_id = index.data(NOTE_ROLE)
        if note_id:
            self.open_note_requested.emit(str(client_id), str(note_id))


def show_journal_search(session: Session, parent: QWidget) -> JournalSearchDialog:
    """Open the search beside the window (modeless: open_dialog() would make it
    window-modal and keep the user from the client's page)."""
    dialog = JournalSearchDialog(session, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
