"""Passwords are key slots: changing, resetting, deactivating and the recovery key."""

import pytest

from mottagning.errors import (
    CurrentPasswordRequired,
    LastClinicLead,
    NoSuchClinicLead,
    PasswordReused,
    PasswordTooShort,
    TemporaryPasswordNeeded,
    TooManyAttempts,
    WrongCredentials,
    WrongRecoveryKey,
)
from mottagning.models.access_log import LogAction, LogQuery
from mottagning.models.recovery_key import RecoveryKey
from mottagning.models.users import NewUser, Role
from mottagning.services.accounts import recovery_bundle
from mottagning.services.throttle import FREE_FAILURES
from tests.storage.helpers import database_key, entries_after, head_seq, log_entries
from tests.support import (
    COUNSELOR_PASSWORD,
    LEAD,
    LEAD_PASSWORD,
    TEMPORARY_PASSWORD,
    FakeClock,
    add_user,
)

NEW_PASSWORD = "gula båtar glider förbi"
SECOND_LEAD_PASSWORD = "tre kråkor på ett staket"


@pytest.fixture
def second_lead(lead, gate):
    new = NewUser("lisa", "Lisa Ledare", "Biträdande enhetschef", Role.LEAD)
    return add_user(lead, gate, new, SECOND_LEAD_PASSWORD)


# --- Changing one's own password ----------------------------------------------------


def test_password_change_keeps_every_record_readable(clinic, gate, lead, counselor):
    users = lead.accounts.list_users()
    details = lead.clinic_settings.details()
    key = database_key(clinic.files)
    lead.accounts.change_own_password(LEAD_PASSWORD, NEW_PASSWORD)
    entries = log_entries(lead)
    lead.logout()
    gate.close()

    reopened = clinic.authenticator()
    session = reopened.login(LEAD.username, NEW_PASSWORD)

    assert session.accounts.list_users() == users
    assert session.clinic_settings.details() == details
    assert log_entries(session)[: len(entries)] == entries
    assert all(report.intact for report in session.clinic.access_log.verify())
    assert database_key(clinic.files, LEAD.username, NEW_PASSWORD) == key  # not re-encrypted
    reopened.close()


def test_after_a_password_change_only_the_new_password_works(gate, lead):
    lead.accounts.change_own_password(LEAD_PASSWORD, NEW_PASSWORD)

    with pytest.raises(WrongCredentials):
        gate.login(LEAD.username, LEAD_PASSWORD)
    assert gate.login(LEAD.username, NEW_PASSWORD).user.id == lead.user.id


def test_password_change_leaves_other_accounts_alone(gate, lead, counselor):
    lead.accounts.change_own_password(LEAD_PASSWORD, NEW_PASSWORD)

    assert gate.login("cora", COUNSELOR_PASSWORD).user.id == counselor.user.id


def test_password_change_needs_the_current_password(gate, lead):
    with pytest.raises(WrongCredentials):
        lead.accounts.change_own_password("inte mitt lösenord alls", NEW_PASSWORD)

    assert gate.login(LEAD.username, LEAD_PASSWORD).user.id == lead.user.id
    with pytest.raises(WrongCredentials):
        gate.login(LEAD.username, NEW_PASSWORD)


def test_new_password_must_differ_from_the_current_one(lead):
    with pytest.raises(PasswordReused):
        lead.accounts.change_own_password(LEAD_PASSWORD, LEAD_PASSWORD)


def test_new_password_must_follow_the_policy(gate, lead):
    with pytest.raises(PasswordTooShort):
        lead.accounts.change_own_password(LEAD_PASSWORD, "kort")

    assert gate.login(LEAD.username, LEAD_PASSWORD).user.id == lead.user.id


def test_password_change_is_logged(lead):
    before = head_seq(lead)
    lead.accounts.change_own_password(LEAD_PASSWORD, NEW_PASSWORD)

    (entry,) = entries_after(lead, before)
    assert (entry.action, entry.user_id, entry.target_type, entry.target_id) == (
        LogAction.PASSWORD_CHANGED,
        lead.user.id,
        "user",
        lead.user.id,
    )


def test_temporary_password_cannot_be_replaced_without_one(lead):
    with pytest.raises(CurrentPasswordRequired):
        lead.accounts.replace_temporary_password(NEW_PASSWORD)


