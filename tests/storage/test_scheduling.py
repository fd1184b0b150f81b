"""Booking: clashes refused with a message that names who or what and when,
overriding with a reason, what frees a slot, visit status, and the next free
time."""

from datetime import UTC, datetime, time, timedelta

import pytest

from mottagning.errors import (
    ClientBusy,
    ClinicClosed,
    CounselorAway,
    CounselorBusy,
    InvalidInput,
    NotFound,
    PermissionDenied,
    RoomBusy,
)
from mottagning.models.access_log import LogAction
from mottagning.models.calendar import (
    AppointmentStatus,
    ClashKind,
    ContactForm,
    OpeningHours,
    Recurrence,
)
from mottagning.models.clients import ClientStatus
from tests.storage.helpers import head_seq
from tests.storage.reception import STOCKHOLM, details, edited, entries_of, local, logged, visit

# The clock stands at Monday 2026-11-23, 09:00 in Stockholm.
TUESDAY_10 = local(2026, 11, 24, 10)


def book_one(session, details):
    (appointment,) = session.scheduling.book(details).appointments
    return appointment


@pytest.fixture
def cora(counselor):
    return counselor.user.id


@pytest.fixture
def olle(colleague):
    return colleague.user.id


@pytest.fixture
def taken(scheduler, cora, room, lilja):
    """Cora sees Lilja in the room on Tuesday 10:00-11:00."""
    return book_one(scheduler, visit(cora, TUESDAY_10, client_id=lilja.id, room_id=room.id))


# --- Booking ---------------------------------------------------------------------------


def test_a_booking_is_stored_and_logged(scheduler, cora, room, lilja):
    seq = head_seq(scheduler)

    booked = book_one(
        scheduler,
        visit(cora, TUESDAY_10, client_id=lilja.id, room_id=room.id, reception_note=" Tolk  "),
    )

    stored = scheduler.scheduling.appointment(booked.id)
    assert stored == booked
    assert (stored.starts_at, stored.ends_at) == (TUESDAY_10, TUESDAY_10 + timedelta(hours=1))
    assert (stored.status, stored.series_id, stored.override_reason) == (
        AppointmentStatus.BOOKED,
        None,
        "",
    )
    assert (stored.reception_note, stored.created_by) == ("Tolk", scheduler.user.id)
    assert logged(scheduler, seq) == [(LogAction.APPOINTMENT_BOOKED, lilja.id)]
    assert [a.id for a in scheduler.scheduling.client_appointments(lilja.id)] == [booked.id]


@pytest.mark.parametrize(
    ("minutes", "problem"),
    [(0, "the end is not after the start"), (-30, None), (12 * 60 + 15, None)],
)
def test_a_booking_needs_a_sensible_length(counselor, cora, minutes, problem):
    with pytest.raises(InvalidInput) as refused:
        counselor.scheduling.book(visit(cora, TUESDAY_10, minutes))
    if problem:
        assert refused.value.params["problem"].source == problem


def test_a_booking_needs_active_counselors(lead, counselor, colleague, scheduler, cora, olle):
    with pytest.raises(InvalidInput):
        counselor.scheduling.book(visit(frozenset(), TUESDAY_10))
    with pytest.raises(InvalidInput):
        counselor.scheduling.book(visit(scheduler.user.id, TUESDAY_10))
    lead.accounts.deactivate(olle)
    with pytest.raises(InvalidInput):
        counselor.scheduling.book(visit(frozenset({cora, olle}), TUESDAY_10))


def test_a_booked_visit_needs_a_client_and_a_known_room(counselor, cora, lilja):
    with pytest.raises(InvalidInput):
        counselor.scheduling.book(visit(cora, TUESDAY_10, contact_form=ContactForm.BOOKED_VISIT))
    with pytest.raises(NotFound):
        counselor.scheduling.book(visit(cora, TUESDAY_10, client_id="no-such-client"))
    with pytest.raises(NotFound):
        counselor.scheduling.book(visit(cora, TUESDAY_10, client_id=lilja.id, room_id="nope"))


