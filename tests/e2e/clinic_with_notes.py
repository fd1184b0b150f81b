"""A clinic whose counselor has one client with many signed notes: enough
data that a copy or a re-sealing takes long enough to be killed half-way."""

from pathlib import Path

from mottagning.models.journal import NoteType
from mottagning.models.users import NewUser, Role
from mottagning.services.authentication import Authenticator
from mottagning.services.session import Session
from mottagning.services.setup import create_clinic
from mottagning.storage.files import ClinicFiles
from tests.storage.reception import details
from tests.support import (
    CLINIC,
    COUNSELOR_PASSWORD,
    FAST_KDF,
    LEAD,
    LEAD_PASSWORD,
    FakeClock,
    add_user,
)


def clinic_with_notes(
    folder: Path, notes: int
) -> tuple[ClinicFiles, FakeClock, Authenticator, Session]:
    """The clinic's files, its clock, the open gate and the lead's session."""
    files = ClinicFiles(folder)
    clock = FakeClock()
    create_clinic(files, CLINIC, LEAD, LEAD_PASSWORD, clock, FAST_KDF)
    gate = Authenticator(files, clock, FAST_KDF, workstation="TEST-PC")
    lead = gate.login(LEAD.username, LEAD_PASSWORD)
    cora = add_user(lead, gate, NewUser("cora", "Cora B", "", Role.COUNSELOR), COUNSELOR_PASSWORD)
    client, _ = cora.clients.create(details("Lilja", counselor_ids=frozenset({cora.user.id})))
    for number in range(notes):
        note = cora.journal.start_note(
            client.id, NoteType.SESSION, body=f"Anteckning {number} " * 40
        )
        cora.journal.sign(note.id)
    return files, clock, gate, lead
