"""Restoring a backup: in place (the lead, from the application), onto a new
PC's empty data folder with only the recovery key, and who may not."""

import json
import shutil
from collections import namedtuple
from pathlib import Path

import pytest

from mottagning.errors import (
    BackupDamaged,
    NotEnoughSpace,
    PermissionDenied,
    RestoreNotAllowed,
    WrongCredentials,
    WrongRecoveryKey,
)
from mottagning.models.access_log import LogAction, LogQuery
from mottagning.models.backups import BackupSettings
from mottagning.models.journal import NoteType
from mottagning.services.authentication import Authenticator
from mottagning.services.clock import SystemClock
from mottagning.services.restore import RestoreAuthority, restore_backup
from mottagning.services.verification import verify_clinic
from mottagning.storage.backup_files import (
    describe_file,
    manifest_mac,
    open_backup,
    opened,
    row_counts,
)
from mottagning.storage.files import ClinicFiles
from tests.storage.reception import details
from tests.support import COUNSELOR_PASSWORD, FAST_KDF, LEAD, LEAD_PASSWORD, MARKER


def quiet(fraction: float, text: str) -> None:
    del fraction, text


def entries(session, action: LogAction):
    return session.clinic.access_log.query(LogQuery(actions=frozenset({action})))


@pytest.fixture
def with_a_note(lead, counselor):
    client, _ = counselor.clients.create(
        details("Lilja", counselor_ids=frozenset({counselor.user.id}))
    )
    note = counselor.journal.start_note(client.id, NoteType.SESSION, body=MARKER)
    counselor.journal.sign(note.id)
    return client


def test_the_lead_restores_in_place_and_the_restore_is_logged_with_what_it_lost(
    gate, lead, counselor, with_a_note, clinic
):
    (info,) = lead.backups.create(quiet).backups
    clinic.clock.advance(hours=2)
    lead.clients.create(details("Efter"))
    restored = gate.restore(lead, info.folder, LEAD_PASSWORD)

    assert [c.alias for c in restored.clients.search("Lilja")] == ["Lilja"]
    assert restored.clients.search("Efter") == []
    notice = restored.restored
    assert notice is not None and notice.backup == info.name and notice.known_before
    assert notice.lost_entries >= 2  # the backup's own entry, the client made after
    assert restored.warnings == []  # no rollback alarm
    assert not entries(restored, LogAction.CHAIN_HEAD_MISMATCH)
    (entry,) = entries(restored, LogAction.BACKUP_RESTORED)
    assert entry.user_id == restored.user.id and entry.target_id == info.name
    assert "older" in entry.detail  # the head check's own words: what was lost
    # The files it replaced are kept, whole.
    (before,) = clinic.files.data_dir.glob("before-restore-*")
    assert {"mottagning.db", "keyslots.json"} <= {p.name for p in before.iterdir()}
    # The next login is an ordinary one, and the clinic verifies.
    gate.close()
    again = Authenticator(clinic.files, clinic.clock, FAST_KDF, workstation="TEST-PC")
    session = again.login(LEAD.username, LEAD_PASSWORD)
    assert session.restored is None and session.warnings == []
    credential = again.check_password(LEAD.username, LEAD_PASSWORD)
    report = verify_clinic(clinic.files, credential, clinic.clock, "TEST-PC")
    assert report.ok, report.problems
    again.close()


