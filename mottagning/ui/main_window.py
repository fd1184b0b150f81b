"""The main window: login and lock screen, the signed-in user's workspace,
menus and status bar.

Sessions: one per signed-in user. Locking (Ctrl+L, or after the clinic's idle
time) parks the user's workspace out of sight, with any open dialog hidden and
unsaved input intact, and shows the lock screen. The same user unlocks with a
password; a colleague may log in meanwhile and gets a workspace of their own.
"""

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QWidget,
)

from mottagning import __version__
from mottagning.errors import UserError
from mottagning.i18n import Text
from mottagning.models.access_log import HeadStatus
from mottagning.services.credentials import Credential
from mottagning.storage.preferences import LocalPreferences
from mottagning.ui.dialogs import open_dialog
from mottagning.ui.errors import explain, message_for, user_errors
from mottagning.ui.inactivity import InactivityMonitor
from mottagning.ui.login_page import LoginPage
from mottagning.ui.translations import LANGUAGE_NAMES, choose_language, in_language, translated
from mottagning.ui.worker import run_in_background

if TYPE_CHECKING:  # loaded at the first login, not at start-up (see _add_workspace)
    from mottagning.services.authentication import Authenticator
    from mottagning.services.session import Session
    from mottagning.ui.account_dialogs import ChangePasswordDialog
    from mottagning.ui.workspace import Workspace

log = logging.getLogger(__name__)

MINUTE_MS = 60_000
NEXT_START = Text("MainWindow", "The new language is used the next time Mottagning starts.")


