"""Today's page, the waiting list, and rooms, hours and absences."""

from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QLabel, QMessageBox

from mottagning.models.calendar import AppointmentDetails, AppointmentStatus, ContactForm
from mottagning.models.clients import ClientDetails, ClientStatus, Strand, TargetGroup
from mottagning.models.journal import PlannedMeasure
from mottagning.ui.admin.calendar_tab import CalendarSettingsTab
from mottagning.ui.calendar.booking_dialog import BookingDialog
from mottagning.ui.measures import AdministrationDialog
from mottagning.ui.today import DayModel, TodayPage
from mottagning.ui.waiting_list import WaitingListModel, WaitingListPage
from tests.storage.reception import STOCKHOLM
from tests.ui.conftest import answer_modal, type_text


def register(session, alias, **fields):
    client, _ = session.clients.create(
        ClientDetails(
            alias=alias,
            strand=Strand.KAST,
            target_groups=frozenset({TargetGroup.BUYING_SEX}),
            **fields,
        )
    )
    return client


@pytest.fixture
def booked_today(counselor, scheduler):
    """Two visits with the counselor today (the clock says Monday 09:00 in Stockholm)."""
    client = register(scheduler, "Ek", counselor_ids=frozenset({counselor.user.id}))
    other = register(scheduler, "Alm")
    zone = scheduler.scheduling.zone
    visits = []
    for hour, who in ((9, client), (13, other)):
        start = datetime(2026, 11, 23, hour, 0, tzinfo=zone)
        visits += scheduler.scheduling.book(
            AppointmentDetails(
                start, start + timedelta(minutes=50), frozenset({counselor.user.id}), who.id
            )
        ).appointments
    return visits


def test_today_lists_the_counselors_visits_and_marks_arrival(qtbot, counselor, booked_today):
    page = TodayPage(counselor, None)
    qtbot.addWidget(page)
    assert page.model.rowCount() == 2
    assert page.model.index(0, DayModel.CLIENT).data() == "Ek"
    assert "week 48" in page.heading.text()
    page.table.selectRow(0)
    page.arrived.click()
    assert page.model.visit_at(0).status is AppointmentStatus.ARRIVED
    assert page.model.index(0, DayModel.STATUS).data() == "Arrived"


def test_today_counts_anonymous_contacts(qtbot, counselor):
    page = TodayPage(counselor, None)
    qtbot.addWidget(page)
    page.tally_strand.setCurrentIndex(page.tally_strand.findData("mika"))
    page.findChild(type(page.arrived), "tally_phone").click()
    page.findChild(type(page.arrived), "tally_chat").click()
    assert page.tally_count.text() == "Counted today: 2"
    assert [
        c.contact_form
        for c in counselor.anonymous_contacts.between(
            datetime(2026, 11, 23, tzinfo=UTC).date(), datetime(2026, 11, 23, tzinfo=UTC).date()
        )
    ] == [ContactForm.PHONE, ContactForm.CHAT]


def test_today_offers_pending_concerns_to_answer(qtbot, counselor):
    register(counselor, "Viol", birth_year=2010, counselor_ids=frozenset({counselor.user.id}))
    page = TodayPage(counselor, None)
    qtbot.addWidget(page)
    assert page.concerns.count() == 1
    assert "Viol" in page.concerns.item(0).text()


def test_waiting_list_add_and_remove(qtbot, scheduler):
    client = register(scheduler, "Lind")
    page = WaitingListPage(scheduler, None)
    qtbot.addWidget(page)
    assert page.summary.text() == "No one is waiting."
    assert not page.remove_button.isEnabled(), "nothing to remove, change or book"
    assert not page.book_button.isEnabled()
    dialog = page.add()
    type_text(qtbot, dialog.client, "Lin")
    qtbot.waitUntil(lambda: dialog.client.completer().popup().isVisible())
    qtbot.keyClick(dialog.client.completer().popup(), Qt.Key.Key_Down)
    qtbot.keyClick(dialog.client.completer().popup(), Qt.Key.Key_Return)
    assert dialog.client.client_id == client.id
    dialog.priority.setCurrentIndex(dialog.priority.findData(1))
    dialog.accept()
    assert page.model.rowCount() == 1
    assert page.remove_button.isEnabled()
    assert page.model.index(0, WaitingListModel.PRIORITY).data() == "1 – urgent"
    assert scheduler.clients.open(client.id).status is ClientStatus.WAITING
    page.table.selectRow(0)
    dialog = page.remove_selected()
    assert "Lind" in dialog.findChild(QLabel, "removeQuestion").text(), "the client is named"
    assert dialog.remove_button.text() == "Remove from the list"
    dialog.accept()  # no reason yet
    assert dialog.error.text() == "Reason: say why the client leaves the list"
    type_text(qtbot, dialog.reason, "Vill inte längre ha kontakt")
    dialog.close_client.setChecked(True)
    dialog.accept()
    assert page.model.rowCount() == 0
    closed = scheduler.clients.open(client.id)
    assert (closed.status, closed.closed_reason) == (
        ClientStatus.CLOSED,
        "Vill inte längre ha kontakt",
    )


