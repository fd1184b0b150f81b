"""The Journal tab of a client's page: the notes in journal order on the left,
the chosen note on the right.

A signed note (or a colleague's draft) is shown read-only with its addenda and
corrections; one's own draft opens in the editor, which stores every change
at once. The notes are loaded once, with one call, when the tab is first shown.
"""

from datetime import date

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import (
    QCloseEvent,
    QHideEvent,
    QKeySequence,
    QPalette,
    QShortcut,
)
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mottagning.models.journal import JournalNote, NoteType
from mottagning.services.session import Session
from mottagning.ui.dialogs import open_dialog
from mottagning.ui.journal.editor import DraftEditor
from mottagning.ui.journal.feedback import refusals
from mottagning.ui.journal.guard import GuardedTab
from mottagning.ui.journal.note_dialogs import (
    AmendmentDialog,
    DraftHistoryDialog,
    NewNoteDialog,
    SignQuestion,
)
from mottagning.ui.journal.notes_pane import NotesPane
from mottagning.ui.journal.reading import NoteReading
from mottagning.ui.sizes import characters
from mottagning.ui.tables import on_enter

READABLE_CHARACTERS = 96  # a note reads best in a column of about this many characters


class JournalTab(GuardedTab):
    def __init__(self, session: Session, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(session, client_id, QWidget(), parent)
        self.setObjectName("journalTab")
        self._zone = session.scheduling.zone
        self._staff: dict[str, str] = {}
        self._pending_note: str | None = None
        content = self.content

        # Left: the notes (or the search hits); right: the chosen note.
        self.notes = NotesPane(session.user.id, content)
        self.model, self.table, self.search = self.notes.model, self.notes.table, self.notes.search
        newest_first = session.preferences.journal_newest_first  # the user's own choice
        self.model.set_newest_first(newest_first)
        self.notes.newest_first.setChecked(newest_first)
        self.notes.newest_first.toggled.connect(self._turn_list)

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
        self.reader.document().setDocumentMargin(12)
        self.reading = NoteReading(self._zone, self)
        self.editor = DraftEditor(session, content)
        self.editor.edited.connect(self._edited)
        self.note_pages = QStackedWidget(content)
        for page in (self.empty, self.reader, self.editor):
            self.note_pages.addWidget(page)
        right = QWidget(content)
        right.setMaximumWidth(characters(self, READABLE_CHARACTERS + 8))
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(actions)
        right_layout.addWidget(self.note_pages, 1)

        self.splitter = QSplitter(content)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.notes)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([characters(self, 76), characters(self, READABLE_CHARACTERS)])
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addWidget(self.splitter)
        self.setTabOrder(self.search, self.table)
        self.setTabOrder(self.table, self.new_button)

        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.notes.search_requested.connect(self.run_search)
        self.notes.hit_chosen.connect(self.select_note)
        for keys, slot in (
            ("Ctrl+Shift+F", self.notes.focus_search),
            ("Ctrl+Return", self.sign),
            ("Ctrl+Enter", self.sign),
            ("Ctrl+N", self.new_note),
            ("F5", self.reload),
        ):
            shortcut = QShortcut(QKeySequence(keys), content, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        on_enter(self.table, self._into_note)
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
        self.notes.set_notes(notes)
        self.empty.setText(
            self.tr("No notes yet. Press Ctrl+N to write the first one.")
            if not notes
            else self.tr("Choose a note in the list.")
        )
        target = self._pending_note
        self._pending_note = None
        row = self.model.row_of(target) if target else self.model.latest_row()
        if row >= 0:
            self.notes.select_row(row)

    def _shown(self) -> None:
        self._update_buttons()

    def reload(self) -> None:
        """Read the journal again, F5 (a colleague may have signed or added since)."""
        if not self.loaded:
            return
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
            self.notes.select_row(row)

    # --- Showing the chosen note ----------------------------------------------------------

    def current_note(self) -> JournalNote | None:
        return self.notes.current_note()

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

    def _turn_list(self, newest_first: bool) -> None:
        with refusals(self):
            self._session.preferences.set_journal_newest_first(newest_first)
        self.model.set_newest_first(newest_first)
        index = self.table.currentIndex()
        if index.isValid():
            self.table.scrollTo(index)

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
        dialog = NewNoteDialog(self._session.time.today(), self)
        dialog.chosen.connect(self.start_note)
        open_dialog(dialog)
        return dialog

    def start_note(self, note_type: NoteType, note_date: date) -> None:
        with refusals(self):
            note = self._session.journal.start_note(self.client_id, note_type, note_date)
            self.search.clear()
            row = self.model.add(note)
            self.editor.leave()
            self.editor.open_note(note, at_start=True)
            self.notes.select_row(row)
            self.editor.text.setFocus()

    def sign(self) -> SignQuestion | None:
        note = self.current_note()
        if not self._own_draft(note) or note is None:
            return None
        box = SignQuestion(note.note_date, self)
        box.sign_button.clicked.connect(lambda: self._sign_now(note.id))
        box.open()
        return box

    def _sign_now(self, note_id: str) -> None:
        with refusals(self):
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
        with refusals(self):
            versions = self._session.journal.draft_history(note.id)
            dialog = DraftHistoryDialog(note, versions, self._staff, self._zone, self)
            open_dialog(dialog)
            return dialog
        return None

    # --- Searching ------------------------------------------------------------------------

    def run_search(self, text: str) -> None:
        if not self.loaded:
            return
        with refusals(self):
            self.notes.show_hits(self._session.journal.search_client(self.client_id, text), text)
