"""A new installation, as a new user meets it: the real program on an empty
data folder, on a virtual screen, driven by the keyboard through the setup
wizard to the main window, in Swedish on a non-Swedish system locale, while
another thread forces garbage collection, and alive 30 s later."""

import signal
import time
from pathlib import Path

import pytest

from mottagning.models.access_log import LogAction, LogQuery
from mottagning.services.authentication import Authenticator
from mottagning.services.clock import SystemClock
from mottagning.storage.files import ClinicFiles
from tests.e2e.process import (
    Keyboard,
    isolated_env,
    log_text,
    needs_x,
    start,
    stderr_of,
    wait_for_log,
    x_display,  # noqa: F401 (a fixture)
)

pytestmark = [pytest.mark.e2e, needs_x]

GC_STRESS = str(Path(__file__).with_name("gc_stress.py"))
USERNAME = "maria.l"
PASSWORD = "sju blanka stenar vid ån"  # not ASCII-only: typed by xdotool as a user would
ALIVE_S = 30


def test_setup_wizard_to_main_window_survives_garbage_collection(
    tmp_path: Path,
    x_display: str,  # noqa: F811
):
    data_dir = tmp_path / "data"
    env = isolated_env(tmp_path / "home", DISPLAY=x_display, QT_QPA_PLATFORM="xcb")
    app = start(data_dir, env, program=(GC_STRESS,))
    keys = Keyboard(env)

    keys.focus_window("Kom igång med Mottagning", timeout=90)  # Swedish on a C locale
    keys.type("Mottagningen Söder")
    keys.key("Tab")
    keys.type("Storgatan 1")
    keys.key("Tab")
    keys.type("036-10 00 00")
    keys.key("Return")  # Nästa
    time.sleep(1)
    keys.type("Maria Lindqvist")
    keys.key("Tab", "Tab")  # the suggested title stays
    keys.type(USERNAME)
    keys.key("Tab")
    keys.type(PASSWORD)
    keys.key("Tab")
    keys.type(PASSWORD)
    keys.key("Return")  # Skapa mottagningen
    wait_for_log(data_dir, "created a new clinic database", app)
    time.sleep(1)
    keys.key("alt+h")  # Jag har skrivit ut ... återställningsnyckeln
    keys.key("alt+s")  # Slutför

    wait_for_log(data_dir, "main window shown", app)
    keys.focus_window("Mottagning")
    keys.type(USERNAME)
    keys.key("Tab")
    keys.type(PASSWORD)
    keys.key("Return")
    wait_for_log(data_dir, "workspace shown", app)

    deadline = time.monotonic() + ALIVE_S
    while time.monotonic() < deadline:
        assert app.poll() is None, f"the program died ({app.returncode}): {stderr_of(data_dir)}"
        time.sleep(0.5)

    app.send_signal(signal.SIGTERM)
    assert app.wait(timeout=30) == 0, stderr_of(data_dir)[-3000:]
    assert "Fatal Python error" not in stderr_of(data_dir)
    assert "Traceback" not in log_text(data_dir)

    gate = Authenticator(ClinicFiles(data_dir), SystemClock())
    try:
        session = gate.login(USERNAME, PASSWORD)
        actions = [entry.action for entry in session.access_log.entries(LogQuery(limit=20))]
        assert session.clinic_settings.details().name == "Mottagningen Söder"
    finally:
        gate.close()
    assert LogAction.LOGIN in actions
    assert LogAction.LOGOUT in actions, "quitting logged the user out"
