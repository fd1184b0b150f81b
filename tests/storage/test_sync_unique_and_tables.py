"""Two PCs apart: unique names taken on both, records made twice, and the
tables that travel besides the register, the calendar and the journal."""

import dataclasses
from pathlib import Path

from mottagning.models.calendar import ContactForm
from mottagning.models.clients import Client
from mottagning.models.outward_work import Audience, OutwardKind, OutwardWorkDetails
from mottagning.models.users import NewUser, Role
from mottagning.services.accounts import generate_temporary_password
from mottagning.services.session import Session
from tests.storage.reception import PERSONNUMMER, details, identity, local
from tests.storage.sync_support import ClinicServer, canonical_dump, connect_first, new_workstation
from tests.support import FakeClock


def _sync_all(*sessions: Session) -> None:
    for _ in range(2):
        for session in sessions:
            session.sync.sync_now()


def test_one_user_name_made_apart_on_two_pcs_keeps_both_accounts_for_the_lead_to_see(
    lead: Session, server: ClinicServer, tmp_path: Path, clock: FakeClock
) -> None:
    connect_first(lead, server)
    b = new_workstation(lead, server, tmp_path / "b", clock, "b")
    password_a, password_b = generate_temporary_password(), generate_temporary_password()
    on_a = lead.accounts.create_user(
        NewUser("anna", "Anna Berg", "Kurator", Role.COUNSELOR), password_a
    )
    on_b = b.lead.accounts.create_user(
        NewUser("Anna", "Anna Ek", "Socionom", Role.SCHEDULER), password_b
    )

    _sync_all(lead, b.lead)  # before: an IntegrityError (users.username is unique)

    assert canonical_dump(lead) == canonical_dump(b.lead)
    kept, renamed = sorted((on_a, on_b), key=lambda user: user.id)
    for session in (lead, b.lead):
        names = {user.id: user.username for user in session.accounts.list_users()}
        assert names[kept.id] == "anna"
        assert names[renamed.id] == f"anna.{renamed.id[:6]}"
        assert session.sync.status().duplicates == 1
        (duplicate,) = session.sync.duplicates()
        assert (duplicate.table, duplicate.field, duplicate.value) == ("users", "username", "anna")
        assert duplicate.names == ("anna", f"anna.{renamed.id[:6]}")
    # Each still signs in on the PC where the account was made, with the name given.
    assert b.gate.login("Anna", password_b).user.id == on_b.id

    # The lead has looked (two people): the mark travels, the list empties everywhere.
    b.lead.sync.mark_duplicate_seen(b.lead.sync.duplicates()[0].id)
    _sync_all(b.lead, lead)
    assert lead.sync.duplicates() == [] == b.lead.sync.duplicates()
    assert lead.sync.status().duplicates == 0


def test_one_identity_number_registered_apart_keeps_both_clients_listed(
    lead: Session, server: ClinicServer, tmp_path: Path, clock: FakeClock
) -> None:
    connect_first(lead, server)
    b = new_workstation(lead, server, tmp_path / "b", clock, "b")
    first, _ = lead.clients.create(details("Vide", identity=identity(PERSONNUMMER)))
    second, _ = b.lead.clients.create(details("Sälg", identity=identity(PERSONNUMMER)))

    _sync_all(lead, b.lead)

    assert canonical_dump(lead) == canonical_dump(b.lead)
    for session in (lead, b.lead):
        (duplicate,) = session.sync.duplicates()
        assert duplicate.field == "identity_number"
        assert set(duplicate.row_ids) == {first.id, second.id}
        assert set(duplicate.names) == {"Vide", "Sälg"}
    viewed = lead.clinic.db.query(
        "SELECT client_id FROM access_log WHERE action = 'client_viewed' AND detail = ?",
        ("sync duplicate",),
    )
    assert {r["client_id"] for r in viewed} >= {first.id, second.id}


def test_a_client_registered_on_one_pc_is_found_by_search_on_the_other(
    lead: Session, server: ClinicServer, tmp_path: Path, clock: FakeClock
) -> None:
    connect_first(lead, server)
    b = new_workstation(lead, server, tmp_path / "b", clock, "b")
    made, _ = lead.clients.create(details("Rönnbär"))
    _sync_all(lead, b.lead)
    assert [hit.id for hit in b.lead.clients.search("rönnb")] == [made.id]


def test_the_waiting_list_absences_tallies_outward_work_and_settings_travel(
    lead: Session,
    counselor: Session,
    lilja: Client,
    server: ClinicServer,
    tmp_path: Path,
    clock: FakeClock,
) -> None:
    connect_first(lead, server)
    b = new_workstation(lead, server, tmp_path / "b", clock, "b")
    today = clock.now().date()
    entry = lead.waiting_list.add(lilja.id, 2, today, "ringer tillbaka")
    absence = lead.calendar_settings.add_absence(
        counselor.user.id, local(2026, 12, 1, 8), local(2026, 12, 1, 17), "kurs"
    )
    tally = lead.anonymous_contacts.record(today, ContactForm.PHONE)
    work = lead.outward_work.record(
        OutwardWorkDetails(
            today, OutwardKind.TRAINING, Audience.SCHOOL, 30, 2.0, frozenset({counselor.user.id})
        )
    )
    settings = lead.clinic_settings.settings()
    lead.clinic_settings.update_settings(dataclasses.replace(settings, draft_overdue_days=7))

    _sync_all(lead, b.lead)

    assert canonical_dump(lead) == canonical_dump(b.lead)
    assert [e.id for e in b.lead.waiting_list.entries()] == [entry.id]
    assert b.lead.waiting_list.entries()[0].note == "ringer tillbaka"
    got = b.lead.calendar_settings.absences(local(2026, 12, 1), local(2026, 12, 2))
    assert [a.id for a in got] == [absence.id]
    assert [t.id for t in b.lead.anonymous_contacts.between(today, today)] == [tally.id]
    (travelled,) = b.lead.outward_work.between(today, today)
    assert travelled.id == work.id and travelled.staff_ids == frozenset({counselor.user.id})
    assert b.lead.clinic_settings.settings().draft_overdue_days == 7


def test_one_value_written_apart_on_both_pcs_then_edited_is_no_conflict(
    lead: Session, lilja: Client, server: ClinicServer, tmp_path: Path, clock: FakeClock
) -> None:
    connect_first(lead, server)
    b = new_workstation(lead, server, tmp_path / "b", clock, "b")
    for session in (lead, b.lead):  # both PCs type the same new number apart
        client = session.clients.open(lilja.id)
        session.clients.update(lilja.id, dataclasses.replace(client.details, phone="070-1"))
    _sync_all(lead, b.lead)
    assert lead.sync.conflicts() == []

    clock.advance(minutes=5)  # then one PC corrects it: the edit replaces both
    client = lead.clients.open(lilja.id)
    lead.clients.update(lilja.id, dataclasses.replace(client.details, phone="070-2"))
    _sync_all(lead, b.lead)

    assert lead.sync.conflicts() == [] == b.lead.sync.conflicts()
    assert b.lead.clients.open(lilja.id).details.phone == "070-2"
