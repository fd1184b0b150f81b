"""The status bar's sync indicator: hidden without a server, then last sync,
changes waiting, offline; "Sync now" runs off the GUI thread."""

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from mottagning.models.users import NewUser, Role
from mottagning.services.accounts import generate_temporary_password
from mottagning.ui import sync_status
from mottagning.ui.main_window import MainWindow
from mottagning.ui.sync_conflicts import ConflictsDialog
from tests.storage.reception import details
from tests.storage.sync_support import ClinicServer, connect_first, new_workstation
from tests.support import LEAD, LEAD_PASSWORD, ClinicUnderTest
from tests.ui.conftest import log_in


@pytest.fixture(autouse=True)
def _no_sync_by_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    """The tests press "Sync now" themselves: no sync starts on its own meanwhile."""
    monkeypatch.setattr(sync_status, "FIRST_SYNC_MS", 600_000)
    monkeypatch.setattr(sync_status, "SYNC_INTERVAL_MS", 600_000)


def test_the_indicator_shows_sync_and_offline_and_sync_now_works(
    qtbot, window: MainWindow, server: ClinicServer
) -> None:
    log_in(qtbot, window, LEAD.username, LEAD_PASSWORD)
    indicator = window.sync_indicator
    assert not indicator.isVisible()  # no server: nothing to say

    session = window.session
    assert session is not None
    session.sync.connect(server.workstation_dsn("a"))
    session.clients.create(details("Lilja"))  # written after connecting: waits for a sync
    window.users.changed.emit()
    assert indicator.isVisible()
    assert indicator.label.text().startswith("Not synced yet · ")
    assert "change(s)" not in indicator.label.text()  # plurals are filled

    qtbot.mouseClick(indicator.sync_button, Qt.MouseButton.LeftButton)
    assert indicator.running  # the click returned at once: the sync is on a worker
    qtbot.waitUntil(lambda: not indicator.running, timeout=10000)
    assert indicator.label.text() == "Synced 09:00"

    server.pg.stop()
    try:
        session.clients.create(details("Vide"))
        qtbot.mouseClick(indicator.sync_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not indicator.running, timeout=10000)
        assert indicator.label.text().startswith("Offline since 09:00 · ")
        assert "waiting" in indicator.label.text()
        assert "could not be reached" in indicator.label.toolTip()
    finally:
        server.pg.start()


def test_a_conflict_is_listed_and_resolved_in_the_dialog(
    qtbot, window: MainWindow, server: ClinicServer, clinic: ClinicUnderTest, tmp_path: Path
) -> None:
    log_in(qtbot, window, LEAD.username, LEAD_PASSWORD)
    session = window.session
    assert session is not None
    client, _ = session.clients.create(details("Lilja"))
    connect_first(session, server)
    b = new_workstation(session, server, tmp_path / "b", clinic.clock, "b")
    for lead, phone in ((session, "070-111"), (b.lead, "070-222")):
        lead.clients.update(client.id, dataclasses.replace(client.details, phone=phone))
    for lead in (session, b.lead, session):
        lead.sync.sync_now()
    window.users.changed.emit()
    indicator = window.sync_indicator
    assert "1 conflict to resolve" in indicator.label.text()
    assert indicator.conflicts_button.isVisible()

    qtbot.mouseClick(indicator.conflicts_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(ConflictsDialog)
    assert dialog is not None
    cells = [dialog.table.item(0, column).text() for column in range(4)]
    assert cells[:2] == ["Lilja", "Phone"]
    assert set(cells[2:]) == {"070-111", "070-222"}
    qtbot.mouseClick(dialog.keep_earlier, Qt.MouseButton.LeftButton)
    assert dialog.table.rowCount() == 0
    assert session.clients.open(client.id).details.phone == cells[2]
    dialog.reject()
    qtbot.waitUntil(lambda: not indicator.conflicts_button.isVisible())
    b.gate.close()


def test_the_lead_connects_this_pc_in_the_settings(
    qtbot, window: MainWindow, server: ClinicServer
) -> None:
    log_in(qtbot, window, LEAD.username, LEAD_PASSWORD)
    assert window.server_action.isVisible()
    dialog = window.server_settings()
    assert dialog is not None
    dialog.dsn.setText(server.workstation_dsn("a"))
    accepted: list[bool] = []
    dialog.accepted.connect(lambda: accepted.append(True))
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(accepted), timeout=10000)
    qtbot.waitUntil(window.sync_indicator.isVisible)
    assert window.sync_indicator.label.text().startswith("Synced 09:00")


