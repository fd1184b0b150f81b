"""Odd arguments and files given to the commands, as a careless script or a
tired IT technician would: each ends with a clear message and a documented
exit code (1: a problem, 2: a usage error), never a traceback, and a command
that fails leaves nothing behind."""

import os
from pathlib import Path

import pytest

from mottagning import cli
from tests.storage.cli_support import init_args, password_file, verify_args
from tests.support import LEAD_PASSWORD

NOT_UTF8 = b"\xff\xfe l\xf6senord \xe5\xe4\xf6\n"


def bad_password_file(tmp_path: Path) -> Path:
    path = tmp_path / "latin1.txt"
    path.write_bytes(NOT_UTF8)
    return path


def a_file(tmp_path: Path) -> Path:
    path = tmp_path / "just-a-file"
    path.write_text("x", encoding="utf-8")
    return path


# (case id, argv from tmp_path and the clinic's folder, expected exit code)
CASES = {
    "init-into-a-file": (lambda t, c: init_args(a_file(t)), 1),
    "init-below-a-file": (lambda t, c: init_args(a_file(t) / "clinic"), 1),
    "init-empty-data-dir": (lambda t, c: ["init", "--data-dir", "", *init_args(t)[3:]], 2),
    "init-password-file-missing": (
        lambda t, c: init_args(t / "new", "--password-file", str(t / "none.txt")),
        1,
    ),
    "init-password-file-a-folder": (
        lambda t, c: init_args(t / "new", "--password-file", str(t)),
        1,
    ),
    "init-password-file-not-utf8": (
        lambda t, c: init_args(t / "new", "--password-file", str(bad_password_file(t))),
        1,
    ),
    "init-password-file-empty": (
        lambda t, c: init_args(t / "new", "--password-file", str(password_file(t, ""))),
        1,
    ),
    "init-into-an-existing-clinic": (lambda t, c: init_args(c), 1),
    "init-blank-clinic-name": (
        lambda t, c: [*init_args(t / "new")[:3], "--clinic-name", " ", *init_args(t)[5:]],
        1,
    ),
    "init-huge-clinic-name": (
        lambda t, c: [*init_args(t / "new")[:3], "--clinic-name", "M" * 100_000, *init_args(t)[5:]],
        1,
    ),
    "init-undecodable-clinic-name": (
        lambda t, c: [
            *init_args(t / "new")[:3],
            "--clinic-name",
            "Mott\udcffagning",
            *init_args(t)[5:],
        ],
        2,
    ),
    "init-nul-in-address": (lambda t, c: [*init_args(t / "new"), "--address", "a\x00b"], 2),
    "init-blank-lead-username": (lambda t, c: [*init_args(t / "new"), "--lead-username", "  "], 1),
    "init-no-clinic-name": (lambda t, c: ["init", "--data-dir", str(t / "new")], 2),
    "demo-into-a-file": (lambda t, c: ["demo", "--data-dir", str(a_file(t))], 1),
    "demo-empty-data-dir": (lambda t, c: ["demo", "--data-dir", ""], 2),
    "demo-into-an-existing-clinic": (lambda t, c: ["demo", "--data-dir", str(c)], 1),
    "verify-no-clinic": (lambda t, c: verify_args(t / "empty", "lead"), 1),
    "verify-a-file": (lambda t, c: verify_args(a_file(t), "lead"), 1),
    "verify-empty-data-dir": (lambda t, c: ["verify", "--data-dir", "", "--user", "lead"], 2),
    "verify-unknown-user": (lambda t, c: verify_args(c, "nobody"), 1),
    "verify-undecodable-user": (lambda t, c: verify_args(c, "le\udcffad"), 2),
    "verify-password-file-not-utf8": (
        lambda t, c: verify_args(c, "lead", "--password-file", str(bad_password_file(t))),
        1,
    ),
    "verify-damaged-key-file": (lambda t, c: verify_args(damage(c / "keyslots.json"), "lead"), 1),
    "verify-empty-database": (lambda t, c: verify_args(empty(c / "mottagning.db"), "lead"), 1),
    "unknown-language": (lambda t, c: ["--language", "fi", "verify", "--user", "x"], 2),
    "unknown-command": (lambda t, c: ["frobnicate"], 2),
    "no-user-for-verify": (lambda t, c: ["verify", "--data-dir", str(c)], 2),
}


def damage(path: Path) -> Path:
    path.write_bytes(path.read_bytes()[:-40])
    return path.parent


def empty(path: Path) -> Path:
    path.write_bytes(b"")
    return path.parent


@pytest.mark.parametrize("case", sorted(CASES), ids=str)
def test_an_odd_argument_gets_a_clear_message_and_exit_code(
    run, clinic, tmp_path, monkeypatch, case
):
    make_argv, expected = CASES[case]
    monkeypatch.setenv(cli.PASSWORD_ENV, LEAD_PASSWORD)
    monkeypatch.chdir(tmp_path)
    argv = [str(a) for a in make_argv(tmp_path, clinic.files.data_dir)]
    before = set(tmp_path.rglob("*"))

    try:
        code, out, err = run(*argv)
    except SystemExit as usage:  # argparse: a usage error, explained on stderr
        code, out, err = usage.code, "", "argparse"
    assert code == expected, (code, err)
    assert (err or out).strip(), "a message says what went wrong"
    assert "Traceback" not in err
    if case.startswith("init-") and case != "init-into-an-existing-clinic":
        assert set(tmp_path.rglob("*")) == before, "a failed init leaves nothing behind"


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write into any folder")
@pytest.mark.parametrize("command", ["init", "demo"])
def test_a_folder_one_may_not_write_to_gets_a_clear_message(run, tmp_path, monkeypatch, command):
    monkeypatch.setenv(cli.PASSWORD_ENV, LEAD_PASSWORD)
    locked = tmp_path / "locked"
    locked.mkdir()
    locked.chmod(0o500)
    try:
        argv = (
            init_args(locked / "clinic")
            if command == "init"
            else ["demo", "--data-dir", str(locked / "clinic")]
        )
        code, _, err = run(*argv)
    finally:
        locked.chmod(0o700)
    assert code == 1 and "Traceback" not in err and err.strip()
