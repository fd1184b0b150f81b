"""The real `mottagning` program in its own process: start, log in, quit."""

import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from mottagning.demo.accounts import LEAD
from mottagning.models.access_log import LogAction, LogQuery
from mottagning.services.authentication import Authenticator
from mottagning.services.clock import SystemClock
from mottagning.storage.files import ClinicFiles

pytestmark = pytest.mark.e2e

START_TIMEOUT = 90  # seconds: a cold start on a slow CI machine imports all of Qt


def start(data_dir: Path, env: dict[str, str], *args: str) -> subprocess.Popen[bytes]:
    """Start the program; its stderr goes to a file beside the data folder."""
    errors = data_dir.parent / f"stderr-{time.monotonic_ns()}.txt"
    with errors.open("wb") as sink:
        return subprocess.Popen(
            [sys.executable, "-m", "mottagning", "--data-dir", str(data_dir), *args],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=sink,
        )


def wait_for_log(data_dir: Path, text: str, process: subprocess.Popen[bytes]) -> None:
    log_file = data_dir / "logs" / "mottagning.log"
    deadline = time.monotonic() + START_TIMEOUT
    while time.monotonic() < deadline:
        if log_file.exists() and text in log_file.read_text(encoding="utf-8"):
            return
        if process.poll() is not None:
            errors = "".join(p.read_text() for p in data_dir.parent.glob("stderr-*.txt"))
            pytest.fail(f"the program ended early ({process.returncode}): {errors[-2000:]}")
        time.sleep(0.2)
    process.kill()
    pytest.fail(f"no {text!r} in the log within {START_TIMEOUT} s")


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


needs_x = pytest.mark.skipif(
    not (shutil.which("Xvfb") and shutil.which("xdotool")),
    reason="needs Xvfb and xdotool (apt-get install xvfb xdotool)",
)


@pytest.fixture
def x_display() -> Iterator[str]:
    display = f":{90 + os.getpid() % 100}"
    server = subprocess.Popen(
        ["Xvfb", display, "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    time.sleep(1.0)
    try:
        yield display
    finally:
        server.terminate()
        server.wait(timeout=10)


@needs_x
def test_a_user_logs_in_with_the_keyboard_and_quits(tmp_path: Path, x_display: str):
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
