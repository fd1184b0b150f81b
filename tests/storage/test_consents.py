"""The consent register and the gate that lets a document leave: a consent
covering the recipient and the scope on that day, or a recorded legal ground.
The refusal says what is missing, and is logged."""

import dataclasses
from datetime import date

import pytest

from mottagning.errors import (
    ConsentDoesNotCover,
    ConsentExpired,
    ConsentNotYetValid,
    ConsentWithdrawn,
    InvalidInput,
    NeedToKnow,
    NoDisclosureBasis,
    PermissionDenied,
)
from mottagning.models.access_log import LogAction
from mottagning.models.consent import BasisKind, ConsentForm, Recipient, Scope
from mottagning.models.letters import Channel, Include
from mottagning.storage.database import Database
from tests.storage.helpers import database_key, head_seq
from tests.storage.letters_support import (
    GIVEN,
    consent,
    draft,
    pdf_text,
    record_consent,
    save_unit,
)
from tests.storage.reception import entries_of
from tests.support import COUNSELOR_PASSWORD, MARKER


@pytest.fixture
def unit(scheduler):
    return save_unit(scheduler)


def test_a_consent_is_recorded_and_read_back(counselor, lilja, unit):
    recorded = counselor.consents.record(
        lilja.id,
        consent(
            unit.id,
            frozenset({Scope.IDENTITY, Scope.ASSESSMENTS, Scope.QUESTIONNAIRES}),
            form=ConsentForm.WRITTEN,
            kept_at="Pärm i arkivskåp 2",
            valid_until=date(2027, 5, 1),
        ),
    )
    seq = head_seq(counselor)

    (read,) = counselor.consents.bases(lilja.id)

    assert read == recorded
    assert read.recipient == Recipient(unit.id)
    assert read.scopes == {Scope.IDENTITY, Scope.ASSESSMENTS, Scope.QUESTIONNAIRES}
    assert (read.form, read.kept_at, read.recorded_by) == (
        ConsentForm.WRITTEN,
        "Pärm i arkivskåp 2",
        counselor.user.id,
    )
    assert [e.client_id for e in entries_of(counselor, seq, LogAction.CONSENTS_READ)] == [lilja.id]


def test_what_a_consent_reveals_is_sealed_from_the_database_key(clinic, counselor, lilja, unit):
    """A scheduler's database key reads the dates and who recorded it, not the
    recipient, the scope or the purpose."""
    counselor.consents.record(lilja.id, consent(unit.id, purpose=f"Syfte {MARKER}"))
    db = Database.open(
        clinic.files.database, database_key(clinic.files, "cora", COUNSELOR_PASSWORD)
    )
    try:
        row = db.query_one("SELECT * FROM disclosure_bases")
        assert row is not None
        stored = b"".join(
            value if isinstance(value, bytes) else str(value).encode() for value in row
        )
        for secret in (MARKER.encode(), unit.id.encode(), b"assessments"):
            assert secret not in stored
    finally:
        db.close()


def test_a_written_consent_says_where_it_is_kept(counselor, lilja, unit):
    with pytest.raises(InvalidInput, match="Kept at"):
        counselor.consents.record(lilja.id, consent(unit.id, form=ConsentForm.WRITTEN))


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"purpose": " "}, "Purpose"),
        ({"scopes": frozenset()}, "Scope"),
        ({"form": None}, "Form"),
        ({"given_on": date(2026, 12, 1)}, "Given on"),
        ({"valid_until": date(2026, 1, 1)}, "Valid until"),
        ({"recipient": Recipient(None, "  ")}, "Recipient"),
    ],
)
def test_an_incomplete_consent_is_refused_with_its_field(counselor, lilja, unit, changes, field):
    with pytest.raises(InvalidInput, match=field):
        counselor.consents.record(lilja.id, dataclasses.replace(consent(unit.id), **changes))
    assert counselor.consents.bases(lilja.id) == []


