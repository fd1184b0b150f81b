"""Probe: the real main window on a clinic, offscreen, in a fresh process.

Set up as the program's run() does (translators, style, build_main_window),
it measures in milliseconds, each step until the window is painted:
- key_to_window: from a proven key to the main window ready on its first
  area (Today: the day's visits). It calls the slot that the login's worker
  thread calls back with the key, so the key derivation, measured apart,
  is left out;
- week_counselor, week_clinic: CalendarPage.show_day on each given week, in
  the week view of the signed-in counselor and of the whole clinic;
- month_counselor, month_clinic: the same in the month view, on the months
  of those weeks;
- client_view: the register page's open_client, which shows the big record's
  page on its overview (the other tabs are built when first chosen);
- journal_tab, questionnaires_tab: choosing those tabs on the page just
  opened, the first time (the notes with the newest shown; the summary of
  every questionnaire with its chart);
and at the end the peak RSS, with the clinic open and the calendar and the
client shown. Each step runs from the event loop, as a click does, and is
waited for until painted (the whole clinic's week at a big clinic arrives
from a worker thread: its `shown` signal); the event loop's longest stall
meanwhile is reported for the clinic's weeks and for the big record's page
and tabs (event_loop.EventLoopWatch). It also counts the references to None that a repaint of the
clinic's week loses (none on a sound PySide6): PySide6 6.12.0 on Python 3.11
drops one per void call, and the program dies ("none_dealloc") once they run
out. Input: one JSON argument (launch.GuiConfig).
"""

import json
import resource
import sys
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, SignalInstance
from PySide6.QtWidgets import QApplication, QWidget

from bench.build import PASSWORD
from bench.probes import RESULT
from bench.probes.event_loop import EventLoopWatch, Loaded
from bench.probes.launch import GuiConfig
from mottagning.services.authentication import Authenticator
from mottagning.services.clock import SystemClock
from mottagning.storage.files import ClinicFiles
from mottagning.storage.preferences import LocalPreferences
from mottagning.ui.application import build_main_window, create_application
from mottagning.ui.calendar.page import CalendarPage
from mottagning.ui.calendar.snapshot import CLINIC, Mode
from mottagning.ui.clients.register_page import ClientRegisterPage
from mottagning.ui.style import apply_style
from mottagning.ui.translations import install_translators

REPAINTS = 10


def settle(window: QWidget) -> None:
    """Run what is queued (show and layout events, timers due), then paint now."""
    QApplication.processEvents()
    window.repaint()
    QApplication.processEvents()


class Steps:
    """Each step loaded from the event loop and painted, its time and stall kept."""

    def __init__(self, window: QWidget) -> None:
        self.window = window
        self.watch = EventLoopWatch()

    def load(self, action: Callable[[], object], finished: SignalInstance | None = None) -> Loaded:
        loaded = self.watch.load(self.window, action, finished)
        # Pages replaced meanwhile are deleted later; do it now, outside the timing.
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
        return loaded


def lost_none_references(window: QWidget) -> float:
    """Per repaint, which leaves no Python objects behind: 0 on a sound PySide6."""
    before = sys.getrefcount(None)
    for _ in range(REPAINTS):
        window.repaint()
    return (before - sys.getrefcount(None)) / REPAINTS


def elapsed(loads: list[Loaded]) -> list[float]:
    return [loaded.elapsed_ms for loaded in loads]


def longest_stall(loads: list[Loaded]) -> float:
    return max(loaded.longest_stall_ms for loaded in loads)


def main(config: GuiConfig) -> dict[str, object]:
    files = ClinicFiles(Path(config.data_dir))
    mondays = [date.fromisoformat(day) for day in config.mondays]
    app = create_application()
    install_translators(app, "sv")
    apply_style(app)
    # Without the daily backup at the first sign-in: it would copy the whole
    # clinic while the views load (its own cost is the backup figures').
    window = build_main_window(
        files, SystemClock(), LocalPreferences(files.preferences), automatic_backups=False
    )
    assert window is not None, "the clinic exists"
    window.show()
    settle(window)
    credential = Authenticator(files, SystemClock()).check_password(config.username, PASSWORD)

    # The slot the login's worker thread calls with the proven key (a private
    # name, but the real path: what the user waits for after the derivation).
    steps = Steps(window)
    key_to_window = steps.load(partial(window.users._password_proven, credential)).elapsed_ms
    workspace = window.workspace
    assert workspace is not None, "signed in"
    shown = workspace.pages.currentWidget()
    first_area = shown.objectName() if shown is not None else ""

    calendar = workspace.show_area("calendar")
    assert isinstance(calendar, CalendarPage)
    calendar_shown = calendar.shown

    def calendar_loads(action: Callable[[date], object], days: list[date]) -> list[Loaded]:
        return [steps.load(partial(action, day), calendar_shown) for day in days]

    steps.load(partial(calendar.set_week, True), calendar_shown)
    steps.load(partial(calendar.show_counselor, workspace.session.user.id), calendar_shown)
    week_counselor = calendar_loads(calendar.show_day, mondays)
    steps.load(partial(calendar.set_view_of, CLINIC), calendar_shown)
    week_clinic = calendar_loads(calendar.show_day, mondays)
    none_refs_lost = lost_none_references(window)
    months = sorted({day.replace(day=1) for day in mondays})
    steps.load(partial(calendar.set_mode, Mode.MONTH), calendar_shown)
    month_clinic = calendar_loads(calendar.show_day, months)
    steps.load(partial(calendar.show_counselor, workspace.session.user.id), calendar_shown)
    month_counselor = calendar_loads(calendar.show_day, months)

    register = workspace.show_area("clients")
    assert isinstance(register, ClientRegisterPage)
    settle(window)
    opening = partial(register.open_client, config.client_id)
    client_view, journal_tab, questionnaires_tab = [], [], []
    for _ in range(config.client_views):
        client_view.append(steps.load(opening))
        view = register.client_view
        assert view is not None, "the client's page is open"
        # Each tab is built the first time it is shown: measure that first time.
        journal_tab.append(steps.load(view.show_journal))
        questionnaires_tab.append(steps.load(view.show_questionnaires))

    peak_rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    window.close()  # logs out and closes the database
    return {
        "first_area": first_area,
        "key_to_window": key_to_window,
        "week_counselor": elapsed(week_counselor),
        "week_clinic": elapsed(week_clinic),
        "month_counselor": elapsed(month_counselor),
        "month_clinic": elapsed(month_clinic),
        "client_view": elapsed(client_view),
        "journal_tab": elapsed(journal_tab),
        "questionnaires_tab": elapsed(questionnaires_tab),
        "stall_week_clinic": longest_stall(week_clinic),
        "stall_client": longest_stall(client_view + journal_tab + questionnaires_tab),
        "peak_rss_mb": peak_rss_mb,
        "none_refs_lost_per_repaint": none_refs_lost,
    }


if __name__ == "__main__":
    result = main(GuiConfig(**json.loads(sys.argv[1])))
    print(RESULT + json.dumps(result), flush=True)
