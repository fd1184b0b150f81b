"""Administration (clinic lead): accounts, the access log, the clinic."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from mottagning.services.session import Session
from mottagning.ui.admin.access_log_tab import AccessLogTab
from mottagning.ui.admin.clinic_tab import ClinicTab
from mottagning.ui.admin.users_tab import UsersTab


class AdministrationPage(QWidget):
    settings_changed = Signal()  # the clinic's details or idle time changed

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.users = UsersTab(session, self.tabs)
        self.access_log = AccessLogTab(session, self.tabs)
        self.clinic = ClinicTab(session, self.tabs)
        self.clinic.settings_changed.connect(self.settings_changed)
        self.tabs.addTab(self.users, self.tr("User accounts"))
        self.tabs.addTab(self.access_log, self.tr("Access log"))
        self.tabs.addTab(self.clinic, self.tr("The clinic"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
