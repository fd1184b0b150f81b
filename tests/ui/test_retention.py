"""Retention in the application: the lead's tab with the rules, the review
with each record's decision and what a purge removes, the purge dialog (that
names the backups), the purge off the GUI thread, and the offer to delete the
backups made before it."""

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QMessageBox

from mottagning.models.users import Role
from mottagning.storage.backup_files import stored_backups
from mottagning.ui.admin.page import AdministrationPage
from mottagning.ui.admin.retention_dialog import PurgeDialog
from mottagning.ui.admin.retention_tab import RetentionTab, ReviewModel
from tests.storage.retention_support import age, closed_client
from tests.support import COUNSELOR_PASSWORD, LEAD_PASSWORD
from tests.ui.conftest import log_in


def shown(kind):
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, kind) and widget.isVisible():
            return widget
    return None


@pytest.fixture
def retention_tab(qtbot, window) -> RetentionTab:
    log_in(qtbot, window, "lead", LEAD_PASSWORD)
    page = window.workspace.show_area("administration")
    assert isinstance(page, AdministrationPage) and page.retention is not None
    page.tabs.setCurrentWidget(page.retention)
    return page.retention


def test_the_review_shows_why_each_record_is_due_or_kept_and_the_lead_purges(
    qtbot, retention_tab, counselor, clinic
) -> None:
    gone = closed_client(counselor, "Gallras")
    retention_tab._session.backups.create(lambda fraction, text: None)
    age(clinic.clock)
    retention_tab.make_review()
    qtbot.waitUntil(lambda: retention_tab.model.row_count() == 1, timeout=10000)
    model = retention_tab.model
    assert model.index(0, ReviewModel.ALIAS).data() == "Gallras"
    assert model.index(0, ReviewModel.VERDICT).data() == "Due for purging"
    assert "1 journal notes" in model.index(0, ReviewModel.REMOVES).data()
    assert "1 record due for purging" in retention_tab.summary.text()
    assert retention_tab.purge_button.isEnabled()

    retention_tab._purge()
    dialog = shown(PurgeDialog)
    assert dialog is not None
    warning = dialog.findChild(QLabel, "purgeBackupsWarning")
    assert "Backups made before the purge still hold these records" in warning.text()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: isinstance(shown(QMessageBox), QMessageBox), timeout=20000)
    box = shown(QMessageBox)
    assert "purged for good" in box.text()
    box.close()
    # The offer to delete the backup made before the purge.
    qtbot.waitUntil(
        lambda: shown(QMessageBox) is not None and "before the purge" in shown(QMessageBox).text(),
        timeout=10000,
    )
    shown(QMessageBox).button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(
        lambda: shown(QMessageBox) is not None and "deleted" in shown(QMessageBox).text(),
        timeout=20000,
    )
    shown(QMessageBox).close()
    (left,) = stored_backups(clinic.files.backups)
    assert left.manifest.created_at >= clinic.clock.now()
    qtbot.waitUntil(lambda: retention_tab.model.row_count() == 0, timeout=10000)
    assert gone.id not in {item.client_id for item in retention_tab.model.items}


def test_a_counselor_has_no_retention_tab(qtbot, window, counselor) -> None:
    log_in(qtbot, window, "cora", COUNSELOR_PASSWORD)
    assert window.session is not None and window.session.user.role is Role.COUNSELOR
    assert window.workspace.show_area("administration") is None
