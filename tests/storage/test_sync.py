"""Two workstations, one clinic, a real PostgreSQL server in between."""

import dataclasses
from pathlib import Path

import pytest

from mottagning import cli
from mottagning.errors import SyncDeviceRefused, SyncEnvelopeUnreadable, SyncServerUnavailable
from mottagning.models.calendar import AppointmentDetails, AppointmentStatus, Room
from mottagning.models.clients import Client
from mottagning.models.journal import NoteType
from mottagning.services.session import Session
from mottagning.storage import sync_server
from mottagning.storage.sync_envelope import JOURNAL, EnvelopeUnreadable, channel_key, open_envelope
from tests.storage.cli_support import Run
from tests.storage.postgres import PostgresServer
from tests.storage.reception import details, local
from tests.storage.sync_support import ClinicServer, canonical_dump, connect_first, new_workstation
from tests.support import COUNSELOR_PASSWORD, LEAD_PASSWORD, MARKER, ClinicUnderTest, FakeClock


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
    new_room = lead.calendar_settings.save_room("Rum Eken")  # made after the copy
    (booked,) = lead.scheduling.book(visit(counselor, lilja, new_room, 10)).appointments

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
    counselor.plans.save(lilja.id, "Minska risktagande", "Samtal varannan vecka", [], None)
    counselor.measures.record(lilja.id, "phq9", [0, 1, 1, 0, 0, 1, 0, 0, 0])

    server.pg.start()
    for _ in range(2):
        lead.sync.sync_now()
        b.lead.sync.sync_now()

    assert canonical_dump(lead) == canonical_dump(b.lead)
    for session in (lead, b.lead):
        (conflict,) = session.sync.conflicts()
        assert (conflict.table, conflict.field) == ("clients", "phone")
        assert {conflict.earlier, conflict.later} == {"070-111 11 11", "070-222 22 22"}
        assert (conflict.what, conflict.client_id) == ("Lilja", lilja.id)
        merged = session.clients.open(lilja.id).details
        assert merged.home_municipality == "Göteborg"  # different fields both kept
        assert merged.email == "lilja@example.org"
        clash = session.sync.clashes()
        assert [(c.first_id, c.second_id) for c in clash] == [tuple(sorted((on_a.id, on_b.id)))]
        assert session.sync.status().conflicts == 1
        assert session.sync.status().clashes == 1
    cora_on_b = b.gate.login("cora", COUNSELOR_PASSWORD)
    assert cora_on_b.journal.note(note.id).body == "skrivet på A"  # sealed, travelled, opened
    assert [hit.note_id for hit in cora_on_b.journal.search_client(lilja.id, "skrivet")] == [
        note.id
    ]
    assert cora_on_b.plans.current(lilja.id).goals == "Minska risktagande"
    assert [r.instrument_id for r in cora_on_b.measures.results(lilja.id)] == ["phq9"]
    cora_on_b.logout()

    # Resolved on B: the choice and the resolution reach A.
    (conflict,) = b.lead.sync.conflicts()
    b.lead.sync.resolve(conflict.id, keep_later=False)
    b.lead.scheduling.set_status(on_b.id, AppointmentStatus.CANCELLED_BY_CLINIC)
    b.lead.sync.sync_now()
    lead.sync.sync_now()
    b.lead.sync.sync_now()
    assert canonical_dump(lead) == canonical_dump(b.lead)
    assert lead.sync.conflicts() == [] == b.lead.sync.conflicts()
    assert lead.clients.open(lilja.id).details.phone == conflict.earlier
    assert lead.sync.clashes() == [] == b.lead.sync.clashes()