def test_a_backup_restores_on_a_new_pc_with_only_the_recovery_key(
    lead, counselor, with_a_note, clinic, tmp_path
):
    (info,) = lead.backups.create(quiet).backups
    # Only the backup folder travels (a USB disk).
    usb = tmp_path / "usb" / info.name
    shutil.copytree(info.folder, usb)
    new_pc = ClinicFiles(tmp_path / "new-pc" / "Mottagning")
    outcome = restore_backup(
        new_pc,
        usb,
        RestoreAuthority(recovery_key=clinic.recovery_key.formatted()),
        clinic.clock,
        FAST_KDF,
    )
    assert outcome.before is None
    backup = open_backup(usb)
    # Every row of every table, as the manifest counted them.
    credential = Authenticator(new_pc, clinic.clock, FAST_KDF).check_password(
        "cora", COUNSELOR_PASSWORD
    )
    with opened(new_pc.database, credential.database_key) as database:
        assert row_counts(database) == backup.manifest.row_counts
    gate = Authenticator(new_pc, clinic.clock, FAST_KDF, workstation="NEW-PC")
    cora = gate.login("cora", COUNSELOR_PASSWORD)
    (client,) = cora.clients.search("Lilja")
    (note,) = cora.journal.notes(client.id)
    assert MARKER in note.body
    assert cora.restored is not None and not cora.restored.known_before
    assert cora.warnings == []
    gate.close()


def test_the_recovery_key_must_be_the_clinics(lead, clinic, tmp_path):
    (info,) = lead.backups.create(quiet).backups
    other = "ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789"
    with pytest.raises(WrongRecoveryKey):
        restore_backup(
            ClinicFiles(tmp_path / "x"),
            Path(info.folder),
            RestoreAuthority(recovery_key=other),
            clinic.clock,
            FAST_KDF,
        )
    assert not (tmp_path / "x").exists()


def test_a_counselor_may_not_restore(gate, lead, counselor, clinic):
    (info,) = lead.backups.create(quiet).backups
    with pytest.raises(PermissionDenied):
        gate.restore(counselor, info.folder, COUNSELOR_PASSWORD)
    # Nor with the storage layer and their own password, from a script.
    with pytest.raises(RestoreNotAllowed):
        restore_backup(
            clinic.files,
            Path(info.folder),
            RestoreAuthority("cora", COUNSELOR_PASSWORD),
            clinic.clock,
            FAST_KDF,
        )
    assert not list(clinic.files.data_dir.glob("before-restore-*"))
    assert not clinic.files.restoring_database.exists()


def test_a_wrong_password_restores_nothing(lead, clinic):
    (info,) = lead.backups.create(quiet).backups
    with pytest.raises(WrongCredentials):
        restore_backup(
            clinic.files,
            Path(info.folder),
            RestoreAuthority(LEAD.username, "fel lösenord här"),
            clinic.clock,
            FAST_KDF,
        )


def test_a_damaged_backup_is_refused_before_anything_changes(gate, lead, clinic):
    (info,) = lead.backups.create(quiet).backups
    database = Path(info.folder) / "mottagning.db"
    data = bytearray(database.read_bytes())
    data[9000] ^= 0xFF
    database.write_bytes(bytes(data))
    before = clinic.files.database.read_bytes()
    with pytest.raises(BackupDamaged):
        restore_backup(
            clinic.files,
            Path(info.folder),
            RestoreAuthority(LEAD.username, LEAD_PASSWORD),
            SystemClock(),
            FAST_KDF,
        )
    assert clinic.files.database.read_bytes() == before
    assert not list(clinic.files.data_dir.glob("before-restore-*"))


@pytest.mark.parametrize("kind", ["on demand", "automatic", "second destination", "after rotation"])
def test_every_kind_of_backup_restores_on_a_new_folder_with_every_row(
    lead, counselor, with_a_note, clinic, tmp_path, kind
):
    if kind == "automatic":
        result = counselor.backups.create(quiet, automatic=True)
    elif kind == "second destination":
        (tmp_path / "usb").mkdir()
        lead.backups.save_settings(BackupSettings(second_folder=str(tmp_path / "usb")))
        result = lead.backups.create(quiet)
    elif kind == "after rotation":
        for _ in range(3):
            clinic.clock.advance(days=1)
            result = lead.backups.create(quiet)
    else:
        result = lead.backups.create(quiet)
    folder = Path(result.backups[-1].folder)
    fresh = ClinicFiles(tmp_path / "fresh")
    restore_backup(
        fresh, folder, RestoreAuthority(LEAD.username, LEAD_PASSWORD), clinic.clock, FAST_KDF
    )
    credential = Authenticator(fresh, clinic.clock, FAST_KDF).check_password(
        LEAD.username, LEAD_PASSWORD
    )
    with opened(fresh.database, credential.database_key) as database:
        assert row_counts(database) == open_backup(folder).manifest.row_counts
        assert database.scalar("SELECT count(*) FROM clients") == 1
        assert database.scalar("SELECT count(*) FROM journal_notes") == 1


