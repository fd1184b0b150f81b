"""The booking dialog: with the keyboard alone, series, clashes (refused with
the named message, or booked anyway with a reason by the reception), the next
free time, changing a series member, and a waiting client's first visit.

The clock stands at Monday 2026-11-23 09:00 in Stockholm.
"""

from datetime import UTC, date, datetime

import pytest
from PySide6.QtCore import QDate, QLocale, Qt, QTime
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from mottagning.models.calendar import ContactForm, Recurrence, SeriesScope
from mottagning.models.clients import ClientDetails, Strand, TargetGroup
from mottagning.models.users import NewUser, Role
from mottagning.ui.calendar.booking_dialog import BookingDialog
from mottagning.ui.calendar.questions import ScopeQuestion
from mottagning.ui.calendar.repeat import EVERY_N_WEEKS
from mottagning.ui.translations import install_translators
from tests.storage.reception import details, local, visit
from tests.support import add_user
from tests.ui.conftest import type_text


@pytest.fixture
def lilja(counselor):
    client, _ = counselor.clients.create(details("Lilja"))
    return client


@pytest.fixture
def room(scheduler):
    return scheduler.calendar_settings.save_room("Rum 2")


def open_dialog(qtbot, session, parent: QWidget | None = None, **fields) -> BookingDialog:
    dialog = BookingDialog(session, parent, **fields)
    if parent is None:
        qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.windowHandle().requestActivate()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def choose_client(qtbot, dialog: BookingDialog, typed: str) -> None:
    type_text(qtbot, dialog.client, typed)
    popup = dialog.client.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)


def saved(dialog: BookingDialog) -> list:
    found: list = []
    dialog.booked.connect(found.extend)
    return found


