"""Schema migrations: numbered steps, a backup first, all or nothing, and a
newer database refused untouched."""

import hashlib
import shutil
from collections import namedtuple

import pytest
from sqlcipher3 import dbapi2

from mottagning.errors import DatabaseDamaged, DatabaseTooNew, NotEnoughSpace
from mottagning.storage.crypto import random_key
from mottagning.storage.database import Database
from mottagning.storage.schema import (
    LATEST_VERSION,
    Migration,
    MigrationResult,
    load_migrations,
    migrate,
)
from tests.storage.helpers import SQLITE_HEADER
from tests.support import LEAD, LEAD_PASSWORD

V1 = Migration(1, "people", "CREATE TABLE people (id TEXT PRIMARY KEY, name TEXT NOT NULL);")
V2 = Migration(
    2,
    "visits",
    "CREATE TABLE visits (id TEXT PRIMARY KEY, person TEXT REFERENCES people (id));\n"
    "ALTER TABLE people ADD COLUMN phone TEXT NOT NULL DEFAULT '';",
)
V2_BROKEN = Migration(
    2,
    "broken",
    "CREATE TABLE visits (id TEXT PRIMARY KEY);\n"
    "INSERT INTO visits VALUES ('half-done');\n"
    "UPDATE people SET name = 'changed';\n"
    "INSERT INTO no_such_table VALUES (1);",
)
V3 = Migration(3, "notes", "CREATE TABLE notes (id TEXT PRIMARY KEY);")
V3_BROKEN = Migration(3, "broken", "CREATE TABLE notes (id TEXT PRIMARY KEY); SELECT nonsense(;")


