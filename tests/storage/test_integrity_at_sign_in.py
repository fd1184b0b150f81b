"""The quick check at sign-in: damage stops the sign-in with a message that
names the newest backup, and the file is left exactly as it was."""

import hashlib

import pytest

from mottagning.errors import DatabaseDamaged, DatabaseDamagedAtSignIn
from mottagning.services.integrity import check_at_sign_in
from mottagning.storage.database import Database
from tests.storage.reception import details
from tests.support import LEAD, LEAD_PASSWORD


def damage(path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset] ^= 0xFF
    path.write_bytes(bytes(data))


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def closed_clinic(clinic, gate, lead):
    """A clinic with some rows and a backup, closed (checkpointed) again."""
    for number in range(30):
        lead.clients.create(details(f"Klient {number}"))
    lead.backups.create(lambda fraction, text: None)
    gate.close()
    return clinic


def test_a_sound_database_passes_the_check(closed_clinic):
    gate = closed_clinic.authenticator()
    assert gate.login(LEAD.username, LEAD_PASSWORD).user.username == LEAD.username
    gate.close()


def test_a_damaged_page_stops_the_sign_in_names_the_backup_and_writes_nothing(closed_clinic):
    database = closed_clinic.files.database
    damage(database, database.stat().st_size - 2000)  # a page of the last table's data
    before = digest(database)
    gate = closed_clinic.authenticator()
    with pytest.raises(DatabaseDamaged) as raised:
        gate.login(LEAD.username, LEAD_PASSWORD)
    assert isinstance(raised.value, DatabaseDamagedAtSignIn)
    assert "mottagning-backup-" in raised.value.describe()
    assert digest(database) == before
    gate.close()


def test_the_check_stops_at_its_time_budget(closed_clinic):
    credential = closed_clinic.authenticator().check_password(LEAD.username, LEAD_PASSWORD)
    # A budget already spent: the check gives up instead of holding up the sign-in.
    check_at_sign_in(closed_clinic.files, credential.database_key, budget_seconds=-1)
    database = Database.open(closed_clinic.files.database, credential.database_key)
    try:
        assert database.quick_problems(-1) is None
        assert database.quick_problems(5) == []
    finally:
        database.close()
