"""Retention (gallring): the lead's rules, the yearly review's verdicts and
preview, the purge (every table, the sync bookkeeping, a record without
personal data), the access log that stays verifiable, and the confirmations."""

import dataclasses
from datetime import date

import pytest

from mottagning.errors import (
    InvalidInput,
    NoNewerBackup,
    NotDueForPurging,
    PermissionDenied,
    PurgeWhileSyncing,
    SecondConfirmationNeeded,
    WrongCredentials,
)
from mottagning.models.access_log import LogAction
from mottagning.models.clients import ClientStatus, Strand
from mottagning.models.retention import RetentionRules, Verdict
from mottagning.services.authentication import Authenticator
from mottagning.services.session import Session
from mottagning.services.verification import verify_clinic
from mottagning.storage.files import ClinicFiles
from mottagning.storage.purge import foreign_keys
from tests.storage.helpers import entries_after, head_seq, log_entries
from tests.storage.reception import edited, identity
from tests.storage.retention_support import age, closed_client
from tests.support import COUNSELOR_PASSWORD, LEAD, LEAD_PASSWORD, FakeClock

# Valid personnummer (Luhn checked): born on the 15th, on the 12th.
BORN_15TH = "19850315-1238"
BORN_12TH = "19850312-1231"


def _verdicts(lead: Session, on: date | None = None) -> dict[str, Verdict]:
    return {item.alias: item.verdict for item in lead.retention.review(on).items}


def test_only_the_clinic_lead_sees_or_changes_retention(
    counselor: Session, scheduler: Session
) -> None:
    for session in (counselor, scheduler):
        with pytest.raises(PermissionDenied):
            session.retention.rules()
        with pytest.raises(PermissionDenied):
            session.retention.review()
        with pytest.raises(PermissionDenied):
            session.retention.purge([])


def test_rules_are_kept_in_the_database_and_logged(lead: Session, gate: Authenticator) -> None:
    assert lead.retention.rules() == RetentionRules()
    before = head_seq(lead)
    rules = RetentionRules(
        years=7,
        exempt_municipalities=("  Huskvarna ", ""),
        exempt_strands=((Strand.KAST, " Forskningsprojekt  2027 "),),
        second_confirmation=True,
    )
    saved = lead.retention.save_rules(rules)
    assert saved.exempt_municipalities == ("Huskvarna",)
    assert saved.exempt_strands == ((Strand.KAST, "Forskningsprojekt 2027"),)
    again = gate.login(LEAD.username, LEAD_PASSWORD)
    assert again.retention.rules() == saved
    assert next(e.action for e in entries_after(lead, before)) is LogAction.CLINIC_SETTINGS_CHANGED
    with pytest.raises(InvalidInput):
        lead.retention.save_rules(dataclasses.replace(rules, years=0))
    with pytest.raises(InvalidInput):
        lead.retention.save_rules(dataclasses.replace(rules, exempt_strands=((Strand.MIKA, " "),)))


def test_a_closed_record_is_due_five_years_after_its_last_entry_and_by_the_next_year_end(
    lead: Session, counselor: Session, clock: FakeClock
) -> None:
    closed_client(counselor, "Ada")  # last entry 2026-11-23
    assert lead.retention.review(date(2031, 11, 22)).items == ()
    assert lead.retention.review(date(2031, 11, 22)).not_yet_due == 1
    (item,) = lead.retention.review(date(2031, 11, 23)).items
    assert item.verdict is Verdict.DUE
    assert (item.last_entry, item.due_on, item.purge_by) == (
        date(2026, 11, 23),
        date(2031, 11, 23),
        date(2032, 12, 31),
    )
    # The preview: what a purge would remove, by kind.
    assert item.rows_by_kind["clients"] == 1
    assert item.rows_by_kind["journal_notes"] == 1
    assert item.rows_by_kind["measure_results"] == 1


def test_each_rule_that_keeps_a_record_is_named(
    lead: Session, counselor: Session, clock: FakeClock
) -> None:
    closed_client(counselor, "Due")
    closed_client(counselor, "Research", identity=identity(BORN_15TH))
    closed_client(counselor, "Twelfth", identity=identity(BORN_12TH))
    closed_client(counselor, "Huskvarna", home_municipality="Huskvarna")
    closed_client(counselor, "Kast", strand=Strand.KAST)
    exempt = closed_client(counselor, "Exempt")
    open_client, _ = counselor.clients.create(
        dataclasses.replace(edited(exempt), alias="Open", status=ClientStatus.ACTIVE)
    )
    lead.retention.save_rules(
        RetentionRules(
            exempt_municipalities=("Huskvarna",),
            exempt_strands=((Strand.KAST, "Uppföljningsstudie"),),
        )
    )
    lead.retention.exempt_record(exempt.id, "Pågående tvist om journalen")
    age(clock)

    review = lead.retention.review()
    verdicts = {item.alias: item.verdict for item in review.items}
    assert verdicts == {
        "Due": Verdict.DUE,
        "Research": Verdict.RESEARCH,
        "Twelfth": Verdict.DUE,
        "Huskvarna": Verdict.MUNICIPALITY,
        "Kast": Verdict.STRAND,
        "Exempt": Verdict.RECORD,
        "Open": Verdict.NOT_CLOSED,
    }
    reasons = {item.alias: item.reason for item in review.items}
    assert reasons["Kast"] == "Uppföljningsstudie"
    assert reasons["Exempt"] == "Pågående tvist om journalen"
    assert open_client.id in {item.client_id for item in review.items}
    # The research rule and the whole purge can be turned off.
    lead.retention.save_rules(RetentionRules(research_exception=False))
    assert _verdicts(lead)["Research"] is Verdict.DUE
    lead.retention.save_rules(RetentionRules(purging=False))
    assert set(_verdicts(lead).values()) == {Verdict.PURGING_OFF}