def test_a_booking_needs_aware_times(counselor, cora):
    with pytest.raises(ValueError, match="timezone-aware"):
        counselor.scheduling.book(visit(cora, datetime(2026, 11, 24, 10, 0)))


# --- Clashes ----------------------------------------------------------------------------


def test_the_same_counselor_twice_at_once_is_refused(scheduler, taken, cora, lilja):
    other, _ = scheduler.clients.create(details("Annan"))

    with pytest.raises(CounselorBusy) as busy:
        scheduler.scheduling.book(
            visit(cora, TUESDAY_10 + timedelta(minutes=30), client_id=other.id)
        )

    message = busy.value.describe()
    assert "Cora Behandlare" in message
    assert "2026-11-24 10:00-11:00" in message
    assert [(c.kind, c.subject_id, c.appointment_id) for c in busy.value.clashes] == [
        (ClashKind.COUNSELOR, cora, taken.id)
    ]
    assert scheduler.scheduling.appointments(TUESDAY_10, TUESDAY_10 + timedelta(hours=2)) == [taken]


def test_the_same_room_twice_at_once_is_refused(scheduler, taken, olle, room):
    with pytest.raises(RoomBusy) as busy:
        scheduler.scheduling.book(visit(olle, TUESDAY_10 - timedelta(minutes=15), room_id=room.id))

    message = busy.value.describe()
    assert "Rum Björken" in message
    assert "2026-11-24 10:00-11:00" in message
    assert "Cora B." in message  # who has the room
    assert [c.kind for c in busy.value.clashes] == [ClashKind.ROOM]


def test_the_same_client_twice_at_once_is_refused(scheduler, taken, olle, lilja):
    with pytest.raises(ClientBusy) as busy:
        scheduler.scheduling.book(visit(olle, TUESDAY_10, 30, client_id=lilja.id))

    message = busy.value.describe()
    assert "Lilja" in message
    assert "2026-11-24 10:00-11:00" in message
    assert "Cora B." in message
    assert [c.kind for c in busy.value.clashes] == [ClashKind.CLIENT]


def test_every_clash_is_listed_and_the_first_named(scheduler, taken, cora, room, lilja):
    with pytest.raises(CounselorBusy) as busy:
        scheduler.scheduling.book(visit(cora, TUESDAY_10, client_id=lilja.id, room_id=room.id))

    assert {c.kind for c in busy.value.clashes} == {
        ClashKind.COUNSELOR,
        ClashKind.ROOM,
        ClashKind.CLIENT,
    }


def test_an_absence_is_a_clash(scheduler, cora):
    scheduler.calendar_settings.add_absence(
        cora, local(2026, 11, 24, 8), local(2026, 11, 24, 12), "Utbildning"
    )

    with pytest.raises(CounselorAway) as away:
        scheduler.scheduling.book(visit(cora, local(2026, 11, 24, 11, 30)))

    message = away.value.describe()
    assert "Cora Behandlare" in message
    assert "2026-11-24 08:00-12:00" in message
    book_one(scheduler, visit(cora, local(2026, 11, 24, 12)))  # back at noon


def test_an_absence_of_whole_days_is_named_by_its_days(scheduler, cora):
    scheduler.calendar_settings.add_absence(cora, local(2027, 1, 4), local(2027, 1, 9), "Semester")

    with pytest.raises(CounselorAway) as away:
        scheduler.scheduling.book(visit(cora, local(2027, 1, 7, 10)))

    message = away.value.describe()
    assert "Cora Behandlare is away 2027-01-04–2027-01-08." in message
    assert "00:00" not in message


@pytest.mark.parametrize(
    ("start", "end", "named"),
    [
        (local(2027, 1, 7), local(2027, 1, 8), "away 2027-01-07."),
        (local(2027, 1, 6, 13), local(2027, 1, 8, 12), "away 2027-01-06 13:00 – 2027-01-08 12:00."),
    ],
    ids=["one-day", "partial-days"],
)
def test_an_absence_is_named_by_its_own_span(scheduler, cora, start, end, named):
    scheduler.calendar_settings.add_absence(cora, start, end)

    with pytest.raises(CounselorAway) as away:
        scheduler.scheduling.book(visit(cora, local(2027, 1, 7, 10)))

    assert named in away.value.describe()


