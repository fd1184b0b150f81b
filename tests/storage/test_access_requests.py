"""The client's right to read their record: a confidentiality review where
third-party information is masked, then the release as PDF and JSON; the
review, each masking and the release logged; a released review is final."""

import json

import pytest

from mottagning.errors import InvalidInput, NeedToKnow, PermissionDenied
from mottagning.models.access_log import LogAction
from mottagning.models.journal import NoteType
from mottagning.models.letters import Channel
from tests.storage.helpers import head_seq
from tests.storage.letters_support import draft, pdf_text, record_consent, save_unit
from tests.storage.reception import details, entries_of

THIRD_PARTY = "Grannen Greta Gran berättade om bråket"


@pytest.fixture
def recorded(counselor, scheduler, lilja):
    note = counselor.journal.start_note(
        lilja.id, NoteType.SESSION, body=f"Samtal om sömnen. {THIRD_PARTY}."
    )
    counselor.journal.sign(note.id)
    counselor.journal.add_addendum(note.id, "Tillägg: nästa besök bokat.")
    counselor.plans.save(lilja.id, "Bättre sömn", "Samtal varannan vecka", [], None)
    counselor.measures.record(lilja.id, "phq9", [1, 1, 1, 1, 0, 0, 0, 0, 0])
    unit = save_unit(scheduler)
    record_consent(counselor, lilja.id, unit.id)
    counselor.referrals.send(draft(lilja.id, unit.id), Channel.PRINTED)
    return lilja, note


def test_a_masked_text_is_released_masked_and_everything_else_whole(counselor, recorded):
    client, note = recorded
    seq = head_seq(counselor)
    review = counselor.access_requests.start(client.id)
    kinds = [item.kind for item in review.items]
    assert kinds.count("session") == 1 and "addendum" in kinds and "plan" in kinds
    assert "referral_sent" in kinds  # the journal entry of the referral, too

    counselor.access_requests.mask(review.id, f"note:{note.id}", "Samtal om sömnen. [...]")
    extract = counselor.access_requests.release(review.id)

    data = json.loads(extract.json)
    assert (data["format"], data["version"]) == ("mottagning-registerutdrag", 2)
    session_entry = next(e for e in data["journal"] if e["kind"] == "session")
    assert session_entry == {**session_entry, "text": "Samtal om sömnen. [...]", "masked": True}
    assert data["client"]["alias"] == "Lilja"
    assert [d["recipient"] for d in data["disclosures"]] == ["Beroendemottagningen Väst"]
    assert data["consents"][0]["purpose"] == "Bedömning av alkoholbruk"
    assert data["questionnaires"][0]["instrument"] == "PHQ-9"
    text = pdf_text(extract.pdf)
    assert THIRD_PARTY not in text and THIRD_PARTY not in extract.json.decode()
    assert "Samtal om sömnen. [...]" in text and "Tillägg: nästa besök bokat." in text
    assert "sekretessprövning" in text and "Registerutdrag" in text
    actions = [e.action for e in entries_of(counselor, seq, LogAction.ACCESS_REVIEW_STARTED)]
    assert actions == [LogAction.ACCESS_REVIEW_STARTED]
    assert entries_of(counselor, seq, LogAction.ACCESS_REVIEW_MARKED)
    (released,) = entries_of(counselor, seq, LogAction.ACCESS_EXTRACT_RELEASED)
    assert released.client_id == client.id


def test_a_released_review_is_final(counselor, recorded):
    client, note = recorded
    review = counselor.access_requests.start(client.id)
    counselor.access_requests.release(review.id)

    with pytest.raises(InvalidInput, match="already released"):
        counselor.access_requests.mask(review.id, f"note:{note.id}", "x")
    with pytest.raises(InvalidInput, match="already released"):
        counselor.access_requests.release(review.id)
    with pytest.raises(Exception, match="not changed"):
        counselor.clinic.db.execute("UPDATE access_reviews SET released_at = NULL")


def test_the_extract_holds_this_clients_record_only(counselor, recorded):
    client, _ = recorded
    other, _ = counselor.clients.create(
        details("Ekorren", counselor_ids=frozenset({counselor.user.id}))
    )
    counselor.journal.sign(
        counselor.journal.start_note(other.id, NoteType.SESSION, body="Ekorrens anteckning").id
    )
    extract = counselor.access_requests.release(counselor.access_requests.start(client.id).id)
    assert "Ekorren" not in extract.json.decode() and "Ekorren" not in pdf_text(extract.pdf)


def test_only_the_clients_counselor_or_the_lead_reviews(colleague, scheduler, recorded):
    client, _ = recorded
    with pytest.raises(NeedToKnow):
        colleague.access_requests.start(client.id)
    with pytest.raises(PermissionDenied):
        scheduler.access_requests.start(client.id)


def test_a_draft_is_in_the_extract_as_a_draft(counselor, recorded):
    client, _ = recorded
    counselor.journal.start_note(client.id, NoteType.PHONE, body="Utkast om samtalet")
    extract = counselor.access_requests.release(counselor.access_requests.start(client.id).id)
    drafts = [e for e in json.loads(extract.json)["journal"] if e["kind"] == "draft"]
    assert [e["text"] for e in drafts] == ["Utkast om samtalet"]


def test_the_extract_says_who_took_part_of_the_record_by_role_never_by_name(
    counselor, scheduler, recorded
):
    client, _ = recorded
    other, _ = counselor.clients.create(
        details("Vide", counselor_ids=frozenset({counselor.user.id}))
    )
    counselor.clients.open(other.id)  # another client's entry: not in Lilja's extract
    review = counselor.access_requests.start(client.id)
    extract = counselor.access_requests.release(review.id)
    data = json.loads(extract.json)
    access = data["access"]
    assert {e["role"] for e in access} <= {"counselor", "scheduler", "lead", ""}
    assert {"referral_sent", "consent_recorded"} <= {e["action"] for e in access}
    assert [e["at"] for e in access] == sorted(e["at"] for e in access), "oldest first"
    text = pdf_text(extract.pdf)
    assert "åtkomstloggen" in text and "Remiss skickad" in text and "behandlare" in text
    for person in (counselor.user.full_name, scheduler.user.full_name):
        assert person not in json.dumps(access), "the log's staff by role, not by name"


def test_every_access_log_event_has_a_swedish_word_for_the_extract():
    from mottagning.models.access_log import LogAction
    from mottagning.reports.log_words import ACTION_WORDS

    assert set(ACTION_WORDS) == {action.value for action in LogAction}
    assert all(word.strip() for word in ACTION_WORDS.values())
