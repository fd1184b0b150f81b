"""Table models of the client register and a client's visits."""

from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from mottagning.models.calendar import Appointment
from mottagning.models.clients import ClientStatus, ClientSummary
from mottagning.ui.tables import Index, TableModel
from mottagning.ui.translations import translated


class _Table(TableModel):
    """Rows of one kind; subclasses say what each cell shows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[object] = []

    def row_count(self) -> int:
        return len(self._rows)


class ClientListModel(_Table):
    NAME, IDENTITY, STRAND, STATUS, COUNSELORS, FIRST_CONTACT = range(6)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headers = [
            self.tr("Client"),
            self.tr("Identity number"),
            self.tr("Strand"),
            self.tr("Status"),
            self.tr("Counselor"),
            self.tr("First contact"),
        ]
        self._staff: dict[str, str] = {}
        self._full_names = False

    def set_clients(
        self, clients: list[ClientSummary], staff: dict[str, str], show_full_names: bool
    ) -> None:
        self.beginResetModel()
        self._rows = list(clients)
        self._staff = staff
        self._full_names = show_full_names
        self.endResetModel()

    def client_at(self, row: int) -> ClientSummary:
        client = self._rows[row]
        assert isinstance(client, ClientSummary)
        return client

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        client = self.client_at(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(client, index.column())
        if role == Qt.ItemDataRole.UserRole:
            return client.id
        if role == Qt.ItemDataRole.ForegroundRole and client.status is ClientStatus.CLOSED:
            return QApplication.palette().placeholderText()
        return None

    def _text(self, client: ClientSummary, column: int) -> str:
        if column == self.NAME:
            return client.display_name(show_full_names=self._full_names)
        if column == self.IDENTITY:
            return client.identity_masked
        if column == self.STRAND:
            return translated(client.strand.label)
        if column == self.STATUS:
            return translated(client.status.label)
        if column == self.COUNSELORS:
            return ", ".join(sorted(self._staff.get(u, "") for u in client.counselor_ids))
        return client.first_contact.isoformat() if client.first_contact else ""


class VisitsModel(_Table):
    """A client's visits, newest first."""

    WHEN, COUNSELORS, FORM, ROOM, STATUS = range(5)

    def __init__(self, zone: ZoneInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headers = [
            self.tr("When"),
            self.tr("Counselor"),
            self.tr("Contact form"),
            self.tr("Room"),
            self.tr("Status"),
        ]
        self._zone = zone
        self._staff: dict[str, str] = {}
        self._rooms: dict[str, str] = {}

    def set_visits(
        self, visits: list[Appointment], staff: dict[str, str], rooms: dict[str, str]
    ) -> None:
        self.beginResetModel()
        self._rows = list(visits)
        self._staff = staff
        self._rooms = rooms
        self.endResetModel()

    def visit_at(self, row: int) -> Appointment:
        visit = self._rows[row]
        assert isinstance(visit, Appointment)
        return visit

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        visit = self.visit_at(index.row())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(visit, index.column())
        if role == Qt.ItemDataRole.UserRole:
            return visit.id
        if role == Qt.ItemDataRole.ForegroundRole and not visit.status.occupies_time:
            return QApplication.palette().placeholderText()
        return None

    def _text(self, visit: Appointment, column: int) -> str:
        if column == self.WHEN:
            start, end = (
                visit.starts_at.astimezone(self._zone),
                visit.ends_at.astimezone(self._zone),
            )
            return f"{start:%Y-%m-%d %H:%M}–{end:%H:%M}"
        if column == self.COUNSELORS:
            return ", ".join(sorted(self._staff.get(u, "") for u in visit.counselor_ids))
        if column == self.FORM:
            return translated(visit.contact_form.label)
        if column == self.ROOM:
            return self._rooms.get(visit.room_id or "", "")
        return translated(visit.status.label)
