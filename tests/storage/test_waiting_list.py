"""The waiting list: one open entry per client, ordered by priority and first
contact; booking from it records the waiting time and activates the client."""

from datetime import UTC, date, datetime

import pytest

from mottagning.errors import CounselorBusy, InvalidInput, NotFound
from mottagning.models.access_log import LogAction
from mottagning.models.calendar import Recurrence
from mottagning.models.clients import ClientStatus
from tests.storage.helpers import head_seq
from tests.storage.reception import TODAY, TOMORROW, details, edited, entries_of, local, visit


@pytest.fixture
def waiting(counselor):
    """Three clients waiting, by alias."""
    return {
        alias: counselor.clients.create(details(alias))[0] for alias in ("Ask", "Björk", "Rönn")
    }


def add(session, client, priority=2, first_contact=date(2026, 11, 2), note=""):
    return session.waiting_list.add(client.id, priority, first_contact, note)


def test_a_client_is_added_and_logged(scheduler, waiting, clock):
    seq = head_seq(scheduler)

    entry = add(scheduler, waiting["Ask"], 1, date(2026, 10, 30), "  Vill  ha kvinnlig behandlare ")

    assert (entry.client_id, entry.priority, entry.first_contact) == (
        waiting["Ask"].id,
        1,
        date(2026, 10, 30),
    )
    assert entry.note == "Vill ha kvinnlig behandlare"
    assert (entry.added_by, entry.added_at) == (scheduler.user.id, clock.now())
    assert scheduler.waiting_list.entries() == [entry]
    (logged,) = entries_of(scheduler, seq, LogAction.WAITING_LIST_CHANGED)
    assert (logged.client_id, logged.detail) == (waiting["Ask"].id, "added")


def test_a_client_has_at_most_one_open_entry(counselor, waiting):
    first = add(counselor, waiting["Ask"])

    with pytest.raises(InvalidInput):
        add(counselor, waiting["Ask"], priority=1)

    counselor.waiting_list.remove(first.id, "Fick tid på annan mottagning")
    again = add(counselor, waiting["Ask"], priority=3)
    assert [e.id for e in counselor.waiting_list.entries()] == [again.id]


def test_an_unknown_client_cannot_wait(counselor):
    with pytest.raises(NotFound):
        counselor.waiting_list.add("no-such-client", 2, TODAY)


@pytest.mark.parametrize("priority", [0, 4, -1])
def test_the_priority_is_1_2_or_3(counselor, waiting, priority):
    with pytest.raises(InvalidInput):
        add(counselor, waiting["Ask"], priority)
    assert counselor.waiting_list.entries() == []


def test_first_contact_is_not_in_the_future(counselor, waiting):
    with pytest.raises(InvalidInput):
        add(counselor, waiting["Ask"], first_contact=TOMORROW)
    entry = add(counselor, waiting["Ask"], first_contact=TODAY)
    with pytest.raises(InvalidInput):
        counselor.waiting_list.update(entry.id, 2, TOMORROW, "")


def test_first_contact_today_is_the_clinics_today(counselor, waiting, clock):
    clock.moment = datetime(2026, 11, 23, 23, 30, tzinfo=UTC)  # 00:30 on the 24th in Sweden

    entry = add(counselor, waiting["Ask"], first_contact=TOMORROW)

    assert entry.first_contact == TOMORROW


def test_entries_are_ordered_by_priority_then_first_contact(counselor, waiting):
    more = {a: counselor.clients.create(details(a))[0] for a in ("Ek", "Hassel")}
    add(counselor, waiting["Ask"], 2, date(2026, 10, 1))
    add(counselor, waiting["Björk"], 1, date(2026, 11, 20))
    add(counselor, waiting["Rönn"], 3, date(2026, 9, 1))
    add(counselor, more["Ek"], 1, date(2026, 11, 2))
    add(counselor, more["Hassel"], 2, date(2026, 9, 15))

    order = [e.client_id for e in counselor.waiting_list.entries()]

    by_alias = {c.id: alias for alias, c in {**waiting, **more}.items()}
    assert [by_alias[c] for c in order] == ["Ek", "Björk", "Hassel", "Ask", "Rönn"]


