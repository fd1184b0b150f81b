"""Schema migrations: numbered .sql files, tracked in `PRAGMA user_version`.

Each migration runs in one transaction together with the new user_version, so
a failure leaves the database exactly as it was. Before the first migration
of an existing database an encrypted copy is written to the backups folder.
A database newer than this code is refused untouched.
"""

import logging
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path

from mottagning.errors import DatabaseTooNew
from mottagning.storage.database import Database, triggers_of_schema
from mottagning.storage.files import require_free_space

log = logging.getLogger(__name__)

_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")

# Python run inside a migration's transaction, after its SQL: what needs keys
# the SQL cannot hold (sealing the journal under the journal key at schema 5).
DataStep = Callable[[Database], None]
NEEDS_DATA_STEP = frozenset({5})


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


@dataclass(frozen=True)
class MigrationResult:
    from_version: int
    to_version: int
    backup: Path | None


def load_migrations(folder: Traversable | Path | None = None) -> list[Migration]:
    folder = folder or resources.files("mottagning.storage") / "migrations"
    found = []
    for entry in folder.iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append(Migration(int(match[1]), match[2], entry.read_text(encoding="utf-8")))
    found.sort(key=lambda m: m.version)
    if [m.version for m in found] != list(range(1, len(found) + 1)):
        raise RuntimeError(f"migrations must be numbered 1..n without gaps: {found}")
    return found


LATEST_VERSION = len(load_migrations())


def migrate(
    database: Database,
    backup_dir: Path,
    now: datetime,
    migrations: list[Migration] | None = None,
    data_steps: Mapping[int, DataStep] | None = None,
) -> MigrationResult:
    """Bring `database` to the latest schema. A migration in NEEDS_DATA_STEP
    runs only with its step from `data_steps` (the caller holds the keys)."""
    migrations = load_migrations() if migrations is None else migrations
    data_steps = data_steps or {}
    latest = len(migrations)
    current = database.user_version
    if current > latest:
        raise DatabaseTooNew(found=current, supported=latest)
    if current == latest:
        return MigrationResult(current, current, None)
    backup = None
    if current > 0:
        backup_dir.mkdir(parents=True, exist_ok=True)
        # The copy is at most the database and its write-ahead log.
        wal = database.path.with_name(database.path.name + "-wal")
        size = sum(p.stat().st_size for p in (database.path, wal) if p.exists())
        require_free_space(backup_dir, size + 1_000_000)
        backup = _free_name(
            backup_dir / f"before-schema-{latest}-{now:%Y%m%dT%H%M%S}-v{current}.db"
        )
        database.copy_to(backup)
        log.info("copied schema %d database before migrating", current)
    for migration in migrations[current:]:
        step = data_steps.get(migration.version)
        if step is None and migration.version in NEEDS_DATA_STEP:
            raise RuntimeError(f"migration {migration.version} needs its data step")
        log.info("applying migration %04d_%s", migration.version, migration.name)
        database.run_migration(migration.sql, migration.version, step)
    return MigrationResult(current, latest, backup)


@cache
def expected_triggers(version: int | None = None) -> dict[str, str]:
    """The append-only and locking triggers a database of schema `version` (the
    latest by default) has: a check finds one that was dropped or changed. A
    database not yet migrated after an update is checked against its own
    version's, not taken for tampered with."""
    migrations = load_migrations()
    if version is not None:
        migrations = [m for m in migrations if m.version <= version]
    return triggers_of_schema([m.sql for m in migrations])


def pending_versions(database: Database) -> list[int]:
    """The migrations `migrate` would apply."""
    return list(range(database.user_version + 1, LATEST_VERSION + 1))


def _free_name(path: Path) -> Path:
    """`path`, or with a counter when an earlier attempt left a copy by that name."""
    candidate, number = path, 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
    return candidate