class MainWindow(QMainWindow):
    def __init__(
        self,
        open_gate: "Callable[[], Authenticator]",
        preferences: LocalPreferences,
        clinic_name: str,
        *,
        demo_hint: str = "",
        auto_lock_ms: int | None = None,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        # Opened at the first login: its imports (key derivation, services) are
        # left out of start-up so the login window shows sooner.
        self._open_gate = open_gate
        self._authenticator: Authenticator | None = None
        self._preferences = preferences
        self._auto_lock_override = auto_lock_ms
        self._workspaces: dict[str, Workspace] = {}  # user id -> workspace, current or parked
        self._current: Workspace | None = None
        self._demo = bool(demo_hint)

        self.stack = QStackedWidget(self)
        self.login_page = LoginPage(clinic_name, demo_hint, self.stack)
        self.stack.addWidget(self.login_page)
        self.setCentralWidget(self.stack)
        self.login_page.login_requested.connect(self._prove_password)
        self.login_page.recovery_requested.connect(self._recover)

        self.inactivity = InactivityMonitor(5 * MINUTE_MS, self)
        self.inactivity.idle.connect(self._lock_when_idle)

        self._build_actions()
        self._build_menus()
        self._build_status_bar(clinic_name)
        self._update_title()
        self._update_actions()
        self.resize(1180, 760)

    # --- Building -----------------------------------------------------------------

    def _build_actions(self) -> None:
        self.lock_action = QAction(self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.triggered.connect(self.lock)
        self.logout_action = QAction(self.tr("Log &out"), self)
        self.logout_action.setShortcut(QKeySequence("Ctrl+Shift+Q"))
        self.logout_action.triggered.connect(self.logout)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        self.quit_action.triggered.connect(self.close)
        self.change_password_action = QAction(self.tr("Change &password..."), self)
        self.change_password_action.triggered.connect(self.change_password)
        self.full_names_action = QAction(self.tr("Show full &names instead of aliases"), self)
        self.full_names_action.setCheckable(True)
        self.full_names_action.setToolTip(
            self.tr("Off by default: a client at the counter could read the screen.")
        )
        self.full_names_action.toggled.connect(self._show_full_names)
        self.about_action = QAction(self.tr("&About Mottagning"), self)
        self.about_action.triggered.connect(self._about)

        self.language_group = QActionGroup(self)
        chosen = choose_language(None, self._preferences)
        for code, label in LANGUAGE_NAMES.items():
            action = QAction(label, self.language_group)
            action.setCheckable(True)
            action.setChecked(code == chosen)
            action.setData(code)
        self.language_group.triggered.connect(self._choose_language)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.lock_action)
        file_menu.addAction(self.logout_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        account_menu = self.menuBar().addMenu(self.tr("&Account"))
        account_menu.addAction(self.change_password_action)
        account_menu.addAction(self.full_names_action)
        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        language_menu = settings_menu.addMenu(self.tr("&Language"))
        language_menu.addActions(self.language_group.actions())
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)

    def _build_status_bar(self, clinic_name: str) -> None:
        self.user_label = QLabel(self)
        self.user_label.setObjectName("statusUser")
        self.database_label = QLabel(self.tr("Encrypted database"), self)
        self.database_label.setObjectName("statusDatabase")
        self.database_label.setToolTip(
            self.tr("Everything is stored encrypted (SQLCipher, AES-256) on this computer.")
        )
        self.clinic_label = QLabel(clinic_name, self)
        self.clinic_label.setObjectName("statusClinic")
        bar = self.statusBar()
        bar.addWidget(self.user_label, 1)
        if self._demo:
            demo = QLabel(self.tr("DEMO: synthetic data only"), self)
            demo.setObjectName("statusDemo")
            bar.addPermanentWidget(demo)
        bar.addPermanentWidget(self.database_label)
        bar.addPermanentWidget(self.clinic_label)

    # --- State ----------------------------------------------------------------------

    @property
    def session(self) -> "Session | None":
        """The session in front of the user, None while locked or logged out."""
        return self._current.session if self._current else None

    @property
    def workspace(self) -> "Workspace | None":
        return self._current

    def _update_title(self) -> None:
        clinic = self.clinic_label.text()
        self.setWindowTitle(f"Mottagning – {clinic}" if clinic else "Mottagning")

    def _update_actions(self) -> None:
        signed_in = self._current is not None
        self.lock_action.setEnabled(signed_in)
        self.logout_action.setEnabled(signed_in)
        self.change_password_action.setEnabled(signed_in)
        self.full_names_action.setEnabled(signed_in)
        with QSignalBlocker(self.full_names_action):
            self.full_names_action.setChecked(
                signed_in
                and self._current is not None
                and self._current.session.preferences.show_full_names
            )
        if self._current is None:
            self.user_label.setText(
                self.tr("Locked") if self.login_page.locked else self.tr("Not logged in")
            )
        else:
            user = self._current.session.user
            self.user_label.setText(
                self.tr("Logged in: {name} ({role})").format(
                    name=user.full_name, role=translated(user.role.label)
                )
            )

    # --- Logging in -----------------------------------------------------------------

    def _prove_password(self, username: str, password: str) -> None:
        """Derive the key (and after an update, migrate the database) on a
        worker thread; the window stays responsive."""
        self.login_page.set_busy(True)
        gate = self._gate

        def prove() -> Credential:
            credential = gate.check_password(username, password)
            gate.upgrade_schema(credential)
            return credential

        run_in_background(prove, self._password_proven, self._password_refused)

    def _password_refused(self, error: BaseException) -> None:
        self.login_page.set_busy(False)
        if isinstance(error, UserError):
            self.login_page.show_refusal(error)
        else:
            explain(self, error)

    def _password_proven(self, credential: Credential) -> None:
        self.login_page.set_busy(False)
        self.login_page.password.clear()
        parked = self._workspaces.get(credential.user_id)
        try:
            if parked is not None:
                parked.session.resume(credential)
                self._show_workspace(parked)
                return
            session = self._gate.open_session(credential)
        except UserError as error:
            self.login_page.show_message(message_for(error))
            return
        if session.user.must_change_password and not self._replace_temporary_password(session):
            session.logout()
            self.login_page.show_fresh()
            return
        self._add_workspace(session)
        self._warn_about(session)

    def _replace_temporary_password(self, session: "Session") -> bool:
        from mottagning.ui.account_dialogs import ChangePasswordDialog  # noqa: PLC0415

        dialog = ChangePasswordDialog(session, self, temporary=True)
        return dialog.exec() == ChangePasswordDialog.DialogCode.Accepted

    def _warn_about(self, session: "Session") -> None:
        for check in session.warnings:
            if check.status is HeadStatus.MISSING:
                text = self.tr(
                    "The record of the access log kept beside the database is missing or "
                    "damaged. That "
                    "is expected if the database was just moved to this computer; otherwise "
                    "someone may have tampered with the files. This has been recorded in the "
                    "access log. Tell the clinic lead."
                )
            else:
                text = self.tr(
                    "The access log in this database does not continue from the one "
                    "last seen on this computer: the database file may have been replaced "
                    "by an older copy. This has been recorded in the access log. "
                    "Tell the clinic lead before you go on."
                )
            QMessageBox.warning(self, self.tr("Check the database"), text)
            log.warning("warned user about chain head: %s", check.status)
        session.warnings.clear()

    def _show_workspace(self, workspace: "Workspace") -> None:
        self._current = workspace
        self.stack.setCurrentWidget(workspace)
        for window in workspace.parked_windows:
            window.show()
        workspace.parked_windows.clear()
        self.refresh_auto_lock()
        self._update_actions()

    def _recover(self) -> None:
        from mottagning.ui.account_dialogs import RecoveryDialog  # noqa: PLC0415

        dialog = RecoveryDialog(self._gate, self)
        if dialog.exec() == RecoveryDialog.DialogCode.Accepted and dialog.session is not None:
            self._add_workspace(dialog.session)

    def _add_workspace(self, session: "Session") -> None:
        # The workspace and its areas load at the first login, so that the
        # login window shows sooner.
        from mottagning.ui.workspace import Workspace  # noqa: PLC0415

        workspace = Workspace(session, self.stack)
        workspace.change_password_requested.connect(self.change_password)
        workspace.settings_changed.connect(self._clinic_settings_changed)
        self._workspaces[session.user.id] = workspace
        self.stack.addWidget(workspace)
        self._show_workspace(workspace)
        self._show_clinic_name(session.clinic_settings.details().name)
        log.info("workspace shown (%s)", session.user.role)

    def _clinic_settings_changed(self) -> None:
        self.refresh_auto_lock()
        if self._current is not None:
            self._show_clinic_name(self._current.session.clinic_settings.details().name)

    def _show_clinic_name(self, name: str) -> None:
        self.clinic_label.setText(name)
        self.login_page.set_clinic_name(name)
        self._preferences.set_clinic_name(name)
        self._update_title()

    # --- Locking and logging out ----------------------------------------------------

    def refresh_auto_lock(self) -> None:
        """Apply the clinic's idle time (it may just have been changed)."""
        if self._auto_lock_override is not None:
            timeout = self._auto_lock_override
        elif self._current is not None:
            minutes = self._current.session.clinic_settings.settings().auto_lock_minutes
            timeout = minutes * MINUTE_MS
        else:
            return
        self.inactivity.set_timeout(timeout)
        self.inactivity.start()

    def _lock_when_idle(self) -> None:
        if self._current is not None:
            log.info("locking after inactivity")
            self.lock()

    def lock(self) -> None:
        workspace = self._current
        if workspace is None:
            return
        self.inactivity.stop()
        # Everything of the client's out of sight first: a failure to record
        # the lock (a full disk) is reported over the lock screen, not the journal.
        workspace.parked_windows = self._open_windows_of(workspace)
        for window in workspace.parked_windows:
            window.hide()
        self._current = None
        user = workspace.session.user
        self.login_page.show_locked(user.username, user.full_name)
        self.stack.setCurrentWidget(self.login_page)
        self._update_actions()
        self._clear_clipboard()
        with user_errors(self):
            workspace.session.lock()

    def logout(self) -> None:
        workspace = self._current
        if workspace is None:
            return
        self.inactivity.stop()
        self._current = None
        del self._workspaces[workspace.session.user.id]
        self.stack.removeWidget(workspace)
        workspace.deleteLater()
        self.login_page.show_fresh()
        self.stack.setCurrentWidget(self.login_page)
        self._update_actions()
        self._clear_clipboard()
        with user_errors(self):
            workspace.session.logout()

    def _open_windows_of(self, workspace: "Workspace") -> list[QWidget]:
        """Visible dialogs that belong to `workspace` (their parent chain leads to it)."""
        found = []
        for window in QApplication.topLevelWidgets():
            if window is self or not window.isVisible():
                continue
            parent = window.parentWidget()
            while parent is not None and parent is not workspace:
                parent = parent.parentWidget()
            if parent is workspace:
                found.append(window)
        return found

    def _clear_clipboard(self) -> None:
        """Nothing copied from a record stays behind on a locked screen."""
        clipboard = QApplication.clipboard()
        if clipboard is not None and clipboard.text():
            clipboard.clear()

    @property
    def _gate(self) -> "Authenticator":
        if self._authenticator is None:
            self._authenticator = self._open_gate()
        return self._authenticator

    def closeEvent(self, event: QCloseEvent) -> None:
        for workspace in list(self._workspaces.values()):
            try:
                workspace.session.logout()
            except UserError as error:
                log.warning("logout at quit failed: %s", type(error).__name__)
        self._workspaces.clear()
        self._current = None
        self.inactivity.stop()
        try:
            if self._authenticator is not None:
                self._authenticator.close()
        except UserError as error:
            log.warning("closing the database failed: %s", type(error).__name__)
        event.accept()

    # --- Menu actions -----------------------------------------------------------------

    def change_password(self) -> "ChangePasswordDialog | None":
        from mottagning.ui.account_dialogs import ChangePasswordDialog  # noqa: PLC0415

        if self._current is None:
            return None
        dialog = ChangePasswordDialog(self._current.session, self._current)
        open_dialog(dialog)
        return dialog

    def _show_full_names(self, on: bool) -> None:
        if self._current is None:
            return
        with user_errors(self):
            self._current.session.preferences.set_show_full_names(on)
        self._current.refresh_pages()

    def _choose_language(self, action: QAction) -> None:
        chosen = action.data()
        self._preferences.set_language(chosen)
        now = translated(NEXT_START)
        in_chosen = in_language(chosen, NEXT_START)
        QMessageBox.information(
            self,
            self.tr("Language"),
            now if in_chosen == now else f"{in_chosen}\n\n{now}",
        )

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Mottagning"),
            self.tr(
                "<h3>Mottagning {version}</h3>"
                "<p>Records, calendar and outcome measures for a MIKA/KAST reception.</p>"
                "<p>All data is stored encrypted on this computer (SQLCipher, AES-256). "
                "Every access to a record is written to a tamper-evident access log.</p>"
            ).format(version=__version__),
        )
