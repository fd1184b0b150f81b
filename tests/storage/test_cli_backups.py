"""`mottagning backup create|list|verify|restore` as IT runs them, with the
exit codes the README documents: 0 done, 1 a problem explained, 2 a wrong
command line, 3 a backup that fails its check."""

import json
from pathlib import Path

import pytest

from mottagning.models.users import NewUser, Role
from mottagning.services.authentication import Authenticator
from mottagning.storage.backup_files import stored_backups
from mottagning.storage.files import ClinicFiles
from mottagning.storage.instance_lock import InstanceLock
from tests.storage.cli_support import password_file
from tests.storage.reception import details
from tests.support import COUNSELOR_PASSWORD, FAST_KDF, LEAD, LEAD_PASSWORD, add_user


@pytest.fixture
def secret(tmp_path) -> Path:
    return password_file(tmp_path, LEAD_PASSWORD)


def make(run, clinic, secret, *extra: str) -> tuple[int, str, str]:
    return run(
        "backup",
        "create",
        "--data-dir",
        str(clinic.files.data_dir),
        "--user",
        LEAD.username,
        "--password-file",
        str(secret),
        *extra,
    )


def test_create_list_verify_and_restore_from_the_command_line(run, clinic, secret, tmp_path):
    code, out, err = make(run, clinic, secret)
    assert code == 0, err
    (backup,) = stored_backups(clinic.files.backups)
    assert "verified" in out and str(backup.folder) in out

    code, out, _ = run("backup", "list", "--data-dir", str(clinic.files.data_dir))
    assert code == 0 and backup.name in out and "1 accounts" in out

    code, out, _ = run(
        "backup", "verify", "--from", str(backup.folder / "manifest.json"),
        "--user", LEAD.username, "--password-file", str(secret),
    )  # fmt: skip
    assert code == 0 and out.startswith("OK")

    key_file = tmp_path / "recovery.txt"
    key_file.write_text(clinic.recovery_key.formatted() + "\n")
    fresh = tmp_path / "fresh"
    code, out, err = run(
        "backup", "restore", "--data-dir", str(fresh), "--from", str(backup.folder),
        "--recovery-key-file", str(key_file),
    )  # fmt: skip
    assert code == 0, err
    assert "Restored" in out
    gate = Authenticator(ClinicFiles(fresh), clinic.clock, FAST_KDF)
    assert gate.login(LEAD.username, LEAD_PASSWORD).restored is not None
    gate.close()


def test_create_to_another_folder_and_list_it(run, clinic, secret, tmp_path):
    usb = tmp_path / "usb"
    assert make(run, clinic, secret, "--to", str(usb))[0] == 0
    code, out, _ = run("backup", "list", "--to", str(usb))
    assert code == 0 and "mottagning-backup-" in out
    assert not clinic.files.backups.exists() or not stored_backups(clinic.files.backups)


def test_a_counselor_may_not_make_a_backup_on_demand(run, clinic, lead, gate, tmp_path):
    add_user(lead, gate, NewUser("cora", "Cora B", "", Role.COUNSELOR), COUNSELOR_PASSWORD)
    gate.close()
    code, _, err = run(
        "backup", "create", "--data-dir", str(clinic.files.data_dir), "--user", "cora",
        "--password-file", str(password_file(tmp_path, COUNSELOR_PASSWORD)),
    )  # fmt: skip
    assert code == 1 and "make a backup" in err


def test_a_damaged_backup_exits_with_3(run, clinic, secret):
    make(run, clinic, secret)
    (backup,) = stored_backups(clinic.files.backups)
    manifest = json.loads((backup.folder / "manifest.json").read_text())
    manifest["row_counts"]["clients"] = 99
    (backup.folder / "manifest.json").write_text(json.dumps(manifest))
    code, out, _ = run(
        "backup", "verify", "--from", str(backup.folder),
        "--user", LEAD.username, "--password-file", str(secret),
    )  # fmt: skip
    assert code == 3 and "PROBLEMS FOUND" in out and "mac" in out
    code, _, err = run(
        "backup", "restore", "--data-dir", str(clinic.files.data_dir), "--from",
        str(backup.folder), "--user", LEAD.username, "--password-file", str(secret),
    )  # fmt: skip
    assert code == 3 and "cannot be restored" in err


def test_restore_refuses_while_the_application_has_the_clinic_open(run, clinic, secret, lead):
    lead.clients.create(details("Lilja"))
    make(run, clinic, secret)
    (backup,) = stored_backups(clinic.files.backups)
    with InstanceLock(clinic.files.instance_lock):
        code, _, err = run(
            "backup", "restore", "--data-dir", str(clinic.files.data_dir), "--from",
            str(backup.folder), "--user", LEAD.username, "--password-file", str(secret),
        )  # fmt: skip
    assert code == 1 and err


def test_usage_errors_exit_with_2(run):
    with pytest.raises(SystemExit) as raised:
        run("backup", "restore", "--from", "/x")  # neither --user nor a recovery key
    assert raised.value.code == 2
