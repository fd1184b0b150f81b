"""Unsigned drafts, for the Today page: the user's own, the ones waiting longer
than the clinic allows marked; for the clinic lead also everyone's overdue
drafts with their author. What and whose only, never the text."""

from datetime import date

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from mottagning.models.journal import DraftSummary
from mottagning.models.users import Role
from mottagning.services.permissions import Action, is_allowed
from mottagning.services.session import Session
from mottagning.ui.journal.feedback import refusals
from mottagning.ui.tables import Index, TableModel, on_enter, record_table
from mottagning.ui.translations import translated

CLIENT_ID_ROLE = Qt.ItemDataRole.UserRole


class DraftsModel(TableModel):
    CLIENT, TYPE, DATE, AGE, AUTHOR = range(5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._drafts: list[DraftSummary] = []
        self._overdue: set[str] = set()
        self._clients: dict[str, str] = {}
        self._staff: dict[str, str] = {}
        self._today = date.min
        self.headers = [
            self.tr("Client"),
            self.tr("Type"),
            self.tr("Date"),
            self.tr("Age"),
            self.tr("Author"),
        ]

    def set_drafts(
        self,
        drafts: list[DraftSummary],
        overdue: set[str],
        clients: dict[str, str],
        staff: dict[str, str],
        today: date,
    ) -> None:
        self.beginResetModel()
        self._drafts = list(drafts)
        self._overdue, self._clients, self._staff, self._today = overdue, clients, staff, today
        self.endResetModel()

    def draft_at(self, row: int) -> DraftSummary:
        return self._drafts[row]

    def is_overdue(self, row: int) -> bool:
        return self._drafts[row].note_id in self._overdue

    def row_count(self) -> int:
        return len(self._drafts)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        draft = self._drafts[index.row()]
        overdue = draft.note_id in self._overdue
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(draft, index.column(), overdue)
        if role == CLIENT_ID_ROLE:
            return draft.client_id
        if role == Qt.ItemDataRole.FontRole and overdue:
            font = QFont()
            font.setBold(True)  # waiting longer than the clinic allows
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if overdue and index.column() == self.AGE:
                return self.tr("Unsigned for longer than the clinic allows: sign it soon.")
            if index.column() in (self.TYPE, self.AGE):  # the date, its column hidden on Today
                return f"{self._text(draft, index.column(), overdue)} · {draft.note_date}"
            return self._text(draft, index.column(), overdue)  # a cell cut short, whole
        return None

    def _text(self, draft: DraftSummary, column: int, overdue: bool) -> str:
        if column == self.CLIENT:
            return self._clients.get(draft.client_id, "")
        if column == self.TYPE:
            return translated(draft.note_type.label)
        if column == self.DATE:
            return draft.note_date.isoformat()
        if column == self.AGE:
            age = self._age(draft.note_date)
            return self.tr("{age} · overdue").format(age=age) if overdue else age
        return self._staff.get(draft.author_id, "")

    def _age(self, day: date) -> str:
        days = (self._today - day).days
        return self.tr("today") if days <= 0 else self.tr("%n day(s)", "", days)


class DraftsList(QWidget):
    open_client_requested = Signal(str)

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("draftsList")
        self._session = session
        self.model = DraftsModel(self)
        self.table = record_table(self, "draftsTable", self.model)
        # The last column shown takes what is left (cut short, with a tooltip): the
        # author for the clinic lead, else the type. No sideways scrolling, no blank
        # strip beside the columns. (A stretched last section would not shrink
        # below its first width.)
        self.table.setWordWrap(False)
        self._shows_authors = session.user.role is Role.LEAD
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(
            DraftsModel.AUTHOR if self._shows_authors else DraftsModel.TYPE,
            QHeaderView.ResizeMode.Stretch,
        )
        self.table.doubleClicked.connect(self._open)
        on_enter(self.table, self._open_current)
        self.empty = QLabel(self.tr("No unsigned drafts."), self)
        self.empty.setObjectName("draftsEmpty")
        self.empty.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        self.refresh()

    def refresh(self) -> None:
        session = self._session
        if not is_allowed(session.user.role, Action.WRITE_JOURNAL):
            self._show([], set(), {}, {})
            return
        with refusals(self):
            drafts = session.journal.my_drafts()
            overdue = session.journal.overdue_drafts()  # the lead: everyone's
            mine = {d.note_id for d in drafts}
            drafts += [d for d in overdue if d.note_id not in mine]
            drafts.sort(key=lambda d: (d.note_date, d.note_id))
            summaries = session.clients.summaries({d.client_id for d in drafts})
            full = session.preferences.show_full_names
            clients = {
                client_id: summary.display_name(show_full_names=full)
                for client_id, summary in summaries.items()
            }
            staff = session.scheduling.staff_names()
            self._show(drafts, {d.note_id for d in overdue}, clients, staff)

    def _show(
        self,
        drafts: list[DraftSummary],
        overdue: set[str],
        clients: dict[str, str],
        staff: dict[str, str],
    ) -> None:
        self.model.set_drafts(drafts, overdue, clients, staff, self._session.time.today())
        # The author column is for the clinic lead, who sees colleagues' drafts; the
        # date is left out in the narrow side of Today (the age says it; so does
        # the tooltip).
        self.table.setColumnHidden(DraftsModel.AUTHOR, not self._shows_authors)
        self.table.setColumnHidden(DraftsModel.DATE, True)
        self.table.setVisible(bool(drafts))
        self.empty.setVisible(not drafts)

    def _open_current(self) -> None:
        self._open(self.table.currentIndex())

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_client_requested.emit(self.model.draft_at(index.row()).client_id)
