"""A damaged file, a full disk, a damaged key file, unsafe settings and a second
instance: each becomes the program's own, explainable error."""

import contextlib

import pytest

from mottagning.errors import (
    AlreadyRunning,
    DatabaseDamaged,
    DiskFull,
    KeySlotsDamaged,
    WrongCredentials,
)
from mottagning.models.access_log import LogAction
from mottagning.models.clinic import ClinicDetails
from mottagning.services import integrity
from mottagning.services.verification import verify_clinic
from mottagning.storage.crypto import random_key
from mottagning.storage.database import Database
from mottagning.storage.files import previous_version
from mottagning.storage.instance_lock import InstanceLock
from tests.storage.helpers import database_key, flip_byte, head_seq, log_entries
from tests.support import LEAD, LEAD_PASSWORD

PAGE_SIZE = 4096
FILLER_ENTRIES = 200  # each about one page long, so the file's middle is log data
RECENT_SPARED = 80  # the newest entries, which every logged commit reads (chain_head.py)


@pytest.fixture
def closed_clinic(clinic):
    """A clinic with a few dozen pages of log, closed cleanly."""
    gate = clinic.authenticator()
    session = gate.login(LEAD.username, LEAD_PASSWORD)
    for _ in range(FILLER_ENTRIES):
        session.record(LogAction.LOCK, detail="x" * 3000)
    session.logout()
    gate.close()
    assert not clinic.files.database.with_name("mottagning.db-wal").exists()
    return clinic


def middle_of_the_file(clinic) -> int:
    """A byte in the pages the older filler log entries took (the first part of
    the file holds the schema, which grows with every migration; the newest
    entries are read after every logged commit, so damage there shows at once)."""
    pages = clinic.files.database.stat().st_size // PAGE_SIZE
    return (pages - RECENT_SPARED - 20) * PAGE_SIZE + PAGE_SIZE // 2


# --- A damaged database file --------------------------------------------------------


@pytest.fixture
def check_out_of_time(monkeypatch):
    """The quick check at sign-in finds this damage (tests/storage/
    test_integrity_at_sign_in.py); here it runs out of its time budget first,
    as on a big clinic, so the damage must be found where it is read."""
    real = integrity.check_at_sign_in
    monkeypatch.setattr(
        integrity, "check_at_sign_in", lambda files, key: real(files, key, budget_seconds=-1.0)
    )


def test_flipped_byte_in_the_middle_is_found_at_the_next_read(closed_clinic, check_out_of_time):
    flip_byte(closed_clinic.files.database, middle_of_the_file(closed_clinic))
    gate = closed_clinic.authenticator()
    session = gate.login(LEAD.username, LEAD_PASSWORD)  # the damaged page is not needed yet

    with pytest.raises(DatabaseDamaged):
        session.access_log.verify()  # reads every entry

    with contextlib.suppress(DatabaseDamaged):
        gate.close()


def test_damaged_database_refuses_any_further_use(closed_clinic, check_out_of_time):
    flip_byte(closed_clinic.files.database, middle_of_the_file(closed_clinic))
    gate = closed_clinic.authenticator()
    session = gate.login(LEAD.username, LEAD_PASSWORD)
    with pytest.raises(DatabaseDamaged):
        session.access_log.verify()

    with pytest.raises(DatabaseDamaged):
        session.accounts.list_users()  # an intact page, but the file is not trusted
    with pytest.raises(DatabaseDamaged):
        session.clinic.db.scalar("SELECT 1")
    with pytest.raises(DatabaseDamaged):
        session.record(LogAction.LOCK)

    with contextlib.suppress(DatabaseDamaged):
        gate.close()


def test_closing_after_damage_does_not_raise(closed_clinic, check_out_of_time):
    flip_byte(closed_clinic.files.database, middle_of_the_file(closed_clinic))
    gate = closed_clinic.authenticator()
    session = gate.login(LEAD.username, LEAD_PASSWORD)
    with pytest.raises(DatabaseDamaged):
        session.access_log.verify()

    gate.close()

    assert gate.clinic is None


def test_flipped_byte_in_the_middle_is_found_by_verification(closed_clinic):
    flip_byte(closed_clinic.files.database, middle_of_the_file(closed_clinic))
    gate = closed_clinic.authenticator()
    credential = gate.check_password(LEAD.username, LEAD_PASSWORD)

    report = verify_clinic(closed_clinic.files, credential, closed_clinic.clock, "TEST-PC")

    assert not report.ok
    assert report.problems