def test_a_multi_day_absence_meets_the_series_visit_it_covers(scheduler, cora):
    scheduler.calendar_settings.add_absence(cora, local(2027, 1, 4), local(2027, 1, 9))

    with pytest.raises(CounselorAway) as away:
        scheduler.scheduling.book(
            visit(cora, local(2026, 12, 3, 10)), Recurrence(interval_weeks=1, occurrences=10)
        )

    # Thursdays from 3 December; Christmas Eve and New Year's Eve are skipped, so the
    # absence's Thursday, 7 January, is the fourth visit.
    assert away.value.describe() == (
        "Visit 4 of 10, 2027-01-07: Cora Behandlare is away 2027-01-04–2027-01-08. "
        "Choose another time or another counselor."
    )


def test_a_name_ending_a_sentence_has_one_full_stop(scheduler, taken, olle, lilja):
    with pytest.raises(ClientBusy) as busy:
        scheduler.scheduling.book(visit(olle, TUESDAY_10, 30, client_id=lilja.id))

    assert "with Cora B. Choose another time." in busy.value.describe()


def test_a_plan_shows_each_visit_of_a_series_with_its_clashes(scheduler, taken, cora, lilja):
    plan = scheduler.scheduling.plan(
        visit(cora, local(2026, 12, 17, 10), client_id=lilja.id),
        Recurrence(interval_weeks=1, occurrences=3),
    )
    assert [v.starts_at for v in plan.visits] == [
        local(2026, 12, 17, 10),
        local(2027, 1, 7, 10),
        local(2027, 1, 14, 10),
    ]
    assert [day for day, _ in plan.skipped] == [
        local(2026, 12, 24).date(),
        local(2026, 12, 31).date(),
    ]
    assert plan.clashing == []

    busy = scheduler.scheduling.plan(
        visit(cora, TUESDAY_10 - timedelta(days=7)), Recurrence(interval_weeks=1, occurrences=3)
    )
    assert [v.number for v in busy.clashing] == [2]
    assert [c.kind for c in busy.clashing[0].clashes] == [ClashKind.COUNSELOR]
    assert scheduler.scheduling.appointments(local(2026, 11, 1), local(2027, 2, 1)) == [taken]


def test_a_holiday_is_a_clash_that_names_the_holiday(scheduler, cora):
    with pytest.raises(ClinicClosed) as closed:
        scheduler.scheduling.book(visit(cora, local(2026, 12, 24, 10)))

    message = closed.value.describe()
    assert "2026-12-24 10:00-11:00" in message
    assert "Julafton" in message
    assert [c.note for c in closed.value.clashes] == ["Julafton"]


@pytest.mark.parametrize(
    "start",
    [
        local(2026, 11, 24, 7, 30),  # before opening
        local(2026, 11, 24, 16, 30),  # runs past closing
        local(2026, 11, 24, 17, 0),  # after closing
        local(2026, 11, 28, 10, 0),  # a Saturday
        local(2026, 11, 29, 10, 0),  # a Sunday
    ],
    ids=["before-opening", "past-closing", "after-closing", "saturday", "sunday"],
)
def test_a_time_outside_opening_hours_is_a_clash(scheduler, cora, start):
    with pytest.raises(ClinicClosed) as closed:
        scheduler.scheduling.book(visit(cora, start))

    assert start.strftime("%Y-%m-%d %H:%M") in closed.value.describe()


def test_opening_and_closing_times_themselves_can_be_booked(scheduler, cora):
    book_one(scheduler, visit(cora, local(2026, 11, 24, 8)))
    book_one(scheduler, visit(cora, local(2026, 11, 24, 16)))


