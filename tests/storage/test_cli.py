"""The headless commands, run in-process through mottagning.app.main.

main() builds a QCoreApplication for translation; pytest-qt's `qapp` (a full
QApplication) is created first, so that widget tests later in the same run
still find a QApplication.
"""

import io
import re
from pathlib import Path

import pytest

from mottagning import cli
from mottagning.app import main
from mottagning.demo.accounts import DEMO_ACCOUNTS
from mottagning.models.users import Role
from mottagning.services.authentication import Authenticator
from mottagning.storage.files import ClinicFiles
from tests.storage.cli_support import (
    RestoredLogging,
    console_to,
    init_args,
    password_file,
    verify_args,
)
from tests.storage.helpers import encodings_of, files_below, log_entries
from tests.support import FAST_KDF, LEAD_PASSWORD, MARKER, FakeClock

RECOVERY_KEY = re.compile(r"\b[0-9A-Z]{4}(?:-[0-9A-Z]{4}){7}\b")
NEW_PASSWORD = "gula båtar glider förbi"


def gate_for(folder: Path) -> Authenticator:
    return Authenticator(ClinicFiles(folder), FakeClock(), FAST_KDF, workstation="TEST-PC")


# --- init ---------------------------------------------------------------------------


def test_init_with_a_password_file_creates_a_clinic_and_prints_the_recovery_key(run, tmp_path):
    folder = tmp_path / "new-clinic"

    file = password_file(tmp_path, LEAD_PASSWORD)

    code, out, err = run(*init_args(folder, "--password-file", str(file)))

    assert (code, err) == (0, "")
    assert "chefen" in out
    printed = RECOVERY_KEY.findall(out)
    assert len(printed) == 1
    gate = gate_for(folder)
    session = gate.login("chefen", LEAD_PASSWORD)
    assert session.user.role is Role.LEAD
    assert session.clinic_settings.details().name == "Nya Mottagningen"
    assert session.clinic_settings.details().address == "Nygatan 3\n123 45 Nystad"
    recovered = gate.recover(printed[0], "chefen", NEW_PASSWORD)
    assert recovered.user.id == session.user.id
    gate.close()


def test_init_reads_the_password_from_the_environment(run, tmp_path, monkeypatch):
    monkeypatch.setenv(cli.PASSWORD_ENV, LEAD_PASSWORD)
    folder = tmp_path / "new-clinic"

    code, out, _ = run(*init_args(folder))

    assert code == 0
    assert RECOVERY_KEY.search(out)
    gate = gate_for(folder)
    assert gate.login("chefen", LEAD_PASSWORD).user.role is Role.LEAD
    gate.close()


def test_init_refuses_a_folder_that_holds_a_clinic(run, clinic, monkeypatch):
    monkeypatch.setenv(cli.PASSWORD_ENV, LEAD_PASSWORD)
    key_file = clinic.files.keyslots.read_bytes()

    code, out, err = run(*init_args(clinic.files.data_dir))

    assert code == 1
    assert "already exists" in err
    assert str(clinic.files.data_dir) in err
    assert not RECOVERY_KEY.search(out)
    assert clinic.files.keyslots.read_bytes() == key_file


def test_init_refuses_a_weak_password_and_writes_nothing(run, tmp_path, monkeypatch):
    monkeypatch.setenv(cli.PASSWORD_ENV, "kort")
    folder = tmp_path / "new-clinic"

    code, _, err = run(*init_args(folder))

    assert code == 1
    assert "at least 15 characters" in err
    assert not ClinicFiles(folder).clinic_exists()


def test_init_leaves_no_plaintext_in_the_folder(run, tmp_path, monkeypatch):
    monkeypatch.setenv(cli.PASSWORD_ENV, LEAD_PASSWORD)
    folder = tmp_path / "new-clinic"
    args = init_args(folder)
    args[args.index("Nya Mottagningen")] = f"Mottagning {MARKER}"

    assert run(*args)[0] == 0
    assert run(*verify_args(folder, "chefen"))[0] == 0

    found = files_below(folder)
    assert any(path.suffix == ".log" for path in found)  # the log file is checked too
    assert [p.name for p, data in found.items() for m in encodings_of(MARKER) if m in data] == []


# --- verify -------------------------------------------------------------------------


def test_verify_passes_a_sound_database(run, clinic, monkeypatch):
    monkeypatch.setenv(cli.PASSWORD_ENV, LEAD_PASSWORD)

    code, out, err = run(*verify_args(clinic.files.data_dir, "lead"))

    assert (code, err) == (0, "")
    assert "OK" in out


