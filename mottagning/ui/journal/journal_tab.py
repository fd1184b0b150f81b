"""The Journal tab of a client's page: the notes in journal order on the left,
the chosen note on the right.

A signed note (or a colleague's draft) is shown read-only with its addenda and
corrections; one's own draft opens in the editor, which stores every change
at once. The notes are loaded once, with one call, when the tab is first shown.
"""

from datetime import date
from html import escape

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import (
    QCloseEvent,
    QHideEvent,
    QKeySequence,
    QPalette,
    QShortcut,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mottagning.models.journal import JournalNote, NoteType
from mottagning.services.session import Session
from mottagning.ui.dialogs import open_dialog
from mottagning.ui.errors import user_errors
from mottagning.ui.journal.editor import DraftEditor
from mottagning.ui.journal.guard import GuardedTab
from mottagning.ui.journal.note_dialogs import AmendmentDialog, DraftHistoryDialog, NewNoteDialog
from mottagning.ui.journal.notes_model import NOTE_ID_ROLE, NotesModel
from mottagning.ui.journal.reading import NoteReading
from mottagning.ui.journal.rich_text import RichTextDelegate
from mottagning.ui.journal.text import snippet_html
from mottagning.ui.translations import translated

SEARCH_DELAY_MS = 400  # a pause in typing; each search is logged, each keystroke need not be
READABLE_CHARACTERS = 96  # a note reads best in a column of about this many characters


class JournalTab(GuardedTab):
    def __init__(self, session: Session, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(session, client_id, QWidget(), parent)
        self.setObjectName("journalTab")
        self._zone = session.scheduling.zone
        self._staff: dict[str, str] = {}
        self._pending_note: str | None = None
        content = self.content

        # Left: the search field and the notes (or the search hits).
        self.search = QLineEdit(content)
        self.search.setObjectName("journalSearch")
        self.search.setPlaceholderText(self.tr("Search this journal (Ctrl+Shift+F)"))
        self.search.setClearButtonEnabled(True)
        self.model = NotesModel(session.user.id, self)
        self.table = QTableView(content)
        self.table.setObjectName("journalNotes")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # Fixed row heights: 500 notes scroll without measuring each row.
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.hits_model = QStandardItemModel(self)
        self.hits = QListView(content)
        self.hits.setObjectName("journalHits")
        self.hits.setModel(self.hits_model)
        self.hits.setItemDelegate(RichTextDelegate(self.hits))
        self.hits.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.hits.setAlternatingRowColors(True)
        self.hits_status = QLabel(content)
        self.hits_status.setObjectName("journalHitsStatus")
        self.hits_status.setWordWrap(True)
        self.lists = QStackedWidget(content)
        self.lists.addWidget(self.table)
        hits_page = QWidget(self.lists)
        hits_layout = QVBoxLayout(hits_page)
        hits_layout.setContentsMargins(0, 0, 0, 0)
        hits_layout.addWidget(self.hits_status)
        hits_layout.addWidget(self.hits, 1)
        self.lists.addWidget(hits_page)
        self.hits_page = hits_page
        left = QWidget(content)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.lists, 1)

        # Right: what can be done with the note, and the note itself.
        self.new_button = self._button(self.tr("&New note"), "newNote", "Ctrl+N", self.new_note)
        self.sign_button = self._button(self.tr("&Sign..."), "signNote", "Ctrl+Enter", self.sign)
        self.addendum_button = self._button(
            self.tr("&Addendum..."), "addAddendum", "", lambda: self.amend(correction=False)
        )
        self.correction_button = self._button(
            self.tr("Co&rrection..."), "correctNote", "", lambda: self.amend(correction=True)
        )
        self.history_button = self._button(self.tr("&History..."), "draftHistory", "", self.history)
        self.original_button = self._button(
            self.tr("Show the &original"), "showOriginal", "", self._show_current
        )
        self.original_button.setCheckable(True)
        actions = QHBoxLayout()
        for button in (
            self.new_button,
            self.sign_button,
            self.addendum_button,
            self.correction_button,
            self.history_button,
            self.original_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        self.empty = QLabel(content)
        self.empty.setObjectName("journalEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.reader = QTextBrowser(content)
        self.reader.setObjectName("noteReader")
        self.reader.setOpenLinks(False)
        self.reading = NoteReading(self._zone, self)
        self.editor = DraftEditor(session, content)
        self.editor.edited.connect(self._edited)
        self.note_pages = QStackedWidget(content)
        for page in (self.empty, self.reader, self.editor):
            self.note_pages.addWidget(page)
        right = QWidget(content)
        right.setMaximumWidth(self.fontMetrics().averageCharWidth() * READABLE_CHARACTERS + 48)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(actions)
        right_layout.addWidget(self.note_pages, 1)

        self.splitter = QSplitter(content)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.splitter)
        self.setTabOrder(self.search, self.table)
        self.setTabOrder(self.table, self.new_button)

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.run_search)
        self.search.textChanged.connect(self._search_typed)
        self.search.returnPressed.connect(self._search_now)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.hits.selectionModel().currentChanged.connect(self._hit_chosen)
        self.hits.activated.connect(self._hit_chosen)
        for keys, slot in (
            ("Ctrl+Shift+F", self._focus_search),
            ("Ctrl+Return", self.sign),
            ("Ctrl+Enter", self.sign),
            ("Ctrl+N", self.new_note),
        ):
            shortcut = QShortcut(QKeySequence(keys), content, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape_search = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search, self.search.clear)
        escape_search.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self._into_note).setContext(
            Qt.ShortcutContext.WidgetShortcut
        )
        self._update_buttons()

    def _button(self, text: str, name: str, keys: str, slot: object) -> QPushButton:
        button = QPushButton(text, self.content)
        button.setObjectName(name)
        if keys:
            button.setToolTip(keys)
        button.clicked.connect(slot)
        return button

    # --- Loading ------------------------------------------------------------------------

    def _load(self) -> None:
        notes = self._session.journal.notes(self.client_id)  # raises before anything is shown
        self._staff = self._session.scheduling.staff_names()
        self.model.set_notes(notes)
        self.table.resizeColumnsToContents()
        self.empty.setText(
            self.tr("No notes yet. Press Ctrl+N to write the first one.")
            if not notes
            else self.tr("Choose a note in the list.")
        )
        target = self._pending_note
        self._pending_note = None
        row = self.model.row_of(target) if target else self.model.rowCount() - 1
        if row >= 0:
            self._select_row(row)
            self.table.scrollTo(self.model.index(row, 0))
        self._update_buttons()

    def reload(self) -> None:
        """Read the journal again (someone else may have signed or added since)."""
        current = self.current_note()
        self._pending_note = current.id if current else None
        self.editor.leave()
        self.load()

    def select_note(self, note_id: str) -> None:
        """Show the note `note_id` (a search hit chosen elsewhere)."""
        if not self.loaded:
            self._pending_note = note_id
            return
        row = self.model.row_of(note_id)
        if row >= 0:
            self._select_row(row)

    def _select_row(self, row: int) -> None:
        self.table.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(self.model.index(row, 0))

    # --- Showing the chosen note ----------------------------------------------------------

    def current_note(self) -> JournalNote | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.note_at(index.row()) if index.isValid() else None

    def _own_draft(self, note: JournalNote | None) -> bool:
        return note is not None and not note.signed and note.author.user_id == self._session.user.id

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        note = self.model.note_at(current.row()) if current.isValid() else None
        if self.editor.note is not None and (note is None or note.id != self.editor.note.id):
            self.editor.leave()
        self.original_button.setChecked(False)
        self._show_current()

    def _show_current(self) -> None:
        note = self.current_note()
        if note is None:
            self.note_pages.setCurrentWidget(self.empty)
        elif self._own_draft(note):
            if self.editor.note is None or self.editor.note.id != note.id:
                self.editor.open_note(note)
            self.note_pages.setCurrentWidget(self.editor)
        else:
            muted = QApplication.palette().color(QPalette.ColorRole.PlaceholderText).name()
            self.reader.setHtml(
                self.reading.html(note, muted, show_original=self.original_button.isChecked())
            )
            self.note_pages.setCurrentWidget(self.reader)
        self._update_buttons()

    def _update_buttons(self) -> None:
        note = self.current_note() if self.loaded else None
        self.new_button.setEnabled(self.loaded)
        self.sign_button.setEnabled(self._own_draft(note))
        signed = note is not None and note.signed
        self.addendum_button.setEnabled(signed)
        self.correction_button.setEnabled(signed)
        self.history_button.setEnabled(note is not None)
        self.original_button.setVisible(note is not None and bool(note.corrections))

    def _into_note(self) -> None:
        if self.note_pages.currentWidget() is self.editor:
            self.editor.text.setFocus()
        else:
            self.reader.setFocus()

    def _edited(self, note: JournalNote) -> None:
        self.model.replace(note)  # signals only when the list shows a change

    # --- Leaving ------------------------------------------------------------------------

    def leave(self) -> None:
        """The page is closing: end the writing session of an open draft."""
        self.editor.end_session()

    def hideEvent(self, event: QHideEvent) -> None:
        # Another tab, another page, the window locked: the writing session ends.
        self.editor.end_session()
        super().hideEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.editor.end_session()
        super().closeEvent(event)

    # --- Writing --------------------------------------------------------------------------

    def new_note(self) -> NewNoteDialog | None:
        if not self.loaded:
            return None
        dialog = NewNoteDialog(self._session.clinic.today(), self)
        dialog.chosen.connect(self.start_note)
        open_dialog(dialog)
        return dialog

    def start_note(self, note_type: NoteType, note_date: date) -> None:
        with user_errors(self):
            note = self._session.journal.start_note(self.client_id, note_type, note_date)
            self.search.clear()
            row = self.model.add(note)
            self.editor.leave()
            self.editor.open_note(note, at_start=True)
            self._select_row(row)
            self.editor.text.setFocus()

    def sign(self) -> QMessageBox | None:
        note = self.current_note()
        if not self._own_draft(note) or note is None:
            return None
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Sign the note"),
            self.tr("Sign the note of {day} now?").format(day=note.note_date.isoformat()),
            parent=self,
        )
        box.setObjectName("signConfirmation")
        box.setInformativeText(
            self.tr(
                "A signed note is locked: it can no longer be changed, only added to "
                "(addendum) or corrected with a reason, and the original stays readable."
            )
        )
        sign = box.addButton(self.tr("&Sign and lock"), QMessageBox.ButtonRole.AcceptRole)
        sign.setObjectName("confirmSign")
        back = box.addButton(self.tr("Keep &writing"), QMessageBox.ButtonRole.RejectRole)
        # Enter or Escape goes back to writing: a stray key does not sign. Ctrl+Enter
        # again (or S) does.
        box.setDefaultButton(back)
        box.setEscapeButton(back)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), box, sign.click)
        sign.clicked.connect(lambda: self._sign_now(note.id))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def _sign_now(self, note_id: str) -> None:
        with user_errors(self):
            signed = self._session.journal.sign(note_id)
            if self.editor.note is not None and self.editor.note.id == note_id:
                self.editor.forget()  # signing kept the last snapshot itself
            self.model.replace(signed)
            self._show_current()
            self.table.setFocus()

    def amend(self, *, correction: bool) -> AmendmentDialog | None:
        note = self.current_note()
        if note is None or not note.signed:
            return None
        dialog = AmendmentDialog(self._session, note, self, correction=correction)
        dialog.amended.connect(self._amended)
        open_dialog(dialog)
        return dialog

    def _amended(self, note: JournalNote) -> None:
        self.model.replace(note)
        self._show_current()

    def history(self) -> DraftHistoryDialog | None:
        note = self.current_note()
        if note is None:
            return None
        with user_errors(self):
            versions = self._session.journal.draft_history(note.id)
            dialog = DraftHistoryDialog(note, versions, self._staff, self._zone, self)
            open_dialog(dialog)
            return dialog
        return None

    # --- Searching ------------------------------------------------------------------------

    def _focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _search_typed(self, text: str) -> None:
        if text.strip():
            self._search_timer.start()
        else:
            self._search_timer.stop()
            self.lists.setCurrentWidget(self.table)

    def _search_now(self) -> None:
        self._search_timer.stop()
        self.run_search()
        if self.hits_model.rowCount():
            self.hits.setFocus()
            self.hits.setCurrentIndex(self.hits_model.index(0, 0))

    def run_search(self) -> None:
        text = self.search.text().strip()
        if not text or not self.loaded:
            return
        with user_errors(self):
            found = self._session.journal.search_client(self.client_id, text)
            self.hits_model.clear()
            for hit in found:
                row = self.model.row_of(hit.note_id)
                kind = translated(self.model.note_at(row).note_type.label) if row >= 0 else ""
                item = QStandardItem(
                    f"<b>{hit.note_date.isoformat()}</b> · {escape(kind)}<br>"
                    f"{snippet_html(hit.snippet)}"
                )
                item.setData(hit.note_id, NOTE_ID_ROLE)
                item.setToolTip(hit.snippet)
                self.hits_model.appendRow(item)
            if found:
                self.hits_status.setText(self.tr("Notes found: {count}").format(count=len(found)))
            else:
                self.hits_status.setText(self.tr("No note contains “{text}”.").format(text=text))
            self.lists.setCurrentWidget(self.hits_page)

    def _hit_chosen(self, index: QModelIndex, _previous: object = None) -> None:
        if index.isValid():
            self.select_note(str(index.data(NOTE_ID_ROLE)))
