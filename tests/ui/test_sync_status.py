"""The status bar's sync indicator: hidden without a server, then last sync,
changes waiting, offline; "Sync now" runs off the GUI thread."""

from PySide6.QtCore import Qt

from mottagning.ui.main_window import MainWindow
from tests.storage.reception import details
from tests.storage.sync_support import ClinicServer
from tests.support import LEAD, LEAD_PASSWORD
from tests.ui.conftest import log_in


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
