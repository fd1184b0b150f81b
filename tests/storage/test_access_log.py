"""The access log: an entry for every event, append-only, and a chain that
reveals an edited, removed or rolled-back entry."""

import shutil
import uuid
from collections.abc import Callable
from datetime import date

import pytest
from sqlcipher3 import dbapi2

from mottagning.errors import WrongCredentials
from mottagning.models.access_log import HeadStatus, LogAction, LogQuery
from mottagning.models.clinic import ClinicDetails, ClinicSettings
from mottagning.models.users import NewUser, Role
from mottagning.services.session import Session
from mottagning.services.verification import verify_clinic
from tests.storage.helpers import entries_after, head_seq, log_entries
from tests.storage.reception import details
from tests.support import (
    COUNSELOR_PASSWORD,
    LEAD,
    LEAD_PASSWORD,
    TEMPORARY_PASSWORD,
    ClinicUnderTest,
)

# --- Every event leaves an entry ----------------------------------------------------

# Each scenario does one thing as the lead (or the counselor) and says which
# entry it expects: (action, (target_type, target_id) or None for "no record").
# ANY_ID: the record's type is known but it has no id of its own (the settings).
ANY_ID = "*"
Scenario = Callable[[Session, Session, object], tuple[LogAction, tuple[str, str] | None]]


def _login(lead, counselor, gate):
    gate.login("cora", COUNSELOR_PASSWORD)
    return LogAction.LOGIN, None


def _logout(lead, counselor, gate):
    counselor.logout()
    return LogAction.LOGOUT, None


def _lock(lead, counselor, gate):
    counselor.lock()
    return LogAction.LOCK, None


def _unlock(lead, counselor, gate):
    counselor.lock()
    assert counselor.unlock(COUNSELOR_PASSWORD)
    return LogAction.UNLOCK, None


def _create(lead, counselor, gate):
    user = lead.accounts.create_user(
        NewUser("nils", "Nils Ny", "", Role.SCHEDULER), TEMPORARY_PASSWORD
    )
    return LogAction.USER_CREATED, ("user", user.id)


def _update(lead, counselor, gate):
    lead.accounts.update_user(counselor.user.id, "Cora Ny", "Socionom", Role.COUNSELOR)
    return LogAction.USER_UPDATED, ("user", counselor.user.id)


def _deactivate(lead, counselor, gate):
    lead.accounts.deactivate(counselor.user.id)
    return LogAction.USER_DEACTIVATED, ("user", counselor.user.id)


def _reactivate(lead, counselor, gate):
    lead.accounts.deactivate(counselor.user.id)
    lead.accounts.reactivate(counselor.user.id, TEMPORARY_PASSWORD)
    return LogAction.USER_REACTIVATED, ("user", counselor.user.id)


def _reset(lead, counselor, gate):
    lead.accounts.reset_password(counselor.user.id, TEMPORARY_PASSWORD)
    return LogAction.PASSWORD_RESET, ("user", counselor.user.id)


def _own_password(lead, counselor, gate):
    counselor.accounts.change_own_password(COUNSELOR_PASSWORD, "gula båtar glider förbi")
    return LogAction.PASSWORD_CHANGED, ("user", counselor.user.id)


def _details(lead, counselor, gate):
    lead.clinic_settings.update_details(ClinicDetails("Nya mottagningen"))
    return LogAction.CLINIC_SETTINGS_CHANGED, ("settings", ANY_ID)


def _settings(lead, counselor, gate):
    lead.clinic_settings.update_settings(ClinicSettings(auto_lock_minutes=15))
    return LogAction.CLINIC_SETTINGS_CHANGED, ("settings", ANY_ID)


def _review(lead, counselor, gate):
    review = lead.access_log.document_review(
        date(2026, 11, 1), date(2026, 11, 20), "Inloggningar", "Inga avvikelser"
    )
    return LogAction.ACCESS_LOG_REVIEWED, ("log_review", review.id)


def _view(lead, counselor, gate):
    lead.access_log.entries(LogQuery())
    return LogAction.ACCESS_LOG_VIEWED, None


def _verify(lead, counselor, gate):
    lead.access_log.verify()
    return LogAction.ACCESS_LOG_VERIFIED, None


def _recovery_key(lead, counselor, gate):
    lead.accounts.replace_recovery_key()
    return LogAction.RECOVERY_KEY_REPLACED, None


SCENARIOS: dict[str, Scenario] = {
    f.__name__.strip("_"): f
    for f in (
        _login,
        _logout,
        _lock,
        _unlock,
        _create,
        _update,
        _deactivate,
        _reactivate,
        _reset,
        _own_password,
        _details,
        _settings,
        _review,
        _view,
        _verify,
        _recovery_key,
    )
}
ACTORS = {"login", "logout", "lock", "unlock", "own_password"}  # done by the counselor