def test_touching_visits_do_not_clash(scheduler, taken, cora, room, lilja):
    before = book_one(
        scheduler, visit(cora, local(2026, 11, 24, 9), client_id=lilja.id, room_id=room.id)
    )
    after = book_one(
        scheduler, visit(cora, local(2026, 11, 24, 11), client_id=lilja.id, room_id=room.id)
    )

    assert before.ends_at == taken.starts_at
    assert after.starts_at == taken.ends_at


@pytest.mark.parametrize(
    "cancelled", [AppointmentStatus.CANCELLED_BY_CLIENT, AppointmentStatus.CANCELLED_BY_CLINIC]
)
def test_a_cancelled_visit_frees_its_slot(scheduler, taken, cora, room, lilja, cancelled):
    scheduler.scheduling.set_status(taken.id, cancelled)

    again = book_one(scheduler, visit(cora, TUESDAY_10, client_id=lilja.id, room_id=room.id))

    assert again.override_reason == ""


def test_a_cancelled_visit_cannot_be_restored_into_a_slot_taken_since(scheduler, taken, cora):
    scheduler.scheduling.set_status(taken.id, AppointmentStatus.CANCELLED_BY_CLIENT)
    book_one(scheduler, visit(cora, TUESDAY_10))  # the slot goes to someone else

    with pytest.raises(CounselorBusy):
        scheduler.scheduling.set_status(taken.id, AppointmentStatus.BOOKED)

    occupying = [
        a
        for a in scheduler.scheduling.appointments(TUESDAY_10, TUESDAY_10 + timedelta(hours=1))
        if a.status.occupies_time
    ]
    assert len(occupying) == 1


def test_a_no_show_keeps_its_slot(scheduler, cora, room, clock):
    today_10 = local(2026, 11, 23, 10)
    missed = book_one(scheduler, visit(cora, today_10, room_id=room.id))
    clock.moment = local(2026, 11, 23, 11, 30).astimezone(UTC)
    scheduler.scheduling.set_status(missed.id, AppointmentStatus.NO_SHOW)

    with pytest.raises(CounselorBusy):
        scheduler.scheduling.book(visit(cora, today_10))


def test_clashes_can_be_asked_for_before_booking(counselor, taken, cora):
    assert counselor.scheduling.clashes(visit(cora, local(2026, 11, 24, 13))) == []
    assert [c.kind for c in counselor.scheduling.clashes(visit(cora, TUESDAY_10))] == [
        ClashKind.COUNSELOR
    ]
    assert counselor.scheduling.clashes(visit(cora, TUESDAY_10), frozenset({taken.id})) == []


# --- Overriding ---------------------------------------------------------------------------


@pytest.mark.parametrize("who", ["scheduler", "lead"])
def test_a_scheduler_or_the_lead_may_book_despite_a_clash_with_a_reason(request, taken, cora, who):
    session = request.getfixturevalue(who)
    seq = head_seq(session)

    booked = book_one_overriding(session, visit(cora, TUESDAY_10), "  Akut  samtal ")

    assert booked.override_reason == "Akut samtal"
    assert session.scheduling.appointment(booked.id).override_reason == "Akut samtal"
    (entry,) = entries_of(session, seq, LogAction.CLASH_OVERRIDDEN)
    assert (entry.user_id, entry.target_id, entry.detail) == (
        session.user.id,
        booked.id,
        "counselor",
    )
    assert [a for a, _ in logged(session, seq)] == [
        LogAction.APPOINTMENT_BOOKED,
        LogAction.CLASH_OVERRIDDEN,
    ]


def book_one_overriding(session, details, reason):
    (appointment,) = session.scheduling.book(details, override_reason=reason).appointments
    return appointment


def test_an_override_names_every_kind_of_clash_and_the_client(scheduler, taken, cora, lilja):
    seq = head_seq(scheduler)

    booked = book_one_overriding(
        scheduler, visit(cora, local(2026, 11, 24, 10, 30), client_id=lilja.id), "Krissamtal"
    )

    (entry,) = entries_of(scheduler, seq, LogAction.CLASH_OVERRIDDEN)
    assert entry.client_id == lilja.id
    assert entry.target_id == booked.id
    assert set(entry.detail.split(",")) == {"counselor", "client"}