def test_a_visit_is_booked_with_the_keyboard_alone(qtbot, counselor, lilja, room):
    dialog = open_dialog(
        qtbot,
        counselor,
        starts_at=local(2026, 11, 24, 10),
        counselor_ids=frozenset({counselor.user.id}),
    )
    booked = saved(dialog)
    assert QApplication.focusWidget() is dialog.client
    choose_client(qtbot, dialog, "Lil")
    assert dialog.client.client_id == lilja.id
    qtbot.keyClick(dialog.client, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.counselors
    qtbot.keyClick(dialog.counselors, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.room
    qtbot.keyClick(dialog.room, Qt.Key.Key_Down)  # "Rum 2"
    dialog.note.setFocus()
    type_text(qtbot, dialog.note, "Tolk: arabiska")
    qtbot.keyClick(dialog.note, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    (appointment,) = booked
    assert (appointment.starts_at, appointment.ends_at) == (
        local(2026, 11, 24, 10),
        local(2026, 11, 24, 10, 50),
    )
    assert appointment.client_id == lilja.id
    assert appointment.room_id == room.id
    assert appointment.reception_note == "Tolk: arabiska"
    assert counselor.scheduling.appointment(appointment.id).counselor_ids == {counselor.user.id}


def test_escape_books_nothing(qtbot, counselor):
    dialog = open_dialog(qtbot, counselor, starts_at=local(2026, 11, 24, 10))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert counselor.scheduling.appointments(local(2026, 11, 24), local(2026, 11, 25)) == []


def test_times_step_by_quarter_hours_and_the_end_keeps_the_length(qtbot, counselor):
    dialog = open_dialog(qtbot, counselor, starts_at=local(2026, 11, 24, 10, 20))
    assert dialog.length.text() == "50 min"
    dialog.start.stepBy(1)
    assert dialog.start.time() == QTime(10, 30)
    assert dialog.end.time() == QTime(11, 20)
    dialog.start.stepBy(-1)
    dialog.start.stepBy(-1)
    assert dialog.start.time() == QTime(10, 0)
    dialog.end.stepBy(1)
    assert dialog.length.text() == "60 min"
    dialog.start.stepBy(4)
    assert dialog.end.time() == QTime(12, 0)  # still 60 minutes


def test_a_weekly_series_is_booked_as_one_series(qtbot, counselor, lilja):
    dialog = open_dialog(qtbot, counselor, starts_at=local(2026, 11, 24, 10), client_id=lilja.id)
    booked = saved(dialog)
    dialog.repeat.choose(2)  # every other week
    dialog.repeat.count.setValue(3)
    assert dialog.recurrence() == Recurrence(interval_weeks=2, occurrences=3)
    dialog.save_button.click()
    assert [a.starts_at for a in booked] == [
        local(2026, 11, 24, 10),
        local(2026, 12, 8, 10),
        local(2026, 12, 22, 10),
    ]
    assert len({a.series_id for a in booked}) == 1 and booked[0].series_id is not None


def test_a_series_skips_closed_days_and_says_which(qtbot, counselor, lilja):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    dialog = open_dialog(
        qtbot, counselor, parent, starts_at=local(2026, 12, 17, 10), client_id=lilja.id
    )
    booked = saved(dialog)
    dialog.repeat.choose(EVERY_N_WEEKS)
    dialog.repeat.interval.setValue(1)
    dialog.repeat.by_date.setChecked(True)
    dialog.repeat.until.setDate(QDate(2027, 1, 14))
    assert dialog.recurrence() == Recurrence(interval_weeks=1, until=date(2027, 1, 14))
    dialog.save_button.click()
    assert [a.starts_at.date() for a in booked] == [
        date(2026, 12, 17),
        date(2027, 1, 7),
        date(2027, 1, 14),
    ]
    box = next(
        w
        for w in QApplication.topLevelWidgets()
        if w.objectName() == "informationBox" and w.isVisible()
    )
    assert isinstance(box, QMessageBox)
    assert "2026-12-24 (Christmas Eve)" in box.informativeText()
    assert "2026-12-31 (New Year's Eve)" in box.informativeText()
    box.accept()


def test_a_clash_is_refused_with_a_message_that_names_it(qtbot, counselor, scheduler, lilja):
    scheduler.scheduling.book(visit(counselor.user.id, local(2026, 11, 24, 10), 60))
    dialog = open_dialog(
        qtbot, counselor, starts_at=local(2026, 11, 24, 10, 30), client_id=lilja.id
    )
    booked = saved(dialog)
    dialog.save_button.click()
    assert dialog.isVisible() and not booked
    assert dialog.error.text() == (
        "Cora Behandlare already has a visit 2026-11-24 10:00-11:00. "
        "Choose another time or another counselor."
    )
    assert not dialog.override_reason.isVisible()  # a counselor may not book over a clash


def test_the_reception_books_over_a_clash_with_a_reason(qtbot, scheduler, counselor, lilja):
    scheduler.scheduling.book(visit(counselor.user.id, local(2026, 11, 24, 10), 60))
    dialog = open_dialog(
        qtbot,
        scheduler,
        starts_at=local(2026, 11, 24, 10, 30),
        counselor_ids=frozenset({counselor.user.id}),
        client_id=lilja.id,
    )
    booked = saved(dialog)
    # Said as soon as the form shows the time, before anything is tried.
    assert "Cora Behandlare already has a visit" in dialog.error.text()
    assert dialog.override_reason.isVisible()
    assert dialog.save_button.text() == "&Book anyway"
    dialog.save_button.click()  # without a reason
    assert dialog.error.text() == "Give a reason to book anyway, or change the time."
    assert QApplication.focusWidget() is dialog.override_reason
    assert not booked
    type_text(qtbot, dialog.override_reason, "Akut, tolken kan bara då\n")
    (appointment,) = booked
    assert appointment.override_reason == "Akut, tolken kan bara då"


def test_changing_the_time_after_a_clash_withdraws_book_anyway(qtbot, scheduler, counselor, lilja):
    scheduler.scheduling.book(visit(counselor.user.id, local(2026, 11, 24, 10), 60))
    dialog = open_dialog(
        qtbot,
        scheduler,
        starts_at=local(2026, 11, 24, 10, 30),
        counselor_ids=frozenset({counselor.user.id}),
        client_id=lilja.id,
    )
    booked = saved(dialog)
    dialog.save_button.click()
    assert dialog.override_reason.isVisible()
    dialog.start.setTime(QTime(13, 0))
    qtbot.waitUntil(lambda: not dialog.override_reason.isVisible())
    assert not dialog.error.isVisible()
    assert dialog.save_button.text() == "&Book"
    dialog.save_button.click()
    assert booked[0].starts_at == local(2026, 11, 24, 13) and booked[0].override_reason == ""


def test_next_free_time_suits_every_chosen_counselor_and_the_room(
    qtbot, scheduler, counselor, lead, room
):
    # A clinic lead who has clients of her own is bookable like a counselor.
    lead.clients.create(
        ClientDetails(
            "Leadklient",
            Strand.MIKA,
            target_groups=frozenset({TargetGroup.SELLING_SEX}),
            counselor_ids=frozenset({lead.user.id}),
        )
    )
    scheduler.scheduling.book(visit(counselor.user.id, local(2026, 11, 24, 8), 120))
    scheduler.scheduling.book(visit(lead.user.id, local(2026, 11, 24, 10), 60))
    scheduler.scheduling.book(visit(lead.user.id, local(2026, 11, 24, 11), 60, room_id=None))
    dialog = open_dialog(
        qtbot,
        scheduler,
        starts_at=local(2026, 11, 24, 8),
        counselor_ids=frozenset({counselor.user.id}),
    )
    assert dialog.find_next_free_time() == local(2026, 11, 24, 10)
    assert dialog.notice.isVisible()
    assert "10:00–10:50" in dialog.notice.text()
    dialog.counselors.set_checked(lead.user.id)
    dialog.next_free.click()
    assert dialog.details().starts_at == local(2026, 11, 24, 12)
    assert dialog.details().ends_at == local(2026, 11, 24, 12, 50)


def test_next_free_time_needs_a_counselor(qtbot, scheduler):
    dialog = open_dialog(qtbot, scheduler, starts_at=local(2026, 11, 24, 8))
    assert dialog.find_next_free_time() is None
    assert dialog.error.text() == "Choose a counselor first, then look for a free time."


def test_without_a_time_the_counselors_next_free_time_is_offered(qtbot, counselor):
    counselor.scheduling.book(visit(counselor.user.id, local(2026, 11, 23, 9), 60))
    dialog = open_dialog(qtbot, counselor)  # a counselor books for themself
    assert dialog.details().counselor_ids == {counselor.user.id}
    assert dialog.details().starts_at == local(2026, 11, 23, 10)


def test_a_visit_needs_a_client_but_a_group_session_does_not(qtbot, counselor):
    dialog = open_dialog(qtbot, counselor, starts_at=local(2026, 11, 24, 13))
    booked = saved(dialog)
    dialog.save_button.click()
    assert dialog.error.text() == "Client: required for this kind of visit"
    dialog.form.setCurrentIndex(dialog.form.findData(ContactForm.GROUP))
    assert dialog.client_label.text() == "&Client (optional):"
    dialog.save_button.click()
    assert booked[0].client_id is None and booked[0].contact_form is ContactForm.GROUP


def test_changing_a_series_member_asks_which_visits_change(qtbot, counselor, lilja):
    series = counselor.scheduling.book(
        visit(counselor.user.id, local(2026, 11, 24, 10), 50, client_id=lilja.id),
        Recurrence(interval_weeks=1, occurrences=3),
    ).appointments
    dialog = open_dialog(qtbot, counselor, appointment=series[1])
    assert dialog.windowTitle() == "Change the visit"
    assert not dialog.repeat.isVisible()
    booked = saved(dialog)
    dialog.start.setTime(QTime(14, 0))
    dialog.save_button.click()
    question = next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, ScopeQuestion) and w.isVisible()
    )
    question.answer(SeriesScope.THIS_AND_FOLLOWING)
    assert len(booked) == 2
    starts = [counselor.scheduling.appointment(a.id).starts_at for a in series]
    assert starts == [local(2026, 11, 24, 10), local(2026, 12, 1, 14), local(2026, 12, 8, 14)]


def test_a_waiting_client_gets_a_first_visit(qtbot, counselor, lilja):
    entry = counselor.waiting_list.add(lilja.id, 2, date(2026, 11, 2))
    dialog = open_dialog(qtbot, counselor, waiting_entry=entry, starts_at=local(2026, 11, 25, 9))
    assert dialog.windowTitle() == "Book the first visit"
    assert not dialog.client.isEnabled() and dialog.client.text() == "Lilja"
    booked = saved(dialog)
    dialog.save_button.click()
    (appointment,) = booked
    assert appointment.client_id == lilja.id
    assert appointment.waiting_days == 23
    assert counselor.waiting_list.entries() == []


def test_a_typed_client_must_be_chosen_from_the_list(qtbot, counselor, lilja):
    dialog = open_dialog(qtbot, counselor, starts_at=local(2026, 11, 24, 13))
    booked = saved(dialog)
    dialog.form.setCurrentIndex(dialog.form.findData(ContactForm.GROUP))
    type_text(qtbot, dialog.client, "Lilj")
    dialog.save_button.click()  # before the list of hits was used
    assert not booked
    assert dialog.error.text().startswith("Choose the client from the list")
    assert QApplication.focusWidget() is dialog.client


def click_into(qtbot, field, index: int) -> None:
    """A mouse click on the text of a date or time field, at character `index`
    (where the field itself puts its cursor for that character)."""
    line = field.lineEdit()
    line.setCursorPosition(index)
    where = line.cursorRect().center()
    line.setCursorPosition(0 if index else len(line.text()))  # the click has to move it
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton, pos=where)


