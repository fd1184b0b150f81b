"""Two workstations, one clinic, a real PostgreSQL server in between."""

import dataclasses
from pathlib import Path

import pytest

from mottagning.errors import SyncDeviceRefused, SyncServerUnavailable
from mottagning.models.calendar import AppointmentDetails, Room
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
    lead: Session, counselor: Session, lilja: Client, room: Room, server: ClinicServer,
    tmp_path: Path, clock: FakeClock,
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