@pytest.mark.parametrize("name", SCENARIOS)
def test_event_leaves_an_entry_with_who_when_what_and_which(clock, gate, lead, counselor, name):
    before = head_seq(lead)
    clock.advance(minutes=7)

    action, record = SCENARIOS[name](lead, counselor, gate)

    actor = counselor if name in ACTORS else lead
    matching = [e for e in entries_after(lead, before) if e.action is action]
    assert matching, f"no {action} entry"
    entry = matching[-1]
    assert entry.user_id == actor.user.id
    assert entry.at == clock.now()
    assert entry.workstation == "TEST-PC"
    if record is None:
        assert (entry.target_type, entry.target_id) == (None, None)
    elif record[1] == ANY_ID:
        assert entry.target_type == record[0], "the entry does not say which record changed"
    else:
        assert (entry.target_type, entry.target_id) == record


def test_failed_unlock_is_refused_and_logged_later(gate, counselor):
    counselor.lock()
    before = head_seq(counselor)

    with pytest.raises(WrongCredentials):
        counselor.unlock("inte mitt lösenord alls")
    assert entries_after(counselor, before) == []

    assert counselor.unlock(COUNSELOR_PASSWORD)
    assert [e.action for e in entries_after(counselor, before)] == [
        LogAction.LOGIN_FAILED,
        LogAction.UNLOCK,
    ]


def test_another_users_password_does_not_unlock_a_session(gate, lead, counselor):
    lead.lock()
    before = head_seq(lead)

    assert not lead.resume(gate.check_password("cora", COUNSELOR_PASSWORD))
    assert LogAction.UNLOCK not in [e.action for e in entries_after(lead, before)]


def test_entries_are_numbered_without_gaps(lead, counselor):
    entries = log_entries(lead)

    assert [e.seq for e in entries] == list(range(1, len(entries) + 1))
    assert len({e.origin for e in entries}) == 1


# --- Append-only --------------------------------------------------------------------


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE access_log SET detail = 'changed' WHERE seq = 1",
        "UPDATE access_log SET user_id = NULL",
        "DELETE FROM access_log WHERE seq = 1",
        "DELETE FROM access_log",
    ],
)
def test_log_cannot_be_changed_through_sql(lead, sql):
    entries = log_entries(lead)

    with pytest.raises(dbapi2.IntegrityError, match="append-only"):
        lead.clinic.db.execute(sql)

    assert log_entries(lead) == entries
    lead.record(LogAction.LOCK)  # the database is still usable
    assert head_seq(lead) == len(entries) + 1


def test_log_reviews_cannot_be_changed_through_sql(lead):
    lead.access_log.document_review(date(2026, 11, 1), date(2026, 11, 2), "Allt", "Inget")

    with pytest.raises(dbapi2.IntegrityError):
        lead.clinic.db.execute("UPDATE log_reviews SET findings = 'ändrat'")

    assert lead.access_log.reviews()[0].findings == "Inget"


# --- The chain ----------------------------------------------------------------------


def test_untouched_chain_verifies(lead, counselor, scheduler):
    (report,) = lead.clinic.access_log.verify()

    assert report.intact
    assert report.first_broken_seq is None
    assert report.entries_checked == head_seq(lead)


def _user_created_entry(session: Session, user_id: str):
    return next(
        e
        for e in log_entries(session)
        if e.action is LogAction.USER_CREATED and e.target_id == user_id
    )


def _edit(session: Session, sql: str, params: tuple) -> None:
    db = session.clinic.db
    db.execute("DROP TRIGGER access_log_no_update")
    assert db.execute(sql, params) == 1


@pytest.fixture
def lilja_for_log(counselor) -> str:
    client, _ = counselor.clients.create(
        details("Lilja", counselor_ids=frozenset({counselor.user.id}))
    )
    return client.id


def test_one_changed_character_of_a_detail_is_found(clinic, lead, counselor, scheduler):
    entry = _user_created_entry(lead, counselor.user.id)
    assert entry.detail == "counselor"
    assert entry.seq < head_seq(lead)
    _edit(lead, "UPDATE access_log SET detail = ? WHERE seq = ?", ("counseler", entry.seq))

    (report,) = lead.clinic.access_log.verify()

    assert report.first_broken_seq == entry.seq
    assert report.entries_checked == entry.seq - 1
    assert not report.intact
    assert str(entry.seq) in report.problem