def test_each_pc_keeps_its_own_signed_chain_and_the_server_holds_every_head(
    lead: Session, lilja: Client, server: ClinicServer, tmp_path: Path, clock: FakeClock
) -> None:
    from mottagning.services.verification import verify_clinic

    connect_first(lead, server)
    b = new_workstation(lead, server, tmp_path / "b", clock, "b")
    b.lead.clients.open(lilja.id)  # logged on B, in B's chain
    lead.clients.open(lilja.id)
    for session in (lead, b.lead, lead):
        session.sync.sync_now()

    a_origin, b_origin = lead.sync.device_id, b.lead.sync.device_id
    assert a_origin != b_origin
    assert b.lead.sync.server == server.workstation_dsn("b")  # not A's connection
    on_b = b.lead.clinic.access_log
    assert on_b.head(a_origin) == lead.clinic.access_log.head()  # A's chain, whole, on B
    with sync_server.ServerConnection(server.workstation_dsn("b"), b_origin) as connection:
        heads = {device: (origin, seq) for device, origin, seq, _ in connection.log_heads()}
    assert heads[a_origin] == (a_origin, lead.clinic.access_log.head().seq)
    assert heads[b_origin][0] == b_origin

    credential = b.gate.check_password("lead", "vinter ljus över sjön")
    report = verify_clinic(b.files, credential, clock, "PC-B", None)
    assert report.ok, report.problems
    assert {chain.origin for chain in report.chains} == {a_origin, b_origin}


def test_nothing_written_on_a_pc_reaches_the_server_readable(
    lead: Session,
    counselor: Session,
    lilja: Client,
    room: Room,
    server: ClinicServer,
) -> None:
    connect_first(lead, server)
    client = lead.clients.open(lilja.id)
    lead.clients.update(lilja.id, dataclasses.replace(client.details, phone=MARKER))
    lead.scheduling.book(
        dataclasses.replace(visit(counselor, lilja, room, 11), reception_note=MARKER)
    )
    note = counselor.journal.start_note(lilja.id, NoteType.SESSION, body=f"{MARKER} i anteckningen")
    counselor.journal.sign(note.id)
    lead.sync.sync_now()

    dump = server.pg.dump(server.dbname)
    assert b"mottagning.changes" in dump  # the dump is of the right database
    server.pg.sql("CHECKPOINT")
    forms = [MARKER.encode(), MARKER.encode("utf-16-le"), lilja.alias.encode() + b"\x00"]
    assert all(form not in dump for form in forms)
    for path in server.pg.data_dir.rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            assert MARKER.encode() not in content, path
            assert MARKER.encode("utf-16-le") not in content, path


def test_a_schedulers_pc_never_receives_journal_content_it_could_open(
    lead: Session,
    counselor: Session,
    scheduler: Session,
    lilja: Client,
    server: ClinicServer,
    tmp_path: Path,
    clock: FakeClock,
) -> None:
    from mottagning.services.authentication import Authenticator
    from tests.support import FAST_KDF, SCHEDULER_PASSWORD

    connect_first(lead, server)
    b = new_workstation(lead, server, tmp_path / "b", clock, "b")
    b.lead.logout()
    b.gate.close()
    note = counselor.journal.start_note(lilja.id, NoteType.SESSION, body="bara för behandlare")
    counselor.journal.sign(note.id)
    lead.sync.sync_now()

    gate = Authenticator(b.files, clock, FAST_KDF, workstation="PC-B")
    sam = gate.login("sam", SCHEDULER_PASSWORD)
    sam.sync.sync_now()
    assert sam.clinic.db.scalar("SELECT count(*) FROM journal_notes WHERE id = ?", (note.id,)) == 0
    assert sam.sync.status().waiting == 0

    # Every journal envelope on the server, tried with every key the scheduler holds.
    rows = server.pg.sql(
        "SELECT envelope_id::text, device_id, envelope FROM mottagning.changes"
        " WHERE channel = 'journal'",
        dbname=server.dbname,
    )
    assert rows
    bundle = sam.keys.bundle
    held = [k for k in (bundle.database_key, bundle.sign_private, bundle.agree_private) if k]
    for envelope_id, device, envelope in rows:
        for key in held:
            for derived in (key, channel_key(JOURNAL, key), channel_key("clinic", key)):
                with pytest.raises(EnvelopeUnreadable):
                    open_envelope(derived, envelope_id, JOURNAL, device, bytes(envelope))
    gate.close()


