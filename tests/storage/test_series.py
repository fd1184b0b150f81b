"""Recurring visits: booking a series (every N weeks, N times or until a date,
skipping closed days, across daylight-saving changes) and changing one visit,
this and the following ones, or all of them."""

from datetime import UTC, date, timedelta

import pytest

from mottagning.errors import ClinicClosed, CounselorBusy, InvalidInput, UserError
from mottagning.models.access_log import LogAction
from mottagning.models.calendar import AppointmentStatus, OpeningHours, Recurrence, SeriesScope
from tests.storage.helpers import head_seq
from tests.storage.reception import STOCKHOLM, entries_of, local, visit

# The clock stands at Monday 2026-11-23, 09:00 in Stockholm.


@pytest.fixture
def cora(counselor):
    return counselor.user.id


def days(appointments):
    return [a.starts_at.astimezone(STOCKHOLM).date() for a in appointments]


def local_times(appointments):
    return [a.starts_at.astimezone(STOCKHOLM).strftime("%Y-%m-%d %H:%M") for a in appointments]


def book_series(session, details, **recurrence):
    return session.scheduling.book(details, Recurrence(**recurrence))


def series_of(session, appointment):
    """Every member of the appointment's series, read back, in time order."""
    found = session.scheduling.appointments(
        appointment.starts_at - timedelta(days=400), appointment.starts_at + timedelta(days=800)
    )
    return [a for a in found if a.series_id == appointment.series_id]


# --- Booking a series ------------------------------------------------------------------


def test_weekly_n_times(scheduler, cora, lilja):
    seq = head_seq(scheduler)

    result = book_series(
        scheduler, visit(cora, local(2026, 12, 1, 10), client_id=lilja.id), occurrences=4
    )

    assert days(result.appointments) == [
        date(2026, 12, 1),
        date(2026, 12, 8),
        date(2026, 12, 15),
        date(2026, 12, 22),
    ]
    assert result.skipped == []
    (series_id,) = {a.series_id for a in result.appointments}
    assert series_id is not None
    assert series_of(scheduler, result.appointments[0]) == result.appointments
    booked = entries_of(scheduler, seq, LogAction.APPOINTMENT_BOOKED)
    assert [(e.client_id, e.target_id) for e in booked] == [
        (lilja.id, a.id) for a in result.appointments
    ]


@pytest.mark.parametrize(
    ("interval", "expected"),
    [
        (2, [date(2026, 12, 1), date(2026, 12, 15), date(2026, 12, 29), date(2027, 1, 12)]),
        (3, [date(2026, 12, 1), date(2026, 12, 22), date(2027, 1, 12), date(2027, 2, 2)]),
        (5, [date(2026, 12, 1), date(2027, 1, 5), date(2027, 2, 9), date(2027, 3, 16)]),
    ],
)
def test_every_n_weeks(scheduler, cora, interval, expected):
    result = book_series(
        scheduler, visit(cora, local(2026, 12, 1, 10)), interval_weeks=interval, occurrences=4
    )

    assert days(result.appointments) == expected
    assert local_times(result.appointments)[-1].endswith("10:00")


def test_skipped_holidays_extend_the_series_and_are_reported(scheduler, cora):
    # Thursdays: 24 and 31 December are Christmas Eve and New Year's Eve.
    result = book_series(scheduler, visit(cora, local(2026, 12, 10, 14)), occurrences=5)

    assert days(result.appointments) == [
        date(2026, 12, 10),
        date(2026, 12, 17),
        date(2027, 1, 7),
        date(2027, 1, 14),
        date(2027, 1, 21),
    ]
    assert result.skipped == [(date(2026, 12, 24), "Julafton"), (date(2026, 12, 31), "Nyårsafton")]


def test_until_a_date_includes_that_date(scheduler, cora):
    result = book_series(scheduler, visit(cora, local(2026, 12, 1, 10)), until=date(2026, 12, 22))
    shorter = book_series(scheduler, visit(cora, local(2026, 12, 1, 13)), until=date(2026, 12, 21))

    assert days(result.appointments) == [
        date(2026, 12, 1),
        date(2026, 12, 8),
        date(2026, 12, 15),
        date(2026, 12, 22),
    ]
    assert len(shorter.appointments) == 3


