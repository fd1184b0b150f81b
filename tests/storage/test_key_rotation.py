"""Replacing the clinic's keys after a deactivation: what the former employee
kept (a copy of the key file, their password) opens nothing current, and
everyone else keeps their access without telling anyone their password."""

import shutil
import threading
from collections import namedtuple

import pytest

from mottagning.errors import DatabaseDamaged, NotEnoughSpace, WrongCredentials
from mottagning.models.access_log import LogAction, LogQuery
from mottagning.models.journal import NoteType
from mottagning.models.users import NewUser, Role
from mottagning.services import key_rotation
from mottagning.storage.database import Database
from mottagning.storage.keyslots import KeySlotFile
from tests.storage.reception import details
from tests.support import (
    COUNSELOR_PASSWORD,
    LEAD,
    LEAD_PASSWORD,
    SCHEDULER_PASSWORD,
    add_user,
)

LEAVER_PASSWORD = "stilla vatten har djupa bottnar"
TEXT = "Samtal om trygghet och boende inför hösten."


def no_progress(fraction: float, step: str) -> None:
    assert 0.0 <= fraction <= 1.0 and step


@pytest.fixture
def leaver(lead, gate, tmp_path):
    """Karin, a counselor about to leave, who kept a copy of the key file."""
    session = add_user(
        lead, gate, NewUser("karin", "Karin Slutar", "", Role.COUNSELOR), LEAVER_PASSWORD
    )
    copy = tmp_path / "karins-copy-of-keyslots.json"
    shutil.copy(lead.clinic.files.keyslots, copy)
    return session, copy


@pytest.fixture
def written(counselor):
    client, _ = counselor.clients.create(
        details("Lilja", counselor_ids=frozenset({counselor.user.id}))
    )
    note = counselor.journal.start_note(client.id, NoteType.SESSION, body=TEXT)
    counselor.journal.sign(note.id)
    return client.id


def rotate(gate, lead):
    return gate.rotate_keys(lead, LEAD_PASSWORD, no_progress)


def test_after_a_rotation_the_old_key_file_and_password_open_nothing_current(
    clinic, gate, lead, counselor, scheduler, leaver, written
):
    karin, copy = leaver
    lead.accounts.deactivate(karin.user.id)
    old_key = KeySlotFile(copy).unlock_with_password("karin", LEAVER_PASSWORD).bundle
    Database.open(clinic.files.database, old_key.database_key).close()  # still opens now

    report, lead = rotate(gate, lead)

    assert report.generation == 2 and not report.without_keys
    with pytest.raises(DatabaseDamaged):  # the file no longer decrypts with her key
        Database.open(clinic.files.database, old_key.database_key)
    with pytest.raises(WrongCredentials):
        KeySlotFile(clinic.files.keyslots).unlock_with_password("karin", LEAVER_PASSWORD)
    assert not clinic.files.rotating_database.exists()


def test_everyone_else_keeps_access_without_the_lead_knowing_their_passwords(
    clinic, gate, lead, counselor, scheduler, leaver, written
):
    lead.accounts.deactivate(leaver[0].user.id)
    _, lead = rotate(gate, lead)
    gate.close()

    fresh = clinic.authenticator()
    cora = fresh.login("cora", COUNSELOR_PASSWORD)
    (note,) = cora.journal.notes(written)
    assert note.body == TEXT, "the journal, re-sealed under the new journal key, reads"
    sam = fresh.login("sam", SCHEDULER_PASSWORD)
    assert sam.clients.search("Lilja")
    assert sam.keys.bundle.journal_key is None, "a scheduler is granted no journal key"
    assert sam.keys.bundle.generation == cora.keys.bundle.generation == 2
    boss = fresh.login(LEAD.username, LEAD_PASSWORD)
    integrity = boss.access_log.verify()
    assert integrity.intact, integrity.problems
    rotated = boss.access_log.entries(LogQuery(actions=frozenset({LogAction.KEYS_ROTATED})))
    assert len(rotated) == 1
    fresh.close()


def test_the_recovery_key_still_opens_the_clinic_after_a_rotation(clinic, gate, lead):
    rotate(gate, lead)
    gate.close()
    fresh = clinic.authenticator()
    session = fresh.recover(
        clinic.recovery_key.formatted(), LEAD.username, "helt nytt lösen för chefen"
    )
    assert session.keys.bundle.generation == 2
    fresh.close()


