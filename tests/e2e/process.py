"""Starting the real program in its own process and watching it from outside:
its log, its windows on a virtual X screen (Xvfb), keys typed with xdotool."""

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

START_TIMEOUT = 90  # seconds: a cold start on a slow CI machine imports all of Qt

needs_x = pytest.mark.skipif(
    not (shutil.which("Xvfb") and shutil.which("xdotool")),
    reason="needs Xvfb and xdotool (apt-get install xvfb xdotool)",
)


def start(
    data_dir: Path, env: dict[str, str], *args: str, program: Sequence[str] = ("-m", "mottagning")
) -> subprocess.Popen[bytes]:
    """Start the program; its stderr goes to a file beside the data folder."""
    errors = data_dir.parent / f"stderr-{time.monotonic_ns()}.txt"
    with errors.open("wb") as sink:
        return subprocess.Popen(
            [sys.executable, "-X", "faulthandler", *program, "--data-dir", str(data_dir), *args],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=sink,
        )


def stderr_of(data_dir: Path) -> str:
    return "".join(p.read_text(errors="replace") for p in data_dir.parent.glob("stderr-*.txt"))


def log_text(data_dir: Path) -> str:
    log_file = data_dir / "logs" / "mottagning.log"
    return log_file.read_text(encoding="utf-8") if log_file.exists() else ""


def wait_for_log(
    data_dir: Path, text: str, process: subprocess.Popen[bytes], timeout: float = START_TIMEOUT
) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if text in log_text(data_dir):
            return
        if process.poll() is not None:
            pytest.fail(
                f"the program ended early ({process.returncode}) before {text!r}: "
                f"{stderr_of(data_dir)[-3000:]}"
            )
        time.sleep(0.2)
    process.kill()
    pytest.fail(f"no {text!r} in the log within {timeout} s")


def isolated_env(home: Path, **extra: str) -> dict[str, str]:
    """The environment of a fresh OS user: nothing from this machine's own
    settings folders, a C (not Swedish) locale."""
    env = {**os.environ, "HOME": str(home), "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}
    for name, folder in (
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_STATE_HOME", ".local/state"),
        ("XDG_CACHE_HOME", ".cache"),
    ):
        env[name] = str(home / folder)
    env.pop("LANGUAGE", None)
    env.update(extra)
    return env


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


class Keyboard:
    """xdotool on one display: find a window by its title, type, press keys."""

    def __init__(self, env: dict[str, str]) -> None:
        self.env = env

    def _run(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["xdotool", *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )

    def focus_window(self, title: str, timeout: float = 30) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self._run("search", "--onlyvisible", "--name", title).stdout.split()
            if found:
                self._run("windowfocus", "--sync", found[-1])
                time.sleep(0.5)
                return found[-1]
            time.sleep(0.3)
        pytest.fail(f"no window titled {title!r} within {timeout} s")

    def type(self, text: str) -> None:
        assert self._run("type", "--delay", "30", text).returncode == 0

    def key(self, *keys: str) -> None:
        for key in keys:
            assert self._run("key", key).returncode == 0
            time.sleep(0.1)
