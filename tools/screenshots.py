"""Screenshots of the main views over a fresh demo clinic, for looking at them.

    xvfb-run -s "-screen 0 1400x900x24" python tools/screenshots.py [--language sv] [OUT]

Builds the real windows in-process (no test doubles), signs in the demo
accounts and saves PNGs of each view into OUT (default: screenshots/). On a
weekend or outside office hours the clinic's clock is moved to the next
working morning, so that the day's views have visits to show.
"""

import argparse
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QWidget

from mottagning.demo.accounts import COUNSELOR, LEAD, SCHEDULER, DemoAccount
from mottagning.demo.clinic import create_demo_clinic
from mottagning.storage.files import ClinicFiles
from mottagning.storage.preferences import LocalPreferences
from mottagning.ui.application import build_main_window, create_application
from mottagning.ui.main_window import MainWindow
from mottagning.ui.style import apply_style
from mottagning.ui.translations import install_translators

# The installed program (`pip install .` or `-e .`), not the source folder: only
# the installed package has its resources (translations, instruments) inside it.
ROOT = Path(__file__).resolve().parent.parent

Step = tuple[str, Callable[[MainWindow], QWidget | None]]
CLINIC_ZONE = ZoneInfo("Europe/Stockholm")


class OfficeHoursClock:
    """The real clock, moved to the next working morning when the clinic is closed."""

    def __init__(self) -> None:
        local = datetime.now(CLINIC_ZONE)
        target = local
        if local.weekday() >= 5 or not time(8) <= local.time() <= time(16):
            day = local.date() + timedelta(days=1 if local.time() > time(16) else 0)
            while day.weekday() >= 5:
                day += timedelta(days=1)
            target = datetime.combine(day, time(10, 15), CLINIC_ZONE)
        self._offset = target - local

    def now(self) -> datetime:
        return datetime.now(UTC) + self._offset


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


def calendar_mode(mode: str) -> Callable[[MainWindow], QWidget | None]:
    """The calendar in day, week or month mode, for whoever it shows now."""

    def show(window: MainWindow) -> QWidget | None:
        from mottagning.ui.calendar.snapshot import Mode  # noqa: PLC0415

        assert window.workspace is not None
        window.workspace.show_area("calendar").set_mode(Mode(mode))  # type: ignore[union-attr]
        return None

    return show


def booking(series: bool) -> Callable[[MainWindow], QWidget | None]:
    """The booking form over a visit already booked (the clash named, and for
    the reception "Book anyway"); with `series`, ten weekly visits listed."""

    def show(window: MainWindow) -> QWidget | None:
        from mottagning.ui.calendar.grid import TimeChoice  # noqa: PLC0415
        from mottagning.ui.calendar.snapshot import Mode  # noqa: PLC0415

        assert window.workspace is not None
        page = window.workspace.show_area("calendar")
        page.set_mode(Mode.WEEK)  # type: ignore[union-attr]
        board = page.view.grid.board  # type: ignore[union-attr]
        taken = next(p.appointment for p in board.placed if not p.faded)
        column = board.columns[board.find(taken.id).column]
        dialog = page.book(  # type: ignore[union-attr]
            TimeChoice(taken.starts_at, taken.ends_at, column.counselor_id, None)
        )
        if series:
            dialog.repeat.choose(1)
            dialog.repeat.count.setValue(10)
        dialog.check_now()
        settle()
        return dialog if isinstance(dialog, QWidget) else None

    return show


def open_first_client(window: MainWindow) -> QWidget | None:
    assert window.workspace is not None
    page = window.workspace.show_area("clients")
    page.open_client(page.model.client_at(3).id)  # type: ignore[union-attr]
    return None


def open_busiest_client(window: MainWindow) -> QWidget | None:
    """The signed-in counselor's client with the most questionnaires, on its journal."""
    assert window.workspace is not None and window.session is not None
    session = window.session
    page = window.workspace.show_area("clients")
    rows = [page.model.client_at(row) for row in range(page.model.rowCount())]  # type: ignore[union-attr]
    mine = [client.id for client in rows if session.user.id in client.counselor_ids]
    busiest = max(mine, key=lambda client_id: len(session.measures.results(client_id)))
    view = page.open_client(busiest)  # type: ignore[union-attr]
    view.show_journal()
    journal = view.journal
    journal.table.selectRow(1)
    return None


def client_tab(name: str) -> Callable[[MainWindow], QWidget | None]:
    def show(window: MainWindow) -> QWidget | None:
        assert window.workspace is not None
        view = window.workspace.show_area("clients").client_view  # type: ignore[union-attr]
        view.sections.setCurrentIndex(view.sections.count() - 2 if name == "plan" else 3)
        return None

    return show


def questionnaire(window: MainWindow) -> QWidget | None:
    """A PHQ-9 being entered: six items answered."""
    from mottagning.ui.measures import AdministrationDialog  # noqa: PLC0415

    assert window.workspace is not None and window.session is not None
    view = window.workspace.show_area("clients").client_view  # type: ignore[union-attr]
    dialog = AdministrationDialog(window.session, view.client.id, "phq9", view)
    dialog.show()
    for index, value in enumerate((2, 1, 2, 1, 0, 1)):
        dialog.sheet.answer(index, value)
    settle()
    return dialog


def journal_search(window: MainWindow) -> QWidget | None:
    assert window.workspace is not None
    window.workspace.search_journals()
    from mottagning.ui.journal import JournalSearchDialog  # noqa: PLC0415

    dialog = window.workspace.findChildren(JournalSearchDialog)[-1]
    dialog.search.setText("sömn")
    dialog.run_search()
    return dialog


def lead_users(window: MainWindow) -> QWidget | None:
    switch_user(window, LEAD)
    return admin_tab(0)(window)


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
        clock = OfficeHoursClock()
        create_demo_clinic(files, clock)
        preferences = LocalPreferences(files.preferences)
        window = build_main_window(files, clock, preferences, demo=True)
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
            ("03-calendar-clinic-week", calendar_mode("week")),
            ("03-calendar-clinic-month", calendar_mode("month")),
            ("03-calendar-booking-clash", booking(series=False)),
            ("03-calendar-booking-series", booking(series=True)),
            ("04-clients", area("clients")),
            ("05-client", open_first_client),
            ("06-waiting-list", area("waiting_list")),
            ("07-rooms-hours-absences", area("administration")),
            ("08-locked", lambda w: w.lock()),
            ("09-today-counselor", lambda w: switch_user(w, COUNSELOR)),
            ("10-calendar-counselor-week", area("calendar")),
            ("10-calendar-counselor-month", calendar_mode("month")),
            ("10-calendar-counselor-day", calendar_mode("day")),
            ("11-client-journal", open_busiest_client),
            ("12-client-questionnaires", client_tab("questionnaires")),
            ("13-client-plan", client_tab("plan")),
            ("14-questionnaire-entry", questionnaire),
            ("15-journal-search", journal_search),
            ("16-users", lead_users),
            ("17-access-log", admin_tab(1)),
            ("18-emergency-accesses", admin_tab(2)),
            ("19-clinic", admin_tab(4)),
            ("20-journal-settings", admin_tab(5)),
            ("21-today-lead", area("today")),
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
