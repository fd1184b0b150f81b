"""A purge whose marker is gone from every file: every page of the database
and of its WAL decrypted with the clinic's key (free pages and old frames
too), and every other file of the data folder read raw."""

import pytest

from mottagning.services import retention
from mottagning.services.session import Session
from mottagning.storage.files import ClinicFiles
from tests.storage.helpers import database_key, encodings_of
from tests.storage.pages import database_pages
from tests.storage.retention_support import (
    age,
    closed_client,
    found_in_other_files,
    found_in_pages,
    sealed_cells,
)
from tests.support import FakeClock

MARKER = "Qvintzörblom"  # in the purged client's name, alias and note
NOTE = f"Samtalet med {MARKER} handlade om boendet och om skulderna."


def _due_client(counselor: Session, clock: FakeClock) -> str:
    client = closed_client(
        counselor,
        f"Alias {MARKER}",
        NOTE,
        first_name=MARKER,
        last_name=f"{MARKER}sson",
        address=f"{MARKER}gatan 5",
    )
    age(clock)
    return client.id


def test_the_page_reader_reads_the_clinics_pages(lead: Session, files: ClinicFiles) -> None:
    first = database_pages(files.database, database_key(files))[0]
    # Bytes 16-17 of the SQLite header (the page size) follow the salt.
    assert first[:2] == (4096).to_bytes(2, "big")


def test_a_purged_record_is_in_no_page_of_the_database_or_its_wal_nor_in_any_file(
    lead: Session, counselor: Session, clock: FakeClock, files: ClinicFiles
) -> None:
    client_id = _due_client(counselor, clock)
    kept = closed_client(counselor, "Kvarstående", "En anteckning som ska finnas kvar.")
    needles = encodings_of(MARKER) + sealed_cells(lead, client_id)
    # The check can fail: before the purge the marker and the cells are there.
    assert found_in_pages(files, needles)

    review = lead.retention.review()
    assert [item.client_id for item in review.due] == [client_id]
    lead.retention.purge([client_id])

    assert found_in_pages(files, needles) == []
    assert found_in_other_files(files, needles) == []
    assert files.database.with_name(files.database.name + "-wal").stat().st_size == 0
    # The database is sound and the other client's record is whole.
    assert lead.clinic.db.integrity_problems() == []
    assert counselor.journal.notes(kept.id)[0].body == "En anteckning som ska finnas kvar."


def test_without_the_overwrite_the_marker_stays_in_the_files(
    lead: Session,
    counselor: Session,
    clock: FakeClock,
    files: ClinicFiles,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The rewriting is what makes the purge hold: rows deleted the ordinary way
    leave their old pages in the WAL or the file."""
    client_id = _due_client(counselor, clock)
    needles = encodings_of(MARKER)
    monkeypatch.setattr(retention, "overwrite_freed", lambda db: None)
    monkeypatch.setattr("mottagning.storage.purge.SECURE_DELETE", "OFF")
    lead.retention.purge([client_id])

    assert found_in_pages(files, needles)
