"""The real `mottagning` program in its own process: start, log in, quit."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mottagning.demo.accounts import LEAD
from mottagning.models.access_log import LogAction, LogQuery
from mottagning.services.authentication import Authenticator
from mottagning.services.clock import SystemClock
from mottagning.storage.files import ClinicFiles
from tests.e2e.process import (
    needs_x,
    start,
    wait_for_log,
    x_display,  # noqa: F401 (a fixture)
)

pytestmark = pytest.mark.e2e


def access_log_actions(data_dir: Path) -> list[LogAction]:
    gate = Authenticator(ClinicFiles(data_dir), SystemClock())
    try:
        session = gate.login(LEAD.username, LEAD.password)
        return [e.action for e in session.access_log.entries(LogQuery(limit=50))]
    finally:
        gate.close()


@pytest.fixture
def offscreen_env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "sv_SE.UTF-8"}


def test_starts_on_a_demo_database_refuses_a_second_instance_and_stops_cleanly(
    tmp_path: Path, offscreen_env: dict[str, str]
):
    data_dir = tmp_path / "demo"
    app = start(data_dir, offscreen_env, "--demo")
    wait_for_log(data_dir, "main window shown", app)

    second = start(data_dir, offscreen_env)
    wait_for_log(data_dir, "another instance is running", second)
    second.kill()
    second.wait(timeout=10)

    app.send_signal(signal.SIGTERM)
    assert app.wait(timeout=30) == 0
    log_text = (data_dir / "logs" / "mottagning.log").read_text(encoding="utf-8")
    assert "stopped (exit code 0)" in log_text
    assert "Traceback" not in log_text
    assert not (data_dir / "mottagning.db-wal").exists(), "the database was closed cleanly"

    verify = subprocess.run(
        [
            sys.executable,
            "-m",
            "mottagning",
            "verify",
            "--data-dir",
            str(data_dir),
            "--user",
            LEAD.username,
        ],
        env={**offscreen_env, "MOTTAGNING_PASSWORD": LEAD.password},
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert verify.returncode == 0, verify.stdout.decode() + verify.stderr.decode()


@needs_x
def test_a_user_logs_in_with_the_keyboard_and_quits(tmp_path: Path, x_display: str):  # noqa: F811
    data_dir = tmp_path / "demo"
    env = {**os.environ, "DISPLAY": x_display, "QT_QPA_PLATFORM": "xcb"}
    app = start(data_dir, env, "--demo", "--language", "en")
    wait_for_log(data_dir, "main window shown", app)
    xdotool = ["xdotool"]
    window = ""
    deadline = time.monotonic() + 30
    while not window and time.monotonic() < deadline:
        found = subprocess.run(
            [*xdotool, "search", "--sync", "--onlyvisible", "--name", "Mottagning"],
            env=env,
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )
        window = found.stdout.split()[0] if found.stdout.split() else ""
    assert window, "the main window is on the screen"
    subprocess.run([*xdotool, "windowactivate", "--sync", window], env=env, check=False)
    subprocess.run([*xdotool, "windowfocus", "--sync", window], env=env, check=True)
    time.sleep(0.5)
    subprocess.run([*xdotool, "type", "--delay", "30", LEAD.username], env=env, check=True)
    subprocess.run([*xdotool, "key", "Tab"], env=env, check=True)
    subprocess.run([*xdotool, "type", "--delay", "30", LEAD.password], env=env, check=True)
    subprocess.run([*xdotool, "key", "Return"], env=env, check=True)
    time.sleep(3)  # key derivation and the first view
    subprocess.run([*xdotool, "key", "ctrl+q"], env=env, check=True)
    assert app.wait(timeout=30) == 0
    actions = access_log_actions(data_dir)
    assert LogAction.LOGOUT in actions[:3]
    assert LogAction.LOGIN in actions[:4]
