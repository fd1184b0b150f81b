"""A backup on disk: a folder `mottagning-backup-<UTC time>` holding the
database (a standalone SQLCipher copy under the clinic's database key), the
key slots as they were, and `manifest.json`.

Written under a hidden name (`.partial-...`), every file fsynced, checked, and
only then renamed into place (and the destination folder fsynced): a full disk
or a kill half-way leaves a partial folder that is never listed as a backup and
is cleared by the next backup. The manifest is readable without keys (it holds
no personal data: times, counts, hashes, the access log's anchor); its `mac`,
under a key derived from the database key, finds one edited by hand.
"""

import contextlib
import hashlib
import hmac
import json
import os
import re
import shutil
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from mottagning.storage.codec import from_db_time, to_db_time
from mottagning.storage.database import Database
from mottagning.storage.files import storage_errors

DATABASE = "mottagning.db"
KEYSLOTS = "keyslots.json"
MANIFEST = "manifest.json"
PREFIX = "mottagning-backup-"
PARTIAL = ".partial-"
FORMAT = 1
_NAME = re.compile(r"^mottagning-backup-(\d{8}T\d{6}Z)(?:-\d+)?$")
_MAC_PURPOSE = b"mottagning backup manifest v1"
_CHUNK = 1 << 20
_COPY_CHUNK = 8 << 20


@dataclass(frozen=True)
class Manifest:
    created_at: datetime
    app_version: str
    schema_version: int
    generation: int  # of the clinic's keys when it was made
    files: dict[str, dict[str, Any]]  # name -> {"sha256", "size"}
    row_counts: dict[str, int]
    users: int  # active accounts
    anchor: dict[str, Any]  # storage/anchors.py's anchor_json(anchor)
    automatic: bool
    # Sealed in only after the whole check passed (services/backup_writer.py):
    # a restore that finds the files' hashes as listed trusts that check.
    verified: bool = False
    mac: str = ""

    def body(self) -> dict[str, Any]:
        extra = {"verified": True} if self.verified else {}  # older manifests: as sealed
        return extra | {
            "format": FORMAT,
            "created_at": to_db_time(self.created_at),
            "app_version": self.app_version,
            "schema_version": self.schema_version,
            "generation": self.generation,
            "files": self.files,
            "row_counts": self.row_counts,
            "users": self.users,
            "anchor": self.anchor,
            "automatic": self.automatic,
        }

    @property
    def size(self) -> int:
        return sum(int(entry["size"]) for entry in self.files.values())


@dataclass(frozen=True)
class StoredBackup:
    folder: Path
    manifest: Manifest

    @property
    def name(self) -> str:
        return self.folder.name

    @property
    def database(self) -> Path:
        return self.folder / DATABASE

    @property
    def keyslots(self) -> Path:
        return self.folder / KEYSLOTS


def manifest_mac(database: Database, body: dict[str, Any]) -> str:
    key = database.derive_key(_MAC_PURPOSE)
    return hmac.new(key, _canonical(body), hashlib.sha256).hexdigest()


def manifest_mac_holds(database: Database, manifest: Manifest) -> bool:
    return hmac.compare_digest(manifest_mac(database, manifest.body()), manifest.mac)


def _canonical(body: dict[str, Any]) -> bytes:
    return json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")


def backup_name(now: datetime, destination: Path) -> str:
    stamp = now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    name, number = f"{PREFIX}{stamp}", 1
    while (destination / name).exists():
        number += 1
        name = f"{PREFIX}{stamp}-{number}"
    return name


def time_of(name: str) -> datetime | None:
    match = _NAME.match(name)
    if match is None:
        return None
    return datetime.strptime(match[1], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)


# --- Writing ----------------------------------------------------------------------


def begin(destination: Path, name: str) -> Path:
    """A fresh partial folder for backup `name`; partial folders an earlier,
    interrupted backup left are removed first."""
    with storage_errors(destination):
        destination.mkdir(parents=True, exist_ok=True)
        for leftover in destination.glob(f"{PARTIAL}*"):
            shutil.rmtree(leftover, ignore_errors=True)
        stage = destination / f"{PARTIAL}{name}"
        stage.mkdir(mode=0o700)
    return stage


def copy_durably(source: Path, target: Path) -> None:
    """Copy a small file (the key slots) and fsync it."""
    with storage_errors(target.parent):
        payload = source.read_bytes()
        fd = os.open(
            target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600
        )
        try:
            written = 0
            while written < len(payload):
                written += os.write(fd, payload[written:])
            os.fsync(fd)
        finally:
            os.close(fd)


def fsync_file(path: Path) -> None:
    with storage_errors(path.parent):
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_BINARY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows cannot open a folder for fsync; NTFS journals the rename.
    with storage_errors(folder):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def describe_file(path: Path) -> dict[str, Any]:
    digest = hashlib.sha256()
    with storage_errors(path.parent), path.open("rb") as stream:
        while chunk := stream.read(_CHUNK):
            digest.update(chunk)
    return {"sha256": digest.hexdigest(), "size": path.stat().st_size}


