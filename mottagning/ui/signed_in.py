"""Who is signed in at this workstation, and what happens to their sessions.

One session per signed-in user, each with a workspace. A password is proven
(and the database migrated after an update) on a worker thread. Locking (Ctrl+L,
or after the clinic's idle time) parks the user's workspace out of sight, with
any open dialog hidden and unsaved input intact, and shows the lock screen. The
same user unlocks with a password; a colleague may log in meanwhile and gets a
workspace of their own. The main window only shows what this decides.
"""

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QStackedWidget, QWidget

from mottagning.errors import UserError
from mottagning.models.access_log import HeadStatus
from mottagning.services.permissions import Action, is_allowed
from mottagning.storage.preferences import LocalPreferences
from mottagning.ui.backup_monitor import BackupMonitor
from mottagning.ui.dialogs import inform
from mottagning.ui.errors import explain, message_for, user_errors
from mottagning.ui.formatting import local_datetime
from mottagning.ui.inactivity import InactivityMonitor
from mottagning.ui.login_page import LoginPage
from mottagning.ui.worker import run_in_background

if TYPE_CHECKING:  # loaded at the first login, not at start-up (see _add_workspace)
    from mottagning.services.authentication import Authenticator
    from mottagning.services.credentials import Credential
    from mottagning.services.key_rotation import PreparedRotation
    from mottagning.services.session import Session
    from mottagning.ui.admin.key_rotation_dialog import KeyRotationDialog
    from mottagning.ui.workspace import Workspace

log = logging.getLogger(__name__)

MINUTE_MS = 60_000


