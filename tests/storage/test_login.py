"""Logging in: wrong passwords, the growing delay, and failures in the access log."""

import pytest

from mottagning.errors import TooManyAttempts, WrongCredentials
from mottagning.models.access_log import LogAction
from mottagning.models.users import Role
from mottagning.services.throttle import FREE_FAILURES
from tests.storage.helpers import entries_after, head_seq
from tests.support import COUNSELOR_PASSWORD, LEAD, LEAD_PASSWORD

WRONG = "fel lösenord helt enkelt"


def fail_logins(gate, count: int, username: str = LEAD.username) -> None:
    for _ in range(count):
        with pytest.raises(WrongCredentials):
            gate.login(username, WRONG)


def test_right_password_signs_in_the_lead(gate):
    session = gate.login(LEAD.username, LEAD_PASSWORD)

    assert session.user.username == LEAD.username
    assert session.user.role is Role.LEAD


def test_user_name_is_not_case_sensitive_and_may_have_spaces_around(gate):
    session = gate.login("  LEAD ", LEAD_PASSWORD)

    assert session.user.username == LEAD.username


def test_wrong_password_is_refused_with_a_clear_message(gate):
    with pytest.raises(WrongCredentials) as refused:
        gate.login(LEAD.username, WRONG)

    message = refused.value.describe()
    assert "Wrong user name or password" in message
    assert "Caps Lock" in message


def test_unknown_user_name_gives_the_same_error_as_a_wrong_password(gate):
    with pytest.raises(WrongCredentials) as unknown:
        gate.login("nobody", LEAD_PASSWORD)
    with pytest.raises(WrongCredentials) as wrong:
        gate.login(LEAD.username, WRONG)

    assert unknown.value.describe() == wrong.value.describe()


def test_password_of_another_account_does_not_open_this_one(gate, counselor):
    with pytest.raises(WrongCredentials):
        gate.login(LEAD.username, COUNSELOR_PASSWORD)


def test_free_failures_cost_no_delay(gate):
    fail_logins(gate, FREE_FAILURES)

    assert gate.login(LEAD.username, LEAD_PASSWORD).user.username == LEAD.username


def test_fifth_failure_delays_even_the_right_password(gate):
    fail_logins(gate, FREE_FAILURES + 1)

    with pytest.raises(TooManyAttempts) as delayed:
        gate.login(LEAD.username, LEAD_PASSWORD)
    assert delayed.value.seconds == 5
    assert "5 seconds" in delayed.value.describe()


def test_delay_grows_with_further_failures(gate, clock):
    fail_logins(gate, FREE_FAILURES + 1)
    clock.advance(seconds=6)
    fail_logins(gate, 1)

    with pytest.raises(TooManyAttempts) as delayed:
        gate.login(LEAD.username, LEAD_PASSWORD)
    assert delayed.value.seconds == 10


def test_delay_counts_down_with_the_clock(gate, clock):
    fail_logins(gate, FREE_FAILURES + 1)
    clock.advance(seconds=3)

    with pytest.raises(TooManyAttempts) as delayed:
        gate.login(LEAD.username, LEAD_PASSWORD)
    assert delayed.value.seconds == 2


def test_delay_survives_a_restart(clinic, gate):
    fail_logins(gate, FREE_FAILURES + 1)
    gate.close()
    restarted = clinic.authenticator()

    with pytest.raises(TooManyAttempts):
        restarted.login(LEAD.username, LEAD_PASSWORD)
    restarted.close()


def test_delay_ends_when_the_time_has_passed(gate, clock):
    fail_logins(gate, FREE_FAILURES + 1)
    clock.advance(seconds=5)

    assert gate.login(LEAD.username, LEAD_PASSWORD).user.username == LEAD.username


def test_success_resets_the_failure_count(gate, clock):
    fail_logins(gate, FREE_FAILURES + 1)
    clock.advance(seconds=5)
    gate.login(LEAD.username, LEAD_PASSWORD)
    fail_logins(gate, FREE_FAILURES)

    assert gate.login(LEAD.username, LEAD_PASSWORD).user.username == LEAD.username


def test_delay_is_per_user_name(gate, counselor):
    fail_logins(gate, FREE_FAILURES + 1)

    assert gate.login("cora", COUNSELOR_PASSWORD).user.username == "cora"


def test_failures_are_logged_at_the_next_successful_login(gate, lead, clock):
    before = head_seq(lead)
    failed_at = clock.now()
    fail_logins(gate, 2)
    fail_logins(gate, 1, username="nobody")
    clock.advance(minutes=1)

    gate.login(LEAD.username, LEAD_PASSWORD)

    failures = [e for e in entries_after(lead, before) if e.action is LogAction.LOGIN_FAILED]
    assert [(e.user_id, e.at) for e in failures] == [
        (lead.user.id, failed_at),
        (lead.user.id, failed_at),
        (None, failed_at),
    ]
    assert failures[2].detail == "unknown user name"
    assert all(e.workstation == "TEST-PC" for e in failures)


def test_failures_are_logged_only_once(gate, lead):
    fail_logins(gate, 1)
    gate.login(LEAD.username, LEAD_PASSWORD)
    before = head_seq(lead)

    gate.login(LEAD.username, LEAD_PASSWORD)

    assert LogAction.LOGIN_FAILED not in [e.action for e in entries_after(lead, before)]


def test_login_itself_is_logged_with_who_when_and_where(gate, clock):
    clock.advance(hours=2)
    session = gate.login(LEAD.username, LEAD_PASSWORD)

    last = entries_after(session, head_seq(session) - 1)[0]
    assert (last.action, last.user_id, last.at, last.workstation) == (
        LogAction.LOGIN,
        session.user.id,
        clock.now(),
        "TEST-PC",
    )


def test_damaged_failure_counter_does_not_lock_anyone_out(clinic, gate):
    fail_logins(gate, FREE_FAILURES + 1)
    clinic.files.login_throttle.write_bytes(b"\xff not json")
    clinic.files.login_throttle.with_name("login-throttle.json.prev").write_bytes(b"{")

    assert gate.login(LEAD.username, LEAD_PASSWORD).user.username == LEAD.username


def test_failure_counter_with_a_wrong_shape_does_not_lock_anyone_out(clinic, gate):
    fail_logins(gate, 1)
    clinic.files.login_throttle.write_text('{"users": {"x": {}}, "pending": [{}]}')
    clinic.files.login_throttle.with_name("login-throttle.json.prev").write_text("{}")

    assert gate.login(LEAD.username, LEAD_PASSWORD).user.username == LEAD.username
