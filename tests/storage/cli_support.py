"""Running the headless commands in-process, as a terminal would see them."""

import io
import logging
import sys
from collections.abc import Callable
from pathlib import Path

from mottagning import cli

Run = Callable[..., tuple[int, str, str]]


class RestoredLogging:
    """main() adds a log file handler to the root logger; take it away again."""

    def __enter__(self) -> None:
        root = logging.getLogger()
        self._handlers = list(root.handlers)
        self._level = root.level

    def __exit__(self, *exc: object) -> None:
        root = logging.getLogger()
        for handler in [h for h in root.handlers if h not in self._handlers]:
            root.removeHandler(handler)
            handler.close()
        root.setLevel(self._level)


def console_to(out: io.TextIOBase | None = None, err: io.TextIOBase | None = None):
    """The terminal, faked: the Console writes to the current sys.stdout/stderr
    (or the given streams) rather than to those bound when cli was imported."""
    real = cli.Console

    def console(translate):
        return real(translate, out=out or sys.stdout, err=err or sys.stderr)

    return console


def password_file(tmp_path: Path, password: str) -> Path:
    path = tmp_path / "password.txt"
    path.write_text(password + "\n", encoding="utf-8")
    return path


def init_args(folder: Path, *extra: str) -> list[str]:
    return [
        "init",
        "--data-dir",
        str(folder),
        "--clinic-name",
        "Nya Mottagningen",
        "--address",
        "Nygatan 3\\n123 45 Nystad",
        "--lead-username",
        " Chefen ",
        "--lead-name",
        "Karin Chef",
        *extra,
    ]


def verify_args(folder: Path, user: str, *extra: str) -> list[str]:
    return ["verify", "--data-dir", str(folder), "--user", user, *extra]