@pytest.mark.parametrize(
    "offset", [pytest.param(3, id="salt"), pytest.param(PAGE_SIZE // 2, id="page-1")]
)
def test_flipped_byte_in_page_one_is_damage_at_login_not_a_wrong_password(closed_clinic, offset):
    flip_byte(closed_clinic.files.database, offset)
    gate = closed_clinic.authenticator()

    with pytest.raises(DatabaseDamaged) as damaged:
        gate.login(LEAD.username, LEAD_PASSWORD)

    assert not isinstance(damaged.value, WrongCredentials)
    assert "damaged" in damaged.value.describe()
    with pytest.raises(WrongCredentials):  # a wrong password is still told apart
        gate.login(LEAD.username, "inte rätt lösenord alls")
    gate.close()


def test_flipped_byte_in_page_one_is_reported_by_verification(closed_clinic):
    flip_byte(closed_clinic.files.database, PAGE_SIZE // 2)
    gate = closed_clinic.authenticator()
    credential = gate.check_password(LEAD.username, LEAD_PASSWORD)

    report = verify_clinic(closed_clinic.files, credential, closed_clinic.clock, "TEST-PC")

    assert report.damaged
    assert not report.ok


# --- A full disk --------------------------------------------------------------------


@pytest.mark.parametrize("keep", [0, 100, 4096, 8192])
def test_an_empty_or_cut_short_database_is_damage_never_a_new_clinic(closed_clinic, keep):
    database = closed_clinic.files.database
    database.write_bytes(database.read_bytes()[:keep])
    gate = closed_clinic.authenticator()

    with pytest.raises(DatabaseDamaged):
        gate.login(LEAD.username, LEAD_PASSWORD)
    gate.close()
    assert database.stat().st_size == keep, "the file is kept as it was"

    credential = closed_clinic.authenticator().check_password(LEAD.username, LEAD_PASSWORD)
    report = verify_clinic(closed_clinic.files, credential, closed_clinic.clock, "TEST-PC")
    assert report.damaged and not report.ok


def test_full_disk_raises_disk_full_and_keeps_what_was_saved(lead):
    lead.clinic_settings.update_details(ClinicDetails("Sparad före", "Gatan 1"))
    db = lead.clinic.db
    db.execute(f"PRAGMA max_page_count = {db.scalar('PRAGMA page_count')}")
    saved: list[str] = []

    with pytest.raises(DiskFull) as full:
        for number in range(1000):
            name = f"Mottagning nummer {number}"
            lead.clinic_settings.update_details(ClinicDetails(name, "y" * 150))
            saved.append(name)

    assert "disk is full" in full.value.describe()
    assert not db.in_transaction
    last_saved = saved[-1] if saved else "Sparad före"
    assert lead.clinic_settings.details().name == last_saved  # the failed change rolled back
    assert head_seq(lead) == len(log_entries(lead))
    assert all(report.intact for report in lead.clinic.access_log.verify())


def test_database_is_usable_again_when_space_is_freed(lead):
    db = lead.clinic.db
    db.execute(f"PRAGMA max_page_count = {db.scalar('PRAGMA page_count')}")
    with pytest.raises(DiskFull):
        for _ in range(1000):
            lead.record(LogAction.LOCK, detail="z" * 500)

    db.execute("PRAGMA max_page_count = 1073741823")
    lead.clinic_settings.update_details(ClinicDetails("Efter städning"))

    assert lead.clinic_settings.details().name == "Efter städning"
    assert all(report.intact for report in lead.clinic.access_log.verify())


def test_a_copy_that_fails_leaves_no_half_made_file(clinic, tmp_path):
    # As a full disk would stop the copy made before a migration half-way.
    db = Database.open(clinic.files.database, database_key(clinic.files))
    db.close()
    backups = tmp_path / "backups"
    backups.mkdir()
    target = backups / "before-migration.db"

    with pytest.raises(Exception):  # noqa: B017 (whatever stopped it, it is re-raised)
        db.copy_to(target)

    assert list(backups.iterdir()) == []


# --- The key file -------------------------------------------------------------------


def test_the_key_file_keeps_no_older_copy(clinic):
    assert clinic.files.keyslots.exists()
    assert not previous_version(clinic.files.keyslots).exists()


def test_a_damaged_key_file_is_reported_and_never_replaced_by_an_older_copy(clinic):
    older = clinic.files.keyslots.read_bytes()
    previous_version(clinic.files.keyslots).write_bytes(older)  # as an old version left one
    clinic.files.keyslots.write_bytes(b'{"format": 1, "slots": [{"ki')
    gate = clinic.authenticator()

    with pytest.raises(KeySlotsDamaged) as damaged:
        gate.login(LEAD.username, LEAD_PASSWORD)

    assert "keyslots.json" in damaged.value.describe()
    assert gate.throttle.pending() == [], "damage is not a failed login"
    gate.close()


def test_a_missing_key_file_is_reported(clinic):
    clinic.files.keyslots.unlink()
    gate = clinic.authenticator()

    with pytest.raises(KeySlotsDamaged):
        gate.login(LEAD.username, LEAD_PASSWORD)
    gate.close()


def test_key_file_of_another_format_is_refused(clinic):
    clinic.files.keyslots.write_text('{"format": 99, "slots": []}', encoding="utf-8")
    gate = clinic.authenticator()

    with pytest.raises(KeySlotsDamaged):
        gate.login(LEAD.username, LEAD_PASSWORD)
    gate.close()


# --- Connection settings ------------------------------------------------------------


def test_open_clinic_keeps_temporary_data_in_memory_and_uses_wal(lead):
    db = lead.clinic.db

    assert db.scalar("PRAGMA temp_store") == 2  # MEMORY
    assert db.scalar("PRAGMA journal_mode") == "wal"
    assert db.scalar("PRAGMA synchronous") == 2  # FULL
    assert db.scalar("PRAGMA foreign_keys") == 1


def test_directly_opened_database_has_the_same_settings(clinic):
    db = Database.open(clinic.files.database, database_key(clinic.files))
    try:
        assert db.scalar("PRAGMA temp_store") == 2
        assert db.scalar("PRAGMA journal_mode") == "wal"
    finally:
        db.close()


def test_database_file_is_not_plain_sqlite(clinic):
    assert not clinic.files.database.read_bytes().startswith(b"SQLite format 3")


def test_wrong_key_does_not_open_the_database(clinic):
    with pytest.raises(DatabaseDamaged):
        Database.open(clinic.files.database, random_key())


# --- One running instance per clinic ------------------------------------------------


def test_second_instance_is_refused_until_the_first_ends(files):
    files.ensure_data_dir()
    first = InstanceLock(files.instance_lock)
    first.acquire()

    with pytest.raises(AlreadyRunning) as refused:
        InstanceLock(files.instance_lock).acquire()
    assert "already" in refused.value.describe()

    first.release()
    with InstanceLock(files.instance_lock):
        pass


def test_instance_lock_works_as_a_context_manager(files):
    files.ensure_data_dir()

    with InstanceLock(files.instance_lock), pytest.raises(AlreadyRunning):
        InstanceLock(files.instance_lock).acquire()

    second = InstanceLock(files.instance_lock)
    second.acquire()
    second.release()


@pytest.mark.parametrize(
    ("pragma", "unsafe"),
    [("temp_store", "FILE"), ("journal_mode", "DELETE"), ("foreign_keys", "OFF")],
)
def test_an_unsafe_connection_setting_is_refused(clinic, pragma, unsafe):
    db = Database.open(clinic.files.database, database_key(clinic.files))
    try:
        db.execute(f"PRAGMA {pragma} = {unsafe}")
        with pytest.raises(RuntimeError, match=pragma):
            db.check_safe_settings()
    finally:
        db.close()


def test_an_unknown_user_name_costs_the_same_key_derivation(clinic, monkeypatch):
    """Timing must not tell which user names exist: a name without a slot runs
    the same derivation as a real attempt."""
    from mottagning.storage import keyslots

    calls: list[object] = []
    real = keyslots.crypto.derive_from_password

    def counted(password, salt, params):
        calls.append(params)
        return real(password, salt, params)

    monkeypatch.setattr(keyslots.crypto, "derive_from_password", counted)
    slots = keyslots.KeySlotFile(clinic.files.keyslots, clinic.authenticator().keyslots.kdf)
    with pytest.raises(WrongCredentials):
        slots.unlock_with_password("nobody.here", LEAD_PASSWORD)
    with pytest.raises(WrongCredentials):
        slots.unlock_with_password(LEAD.username, "fel lösenord för chefen")
    assert len(calls) == 2
    assert calls[0] == calls[1], "the same cost for a name that exists and one that does not"
