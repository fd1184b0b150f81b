"""Rooms, opening hours and absences: kept by the schedulers (and the lead),
checked, logged, and closed to counselors."""

import dataclasses
from dataclasses import replace
from datetime import date, time, timedelta

import pytest

from mottagning.errors import ClinicClosed, InvalidInput, NotFound, PermissionDenied
from mottagning.models.access_log import LogAction
from mottagning.models.calendar import DEFAULT_OPENING_HOURS, OpeningHours
from tests.storage.helpers import head_seq
from tests.storage.reception import entries_of, local, logged, visit

TUESDAY = local(2026, 11, 24)


# --- Rooms -----------------------------------------------------------------------------


def test_a_room_is_saved_with_a_tidy_name_and_logged(scheduler, counselor):
    seq = head_seq(scheduler)

    room = scheduler.calendar_settings.save_room("  Rum   Eken ")

    assert room.name == "Rum Eken"
    assert room.active
    assert counselor.calendar_settings.rooms() == [room]
    assert [
        (e.action, e.target_type, e.target_id)
        for e in entries_of(scheduler, seq, LogAction.CALENDAR_SETTINGS_CHANGED)
    ] == [(LogAction.CALENDAR_SETTINGS_CHANGED, "room", room.id)]


@pytest.mark.parametrize("name", ["", "   ", "x" * 61])
def test_a_room_needs_a_name_of_1_to_60_characters(scheduler, name):
    with pytest.raises(InvalidInput):
        scheduler.calendar_settings.save_room(name)

    assert scheduler.calendar_settings.rooms(active_only=False) == []


def test_a_room_name_of_60_characters_is_fine(scheduler):
    assert scheduler.calendar_settings.save_room("x" * 60).name == "x" * 60


def test_a_room_is_renamed_and_retired_under_its_id(scheduler, counselor, room, cora_id):
    renamed = scheduler.calendar_settings.save_room("Rum Linden", room.id)
    assert renamed.id == room.id
    assert [r.name for r in counselor.calendar_settings.rooms()] == ["Rum Linden"]

    scheduler.calendar_settings.save_room("Rum Linden", room.id, active=False)

    assert counselor.calendar_settings.rooms() == []
    assert [(r.id, r.active) for r in counselor.calendar_settings.rooms(active_only=False)] == [
        (room.id, False)
    ]
    with pytest.raises(NotFound):
        counselor.scheduling.book(visit(cora_id, local(2026, 11, 24, 10), room_id=room.id))


@pytest.fixture
def cora_id(counselor):
    return counselor.user.id


# --- Opening hours ------------------------------------------------------------------------


def test_the_default_hours_are_weekdays_8_to_17(counselor):
    hours = counselor.calendar_settings.opening_hours()

    assert hours == DEFAULT_OPENING_HOURS
    assert hours.weekly == {d: (time(8), time(17)) for d in range(5)}


def test_opening_hours_are_saved_read_back_and_logged(scheduler, counselor, cora_id):
    hours = OpeningHours(
        weekly={0: (time(9), time(15, 30)), 3: (time(12), time(20))},
        exceptions={date(2026, 11, 26): (time(9), time(12)), date(2026, 11, 30): None},
    )
    seq = head_seq(scheduler)

    scheduler.calendar_settings.save_opening_hours(hours)

    assert counselor.calendar_settings.opening_hours() == hours
    (entry,) = entries_of(scheduler, seq, LogAction.CALENDAR_SETTINGS_CHANGED)
    assert entry.user_id == scheduler.user.id
    # Tuesday is now closed; Thursday 26 November closes at noon; Monday 30 is closed.
    with pytest.raises(ClinicClosed):
        counselor.scheduling.book(visit(cora_id, local(2026, 11, 24, 10)))
    with pytest.raises(ClinicClosed):
        counselor.scheduling.book(visit(cora_id, local(2026, 11, 26, 12)))
    with pytest.raises(ClinicClosed):
        counselor.scheduling.book(visit(cora_id, local(2026, 11, 30, 10)))
    counselor.scheduling.book(visit(cora_id, local(2026, 11, 26, 11)))
    counselor.scheduling.book(visit(cora_id, local(2026, 12, 3, 19)))


def test_an_exception_may_open_the_clinic_on_a_holiday(scheduler, cora_id):
    epiphany = date(2027, 1, 6)  # Trettondedag jul, a Wednesday
    with pytest.raises(ClinicClosed):
        scheduler.scheduling.book(visit(cora_id, local(2027, 1, 6, 10)))

    scheduler.calendar_settings.save_opening_hours(
        replace(DEFAULT_OPENING_HOURS, exceptions={epiphany: (time(10), time(14))})
    )

    scheduler.scheduling.book(visit(cora_id, local(2027, 1, 6, 10)))


