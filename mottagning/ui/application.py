"""Starting the desktop application: Qt, language, style, crash handling, one
instance per data folder, first-run setup, then the main window."""

import importlib
import logging
import signal
import sys
import threading
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QMessageLogContext,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from mottagning.errors import UserError
from mottagning.services.clock import Clock
from mottagning.storage.files import ClinicFiles
from mottagning.storage.instance_lock import InstanceLock
from mottagning.storage.kdf import DEFAULT_KDF, KdfParams
from mottagning.storage.preferences import LocalPreferences
from mottagning.ui.errors import install_crash_handler, message_for
from mottagning.ui.garbage import GuiThreadCollector
from mottagning.ui.main_window import MainWindow
from mottagning.ui.style import apply_style
from mottagning.ui.translations import choose_language, install_translators, translated

if TYPE_CHECKING:
    from mottagning.services.authentication import Authenticator

log = logging.getLogger(__name__)
qt_log = logging.getLogger("qt")

_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    qt_log.log(_QT_LEVELS.get(kind, logging.WARNING), "%s", message)


def create_application() -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0]])
    app.setApplicationName("Mottagning")
    app.setOrganizationName("Mottagning")
    app.setDesktopFileName("mottagning")  # the .deb's mottagning.desktop: its icon on Wayland
    app.setWindowIcon(
        QIcon(str(resources.files("mottagning.resources") / "icons" / "mottagning.svg"))
    )
    qInstallMessageHandler(_qt_message)
    GuiThreadCollector(app)
    return app


def show_start_problem(message: str) -> None:
    """Say why the program cannot start, where a desktop user will see it."""
    create_application()
    QMessageBox.critical(None, "Mottagning", message)


def close_on_terminate(window: MainWindow) -> None:
    """SIGTERM/SIGINT (logout of the OS session, `kill`, Ctrl+C) close the window
    the normal way: every session is logged out and the database closed cleanly."""

    def close(signum: int, frame: object) -> None:
        log.info("signal %d: closing", signum)
        window.close()

    signal.signal(signal.SIGTERM, close)
    signal.signal(signal.SIGINT, close)
    # Python runs signal handlers only between its own bytecodes; a light timer
    # lets it in while Qt's event loop is busy in C++.
    waker = QTimer(window)
    waker.timeout.connect(lambda: None)
    waker.start(250)


PRELOAD_DELAY_MS = 300  # well before anyone has typed a password


def preload_in_background() -> None:
    """Import the services while the user types their password: they are needed
    at the login and were left out of start-up (plain Python, no widgets)."""

    def load() -> None:
        for module in ("mottagning.services.session", "mottagning.scoring"):
            importlib.import_module(module)

    threading.Thread(target=load, name="preload", daemon=True).start()


def demo_hint() -> str:
    from mottagning.demo.accounts import DEMO_ACCOUNTS  # noqa: PLC0415 (demo only)

    lines = [QCoreApplication.translate("Application", "Demo accounts (user name / password):")]
    for account in DEMO_ACCOUNTS[:3]:
        lines.append(f"{account.username} / {account.password} ({translated(account.role.label)})")
    return "\n".join(lines)


def switch_language(preferences: LocalPreferences, language: str) -> None:
    """Change the interface language now and for the next starts."""
    app = QCoreApplication.instance()
    if app is not None:
        install_translators(app, language)
    preferences.set_language(language)
    log.info("language changed to %s", language)


def build_main_window(
    files: ClinicFiles,
    clock: Clock,
    preferences: LocalPreferences,
    *,
    demo: bool = False,
    kdf: KdfParams = DEFAULT_KDF,
    auto_lock_ms: int | None = None,
    automatic_backups: bool = True,
) -> MainWindow | None:
    """Set up the clinic if there is none yet, then the main window (None: setup cancelled)."""
    if not files.clinic_exists():
        if demo:
            from mottagning.demo.clinic import DEMO_CLINIC, create_demo_clinic  # noqa: PLC0415

            create_demo_clinic(files, clock)
            preferences.set_clinic_name(DEMO_CLINIC.name)
        else:
            from mottagning.ui.setup_wizard import SetupWizard  # noqa: PLC0415 (first run only)

            wizard = SetupWizard(files, clock, kdf, language=choose_language(None, preferences))
            wizard.language_chosen.connect(lambda language: switch_language(preferences, language))
            wizard.exec()
            created, name = wizard.created, wizard.clinic_page.details().name.strip()
            # Destroyed here, on the GUI thread, not whenever the collector finds it.
            wizard.deleteLater()
            if not created:
                return None
            preferences.set_clinic_name(name)

    def open_gate() -> "Authenticator":
        from mottagning.services.authentication import Authenticator  # noqa: PLC0415 (see MainWindow)

        return Authenticator(files, clock, kdf)

    return MainWindow(
        open_gate,
        preferences,
        preferences.clinic_name(),
        demo_hint=demo_hint() if demo else "",
        auto_lock_ms=auto_lock_ms,
        automatic_backups=automatic_backups,
    )


def run(
    files: ClinicFiles,
    clock: Clock,
    preferences: LocalPreferences,
    *,
    demo: bool,
    language_override: str | None,
    log_file: Path | None = None,
) -> int:
    app = create_application()
    install_translators(app, choose_language(language_override, preferences))
    install_crash_handler(log_file)
    apply_style(app)
    instance = InstanceLock(files.instance_lock)
    try:
        instance.acquire()
    except UserError as error:
        log.warning("another instance is running with this data folder")
        print(message_for(error), file=sys.stderr)
        QMessageBox.warning(None, "Mottagning", message_for(error))
        return 1
    try:
        try:
            window = build_main_window(files, clock, preferences, demo=demo)
        except UserError as error:
            QMessageBox.critical(None, "Mottagning", message_for(error))
            return 1
        if window is None:
            return 0
        close_on_terminate(window)
        window.show()
        log.info("main window shown")
        # After the first paint: an import thread would hold the GIL it needs.
        QTimer.singleShot(PRELOAD_DELAY_MS, preload_in_background)
        code = app.exec()
        log.info("stopped (exit code %d)", code)
        return code
    finally:
        instance.release()