def test_a_removed_device_is_refused(
    lead: Session, server: ClinicServer, tmp_path: Path, clock: FakeClock
) -> None:
    connect_first(lead, server)
    b = new_workstation(lead, server, tmp_path / "b", clock, "b")
    b.lead.sync.sync_now()
    assert sync_server.remove_device(server.admin_dsn, b.lead.sync.device_id)
    with pytest.raises(SyncDeviceRefused):
        b.lead.sync.sync_now()
    # Another PC's role cannot speak for it either.
    dsn_a, device_b = server.workstation_dsn("a"), b.lead.sync.device_id
    with sync_server.ServerConnection(dsn_a, device_b) as c, pytest.raises(SyncDeviceRefused):
        c.pull("clinic", 0)
    lead.sync.sync_now()


def test_a_push_repeated_after_a_lost_answer_is_stored_once_and_applied_once(
    lead: Session, lilja: Client, server: ClinicServer, tmp_path: Path, clock: FakeClock
) -> None:
    connect_first(lead, server)
    b = new_workstation(lead, server, tmp_path / "b", clock, "b")
    lead.clients.open(lilja.id)
    lead.sync.capture_now()
    (envelope,) = lead.clinic.db.query("SELECT * FROM sync_outbox WHERE pushed_seq IS NULL")
    with sync_server.ServerConnection(server.workstation_dsn("a"), lead.sync.device_id) as c:
        c.register()
        first = c.push(envelope["envelope_id"], envelope["channel"], bytes(envelope["envelope"]))
    # The PC died before it noted the answer: the next sync pushes it again.
    lead.sync.sync_now()
    count = server.pg.sql(
        f"SELECT count(*) FROM mottagning.changes WHERE envelope_id = '{envelope['envelope_id']}'",
        dbname=server.dbname,
    )
    assert count == [(1,)]
    assert (
        lead.clinic.db.scalar(
            "SELECT pushed_seq FROM sync_outbox WHERE envelope_id = ?", (envelope["envelope_id"],)
        )
        == first
    )
    b.lead.sync.sync_now()
    before = canonical_dump(b.lead)["access_log"]
    # B's cursor put back (a pull whose commit was lost): the same envelopes come again.
    b.lead.clinic.db.execute("UPDATE sync_cursor SET seq = 0")
    b.lead.sync.sync_now()
    after = canonical_dump(b.lead)["access_log"]
    assert [row for row in after if row not in before] == [
        row for row in after if row[1] == b.lead.sync.device_id and row not in before
    ]


def test_server_init_from_the_command_line(pg: PostgresServer, run: Run) -> None:
    pg.sql("CREATE DATABASE cli_init", dbname="postgres")
    dsn = pg.dsn(dbname="cli_init")
    code, out, err = run("server", "init", "--dsn", dsn)
    assert (code, err) == (0, "")
    assert "mottagning_workstation" in out
    assert run("server", "init", "--dsn", dsn)[0] == 0  # again: nothing breaks
    code, _, err = run("server", "init", "--dsn", pg.dsn(dbname="no_such_database"))
    assert code == 1 and "could not be reached" in err
    code, _, err = run("server", "remove-device", "--dsn", dsn, "--device", "nope")
    assert code == 1 and "No device nope" in err


