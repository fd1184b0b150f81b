"""The draft editor: every change is stored at once.

No debouncing, no save button: each change of the text, type or date goes to
JournalService.save_draft() (one row updated), so nothing typed is lost to a
crash, the window locking or a power cut. When the writer leaves the draft
(another note chosen, the tab hidden, the page closed) the writing session
ends, which keeps a snapshot in the draft's history.
"""

import logging
from dataclasses import replace

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from mottagning.errors import MottagningError, UserError
from mottagning.models.journal import JournalNote, NoteType
from mottagning.services.session import Session
from mottagning.ui.date_time_edits import date_edit
from mottagning.ui.errors import message_for
from mottagning.ui.formatting import from_qdate, local_clock, to_qdate
from mottagning.ui.sizes import characters
from mottagning.ui.translations import translated

log = logging.getLogger(__name__)


class DraftEditor(QWidget):
    edited = Signal(object)  # the JournalNote as now stored (text, type, date)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftEditor")
        self._session = session
        self._zone = session.scheduling.zone
        self._templates = session.note_templates.all()
        self.note: JournalNote | None = None
        self._typed = False  # changed since the writing session began

        self.note_type = QComboBox(self)
        self.note_type.setObjectName("draftType")
        for kind in NoteType:
            self.note_type.addItem(translated(kind.label), kind.value)
        self.note_date = date_edit(self)
        self.note_date.setObjectName("draftDate")
        self.note_date.setCalendarPopup(True)
        self.note_date.setDisplayFormat("yyyy-MM-dd")
        self.saved = QLabel(self)
        self.saved.setObjectName("draftSaved")
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("draftText")
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName(self.tr("Note text"))
        self.text.document().setDocumentMargin(8)

        type_label = QLabel(self.tr("T&ype:"), self)
        type_label.setBuddy(self.note_type)
        date_label = QLabel(self.tr("&Date:"), self)
        date_label.setBuddy(self.note_date)
        row = QHBoxLayout()
        row.addWidget(type_label)
        row.addWidget(self.note_type)
        row.addSpacing(characters(self, 2))
        row.addWidget(date_label)
        row.addWidget(self.note_date)
        row.addStretch(1)
        # Under the text, on a line of its own: beside the type and date it was
        # cut short in a narrow pane.
        self.saved.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.saved)

        self.text.textChanged.connect(self._save)
        self.note_type.currentIndexChanged.connect(self._type_chosen)
        self.note_date.dateChanged.connect(self._save)

    # --- Opening and leaving ------------------------------------------------------------

    def open_note(self, note: JournalNote, *, at_start: bool = False) -> None:
        """Show `note` (the user's own draft) for writing; ends any earlier session."""
        if self.note is not None and self.note.id != note.id:
            self.leave()
        self.note = note
        self._typed = False
        with QSignalBlocker(self.text), QSignalBlocker(self.note_type):
            self.text.setPlainText(note.body)
            self.note_type.setCurrentIndex(self.note_type.findData(note.note_type.value))
        with QSignalBlocker(self.note_date):
            self.note_date.setMaximumDate(to_qdate(self._session.time.today()))
            self.note_date.setDate(to_qdate(note.note_date))
        self._show_saved(self.tr("Every change is saved as you type."))
        cursor = self.text.textCursor()
        if at_start and "\n" in note.body:
            # A fresh note from a template: start under its first heading.
            cursor.setPosition(note.body.index("\n") + 1)
        else:
            cursor.movePosition(QTextCursor.MoveOperation.End)
        self.text.setTextCursor(cursor)

    def end_session(self) -> None:
        """The writer left (the tab hidden, the window locked): keep a snapshot in the
        history. The draft stays open; typing again starts a new session."""
        note, typed = self.note, self._typed
        self._typed = False
        if note is None or not typed or not self._session.open:
            return
        try:
            self._session.journal.end_writing_session(note.id)
        except MottagningError as error:
            # Every keystroke is stored already; only the history snapshot is missing.
            log.warning("writing session not ended: %s", type(error).__name__)

    def leave(self) -> None:
        """End the writing session and close the draft (another note was chosen)."""
        self.end_session()
        self.note = None

    def forget(self) -> None:
        """Close without ending the session (signing keeps its own snapshot)."""
        self.note = None
        self._typed = False

    # --- Saving -------------------------------------------------------------------------

    def _type_chosen(self) -> None:
        if self.note is None:
            return
        old = self._templates.get(self.note.note_type.value, "")
        new = self._templates.get(self.note_type.currentData(), "")
        if self.text.toPlainText().strip() == old.strip() and new.strip() != old.strip():
            # Still the untouched template: offer the new type's one instead.
            self.note = replace(self.note, note_type=NoteType(self.note_type.currentData()))
            self.text.setPlainText(new)  # saves, through textChanged
            return
        self._save()

    def _save(self) -> None:
        if self.note is None:
            return
        body = self.text.toPlainText()
        note_type = NoteType(self.note_type.currentData())
        note_date = from_qdate(self.note_date.date())
        now = self._session.time.now()
        try:
            self._session.journal.save_draft(self.note.id, body, note_type, note_date)
        except UserError as error:
            # Not stored (a full disk ...): the text stays here and in the list's copy,
            # so the next change, or coming back to the note, stores all of it.
            self._show_saved(message_for(error), error=True)
        else:
            self._typed = True
            self._show_saved(self.tr("Saved {time}").format(time=local_clock(now, self._zone)))
        self.note = replace(
            self.note, body=body, note_type=note_type, note_date=note_date, updated_at=now
        )
        self.edited.emit(self.note)

    def _show_saved(self, text: str, *, error: bool = False) -> None:
        if error:
            text = self.tr("Not saved: {reason}").format(reason=text)
        self.saved.setText(text)
        self.saved.setToolTip(text)
        self.saved.setProperty("role", "error" if error else "")
        # A style sheet of its own re-polishes the label, so the role's colour applies.
        self.saved.setStyleSheet("" if error else "color: palette(placeholder-text);")
