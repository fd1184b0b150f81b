"""Backups in the application: the daily one at sign-in (off the GUI thread),
the status bar and Today's warning, the lead's Backups tab and restore."""

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from mottagning.models.access_log import LogAction, LogQuery
from mottagning.models.users import Role
from mottagning.storage.backup_files import stored_backups
from mottagning.ui.admin.backups_tab import BackupsTab, RestoreDialog
from mottagning.ui.admin.page import AdministrationPage
from mottagning.ui.today import TodayPage
from tests.storage.reception import details
from tests.support import COUNSELOR_PASSWORD, LEAD_PASSWORD
from tests.ui.conftest import log_in, make_window, type_text


@pytest.fixture
def backups_tab(qtbot, window) -> BackupsTab:
    log_in(qtbot, window, "lead", LEAD_PASSWORD)
    page = window.workspace.show_area("administration")
    assert isinstance(page, AdministrationPage) and page.backups is not None
    page.tabs.setCurrentWidget(page.backups)
    return page.backups


def test_the_first_sign_in_of_the_day_makes_a_backup_in_the_background(qtbot, clinic, counselor):
    window = make_window(qtbot, clinic, automatic_backups=True)
    log_in(qtbot, window, "cora", COUNSELOR_PASSWORD)
    assert window.session is not None  # signed in at once: the backup runs meanwhile
    qtbot.waitUntil(lambda: bool(stored_backups(clinic.files.backups)), timeout=10000)
    label = window.users.backups.label
    qtbot.waitUntil(lambda: label.text().startswith("Backed up"), timeout=5000)
    assert not window.users.backups.running
    window.close()


def test_quitting_after_a_change_makes_a_backup(qtbot, clinic, counselor):
    window = make_window(qtbot, clinic, automatic_backups=True)
    log_in(qtbot, window, "cora", COUNSELOR_PASSWORD)
    qtbot.waitUntil(lambda: len(stored_backups(clinic.files.backups)) == 1, timeout=10000)
    qtbot.waitUntil(lambda: not window.users.backups.running)
    assert window.session is not None
    window.session.clients.create(details("Lilja"))
    clinic.clock.advance(seconds=5)
    window.close()
    # The rotation keeps the newest of the day: the one made at quit.
    (newest,) = stored_backups(clinic.files.backups)
    assert newest.manifest.created_at == clinic.clock.now()


def test_quitting_while_the_sign_in_backup_runs_waits_for_it(qtbot, clinic, counselor, monkeypatch):
    import threading

    from mottagning.services import backups as backup_service

    release = threading.Event()
    real_write = backup_service.write_backup

    def slow_write(*args, **kwargs):
        release.wait(10)  # the copy of a big clinic, still going when the user quits
        return real_write(*args, **kwargs)

    monkeypatch.setattr(backup_service, "write_backup", slow_write)
    window = make_window(qtbot, clinic, automatic_backups=True)
    log_in(qtbot, window, "cora", COUNSELOR_PASSWORD)
    qtbot.waitUntil(lambda: window.users.backups.running, timeout=5000)
    threading.Timer(0.3, release.set).start()
    window.close()  # waits with its progress dialog rather than cut the backup off
    assert not window.users.backups.running
    assert len(stored_backups(clinic.files.backups)) == 1, "the backup was finished, whole"


def test_no_backup_shows_a_warning_in_the_status_bar_and_on_today(qtbot, window):
    log_in(qtbot, window, "lead", LEAD_PASSWORD)
    monitor = window.users.backups
    monitor.automatic = True  # read the status now
    monitor.refresh()
    qtbot.waitUntil(lambda: monitor.label.text() == "No backup has been made yet")
    assert "a40000" in monitor.label.styleSheet()
    today = window.workspace.area_page("today")
    assert isinstance(today, TodayPage)
    assert today.backup_warning.isVisibleTo(today)
    assert "Administration" in today.backup_warning.text()


def test_the_lead_backs_up_now_and_checks_the_backup(qtbot, window, backups_tab, clinic):
    assert backups_tab.model.row_count() == 0
    backups_tab.backup_button.click()
    qtbot.waitUntil(lambda: backups_tab.model.row_count() == 1, timeout=10000)
    assert backups_tab.backup_button.isEnabled()
    backups_tab.verify_button.click()
    qtbot.waitUntil(lambda: isinstance(shown_message_box(), QMessageBox), timeout=5000)
    box = shown_message_box()
    assert "is whole" in box.text()
    box.close()


def shown_message_box() -> QMessageBox | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, QMessageBox) and widget.isVisible():
            return widget
    return None


def test_a_counselor_has_no_backups_tab(qtbot, window, counselor):
    log_in(qtbot, window, "cora", COUNSELOR_PASSWORD)
    assert window.session is not None and window.session.user.role is Role.COUNSELOR
    assert window.workspace.show_area("administration") is None


def test_the_lead_restores_a_backup_from_the_dialog(qtbot, window, backups_tab, clinic):
    backups_tab.backup_button.click()
    qtbot.waitUntil(lambda: backups_tab.model.row_count() == 1, timeout=10000)
    assert window.session is not None
    clinic.clock.advance(hours=1)
    window.session.clients.create(details("Efter"))
    backups_tab._restore()
    dialog = shown(RestoreDialog)
    qtbot.waitUntil(lambda: dialog.sound, timeout=5000)
    assert dialog.check.text().startswith("Whole")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # the password first
    type_text(qtbot, dialog.password, LEAD_PASSWORD)
    assert ok.isEnabled()
    before = window.session
    ok.click()
    qtbot.waitUntil(lambda: window.session not in (None, before), timeout=10000)
    session = window.session
    qtbot.waitUntil(lambda: shown_message_box() is not None)
    box = shown_message_box()
    assert box is not None and box.objectName() == "restoredBox"
    assert "restored from the backup" in box.text()
    box.close()
    assert session.clients.search("Efter") == []
    restored = session.clinic.access_log.query(
        LogQuery(actions=frozenset({LogAction.BACKUP_RESTORED}))
    )
    assert len(restored) == 1


def shown(kind):
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, kind) and widget.isVisible():
            return widget
    raise AssertionError(f"no {kind.__name__} shown")
