"""Backups on real files: what one holds, its check, a full disk, tampering,
the rotation, who may do what, and when one is due."""

import errno
import json
import shutil
from collections import namedtuple
from pathlib import Path

import pytest

from mottagning.errors import (
    BackupDamaged,
    DiskFull,
    InvalidBackupSettings,
    NotEnoughSpace,
    PermissionDenied,
    StorageUnavailable,
)
from mottagning.models.access_log import LogAction, LogQuery
from mottagning.models.backups import BackupSettings
from mottagning.models.journal import NoteType
from mottagning.services.backup_check import check_backup
from mottagning.storage import backup_files, database
from mottagning.storage.backup_files import stored_backups
from mottagning.storage.schema import LATEST_VERSION
from tests.storage.reception import details
from tests.support import MARKER


def quiet(fraction: float, text: str) -> None:
    del fraction, text


def logged(session, action: LogAction):
    return session.clinic.access_log.query(LogQuery(actions=frozenset({action})))


def backup_now(session, **options):
    return session.backups.create(quiet, **options)


def test_a_backup_holds_the_database_key_slots_and_a_manifest_that_checks(lead, counselor, clinic):
    client, _ = counselor.clients.create(
        details("Lilja", counselor_ids=frozenset({counselor.user.id}))
    )
    note = counselor.journal.start_note(client.id, NoteType.SESSION, body=MARKER)
    counselor.journal.sign(note.id)
    result = backup_now(lead)
    (info,) = result.backups
    folder = Path(info.folder)
    assert folder.parent == clinic.files.backups
    assert sorted(p.name for p in folder.iterdir()) == [
        "keyslots.json",
        "manifest.json",
        "mottagning.db",
    ]
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["schema_version"] == LATEST_VERSION and manifest["users"] == 2
    assert manifest["row_counts"]["clients"] == 1
    assert (
        manifest["files"]["keyslots.json"]["sha256"]
        == backup_files.describe_file(clinic.files.keyslots)["sha256"]
    )
    # The anchor is the access log's head when the copy was taken (the backup's own
    # entry follows it in the live database).
    (made,) = logged(lead, LogAction.BACKUP_CREATED)
    assert manifest["anchor"]["seq"] == made.seq - 1
    assert manifest["anchor"]["origin"] == made.origin
    # Encrypted: no plain text of the note, nor SQLite's header, in any file.
    for path in folder.iterdir():
        data = path.read_bytes()
        assert MARKER.encode() not in data
        assert b"SQLite format 3" not in data
    assert not list(folder.glob("*-wal"))
    assert lead.backups.verify(info.folder).ok
    assert [b.name for b in lead.backups.list()] == [info.name]
    # The manifest is an anchor the log is verified against (verify --anchor).
    anchor = lead.access_log.read_anchor(folder / "manifest.json")
    assert (anchor.seq, anchor.origin) == (made.seq - 1, made.origin)
    assert lead.access_log.verify(anchor).intact


def test_a_backup_opens_with_no_other_key(lead):
    (info,) = backup_now(lead).backups
    backup = backup_files.open_backup(Path(info.folder))
    check = check_backup(backup, b"\x01" * 32)
    assert not check.ok
    assert "does not open" in check.problems[0]


@pytest.mark.parametrize("damage", ["database", "manifest", "keyslots", "missing"])
def test_a_damaged_or_edited_backup_fails_its_check(lead, damage):
    (info,) = backup_now(lead).backups
    folder = Path(info.folder)
    if damage == "database":
        path = folder / "mottagning.db"
        data = bytearray(path.read_bytes())
        data[5000] ^= 0x01
        path.write_bytes(bytes(data))
    elif damage == "manifest":
        # Edited to match a rolled-back log: its mac (under the database key) fails.
        manifest = json.loads((folder / "manifest.json").read_text())
        manifest["anchor"]["seq"] -= 1
        (folder / "manifest.json").write_text(json.dumps(manifest))
    elif damage == "keyslots":
        (folder / "keyslots.json").write_text("{}")
    else:
        (folder / "keyslots.json").unlink()
    check = lead.backups.verify(info.folder)
    assert not check.ok
    with pytest.raises(BackupDamaged):
        lead.backups.require_sound(info.folder)


