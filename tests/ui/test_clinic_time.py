"""One notion of local time and of "today": the clinic's time zone, whatever
the workstation's own zone is (a laptop set to another zone, a server in UTC)."""

import os
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from mottagning.models.clients import ClientDetails, Strand, TargetGroup
from mottagning.models.identity import parse_identity_number
from mottagning.ui.admin.access_log_tab import AccessLogTab
from mottagning.ui.admin.users_tab import UsersModel, UsersTab
from mottagning.ui.clients.client_view import ClientView
from mottagning.ui.today import TodayPage

STOCKHOLM = ZoneInfo("Europe/Stockholm")  # the test clinic's zone (the default)

pytestmark = pytest.mark.skipif(not hasattr(time, "tzset"), reason="needs time.tzset (POSIX)")


@pytest.fixture(autouse=True)
def workstation_in_los_angeles() -> Iterator[None]:
    """The process runs in Los Angeles (UTC-8 in November), the clinic in Stockholm."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "America/Los_Angeles"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


def test_the_process_zone_really_differs():
    moment = datetime(2026, 11, 23, 23, 30, tzinfo=UTC)
    assert moment.astimezone().date() != moment.astimezone(STOCKHOLM).date()


def test_today_is_the_clinics_date(qtbot, lead, clock):
    clock.moment = datetime(2026, 11, 23, 23, 30, tzinfo=UTC)  # 00:30 on the 24th in Stockholm
    assert lead.clinic.today().isoformat() == "2026-11-24"
    page = TodayPage(lead, None)
    qtbot.addWidget(page)
    assert "2026-11-24" in page.heading.text()


def test_the_access_log_shows_and_filters_by_the_clinics_time(qtbot, lead, clock):
    # The fixtures logged in at 08:00 UTC: 09:00 in Stockholm, midnight in Los Angeles.
    tab = AccessLogTab(lead, None)
    qtbot.addWidget(tab)
    tab.show()
    model = tab.model
    shown = {model.index(row, model.TIME).data() for row in range(model.rowCount())}
    assert "2026-11-23 09:00" in shown
    assert "2026-11-23 00:00" not in shown
    query = tab.query()
    assert query.since == datetime(2026, 10, 24, tzinfo=STOCKHOLM)
    assert query.until == datetime(2026, 11, 24, tzinfo=STOCKHOLM)


def test_accounts_and_the_identity_history_show_the_clinics_time(qtbot, lead):
    tab = UsersTab(lead, None)
    qtbot.addWidget(tab)
    assert tab.model.index(0, UsersModel.CREATED).data() == "2026-11-23 09:00"
    client, _ = lead.clients.create(
        ClientDetails(
            alias="Sälg",
            strand=Strand.MIKA,
            target_groups=frozenset({TargetGroup.SELLING_SEX}),
            identity=parse_identity_number("19121212-1212", lead.clinic.today()),
        )
    )
    view = ClientView(lead, client.id)
    qtbot.addWidget(view)
    assert "2026-11-23 09:00" in view.history.text()