def describe_durably(path: Path) -> dict[str, Any]:
    """`describe_file`, and the file fsynced: one read of a freshly written file."""
    described = describe_file(path)
    fsync_file(path)
    return described


def copy_hashing(source: Path, target: Path) -> dict[str, Any]:
    """Copy `source` to a new `target`, fsynced, and describe what was copied:
    the SHA-256 of the very bytes read and written, in the same pass (the
    hash runs on a second thread while the next chunk is written)."""
    digest = hashlib.sha256()
    size = 0
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    with storage_errors(target.parent), source.open("rb") as stream:
        fd = os.open(target, flags, 0o600)
        try:
            with ThreadPoolExecutor(1) as hasher:
                pending = None
                while chunk := stream.read(_COPY_CHUNK):
                    if pending is not None:
                        pending.result()
                    pending = hasher.submit(digest.update, chunk)
                    view = memoryview(chunk)
                    while view:
                        view = view[os.write(fd, view) :]
                    size += len(chunk)
                if pending is not None:
                    pending.result()
            os.fsync(fd)
        finally:
            os.close(fd)
    return {"sha256": digest.hexdigest(), "size": size}


def write_manifest(stage: Path, manifest: Manifest) -> None:
    payload = json.dumps({**manifest.body(), "mac": manifest.mac}, indent=2, sort_keys=True)
    target = stage / MANIFEST
    with storage_errors(stage):
        fd = os.open(
            target, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600
        )
        try:
            os.write(fd, payload.encode("utf-8"))
            os.fsync(fd)
        finally:
            os.close(fd)
    fsync_folder(stage)


def publish(stage: Path) -> Path:
    """The partial folder becomes a backup: one rename, then the folder fsynced."""
    final = stage.with_name(stage.name.removeprefix(PARTIAL))
    with storage_errors(stage.parent):
        stage.rename(final)
    fsync_folder(stage.parent)
    return final


def discard(stage: Path) -> None:
    shutil.rmtree(stage, ignore_errors=True)


def remove(backup: StoredBackup) -> None:
    """Delete a backup: renamed to a partial name first, so that a crash while
    deleting never leaves half a backup that is listed."""
    with storage_errors(backup.folder.parent):
        doomed = backup.folder.with_name(f"{PARTIAL}removing-{backup.name}")
        backup.folder.rename(doomed)
    shutil.rmtree(doomed, ignore_errors=True)
    fsync_folder(backup.folder.parent)


# --- Reading ----------------------------------------------------------------------


def read_manifest(folder: Path) -> Manifest:
    """Raises ValueError (or OSError) unless `folder` holds a readable manifest."""
    content = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    if not isinstance(content, dict) or content.get("format") != FORMAT:
        raise ValueError("not a backup manifest")
    try:
        files = {str(k): dict(v) for k, v in content["files"].items()}
        if set(files) != {DATABASE, KEYSLOTS}:
            raise ValueError("a manifest must name the database and the key slots")
        return Manifest(
            created_at=from_db_time(str(content["created_at"])),
            app_version=str(content["app_version"]),
            schema_version=int(content["schema_version"]),
            generation=int(content["generation"]),
            files=files,
            row_counts={str(k): int(v) for k, v in content["row_counts"].items()},
            users=int(content["users"]),
            anchor=dict(content["anchor"]),
            automatic=bool(content["automatic"]),
            verified=content.get("verified") is True,
            mac=str(content["mac"]),
        )
    except (KeyError, TypeError, AttributeError) as exc:
        raise ValueError("damaged backup manifest") from exc


def open_backup(folder: Path) -> StoredBackup:
    """The backup in `folder` (or whose manifest `folder` names)."""
    if folder.name == MANIFEST:
        folder = folder.parent
    return StoredBackup(folder, read_manifest(folder))


def stored_backups(destination: Path) -> list[StoredBackup]:
    """The backups in `destination`, newest first: only folders with a backup's
    name and a readable manifest (a partial or foreign folder is not one)."""
    found = []
    with contextlib.suppress(FileNotFoundError):
        for entry in destination.iterdir():
            if time_of(entry.name) is None or not entry.is_dir():
                continue
            try:
                found.append(StoredBackup(entry, read_manifest(entry)))
            except (ValueError, OSError):
                continue
    found.sort(key=lambda b: (b.manifest.created_at, b.name), reverse=True)
    return found


def hash_problems(backup: StoredBackup) -> list[str]:
    """English: the files that are missing or differ from the manifest."""
    problems = []
    for name, expected in sorted(backup.manifest.files.items()):
        path = backup.folder / name
        if not path.exists():
            problems.append(f"{name} is missing")
            continue
        if describe_file(path) != {"sha256": expected.get("sha256"), "size": expected.get("size")}:
            problems.append(f"{name} differs from the manifest (SHA-256)")
    return problems


def row_counts(database: Database) -> dict[str, int]:
    tables = database.query(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"
    )
    return {
        str(row["name"]): int(database.scalar(f'SELECT count(*) FROM "{row["name"]}"'))
        for row in tables
    }


@contextlib.contextmanager
def opened(path: Path, key: bytes) -> Iterator[Database]:
    database = Database.open_read_only(path, key)
    try:
        yield database
    finally:
        database.close()
