"""Nothing written through the application is readable in the clinic's files."""

import os
from datetime import date

import pytest

from mottagning.errors import WrongCredentials
from mottagning.models.clinic import ClinicDetails
from mottagning.models.users import NewUser, Role
from mottagning.services.authentication import Authenticator
from mottagning.services.session import Session
from mottagning.storage.schema import LATEST_VERSION, Migration, load_migrations, migrate
from tests.storage.helpers import SQLITE_HEADER, encodings_of, files_below
from tests.support import MARKER, TEMPORARY_PASSWORD, ClinicUnderTest

MARKER_USERNAME = MARKER.lower()  # a valid user name: the key file must not list it


def write_marker_everywhere(clinic: ClinicUnderTest, gate: Authenticator, lead: Session) -> None:
    """The marker as clinic details, a person's name, a log review and a failed
    login's user name; then a migration's backup copy; then more, for the WAL."""
    lead.clinic_settings.update_details(
        ClinicDetails(f"Mottagning {MARKER}", f"{MARKER}gatan 1\n123 45 Provstad", "031-1")
    )
    lead.accounts.create_user(
        NewUser(MARKER_USERNAME, f"Anna {MARKER}", f"Socionom {MARKER}", Role.COUNSELOR),
        TEMPORARY_PASSWORD,
    )
    lead.access_log.document_review(
        date(2026, 11, 1), date(2026, 11, 20), f"Stickprov {MARKER}", f"Fynd: {MARKER}"
    )
    with pytest.raises(WrongCredentials):
        gate.login(MARKER_USERNAME, "inte rätt lösenord alls")
    extra = Migration(LATEST_VERSION + 1, "marker_probe", "CREATE TABLE marker_probe (x TEXT);")
    migrate(lead.clinic.db, clinic.files.backups, clinic.clock.now(), [*load_migrations(), extra])
    lead.clinic_settings.update_details(ClinicDetails(f"Mottagning {MARKER} igen", MARKER))


def assert_no_plaintext(clinic: ClinicUnderTest) -> None:
    found = files_below(clinic.files.data_dir)
    leaks = [
        path.name for path, data in found.items() for form in encodings_of(MARKER) if form in data
    ]
    assert leaks == []
    databases = [path for path in found if path.suffix == ".db"]
    assert clinic.files.database in databases
    assert all(not found[path].startswith(SQLITE_HEADER) for path in databases)


def test_marker_is_readable_through_the_application(clinic, gate, lead):
    write_marker_everywhere(clinic, gate, lead)

    assert MARKER in lead.clinic_settings.details().name
    assert any(MARKER in user.full_name for user in lead.accounts.list_users())
    assert MARKER in lead.access_log.reviews()[0].findings


def test_no_plaintext_on_disk_while_the_database_is_open(clinic, gate, lead):
    write_marker_everywhere(clinic, gate, lead)
    wal = clinic.files.database.with_name("mottagning.db-wal")

    assert wal.stat().st_size > 0  # the latest writes are still only in the WAL
    assert list(clinic.files.backups.glob("*.db"))  # the migration's backup copy
    assert clinic.files.login_throttle.exists()
    assert clinic.files.audit_head.exists()
    assert_no_plaintext(clinic)


def test_no_plaintext_on_disk_after_closing(clinic, gate, lead):
    write_marker_everywhere(clinic, gate, lead)
    lead.logout()
    gate.close()

    assert_no_plaintext(clinic)


def test_key_file_does_not_list_user_names(clinic, gate, lead):
    write_marker_everywhere(clinic, gate, lead)

    key_file = clinic.files.keyslots.read_text(encoding="utf-8")
    assert MARKER_USERNAME not in key_file
    assert lead.user.username not in key_file


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_only_the_os_user_may_read_the_clinic_files(clinic, gate, lead):
    write_marker_everywhere(clinic, gate, lead)

    assert clinic.files.data_dir.stat().st_mode & 0o077 == 0
    for path in files_below(clinic.files.data_dir):
        assert path.stat().st_mode & 0o077 == 0, path.name
