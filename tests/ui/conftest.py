"""UI fixtures: the real main window over a real clinic, driven with pytest-qt."""

import gc
from collections.abc import Iterator
from importlib import resources

import pytest
from PySide6.QtCore import QEvent, Qt, QTranslator
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from mottagning.storage.preferences import LocalPreferences
from mottagning.ui.main_window import MainWindow
from tests.support import ClinicUnderTest


def make_window(qtbot, clinic: ClinicUnderTest, auto_lock_ms: int | None = None) -> MainWindow:
    window = MainWindow(
        clinic.authenticator,
        LocalPreferences(clinic.files.preferences),
        "Testmottagningen",
        auto_lock_ms=auto_lock_ms,
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def window(qtbot, clinic: ClinicUnderTest) -> Iterator[MainWindow]:
    main = make_window(qtbot, clinic)
    yield main
    main.close()


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Type `text` key by key. QTest only knows ASCII keys, so other characters
    (å, ä, ö) are sent as key events that carry the character."""
    for char in text:
        if char == "\n":
            qtbot.keyClick(widget, Qt.Key.Key_Return)
            continue
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def log_in(qtbot, window: MainWindow, username: str, password: str) -> None:
    """Type into the login page like a user; waits for the outcome."""
    page = window.login_page
    if not page.locked:
        page.username.clear()
        type_text(qtbot, page.username, username)
    type_text(qtbot, page.password, password)
    qtbot.keyClick(page.password, Qt.Key.Key_Return)

    def settled() -> bool:
        signed_in = window.session is not None and window.session.user.username == username
        return signed_in or page.message.isVisible()

    qtbot.waitUntil(settled, timeout=5000)


def answer_modal(qtbot, kind: type, act) -> None:
    """Wait for a modal dialog of `kind` and answer it with `act(dialog)`.

    No reference to the dialog outlives the call: dialogs delete themselves on
    close, and a Python wrapper kept past that can crash the interpreter."""
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind))
    act(QApplication.activeModalWidget())
    qtbot.wait(20)


@pytest.fixture(autouse=True, scope="session")
def garbage_collected_on_the_gui_thread(qapp) -> Iterator[None]:
    """As in the program: a worker thread never destroys a widget (see ui/garbage.py)."""
    from mottagning.ui.garbage import GuiThreadCollector

    collector = GuiThreadCollector(qapp)
    yield
    collector.deleteLater()
    gc.enable()


@pytest.fixture(autouse=True, scope="session")
def english_plurals(qapp) -> Iterator[None]:
    """The interface's English as users see it: "1 visit", "2 visits" for
    "%n visit(s)" (the only texts English is translated for)."""
    translator = QTranslator()  # not the app's child: install_translators replaces those
    qm = resources.files("mottagning.resources") / "translations" / "mottagning_en.qm"
    assert translator.load(str(qm)), "mottagning_en.qm is built at install time (see setup.py)"
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)
