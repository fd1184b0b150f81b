"""The language a fresh install starts in, and where the choice is kept."""

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from mottagning import app
from mottagning.storage.preferences import LocalPreferences
from mottagning.ui.translations import choose_language


def test_a_fresh_install_is_swedish_whatever_the_system_locale(tmp_path, monkeypatch):
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    monkeypatch.setenv("LC_ALL", "en_GB.UTF-8")
    assert choose_language(None, LocalPreferences(tmp_path / "none.json")) == "sv"
    chosen = LocalPreferences(tmp_path / "chosen.json")
    chosen.set_language("en")
    assert choose_language(None, chosen) == "en"
    assert choose_language("sv", chosen) == "sv", "the command line wins"


@pytest.fixture
def started(monkeypatch, tmp_path) -> Iterator[list[dict[str, object]]]:
    """What the desktop application would have been started with."""
    runs: list[dict[str, object]] = []

    def run(files, clock, preferences, **options):
        runs.append({"files": files, "preferences": preferences, **options})
        preferences.set_language("en")  # the user picks English in the demo
        return 0

    monkeypatch.setattr("mottagning.ui.application.run", run)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    yield runs
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "mottagning", False)]:
        root.removeHandler(handler)
        handler.close()


def test_the_demo_keeps_the_chosen_language_across_runs(started, tmp_path):
    assert app.main(["--demo"]) == 0
    assert app.main(["--demo"]) == 0
    first, second = started
    demo_folder = Path(first["files"].data_dir)
    assert not demo_folder.exists(), "the temporary demo clinic is removed"
    assert tmp_path / "config" in Path(first["preferences"].path).parents
    assert second["preferences"].language() == "en"


def test_a_real_data_folder_keeps_its_preferences_in_it(started, tmp_path):
    assert app.main(["--data-dir", str(tmp_path / "clinic")]) == 0
    assert Path(started[0]["preferences"].path).parent == tmp_path / "clinic"


def test_a_data_folder_that_cannot_be_made_is_explained_not_a_traceback(
    tmp_path, monkeypatch, capsys
):
    shown: list[str] = []
    monkeypatch.setattr("mottagning.ui.application.show_start_problem", shown.append)
    not_a_folder = tmp_path / "a-file"
    not_a_folder.write_text("x", encoding="utf-8")
    assert app.main(["--data-dir", str(not_a_folder), "--language", "en"]) == 1
    assert "could not read or write its files" in capsys.readouterr().err
    assert shown and "could not read or write" in shown[0]


def test_choosing_a_language_says_what_happens_in_that_language_too(qtbot, window):
    said: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):  # not shown yet on a busy machine: look again
            QTimer.singleShot(10, read_and_close)
            return
        said.append(box.text())
        box.accept()

    swedish = next(a for a in window.language_group.actions() if a.data() == "sv")
    QTimer.singleShot(0, read_and_close)
    swedish.trigger()  # from the English interface
    assert said, "the message box was shown"
    assert "Det nya språket används nästa gång Mottagning startas." in said[0]
    assert "The new language is used the next time Mottagning starts." in said[0]