def test_digits_typed_after_a_click_replace_that_part_of_a_time_or_date(qtbot, counselor):
    dialog = open_dialog(qtbot, counselor, starts_at=local(2026, 11, 24, 10))
    click_into(qtbot, dialog.start, 1)  # in the hour
    qtbot.keyClicks(dialog.start, "14")
    assert dialog.start.time() == QTime(14, 0)
    click_into(qtbot, dialog.start, 4)  # in the minutes
    qtbot.keyClicks(dialog.start, "30")
    assert dialog.start.time() == QTime(14, 30)
    click_into(qtbot, dialog.date, 9)  # in the day
    qtbot.keyClicks(dialog.date, "03")
    assert dialog.date.date() == QDate(2026, 11, 3)
    click_into(qtbot, dialog.date, 6)  # in the month
    qtbot.keyClicks(dialog.date, "12")
    assert dialog.date.date() == QDate(2026, 12, 3)


# --- The clash follows the form -----------------------------------------------------------


def weekly_dialog(qtbot, session, counselor, lilja, visits: int) -> BookingDialog:
    dialog = open_dialog(
        qtbot,
        session,
        starts_at=local(2026, 11, 24, 10),
        counselor_ids=frozenset({counselor.user.id}),
        client_id=lilja.id,
    )
    dialog.repeat.choose(1)
    dialog.repeat.count.setValue(visits)
    return dialog


