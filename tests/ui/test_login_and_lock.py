"""Login, lock by shortcut, auto-lock, and a colleague using the locked window."""

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from mottagning.models.access_log import LogAction, LogQuery
from tests.support import COUNSELOR_PASSWORD, LEAD, LEAD_PASSWORD
from tests.ui.conftest import log_in, make_window


def test_login_opens_the_workspace_with_the_user_in_the_status_bar(qtbot, window):
    log_in(qtbot, window, "lead", LEAD_PASSWORD)
    assert window.session is not None
    assert window.stack.currentWidget() is window.workspace
    assert "Lena Ledare" in window.user_label.text()
    assert window.workspace.navigation.count() >= 1  # the lead sees Administration


def test_wrong_password_is_refused_with_a_message(qtbot, window):
    log_in(qtbot, window, "lead", "not the password at all")
    assert window.session is None
    assert window.login_page.message.isVisible()
    assert "password" in window.login_page.message.text().lower()
    assert window.login_page.password.text() == ""


def test_ctrl_l_locks_and_the_password_unlocks(qtbot, window):
    log_in(qtbot, window, "lead", LEAD_PASSWORD)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.session is None
    assert window.stack.currentWidget() is window.login_page
    assert window.login_page.locked
    assert not window.login_page.username.isVisible()
    log_in(qtbot, window, "lead", LEAD_PASSWORD)
    assert window.session is not None and window.session.user.username == "lead"


def test_window_locks_itself_after_the_idle_time(qtbot, clinic):
    window = make_window(qtbot, clinic, auto_lock_ms=300)
    log_in(qtbot, window, "lead", LEAD_PASSWORD)
    assert window.session is not None
    qtbot.waitUntil(lambda: window.login_page.locked, timeout=3000)
    assert window.session is None
    window.close()


def test_input_postpones_the_auto_lock(qtbot, clinic):
    window = make_window(qtbot, clinic, auto_lock_ms=400)
    log_in(qtbot, window, "lead", LEAD_PASSWORD)
    # Input as the system delivers it: to the window, which passes it on.
    handle = window.windowHandle()
    for step in range(4):
        qtbot.wait(200)
        qtbot.mouseMove(handle, window.rect().center() + QPoint(step, step))
        qtbot.keyClick(handle, Qt.Key.Key_Shift)  # a key that starts no work
    assert window.session is not None, "activity restarted the countdown"
    dialog = window.change_password()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is dialog.windowHandle())
    for _ in range(3):
        qtbot.wait(200)
        qtbot.keyClick(dialog.windowHandle(), Qt.Key.Key_A)
    assert window.session is not None, "typing in a dialog counts too"
    qtbot.waitUntil(lambda: window.login_page.locked, timeout=3000)
    window.close()


def test_unsaved_input_survives_lock_and_a_colleague_in_between(qtbot, window, counselor):
    log_in(qtbot, window, "lead", LEAD_PASSWORD)
    dialog = window.change_password()
    qtbot.keyClicks(dialog.current, "half typed")
    assert dialog.isVisible()

    window.lock()
    assert not dialog.isVisible(), "nothing of the locked session stays on screen"

    qtbot.mouseClick(window.login_page.switch_user, Qt.MouseButton.LeftButton)
    log_in(qtbot, window, "cora", COUNSELOR_PASSWORD)
    assert window.session.user.username == "cora"
    assert not dialog.isVisible()

    window.lock()
    qtbot.mouseClick(window.login_page.switch_user, Qt.MouseButton.LeftButton)
    log_in(qtbot, window, "lead", LEAD_PASSWORD)
    assert window.session.user.username == "lead"
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.current.text() == "half typed"


def test_lock_and_unlock_are_in_the_access_log(qtbot, window):
    log_in(qtbot, window, "lead", LEAD_PASSWORD)
    window.lock()
    log_in(qtbot, window, "lead", LEAD_PASSWORD)
    actions = [e.action for e in window.session.access_log.entries(LogQuery(limit=10))]
    assert LogAction.LOCK in actions
    assert LogAction.UNLOCK in actions


def test_locking_clears_the_clipboard(qtbot, window):
    log_in(qtbot, window, "lead", LEAD_PASSWORD)
    QApplication.clipboard().setText("copied from a record")
    window.lock()
    assert QApplication.clipboard().text() == ""


def test_logout_returns_to_an_empty_login_page(qtbot, window):
    log_in(qtbot, window, "lead", LEAD_PASSWORD)
    window.logout()
    assert window.session is None
    assert not window.login_page.locked
    assert window.login_page.username.text() == ""
    assert not window.lock_action.isEnabled()


def test_the_lock_screen_says_wrong_password_not_wrong_user_name(qtbot, window):
    log_in(qtbot, window, "lead", LEAD_PASSWORD)
    window.lock()
    log_in(qtbot, window, "lead", "not the password at all")
    message = window.login_page.message.text()
    assert message.startswith("Wrong password.")
    assert "user name" not in message
    window.login_page.show_fresh()
    log_in(qtbot, window, "lead", "not the password at all")
    assert "user name" in window.login_page.message.text(), "the login page asks for both"


def test_another_user_can_go_back_to_the_locked_users_unlock(qtbot, window):
    log_in(qtbot, window, "lead", LEAD_PASSWORD)
    window.lock()
    page = window.login_page
    assert not page.back_to_unlock.isVisible()
    qtbot.mouseClick(page.switch_user, Qt.MouseButton.LeftButton)
    assert page.username.isVisible() and not page.locked
    assert page.back_to_unlock.isVisible()
    assert "Lena Ledare" in page.back_to_unlock.text()
    qtbot.mouseClick(page.back_to_unlock, Qt.MouseButton.LeftButton)
    assert page.locked and not page.username.isVisible()
    log_in(qtbot, window, "lead", LEAD_PASSWORD)
    assert window.session is not None and window.session.user.username == "lead"
    window.logout()
    assert not page.back_to_unlock.isVisible(), "after a logout no one waits to unlock"


@pytest.mark.parametrize("how", ["lock", "logout"])
def test_a_full_disk_at_locking_is_reported_over_the_lock_screen(qtbot, window, monkeypatch, how):
    from PySide6.QtWidgets import QMessageBox

    from mottagning.errors import DiskFull
    from tests.ui.conftest import answer_modal

    log_in(qtbot, window, LEAD.username, LEAD_PASSWORD)
    session = window.session
    assert session is not None

    def full(*args, **kwargs):
        raise DiskFull()

    monkeypatch.setattr(session, how, full)
    seen: list[object] = []

    def look(box: QMessageBox) -> None:
        seen.append(window.stack.currentWidget())
        box.accept()

    # The answer waits inside the message box's own event loop.
    QTimer.singleShot(0, lambda: answer_modal(qtbot, QMessageBox, look))
    getattr(window, how)()
    assert seen == [window.login_page], "no client data behind the error box"