def test_connect_copy_and_sync_from_the_command_line(
    run: Run,
    clinic: ClinicUnderTest,
    server: ClinicServer,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv(cli.PASSWORD_ENV, LEAD_PASSWORD)
    folder = str(clinic.files.data_dir)
    as_lead = ("--data-dir", folder, "--user", "lead")

    code, out, err = run("sync", "connect", *as_lead, "--dsn", server.workstation_dsn("a"))
    assert (code, err) == (0, ""), err
    assert "synced" in out
    code, out, err = run("sync", "copy", *as_lead, "--to", str(tmp_path / "b"))
    assert (code, err) == (0, ""), err
    as_lead_b = ("--data-dir", str(tmp_path / "b"), "--user", "lead")
    assert run("sync", "connect", *as_lead_b, "--dsn", server.workstation_dsn("b"))[0] == 0
    code, out, _ = run("sync", "now", *as_lead)
    assert code == 0 and "Synced:" in out
    code, out, _ = run("sync", "now", *as_lead_b)
    assert code == 0 and "received" in out

    server.pg.stop()
    try:
        code, _, err = run("sync", "now", *as_lead)
        assert code == 1 and "could not be reached" in err
    finally:
        server.pg.start()
    code, _, err = run("sync", "copy", *as_lead, "--to", str(tmp_path / "b"))
    assert code == 1 and "already exists" in err
    code, out, _ = run("server", "devices", "--dsn", server.admin_dsn)
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 2 and all(" active " in line for line in lines)
    device = lines[1].split()[0]
    assert run("server", "remove-device", "--dsn", server.admin_dsn, "--device", device)[0] == 0
    assert " removed " in run("server", "devices", "--dsn", server.admin_dsn)[1].splitlines()[1]
    code, _, err = run("sync", "now", *as_lead_b)
    assert code == 1 and "refuses this computer" in err


def test_a_server_restart_in_the_middle_of_a_sync_loses_nothing(
    lead: Session, lilja: Client, server: ClinicServer, tmp_path: Path, clock: FakeClock
) -> None:
    connect_first(lead, server)
    b = new_workstation(lead, server, tmp_path / "b", clock, "b")
    for alias in ("Vide", "Björk"):
        b.lead.clients.create(details(alias))
        b.lead.sync.capture_now()  # two envelopes waiting
    lead.clients.create(details("Ek"))
    lead.sync.sync_now()

    def restart_after_first_push(step: str) -> None:
        if step == "pushed":
            server.pg.stop()
            server.pg.start()

    with pytest.raises(SyncServerUnavailable):
        b.lead.sync.sync_now(restart_after_first_push)
    b.lead.sync.sync_now()
    lead.sync.sync_now()
    b.lead.sync.sync_now()
    assert canonical_dump(lead) == canonical_dump(b.lead)
    aliases = {row[1] for row in canonical_dump(lead)["clients"]}
    assert {"Lilja", "Vide", "Björk", "Ek"} <= aliases


def test_the_same_alias_registered_apart_on_two_pcs_keeps_both_clients(
    lead: Session, server: ClinicServer, tmp_path: Path, clock: FakeClock
) -> None:
    connect_first(lead, server)
    b = new_workstation(lead, server, tmp_path / "b", clock, "b")
    on_a, _ = lead.clients.create(details("Anna"))
    on_b, _ = b.lead.clients.create(details("anna"))
    for session in (lead, b.lead, lead, b.lead):
        session.sync.sync_now()

    assert canonical_dump(lead) == canonical_dump(b.lead)
    later, earlier = sorted((on_a, on_b), key=lambda c: c.id, reverse=True)
    assert lead.clients.open(earlier.id).alias == earlier.alias
    assert lead.clients.open(later.id).alias == f"{later.alias} ({later.id[:6]})"
    assert b.lead.clients.open(later.id).alias == f"{later.alias} ({later.id[:6]})"


def test_an_envelope_that_does_not_open_stops_the_sync_and_says_which(
    lead: Session, server: ClinicServer, tmp_path: Path, clock: FakeClock
) -> None:
    connect_first(lead, server)
    b = new_workstation(lead, server, tmp_path / "b", clock, "b")
    with sync_server.ServerConnection(server.workstation_dsn("intruder"), "intruder-pc") as c:
        c.register()
        seq = c.push("00000000-0000-4000-8000-000000000001", "clinic", b"\x01" + bytes(40))
    with pytest.raises(SyncEnvelopeUnreadable) as refused:
        b.lead.sync.sync_now()
    assert f"number {seq}, from workstation intruder-pc" in refused.value.describe()
    cursor = b.lead.clinic.db.scalar("SELECT seq FROM sync_cursor WHERE channel = 'clinic'")
    assert (cursor or 0) < seq  # not passed over: it stays in the way until IT acts
