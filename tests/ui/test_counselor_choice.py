"""The client form offers what the service allows: only the administrator and
the clinic lead choose a client's counselors; a counselor takes a new client
on themselves (the service refuses the rest, see test_journal_access.py)."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from mottagning.models.users import NewUser, Role
from mottagning.ui.clients.form import ClientFormDialog
from tests.storage.reception import details
from tests.support import COUNSELOR_PASSWORD, add_user


def items(dialog: ClientFormDialog) -> dict[str, Qt.ItemFlag]:
    counselors = dialog.findChild(QWidget, "counselors")
    return {
        counselors.item(row).data(Qt.ItemDataRole.UserRole): counselors.item(row)
        for row in range(counselors.count())
    }


@pytest.fixture
def host(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def test_a_counselor_takes_a_new_client_on_and_chooses_no_one_else(host, lead, gate, counselor):
    other = add_user(
        lead, gate, NewUser("olle", "Olle Terapeut", "", Role.COUNSELOR), COUNSELOR_PASSWORD
    )
    listed = items(ClientFormDialog(counselor, host))
    mine, theirs = listed[counselor.user.id], listed[other.user.id]
    assert mine.checkState() == Qt.CheckState.Checked
    assert mine.flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert not theirs.flags() & Qt.ItemFlag.ItemIsEnabled


def test_on_an_existing_client_a_counselor_changes_no_counselors(host, counselor):
    client, _ = counselor.clients.create(
        details("Lilja", counselor_ids=frozenset({counselor.user.id}))
    )
    listed = items(ClientFormDialog(counselor, host, client))
    assert not any(item.flags() & Qt.ItemFlag.ItemIsEnabled for item in listed.values())


def test_the_scheduler_chooses_freely(host, scheduler, counselor):
    listed = items(ClientFormDialog(scheduler, host))
    assert all(item.flags() & Qt.ItemFlag.ItemIsUserCheckable for item in listed.values())
    assert all(item.checkState() == Qt.CheckState.Unchecked for item in listed.values())
