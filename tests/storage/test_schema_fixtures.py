"""Every released schema's database (tests/fixtures/schemas/v*) upgrades to the
current schema with its data, its access-log chain and its accounts intact."""

import shutil
import threading
from pathlib import Path

import pytest

from mottagning.models.access_log import LogQuery
from mottagning.services.authentication import Authenticator
from mottagning.storage.files import ClinicFiles
from mottagning.storage.schema import LATEST_VERSION
from tests.support import FAST_KDF, FakeClock

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "schemas"
LEAD = ("fixture.lead", "fixture lead password one")
COUNSELOR = ("fixture.counselor", "fixture counselor password two")


def fixture_versions() -> list[Path]:
    return sorted(FIXTURES.glob("v*"), key=lambda p: int(p.name[1:]))


def test_there_is_a_fixture_of_the_current_schema():
    # When a migration is added, run tests/fixtures/make_schema_fixture.py.
    assert (FIXTURES / f"v{LATEST_VERSION}" / "mottagning.db").exists()


@pytest.mark.parametrize("fixture", fixture_versions(), ids=lambda p: p.name)
def test_old_database_upgrades_with_its_data(fixture: Path, tmp_path: Path):
    data_dir = tmp_path / fixture.name
    shutil.copytree(fixture, data_dir)
    files = ClinicFiles(data_dir)
    old_version = int(fixture.name[1:])
    gate = Authenticator(files, FakeClock(), FAST_KDF)
    try:
        lead = gate.login(*LEAD)  # logging in migrates
        assert lead.clinic.db.user_version == LATEST_VERSION
        assert lead.clinic_settings.details().name == "Fixturmottagningen"
        assert lead.clinic_settings.settings().auto_lock_minutes == 7
        names = {u.username for u in lead.accounts.list_users()}
        assert {"fixture.lead", "fixture.counselor"} <= names
        integrity = lead.access_log.verify()
        assert integrity.intact, integrity.problems
        assert lead.access_log.count(LogQuery()) > 5
        assert not lead.warnings, "the access-log head kept beside the fixture must match"
        counselor = gate.login(*COUNSELOR)
        assert counselor.user.full_name == "Frans Fixtur"
        if old_version >= 2:
            hits = counselor.clients.search("Fixturklient")
            assert [hit.identity_masked for hit in hits] == ["19121212-****"]
            visits = counselor.scheduling.client_appointments(hits[0].id)
            assert len(visits) == 1
        if old_version >= 3:
            _journal_and_measures_survive(counselor, hits[0].id)
    finally:
        gate.close()
    backups = list(files.backups.glob("*.db")) if files.backups.exists() else []
    if old_version < LATEST_VERSION:
        assert backups, "an encrypted copy is kept before migrating"
    else:
        assert not backups, "nothing to migrate, nothing copied"


def _journal_and_measures_survive(counselor, client_id: str) -> None:
    notes = counselor.journal.notes(client_id)
    signed = [n for n in notes if n.signed]
    drafts = [n for n in notes if not n.signed]
    assert len(signed) == 1 and len(drafts) == 1
    assert "arbete" in signed[0].current_text, "the corrected text is what reads"
    assert "arbete" not in signed[0].body, "the original stays as signed"
    assert len(signed[0].amendments) == 2, "the addendum and the correction are kept"
    assert [p.instrument_id for p in counselor.plans.current(client_id).measures] == ["phq9"]
    [result] = counselor.measures.results(client_id)
    assert (result.instrument_id, result.total) == ("phq9", 8)
    assert counselor.journal.search_client(client_id, "sömn"), "the notes are still found"


def test_the_upgrade_runs_on_a_worker_thread_before_the_login(tmp_path: Path):
    # The GUI migrates on its login worker, so a long migration freezes nothing.
    oldest = fixture_versions()[0]
    data_dir = tmp_path / oldest.name
    shutil.copytree(oldest, data_dir)
    files = ClinicFiles(data_dir)
    gate = Authenticator(files, FakeClock(), FAST_KDF)
    try:
        credential = gate.check_password(*LEAD)
        worker = threading.Thread(target=gate.upgrade_schema, args=(credential,))
        worker.start()
        worker.join()
        assert len(list(files.backups.glob("*.db"))) == 1, "migrated, after a copy"

        lead = gate.open_session(credential)

        assert lead.clinic.db.user_version == LATEST_VERSION
        assert len(list(files.backups.glob("*.db"))) == 1, "nothing left to migrate"
        gate.upgrade_schema(credential)  # with the clinic open: nothing to do
    finally:
        gate.close()


@pytest.mark.parametrize("fixture", fixture_versions()[-3:], ids=lambda p: p.name)
def test_verify_before_the_first_login_after_an_update_finds_nothing_wrong(
    fixture: Path, tmp_path: Path
):
    """IT verifies right after installing the update, before anyone has logged
    in (and so migrated): the database's own schema version's triggers are
    expected, not the new version's, which no one has dropped."""
    from mottagning.services.verification import verify_clinic

    data_dir = tmp_path / fixture.name
    shutil.copytree(fixture, data_dir)
    files = ClinicFiles(data_dir)
    credential = Authenticator(files, FakeClock(), FAST_KDF).check_password(*LEAD)
    report = verify_clinic(files, credential, FakeClock(), "TEST-PC")
    assert not any("trigger" in problem for problem in report.problems), report.problems
