"""Administration: accounts, the access log, emergency accesses to review, the
clinic and its journal settings, backups, retention (clinic lead); rooms, opening hours and
absences (administrators and the clinic lead). Each tab shows only for a role
that may use it; the services refuse the rest anyway."""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from mottagning.services.permissions import Action, is_allowed
from mottagning.services.session import Session
from mottagning.ui.admin.access_log_tab import AccessLogTab
from mottagning.ui.admin.address_book_tab import AddressBookTab
from mottagning.ui.admin.backups_tab import BackupsTab
from mottagning.ui.admin.calendar_tab import CalendarSettingsTab
from mottagning.ui.admin.clinic_tab import ClinicTab
from mottagning.ui.admin.journal_tab import JournalSettingsTab
from mottagning.ui.admin.retention_tab import RetentionTab
from mottagning.ui.admin.users_tab import UsersTab
from mottagning.ui.journal import EmergencyAccessReview


class AdministrationPage(QWidget):
    settings_changed = Signal()  # the clinic's details or idle time changed
    key_rotation_suggested = Signal(str)  # why the clinic's keys should be replaced
    backup_requested = Signal()
    restore_requested = Signal(str, str)  # a backup's folder, the lead's password

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        role = session.user.role
        self.users: UsersTab | None = None
        self.access_log: AccessLogTab | None = None
        self.clinic: ClinicTab | None = None
        self.calendar: CalendarSettingsTab | None = None
        self.emergency_accesses: EmergencyAccessReview | None = None
        self.journal: JournalSettingsTab | None = None
        self.address_book: AddressBookTab | None = None
        self.backups: BackupsTab | None = None
        self.retention: RetentionTab | None = None
        if is_allowed(role, Action.MANAGE_USERS):
            self.users = UsersTab(session, self.tabs)
            self.users.key_rotation_suggested.connect(self.key_rotation_suggested)
            self.tabs.addTab(self.users, self.tr("User accounts"))
        if is_allowed(role, Action.VIEW_ACCESS_LOG):
            self.access_log = AccessLogTab(session, self.tabs)
            self.tabs.addTab(self.access_log, self.tr("Access log"))
        if is_allowed(role, Action.REVIEW_EMERGENCY_ACCESS):
            self.emergency_accesses = EmergencyAccessReview(session, self.tabs)
            self.tabs.addTab(self.emergency_accesses, self.tr("Emergency accesses"))
        if is_allowed(role, Action.MANAGE_CALENDAR):
            self.calendar = CalendarSettingsTab(session, self.tabs)
            self.tabs.addTab(self.calendar, self.tr("Rooms, hours and absences"))
        if is_allowed(role, Action.MANAGE_ADDRESS_BOOK):
            self.address_book = AddressBookTab(session, self.tabs)
            self.tabs.addTab(self.address_book, self.tr("Address book and letters"))
        if is_allowed(role, Action.EDIT_CLINIC_SETTINGS):
            self.clinic = ClinicTab(session, self.tabs)
            self.clinic.settings_changed.connect(self.settings_changed)
            self.clinic.key_rotation_suggested.connect(self.key_rotation_suggested)
            self.tabs.addTab(self.clinic, self.tr("The clinic"))
            self.journal = JournalSettingsTab(session, self.tabs)
            self.tabs.addTab(self.journal, self.tr("Journal"))
        if is_allowed(role, Action.RESTORE_BACKUP):
            self.backups = BackupsTab(session, self.tabs)
            self.backups.backup_requested.connect(self.backup_requested)
            self.backups.restore_requested.connect(self.restore_requested)
            self.tabs.addTab(self.backups, self.tr("Backups"))
        if is_allowed(role, Action.MANAGE_RETENTION):
            self.retention = RetentionTab(session, self.tabs)
            self.tabs.addTab(self.retention, self.tr("Retention"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def refresh(self) -> None:
        """Coming back to the page: show what colleagues did meanwhile."""
        for tab in (
            self.access_log,
            self.emergency_accesses,
            self.calendar,
            self.address_book,
            self.backups,
        ):
            if tab is not None:
                tab.refresh()

    def backup_done(self) -> None:
        if self.backups is not None:
            self.backups.backup_done()
