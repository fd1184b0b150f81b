"""Connecting this workstation to the clinic server (the clinic lead): the
connection string IT gave for this PC, then a first sync off the GUI thread."""

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mottagning.errors import UserError
from mottagning.ui.errors import explain, message_for
from mottagning.ui.formatting import local_datetime
from mottagning.ui.worker import run_operation

if TYPE_CHECKING:
    from mottagning.services.session import Session
    from mottagning.services.sync import Device, SyncResult


class ServerDialog(QDialog):
    def __init__(self, session: "Session", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("serverSettings")
        self.setWindowTitle(self.tr("Clinic server"))
        self._session = session
        intro = QLabel(
            self.tr(
                "Computers of one clinic share the calendar, the register and the journal "
                "through the clinic server. The server receives only encrypted changes. "
                "IT gives each computer a connection of its own; keep its password in "
                "PostgreSQL's password file rather than here."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.dsn = QLineEdit(session.sync.server, self)
        self.dsn.setObjectName("serverDsn")
        self.dsn.setPlaceholderText("host=db.kommun.se dbname=mottagning user=reception1")
        form = QFormLayout()
        form.addRow(self.tr("&Connection:"), self.dsn)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.connect_button = buttons.addButton(
            self.tr("Connect and &sync"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self._connect)
        buttons.rejected.connect(self.reject)
        self.devices = QTableWidget(0, 4, self)
        self.devices.setObjectName("serverDevices")
        self.devices.setHorizontalHeaderLabels(
            [self.tr("Workstation"), self.tr("Registered"), self.tr("Last sent"), self.tr("State")]
        )
        self.devices.verticalHeader().setVisible(False)
        self.devices.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.devices.horizontalHeader().setStretchLastSection(True)
        self.devices_label = QLabel(self.tr("Workstations on the server:"), self)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.devices_label)
        layout.addWidget(self.devices)
        layout.addWidget(buttons)
        self.resize(640, 420)
        configured = session.sync.configured
        self.devices_label.setVisible(configured)
        self.devices.setVisible(configured)
        if configured:
            run_operation(
                self,
                session,
                lambda own, _: own.sync.devices(),
                self._show_devices,
                on_error=lambda error: self.devices_label.setText(
                    message_for(error) if isinstance(error, UserError) else str(type(error))
                ),
            )

    def _show_devices(self, devices: "list[Device]") -> None:
        zone, this = self._session.time.zone, self._session.sync.device_id
        self.devices.setRowCount(len(devices))
        for row, device in enumerate(devices):
            name = device.db_role + (
                self.tr(" (this computer)") if device.device_id == this else ""
            )
            state = self.tr("Removed") if device.removed_at else self.tr("Active")
            last = local_datetime(device.last_push, zone) if device.last_push else "–"
            cells = [name, local_datetime(device.registered_at, zone), last, state]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(device.device_id)
                self.devices.setItem(row, column, item)
        self.devices.resizeColumnsToContents()

    def _connect(self) -> None:
        dsn = self.dsn.text()

        def work(session: "Session", report: object) -> "SyncResult":
            session.sync.connect(dsn)
            return session.sync.sync_now()

        self.connect_button.setEnabled(False)

        def failed(error: BaseException) -> None:
            self.connect_button.setEnabled(True)
            explain(self, error)

        run_operation(
            self,
            self._session,
            work,
            lambda _: self.accept(),
            progress_title=self.tr("Connecting to the clinic server..."),
            on_error=failed,
        )
