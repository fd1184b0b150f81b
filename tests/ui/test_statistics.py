"""The Statistics area (clinic lead) and the Outward work area."""

from datetime import date

from PySide6.QtWidgets import QMessageBox

from mottagning.models.access_log import LogAction
from mottagning.models.calendar import ContactForm
from mottagning.models.outward_work import Audience, OutwardKind
from mottagning.models.yearly_numbers import Mark
from mottagning.ui.outward_work import OutwardWorkDialog, OutwardWorkPage
from mottagning.ui.statistics.page import StatisticsPage
from mottagning.ui.statistics.table_view import TableView
from tests.storage.helpers import entries_after, head_seq
from tests.support import COUNSELOR_PASSWORD, LEAD_PASSWORD
from tests.ui.conftest import answer_modal, log_in


def test_the_lead_computes_sees_hidden_cells_marked_and_exports(
    qtbot, window, lead, clinic, tmp_path
):
    # Three anonymous calls in 2026 (the clock's year): "<5" in table 3.
    for _ in range(3):
        lead.anonymous_contacts.record(date(2026, 11, 2), ContactForm.PHONE)
    log_in(qtbot, window, "lead", LEAD_PASSWORD)
    page = window.workspace.show_area("statistics")
    assert isinstance(page, StatisticsPage)
    assert not page.export_buttons["csv"].isEnabled()
    page.year.setValue(2026)
    page.compute()
    qtbot.waitUntil(lambda: page.report is not None, timeout=20000)
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert titles[0].startswith("1. ") and titles[-2:] == ["Small counts", "Introduction"]
    contacts = page.tabs.widget(titles.index("3. Contacts by contact form")).widget()
    assert isinstance(contacts, TableView)
    grid = contacts.grids[0]
    rows = [grid.verticalHeaderItem(r).text() for r in range(grid.rowCount())]
    columns = [grid.horizontalHeaderItem(c).text() for c in range(grid.columnCount())]
    phone = grid.item(rows.index("Phone"), columns.index("Anonymous contacts"))
    assert phone.text() == "<5"
    assert phone.toolTip() == "fewer than the threshold"
    cell = (
        page.report.table("3")
        .blocks[0]
        .cells[rows.index("Phone")][columns.index("Anonymous contacts")]
    )
    assert cell.mark is Mark.SMALL and cell.value is None
    assert page.final_button.isEnabled()

    before = head_seq(lead)
    target = tmp_path / "2026.csv"
    page.write(page.report, "csv", target)
    qtbot.waitUntil(target.exists, timeout=5000)
    qtbot.waitUntil(
        lambda: LogAction.STATISTICS_EXPORTED in [e.action for e in entries_after(lead, before)],
        timeout=5000,
    )
    assert target.read_bytes().startswith("\ufeff".encode())
    answer_modal(qtbot, QMessageBox, lambda box: box.accept())


def test_a_counselor_records_outward_work(qtbot, window, counselor):
    log_in(qtbot, window, "cora", COUNSELOR_PASSWORD)
    page = window.workspace.show_area("outward_work")
    assert isinstance(page, OutwardWorkPage)
    assert window.workspace.show_area("statistics") is None  # the lead's alone
    page = window.workspace.show_area("outward_work")
    dialog = OutwardWorkDialog(window.session, page)
    dialog.kind.setCurrentIndex(dialog.kind.findData(OutwardKind.SCHOOL_ATTITUDE_WORK.value))
    dialog.audience.setCurrentIndex(dialog.audience.findData(Audience.SCHOOL.value))
    dialog.participants.setValue(28)
    dialog.hours.setValue(1.5)
    dialog.description.setText("Klass 9B")
    dialog._save()
    assert dialog.result() == dialog.DialogCode.Accepted
    page.refresh()
    assert page.model.row_count() == 1
    assert page.model.entries[0].participants == 28
    assert "28 participants" in page.summary.text()


def test_bad_outward_work_gets_a_clear_message(qtbot, window, counselor):
    log_in(qtbot, window, "cora", COUNSELOR_PASSWORD)
    page = window.workspace.show_area("outward_work")
    dialog = OutwardWorkDialog(window.session, page)
    dialog.show()
    dialog.staff.set_checked(window.session.user.id, False)
    dialog._save()
    assert dialog.message.isVisible()
    assert "Staff" in dialog.message.text()
    assert dialog.isVisible(), "nothing typed is lost"
    dialog.close()