def test_a_record_is_kept_while_other_data_on_the_person_remains(
    lead: Session, counselor: Session, clock: FakeClock, colleague: Session
) -> None:
    client = closed_client(counselor, "Pågående")
    age(clock)
    assert _verdicts(lead)["Pågående"] is Verdict.DUE
    # A colleague's emergency access the lead has not reviewed yet keeps it.
    access = colleague.emergency_access.request(client.id, "Klienten ringde i kris i kväll")
    assert _verdicts(lead)["Pågående"] is Verdict.OTHER_DATA
    lead.emergency_access.review(access.id, "Granskad")
    assert _verdicts(lead)["Pågående"] is Verdict.DUE


def test_the_purge_removes_every_row_of_the_record_and_leaves_a_record_without_it(
    lead: Session, counselor: Session, clock: FakeClock, files: ClinicFiles, gate: Authenticator
) -> None:
    gone = closed_client(counselor, "Borta", first_name="Greta", last_name="Gallrad")
    kept = closed_client(counselor, "Kvar", identity=identity(BORN_15TH))
    age(clock)
    before = head_seq(lead)
    record = lead.retention.purge([gone.id])

    assert record is not None and record.records == 1
    assert record.rows_by_kind["journal_notes"] == 1
    assert record.purged_by == lead.user.id and record.confirmed_by is None
    assert lead.retention.purges() == [record]
    db = lead.clinic.db
    for key in foreign_keys(db):
        if key.parent == "clients":
            count = db.scalar(
                f'SELECT count(*) FROM "{key.table}" WHERE "{key.column}" = ?', (gone.id,)
            )
            assert count == 0, key.table
    assert db.scalar("SELECT count(*) FROM client_search WHERE client_id = ?", (gone.id,)) == 0
    assert counselor.clients.open(kept.id).id == kept.id
    assert counselor.clients.search("Greta") == []
    # The purge record names no client.
    stored = " ".join(str(v) for row in db.query("SELECT * FROM retention_purges") for v in row)
    assert gone.id not in stored and "Borta" not in stored
    # The access log kept its entries about the client (by id) and says what happened.
    new = entries_after(lead, before)
    assert (LogAction.RECORD_PURGED, gone.id) in [(e.action, e.client_id) for e in new]
    assert LogAction.RETENTION_PURGED in [e.action for e in new]
    earlier = [e for e in log_entries(lead) if e.seq <= before and e.client_id == gone.id]
    assert LogAction.CLIENT_CREATED in [e.action for e in earlier]
    # The chain, the signatures and the triggers all verify after the purge.
    assert lead.access_log.verify().intact
    credential = gate.check_password(LEAD.username, LEAD_PASSWORD)
    report = verify_clinic(files, credential, clock, "TEST-PC")
    assert report.ok, report.problems
    # The "never delete" triggers are back.
    with pytest.raises(Exception, match="never deleted"):
        db.execute("DELETE FROM clients WHERE id = ?", (kept.id,))


def test_only_records_due_today_are_purged(
    lead: Session, counselor: Session, clock: FakeClock
) -> None:
    recent = closed_client(counselor, "Nyligen")
    with pytest.raises(NotDueForPurging):
        lead.retention.purge([recent.id])
    assert counselor.clients.open(recent.id).id == recent.id


def test_a_second_person_confirms_when_the_rules_ask(
    lead: Session, counselor: Session, clock: FakeClock
) -> None:
    lead.retention.save_rules(RetentionRules(second_confirmation=True))
    client = closed_client(counselor, "Tvåhands")
    age(clock)
    with pytest.raises(SecondConfirmationNeeded):
        lead.retention.purge([client.id])
    with pytest.raises(SecondConfirmationNeeded):
        lead.retention.purge([client.id], second=(LEAD.username, LEAD_PASSWORD))
    with pytest.raises(WrongCredentials):
        lead.retention.purge([client.id], second=("cora", "fel lösenord helt och hållet"))
    assert counselor.clients.open(client.id).id == client.id
    record = lead.retention.purge([client.id], second=("cora", COUNSELOR_PASSWORD))
    assert record is not None and record.confirmed_by == counselor.user.id


def test_backups_made_before_a_purge_are_deleted_once_a_newer_one_verifies(
    lead: Session, counselor: Session, clock: FakeClock
) -> None:
    client = closed_client(counselor, "Säkerhetskopierad")
    lead.backups.create(lambda fraction, text: None)
    age(clock)
    record = lead.retention.purge([client.id])
    assert record is not None
    (old,) = lead.backups.made_before(record.purged_at)
    with pytest.raises(NoNewerBackup):
        lead.backups.remove_made_before(record.purged_at)
    assert len(lead.backups.list()) == 1
    clock.advance(minutes=1)
    lead.backups.create(lambda fraction, text: None)
    before = head_seq(lead)
    assert lead.backups.remove_made_before(record.purged_at) >= 1
    assert [b.name for b in lead.backups.list()] != [old.name]
    assert lead.backups.made_before(record.purged_at) == ()
    assert LogAction.BACKUP_REMOVED in [e.action for e in entries_after(lead, before)]
    with pytest.raises(PermissionDenied):
        counselor.backups.remove_made_before(record.purged_at)


def test_a_workstation_that_syncs_refuses_the_purge(
    lead: Session, counselor: Session, clock: FakeClock
) -> None:
    client = closed_client(counselor, "Synkad")
    age(clock)
    lead.clinic.db.execute("UPDATE sync_guard SET capturing = 1")
    with pytest.raises(PurgeWhileSyncing):
        lead.retention.purge([client.id])
    assert counselor.clients.open(client.id).id == client.id