def test_changed_user_of_an_entry_is_found(lead, counselor, scheduler):
    entry = _user_created_entry(lead, scheduler.user.id)
    assert entry.user_id == lead.user.id
    _edit(
        lead,
        "UPDATE access_log SET user_id = ? WHERE seq = ?",
        (counselor.user.id, entry.seq),
    )

    (report,) = lead.clinic.access_log.verify()

    assert report.first_broken_seq == entry.seq


@pytest.mark.parametrize(
    "column", ["client_id", "target_type", "target_id", "workstation", "action", "at", "origin"]
)
def test_every_field_of_an_entry_is_sealed(lead, counselor, lilja_for_log, column):
    """Each field a log entry holds is in what its mac seals: changing any one of
    them alone (the client an entry names, say) is found at that entry."""
    read = next(
        e
        for e in log_entries(lead)
        if e.client_id == lilja_for_log and e.action is LogAction.CLIENT_CREATED
    )
    changes = {
        "client_id": str(uuid.uuid4()),
        "target_type": "note",
        "target_id": str(uuid.uuid4()),
        "workstation": "ANOTHER-PC",
        "action": LogAction.CLIENT_VIEWED.value,
        "at": "2020-01-01T00:00:00.000000Z",
        "origin": str(uuid.uuid4()),
    }
    _edit(lead, f"UPDATE access_log SET {column} = ? WHERE id = ?", (changes[column], read.id))

    reports = lead.clinic.access_log.verify()

    assert any(not r.intact for r in reports), f"a changed {column} went unnoticed"


def test_changed_entry_is_found_by_the_verification_service(clinic, gate, lead, counselor):
    entry = _user_created_entry(lead, counselor.user.id)
    _edit(lead, "UPDATE access_log SET detail = ? WHERE seq = ?", ("counseler", entry.seq))
    credential = gate.check_password(LEAD.username, LEAD_PASSWORD)

    report = verify_clinic(clinic.files, credential, clinic.clock, "TEST-PC")

    assert not report.ok
    assert [c.first_broken_seq for c in report.chains] == [entry.seq]
    assert any(f"entry {entry.seq}" in problem for problem in report.problems)


def test_verification_through_the_session_logs_the_problem(lead, counselor):
    entry = _user_created_entry(lead, counselor.user.id)
    _edit(lead, "UPDATE access_log SET detail = ? WHERE seq = ?", ("counseler", entry.seq))

    lead.access_log.verify()

    verified = log_entries(lead)[-1]
    assert verified.action is LogAction.ACCESS_LOG_VERIFIED
    assert f"entry {entry.seq}" in verified.detail


def test_deleted_entry_is_found(clinic, gate, lead, counselor, scheduler):
    entry = _user_created_entry(lead, counselor.user.id)
    db = lead.clinic.db
    db.execute("DROP TRIGGER access_log_no_delete")
    assert db.execute("DELETE FROM access_log WHERE seq = ?", (entry.seq,)) == 1

    (report,) = lead.clinic.access_log.verify()
    credential = gate.check_password(LEAD.username, LEAD_PASSWORD)
    service_report = verify_clinic(clinic.files, credential, clinic.clock, "TEST-PC")

    assert report.first_broken_seq == entry.seq
    assert "missing" in report.problem
    assert [c.first_broken_seq for c in service_report.chains] == [entry.seq]


# --- The chain head kept outside the database ----------------------------------------


@pytest.fixture
def rolled_back(clinic: ClinicUnderTest, tmp_path) -> ClinicUnderTest:
    """The database put back to a copy taken earlier while the app was closed."""
    files = clinic.files
    gate = clinic.authenticator()
    gate.login(LEAD.username, LEAD_PASSWORD).logout()
    gate.close()
    kept = tmp_path / "copy-at-T"
    kept.mkdir()
    shutil.copy2(files.database, kept / files.database.name)
    shutil.copy2(files.keyslots, kept / files.keyslots.name)

    clinic.clock.advance(days=1)
    gate = clinic.authenticator()
    later = gate.login(LEAD.username, LEAD_PASSWORD)
    later.accounts.create_user(NewUser("nils", "Nils Ny", "", Role.COUNSELOR), TEMPORARY_PASSWORD)
    later.clinic_settings.update_settings(ClinicSettings(auto_lock_minutes=20))
    later.logout()
    gate.close()

    for leftover in (files.database.with_name(files.database.name + s) for s in ("-wal", "-shm")):
        leftover.unlink(missing_ok=True)
    shutil.copy2(kept / files.database.name, files.database)
    shutil.copy2(kept / files.keyslots.name, files.keyslots)
    return clinic