@pytest.mark.parametrize("stop_at", ["resealing", "begin_rotation", "after_swap"])
def test_a_rotation_stopped_half_way_leaves_a_clinic_that_opens(
    clinic, gate, lead, counselor, written, monkeypatch, stop_at
):
    class Stopped(Exception):
        pass

    def stop(*args, **kwargs):
        raise Stopped

    if stop_at == "resealing":
        monkeypatch.setattr(key_rotation, "reseal", stop)
    elif stop_at == "begin_rotation":
        real = KeySlotFile.begin_rotation

        def begin_then_stop(self, *args, **kwargs):
            real(self, *args, **kwargs)
            raise Stopped

        monkeypatch.setattr(KeySlotFile, "begin_rotation", begin_then_stop)
    else:
        monkeypatch.setattr(KeySlotFile, "finish_rotation", stop)

    with pytest.raises(Stopped):
        rotate(gate, lead)
    monkeypatch.undo()
    gate.close()

    fresh = clinic.authenticator()
    cora = fresh.login("cora", COUNSELOR_PASSWORD)
    (note,) = cora.journal.notes(written)
    assert note.body == TEXT
    expected = 2 if stop_at == "after_swap" else 1
    assert KeySlotFile(clinic.files.keyslots).generation == expected
    assert KeySlotFile(clinic.files.keyslots).pending_generation is None
    assert not clinic.files.rotating_database.exists()
    fresh.close()


def test_rotation_needs_the_leads_own_password(gate, lead):
    with pytest.raises(WrongCredentials):
        gate.rotate_keys(lead, "inte chefens lösenord alls", no_progress)


def _on_a_worker_thread(work):
    """Run `work()` on another thread, as the window's worker does; its result or error."""
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            outcome["result"] = work()
        except BaseException as error:  # handed back to the test's thread
            outcome["error"] = error

    thread = threading.Thread(target=run)
    thread.start()
    thread.join()
    return outcome


def test_the_slow_half_runs_on_a_worker_thread_while_the_session_stays_on_its_own(
    clinic, gate, lead
):
    rotation = gate.key_rotation(lead)  # the permission is read here, on the session's thread
    outcome = _on_a_worker_thread(lambda: rotation.prepare(LEAD_PASSWORD, no_progress))
    assert "error" not in outcome, outcome.get("error")
    fresh = gate.complete_key_rotation(lead, LEAD_PASSWORD, outcome["result"])
    assert KeySlotFile(clinic.files.keyslots).generation == 2
    assert fresh.keys.bundle.generation == 2 and fresh.accounts.list_users()


def test_a_wrong_password_on_the_worker_changes_nothing(clinic, gate, lead):
    before = clinic.files.database.read_bytes()
    rotation = gate.key_rotation(lead)
    outcome = _on_a_worker_thread(lambda: rotation.prepare("inte chefens lösenord", no_progress))
    assert isinstance(outcome.get("error"), WrongCredentials)
    assert not clinic.files.rotating_database.exists()
    assert KeySlotFile(clinic.files.keyslots).generation == 1
    assert lead.accounts.list_users(), "the session goes on as before"
    assert clinic.files.database.read_bytes()[:4096] == before[:4096]


def test_only_the_clinic_lead_may_start_a_rotation(gate, counselor, scheduler):
    from mottagning.errors import PermissionDenied

    for session in (counselor, scheduler):
        with pytest.raises(PermissionDenied):
            gate.key_rotation(session)


def test_a_rotation_needs_room_for_two_copies_and_says_how_much(clinic, gate, lead, monkeypatch):
    usage = namedtuple("usage", "total used free")
    monkeypatch.setattr(shutil, "disk_usage", lambda folder: usage(10**9, 10**9 - 1000, 1000))
    with pytest.raises(NotEnoughSpace) as raised:
        rotate(gate, lead)
    needed = 2 * clinic.files.database.stat().st_size + 10_000_000
    assert f"{needed / 1_000_000:,.0f} MB".replace(",", " ") in raised.value.describe()
    assert not clinic.files.rotating_database.exists()
    assert KeySlotFile(clinic.files.keyslots).generation == 1
