"""Helpers for the storage tests: reading the log, the key, and raw file bytes."""

from pathlib import Path

from mottagning.models.access_log import LogAction, LogEntry, LogQuery
from mottagning.services.session import Session
from mottagning.storage.database import Database
from mottagning.storage.files import ClinicFiles
from mottagning.storage.keyslots import KeySlotFile
from tests.support import LEAD, LEAD_PASSWORD

SQLITE_HEADER = b"SQLite format 3\x00"


def log_entries(session: Session) -> list[LogEntry]:
    """Every access-log entry, oldest first, read through the repository (so
    that reading does not itself add an ACCESS_LOG_VIEWED entry)."""
    entries = session.clinic.access_log.query(LogQuery(limit=1_000_000))
    return sorted(entries, key=lambda entry: entry.seq)


def head_seq(session: Session) -> int:
    head = session.clinic.access_log.head()
    return 0 if head is None else head.seq


def entries_after(session: Session, seq: int) -> list[LogEntry]:
    return [entry for entry in log_entries(session) if entry.seq > seq]


def actions_after(session: Session, seq: int) -> list[LogAction]:
    return [entry.action for entry in entries_after(session, seq)]


def database_key(
    files: ClinicFiles, username: str = LEAD.username, password: str = LEAD_PASSWORD
) -> bytes:
    return KeySlotFile(files.keyslots).unlock_with_password(username, password).bundle.database_key


def open_database(files: ClinicFiles) -> Database:
    """The clinic's database opened through the storage layer with the lead's key."""
    return Database.open(files.database, database_key(files))


def flip_byte(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0xFF
    path.write_bytes(bytes(data))


def files_below(folder: Path) -> dict[Path, bytes]:
    """Every file below `folder` with its bytes."""
    return {path: path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


def encodings_of(text: str) -> list[bytes]:
    forms = {text, text.lower(), text.upper()}
    return [form.encode(codec) for form in forms for codec in ("utf-8", "utf-16-le", "utf-16-be")]
