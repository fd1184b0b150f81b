"""The check at sign-in: SQLite's `quick_check` (the structure, not every
index against its table) within a time budget, so that a big clinic's login
waits at most that long; a full `integrity_check` runs with every backup and
with `mottagning verify`. Damage found: the sign-in stops with a message that
names the newest backup, and nothing is written to the database."""

import logging

from mottagning.errors import DatabaseDamaged, DatabaseDamagedAtSignIn
from mottagning.storage.backup_files import stored_backups
from mottagning.storage.database import Database
from mottagning.storage.files import ClinicFiles

log = logging.getLogger(__name__)

BUDGET_SECONDS = 2.0


def check_at_sign_in(
    files: ClinicFiles, database_key: bytes, budget_seconds: float = BUDGET_SECONDS
) -> None:
    if not files.database.exists():
        return  # nothing to check: the sign-in says what is missing
    problems = _problems(files, database_key, budget_seconds)
    if problems is None:
        log.info("the quick check did not finish within %.1f s", budget_seconds)
        return
    if problems:
        log.error("the quick check at sign-in found damage (%d problems)", len(problems))
        found = stored_backups(files.backups)
        if found:
            raise DatabaseDamagedAtSignIn(backup=str(found[0].folder))
        raise DatabaseDamaged()


def _problems(files: ClinicFiles, database_key: bytes, budget_seconds: float) -> list[str] | None:
    try:
        database = Database.open(files.database, database_key)
    except DatabaseDamaged:
        return ["the database does not decrypt"]
    try:
        return database.quick_problems(budget_seconds)
    except DatabaseDamaged:
        return ["a page does not decrypt"]
    finally:
        database.close()
