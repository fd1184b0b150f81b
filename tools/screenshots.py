"""Screenshots of the main views over a fresh demo clinic, for looking at them.

    xvfb-run -s "-screen 0 1400x900x24" python tools/screenshots.py [--language sv] [OUT]

Builds the real windows in-process (no test doubles), signs in the demo
accounts and saves PNGs of each view into OUT (default: screenshots/).
"""

import argparse
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QWidget

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mottagning.demo.accounts import COUNSELOR, LEAD, SCHEDULER, DemoAccount  # noqa: E402
from mottagning.demo.clinic import create_demo_clinic  # noqa: E402
from mottagning.services.clock import SystemClock  # noqa: E402
from mottagning.storage.files import ClinicFiles  # noqa: E402
from mottagning.storage.preferences import LocalPreferences  # noqa: E402
from mottagning.ui.application import build_main_window, create_application  # noqa: E402
from mottagning.ui.main_window import MainWindow  # noqa: E402
from mottagning.ui.style import apply_style  # noqa: E402
from mottagning.ui.translations import install_translators  # noqa: E402

Step = tuple[str, Callable[[MainWindow], QWidget | None]]


def settle(ms: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def sign_in(window: MainWindow, username: str, password: str) -> None:
    window.login_page.username.setText(username)
    window.login_page.password.setText(password)
    window.login_page.submit.click()
    for _ in range(100):
        settle(50)
        if window.session is not None:
            return
    raise RuntimeError(f"could not sign in as {username}")


def admin_tab(index: int) -> Callable[[MainWindow], QWidget | None]:
    def show(window: MainWindow) -> QWidget | None:
        assert window.workspace is not None
        page = window.workspace.show_area("administration")
        page.tabs.setCurrentIndex(index)  # type: ignore[union-attr]
        return None

    return show


def area(key: str) -> Callable[[MainWindow], QWidget | None]:
    def show(window: MainWindow) -> QWidget | None:
        assert window.workspace is not None
        window.workspace.show_area(key)
        return None

    return show


def open_first_client(window: MainWindow) -> QWidget | None:
    assert window.workspace is not None
    page = window.workspace.show_area("clients")
    page.open_client(page.model.client_at(3).id)  # type: ignore[union-attr]
    return None


def switch_user(window: MainWindow, account: DemoAccount) -> None:
    window.login_page.show_fresh()
    sign_in(window, account.username, account.password)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", type=Path, default=ROOT / "screenshots")
    parser.add_argument("--language", default="sv", choices=("sv", "en"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    app = create_application()
    install_translators(app, args.language)
    apply_style(app)
    with tempfile.TemporaryDirectory() as folder:
        files = ClinicFiles(Path(folder))
        create_demo_clinic(files, SystemClock())
        preferences = LocalPreferences(files.preferences)
        window = build_main_window(files, SystemClock(), preferences, demo=True)
        assert window is not None
        window.resize(1280, 800)
        window.show()
        settle()
        shots: list[Step] = [
            ("01-login", lambda w: None),
            (
                "02-today-administrator",
                lambda w: sign_in(w, SCHEDULER.username, SCHEDULER.password),
            ),
            ("03-calendar-clinic-day", area("calendar")),
            ("04-clients", area("clients")),
            ("05-client", open_first_client),
            ("06-waiting-list", area("waiting_list")),
            ("07-rooms-hours-absences", area("administration")),
            ("08-locked", lambda w: w.lock()),
            ("09-today-counselor", lambda w: switch_user(w, COUNSELOR)),
            ("10-calendar-counselor-week", area("calendar")),
            ("11-users", lambda w: (switch_user(w, LEAD), admin_tab(0)(w))[1]),
            ("12-access-log", admin_tab(1)),
            ("13-clinic", admin_tab(3)),
        ]
        for name, action in shots:
            try:
                extra = action(window)
            except Exception as error:
                print(f"{name}: {type(error).__name__}: {error}")
                continue
            settle()
            window.grab().save(str(args.out / f"{name}-{args.language}.png"))
            if extra is not None:
                extra.grab().save(str(args.out / f"{name}-dialog-{args.language}.png"))
        window.close()
    print(f"screenshots in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
