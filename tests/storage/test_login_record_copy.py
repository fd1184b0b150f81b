"""Failed logins are recorded twice, in the data folder and outside it:
deleting one file neither resets the delay nor loses the failures before they
reach the access log (the insider deletes the throttle files and retries)."""

from dataclasses import replace

import pytest

from mottagning.errors import TooManyAttempts, WrongCredentials
from mottagning.models.access_log import LogAction, LogQuery
from mottagning.services.authentication import Authenticator
from mottagning.storage.files import previous_version
from tests.support import FAST_KDF, LEAD, LEAD_PASSWORD

WRONG = "inte alls rätt lösenord"


@pytest.fixture
def recorded(clinic, tmp_path):
    """The clinic's files with a second record in another folder."""
    clinic.files = replace(clinic.files, login_throttle_copy=tmp_path / "state" / "record.json")
    return clinic


def fail(clinic, times: int) -> Authenticator:
    gate = Authenticator(clinic.files, clinic.clock, FAST_KDF, workstation="TEST-PC")
    for _ in range(times):
        with pytest.raises(WrongCredentials):
            gate.login(LEAD.username, WRONG)
    return gate


@pytest.mark.parametrize("deleted", ["in the data folder", "outside it"])
def test_deleting_one_record_keeps_the_delay_and_the_failures(recorded, deleted):
    fail(recorded, 5).close()
    files = recorded.files
    if deleted == "in the data folder":
        files.login_throttle.unlink()
        previous_version(files.login_throttle).unlink(missing_ok=True)
    else:
        assert files.login_throttle_copy is not None
        files.login_throttle_copy.unlink()

    gate = Authenticator(files, recorded.clock, FAST_KDF, workstation="TEST-PC")
    with pytest.raises(TooManyAttempts):
        gate.login(LEAD.username, LEAD_PASSWORD)
    recorded.clock.advance(minutes=1)
    session = gate.login(LEAD.username, LEAD_PASSWORD)
    failed = session.access_log.entries(LogQuery(actions=(LogAction.LOGIN_FAILED,), limit=20))
    assert len(failed) == 5, "every failure reached the access log"
    gate.close()


def test_without_the_second_record_deleting_the_file_resets_the_delay(clinic):
    """What the second record guards against (and why the app always gives one)."""
    fail(clinic, 5).close()
    clinic.files.login_throttle.unlink()
    previous_version(clinic.files.login_throttle).unlink(missing_ok=True)
    gate = clinic.authenticator()
    assert gate.login(LEAD.username, LEAD_PASSWORD)
    gate.close()


def test_an_unwritable_second_record_does_not_stop_a_login(clinic, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    clinic.files = replace(clinic.files, login_throttle_copy=blocker / "record.json")
    fail(clinic, 1).close()
    gate = clinic.authenticator()
    assert gate.login(LEAD.username, LEAD_PASSWORD)
    gate.close()
