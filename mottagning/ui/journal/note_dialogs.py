"""Dialogs around a note: a new note's type and date, an addendum or a
correction, the draft's history, and the question before signing.

All open without blocking (ui/dialogs.py): the window may lock meanwhile."""

from datetime import date
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from mottagning.errors import UserError
from mottagning.models.journal import DraftVersion, JournalNote, NoteType
from mottagning.services.session import Session
from mottagning.ui.date_time_edits import date_edit
from mottagning.ui.errors import message_for, show_in
from mottagning.ui.formatting import from_qdate, local_datetime, to_qdate
from mottagning.ui.sizes import characters, lines, resize_within_screen
from mottagning.ui.translations import translated


def _error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setProperty("role", "error")
    label.setWordWrap(True)
    label.hide()
    return label


class NewNoteDialog(QDialog):
    """The type and date of a new note; the note starts from the type's template."""

    chosen = Signal(object, object)  # NoteType, date

    def __init__(self, today: date, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("newNoteDialog")
        self.setWindowTitle(self.tr("New note"))
        self.note_type = QComboBox(self)
        self.note_type.setObjectName("newNoteType")
        for kind in NoteType:
            if kind is not NoteType.MEASURE:  # written by a questionnaire's flag
                self.note_type.addItem(translated(kind.label), kind.value)
        self.note_date = date_edit(self, to_qdate(today))
        self.note_date.setObjectName("newNoteDate")
        self.note_date.setCalendarPopup(True)
        self.note_date.setDisplayFormat("yyyy-MM-dd")
        self.note_date.setMaximumDate(to_qdate(today))
        form = QFormLayout()
        form.addRow(self.tr("&Type:"), self.note_type)
        form.addRow(self.tr("&Date:"), self.note_date)
        buttons = QDialogButtonBox(self)
        start = buttons.addButton(self.tr("Start writing"), QDialogButtonBox.ButtonRole.AcceptRole)
        start.setDefault(True)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(characters(self, 60))

    def accept(self) -> None:
        self.chosen.emit(NoteType(self.note_type.currentData()), from_qdate(self.note_date.date()))
        super().accept()


class AmendmentDialog(QDialog):
    """An addendum to a signed note, or a correction of its text with a reason.
    The original stays in the journal either way."""

    amended = Signal(object)  # the JournalNote with its new amendment

    def __init__(
        self, session: Session, note: JournalNote, parent: QWidget, *, correction: bool
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._note = note
        self._correction = correction
        self.setObjectName("correctionDialog" if correction else "addendumDialog")
        heading = f"{note.note_date.isoformat()} · {translated(note.note_type.label)}"
        if correction:
            self.setWindowTitle(self.tr("Correct the note of {heading}").format(heading=heading))
            explanation = self.tr(
                "Write the text as it should read. The original stays readable in the "
                "journal, with your name, the time and the reason."
            )
        else:
            title = self.tr("Addendum to the note of {heading}")
            self.setWindowTitle(title.format(heading=heading))
            explanation = self.tr(
                "The addendum is shown below the note with your name and the time. "
                "The note itself does not change."
            )
        intro = QLabel(explanation, self)
        intro.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("amendmentText")
        self.text.setTabChangesFocus(True)
        if correction:
            self.text.setPlainText(note.current_text)
        self.reason = QLineEdit(self)
        self.reason.setObjectName("correctionReason")
        self.reason.setPlaceholderText(self.tr("For example: wrong date of the next visit"))
        self.error = _error_label(self)
        buttons = QDialogButtonBox(self)
        self.save_button = buttons.addButton(
            self.tr("Save the correction") if correction else self.tr("Save the addendum"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.text, 1)
        if correction:
            form = QFormLayout()
            form.addRow(self.tr("&Reason for the correction:"), self.reason)
            layout.addLayout(form)
        else:
            self.reason.hide()
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        resize_within_screen(self, characters(self, 104), lines(self, 34))
        self.text.setFocus()

    def accept(self) -> None:
        journal = self._session.journal
        try:
            if self._correction:
                note = journal.correct(self._note.id, self.text.toPlainText(), self.reason.text())
            else:
                note = journal.add_addendum(self._note.id, self.text.toPlainText())
        except UserError as error:
            show_in(self.error, message_for(error))
            return
        self.amended.emit(note)
        super().accept()


class DraftHistoryDialog(QDialog):
    """The snapshots kept of a note while it was written, with their times."""

    def __init__(
        self,
        note: JournalNote,
        versions: list[DraftVersion],
        staff: dict[str, str],
        zone: ZoneInfo,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("draftHistoryDialog")
        self.setWindowTitle(
            self.tr("History of the note of {day}").format(day=note.note_date.isoformat())
        )
        intro = QLabel(
            self.tr(
                "A snapshot is kept each time a writing session ends and when the note is "
                "signed. The newest is at the top."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.versions = QListWidget(self)
        self.versions.setObjectName("draftVersions")
        self.text = QPlainTextEdit(self)
        self.text.setObjectName("draftVersionText")
        self.text.setReadOnly(True)
        for version in reversed(versions):
            label = f"{local_datetime(version.saved_at, zone)} · {staff.get(version.saved_by, '')}"
            item = QListWidgetItem(label, self.versions)
            item.setData(Qt.ItemDataRole.UserRole, version.body)
        if not versions:
            self.text.setPlaceholderText(
                self.tr("No snapshot yet: the first is kept when the writing session ends.")
            )
        self.versions.currentItemChanged.connect(
            lambda item, _: self.text.setPlainText(
                item.data(Qt.ItemDataRole.UserRole) if item else ""
            )
        )
        splitter = QSplitter(self)
        splitter.addWidget(self.versions)
        splitter.addWidget(self.text)
        splitter.setSizes([characters(self, 36), characters(self, 86)])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        resize_within_screen(self, characters(self, 128), lines(self, 34))
        if versions:
            self.versions.setCurrentRow(0)


class SignQuestion(QMessageBox):
    """Signing locks the note: ask first. Enter or Escape goes back to writing, so a
    stray key does not sign; Ctrl+Enter again (or S) signs."""

    def __init__(self, day: date, parent: QWidget) -> None:
        super().__init__(QMessageBox.Icon.Question, "", "", parent=parent)
        self.setObjectName("signQuestion")
        self.setWindowTitle(self.tr("Sign the note"))
        self.setText(self.tr("Sign the note of {day} now?").format(day=day.isoformat()))
        self.setInformativeText(
            self.tr(
                "A signed note is locked: it can no longer be changed, only added to "
                "(addendum) or corrected with a reason, and the original stays readable."
            )
        )
        self.sign_button = self.addButton(
            self.tr("&Sign and lock"), QMessageBox.ButtonRole.AcceptRole
        )
        self.sign_button.setObjectName("confirmSign")
        back = self.addButton(self.tr("Keep &writing"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(back)
        self.setEscapeButton(back)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.sign_button.click)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