def test_until_a_date_skips_holidays_without_extending(scheduler, cora):
    # Fridays: Christmas Day and New Year's Day.
    result = book_series(scheduler, visit(cora, local(2026, 12, 18, 9)), until=date(2027, 1, 8))

    assert days(result.appointments) == [date(2026, 12, 18), date(2027, 1, 8)]
    assert result.skipped == [(date(2026, 12, 25), "Juldagen"), (date(2027, 1, 1), "Nyårsdagen")]


def test_a_day_the_clinic_closed_itself_is_skipped_without_a_name(scheduler, cora):
    hours = scheduler.calendar_settings.opening_hours()
    scheduler.calendar_settings.save_opening_hours(
        OpeningHours(weekly=hours.weekly, exceptions={date(2026, 12, 8): None})
    )

    result = book_series(scheduler, visit(cora, local(2026, 12, 1, 10)), occurrences=3)

    assert days(result.appointments) == [date(2026, 12, 1), date(2026, 12, 15), date(2026, 12, 22)]
    assert result.skipped == [(date(2026, 12, 8), "")]


def test_a_weekly_series_stays_at_10_across_the_spring_change(scheduler, cora, clock):
    clock.moment = local(2026, 3, 2, 9).astimezone(UTC)

    result = book_series(scheduler, visit(cora, local(2026, 3, 19, 10)), occurrences=3)

    stored = series_of(scheduler, result.appointments[0])
    assert local_times(stored) == ["2026-03-19 10:00", "2026-03-26 10:00", "2026-04-02 10:00"]
    assert [a.starts_at.astimezone(UTC).hour for a in stored] == [9, 9, 8]
    assert all(a.ends_at - a.starts_at == timedelta(hours=1) for a in stored)


def test_a_weekly_series_stays_at_10_across_the_autumn_change(scheduler, cora, clock):
    clock.moment = local(2026, 10, 1, 9).astimezone(UTC)

    result = book_series(scheduler, visit(cora, local(2026, 10, 15, 10)), occurrences=3)

    stored = series_of(scheduler, result.appointments[0])
    assert local_times(stored) == ["2026-10-15 10:00", "2026-10-22 10:00", "2026-10-29 10:00"]
    assert [a.starts_at.astimezone(UTC).hour for a in stored] == [8, 8, 9]


@pytest.mark.parametrize(
    "recurrence",
    [
        {"interval_weeks": 0, "occurrences": 3},
        {"interval_weeks": 53, "occurrences": 3},
        {"interval_weeks": -1, "occurrences": 3},
        {},
        {"occurrences": 3, "until": date(2027, 1, 1)},
        {"occurrences": 0},
        {"occurrences": 105},
        {"until": date(2026, 11, 30)},
        {"until": date(2028, 12, 31)},
    ],
    ids=[
        "every-0-weeks",
        "every-53-weeks",
        "every-minus-1-weeks",
        "neither-count-nor-end",
        "both-count-and-end",
        "zero-times",
        "105-times",
        "end-before-start",
        "more-than-two-years",
    ],
)
def test_an_invalid_recurrence_is_refused(scheduler, cora, recurrence):
    seq = head_seq(scheduler)

    with pytest.raises(InvalidInput):
        book_series(scheduler, visit(cora, local(2026, 12, 1, 10)), **recurrence)

    assert entries_of(scheduler, seq, LogAction.APPOINTMENT_BOOKED) == []


def test_a_clash_anywhere_in_the_series_refuses_all_of_it(scheduler, cora):
    scheduler.scheduling.book(visit(cora, local(2026, 12, 15, 10, 30)))

    with pytest.raises(CounselorBusy) as busy:
        book_series(scheduler, visit(cora, local(2026, 12, 1, 10)), occurrences=4)

    assert "2026-12-15 10:30-11:30" in busy.value.describe()
    assert len(scheduler.scheduling.appointments(local(2026, 12, 1), local(2026, 12, 31))) == 1


def test_a_series_that_finds_no_open_day_is_refused(scheduler, cora):
    seq = head_seq(scheduler)

    # Saturdays are never open: the plan passes over two years and books nothing.
    with pytest.raises(UserError):
        book_series(scheduler, visit(cora, local(2026, 11, 28, 10)), occurrences=3)
    with pytest.raises(UserError):
        book_series(scheduler, visit(cora, local(2026, 12, 24, 10)), until=date(2026, 12, 24))

    assert entries_of(scheduler, seq, LogAction.APPOINTMENT_BOOKED) == []