@pytest.mark.parametrize(
    "hours",
    [
        OpeningHours(weekly={0: (time(17), time(8))}, exceptions={}),
        OpeningHours(weekly={0: (time(8), time(8))}, exceptions={}),
        OpeningHours(weekly={}, exceptions={date(2026, 12, 1): (time(13), time(12))}),
    ],
    ids=["closing-before-opening", "closing-at-opening", "exception-backwards"],
)
def test_closing_must_come_after_opening(scheduler, hours):
    seq = head_seq(scheduler)

    with pytest.raises(InvalidInput):
        scheduler.calendar_settings.save_opening_hours(hours)

    assert scheduler.calendar_settings.opening_hours() == DEFAULT_OPENING_HOURS
    assert logged(scheduler, seq) == []


# --- Absences -------------------------------------------------------------------------------


def test_an_absence_is_added_listed_removed_and_logged(scheduler, counselor, cora_id):
    seq = head_seq(scheduler)

    absence = scheduler.calendar_settings.add_absence(
        cora_id, local(2026, 11, 24, 8), local(2026, 11, 26, 17), "  Kurs  i MI "
    )
    assert absence.reason == "Kurs i MI"
    assert scheduler.calendar_settings.absences(TUESDAY, TUESDAY + timedelta(days=1)) == [absence]
    # Colleagues see that Cora is away, not why (the reason could be "sick").
    assert counselor.calendar_settings.absences(TUESDAY, TUESDAY + timedelta(days=1)) == [
        dataclasses.replace(absence, reason="")
    ]
    assert counselor.calendar_settings.absences(local(2026, 11, 27), local(2026, 11, 28)) == []

    scheduler.calendar_settings.remove_absence(absence)

    assert counselor.calendar_settings.absences(TUESDAY, TUESDAY + timedelta(days=1)) == []
    entries = entries_of(scheduler, seq, LogAction.CALENDAR_SETTINGS_CHANGED)
    assert [(e.target_type, e.target_id, e.detail) for e in entries] == [
        ("user", cora_id, "absence added"),
        ("user", cora_id, "absence removed"),
    ]
    counselor.scheduling.book(visit(cora_id, local(2026, 11, 25, 10)))  # free again


@pytest.mark.parametrize("hours", [0, -2])
def test_an_absence_ends_after_it_starts(scheduler, cora_id, hours):
    start = local(2026, 11, 24, 12)

    with pytest.raises(InvalidInput):
        scheduler.calendar_settings.add_absence(cora_id, start, start + timedelta(hours=hours))


def test_the_lead_may_keep_the_calendar_too(lead, cora_id):
    room = lead.calendar_settings.save_room("Rum Lönnen")
    lead.calendar_settings.save_opening_hours(DEFAULT_OPENING_HOURS)
    absence = lead.calendar_settings.add_absence(
        cora_id, local(2026, 11, 24, 8), local(2026, 11, 24, 9)
    )
    lead.calendar_settings.remove_absence(absence)

    assert lead.calendar_settings.rooms() == [room]


def test_a_counselor_cannot_change_rooms_hours_or_absences(counselor, scheduler, room, cora_id):
    absence = scheduler.calendar_settings.add_absence(
        cora_id, local(2026, 11, 24, 8), local(2026, 11, 24, 9)
    )
    seq = head_seq(counselor)
    attempts = [
        lambda: counselor.calendar_settings.save_room("Mitt rum"),
        lambda: counselor.calendar_settings.save_room("Nytt namn", room.id),
        lambda: counselor.calendar_settings.save_opening_hours(
            OpeningHours(weekly={0: (time(10), time(11))}, exceptions={})
        ),
        lambda: counselor.calendar_settings.add_absence(
            cora_id, local(2026, 11, 25, 8), local(2026, 11, 25, 9)
        ),
        lambda: counselor.calendar_settings.remove_absence(absence),
    ]

    for attempt in attempts:
        with pytest.raises(PermissionDenied):
            attempt()

    assert counselor.calendar_settings.rooms() == [room]
    assert counselor.calendar_settings.opening_hours() == DEFAULT_OPENING_HOURS
    assert counselor.calendar_settings.absences(TUESDAY, TUESDAY + timedelta(days=2)) == [absence]
    assert logged(counselor, seq) == [(LogAction.PERMISSION_DENIED, None)] * len(attempts)


def test_an_unknown_time_zone_is_refused(lead, counselor):
    """The calendar reads the clinic's time zone for every booking."""
    settings = lead.clinic_settings.settings()

    with pytest.raises(InvalidInput):
        lead.clinic_settings.update_settings(replace(settings, time_zone="Europe/Atlantis"))

    assert counselor.scheduling.zone.key == "Europe/Stockholm"