def test_fewer_visits_withdraw_a_clash_of_a_later_one(qtbot, scheduler, counselor, lilja):
    scheduler.scheduling.book(visit(counselor.user.id, local(2026, 12, 8, 10), 60))
    dialog = weekly_dialog(qtbot, scheduler, counselor, lilja, 10)
    qtbot.waitUntil(lambda: dialog.save_button.text() == "&Book anyway")
    assert dialog.error.text().startswith(
        "Visit 3 of 10, 2026-12-08: Cora Behandlare already has a visit 2026-12-08 10:00-11:00."
    )

    dialog.repeat.count.setValue(2)

    qtbot.waitUntil(lambda: dialog.save_button.text() == "&Book")
    assert not dialog.override_reason.isVisible()
    assert not dialog.error.isVisible()


def test_the_time_row_stays_in_line_when_a_clash_comes_and_goes(qtbot, scheduler, counselor, lilja):
    scheduler.scheduling.book(visit(counselor.user.id, local(2026, 11, 24, 10), 60))
    dialog = open_dialog(
        qtbot,
        scheduler,
        starts_at=local(2026, 11, 24, 10, 30),
        counselor_ids=frozenset({counselor.user.id}),
        client_id=lilja.id,
    )

    def out_of_line(text: str, field: QWidget) -> float:
        """How far a row's label is from its field's middle, down the dialog."""
        label = next(w for w in dialog.findChildren(QLabel) if w.text() == text)
        middle = field.mapTo(dialog, field.rect().center()).y()
        return abs(label.mapTo(dialog, label.rect().center()).y() - middle)

    dialog.save_button.click()
    qtbot.waitUntil(dialog.override_reason.isVisible)
    dialog.start.setTime(QTime(14, 0))
    qtbot.waitUntil(lambda: not dialog.override_reason.isVisible())
    qtbot.wait(50)  # the layout settles
    # As much in line as the Date row above it, which no message touches.
    assert out_of_line("&Time:", dialog.start) <= out_of_line("&Date:", dialog.date) + 1


