"""Replacing the clinic's keys from the window: offered after a deactivation,
run off the GUI thread with progress, the lead back in under the new keys; an
old copy of the key file opens nothing current afterwards."""

import shutil

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from mottagning.errors import WrongCredentials
from mottagning.models.access_log import LogAction, LogQuery
from mottagning.storage.keyslots import KeySlotFile
from mottagning.ui.admin.key_rotation_dialog import KeyRotationDialog
from tests.support import COUNSELOR_PASSWORD, LEAD_PASSWORD
from tests.ui.conftest import log_in, type_text


def modal() -> object:
    return QApplication.activeModalWidget()


@pytest.fixture
def deactivated(qtbot, window, counselor, gate, clinic, tmp_path):
    """Cora keeps a copy of the key file; the lead deactivates her account in the
    window, which then offers to replace the keys."""
    copy = tmp_path / "coras-copy-of-keyslots.json"
    shutil.copy(clinic.files.keyslots, copy)
    cora_id = counselor.user.id
    gate.close()  # only the window's connection to the database remains
    log_in(qtbot, window, "lead", LEAD_PASSWORD)
    users = window.workspace.show_area("administration").users
    users.select(cora_id)
    users.toggle_selected()
    qtbot.waitUntil(lambda: isinstance(modal(), QMessageBox))
    modal().button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: isinstance(modal(), KeyRotationDialog))
    return modal(), copy


def test_deactivation_offers_to_replace_the_keys_and_the_old_copy_opens_nothing(
    qtbot, window, clinic, deactivated
):
    dialog, copy = deactivated
    assert "Cora Behandlare" in dialog.reason.text()
    seen: list[int] = []
    dialog.progress.valueChanged.connect(seen.append)
    type_text(qtbot, dialog.password, LEAD_PASSWORD)
    dialog.replace_button.click()
    assert not dialog.buttons.isEnabled(), "no closing half-way"

    def done() -> bool:
        box = modal()
        return isinstance(box, QMessageBox) and "replaced" in box.text()

    qtbot.waitUntil(done, timeout=30_000)
    assert seen and max(seen) >= 90, "progress was shown"
    modal().close()
    assert KeySlotFile(clinic.files.keyslots).generation == 2
    assert window.session is not None and window.session.user.username == "lead"
    assert window.session.keys.bundle.generation == 2, "the lead is back under the new keys"

    rotated = window.session.access_log.entries(
        LogQuery(actions=frozenset({LogAction.KEYS_ROTATED}))
    )
    assert len(rotated) == 1, "the rotation is in the log"
    assert KeySlotFile(copy).generation == 1, (
        "Cora's copy is of the old keys (see the storage tests)"
    )


def test_a_wrong_password_keeps_the_dialog_and_the_keys(qtbot, clinic, deactivated):
    dialog, _ = deactivated
    type_text(qtbot, dialog.password, "inte chefens lösenord")
    dialog.replace_button.click()
    qtbot.waitUntil(lambda: dialog.error.isVisible() and dialog.buttons.isEnabled())
    assert dialog.error.text() == WrongCredentials().describe()
    assert KeySlotFile(clinic.files.keyslots).generation == 1
    assert not clinic.files.rotating_database.exists()
    dialog.reject()


def test_no_rotation_while_a_colleague_is_signed_in_here(qtbot, window, counselor, gate):
    gate.close()
    log_in(qtbot, window, "cora", COUNSELOR_PASSWORD)
    window.users.lock()
    window.login_page.switch_user.click()
    log_in(qtbot, window, "lead", LEAD_PASSWORD)
    dialog = window.users.offer_key_rotation("Test")
    assert dialog is not None
    assert "Cora Behandlare" in dialog.error.text() and "to log out first" in dialog.error.text()
    assert not dialog.replace_button.isEnabled()
    dialog.reject()