def test_the_waiting_list_says_days_and_people_in_the_right_number(qtbot, scheduler, clock):
    for alias, first in (("Lind", date(2026, 11, 22)), ("Ek", date(2026, 11, 2))):
        scheduler.waiting_list.add(register(scheduler, alias).id, 2, first)
    page = WaitingListPage(scheduler, None)
    qtbot.addWidget(page)
    waited = {page.model.index(row, WaitingListModel.WAITED).data() for row in range(2)}
    assert waited == {"1 day", "21 days"}
    assert page.summary.text() == "2 waiting · the longest 21 days"


def test_booking_the_first_visit_is_confirmed_on_the_list(qtbot, scheduler, counselor):
    client = register(scheduler, "Lind", counselor_ids=frozenset({counselor.user.id}))
    scheduler.waiting_list.add(client.id, 2, date(2026, 11, 2))
    page = WaitingListPage(scheduler, None)
    qtbot.addWidget(page)
    page.show()
    page.table.selectRow(0)
    page.book_selected()
    dialog = page.findChild(BookingDialog)
    assert dialog.details().starts_at == datetime(2026, 11, 23, 9, tzinfo=STOCKHOLM)
    dialog.save_button.click()
    assert page.model.rowCount() == 0
    assert page.notice.text.text() == "Booked the first visit: Lind Mon 2026-11-23 09:00–09:50."
    assert scheduler.clients.open(client.id).status is ClientStatus.ACTIVE


def test_day_and_waiting_models_follow_the_qt_contract(
    qtmodeltester, qtbot, counselor, booked_today
):
    today = TodayPage(counselor, None)
    qtbot.addWidget(today)
    qtmodeltester.check(today.model)
    waiting = WaitingListPage(counselor, None)
    qtbot.addWidget(waiting)
    qtmodeltester.check(waiting.model)


def test_scheduler_manages_rooms_hours_and_absences(qtbot, scheduler, counselor):
    tab = CalendarSettingsTab(scheduler, None)
    qtbot.addWidget(tab)
    tab.add_room()
    answer_modal(qtbot, QInputDialog, lambda ask: (ask.setTextValue("Rum 7"), ask.accept()))
    assert [tab.rooms.item(r).text() for r in range(tab.rooms.count())] == ["Rum 7"]

    tab.day_open[4].setChecked(False)  # closed on Fridays
    tab.save_hours()
    assert 4 not in scheduler.calendar_settings.opening_hours().weekly

    tab.absence_person.setCurrentIndex(tab.absence_person.findData(counselor.user.id))
    type_text(qtbot, tab.absence_reason, "Kurs")
    tab.add_absence()
    assert tab.absences.count() == 1
    assert "Kurs" in tab.absences.item(0).text()
    tab.absences.setCurrentRow(0)
    tab.remove_absence()
    answer_modal(qtbot, QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    assert tab.absences.count() == 0


def test_a_questionnaire_the_plan_asks_for_is_given_from_today(
    qtbot, counselor, scheduler, booked_today
):
    client_id = booked_today[0].client_id
    counselor.plans.save(client_id, "Sova bättre", "", [PlannedMeasure("phq9", 4)], None)
    page = TodayPage(counselor, None)
    qtbot.addWidget(page)
    assert page.model.index(0, DayModel.DUE).data() == "PHQ-9", "never given: due now"
    assert page.model.index(1, DayModel.DUE).data() == "", "no plan for that client"
    page.table.selectRow(1)
    assert not page.measure_button.isEnabled()
    page.table.selectRow(0)
    assert page.measure_button.isEnabled()

    page.measure_button.click()
    dialog = page.findChild(AdministrationDialog)
    assert dialog is not None and dialog.isVisible()
    for index, value in enumerate((1, 1, 1, 1, 0, 0, 0, 0, 0)):
        dialog.sheet.answer(index, value)
    dialog.save()

    [record] = counselor.measures.results(client_id)
    assert (record.instrument_id, record.appointment_id) == ("phq9", booked_today[0].id)
    assert page.model.index(0, DayModel.DUE).data() == "", "given: no longer due"
    assert page.table.selectionModel().selectedRows()[0].row() == 0
