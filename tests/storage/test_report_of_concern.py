"""A client who may be under 18 (or under the clinic's age limit) prompts the
counselor to consider a report of concern (orosanmälan, SoL); the prompt and
its answer are kept and logged."""

from dataclasses import replace

import pytest

from mottagning.errors import NotFound, PermissionDenied
from mottagning.models.access_log import LogAction
from mottagning.models.clients import AgeBand, ConcernAnswer, ConcernReason
from tests.storage.helpers import head_seq
from tests.storage.reception import details, edited, entries_of, logged

# The clock stands in 2026: someone born in 2008 is 17 or 18, born in 2007 18 or 19.


def set_age_limit(lead, limit):
    settings = lead.clinic_settings.settings()
    lead.clinic_settings.update_settings(replace(settings, age_limit=limit))
    assert lead.clinic_settings.settings().age_limit == limit


@pytest.mark.parametrize("birth_year", [2008, 2010, 2026])
def test_a_possible_minor_prompts_a_consideration_when_registered(counselor, clock, birth_year):
    seq = head_seq(counselor)

    client, prompt = counselor.clients.create(details("Ung", birth_year=birth_year))

    assert prompt is not None
    assert (prompt.client_id, prompt.reason, prompt.pending) == (
        client.id,
        ConcernReason.UNDER_18,
        True,
    )
    assert (prompt.prompted_by, prompt.prompted_at) == (counselor.user.id, clock.now())
    assert counselor.clients.considerations(client.id) == [prompt]
    assert logged(counselor, seq) == [
        (LogAction.CLIENT_CREATED, client.id),
        (LogAction.CONCERN_PROMPTED, client.id),
    ]
    (entry,) = entries_of(counselor, seq, LogAction.CONCERN_PROMPTED)
    assert entry.detail == "under_18"


def test_the_age_band_under_18_prompts_too(counselor):
    client, prompt = counselor.clients.create(details("Ung", age_band=AgeBand.UNDER_18))

    assert prompt is not None
    assert prompt.reason is ConcernReason.UNDER_18
    assert [c.id for c in counselor.clients.considerations(client.id)] == [prompt.id]


@pytest.mark.parametrize(
    "adult",
    [{"birth_year": 2007}, {"birth_year": 1960}, {"age_band": AgeBand.FROM_18_TO_24}, {}],
    ids=["born-2007", "born-1960", "band-18-24", "age-unknown"],
)
def test_an_adult_or_unknown_age_prompts_nothing(counselor, adult):
    client, prompt = counselor.clients.create(details("Vuxen", **adult))

    assert prompt is None
    assert counselor.clients.considerations(client.id) == []


def test_the_clinics_age_limit_prompts_with_its_own_reason(lead, counselor):
    set_age_limit(lead, 21)
    seq = head_seq(counselor)

    under, prompt = counselor.clients.create(details("Tjugo", birth_year=2006))  # 19 or 20
    over, none = counselor.clients.create(details("Tjugotvå", birth_year=2004))  # 21 or 22
    minor, minor_prompt = counselor.clients.create(details("Sjutton", birth_year=2009))

    assert prompt is not None
    assert prompt.reason is ConcernReason.UNDER_AGE_LIMIT
    assert none is None
    assert minor_prompt is not None
    assert minor_prompt.reason is ConcernReason.UNDER_18  # under 18 whatever the limit
    assert [e.detail for e in entries_of(counselor, seq, LogAction.CONCERN_PROMPTED)] == [
        "under_age_limit",
        "under_18",
    ]
    assert [e.client_id for e in entries_of(counselor, seq, LogAction.CONCERN_PROMPTED)] == [
        under.id,
        minor.id,
    ]
    assert counselor.clients.considerations(over.id) == []


def test_a_lower_age_limit_still_prompts_for_minors(lead, counselor):
    set_age_limit(lead, 15)

    _, sixteen = counselor.clients.create(details("Sexton", birth_year=2010))
    _, adult = counselor.clients.create(details("Vuxen", birth_year=2000))

    assert sixteen is not None
    assert sixteen.reason is ConcernReason.UNDER_18
    assert adult is None


def test_no_second_prompt_when_the_client_is_changed_later(counselor):
    client, first = counselor.clients.create(details("Ung", birth_year=2011))
    assert first is not None

    client, again = counselor.clients.update(client.id, edited(client, phone="0701"))
    assert again is None
    client, again = counselor.clients.update(client.id, edited(client, birth_year=2012))
    assert again is None
    client, again = counselor.clients.update(client.id, edited(client, age_band=AgeBand.UNDER_18))
    assert again is None

    assert [c.id for c in counselor.clients.considerations(client.id)] == [first.id]


