"""The floor for the encryption cost: the same database as plain SQLite.

The plain file is opened with the same library (sqlcipher3 without a key is
plain SQLite of the same version and query planner) and the same connection
settings as storage.database, so the only difference measured is the
encryption. It holds synthetic data only and lives in a temporary folder.
"""

from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

from mottagning.storage.database import Database

# Pragmas the two connections must share for a fair comparison; recorded in the report.
COMPARED_PRAGMAS = ("page_size", "cache_size", "journal_mode", "synchronous", "temp_store")


def export_plain(encrypted: Database, target: Path) -> None:
    """Copy every table, index and trigger into an unencrypted file.
    sqlcipher_export resets user_version, so it is copied by hand."""
    version = encrypted.user_version
    encrypted.execute("ATTACH DATABASE ? AS plaintext KEY ''", (str(target),))
    try:
        encrypted.scalar("SELECT sqlcipher_export('plaintext')")
        encrypted.execute(f"PRAGMA plaintext.user_version = {int(version)}")
    finally:
        encrypted.execute("DETACH DATABASE plaintext")


def _casefold(text: object) -> object:
    return text.casefold() if isinstance(text, str) else text


def open_plain(path: Path, like: Database) -> Database:
    """As Database.open, minus `PRAGMA key`; the page cache as big as `like`'s,
    so that a change of the program's cache size changes both sides."""
    connection: Any = sqlcipher.connect(str(path), isolation_level=None)
    for pragma in (
        f"cache_size = {int(like.scalar('PRAGMA cache_size'))}",
        "journal_mode = WAL",
        "synchronous = FULL",
        "foreign_keys = ON",
        "temp_store = MEMORY",
        "busy_timeout = 5000",
    ):
        connection.execute(f"PRAGMA {pragma}").fetchall()
    connection.create_function("casefold", 1, _casefold, deterministic=True)
    connection.row_factory = sqlcipher.Row
    return Database(connection, path, bytes(32))  # the key only seeds derived keys here


def pragmas(database: Database) -> dict[str, str]:
    return {name: str(database.scalar(f"PRAGMA {name}")) for name in COMPARED_PRAGMAS}