def test_rolled_back_database_is_found_by_verification(rolled_back):
    gate = rolled_back.authenticator()
    credential = gate.check_password(LEAD.username, LEAD_PASSWORD)

    report = verify_clinic(rolled_back.files, credential, rolled_back.clock, "TEST-PC")

    assert all(chain.intact for chain in report.chains)  # on its own the copy looks fine
    assert report.head is not None
    assert report.head.status is HeadStatus.ROLLED_BACK
    assert not report.ok
    assert any("older" in problem for problem in report.problems)


def test_rolled_back_database_warns_at_the_next_login(rolled_back):
    gate = rolled_back.authenticator()
    before_login = rolled_back.clock.now()

    session = gate.login(LEAD.username, LEAD_PASSWORD)

    assert [w.status for w in session.warnings] == [HeadStatus.ROLLED_BACK]
    mismatches = session.clinic.access_log.query(
        LogQuery(actions=frozenset({LogAction.CHAIN_HEAD_MISMATCH}), since=before_login)
    )
    assert [(e.user_id, e.at) for e in mismatches] == [(session.user.id, before_login)]
    gate.close()


def test_database_used_as_expected_gives_no_warning(clinic):
    gate = clinic.authenticator()
    gate.login(LEAD.username, LEAD_PASSWORD).logout()
    gate.close()
    gate = clinic.authenticator()

    session = gate.login(LEAD.username, LEAD_PASSWORD)

    assert session.warnings == []
    credential = gate.check_password(LEAD.username, LEAD_PASSWORD)
    report = verify_clinic(clinic.files, credential, clinic.clock, "TEST-PC")
    assert report.ok, report.problems
    gate.close()


# --- The log review's anchor -----------------------------------------------------------


def test_a_documented_review_keeps_its_anchor_in_the_signed_log(clinic, lead, counselor):
    before = lead.access_log.anchor()
    review = lead.access_log.document_review(date(2026, 11, 1), date(2026, 11, 20), "Alla", "Inget")
    assert review.anchor is not None and before is not None
    assert (review.anchor.seq, review.anchor.mac) == (before.seq, before.mac), (
        "the head just before the entry that records the review"
    )
    assert review.anchor.root_fingerprint == lead.access_log.root_fingerprint() != ""
    counselor.clients.search("Lilja")  # the log goes on

    (listed,) = lead.access_log.reviews()
    assert listed.anchor == review.anchor, "read back from the review's signed entry"
    assert lead.access_log.verify(review.anchor).intact


def test_a_saved_review_anchor_finds_a_folder_put_back_to_before_it(clinic, tmp_path):
    files = clinic.files
    gate = clinic.authenticator()
    gate.login(LEAD.username, LEAD_PASSWORD).logout()
    gate.close()
    kept = tmp_path / "copy-before"
    kept.mkdir()
    for path in (files.database, files.keyslots):
        shutil.copy2(path, kept / path.name)

    gate = clinic.authenticator()
    later = gate.login(LEAD.username, LEAD_PASSWORD)
    review = later.access_log.document_review(date(2026, 11, 1), date(2026, 11, 20), "Alla", "-")
    assert review.anchor is not None
    outside = tmp_path / "usb" / "anchor.json"
    outside.parent.mkdir()
    later.access_log.save_anchor(review.anchor, outside)
    later.logout()
    gate.close()
    for leftover in (files.database.with_name(files.database.name + s) for s in ("-wal", "-shm")):
        leftover.unlink(missing_ok=True)
    for path in (files.database, files.keyslots):
        shutil.copy2(kept / path.name, path)
    files.audit_head.unlink()  # the insider removes the head file as well

    gate = clinic.authenticator()
    rolled = gate.login(LEAD.username, LEAD_PASSWORD)
    anchor = rolled.access_log.read_anchor(outside)
    result = rolled.access_log.verify(anchor)
    assert not result.intact
    # The copy's log went on from before the anchor (this login): entry N is another one.
    assert any("not the one the anchor names" in p for p in result.anchor_problems)
    gate.close()


def test_a_file_that_is_not_an_anchor_is_refused_with_its_name(lead, tmp_path):
    from mottagning.errors import AnchorNotSaved, NotAnAnchor

    huge = b'{"origin": "' + b"x" * 5_000_000 + b'"}'
    for content in (b"", b"\xff\xfe", b"[]", b'{"origin": "x", "seq": -1}', huge, b"{" * 10_000):
        wrong = tmp_path / "wrong.json"
        wrong.write_bytes(content)
        with pytest.raises(NotAnAnchor, match=r"wrong\.json"):
            lead.access_log.read_anchor(wrong)
    anchor = lead.access_log.anchor()
    assert anchor is not None
    with pytest.raises(AnchorNotSaved):
        lead.access_log.save_anchor(anchor, tmp_path / "no such folder" / "a.json")
