"""Helpers for the retention tests: a client whose record is due for purging,
and the raw cells of their journal that a purge must erase."""

from datetime import timedelta

from mottagning.models.clients import Client, ClientStatus
from mottagning.services.session import Session
from mottagning.storage.files import ClinicFiles
from tests.storage.helpers import database_key
from tests.storage.journal_support import phq9, signed_note
from tests.storage.pages import all_pages
from tests.storage.reception import details, edited
from tests.support import FakeClock

YEARS_AND_A_DAY = timedelta(days=5 * 366 + 1)


def closed_client(
    counselor: Session, alias: str, note: str = "Samtal om läget.", **changes: object
) -> Client:
    """A client of the counselor's with a signed note and a PHQ-9, then closed."""
    client, _ = counselor.clients.create(
        details(alias, counselor_ids=frozenset({counselor.user.id}), **changes)
    )
    signed_note(counselor, client.id, note)
    counselor.measures.record(client.id, "phq9", phq9(12))
    closed, _ = counselor.clients.update(
        client.id, edited(client, status=ClientStatus.CLOSED, closed_reason="Avslutad")
    )
    return closed


def age(clock: FakeClock, delta: timedelta = YEARS_AND_A_DAY) -> None:
    clock.advance(seconds=delta.total_seconds())


def sealed_cells(session: Session, client_id: str) -> list[bytes]:
    """The stored (sealed) journal texts and questionnaire answers of the client."""
    db = session.clinic.db
    cells: list[bytes] = []
    for sql in (
        "SELECT body FROM journal_notes WHERE client_id = ?",
        "SELECT v.body FROM journal_note_versions v JOIN journal_notes n ON n.id = v.note_id"
        " WHERE n.client_id = ?",
        "SELECT answers FROM measure_results WHERE client_id = ?",
        "SELECT result FROM measure_results WHERE client_id = ?",
    ):
        for row in db.query(sql, (client_id,)):
            value = row[0]
            cells.append(value if isinstance(value, bytes) else str(value).encode())
    return cells


def found_in_pages(files: ClinicFiles, needles: list[bytes]) -> list[int]:
    pages = all_pages(files.database, database_key(files))
    return [i for i, page in enumerate(pages) for needle in needles if needle in page]


def found_in_other_files(files: ClinicFiles, needles: list[bytes]) -> list[str]:
    """Raw bytes of every file in the data folder but the database and its WAL."""
    skip = {files.database, files.database.with_name(files.database.name + "-wal")}
    found = []
    for path in sorted(files.data_dir.rglob("*")):
        if path.is_file() and path not in skip:
            data = path.read_bytes()
            found += [path.name for needle in needles if needle in data]
    return found