def test_verify_names_the_first_tampered_entry(run, clinic, gate, lead, counselor, monkeypatch):
    entry = next(e for e in log_entries(lead) if e.target_id == counselor.user.id)
    lead.clinic.db.execute("DROP TRIGGER access_log_no_update")
    lead.clinic.db.execute(
        "UPDATE access_log SET detail = detail || 'x' WHERE seq = ?", (entry.seq,)
    )
    gate.close()
    monkeypatch.setenv(cli.PASSWORD_ENV, LEAD_PASSWORD)

    code, out, _ = run(*verify_args(clinic.files.data_dir, "lead"))

    assert code == 1
    assert "PROBLEMS FOUND" in out
    assert f"number {entry.seq}." in out


def test_verify_refuses_a_wrong_password_clearly(run, clinic, monkeypatch):
    monkeypatch.setenv(cli.PASSWORD_ENV, "inte rätt lösenord alls")

    code, out, err = run(*verify_args(clinic.files.data_dir, "lead"))

    assert code == 1
    assert "Wrong user name or password" in err
    assert "OK" not in out


def test_verify_reads_the_password_file_before_the_environment(run, clinic, tmp_path, monkeypatch):
    monkeypatch.setenv(cli.PASSWORD_ENV, "inte rätt lösenord alls")
    file = password_file(tmp_path, LEAD_PASSWORD)

    code, _, _ = run(*verify_args(clinic.files.data_dir, "lead", "--password-file", str(file)))

    assert code == 0


def test_verify_without_a_clinic_says_so(run, tmp_path, monkeypatch):
    monkeypatch.setenv(cli.PASSWORD_ENV, LEAD_PASSWORD)

    code, _, err = run(*verify_args(tmp_path / "empty", "lead"))

    assert code == 1
    assert "No clinic database" in err


def test_cli_output_goes_to_the_current_stdout(qapp, clinic, capsys, monkeypatch):
    """Without faking the Console: what a caller redirects sys.stdout to
    (capsys, contextlib.redirect_stdout) receives the output."""
    monkeypatch.setenv(cli.PASSWORD_ENV, LEAD_PASSWORD)

    with RestoredLogging():
        code = main(["--language", "en", *verify_args(clinic.files.data_dir, "lead")])

    assert code == 0
    assert "OK" in capsys.readouterr().out


# --- demo ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo(qapp, tmp_path_factory) -> tuple[Path, int, str]:
    """One demo clinic for the module (creating it takes a second or two)."""
    folder = tmp_path_factory.mktemp("demo") / "clinic"
    out = io.StringIO()
    with pytest.MonkeyPatch.context() as patch, RestoredLogging():
        patch.setattr(cli, "Console", console_to(out, out))
        code = main(["--language", "en", "demo", "--data-dir", str(folder)])
    return folder, code, out.getvalue()


def test_demo_command_lists_the_three_readme_accounts(demo):
    _, code, out = demo

    assert code == 0
    for account in DEMO_ACCOUNTS[:3]:
        assert re.search(rf"{re.escape(account.username)}\s+{re.escape(account.password)}", out)


def test_demo_accounts_cover_every_role():
    assert {account.role for account in DEMO_ACCOUNTS[:3]} == set(Role)


@pytest.mark.parametrize("account", DEMO_ACCOUNTS[:3], ids=lambda a: a.username)
def test_demo_account_logs_in_with_its_role(demo, account):
    folder, _, _ = demo
    gate = gate_for(folder)

    session = gate.login(account.username, account.password)

    assert session.user.role is account.role
    assert not session.user.must_change_password
    session.logout()
    gate.close()


def test_demo_clinic_passes_verification(demo, run):
    folder, _, _ = demo
    lead_account = DEMO_ACCOUNTS[0]
    file = password_file(folder.parent, lead_account.password)

    code, out, _ = run(*verify_args(folder, lead_account.username, "--password-file", str(file)))

    assert code == 0, out


def test_init_prints_the_root_keys_fingerprint_with_the_recovery_key(run, tmp_path):
    folder = tmp_path / "new-clinic"
    code, out, _ = run(
        *init_args(folder, "--password-file", str(password_file(tmp_path, LEAD_PASSWORD)))
    )
    assert code == 0
    from mottagning.storage.crypto import fingerprint
    from mottagning.storage.keyslots import KeySlotFile

    root = KeySlotFile(folder / "keyslots.json").root_public
    assert root is not None and fingerprint(root) in out