def test_a_changed_priority_reorders_the_list_and_is_logged(counselor, waiting):
    ask = add(counselor, waiting["Ask"], 2, date(2026, 10, 1))
    add(counselor, waiting["Björk"], 2, date(2026, 9, 1))
    seq = head_seq(counselor)

    updated = counselor.waiting_list.update(ask.id, 1, date(2026, 10, 1), "Akut läge")

    assert (updated.priority, updated.note) == (1, "Akut läge")
    assert [e.client_id for e in counselor.waiting_list.entries()] == [
        waiting["Ask"].id,
        waiting["Björk"].id,
    ]
    (logged,) = entries_of(counselor, seq, LogAction.WAITING_LIST_CHANGED)
    assert (logged.client_id, logged.detail) == (waiting["Ask"].id, "changed")
    assert "Akut" not in logged.detail


def test_removing_keeps_the_reason_and_is_logged(counselor, waiting, clock):
    entry = add(counselor, waiting["Ask"])
    seq = head_seq(counselor)

    counselor.waiting_list.remove(entry.id, "  Avböjde  insats ")

    assert counselor.waiting_list.entries() == []
    row = counselor.clinic.db.query_one(
        "SELECT removed_at, removed_reason, booked_appointment_id FROM waiting_list WHERE id = ?",
        (entry.id,),
    )
    assert row["removed_reason"] == "Avböjde insats"
    assert row["removed_at"] is not None
    assert row["booked_appointment_id"] is None
    (logged,) = entries_of(counselor, seq, LogAction.WAITING_LIST_CHANGED)
    assert (logged.client_id, logged.detail) == (waiting["Ask"].id, "removed")
    with pytest.raises(NotFound):
        counselor.waiting_list.remove(entry.id, "En gång till")


@pytest.mark.parametrize("reason", ["", "   "])
def test_removing_needs_a_reason(counselor, waiting, reason):
    entry = add(counselor, waiting["Ask"])

    with pytest.raises(InvalidInput):
        counselor.waiting_list.remove(entry.id, reason)

    assert [e.id for e in counselor.waiting_list.entries()] == [entry.id]


def test_booking_from_the_list(scheduler, counselor, waiting, room):
    entry = add(scheduler, waiting["Ask"], 1, date(2026, 11, 2))
    seq = head_seq(scheduler)

    result = scheduler.waiting_list.book(
        entry.id, visit(counselor.user.id, local(2026, 11, 26, 13), room_id=room.id)
    )

    (appointment,) = result.appointments
    assert appointment.client_id == waiting["Ask"].id
    assert appointment.waiting_days == 24  # 2 November to 26 November
    assert scheduler.scheduling.appointment(appointment.id).waiting_days == 24
    assert scheduler.waiting_list.entries() == []
    assert scheduler.clients.open(waiting["Ask"].id).status is ClientStatus.ACTIVE
    row = scheduler.clinic.db.query_one(
        "SELECT booked_appointment_id, removed_at FROM waiting_list WHERE id = ?", (entry.id,)
    )
    assert row["booked_appointment_id"] == appointment.id
    assert row["removed_at"] is not None
    changes = entries_of(scheduler, seq, LogAction.WAITING_LIST_CHANGED)
    assert [(e.client_id, e.detail) for e in changes] == [
        (waiting["Ask"].id, "booked after 24 days")
    ]
    booked = entries_of(scheduler, seq, LogAction.APPOINTMENT_BOOKED)
    assert [(e.client_id, e.target_id) for e in booked] == [(waiting["Ask"].id, appointment.id)]


def test_waiting_days_count_local_days(scheduler, counselor, waiting):
    entry = add(scheduler, waiting["Ask"], first_contact=date(2026, 11, 23))

    # 00:30 on 25 November in Stockholm is still 24 November in UTC.
    result = scheduler.waiting_list.book(
        entry.id, visit(counselor.user.id, local(2026, 11, 25, 0, 30)), override_reason="Nattjour"
    )

    assert result.appointments[0].waiting_days == 2


def test_booking_a_series_from_the_list(scheduler, counselor, waiting):
    entry = add(scheduler, waiting["Björk"], 2, date(2026, 11, 10))

    result = scheduler.waiting_list.book(
        entry.id, visit(counselor.user.id, local(2026, 12, 1, 10)), Recurrence(occurrences=3)
    )

    assert [a.waiting_days for a in result.appointments] == [21, None, None]
    assert {a.client_id for a in result.appointments} == {waiting["Björk"].id}


# --- The list decides who is waiting -------------------------------------------------------