def test_not_enough_space_says_how_much_and_writes_nothing(lead, clinic, monkeypatch):
    (first,) = backup_now(lead).backups
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda folder: usage(10**9, 10**9 - 1000, 1000))
    with pytest.raises(NotEnoughSpace) as raised:
        backup_now(lead)
    assert "MB" in raised.value.describe()
    assert [b.name for b in stored_backups(clinic.files.backups)] == [first.name]
    assert logged(lead, LogAction.BACKUP_FAILED)


def test_a_disk_that_fills_half_way_leaves_the_earlier_backups_intact(lead, clinic, monkeypatch):
    (first,) = backup_now(lead).backups
    clinic.clock.advance(days=1)

    def full(fd, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    # The database is copied by then: the key slots' copy is where the disk fills.
    monkeypatch.setattr(backup_files.os, "write", full)
    with pytest.raises(DiskFull):
        backup_now(lead)
    monkeypatch.undo()
    assert [b.name for b in stored_backups(clinic.files.backups)] == [first.name]
    assert [p.name for p in clinic.files.backups.iterdir()] == [first.name]  # no partial left
    assert lead.backups.verify(first.folder).ok


def test_a_partial_folder_is_never_listed_and_the_next_backup_clears_it(lead, clinic):
    (first,) = backup_now(lead).backups
    partial = clinic.files.backups / ".partial-mottagning-backup-20261124T080000Z"
    shutil.copytree(first.folder, partial)
    assert [b.name for b in lead.backups.list()] == [first.name]
    clinic.clock.advance(days=1)
    backup_now(lead)
    assert not partial.exists()


def test_a_second_destination_gets_its_own_copy(lead, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    lead.backups.save_settings(BackupSettings(second_folder=str(usb)))
    result = backup_now(lead)
    assert [Path(b.folder).parent for b in result.backups] == [
        lead.clinic.files.backups,
        usb,
    ]
    assert len(lead.backups.list()) == 2


def test_the_rotation_keeps_7_daily_4_weekly_12_monthly_and_logs_what_it_removes(lead, clinic):
    for _ in range(60):
        backup_now(lead)
        clinic.clock.advance(days=1)
    kept = stored_backups(clinic.files.backups)
    days = [b.manifest.created_at.date() for b in kept]
    assert len(days) == len(set(days))
    assert days[:7] == sorted(days, reverse=True)[:7]  # the last seven days
    # 7 daily + the newest of 3 more ISO weeks + the newest of each month not yet kept.
    assert 7 < len(kept) <= 7 + 4 + 12
    removed = logged(lead, LogAction.BACKUP_REMOVED)
    assert len(removed) == 60 - len(kept)
    assert all(
        entry.target_id and entry.target_id.startswith("mottagning-backup-") for entry in removed
    )


def test_a_smaller_rotation_is_configurable(lead, clinic):
    lead.backups.save_settings(BackupSettings(daily=2, weekly=1, monthly=1))
    for _ in range(5):
        backup_now(lead)
        clinic.clock.advance(days=1)
    assert len(stored_backups(clinic.files.backups)) == 2


def test_migration_copies_follow_the_same_rotation(lead, clinic):
    clinic.files.backups.mkdir(exist_ok=True)
    names = [f"before-schema-5-202611{day:02d}T080000-v4.db" for day in range(1, 15)]
    for name in names:
        (clinic.files.backups / name).write_bytes(b"copy")
    lead.backups.save_settings(BackupSettings(daily=3, weekly=1, monthly=1))
    backup_now(lead)
    left = sorted(p.name for p in clinic.files.backups.glob("before-schema-*"))
    assert left == names[-3:]
    removed = [
        e for e in logged(lead, LogAction.BACKUP_REMOVED) if e.target_type == "migration_copy"
    ]
    assert len(removed) == 11


# --- Who may ---------------------------------------------------------------------------


def test_only_the_lead_makes_lists_and_checks_backups_on_demand(lead, counselor, scheduler):
    (info,) = backup_now(lead).backups
    for session in (counselor, scheduler):
        with pytest.raises(PermissionDenied):
            backup_now(session)
        with pytest.raises(PermissionDenied):
            session.backups.list()
        with pytest.raises(PermissionDenied):
            session.backups.verify(info.folder)
        with pytest.raises(PermissionDenied):
            session.backups.save_settings(BackupSettings(daily=1))
    denied = logged(lead, LogAction.PERMISSION_DENIED)
    assert {entry.detail for entry in denied} >= {
        "create_backup",
        "restore_backup",
        "manage_backups",
    }


def test_the_automatic_backup_runs_in_anyones_session(counselor, scheduler, clinic):
    for session in (counselor, scheduler):
        result = backup_now(session, automatic=True)
        assert len(result.backups) == 1 and result.backups[0].automatic
        clinic.clock.advance(seconds=1)


def test_bad_settings_are_refused(lead):
    for settings in (
        BackupSettings(daily=0),
        BackupSettings(stale_hours=0),
        BackupSettings(folder="relative/path"),
    ):
        with pytest.raises(InvalidBackupSettings):
            lead.backups.save_settings(settings)


# --- When, and how old -------------------------------------------------------------------


def test_a_backup_is_due_once_a_day_at_sign_in_and_at_quit_only_after_changes(lead, clinic):
    assert lead.backups.due_at_sign_in()
    backup_now(lead, automatic=True)
    assert not lead.backups.due_at_sign_in()
    assert not lead.backups.due_at_quit()
    lead.lock()
    assert not lead.backups.due_at_quit()  # a lock changes no record
    lead.clients.create(details("Lilja"))
    assert lead.backups.due_at_quit()
    clinic.clock.advance(days=1)
    assert lead.backups.due_at_sign_in()


def test_the_status_warns_when_the_last_backup_is_old_or_a_destination_is_gone(
    lead, counselor, clinic, tmp_path
):
    assert counselor.backups.status().stale  # none yet
    backup_now(lead)
    status = counselor.backups.status()
    assert not status.stale and status.last == clinic.clock.now()
    clinic.clock.advance(hours=25)
    assert counselor.backups.status().stale
    lead.backups.save_settings(BackupSettings(stale_hours=48))
    assert not counselor.backups.status().stale
    lead.backups.save_settings(BackupSettings(stale_hours=48, second_folder=str(tmp_path / "gone")))
    status = counselor.backups.status()
    assert status.stale and status.unreachable == (str(tmp_path / "gone"),)


def test_an_unplugged_disk_is_reported_never_made_on_the_local_disk(lead, tmp_path):
    usb = tmp_path / "media" / "usb"  # not mounted: the folder does not exist
    lead.backups.save_settings(BackupSettings(second_folder=str(usb)))
    with pytest.raises(StorageUnavailable):
        backup_now(lead)
    assert not usb.exists()
    assert len(lead.backups.list()) == 1  # the local one was made
    assert lead.backups.status().unreachable == (str(usb),)
    assert logged(lead, LogAction.BACKUP_FAILED)


def test_a_backup_finishes_while_a_colleague_writes_and_checkpoints_and_holds_a_whole_state(
    lead, clinic, monkeypatch
):
    """The raw copy of the file and its log under a read transaction, while
    another connection commits and checkpoints between every chunk read (the
    case that would tear a naive copy): the backup passes the whole check and
    holds every row committed before it began, and only whole commits after."""
    for number in range(40):
        lead.clients.create(details(f"Klient {number}"))
    monkeypatch.setattr(database, "_COPY_CHUNK", 4096)  # many chunks: writes fall between
    worker = lead.on_this_thread()  # the backup's own connection, as on a worker thread
    written = []

    def a_colleague_writes(fraction: float, text: str) -> None:
        if text == "copying" and len(written) < 30:
            written.append(lead.clients.create(details(f"Under tiden {len(written)}"))[0])
            lead.clinic.db.query("PRAGMA wal_checkpoint(PASSIVE)")

    try:
        (info,) = worker.backups.create(a_colleague_writes).backups
    finally:
        worker.close_connection()
    assert len(written) > 5, "the copy took few steps"
    backup = backup_files.open_backup(Path(info.folder))
    assert 40 <= backup.manifest.row_counts["clients"] <= 40 + len(written)
    assert backup.manifest.verified
    assert lead.backups.verify(info.folder).ok
    assert not (Path(info.folder) / "mottagning.db-wal").exists()  # one standalone file