def test_temporary_password_is_replaced_once(gate, lead):
    created = lead.accounts.create_user(
        NewUser("nils", "Nils Ny", "Socionom", Role.COUNSELOR), TEMPORARY_PASSWORD
    )
    first = gate.login("nils", TEMPORARY_PASSWORD)
    assert first.user.must_change_password

    replaced = first.accounts.replace_temporary_password(NEW_PASSWORD)

    assert not replaced.must_change_password
    assert not first.user.must_change_password
    with pytest.raises(CurrentPasswordRequired):
        first.accounts.replace_temporary_password("ännu ett nytt lösenord här")
    with pytest.raises(WrongCredentials):
        gate.login("nils", TEMPORARY_PASSWORD)
    assert gate.login("nils", NEW_PASSWORD).user.id == created.id


def test_temporary_password_cannot_be_kept_as_the_new_one(gate, lead):
    lead.accounts.create_user(
        NewUser("nils", "Nils Ny", "Socionom", Role.COUNSELOR), TEMPORARY_PASSWORD
    )
    first = gate.login("nils", TEMPORARY_PASSWORD)

    with pytest.raises(PasswordReused):
        first.accounts.replace_temporary_password(TEMPORARY_PASSWORD)


# --- The lead's administration ------------------------------------------------------


def test_reset_gives_a_temporary_password_without_the_old_one(gate, lead, counselor):
    reset = lead.accounts.reset_password(counselor.user.id, TEMPORARY_PASSWORD)

    assert reset.must_change_password
    with pytest.raises(WrongCredentials):
        gate.login("cora", COUNSELOR_PASSWORD)
    session = gate.login("cora", TEMPORARY_PASSWORD)
    assert session.user.must_change_password
    session.accounts.replace_temporary_password(NEW_PASSWORD)
    assert gate.login("cora", NEW_PASSWORD).user.id == counselor.user.id


def test_deactivation_removes_the_key_slot(clinic, gate, lead, counselor):
    lead.accounts.deactivate(counselor.user.id)

    assert counselor.user.id not in lead.clinic.keyslots.user_ids_with_slots()
    with pytest.raises(WrongCredentials):
        gate.login("cora", COUNSELOR_PASSWORD)
    assert not next(u for u in lead.accounts.list_users() if u.username == "cora").active


def test_reactivation_restores_access_with_a_temporary_password(gate, lead, counselor):
    lead.accounts.deactivate(counselor.user.id)

    reactivated = lead.accounts.reactivate(counselor.user.id, TEMPORARY_PASSWORD)

    assert reactivated.active
    assert reactivated.must_change_password
    with pytest.raises(WrongCredentials):
        gate.login("cora", COUNSELOR_PASSWORD)
    session = gate.login("cora", TEMPORARY_PASSWORD)
    assert session.user.must_change_password


def test_last_active_lead_cannot_be_deactivated(gate, lead):
    with pytest.raises(LastClinicLead):
        lead.accounts.deactivate(lead.user.id)

    assert gate.login(LEAD.username, LEAD_PASSWORD).user.active


def test_last_active_lead_cannot_be_demoted(lead):
    with pytest.raises(LastClinicLead):
        lead.accounts.update_user(lead.user.id, lead.user.full_name, "", Role.COUNSELOR)

    assert lead.accounts.list_users()[0].role is Role.LEAD


def test_a_deactivated_lead_does_not_count_as_the_other_lead(lead, second_lead):
    lead.accounts.deactivate(second_lead.user.id)

    with pytest.raises(LastClinicLead):
        lead.accounts.update_user(lead.user.id, lead.user.full_name, "", Role.SCHEDULER)


def test_a_lead_may_be_demoted_while_another_lead_remains(lead, second_lead):
    with pytest.raises(TemporaryPasswordNeeded):  # the root key must leave the slot
        lead.accounts.update_user(
            second_lead.user.id, second_lead.user.full_name, "", Role.COUNSELOR
        )

    demoted = lead.accounts.update_user(
        second_lead.user.id,
        second_lead.user.full_name,
        "",
        Role.COUNSELOR,
        temporary_password=TEMPORARY_PASSWORD,
    )

    assert demoted.role is Role.COUNSELOR
    assert demoted.must_change_password
    holds = lead.clinic.keyslots.holdings_of(second_lead.user.id)
    assert "journal_key" in holds and "root_private" not in holds