def test_a_legal_ground_comes_from_the_leads_list_with_a_justification(counselor, lilja, unit):
    ground = counselor.address_book.legal_grounds()[0]
    details = dataclasses.replace(
        consent(unit.id), kind=BasisKind.LEGAL_GROUND, form=None, ground_id=ground.id
    )
    with pytest.raises(InvalidInput, match="Justification"):
        counselor.consents.record(lilja.id, details)
    with pytest.raises(InvalidInput, match="Legal ground"):
        counselor.consents.record(
            lilja.id, dataclasses.replace(details, ground_id="no-such", justification="x" * 20)
        )

    recorded = counselor.consents.record(
        lilja.id, dataclasses.replace(details, justification="Polisen begär uppgifter i förhör")
    )

    assert (recorded.ground_name, recorded.ground_reference) == (ground.name, ground.reference)
    assert recorded.ground_reference == "OSL 10 kap. 28 §"


def test_the_lead_keeps_the_list_of_legal_grounds(lead, counselor):
    ground = lead.address_book.save_legal_ground("Anmälningsskyldighet", "SoL 14 kap. 1 §")
    assert ground in counselor.address_book.legal_grounds()

    lead.address_book.save_legal_ground(ground.name, ground.reference, ground.id, active=False)

    assert ground.id not in [g.id for g in counselor.address_book.legal_grounds()]
    with pytest.raises(PermissionDenied):
        counselor.address_book.save_legal_ground("Egen grund", "Ingen lag")


def test_the_register_is_clinical_and_needs_to_know(scheduler, colleague, counselor, lilja, unit):
    counselor.consents.record(lilja.id, consent(unit.id))
    with pytest.raises(PermissionDenied):
        scheduler.consents.bases(lilja.id)
    with pytest.raises(NeedToKnow):
        colleague.consents.bases(lilja.id)
    with pytest.raises(NeedToKnow):
        colleague.consents.record(lilja.id, consent(unit.id))


# --- The gate ---------------------------------------------------------------------------


def test_no_basis_for_the_recipient_refuses_and_names_it(counselor, lilja, unit):
    seq = head_seq(counselor)
    with pytest.raises(NoDisclosureBasis) as refused:
        counselor.referrals.preview(draft(lilja.id, unit.id))

    assert "Beroendemottagningen Väst" in refused.value.describe()
    assert [e.client_id for e in entries_of(counselor, seq, LogAction.DISCLOSURE_REFUSED)] == [
        lilja.id
    ]
    assert entries_of(counselor, seq, LogAction.REFERRAL_PREVIEWED) == []


def test_a_consent_for_another_recipient_does_not_count(counselor, scheduler, lilja, unit):
    other = save_unit(scheduler, "Vårdcentralen Norr")
    record_consent(counselor, lilja.id, other.id)
    with pytest.raises(NoDisclosureBasis):
        counselor.referrals.preview(draft(lilja.id, unit.id))


def test_a_consent_covering_the_scope_lets_the_referral_go(counselor, lilja, unit):
    record_consent(counselor, lilja.id, unit.id)
    document = counselor.referrals.preview(draft(lilja.id, unit.id))
    assert document.pdf.startswith(b"%PDF")


def test_a_scope_not_covered_is_named(counselor, lilja, unit):
    record_consent(counselor, lilja.id, unit.id)
    wanted = frozenset({Include.ADDRESS, Include.JOURNAL_EXTRACT, Include.IDENTITY_NUMBER})

    with pytest.raises(ConsentDoesNotCover) as refused:
        counselor.referrals.preview(draft(lilja.id, unit.id, includes=wanted))

    message = refused.value.describe()
    assert "contact details" in message and "journal extracts" in message
    assert "identity" not in message.split("cover:")[1]


def test_the_scope_limits_what_can_be_switched_on(counselor, lilja, unit):
    record_consent(counselor, lilja.id, unit.id, Scope.QUESTIONNAIRES)
    assert counselor.referrals.permitted_includes(lilja.id, unit.id) == {
        Include.IDENTITY_NUMBER,
        Include.PLAN_GOALS,
        Include.QUESTIONNAIRES,
    }