def test_a_scheduler_may_book_on_a_holiday_with_a_reason(scheduler, cora):
    booked = book_one_overriding(scheduler, visit(cora, local(2026, 12, 24, 10)), "Jourtid")

    assert booked.override_reason == "Jourtid"


def test_a_counselor_may_not_override(counselor, taken, cora):
    seq = head_seq(counselor)

    with pytest.raises(PermissionDenied):
        counselor.scheduling.book(visit(cora, TUESDAY_10), override_reason="Jag hinner")

    assert logged(counselor, seq) == [(LogAction.PERMISSION_DENIED, None)]
    assert counselor.scheduling.appointments(TUESDAY_10, TUESDAY_10 + timedelta(hours=1)) == [taken]


@pytest.mark.parametrize("reason", ["", "   ", "\t\n"])
def test_a_blank_reason_does_not_override(scheduler, taken, cora, reason):
    seq = head_seq(scheduler)

    with pytest.raises(CounselorBusy):
        scheduler.scheduling.book(visit(cora, TUESDAY_10), override_reason=reason)

    assert logged(scheduler, seq) == []


def test_a_reason_without_a_clash_is_not_recorded(scheduler, cora):
    seq = head_seq(scheduler)

    booked = book_one_overriding(scheduler, visit(cora, TUESDAY_10), "Ingen krock")

    assert booked.override_reason == ""
    assert entries_of(scheduler, seq, LogAction.CLASH_OVERRIDDEN) == []


def test_moving_onto_a_clash_is_refused_unless_overridden(scheduler, counselor, taken, cora):
    later = book_one(scheduler, visit(cora, local(2026, 11, 24, 13)))

    with pytest.raises(CounselorBusy):
        counselor.scheduling.move(later.id, TUESDAY_10, TUESDAY_10 + timedelta(hours=1))
    with pytest.raises(PermissionDenied):
        counselor.scheduling.move(
            later.id, TUESDAY_10, TUESDAY_10 + timedelta(hours=1), override_reason="Viktigt"
        )
    (moved,) = scheduler.scheduling.move(
        later.id, TUESDAY_10, TUESDAY_10 + timedelta(hours=1), override_reason="Viktigt"
    )

    assert (moved.starts_at, moved.override_reason) == (TUESDAY_10, "Viktigt")


def test_moving_a_visit_within_its_own_time_is_no_clash(counselor, taken):
    (moved,) = counselor.scheduling.move(
        taken.id, TUESDAY_10 + timedelta(minutes=30), TUESDAY_10 + timedelta(minutes=90)
    )

    assert moved.starts_at == TUESDAY_10 + timedelta(minutes=30)


# --- Status ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "status",
    [AppointmentStatus.ARRIVED, AppointmentStatus.ATTENDED, AppointmentStatus.NO_SHOW],
)
def test_a_visit_on_a_later_day_cannot_have_happened(counselor, taken, status):
    with pytest.raises(InvalidInput):
        counselor.scheduling.set_status(taken.id, status)

    assert counselor.scheduling.appointment(taken.id).status is AppointmentStatus.BOOKED


@pytest.mark.parametrize("status", [AppointmentStatus.ATTENDED, AppointmentStatus.NO_SHOW])
def test_a_visit_later_today_cannot_have_happened(counselor, cora, status):
    # 09:00 now; the visit is at 15:00.
    afternoon = book_one(counselor, visit(cora, local(2026, 11, 23, 15)))

    with pytest.raises(InvalidInput):
        counselor.scheduling.set_status(afternoon.id, status)


