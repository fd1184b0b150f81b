"""Two workstations, one clinic, a real PostgreSQL server in between."""

import dataclasses
from pathlib import Path

import pytest

from mottagning.errors import SyncDeviceRefused, SyncServerUnavailable
from mottagning.models.calendar import AppointmentDetails, AppointmentStatus, Room
from mottagning.models.clients import Client
from mottagning.models.journal import NoteType
from mottagning.services.session import Session
from mottagning.storage import sync_server
from mottagning.storage.sync_envelope import JOURNAL, channel_key, open_envelope
from mottagning.storage.sync_envelope import EnvelopeUnreadable
from tests.storage.reception import details, local
from tests.storage.sync_support import (  # noqa: F401 (fixtures)
    ClinicServer,
    canonical_dump,
    connect_first,
    new_workstation,
    pg,
    server,
)
from tests.support import MARKER, FakeClock


def visit(counselor: Session, client: Client, room: Room, hour: int) -> AppointmentDetails:
    return AppointmentDetails(
        starts_at=local(2026, 11, 25, hour),
        ends_at=local(2026, 11, 25, hour, 45),
        counselor_ids=frozenset({counselor.user.id}),
        client_id=client.id,
        room_id=room.id,
    )


def test_a_booking_on_one_pc_appears_on_the_other(
    lead: Session,
    counselor: Session,
    lilja: Client,
    room: Room,
    server: ClinicServer,
    tmp_path: Path,
    clock: FakeClock,
) -> None:
    connect_first(lead, server)
    b = new_workstation(lead, server, tmp_path / "b", clock, "b")
    (booked,) = lead.scheduling.book(visit(counselor, lilja, room, 10)).appointments

    assert lead.sync.status().waiting > 0
    lead.sync.sync_now()
    assert lead.sync.status().waiting == 0
    result = b.lead.sync.sync_now()

    assert result.applied >= 1
    assert b.lead.scheduling.appointment(booked.id).starts_at == booked.starts_at
    assert canonical_dump(b.lead)["appointments"] == canonical_dump(lead)["appointments"]


def test_offline_work_on_both_pcs_converges_with_conflicts_and_clashes_listed(
    lead: Session,
    counselor: Session,
    lilja: Client,
    room: Room,
    server: ClinicServer,
    tmp_path: Path,
    clock: FakeClock,
) -> None:
    connect_first(lead, server)
    b = new_workstation(lead, server, tmp_path / "b", clock, "b")
    # The server is away: both PCs work on.
    server.pg.stop()
    with pytest.raises(SyncServerUnavailable):
        lead.sync.sync_now()
    assert lead.sync.status().offline_since == clock.now()

    lilja_a = lead.clients.open(lilja.id)
    lead.clients.update(
        lilja.id,
        dataclasses.replace(lilja_a.details, phone="070-111 11 11", home_municipality="Göteborg"),
    )
    clock.advance(minutes=1)
    lilja_b = b.lead.clients.open(lilja.id)
    b.lead.clients.update(
        lilja.id,
        dataclasses.replace(lilja_b.details, phone="070-222 22 22", email="lilja@example.org"),
    )
    (on_a,) = lead.scheduling.book(visit(counselor, lilja, room, 10)).appointments
    (on_b,) = b.lead.scheduling.book(visit(counselor, lilja, room, 10)).appointments
    note = counselor.journal.start_note(lilja.id, NoteType.SESSION, body="skrivet på A")
    counselor.journal.sign(note.id)

    server.pg.start()
    for _ in range(2):
        lead.sync.sync_now()
        b.lead.sync.sync_now()

    assert canonical_dump(lead) == canonical_dump(b.lead)
    for session in (lead, b.lead):
        (conflict,) = session.sync.conflicts()
        assert (conflict.table, conflict.field) == ("clients", "phone")
        assert {conflict.value_a, conflict.value_b} == {"070-111 11 11", "070-222 22 22"}
        merged = session.clients.open(lilja.id).details
        assert merged.home_municipality == "Göteborg"  # different fields both kept
        assert merged.email == "lilja@example.org"
        clash = session.sync.clashes()
        assert [(c.first_id, c.second_id) for c in clash] == [tuple(sorted((on_a.id, on_b.id)))]
        assert session.sync.status().conflicts == 1
        assert session.sync.status().clashes == 1
    assert canonical_dump(b.lead)["journal_notes"] != []  # the lead's PC holds the journal key

    # Resolved on B: the choice and the resolution reach A.
    (conflict,) = b.lead.sync.conflicts()
    b.lead.sync.resolve(conflict.id, keep_later=False)
    b.lead.scheduling.set_status(on_b.id, AppointmentStatus.CANCELLED_BY_CLINIC)
    b.lead.sync.sync_now()
    lead.sync.sync_now()
    b.lead.sync.sync_now()
    assert canonical_dump(lead) == canonical_dump(b.lead)
    assert lead.sync.conflicts() == [] == b.lead.sync.conflicts()
    assert lead.clients.open(lilja.id).details.phone == conflict.value_a
    assert lead.sync.clashes() == [] == b.lead.sync.clashes()