def test_a_consent_without_the_referrals_own_scope_lets_nothing_go(counselor, lilja, unit):
    counselor.consents.record(lilja.id, consent(unit.id, frozenset({Scope.ATTENDANCE})))
    with pytest.raises(ConsentDoesNotCover, match="assessments"):
        counselor.referrals.permitted_includes(lilja.id, unit.id)


def test_a_withdrawn_consent_blocks_from_that_day(counselor, lilja, unit, clock):
    basis = record_consent(counselor, lilja.id, unit.id)
    counselor.referrals.preview(draft(lilja.id, unit.id))

    withdrawn = counselor.consents.withdraw(basis.id)

    assert (withdrawn.withdrawn_on, withdrawn.withdrawn_by) == (
        date(2026, 11, 23),
        counselor.user.id,
    )
    with pytest.raises(ConsentWithdrawn, match="2026-11-23"):
        counselor.referrals.preview(draft(lilja.id, unit.id))
    with pytest.raises(InvalidInput, match="already withdrawn"):
        counselor.consents.withdraw(basis.id)


def test_an_expired_consent_blocks_the_day_after(counselor, lilja, unit, clock):
    record_consent(counselor, lilja.id, unit.id, valid_until=date(2026, 11, 23))
    counselor.referrals.preview(draft(lilja.id, unit.id))

    clock.advance(days=1)

    with pytest.raises(ConsentExpired, match="2026-11-23"):
        counselor.referrals.preview(draft(lilja.id, unit.id))


def test_a_consent_given_later_does_not_hold_before(counselor, lilja, unit, clock):
    record_consent(counselor, lilja.id, unit.id, given_on=date(2026, 11, 23))
    clock.advance(days=-1)
    with pytest.raises(ConsentNotYetValid):
        counselor.referrals.preview(draft(lilja.id, unit.id))


def test_a_legal_ground_lets_it_go_and_is_named_in_the_letter(counselor, lilja, unit):
    ground = counselor.address_book.legal_grounds()[0]
    counselor.consents.record(
        lilja.id,
        dataclasses.replace(
            consent(unit.id),
            kind=BasisKind.LEGAL_GROUND,
            form=None,
            ground_id=ground.id,
            justification="Begäran från polisen i ärende 123",
        ),
    )
    letter, _ = counselor.referrals.send(draft(lilja.id, unit.id), Channel.PRINTED)
    (disclosure,) = counselor.referrals.disclosures(lilja.id)
    assert ground.reference in disclosure.basis_text
    assert letter.disclosure_id == disclosure.id


def test_a_person_named_by_the_consent_can_be_the_recipient(counselor, lilja):
    basis = counselor.consents.record(
        lilja.id,
        consent(None, recipient=Recipient(None, "Anna Advokat", "Juristgatan 3\n411 01 Göteborg")),
    )
    document = counselor.referrals.preview(draft(lilja.id, None, basis_id=basis.id))
    assert "Anna Advokat" in pdf_text(document.pdf)
    assert "Juristgatan 3" in pdf_text(document.pdf)


def test_the_consent_record_cannot_be_changed_or_deleted_in_the_database(counselor, lilja, unit):
    basis = record_consent(counselor, lilja.id, unit.id)
    db = counselor.clinic.db
    with pytest.raises(Exception, match="recorded once"):
        db.execute(
            "UPDATE disclosure_bases SET valid_until = '2030-01-01' WHERE id = ?", (basis.id,)
        )
    with pytest.raises(Exception, match="never deleted"):
        db.execute("DELETE FROM disclosure_bases WHERE id = ?", (basis.id,))
    (kept,) = counselor.consents.bases(lilja.id)
    assert (kept.given_on, kept.valid_until) == (GIVEN, None)
