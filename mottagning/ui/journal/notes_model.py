"""The client's notes as a table in journal order (date, type, author, status),
oldest first or, as the user chooses, newest first.

Built once from JournalService.notes(): no query per row. A draft typed into
changes only its own row, and only when something shown changes."""

from bisect import bisect_right
from datetime import date, datetime

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QFont

from mottagning.models.journal import JournalNote
from mottagning.ui.journal.text import author_text, author_with_role
from mottagning.ui.tables import Index, TableModel
from mottagning.ui.translations import translated

NOTE_ID_ROLE = Qt.ItemDataRole.UserRole


def _order(note: JournalNote) -> tuple[date, datetime]:
    return note.note_date, note.created_at


def _shown(note: JournalNote) -> tuple[object, ...]:
    return note.note_date, note.note_type, note.status, len(note.amendments), note.author


class NotesModel(TableModel):
    DATE, TYPE, STATUS, AUTHOR = range(4)  # the author last: it stretches and elides

    def __init__(self, user_id: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._user_id = user_id
        self._notes: list[JournalNote] = []
        self._newest_first = False
        self.headers = [self.tr("Date"), self.tr("Type"), self.tr("Status"), self.tr("Author")]

    # --- Contents -------------------------------------------------------------------

    def set_notes(self, notes: list[JournalNote]) -> None:
        self.beginResetModel()
        self._notes = sorted(notes, key=_order, reverse=self._newest_first)
        self.endResetModel()

    @property
    def newest_first(self) -> bool:
        return self._newest_first

    def set_newest_first(self, newest_first: bool) -> None:
        """Turn the list around; the chosen note stays chosen."""
        if newest_first != self._newest_first:
            self._newest_first = newest_first
            self._reorder()

    def latest_row(self) -> int:
        """The row of the latest note (-1 for none)."""
        if not self._notes:
            return -1
        return 0 if self._newest_first else len(self._notes) - 1

    def note_at(self, row: int) -> JournalNote:
        return self._notes[row]

    def row_of(self, note_id: str) -> int:
        for row, note in enumerate(self._notes):
            if note.id == note_id:
                return row
        return -1

    def add(self, note: JournalNote) -> int:
        orders = [_order(n) for n in self._notes]
        if self._newest_first:  # after every note as new as it, before the older ones
            row = next((i for i, o in enumerate(orders) if o < _order(note)), len(orders))
        else:
            row = bisect_right(orders, _order(note))
        self.beginInsertRows(QModelIndex(), row, row)
        self._notes.insert(row, note)
        self.endInsertRows()
        return row

    def replace(self, note: JournalNote) -> None:
        """Put a changed note in place; its row moves if its date did."""
        row = self.row_of(note.id)
        if row < 0:
            return
        old = self._notes[row]
        self._notes[row] = note
        if _order(old) != _order(note):
            self._reorder()
        elif _shown(old) != _shown(note):
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def _reorder(self) -> None:
        self.layoutAboutToBeChanged.emit()
        before = [note.id for note in self._notes]
        self._notes.sort(key=_order, reverse=self._newest_first)
        after = {note.id: row for row, note in enumerate(self._notes)}
        old = self.persistentIndexList()
        new = [self.index(after[before[index.row()]], index.column()) for index in old]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    # --- The model --------------------------------------------------------------------

    def row_count(self) -> int:
        return len(self._notes)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        note = self._notes[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(note, index.column())
        if role == NOTE_ID_ROLE:
            return note.id
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == self.AUTHOR:
                return author_with_role(note.author)
            return self._status(note)
        if role == Qt.ItemDataRole.FontRole and not note.signed:
            font = QFont()
            font.setItalic(True)  # an unsigned draft reads differently at a glance
            return font
        return None

    def _text(self, note: JournalNote, column: int) -> str:
        if column == self.DATE:
            return note.note_date.isoformat()
        if column == self.TYPE:
            return translated(note.note_type.label)
        if column == self.AUTHOR:
            return author_text(note.author)
        return self._status(note)

    def _status(self, note: JournalNote) -> str:
        if not note.signed:
            if note.author.user_id == self._user_id:
                return self.tr("Draft")
            return self.tr("Draft (not yours)")
        parts = [self.tr("Signed")]
        if note.corrections:
            parts.append(self.tr("corrected"))
        count = len(note.addenda)
        if count == 1:
            parts.append(self.tr("1 addendum"))
        elif count > 1:
            parts.append(self.tr("{count} addenda").format(count=count))
        return " · ".join(parts)
