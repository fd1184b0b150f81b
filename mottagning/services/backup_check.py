"""Is a backup what its manifest says, and whole? The check every backup passes
before it counts, and again before a restore:

- every file's SHA-256 and size as the manifest lists them;
- the key slots file reads (its checksum and every field);
- the database opens with the key (SQLCipher's HMAC on every page:
  `cipher_integrity_check`), SQLite's `integrity_check` and foreign keys;
- the manifest's mac (under a key derived from the database key), the schema
  version and the row count of every table;
- the anchor: the backup's access log ends at the entry the manifest names,
  and its root key is the one whose fingerprint the anchor holds.

Reading only: the database is opened read-only, so a write-protected disk
verifies and the hash of what was checked does not change.
"""

import hmac
from dataclasses import dataclass, field

from mottagning.errors import DatabaseDamaged, KeySlotsDamaged
from mottagning.storage.access_log import AccessLogRepository
from mottagning.storage.anchors import Anchor
from mottagning.storage.backup_files import (
    StoredBackup,
    hash_problems,
    manifest_mac_holds,
    opened,
    row_counts,
)
from mottagning.storage.clinic_root import ClinicRoot
from mottagning.storage.codec import from_db_time
from mottagning.storage.crypto import fingerprint
from mottagning.storage.database import Database
from mottagning.storage.keyslots import KeySlotFile
from mottagning.storage.settings import ORIGIN, MetaRepository


@dataclass
class BackupCheck:
    problems: list[str] = field(default_factory=list)  # English, for the CLI and the log

    @property
    def ok(self) -> bool:
        return not self.problems


def check_backup(backup: StoredBackup, database_key: bytes) -> BackupCheck:
    """Check `backup` with the database key its key slots give (see module)."""
    result = BackupCheck(hash_problems(backup))
    if result.problems:
        return result
    try:
        KeySlotFile(backup.keyslots).generation  # noqa: B018 (reads and checks the whole file)
    except KeySlotsDamaged:
        result.problems.append("the key slots file is damaged")
    try:
        with opened(backup.database, database_key) as database:
            result.problems += _database_problems(backup, database)
    except DatabaseDamaged:
        result.problems.append("the database does not open with the key, or is damaged")
    return result


def backup_anchor(database: Database) -> Anchor | None:
    """The access log's head and the root key's fingerprint in `database`."""
    meta = MetaRepository(database)
    origin = meta.get(ORIGIN)
    root = ClinicRoot(meta).public_key()
    if origin is None or root is None:
        return None
    head = AccessLogRepository(database, origin, "").head()
    if head is None:
        return None
    at = database.scalar(
        "SELECT at FROM access_log WHERE origin = ? AND seq = ?", (origin, head.seq)
    )
    return Anchor(head.origin, head.seq, head.mac, fingerprint(root), from_db_time(str(at)))


def _database_problems(backup: StoredBackup, database: Database) -> list[str]:
    problems = [f"integrity: {problem}" for problem in database.structure_problems()]
    if problems:
        return problems
    manifest = backup.manifest
    if not manifest_mac_holds(database, manifest):
        problems.append("the manifest was changed after the backup was made (its mac fails)")
    counts = row_counts(database)
    if counts != manifest.row_counts:
        differing = sorted(
            name
            for name in set(counts) | set(manifest.row_counts)
            if counts.get(name) != manifest.row_counts.get(name)
        )
        problems.append(f"row counts differ from the manifest: {', '.join(differing)}")
    problems += anchor_problems(backup, database)
    return problems


def anchor_problems(backup: StoredBackup, database: Database) -> list[str]:
    """The schema version, and the access log ends at the manifest's anchor
    under the root key the key slots name (a few small reads)."""
    problems = []
    manifest = backup.manifest
    if database.user_version != manifest.schema_version:
        problems.append(
            f"schema {database.user_version}, but the manifest says {manifest.schema_version}"
        )
    anchor = backup_anchor(database)
    expected = manifest.anchor
    if anchor is None:
        problems.append("the backup's access log or root key is missing")
    elif not (
        anchor.origin == expected.get("origin")
        and anchor.seq == expected.get("seq")
        and hmac.compare_digest(anchor.mac, str(expected.get("mac", "")))
        and anchor.root_fingerprint == expected.get("root_fingerprint")
    ):
        problems.append("the backup's access log does not end at the manifest's anchor")
    slots_root = KeySlotFile(backup.keyslots).root_public
    recorded = ClinicRoot(MetaRepository(database)).public_key()
    if slots_root is not None and recorded is not None and slots_root != recorded:
        problems.append("the root key in the backup's key slots differs from its database's")
    return problems
