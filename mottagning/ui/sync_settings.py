"""Connecting this workstation to the clinic server (the clinic lead): the
connection string IT gave for this PC, then a first sync off the GUI thread."""

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from mottagning.ui.errors import explain
from mottagning.ui.worker import run_operation

if TYPE_CHECKING:
    from mottagning.services.session import Session
    from mottagning.services.sync import SyncResult


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
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(560, 0)

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