def test_the_lead_sees_the_workstations_in_the_settings(
    qtbot, window: MainWindow, server: ClinicServer, clinic: ClinicUnderTest, tmp_path: Path
) -> None:
    log_in(qtbot, window, LEAD.username, LEAD_PASSWORD)
    session = window.session
    assert session is not None
    connect_first(session, server)
    session.sync.sync_now()
    b = new_workstation(session, server, tmp_path / "b", clinic.clock, "b")
    b.lead.sync.sync_now()

    dialog = window.server_settings()
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.devices.rowCount() == 2, timeout=10000)
    names = [dialog.devices.item(row, 0).text() for row in range(2)]
    assert names == [f"{server.dbname}_a (this computer)", f"{server.dbname}_b"]
    assert dialog.devices.item(1, 3).text() == "Active"
    dialog.reject()
    b.gate.close()


def test_a_bug_in_an_automatic_sync_is_logged_without_its_message(
    qtbot, window: MainWindow, server: ClinicServer, monkeypatch, caplog
) -> None:
    """A driver's error message may quote a row's values: the log keeps the
    code locations and the error's type, never the message."""
    log_in(qtbot, window, LEAD.username, LEAD_PASSWORD)
    session = window.session
    assert session is not None
    session.sync.connect(server.workstation_dsn("a"))
    window.users.changed.emit()
    marker = "Lilja 19121212-1212"

    def broken(*args, **kwargs):
        raise RuntimeError(f"duplicate key (alias)=({marker})")

    monkeypatch.setattr(type(session.sync), "sync_now", broken)
    indicator = window.sync_indicator
    with caplog.at_level("ERROR"):
        indicator.sync_now(manual=False)
        qtbot.waitUntil(lambda: not indicator.running, timeout=10000)
    assert "sync failed" in caplog.text and "RuntimeError" in caplog.text
    assert marker not in caplog.text


def test_a_user_name_made_on_two_pcs_is_listed_and_marked_seen_in_the_dialog(
    qtbot, window: MainWindow, server: ClinicServer, clinic: ClinicUnderTest, tmp_path: Path
) -> None:
    log_in(qtbot, window, LEAD.username, LEAD_PASSWORD)
    session = window.session
    assert session is not None
    connect_first(session, server)
    b = new_workstation(session, server, tmp_path / "b", clinic.clock, "b")
    for lead, name in ((session, "Anna Berg"), (b.lead, "Anna Ek")):
        new = NewUser("anna", name, "Kurator", Role.COUNSELOR)
        lead.accounts.create_user(new, generate_temporary_password())
    for lead in (session, b.lead, session):
        lead.sync.sync_now()
    window.users.changed.emit()
    indicator = window.sync_indicator
    assert "1 made twice" in indicator.label.text()
    assert indicator.conflicts_button.isVisible()

    qtbot.mouseClick(indicator.conflicts_button, Qt.MouseButton.LeftButton)
    dialog = window.findChild(ConflictsDialog)
    assert dialog is not None
    assert dialog.table.rowCount() == 0 and dialog.twice.rowCount() == 1
    cells = [dialog.twice.item(0, column).text() for column in range(3)]
    assert cells[:2] == ["User name", "anna"] and cells[2].startswith("anna, anna.")
    qtbot.mouseClick(dialog.mark_seen, Qt.MouseButton.LeftButton)
    assert dialog.twice.rowCount() == 0 and not dialog.mark_seen.isVisible()
    dialog.reject()
    qtbot.waitUntil(lambda: not indicator.conflicts_button.isVisible())
    b.gate.close()