def test_booking_such_a_series_from_the_waiting_list_is_refused_too(scheduler, cora, lilja):
    entry = scheduler.waiting_list.add(lilja.id, 2, date(2026, 11, 20))

    with pytest.raises(UserError):
        scheduler.waiting_list.book(
            entry.id, visit(cora, local(2026, 11, 28, 10)), Recurrence(occurrences=2)
        )

    assert [e.id for e in scheduler.waiting_list.entries()] == [entry.id]


def test_only_the_first_visit_of_a_series_carries_the_waiting_time(scheduler, cora, lilja):
    entry = scheduler.waiting_list.add(lilja.id, 2, date(2026, 11, 19))

    result = scheduler.waiting_list.book(
        entry.id, visit(cora, local(2026, 12, 1, 10)), Recurrence(occurrences=3)
    )

    assert [a.waiting_days for a in result.appointments] == [12, None, None]


# --- Changing a series ------------------------------------------------------------------------


@pytest.fixture
def tuesdays(scheduler, cora, lilja):
    """Five Tuesdays at 10:00: 1, 8, 15, 22 and 29 December."""
    return book_series(
        scheduler, visit(cora, local(2026, 12, 1, 10), client_id=lilja.id), occurrences=5
    ).appointments


def test_moving_one_visit_leaves_the_others(scheduler, tuesdays):
    third = tuesdays[2]

    (moved,) = scheduler.scheduling.move(
        third.id, local(2026, 12, 16, 13), local(2026, 12, 16, 14), SeriesScope.THIS
    )

    stored = series_of(scheduler, tuesdays[0])
    assert local_times(stored) == [
        "2026-12-01 10:00",
        "2026-12-08 10:00",
        "2026-12-16 13:00",
        "2026-12-22 10:00",
        "2026-12-29 10:00",
    ]
    assert moved.series_id == third.series_id


def test_moving_this_and_following_shifts_only_those_into_a_new_series(scheduler, tuesdays):
    seq = head_seq(scheduler)

    moved = scheduler.scheduling.move(
        tuesdays[2].id,
        local(2026, 12, 16, 14),  # a day later, and at 14:00
        local(2026, 12, 16, 15, 30),  # and 90 minutes long
        SeriesScope.THIS_AND_FOLLOWING,
    )

    assert local_times(moved) == ["2026-12-16 14:00", "2026-12-23 14:00", "2026-12-30 14:00"]
    assert all(a.ends_at - a.starts_at == timedelta(minutes=90) for a in moved)
    (new_series,) = {a.series_id for a in moved}
    assert new_series != tuesdays[0].series_id
    earlier = series_of(scheduler, tuesdays[0])
    assert local_times(earlier) == ["2026-12-01 10:00", "2026-12-08 10:00"]
    assert [e.target_id for e in entries_of(scheduler, seq, LogAction.APPOINTMENT_CHANGED)] == [
        a.id for a in tuesdays[2:]
    ]


def test_moving_this_and_following_across_a_dst_change_keeps_the_wall_clock(scheduler, cora, clock):
    clock.moment = local(2026, 10, 1, 9).astimezone(UTC)
    series = book_series(scheduler, visit(cora, local(2026, 10, 13, 10)), occurrences=4)
    first = series.appointments[0]

    moved = scheduler.scheduling.move(
        first.id, local(2026, 10, 14, 9), local(2026, 10, 14, 10), SeriesScope.THIS_AND_FOLLOWING
    )

    assert local_times(moved) == [
        "2026-10-14 09:00",
        "2026-10-21 09:00",
        "2026-10-28 09:00",
        "2026-11-04 09:00",
    ]
    assert [a.starts_at.astimezone(UTC).hour for a in moved] == [7, 7, 8, 8]


