"""The left side of the Journal tab: the notes in journal order and a search
field that swaps the list for the search hits (each with its snippet).

Searching waits for a pause in typing, or Enter: every search is logged.
Escape goes back to the whole list, at the note last chosen."""

from html import escape

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mottagning.models.journal import JournalNote, SearchHit
from mottagning.ui.journal.notes_model import NOTE_ID_ROLE, NotesModel
from mottagning.ui.journal.rich_text import RichTextDelegate
from mottagning.ui.journal.text import snippet_html
from mottagning.ui.tables import record_table
from mottagning.ui.translations import translated

SEARCH_DELAY_MS = 400


class NotesPane(QWidget):
    search_requested = Signal(str)  # the words; the tab asks the service
    hit_chosen = Signal(str)  # a note id

    def __init__(self, user_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setObjectName("journalSearch")
        self.search.setPlaceholderText(self.tr("Search this journal (Ctrl+Shift+F)"))
        self.search.setClearButtonEnabled(True)
        self.newest_first = QCheckBox(self.tr("Newest &first"), self)
        self.newest_first.setObjectName("newestFirst")
        self.newest_first.setToolTip(self.tr("List the latest note at the top"))
        self.model = NotesModel(user_id, self)
        self.table = record_table(self, "journalNotes", self.model)
        self.table.setWordWrap(False)
        # Fixed row heights, columns sized once per reset (below): 500 notes
        # scroll without measuring each row.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # A note signed, corrected or added to shows a longer status: the columns
        # grow with it instead of cutting it to "Signer…".
        self.model.dataChanged.connect(self._fit_columns)
        self.model.rowsInserted.connect(self._fit_columns)
        self.model.layoutChanged.connect(self._fit_columns)

        self.hits_model = QStandardItemModel(self)
        self.hits = QListView(self)
        self.hits.setObjectName("journalHits")
        self.hits.setModel(self.hits_model)
        self.hits.setItemDelegate(RichTextDelegate(self.hits, wrap=True))
        self.hits.setResizeMode(QListView.ResizeMode.Adjust)  # re-wrap the snippets on resize
        self.hits.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.hits.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.hits.setAlternatingRowColors(True)
        self.hits_status = QLabel(self)
        self.hits_status.setObjectName("journalHitsStatus")
        self.hits_status.setWordWrap(True)
        self.hits_page = QWidget(self)
        hits_layout = QVBoxLayout(self.hits_page)
        hits_layout.setContentsMargins(0, 0, 0, 0)
        hits_layout.addWidget(self.hits_status)
        hits_layout.addWidget(self.hits, 1)
        self.lists = QStackedWidget(self)
        self.lists.addWidget(self.table)
        self.lists.addWidget(self.hits_page)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.newest_first)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.lists, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._request)
        self.search.textChanged.connect(self._typed)
        self.search.returnPressed.connect(self._search_now)
        self.hits.selectionModel().currentChanged.connect(self._hit)
        self.hits.activated.connect(self._hit)
        escape_key = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.clear_search)
        escape_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # --- The notes ----------------------------------------------------------------------

    def set_notes(self, notes: list[JournalNote]) -> None:
        self.model.set_notes(notes)
        self._fit_columns()

    def _fit_columns(self) -> None:
        for column in (NotesModel.DATE, NotesModel.TYPE, NotesModel.STATUS):
            self.table.resizeColumnToContents(column)

    def current_note(self) -> JournalNote | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.note_at(index.row()) if index.isValid() else None

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    # --- Searching ----------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def clear_search(self) -> None:
        """Back to the whole journal, at the note chosen from the hits."""
        if self.search.text():
            self.search.clear()
            self.table.setFocus()

    def _typed(self, text: str) -> None:
        if text.strip():
            self._timer.start()
        else:
            self._timer.stop()
            self.lists.setCurrentWidget(self.table)

    def _request(self) -> None:
        text = self.search.text().strip()
        if text:
            self.search_requested.emit(text)

    def _search_now(self) -> None:
        self._timer.stop()
        self._request()
        if self.hits_model.rowCount() and self.lists.currentWidget() is self.hits_page:
            self.hits.setFocus()
            self.hits.setCurrentIndex(self.hits_model.index(0, 0))

    def show_hits(self, hits: list[SearchHit], text: str) -> None:
        self.hits_model.clear()
        for hit in hits:
            item = QStandardItem(
                f"<b>{hit.note_date.isoformat()}</b> · {escape(self._kind_of(hit.note_id))}<br>"
                f"{snippet_html(hit.snippet)}"
            )
            item.setData(hit.note_id, NOTE_ID_ROLE)
            item.setToolTip(hit.snippet)
            self.hits_model.appendRow(item)
        if hits:
            self.hits_status.setText(self.tr("Notes found: {count}").format(count=len(hits)))
        else:
            self.hits_status.setText(self.tr("No note contains “{text}”.").format(text=text))
        self.lists.setCurrentWidget(self.hits_page)

    def _hit(self, index: QModelIndex, _previous: object = None) -> None:
        if index.isValid():
            self.hit_chosen.emit(str(index.data(NOTE_ID_ROLE)))

    def _kind_of(self, note_id: str) -> str:
        row = self.model.row_of(note_id)
        return translated(self.model.note_at(row).note_type.label) if row >= 0 else ""