@pytest.mark.parametrize("status", [ClientStatus.ACTIVE, ClientStatus.CLOSED])
def test_a_client_put_on_the_list_is_waiting_then_active_when_booked(
    scheduler, counselor, waiting, status
):
    client = waiting["Rönn"]
    changed, _ = counselor.clients.update(
        client.id,
        edited(client, status=status, closed_reason="Flyttat" if status == "closed" else ""),
    )
    seq = head_seq(scheduler)

    entry = add(scheduler, changed)

    assert scheduler.clients.open(client.id).status is ClientStatus.WAITING
    assert [e.detail for e in entries_of(scheduler, seq, LogAction.CLIENT_UPDATED)] == ["status"]
    scheduler.waiting_list.book(entry.id, visit(counselor.user.id, local(2026, 11, 24, 10)))
    assert scheduler.clients.open(client.id).status is ClientStatus.ACTIVE


@pytest.mark.parametrize(
    ("close", "status", "reason"),
    [(False, ClientStatus.ACTIVE, ""), (True, ClientStatus.CLOSED, "Vill inte ha kontakt")],
    ids=["still-in-contact", "contact-ended"],
)
def test_leaving_the_list_without_a_visit(counselor, waiting, close, status, reason):
    entry = add(counselor, waiting["Ask"])

    counselor.waiting_list.remove(entry.id, "Vill inte ha kontakt", close_client=close)

    client = counselor.clients.open(waiting["Ask"].id)
    assert (client.status, client.closed_reason) == (status, reason)


def test_a_visit_booked_in_the_calendar_ends_the_wait(scheduler, counselor, waiting):
    entry = add(scheduler, waiting["Ask"], first_contact=date(2026, 11, 13))

    result = scheduler.scheduling.book(
        visit(counselor.user.id, local(2026, 12, 1, 10), client_id=waiting["Ask"].id),
        Recurrence(occurrences=3),
    )

    assert [a.waiting_days for a in result.appointments] == [18, None, None]
    assert scheduler.waiting_list.entries() == []
    assert scheduler.clients.open(waiting["Ask"].id).status is ClientStatus.ACTIVE
    row = scheduler.clinic.db.query_one(
        "SELECT booked_appointment_id FROM waiting_list WHERE id = ?", (entry.id,)
    )
    assert row["booked_appointment_id"] == result.appointments[0].id


def test_a_client_no_longer_waiting_in_the_register_leaves_the_list(counselor, waiting):
    add(counselor, waiting["Ask"])
    client = counselor.clients.open(waiting["Ask"].id)
    seq = head_seq(counselor)

    counselor.clients.update(client.id, edited(client, status=ClientStatus.ACTIVE))

    assert counselor.waiting_list.entries() == []
    (logged,) = entries_of(counselor, seq, LogAction.WAITING_LIST_CHANGED)
    assert (logged.client_id, logged.detail) == (client.id, "removed")


def test_a_booking_refused_for_a_clash_leaves_the_client_waiting(scheduler, counselor, waiting):
    scheduler.scheduling.book(visit(counselor.user.id, local(2026, 11, 24, 10)))
    entry = add(scheduler, waiting["Ask"])
    seq = head_seq(scheduler)

    with pytest.raises(CounselorBusy):
        scheduler.waiting_list.book(entry.id, visit(counselor.user.id, local(2026, 11, 24, 10)))

    assert [e.id for e in scheduler.waiting_list.entries()] == [entry.id]
    assert scheduler.clients.open(waiting["Ask"].id).status is ClientStatus.WAITING
    assert entries_of(scheduler, seq, LogAction.WAITING_LIST_CHANGED) == []


def test_a_client_registered_as_waiting_is_on_the_list(counselor):
    before = head_seq(counselor)
    client, _ = counselor.clients.create(
        details("Väntan", status=ClientStatus.WAITING, first_contact=date(2026, 11, 2))
    )

    (entry,) = [e for e in counselor.waiting_list.entries() if e.client_id == client.id]
    assert (entry.priority, entry.first_contact) == (2, date(2026, 11, 2))
    assert entries_of(counselor, before, LogAction.WAITING_LIST_CHANGED)


def test_a_client_set_to_waiting_in_the_register_joins_the_list(counselor):
    client, _ = counselor.clients.create(details("Senare", status=ClientStatus.ACTIVE))
    assert not [e for e in counselor.waiting_list.entries() if e.client_id == client.id]

    counselor.clients.update(client.id, edited(client, status=ClientStatus.WAITING))

    assert [e.client_id for e in counselor.waiting_list.entries()].count(client.id) == 1
