"""Today's page in the main window: keys go to the field that has the focus,
and the day's table fits its page."""

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from mottagning.models.calendar import AppointmentDetails
from mottagning.models.clients import ClientDetails, Strand, TargetGroup
from mottagning.ui.today import TodayPage
from tests.support import COUNSELOR_PASSWORD
from tests.ui.conftest import log_in, type_text


def register(session, alias, counselor_ids=frozenset()):
    client, _ = session.clients.create(
        ClientDetails(
            alias=alias,
            strand=Strand.KAST,
            target_groups=frozenset({TargetGroup.BUYING_SEX}),
            counselor_ids=counselor_ids,
        )
    )
    return client


@pytest.fixture
def today_page(qtbot, window, counselor, scheduler):
    """The counselor's Today with a visit for "Ek" at 09:00; "Alm" has none."""
    ek = register(scheduler, "Ek", frozenset({counselor.user.id}))
    register(scheduler, "Alm")
    start = datetime(2026, 11, 23, 9, 0, tzinfo=scheduler.scheduling.zone)
    scheduler.scheduling.book(
        AppointmentDetails(
            start, start + timedelta(minutes=50), frozenset({counselor.user.id}), ek.id
        )
    )
    log_in(qtbot, window, "cora", COUNSELOR_PASSWORD)
    page = window.workspace.show_area("today")
    assert page.model.rowCount() == 1
    return page


def opened_alias(window) -> str | None:
    view = window.workspace.area_page("clients")
    view = view.client_view if view is not None else None
    return view.client.alias if view is not None and view.isVisible() else None


def test_enter_in_the_top_search_opens_the_client_searched_for(qtbot, window, today_page):
    today_page.table.selectRow(0)  # Ek's visit is chosen on the page
    search = window.workspace.search
    search.setFocus()
    type_text(qtbot, search, "Alm")
    qtbot.keyClick(search, Qt.Key.Key_Return)  # at once: before the hits pop up
    qtbot.waitUntil(lambda: opened_alias(window) is not None)
    assert opened_alias(window) == "Alm"
    assert search.text() == "", "the search is empty again for the next client"


def test_enter_on_the_days_table_opens_the_visits_client(qtbot, window, today_page):
    today_page.table.selectRow(0)
    today_page.table.setFocus()
    qtbot.keyClick(today_page.table, Qt.Key.Key_Return)
    assert opened_alias(window) == "Ek"


def test_a_day_without_visits_says_so_instead_of_an_empty_table(qtbot, lead):
    page = TodayPage(lead, None)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert not page.table.isVisible()
    assert page.no_visits.isVisible()
    assert page.no_visits.text() == "No visits are booked today."