# --- The recovery key ---------------------------------------------------------------


def test_recovery_key_opens_the_clinic_for_a_lead(clinic, gate):
    session = gate.recover(clinic.recovery_key.formatted(), LEAD.username, NEW_PASSWORD)

    assert session.user.username == LEAD.username
    assert session.user.role is Role.LEAD
    assert not session.user.must_change_password
    with pytest.raises(WrongCredentials):
        gate.login(LEAD.username, LEAD_PASSWORD)
    assert gate.login(LEAD.username, NEW_PASSWORD).user.id == session.user.id


@pytest.mark.parametrize(
    "typed",
    [
        pytest.param(lambda key: key.lower(), id="lowercase"),
        pytest.param(lambda key: key.replace("-", ""), id="without-dashes"),
        pytest.param(lambda key: " ".join(key.split("-")), id="spaces"),
    ],
)
def test_recovery_key_forgives_how_it_is_typed(clinic, gate, typed):
    session = gate.recover(typed(clinic.recovery_key.formatted()), LEAD.username, NEW_PASSWORD)

    assert session.user.role is Role.LEAD


def test_recovery_key_forgives_o_for_zero_and_l_for_one(gate, lead):
    key = RecoveryKey(bytes(10) + bytes(range(1, 11)))
    assert "0" in key.formatted()
    assert "1" in key.formatted()
    lead.clinic.keyslots.set_recovery_slot(
        key, recovery_bundle(lead.keys.bundle), FakeClock().now()
    )
    typed = key.formatted().replace("0", "O").replace("1", "l").lower()

    assert gate.recover(typed, LEAD.username, NEW_PASSWORD).user.role is Role.LEAD


@pytest.mark.parametrize(
    "typed",
    [
        pytest.param(RecoveryKey(bytes(20)).formatted(), id="another-key"),
        pytest.param("hej hopp", id="garbage"),
        pytest.param("", id="empty"),
    ],
)
def test_wrong_recovery_key_is_refused(gate, typed):
    with pytest.raises(WrongRecoveryKey):
        gate.recover(typed, LEAD.username, NEW_PASSWORD)

    assert gate.login(LEAD.username, LEAD_PASSWORD).user.username == LEAD.username


def test_recovery_key_attempts_are_throttled(clinic, gate):
    for _ in range(FREE_FAILURES + 1):
        with pytest.raises(WrongRecoveryKey):
            gate.recover(RecoveryKey(bytes(20)).formatted(), LEAD.username, NEW_PASSWORD)

    with pytest.raises(TooManyAttempts):
        gate.recover(clinic.recovery_key.formatted(), LEAD.username, NEW_PASSWORD)


def test_recovery_needs_a_lead_account(clinic, gate, lead, counselor):
    with pytest.raises(NoSuchClinicLead):
        gate.recover(clinic.recovery_key.formatted(), "cora", NEW_PASSWORD)

    assert gate.login("cora", COUNSELOR_PASSWORD).user.id == counselor.user.id


def test_recovery_reactivates_a_deactivated_lead(clinic, gate, lead, second_lead):
    lead.accounts.deactivate(second_lead.user.id)

    session = gate.recover(clinic.recovery_key.formatted(), "lisa", NEW_PASSWORD)

    assert session.user.id == second_lead.user.id
    assert session.user.active


def test_recovery_is_logged(clinic, gate, lead):
    before = head_seq(lead)

    gate.recover(clinic.recovery_key.formatted(), LEAD.username, NEW_PASSWORD)

    used = [e for e in entries_after(lead, before) if e.action is LogAction.RECOVERY_KEY_USED]
    assert [(e.target_type, e.target_id) for e in used] == [("user", lead.user.id)]


def test_replacing_the_recovery_key_retires_the_old_one(clinic, gate, lead):
    new_key = lead.accounts.replace_recovery_key()

    assert new_key != clinic.recovery_key
    with pytest.raises(WrongRecoveryKey):
        gate.recover(clinic.recovery_key.formatted(), LEAD.username, NEW_PASSWORD)
    assert gate.recover(new_key.formatted(), LEAD.username, NEW_PASSWORD).user.role is Role.LEAD
    replaced = lead.clinic.access_log.query(
        LogQuery(actions=frozenset({LogAction.RECOVERY_KEY_REPLACED}))
    )
    assert [e.user_id for e in replaced] == [lead.user.id]