def tables(db: Database) -> list[str]:
    rows = db.query("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
    return [row["name"] for row in rows]


def schema(db: Database) -> list[tuple[str, str]]:
    rows = db.query("SELECT name, sql FROM sqlite_schema ORDER BY name")
    return [(row["name"], row["sql"]) for row in rows]


@pytest.fixture
def key() -> bytes:
    return random_key()


@pytest.fixture
def db(tmp_path, key):
    database = Database.open(tmp_path / "test.db", key, create=True)
    yield database
    database.close()


@pytest.fixture
def v1_db(db, tmp_path, clock):
    """A database at schema 1 holding one row."""
    migrate(db, tmp_path / "backups", clock.now(), [V1])
    db.execute("INSERT INTO people (id, name) VALUES ('p1', 'Provperson')")
    return db


# --- The real migrations ------------------------------------------------------------


def test_new_clinic_database_is_at_the_latest_version(lead):
    assert LATEST_VERSION == len(load_migrations()) >= 1
    assert lead.clinic.db.user_version == LATEST_VERSION


def test_migrations_are_numbered_from_one_without_gaps():
    assert [m.version for m in load_migrations()] == list(range(1, LATEST_VERSION + 1))


def test_numbering_gap_is_refused(tmp_path):
    (tmp_path / "0001_first.sql").write_text("SELECT 1;", encoding="utf-8")
    (tmp_path / "0003_third.sql").write_text("SELECT 1;", encoding="utf-8")
    (tmp_path / "README.md").write_text("not a migration", encoding="utf-8")

    with pytest.raises(RuntimeError):
        load_migrations(tmp_path)


def test_migration_files_are_read_in_order(tmp_path):
    (tmp_path / "0002_second.sql").write_text("SELECT 2;", encoding="utf-8")
    (tmp_path / "0001_first.sql").write_text("SELECT 1;", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("ignored", encoding="utf-8")

    assert [(m.version, m.name) for m in load_migrations(tmp_path)] == [
        (1, "first"),
        (2, "second"),
    ]


def test_newer_database_is_refused_at_login_and_left_unchanged(clinic, gate, lead):
    lead.clinic.db.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    lead.logout()
    gate.close()
    before = hashlib.sha256(clinic.files.database.read_bytes()).hexdigest()
    again = clinic.authenticator()

    with pytest.raises(DatabaseTooNew) as refused:
        again.login(LEAD.username, LEAD_PASSWORD)

    assert str(LATEST_VERSION + 1) in refused.value.describe()
    assert str(LATEST_VERSION) in refused.value.describe()
    assert hashlib.sha256(clinic.files.database.read_bytes()).hexdigest() == before
    assert not clinic.files.backups.exists()
    again.close()


# --- migrate() with synthetic migrations --------------------------------------------


def test_new_database_gets_every_migration_in_order_without_backup(db, tmp_path, clock):
    result = migrate(db, tmp_path / "backups", clock.now(), [V1, V2])

    assert result == MigrationResult(0, 2, None)
    assert db.user_version == 2
    assert tables(db) == ["people", "visits"]
    assert not (tmp_path / "backups").exists()


def test_up_to_date_database_is_left_alone(v1_db, tmp_path, clock):
    before = schema(v1_db)

    result = migrate(v1_db, tmp_path / "backups", clock.now(), [V1])

    assert result == MigrationResult(1, 1, None)
    assert schema(v1_db) == before


def test_existing_database_is_copied_before_migrating(v1_db, tmp_path, clock, key):
    backups = tmp_path / "backups"

    result = migrate(v1_db, backups, clock.now(), [V1, V2])

    assert (result.from_version, result.to_version) == (1, 2)
    assert result.backup is not None
    assert result.backup.parent == backups
    assert not result.backup.read_bytes().startswith(SQLITE_HEADER)
    copy = Database.open(result.backup, key)
    try:
        assert copy.user_version == 1
        assert tables(copy) == ["people"]
        assert copy.scalar("SELECT name FROM people WHERE id = 'p1'") == "Provperson"
    finally:
        copy.close()
    assert v1_db.user_version == 2
    assert v1_db.scalar("SELECT phone FROM people WHERE id = 'p1'") == ""


def test_backup_does_not_open_with_another_key(v1_db, tmp_path, clock):
    result = migrate(v1_db, tmp_path / "backups", clock.now(), [V1, V2])
    assert result.backup is not None

    with pytest.raises(DatabaseDamaged):
        Database.open(result.backup, random_key())


def test_failing_migration_rolls_back_completely(v1_db, tmp_path, clock):
    before = schema(v1_db)

    with pytest.raises(dbapi2.Error):
        migrate(v1_db, tmp_path / "backups", clock.now(), [V1, V2_BROKEN])

    assert v1_db.user_version == 1
    assert schema(v1_db) == before
    assert v1_db.scalar("SELECT name FROM people WHERE id = 'p1'") == "Provperson"
    assert not v1_db.in_transaction
    clock.advance(seconds=1)
    result = migrate(v1_db, tmp_path / "backups", clock.now(), [V1, V2])  # the fixed version
    assert result.to_version == 2
    assert v1_db.user_version == 2


def test_failed_migration_can_be_retried_at_once(v1_db, tmp_path, clock):
    with pytest.raises(dbapi2.Error):
        migrate(v1_db, tmp_path / "backups", clock.now(), [V1, V2_BROKEN])

    result = migrate(v1_db, tmp_path / "backups", clock.now(), [V1, V2])

    assert result.to_version == 2
    assert result.backup is not None


def test_failing_step_keeps_the_steps_before_it(db, tmp_path, clock):
    with pytest.raises(dbapi2.Error):
        migrate(db, tmp_path / "backups", clock.now(), [V1, V2, V3_BROKEN])

    assert db.user_version == 2
    assert tables(db) == ["people", "visits"]


def test_newer_database_is_refused_by_migrate_and_left_unchanged(v1_db, tmp_path, clock):
    v1_db.execute("PRAGMA user_version = 3")
    before = schema(v1_db)

    with pytest.raises(DatabaseTooNew) as refused:
        migrate(v1_db, tmp_path / "backups", clock.now(), [V1, V2])

    assert refused.value.params == {"found": 3, "supported": 2}
    assert v1_db.user_version == 3
    assert schema(v1_db) == before
    assert not (tmp_path / "backups").exists()


def test_each_migration_run_keeps_its_own_backup(v1_db, tmp_path, clock):
    backups = tmp_path / "backups"
    first = migrate(v1_db, backups, clock.now(), [V1, V2])

    second = migrate(v1_db, backups, clock.now(), [V1, V2, V3])

    assert first.backup != second.backup
    assert first.backup is not None
    assert second.backup is not None
    assert len(list(backups.iterdir())) == 2


def test_a_migration_copy_needs_room_and_says_how_much(v1_db, tmp_path, clock, monkeypatch):
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda folder: usage(10**9, 10**9, 100))
    with pytest.raises(NotEnoughSpace) as raised:
        migrate(v1_db, tmp_path / "backups", clock.now(), [V1, V2])
    assert "MB" in raised.value.describe()
    assert v1_db.user_version == 1  # nothing migrated without its copy