def test_a_visit_that_took_place_is_marked_and_logged(counselor, cora, lilja, clock):
    today = book_one(counselor, visit(cora, local(2026, 11, 23, 10), client_id=lilja.id))
    clock.moment = local(2026, 11, 23, 9, 55).astimezone(UTC)
    counselor.scheduling.set_status(today.id, AppointmentStatus.ARRIVED)
    clock.moment = local(2026, 11, 23, 11, 5).astimezone(UTC)
    seq = head_seq(counselor)

    (done,) = counselor.scheduling.set_status(today.id, AppointmentStatus.ATTENDED)

    assert done.status is AppointmentStatus.ATTENDED
    assert counselor.scheduling.appointment(today.id).status is AppointmentStatus.ATTENDED
    (entry,) = entries_of(counselor, seq, LogAction.APPOINTMENT_STATUS_CHANGED)
    assert (entry.client_id, entry.target_id, entry.detail) == (lilja.id, today.id, "attended")


def test_a_future_visit_may_be_cancelled(counselor, taken):
    (cancelled,) = counselor.scheduling.set_status(taken.id, AppointmentStatus.CANCELLED_BY_CLIENT)

    assert cancelled.status is AppointmentStatus.CANCELLED_BY_CLIENT


def test_a_scheduler_sees_and_books_for_everyone(scheduler, cora, olle):
    a = book_one(scheduler, visit(cora, TUESDAY_10))
    b = book_one(scheduler, visit(olle, TUESDAY_10))

    seen = scheduler.scheduling.appointments(local(2026, 11, 24), local(2026, 11, 25))
    assert {x.id for x in seen} == {a.id, b.id}
    only_olle = scheduler.scheduling.appointments(
        local(2026, 11, 24), local(2026, 11, 25), counselor_ids=frozenset({olle})
    )
    assert [x.id for x in only_olle] == [b.id]


# --- The next free time ---------------------------------------------------------------------


def free(session, counselor_id, after, minutes=60, room_id=None):
    found = session.scheduling.next_free_time(
        [counselor_id], after, timedelta(minutes=minutes), room_id
    )
    return None if found is None else found.astimezone(STOCKHOLM)


def test_the_next_free_time_starts_on_a_quarter_hour(counselor, cora):
    assert free(counselor, cora, local(2026, 11, 24, 9, 7)) == local(2026, 11, 24, 9, 15)
    assert free(counselor, cora, local(2026, 11, 24, 9, 15)) == local(2026, 11, 24, 9, 15)
    assert free(counselor, cora, local(2026, 11, 24, 9, 15).replace(second=1)) == local(
        2026, 11, 24, 9, 30
    )


def test_the_next_free_time_is_within_opening_hours(counselor, cora):
    assert free(counselor, cora, local(2026, 11, 24, 6)) == local(2026, 11, 24, 8)
    assert free(counselor, cora, local(2026, 11, 24, 16)) == local(2026, 11, 24, 16)
    assert free(counselor, cora, local(2026, 11, 24, 16, 15)) == local(2026, 11, 25, 8)
    assert free(counselor, cora, local(2026, 11, 24, 18)) == local(2026, 11, 25, 8)


def test_the_next_free_time_skips_visits_and_absences(scheduler, cora, olle):
    book_one(scheduler, visit(cora, local(2026, 11, 24, 8), 60))
    book_one(scheduler, visit(cora, local(2026, 11, 24, 9), 90))
    scheduler.calendar_settings.add_absence(
        cora, local(2026, 11, 24, 10, 30), local(2026, 11, 24, 12)
    )
    book_one(scheduler, visit(cora, local(2026, 11, 24, 12, 30), 30))
    book_one(scheduler, visit(olle, local(2026, 11, 24, 13), 60))  # someone else's

    assert free(scheduler, cora, local(2026, 11, 24, 8), 30) == local(2026, 11, 24, 12)
    assert free(scheduler, cora, local(2026, 11, 24, 8), 60) == local(2026, 11, 24, 13)
    assert free(scheduler, olle, local(2026, 11, 24, 8), 60) == local(2026, 11, 24, 8)


def test_the_next_free_time_suits_every_counselor_given(scheduler, cora, olle):
    book_one(scheduler, visit(cora, local(2026, 11, 24, 8), 60))
    book_one(scheduler, visit(olle, local(2026, 11, 24, 9), 60))
    scheduler.calendar_settings.add_absence(olle, local(2026, 11, 24, 10), local(2026, 11, 24, 11))

    both = scheduler.scheduling.next_free_time(
        [cora, olle], local(2026, 11, 24, 8), timedelta(minutes=60)
    )
    assert both is not None and both.astimezone(STOCKHOLM) == local(2026, 11, 24, 11)
    assert (
        scheduler.scheduling.next_free_time([], local(2026, 11, 24, 8), timedelta(hours=1)) is None
    )


