"""`mottagning-admin`: the headless commands as a console program, beside the
GUI program `mottagning` (on Windows a GUI program has no console to print to)."""

from importlib import metadata
from pathlib import Path

import pytest

from mottagning import __version__, app, cli
from mottagning.demo.accounts import LEAD
from tests.storage.cli_support import RestoredLogging, console_to


@pytest.fixture
def admin(qapp, monkeypatch, capsys):
    monkeypatch.delenv(cli.PASSWORD_ENV, raising=False)
    monkeypatch.setattr(cli, "Console", console_to())

    def never_the_window(args):
        raise AssertionError("mottagning-admin must never start the desktop application")

    monkeypatch.setattr(app, "_run_gui", never_the_window)

    def run(*argv: str) -> tuple[int, str, str]:
        code = app.admin_main(["--language", "en", *argv])
        captured = capsys.readouterr()
        return code, captured.out, captured.err

    with RestoredLogging():
        yield run


def test_demo_then_verify_through_the_admin_program(admin, tmp_path: Path, monkeypatch):
    folder = tmp_path / "clinic"

    code, out, err = admin("demo", "--data-dir", str(folder))
    assert (code, err) == (0, "")
    assert LEAD.username in out

    monkeypatch.setenv(cli.PASSWORD_ENV, LEAD.password)
    code, out, err = admin("verify", "--data-dir", str(folder), "--user", LEAD.username)
    assert (code, err) == (0, "")
    assert "OK:" in out
    assert f"Mottagning {__version__}: command verify" in (
        folder / "logs" / "mottagning.log"
    ).read_text(encoding="utf-8")


def test_without_a_command_it_prints_its_usage_and_opens_no_window(admin):
    code, out, err = admin()

    assert code == cli.EXIT_USAGE
    assert out == ""
    assert err.startswith("usage: mottagning-admin")
    for command in ("init", "demo", "verify"):
        assert command in err


def test_version_is_printed_with_the_program_name(capsys):
    with pytest.raises(SystemExit):
        cli.parse(["--version"], cli.ADMIN_PROGRAM)
    assert capsys.readouterr().out.strip() == f"mottagning-admin {__version__}"


def test_both_programs_are_declared_by_the_installed_package():
    points = metadata.entry_points()
    gui = {p.name: p.value for p in points.select(group="gui_scripts")}
    console = {p.name: p.value for p in points.select(group="console_scripts")}

    assert gui.get("mottagning") == "mottagning.app:main"
    assert console.get("mottagning-admin") == "mottagning.app:admin_main"
    assert metadata.version("mottagning") == __version__


def test_selftest_passes_on_a_complete_installation(admin):
    code, out, err = admin("selftest")

    assert (code, err) == (0, "")
    lines = out.splitlines()
    for part in ("database", "keys", "passwords", "calendar", "questionnaires", "letters"):
        assert any(line.startswith("OK") and f" {part} " in line for line in lines), part
    assert lines[-1] == "Everything this installation needs is in place."


def test_selftest_names_a_missing_part_and_fails(admin, monkeypatch):
    from mottagning.services import installation_check

    def no_fonts() -> str:
        raise OSError("Can't open file Vera.ttf")

    checks = tuple(
        (name, no_fonts if name == "letters" else check)
        for name, check in installation_check.CHECKS
    )
    monkeypatch.setattr(installation_check, "CHECKS", checks)

    code, out, _ = admin("selftest")

    assert code == cli.EXIT_PROBLEM
    assert "FAILED   letters         OSError: Can't open file Vera.ttf" in out
    assert out.splitlines()[-1] == "This installation is incomplete: letters."