def test_a_password_changed_since_the_backup_is_refused_before_anyone_is_logged_out(
    gate, lead, clinic
):
    (info,) = lead.backups.create(quiet).backups
    new_password = "en helt annan mening nu"
    lead.accounts.change_own_password(LEAD_PASSWORD, new_password)
    with pytest.raises(WrongCredentials):
        gate.restore(lead, info.folder, new_password)
    assert lead.open  # still signed in: nothing was closed
    assert lead.clients.search("x") == []


def _damage_and_rehash(folder: Path) -> dict:
    """Flip a byte in a page and write the new hash into the manifest, as
    someone without the database key would (the seal then fails)."""
    database = folder / "mottagning.db"
    data = bytearray(database.read_bytes())
    data[9000] ^= 0xFF
    database.write_bytes(bytes(data))
    manifest = json.loads((folder / "manifest.json").read_text())
    manifest["files"]["mottagning.db"] = describe_file(database)
    (folder / "manifest.json").write_text(json.dumps(manifest))
    return manifest


def _restore(clinic, folder: Path) -> None:
    restore_backup(
        clinic.files,
        folder,
        RestoreAuthority(LEAD.username, LEAD_PASSWORD),
        SystemClock(),
        FAST_KDF,
    )


def test_a_rehashed_damaged_backup_fails_the_seal_and_is_refused(lead, clinic):
    (info,) = lead.backups.create(quiet).backups
    assert open_backup(Path(info.folder)).manifest.verified  # the fast path is taken
    _damage_and_rehash(Path(info.folder))
    before = clinic.files.database.read_bytes()
    with pytest.raises(BackupDamaged):
        _restore(clinic, Path(info.folder))
    assert clinic.files.database.read_bytes() == before
    assert not clinic.files.restoring_database.exists()


def test_a_backup_not_sealed_as_verified_is_checked_whole_before_a_restore(lead, clinic):
    """An older backup (no `verified` in its sealed manifest): the restore runs
    the whole check, which finds a damaged page the hashes were made to match."""
    (info,) = lead.backups.create(quiet).backups
    folder = Path(info.folder)
    manifest = _damage_and_rehash(folder)
    manifest.pop("verified")
    (folder / "manifest.json").write_text(json.dumps(manifest))
    stored = open_backup(folder)  # reads the edited manifest: verified is now False
    assert not stored.manifest.verified
    key = lead.keys.bundle.database_key
    with opened(clinic.files.database, key) as live:  # the same key derives the seal
        manifest["mac"] = manifest_mac(live, stored.manifest.body())
    (folder / "manifest.json").write_text(json.dumps(manifest))
    with pytest.raises(BackupDamaged) as raised:
        _restore(clinic, folder)
    assert "seal" not in str(raised.value) and not clinic.files.restoring_database.exists()


def test_a_restore_needs_room_for_the_backup_and_says_how_much(lead, clinic, monkeypatch):
    (info,) = lead.backups.create(quiet).backups
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda folder: usage(10**9, 10**9 - 1000, 1000))
    before = clinic.files.database.read_bytes()
    with pytest.raises(NotEnoughSpace) as raised:
        _restore(clinic, Path(info.folder))
    assert "MB" in raised.value.describe()
    assert clinic.files.database.read_bytes() == before
    assert not clinic.files.restoring_database.exists()