class SignedInUsers(QObject):
    """The sessions of this workstation, and which one is in front."""

    changed = Signal()  # a user came to the front, locked or logged out
    clinic_name_changed = Signal(str)
    change_password_requested = Signal()

    def __init__(
        self,
        open_gate: "Callable[[], Authenticator]",
        preferences: LocalPreferences,
        stack: QStackedWidget,
        login_page: LoginPage,
        *,
        window: QWidget,
        auto_lock_ms: int | None = None,
        automatic_backups: bool = True,
    ) -> None:
        super().__init__(window)
        # Opened at the first login: its imports (key derivation, services) are
        # left out of start-up so the login window shows sooner.
        self._open_gate = open_gate
        self._authenticator: Authenticator | None = None
        self._preferences = preferences
        self._stack = stack
        self._login_page = login_page
        self._window = window  # the parent of the messages and dialogs shown here
        self._auto_lock_override = auto_lock_ms
        self._workspaces: dict[str, Workspace] = {}  # user id -> workspace, current or parked
        self._current: Workspace | None = None

        self.backups = BackupMonitor(window, automatic=automatic_backups)
        self.backups.status_changed.connect(self._backup_status_changed)
        self.backups.backup_failed.connect(self._backup_failed)
        self.inactivity = InactivityMonitor(5 * MINUTE_MS, self)
        self.inactivity.idle.connect(self._lock_when_idle)
        login_page.login_requested.connect(self._prove_password)
        login_page.recovery_requested.connect(self._recover)

    @property
    def current(self) -> "Workspace | None":
        """The workspace in front of the user, None while locked or logged out."""
        return self._current

    # --- Logging in -----------------------------------------------------------------

    def _prove_password(self, username: str, password: str) -> None:
        """Derive the key (and after an update, migrate the database) on a
        worker thread; the window stays responsive."""
        self._login_page.set_busy(True)
        gate = self._gate

        def prove() -> "Credential":
            credential = gate.check_password(username, password)
            gate.check_integrity(credential)
            gate.upgrade_schema(credential)
            return credential

        run_in_background(prove, self._password_proven, self._password_refused)

    def _password_refused(self, error: BaseException) -> None:
        self._login_page.set_busy(False)
        if isinstance(error, UserError):
            self._login_page.show_refusal(error)
        else:
            explain(self._window, error)

    def _password_proven(self, credential: "Credential") -> None:
        self._login_page.set_busy(False)
        self._login_page.password.clear()
        parked = self._workspaces.get(credential.user_id)
        try:
            if parked is not None:
                parked.session.resume(credential)
                self._show_workspace(parked)
                return
            session = self._gate.open_session(credential)
        except UserError as error:
            self._login_page.show_message(message_for(error))
            return
        if session.user.must_change_password and not self._replace_temporary_password(session):
            session.logout()
            self._login_page.show_fresh()
            return
        self._add_workspace(session)
        self._warn_about(session)

    def _replace_temporary_password(self, session: "Session") -> bool:
        from mottagning.ui.account_dialogs import ChangePasswordDialog  # noqa: PLC0415

        dialog = ChangePasswordDialog(session, self._window, temporary=True)
        return dialog.exec() == ChangePasswordDialog.DialogCode.Accepted

    def _warn_about(self, session: "Session") -> None:
        if session.restored is not None:
            self._tell_about_restore(session)
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
            QMessageBox.warning(self._window, self.tr("Check the database"), text)
            log.warning("warned user about chain head: %s", check.status)
        session.warnings.clear()

    def _tell_about_restore(self, session: "Session") -> None:
        notice = session.restored
        assert notice is not None
        made = (
            local_datetime(notice.backup_created_at, session.time.zone)
            if notice.backup_created_at
            else "?"
        )
        text = self.tr("The database was restored from the backup made {made}.").format(made=made)
        if notice.lost_entries:
            text += " " + self.tr(
                "What was recorded on this computer after that backup is not in it "
                "(%n access-log entries). The files from before the restore are kept in "
                "the data folder.",
                "",
                notice.lost_entries,
            )
        elif not notice.known_before:
            text += " " + self.tr("This computer had no earlier record of the database.")
        text += " " + self.tr("The restore has been recorded in the access log.")
        inform(self._window, self.tr("Backup restored"), text).setObjectName("restoredBox")
        session.restored = None

    # --- Backups ----------------------------------------------------------------------

    def _backup_status_changed(self, status: object) -> None:
        if self._current is not None:
            self._current.show_backup_status(status)

    def _backup_failed(self, text: str) -> None:
        """A failed backup is said to the clinic lead; others see the status bar."""
        current = self._current
        if current is not None and is_allowed(current.session.user.role, Action.CREATE_BACKUP):
            inform(self._window, self.tr("The backup failed"), text).setIcon(
                QMessageBox.Icon.Warning
            )

    def _back_up_now(self, workspace: "Workspace") -> None:
        self.backups.back_up(
            workspace.session, automatic=False, on_done=lambda result: workspace.backup_done()
        )

    def _restore(self, workspace: "Workspace", folder: str, password: str) -> None:
        """Prove the password (worker), close every session (here), put the
        backup in place (worker), then log the lead in again."""
        session = workspace.session
        username = session.user.username
        gate = self._gate

        def proven(credential: "Credential") -> None:
            with user_errors(self._window):
                for other in list(self._workspaces.values()):
                    self._stack.removeWidget(other)
                    other.deleteLater()
                self._workspaces.clear()
                self._current = None
                self.inactivity.stop()
                self.backups.follow(None)
                self._login_page.show_fresh()
                self._stack.setCurrentWidget(self._login_page)
                self.changed.emit()
                gate.leave_for_restore(session, credential)
                self._login_page.set_busy(True)
                run_in_background(
                    lambda: gate.restore_from(folder, username, password),
                    lambda _: self._prove_password(username, password),
                    self._restore_failed,
                )

        run_in_background(
            lambda: gate.prove_for_restore(folder, username, password), proven, self._refused
        )

    def _refused(self, error: BaseException) -> None:
        explain(self._window, error)

    def _restore_failed(self, error: BaseException) -> None:
        self._login_page.set_busy(False)
        explain(self._window, error)

    def _recover(self) -> None:
        from mottagning.ui.account_dialogs import RecoveryDialog  # noqa: PLC0415

        dialog = RecoveryDialog(self._gate, self._window)
        if dialog.exec() == RecoveryDialog.DialogCode.Accepted and dialog.session is not None:
            self._add_workspace(dialog.session)

    def _add_workspace(self, session: "Session") -> None:
        # The workspace and its areas load at the first login, so that the
        # login window shows sooner.
        from mottagning.ui.workspace import Workspace  # noqa: PLC0415

        workspace = Workspace(session, self._stack)
        workspace.change_password_requested.connect(self.change_password_requested)
        workspace.backup_requested.connect(lambda: self._back_up_now(workspace))
        workspace.restore_requested.connect(
            lambda folder, password: self._restore(workspace, folder, password)
        )
        workspace.settings_changed.connect(self._clinic_settings_changed)
        workspace.key_rotation_suggested.connect(self.offer_key_rotation)
        self._workspaces[session.user.id] = workspace
        self._stack.addWidget(workspace)
        self._show_workspace(workspace)
        self.clinic_name_changed.emit(session.clinic_settings.details().name)
        log.info("workspace shown (%s)", session.user.role)
        self.backups.signed_in(session)

    def _show_workspace(self, workspace: "Workspace") -> None:
        self._current = workspace
        self._stack.setCurrentWidget(workspace)
        for window in workspace.parked_windows:
            window.show()
        workspace.parked_windows.clear()
        self.refresh_auto_lock()
        self.backups.follow(workspace.session)
        self.changed.emit()

    def _clinic_settings_changed(self) -> None:
        self.refresh_auto_lock()
        if self._current is not None:
            self.clinic_name_changed.emit(self._current.session.clinic_settings.details().name)

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
        self._login_page.show_locked(user.username, user.full_name)
        self._leave(workspace.session.lock)

    def logout(self) -> None:
        workspace = self._current
        if workspace is None:
            return
        self.inactivity.stop()
        self._current = None
        del self._workspaces[workspace.session.user.id]
        self._stack.removeWidget(workspace)
        workspace.deleteLater()
        self._login_page.show_fresh()
        self._leave(workspace.session.logout)

    def _leave(self, record: Callable[[], None]) -> None:
        """The login page in front and the clipboard empty, then `record` the lock
        or logout: a failure to record it (a full disk) is said over the login page."""
        self._stack.setCurrentWidget(self._login_page)
        self.backups.follow(None)
        self.changed.emit()
        _clear_clipboard()
        with user_errors(self._window):
            record()

    def close_all(self) -> None:
        """At quit: a backup if something changed, then every session logs out
        and the database closes, whatever fails."""
        sessions = [w.session for w in self._workspaces.values() if w.session.open]
        if sessions:
            self.backups.before_quit(sessions[0])
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

    def _open_windows_of(self, workspace: "Workspace") -> list[QWidget]:
        """Visible dialogs that belong to `workspace` (their parent chain leads to it)."""
        found = []
        for window in QApplication.topLevelWidgets():
            if window is self._window or not window.isVisible():
                continue
            parent = window.parentWidget()
            while parent is not None and parent is not workspace:
                parent = parent.parentWidget()
            if parent is workspace:
                found.append(window)
        return found

    # --- Replacing the clinic's keys ------------------------------------------------

    def offer_key_rotation(self, reason: str) -> "KeyRotationDialog | None":
        """Ask the clinic lead in front whether to replace the keys now (after a
        deactivation or a new recovery key, or on their own initiative)."""
        from mottagning.ui.admin.key_rotation_dialog import KeyRotationDialog  # noqa: PLC0415

        workspace = self._current
        if workspace is None:
            return None
        dialog = KeyRotationDialog(reason, self._rotation_blocked_by(workspace), workspace)
        dialog.replace_requested.connect(lambda password: self._replace_keys(dialog, password))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _rotation_blocked_by(self, workspace: "Workspace") -> str:
        """Every session here ends when the new database takes over: nobody may
        lose unsaved text to it."""
        others = [w.session.user.full_name for w in self._workspaces.values() if w is not workspace]
        if others:
            return self.tr(
                "Also signed in on this computer: {names}. Ask them to log out first: "
                "everyone here is logged out while the keys are replaced."
            ).format(names=", ".join(sorted(others)))
        if self._open_windows_of(workspace):
            return self.tr("Close your other open windows first (unsaved text would be lost).")
        return ""

    def _replace_keys(self, dialog: "KeyRotationDialog", password: str) -> None:
        workspace = self._current
        if workspace is None:
            return
        session = workspace.session
        with user_errors(dialog):
            rotation = self._gate.key_rotation(session)  # the permission, read afresh
            dialog.set_busy(True)
            self.inactivity.stop()  # a lock written meanwhile would undo the rotation

            def prepared(result: "PreparedRotation") -> None:
                self._complete_rotation(dialog, session, password, result)

            def refused(error: BaseException) -> None:
                self.refresh_auto_lock()
                if isinstance(error, UserError):
                    dialog.refuse(message_for(error))
                else:
                    dialog.set_busy(False)
                    explain(dialog, error)

            run_in_background(
                lambda report: rotation.prepare(password, report),
                prepared,
                refused,
                dialog.show_progress,
            )

    def _complete_rotation(
        self,
        dialog: "KeyRotationDialog",
        session: "Session",
        password: str,
        prepared: "PreparedRotation",
    ) -> None:
        """The new database in place: the old workspace goes (its session ended,
        unlogged, by the swap) and the lead's comes back under the new keys."""
        dialog.show_progress(0.97, "")
        try:
            fresh = self._gate.complete_key_rotation(session, password, prepared)
        except UserError as error:  # every session here has ended: log in again
            dialog.set_busy(False)
            dialog.reject()
            self._drop_workspaces()
            self._login_page.show_fresh()
            self._login_page.show_message(message_for(error))
            return
        dialog.set_busy(False)
        dialog.accept()
        self._drop_workspaces()
        self._add_workspace(fresh)
        report = prepared.report
        text = self.tr(
            "The clinic's keys are replaced. %n colleague(s) take the new keys at their "
            "next login; an old copy of the key file opens nothing current.",
            "",
            report.colleagues,
        )
        if report.without_keys:
            names = fresh.access_log.staff_names()
            text += " " + self.tr(
                "These accounts could not be given the new keys and need a new temporary "
                "password: {names}."
            ).format(names=", ".join(sorted(names.get(i, i) for i in report.without_keys)))
        self.rotation_done = inform(self._window, self.tr("Keys replaced"), text)

    def _drop_workspaces(self) -> None:
        """After the swap: the workspaces go without logging out (their sessions ended)."""
        for workspace in list(self._workspaces.values()):
            self._stack.removeWidget(workspace)
            workspace.deleteLater()
        self._workspaces.clear()
        self._current = None
        self._stack.setCurrentWidget(self._login_page)
        self.changed.emit()

    @property
    def _gate(self) -> "Authenticator":
        if self._authenticator is None:
            self._authenticator = self._open_gate()
        return self._authenticator


def _clear_clipboard() -> None:
    """Nothing copied from a record stays behind on a locked screen."""
    clipboard = QApplication.clipboard()
    if clipboard is not None and clipboard.text():
        clipboard.clear()