def test_changing_all_spares_past_and_settled_visits(scheduler, counselor, tuesdays, clock, room):
    clock.moment = local(2026, 12, 8, 12).astimezone(UTC)  # after the second visit
    scheduler.scheduling.set_status(tuesdays[1].id, AppointmentStatus.ATTENDED)
    scheduler.scheduling.set_status(tuesdays[3].id, AppointmentStatus.CANCELLED_BY_CLIENT)

    changed = scheduler.scheduling.update(
        tuesdays[2].id,
        visit(
            counselor.user.id,
            local(2026, 12, 15, 11),
            45,
            client_id=tuesdays[2].client_id,
            room_id=room.id,
        ),
        SeriesScope.ALL,
    )

    assert [a.id for a in changed] == [tuesdays[2].id, tuesdays[4].id]
    stored = series_of(scheduler, tuesdays[0])
    assert local_times(stored) == [
        "2026-12-01 10:00",
        "2026-12-08 10:00",
        "2026-12-15 11:00",
        "2026-12-22 10:00",
        "2026-12-29 11:00",
    ]
    assert [a.room_id for a in stored] == [None, None, room.id, None, room.id]
    assert [a.status for a in stored] == [
        AppointmentStatus.BOOKED,
        AppointmentStatus.ATTENDED,
        AppointmentStatus.BOOKED,
        AppointmentStatus.CANCELLED_BY_CLIENT,
        AppointmentStatus.BOOKED,
    ]


def test_changing_all_from_the_first_visit_moves_every_future_one(scheduler, tuesdays):
    changed = scheduler.scheduling.move(
        tuesdays[0].id, local(2026, 12, 2, 9), local(2026, 12, 2, 10), SeriesScope.ALL
    )

    assert local_times(changed) == [
        "2026-12-02 09:00",
        "2026-12-09 09:00",
        "2026-12-16 09:00",
        "2026-12-23 09:00",
        "2026-12-30 09:00",
    ]
    assert {a.series_id for a in changed} == {tuesdays[0].series_id}


def test_a_series_edit_onto_a_holiday_is_a_clash(scheduler, tuesdays):
    # Two days later is Thursday: 24 and 31 December are closed.
    with pytest.raises(ClinicClosed) as refused:
        scheduler.scheduling.move(
            tuesdays[2].id,
            local(2026, 12, 17, 10),
            local(2026, 12, 17, 11),
            SeriesScope.THIS_AND_FOLLOWING,
        )

    assert "Julafton" in refused.value.describe()
    assert local_times(series_of(scheduler, tuesdays[0]))[2] == "2026-12-15 10:00"


def test_cancelling_this_and_following_cancels_the_rest(scheduler, tuesdays):
    cancelled = scheduler.scheduling.set_status(
        tuesdays[2].id, AppointmentStatus.CANCELLED_BY_CLINIC, SeriesScope.THIS_AND_FOLLOWING
    )

    assert [a.id for a in cancelled] == [a.id for a in tuesdays[2:]]
    assert [a.status for a in series_of(scheduler, tuesdays[0])] == [
        AppointmentStatus.BOOKED,
        AppointmentStatus.BOOKED,
        AppointmentStatus.CANCELLED_BY_CLINIC,
        AppointmentStatus.CANCELLED_BY_CLINIC,
        AppointmentStatus.CANCELLED_BY_CLINIC,
    ]


def test_cancelling_all_cancels_only_the_future(scheduler, tuesdays, clock):
    clock.moment = local(2026, 12, 9, 9).astimezone(UTC)
    scheduler.scheduling.set_status(tuesdays[0].id, AppointmentStatus.ATTENDED)

    scheduler.scheduling.set_status(
        tuesdays[3].id, AppointmentStatus.CANCELLED_BY_CLIENT, SeriesScope.ALL
    )

    assert [a.status for a in series_of(scheduler, tuesdays[0])] == [
        AppointmentStatus.ATTENDED,
        AppointmentStatus.BOOKED,  # 8 December: past, left as it was
        AppointmentStatus.CANCELLED_BY_CLIENT,
        AppointmentStatus.CANCELLED_BY_CLIENT,
        AppointmentStatus.CANCELLED_BY_CLIENT,
    ]


@pytest.mark.parametrize("scope", [SeriesScope.THIS_AND_FOLLOWING, SeriesScope.ALL])
@pytest.mark.parametrize(
    "status",
    [AppointmentStatus.ARRIVED, AppointmentStatus.ATTENDED, AppointmentStatus.NO_SHOW],
)
def test_other_status_changes_apply_to_one_visit_only(scheduler, tuesdays, clock, scope, status):
    clock.moment = local(2026, 12, 1, 10, 5).astimezone(UTC)

    changed = scheduler.scheduling.set_status(tuesdays[0].id, status, scope)

    assert [a.id for a in changed] == [tuesdays[0].id]
    assert [a.status for a in series_of(scheduler, tuesdays[0])] == [status] + [
        AppointmentStatus.BOOKED
    ] * 4