def test_an_adult_corrected_to_a_minor_is_prompted_once(counselor, lilja):
    seq = head_seq(counselor)

    client, prompt = counselor.clients.update(lilja.id, edited(lilja, birth_year=2012))
    _, again = counselor.clients.update(client.id, edited(client, home_municipality="Eksjö"))

    assert prompt is not None
    assert prompt.reason is ConcernReason.UNDER_18
    assert again is None
    assert [e.client_id for e in entries_of(counselor, seq, LogAction.CONCERN_PROMPTED)] == [
        lilja.id
    ]


def test_answering_records_the_answer_note_who_and_when(counselor, scheduler, clock):
    client, prompt = scheduler.clients.create(
        details("Ung", birth_year=2010, counselor_ids=frozenset({counselor.user.id}))
    )
    assert prompt is not None
    clock.advance(hours=3)
    seq = head_seq(counselor)

    answered = counselor.clients.answer_concern(
        prompt.id, ConcernAnswer.REPORT_MADE, "  Anmälan gjord via telefon till socialjouren "
    )

    assert answered.answer is ConcernAnswer.REPORT_MADE
    assert answered.note == "Anmälan gjord via telefon till socialjouren"
    assert (answered.answered_by, answered.answered_at) == (counselor.user.id, clock.now())
    assert not answered.pending
    assert counselor.clients.considerations(client.id) == [answered]
    assert counselor.clients.pending_considerations() == []
    (entry,) = entries_of(counselor, seq, LogAction.CONCERN_CONSIDERED)
    assert (entry.client_id, entry.user_id, entry.detail) == (
        client.id,
        counselor.user.id,
        "report_made",
    )
    assert "socialjouren" not in entry.detail


def test_a_consideration_is_answered_only_once(counselor, lead):
    _, prompt = counselor.clients.create(details("Ung", birth_year=2010))
    counselor.clients.answer_concern(prompt.id, ConcernAnswer.NOT_NEEDED, "Fyller 18 i dag")

    with pytest.raises(NotFound):
        lead.clients.answer_concern(prompt.id, ConcernAnswer.WILL_REPORT)

    (kept,) = counselor.clients.considerations(prompt.client_id)
    assert (kept.answer, kept.answered_by) == (ConcernAnswer.NOT_NEEDED, counselor.user.id)


def test_the_clinic_lead_may_answer(lead, counselor):
    _, prompt = counselor.clients.create(details("Ung", birth_year=2010))

    answered = lead.clients.answer_concern(prompt.id, ConcernAnswer.ALREADY_REPORTED)

    assert answered.answered_by == lead.user.id


def test_a_scheduler_cannot_answer(counselor, scheduler):
    client, prompt = scheduler.clients.create(
        details("Ung", birth_year=2010, counselor_ids=frozenset({counselor.user.id}))
    )
    seq = head_seq(counselor)

    with pytest.raises(PermissionDenied):
        scheduler.clients.answer_concern(prompt.id, ConcernAnswer.NOT_NEEDED)

    assert [c.pending for c in counselor.clients.considerations(client.id)] == [True]
    assert logged(counselor, seq) == [(LogAction.PERMISSION_DENIED, None)]


def test_pending_considerations_show_a_counselor_her_own_clients(
    lead, counselor, colleague, scheduler
):
    mine, my_prompt = scheduler.clients.create(
        details("Cora ung", birth_year=2010, counselor_ids=frozenset({counselor.user.id}))
    )
    _, other_prompt = scheduler.clients.create(
        details("Olle ung", birth_year=2011, counselor_ids=frozenset({colleague.user.id}))
    )
    _, unassigned = scheduler.clients.create(details("Ingen ung", birth_year=2012))
    _, adult = scheduler.clients.create(
        details("Cora vuxen", birth_year=1980, counselor_ids=frozenset({counselor.user.id}))
    )
    assert adult is None

    assert [c.id for c in counselor.clients.pending_considerations()] == [my_prompt.id]
    assert [c.id for c in colleague.clients.pending_considerations()] == [other_prompt.id]
    assert {c.id for c in lead.clients.pending_considerations()} == {
        my_prompt.id,
        other_prompt.id,
        unassigned.id,
    }

    counselor.clients.answer_concern(my_prompt.id, ConcernAnswer.WILL_REPORT)
    assert counselor.clients.pending_considerations() == []
    assert mine.id not in {c.client_id for c in lead.clients.pending_considerations()}


def test_a_counselor_sees_the_prompts_she_raised_herself(counselor):
    _, prompt = counselor.clients.create(details("Ej tilldelad", birth_year=2010))

    assert [c.id for c in counselor.clients.pending_considerations()] == [prompt.id]