def test_a_series_lists_its_visits_with_closed_days_and_clashes(qtbot, scheduler, counselor, lilja):
    scheduler.scheduling.book(visit(counselor.user.id, local(2027, 1, 7, 10), 60))
    dialog = open_dialog(
        qtbot,
        scheduler,
        starts_at=local(2026, 12, 17, 10),
        counselor_ids=frozenset({counselor.user.id}),
        client_id=lilja.id,
    )
    assert not dialog.series.isVisible()
    dialog.repeat.choose(1)
    dialog.repeat.by_date.setChecked(True)
    dialog.repeat.until.setDate(QDate(2027, 1, 14))
    qtbot.waitUntil(dialog.series.isVisible)

    rows = [dialog.series.visits.item(row) for row in range(dialog.series.visits.count())]
    assert [row.text() for row in rows] == [
        "1.  Thu 2026-12-17 10:00–10:50",
        "–   Thu 2026-12-24 Christmas Eve: closed, passed over",
        "–   Thu 2026-12-31 New Year's Eve: closed, passed over",
        "2.  Thu 2027-01-07 10:00–10:50  –  counselor busy",
        "3.  Thu 2027-01-14 10:00–10:50",
    ]
    assert "Cora Behandlare already has a visit 2027-01-07" in rows[3].toolTip()
    assert dialog.series.summary.text() == "3 visits · 2 closed days passed over · 1 with a clash"
    assert scheduler.scheduling.appointments(local(2026, 12, 1), local(2027, 2, 1))[
        0
    ].starts_at == (local(2027, 1, 7, 10)), "nothing is booked by looking"


# --- Where a booking starts, and with whom ---------------------------------------------------


def test_next_free_time_with_any_counselor_chooses_who(qtbot, scheduler, counselor, lead, gate):
    other = add_user(
        lead,
        gate,
        NewUser("olle", "Olle Terapeut", "Psykolog", Role.COUNSELOR),
        "röd båt i hamnen idag",
    )
    scheduler.scheduling.book(visit(counselor.user.id, local(2026, 11, 24, 8), 180))
    scheduler.scheduling.book(visit(other.user.id, local(2026, 11, 24, 8), 60))
    dialog = open_dialog(
        qtbot,
        scheduler,
        starts_at=local(2026, 11, 24, 8),
        counselor_ids=frozenset({counselor.user.id}),
    )
    dialog.any_counselor.setChecked(True)
    dialog.next_free.click()
    assert dialog.details().starts_at == local(2026, 11, 24, 9)
    assert dialog.details().counselor_ids == {other.user.id}
    assert "with Olle Terapeut" in dialog.notice.text()


def test_a_waiting_clients_first_visit_starts_at_their_counselors_next_free_time(
    qtbot, scheduler, counselor
):
    client, _ = counselor.clients.create(
        details("Vide", counselor_ids=frozenset({counselor.user.id}))
    )
    scheduler.scheduling.book(visit(counselor.user.id, local(2026, 11, 23, 9), 60))
    entry = scheduler.waiting_list.add(client.id, 2, date(2026, 11, 2))

    dialog = open_dialog(qtbot, scheduler, waiting_entry=entry)

    assert dialog.details().counselor_ids == {counselor.user.id}
    assert dialog.details().starts_at == local(2026, 11, 23, 10)


def test_a_waiting_client_without_a_counselor_gets_whoever_is_free(
    qtbot, scheduler, counselor, clock
):
    client, _ = scheduler.clients.create(details("Vide"))
    entry = scheduler.waiting_list.add(client.id, 2, date(2026, 11, 2))
    clock.moment = datetime(2026, 11, 24, 3, 10, tzinfo=UTC)  # 04:10 in Stockholm

    dialog = open_dialog(qtbot, scheduler, waiting_entry=entry)

    assert dialog.details().counselor_ids == {counselor.user.id}
    assert dialog.details().starts_at == local(2026, 11, 24, 8), "at opening, not 04:15"


def test_the_services_refusals_read_in_swedish(qtbot, qapp, counselor):
    """The scheduling service's field names were once invisible to the
    translation tools: "Client: required for this kind of visit" in Swedish."""
    before = QLocale()
    installed = install_translators(qapp, "sv")
    try:
        dialog = open_dialog(qtbot, counselor, starts_at=local(2026, 11, 24, 13))
        dialog.save_button.click()
        assert dialog.error.text() == "Klient: måste anges för den här typen av besök"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        QLocale.setDefault(before)
