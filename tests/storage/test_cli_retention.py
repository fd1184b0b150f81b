"""`mottagning retention list|purge` as IT runs them, with the README's exit
codes: 0 listed or purged, 1 a problem explained, 2 a purge without --yes."""

import pytest

from mottagning import cli_retention
from mottagning.errors import UserError
from mottagning.models.retention import RetentionRules
from mottagning.services.session import Session
from tests.storage.cli_support import password_file
from tests.storage.helpers import encodings_of
from tests.storage.retention_support import age, closed_client, found_in_other_files, found_in_pages
from tests.support import COUNSELOR_PASSWORD, LEAD, LEAD_PASSWORD


@pytest.fixture
def retention(run, clinic, tmp_path, monkeypatch):
    # The command's clock is the test's, not the wall clock.
    monkeypatch.setattr(cli_retention, "SystemClock", lambda: clinic.clock)
    secret = password_file(tmp_path, LEAD_PASSWORD)

    def command(action: str, *extra: str, user: str = LEAD.username) -> tuple[int, str, str]:
        return run(
            "retention", action, "--data-dir", str(clinic.files.data_dir),
            "--user", user, "--password-file", str(secret), *extra,
        )  # fmt: skip

    return command


def test_list_then_purge_from_the_command_line(retention, counselor: Session, clinic) -> None:
    client = closed_client(counselor, "Raderas")
    age(clinic.clock)
    code, out, err = retention("list")
    assert code == 0, err
    assert f"DUE   {client.id}  Raderas" in out and "Due: 1." in out

    code, _, err = retention("purge")
    assert code == 2 and "--yes" in err
    code, out, err = retention("purge", "--yes")
    assert code == 0, err
    assert "Purged: 1 records." in out and "Backups" in out
    with pytest.raises(UserError):
        counselor.clients.open(client.id)
    # Nothing of the record in the database, its WAL, the log folder or any other file.
    needles = encodings_of("Raderas")
    assert found_in_pages(clinic.files, needles) == []
    assert found_in_other_files(clinic.files, needles) == []


def test_a_counselor_or_a_missing_second_person_is_refused(
    retention, lead: Session, counselor: Session, clinic, tmp_path
) -> None:
    code, _, err = retention("list", user="cora")
    assert code == 1 and err  # the password file holds the lead's: wrong password
    lead.retention.save_rules(RetentionRules(second_confirmation=True))
    closed_client(counselor, "Tvåhands")
    age(clinic.clock)
    code, _, err = retention("purge", "--yes")
    assert code == 1 and "second person" in err
    (tmp_path / "second").mkdir()
    second = password_file(tmp_path / "second", COUNSELOR_PASSWORD)
    code, out, err = retention(
        "purge", "--yes", "--second-user", "cora", "--second-password-file", str(second)
    )
    assert code == 0 and "Purged: 1 records." in out, err
