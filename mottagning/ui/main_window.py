"""The main window: the login and lock screen or the signed-in user's
workspace, menus and status bar. Who is signed in, and locking, logging out and
the idle lock, are decided by `SignedInUsers` (ui/signed_in.py)."""

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSignalBlocker, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
)

from mottagning.i18n import Text
from mottagning.services.permissions import Action, is_allowed
from mottagning.storage.preferences import LocalPreferences
from mottagning.ui.dialogs import open_dialog
from mottagning.ui.errors import user_errors
from mottagning.ui.inactivity import InactivityMonitor
from mottagning.ui.login_page import LoginPage
from mottagning.ui.signed_in import SignedInUsers
from mottagning.ui.sync_status import SyncIndicator
from mottagning.ui.translations import LANGUAGE_NAMES, choose_language, in_language, translated

if TYPE_CHECKING:  # loaded at the first login, not at start-up (see _add_workspace)
    from mottagning.services.authentication import Authenticator
    from mottagning.services.session import Session
    from mottagning.ui.account_dialogs import ChangePasswordDialog
    from mottagning.ui.guide import GuideDialog
    from mottagning.ui.sync_settings import ServerDialog
    from mottagning.ui.workspace import Workspace

log = logging.getLogger(__name__)

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
        automatic_backups: bool = True,
    ) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self._preferences = preferences
        self._demo = bool(demo_hint)

        self.stack = QStackedWidget(self)
        self.login_page = LoginPage(clinic_name, demo_hint, self.stack)
        self.stack.addWidget(self.login_page)
        self.setCentralWidget(self.stack)
        self.users = SignedInUsers(
            open_gate,
            preferences,
            self.stack,
            self.login_page,
            window=self,
            auto_lock_ms=auto_lock_ms,
            automatic_backups=automatic_backups,
        )
        self.users.changed.connect(self._user_changed)
        self.users.clinic_name_changed.connect(self._show_clinic_name)
        self.users.change_password_requested.connect(self.change_password)

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
        self.server_action = QAction(self.tr("Clinic &server..."), self)
        self.server_action.triggered.connect(self.server_settings)
        self.about_action = QAction(self.tr("&About Mottagning"), self)
        self.about_action.triggered.connect(self._about)
        self.guide_action = QAction(self.tr("&User guide"), self)
        self.guide_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.guide_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.guide_action.triggered.connect(self.show_guide)
        self.guide: GuideDialog | None = None

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
        settings_menu.addAction(self.server_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.guide_action)
        help_menu.addSeparator()
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
        bar.addPermanentWidget(self.users.backups.progress)
        bar.addPermanentWidget(self.users.backups.label)
        self.sync_indicator = SyncIndicator(self)
        bar.addPermanentWidget(self.sync_indicator)
        bar.addPermanentWidget(self.database_label)
        bar.addPermanentWidget(self.clinic_label)

    # --- State ----------------------------------------------------------------------

    @property
    def session(self) -> "Session | None":
        """The session in front of the user, None while locked or logged out."""
        current = self.users.current
        return current.session if current else None

    @property
    def workspace(self) -> "Workspace | None":
        return self.users.current

    @property
    def inactivity(self) -> InactivityMonitor:
        return self.users.inactivity

    def _update_title(self) -> None:
        clinic = self.clinic_label.text()
        self.setWindowTitle(f"Mottagning – {clinic}" if clinic else "Mottagning")

    def _update_actions(self) -> None:
        current = self.users.current
        signed_in = current is not None
        self.lock_action.setEnabled(signed_in)
        self.logout_action.setEnabled(signed_in)
        self.change_password_action.setEnabled(signed_in)
        self.full_names_action.setEnabled(signed_in)
        self.server_action.setVisible(
            current is not None and is_allowed(current.session.user.role, Action.CONNECT_TO_SERVER)
        )
        with QSignalBlocker(self.full_names_action):
            self.full_names_action.setChecked(
                current is not None and current.session.preferences.show_full_names
            )
        if current is None:
            self.user_label.setText(
                self.tr("Locked") if self.login_page.locked else self.tr("Not logged in")
            )
        else:
            user = current.session.user
            self.user_label.setText(
                self.tr("Logged in: {name} ({role})").format(
                    name=user.full_name, role=translated(user.role.label)
                )
            )

    # --- Signing in, locking and quitting (decided by SignedInUsers) ----------------

    def _user_changed(self) -> None:
        self._update_actions()
        self.sync_indicator.set_session(self.session)

    def _show_clinic_name(self, name: str) -> None:
        self.clinic_label.setText(name)
        self.login_page.set_clinic_name(name)
        self._preferences.set_clinic_name(name)
        self._update_title()

    def refresh_auto_lock(self) -> None:
        self.users.refresh_auto_lock()

    def lock(self) -> None:
        self.users.lock()

    def logout(self) -> None:
        self.users.logout()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.users.close_all()
        event.accept()

    # --- Menu actions -----------------------------------------------------------------

    def change_password(self) -> "ChangePasswordDialog | None":
        from mottagning.ui.account_dialogs import ChangePasswordDialog  # noqa: PLC0415

        current = self.users.current
        if current is None:
            return None
        dialog = ChangePasswordDialog(current.session, current)
        open_dialog(dialog)
        return dialog

    def server_settings(self) -> "ServerDialog | None":
        from mottagning.ui.sync_settings import ServerDialog  # noqa: PLC0415

        current = self.users.current
        if current is None:
            return None
        dialog = ServerDialog(current.session, self)
        open_dialog(dialog, lambda: self.sync_indicator.set_session(self.session))
        return dialog

    def _show_full_names(self, on: bool) -> None:
        current = self.users.current
        if current is None:
            return
        with user_errors(self):
            current.session.preferences.set_show_full_names(on)
        current.refresh_pages()

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
        from mottagning.ui.about_dialog import AboutDialog  # noqa: PLC0415 (only when asked)

        open_dialog(AboutDialog(self))

    def show_guide(self) -> None:
        """The user guide beside the window, at the signed-in user's role."""
        if self.guide is None:
            from mottagning.ui.guide import GuideDialog  # noqa: PLC0415 (only when asked)

            self.guide = GuideDialog(self)
        current = self.users.current
        self.guide.show()
        self.guide.raise_()
        self.guide.show_role(current.session.user.role if current is not None else None)