def test_a_cancelled_visit_does_not_take_free_time(scheduler, cora):
    early = book_one(scheduler, visit(cora, local(2026, 11, 24, 8)))
    scheduler.scheduling.set_status(early.id, AppointmentStatus.CANCELLED_BY_CLINIC)

    assert free(scheduler, cora, local(2026, 11, 24, 8)) == local(2026, 11, 24, 8)


def test_the_next_free_time_rolls_over_to_the_next_open_day(scheduler, cora):
    # A full Tuesday afternoon: nothing fits after 15:00.
    book_one(scheduler, visit(cora, local(2026, 11, 24, 15, 30), 90))
    assert free(scheduler, cora, local(2026, 11, 24, 15)) == local(2026, 11, 25, 8)

    # Friday afternoon -> Monday morning.
    assert free(scheduler, cora, local(2026, 11, 27, 16, 30)) == local(2026, 11, 30, 8)
    # Over Christmas: 24, 25 and 26 December, then a weekend.
    assert free(scheduler, cora, local(2026, 12, 23, 16, 30)) == local(2026, 12, 28, 8)
    # New Year's Eve and Day, then a weekend.
    assert free(scheduler, cora, local(2026, 12, 30, 17)) == local(2027, 1, 4, 8)


def test_the_next_free_time_respects_the_room(scheduler, cora, olle, room):
    book_one(scheduler, visit(olle, local(2026, 11, 24, 8), 90, room_id=room.id))

    assert free(scheduler, cora, local(2026, 11, 24, 8)) == local(2026, 11, 24, 8)
    assert free(scheduler, cora, local(2026, 11, 24, 8), room_id=room.id) == local(
        2026, 11, 24, 9, 30
    )


def test_the_next_free_time_follows_the_clinics_own_hours(scheduler, cora):
    scheduler.calendar_settings.save_opening_hours(
        OpeningHours(
            weekly={0: (time(8), time(16)), 2: (time(12), time(19))},
            exceptions={local(2026, 11, 25).date(): None},
        )
    )

    # Tuesday is now closed, this Wednesday too (an exception), next Wednesday opens at 12.
    assert free(scheduler, cora, local(2026, 11, 24, 8)) == local(2026, 11, 30, 8)
    assert free(scheduler, cora, local(2026, 12, 1, 8)) == local(2026, 12, 2, 12)
    assert free(scheduler, cora, local(2026, 12, 2, 18, 30), 30) == local(2026, 12, 2, 18, 30)


def test_the_next_free_time_found_can_be_booked(scheduler, cora):
    book_one(scheduler, visit(cora, local(2026, 11, 24, 8), 135))
    found = scheduler.scheduling.next_free_time([cora], local(2026, 11, 24, 8), timedelta(hours=1))

    booked = book_one(scheduler, visit(cora, found))

    assert booked.starts_at == local(2026, 11, 24, 10, 15)


def test_the_next_free_time_with_any_counselor_says_who(scheduler, cora, olle):
    book_one(scheduler, visit(cora, local(2026, 11, 24, 8), 120))
    book_one(scheduler, visit(olle, local(2026, 11, 24, 8), 60))

    found = scheduler.scheduling.next_free_counselor(
        [cora, olle], local(2026, 11, 24, 8), timedelta(minutes=60)
    )
    assert found == (local(2026, 11, 24, 9), olle)
    book_one(scheduler, visit(olle, local(2026, 11, 24, 9), 60))
    # Both free at 10:00: the first one asked for gets it.
    assert scheduler.scheduling.next_free_counselor(
        [cora, olle], local(2026, 11, 24, 8), timedelta(minutes=60)
    ) == (local(2026, 11, 24, 10), cora)
    assert (
        scheduler.scheduling.next_free_counselor([], local(2026, 11, 24, 8), timedelta(hours=1))
        is None
    )


