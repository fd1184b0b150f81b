"""Backups: where they go, how many are kept, and what the UI shows of them."""

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class BackupSettings:
    """Set by the clinic lead. An empty folder means the data folder's
    `backups/` (on the same disk: it helps against a bad update or a damaged
    file, not against a dead disk; the second destination does that)."""

    folder: str = ""
    second_folder: str = ""  # a network share or a USB disk IT chooses; "" for none
    daily: int = 7
    weekly: int = 4
    monthly: int = 12
    stale_hours: int = 24  # older than this and the status bar and Today warn


@dataclass(frozen=True)
class BackupInfo:
    """One backup as the lead chooses among them (no personal data)."""

    name: str
    folder: str
    created_at: datetime
    size: int  # bytes
    users: int
    schema_version: int
    generation: int
    automatic: bool


@dataclass(frozen=True)
class BackupStatus:
    last: datetime | None  # the newest backup found in a destination
    unreachable: tuple[str, ...]  # destinations that cannot be read
    stale: bool  # older than the rule, none at all, or a destination unreachable


@dataclass(frozen=True)
class BackupResult:
    backups: tuple[BackupInfo, ...]  # one per destination written
    removed: int  # older backups the rotation removed