# --- Undoing a move ---------------------------------------------------------------------


def test_a_move_is_undone_through_the_service_and_logged(scheduler, taken):
    before = scheduler.scheduling.appointment(taken.id)
    scheduler.scheduling.move(taken.id, local(2026, 11, 24, 14), local(2026, 11, 24, 15))
    seq = head_seq(scheduler)

    (restored,) = scheduler.scheduling.restore([before])

    assert (restored.starts_at, restored.ends_at) == (TUESDAY_10, TUESDAY_10 + timedelta(hours=1))
    assert scheduler.scheduling.appointment(taken.id).starts_at == TUESDAY_10
    (entry,) = entries_of(scheduler, seq, LogAction.APPOINTMENT_CHANGED)
    assert (entry.target_id, entry.detail) == (taken.id, "undo")


def test_an_undo_onto_a_time_taken_since_is_a_clash(scheduler, counselor, taken, cora):
    before = scheduler.scheduling.appointment(taken.id)
    counselor.scheduling.move(taken.id, local(2026, 11, 24, 14), local(2026, 11, 24, 15))
    book_one(scheduler, visit(cora, TUESDAY_10, 30))

    with pytest.raises(CounselorBusy):
        counselor.scheduling.restore([before])
    assert scheduler.scheduling.appointment(taken.id).starts_at == local(2026, 11, 24, 14)


def test_calendar_columns_are_counselors_and_leads_with_open_clients(
    lead, counselor, colleague, scheduler
):
    def columns() -> list[str]:
        return [user.username for user in scheduler.scheduling.counselors()]

    assert set(columns()) == {counselor.user.username, colleague.user.username}
    assert lead.user.username not in columns(), "a lead without clients is no column"
    own = frozenset({lead.user.id})
    client, _ = lead.clients.create(details("Leda", birth_year=1990, counselor_ids=own))
    assert lead.user.username in columns()
    lead.clients.update(
        client.id,
        edited(client, status=ClientStatus.CLOSED, closed_reason="Avslutad insats"),
    )
    assert lead.user.username not in columns(), "a closed client is no longer a reason"
    lead.accounts.deactivate(colleague.user.id)
    assert colleague.user.username not in columns()


# --- A month at a glance -----------------------------------------------------------------


@pytest.mark.parametrize("read_at_once", [600, 0], ids=["one-query", "day-by-day"])
def test_a_month_counts_each_days_visits_and_reads_only_the_first(
    scheduler, cora, olle, monkeypatch, read_at_once
):
    monkeypatch.setattr("mottagning.services.scheduling.MONTH_READ_AT_ONCE", read_at_once)
    for hour in (8, 10, 12, 14):
        book_one(scheduler, visit(cora, local(2026, 11, 24, hour), 60))
    cancelled = book_one(scheduler, visit(cora, local(2026, 11, 24, 16), 30))
    scheduler.scheduling.set_status(cancelled.id, AppointmentStatus.CANCELLED_BY_CLIENT)
    (late,) = scheduler.scheduling.book(
        visit(olle, local(2026, 11, 25, 0, 30), 30), override_reason="Jour"
    ).appointments
    days = [local(2026, 11, 23).date() + timedelta(days=n) for n in range(7)]

    month = scheduler.scheduling.visits_by_day(days, 3)

    tuesday, wednesday = month[days[1]], month[days[2]]
    assert tuesday.count == 4  # the cancelled one does not hold its time
    assert [v.starts_at for v in tuesday.first] == [local(2026, 11, 24, h) for h in (8, 10, 12)]
    assert (wednesday.count, [v.id for v in wednesday.first]) == (1, [late.id])  # 23:30 UTC
    assert month[days[0]].count == 0 and month[days[0]].first == []
    mine = scheduler.scheduling.visits_by_day(days, 3, counselor_ids=frozenset({olle}))
    assert (mine[days[1]].count, mine[days[2]].count) == (0, 1)
