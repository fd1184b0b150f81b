"""Full-text search of the journal: signed notes and addenda by word and
prefix, Swedish letters kept, limited to what the searcher needs to know,
and immune to FTS5 syntax typed into the search box."""

from datetime import timedelta

import pytest

from mottagning.errors import NeedToKnow
from mottagning.models.clients import Client
from mottagning.models.journal import NoteType
from mottagning.services.session import Session
from mottagning.storage.journal_search import JournalSearch
from tests.storage.journal_support import assign, signed_note
from tests.storage.reception import TODAY, details

ANXIETY = "Klienten beskriver ångest och sömnsvårigheter efter händelsen i våras."
HOUSING = "Tillägg: klienten har fått en övergångsbostad via socialtjänsten."


@pytest.fixture
def ros(counselor: Session) -> Client:
    """Another client of Cora's."""
    client, _ = counselor.clients.create(
        details("Ros", birth_year=1985, counselor_ids=frozenset({counselor.user.id}))
    )
    return client


@pytest.fixture
def pelle(colleague: Session) -> Client:
    """A client of Olle's only."""
    client, _ = colleague.clients.create(
        details("Pelle", birth_year=1979, counselor_ids=frozenset({colleague.user.id}))
    )
    return client


def note_ids(hits) -> list[str]:
    return [hit.note_id for hit in hits]


@pytest.mark.parametrize(
    "query",
    [
        "ångest",
        "ÅNGEST",  # case folded, also for å ä ö
        "Ångest",
        "ång",  # a prefix
        "sömn",  # prefix of sömnsvårigheter
        "SÖMNSVÅRIGHETER",
        "händelsen",
        "vår",  # prefix of våras
        "ångest sömn",  # every word must occur
        "sömn ÅNGEST",  # in any order
    ],
)
def test_a_signed_note_is_found_by_word_and_prefix(counselor, lilja, query):
    note = signed_note(counselor, lilja.id, ANXIETY)

    (hit,) = counselor.journal.search_client(lilja.id, query)

    assert (hit.note_id, hit.client_id, hit.note_date) == (note.id, lilja.id, TODAY)
    assert "[" in hit.snippet
    assert "]" in hit.snippet


@pytest.mark.parametrize(
    "query",
    [
        "angest",  # a and å are different letters in Swedish
        "somn",
        "ängest",
        "ångest depression",  # every word must occur
        "gest",  # not a prefix of any word
    ],
)
def test_a_different_word_is_not_a_hit(counselor, lilja, query):
    signed_note(counselor, lilja.id, ANXIETY)

    assert counselor.journal.search_client(lilja.id, query) == []


def test_the_snippet_marks_the_word_found(counselor, lilja):
    signed_note(counselor, lilja.id, ANXIETY)

    (hit,) = counselor.journal.search_client(lilja.id, "ångest")

    assert "[ångest]" in hit.snippet


def test_an_addendum_is_found_as_its_note(counselor, lilja):
    note = signed_note(counselor, lilja.id, ANXIETY)
    counselor.journal.add_addendum(note.id, HOUSING)

    assert note_ids(counselor.journal.search_client(lilja.id, "övergångsbostad")) == [note.id]
    assert note_ids(counselor.journal.search_client(lilja.id, "Övergång")) == [note.id]


def test_a_corrected_note_is_found_by_its_new_text(counselor, lilja):
    note = signed_note(counselor, lilja.id, ANXIETY)
    counselor.journal.correct(note.id, "Klienten beskriver oro och mardrömmar.", "Ordval")

    assert note_ids(counselor.journal.search_client(lilja.id, "mardröm")) == [note.id]


def test_search_client_is_limited_to_the_client(counselor, lilja, ros):
    mine = signed_note(counselor, lilja.id, ANXIETY)
    signed_note(counselor, ros.id, "Ros berättar om ångest på jobbet.")

    assert note_ids(counselor.journal.search_client(lilja.id, "ångest")) == [mine.id]


def test_search_my_clients_covers_my_clients_and_no_one_elses(
    counselor, colleague, lilja, ros, pelle
):
    lilja_note = signed_note(counselor, lilja.id, ANXIETY)
    ros_note = signed_note(counselor, ros.id, "Ros berättar om ångest på jobbet.")
    signed_note(colleague, pelle.id, "Pelle har ångest inför förhandlingen.")

    assert set(note_ids(counselor.journal.search_my_clients("ångest"))) == {
        lilja_note.id,
        ros_note.id,
    }
    assert {hit.client_id for hit in colleague.journal.search_my_clients("ångest")} == {pelle.id}


def test_search_my_clients_leaves_out_emergency_accesses(counselor, colleague, lilja, pelle):
    lilja_note = signed_note(counselor, lilja.id, ANXIETY)
    pelle_note = signed_note(colleague, pelle.id, "Pelle har ångest inför förhandlingen.")
    colleague.emergency_access.request(lilja.id, "Cora är sjuk och klienten ringer i kris")

    assert note_ids(colleague.journal.search_client(lilja.id, "ångest")) == [lilja_note.id]
    assert note_ids(colleague.journal.search_my_clients("ångest")) == [pelle_note.id]


def test_search_client_needs_to_know_the_client(colleague, counselor, lilja):
    signed_note(counselor, lilja.id, ANXIETY)

    with pytest.raises(NeedToKnow) as refused:
        colleague.journal.search_client(lilja.id, "ångest")

    assert refused.value.client_id == lilja.id
    assert colleague.journal.search_my_clients("ångest") == []


@pytest.mark.parametrize(
    "query",
    [
        "ångest AND",
        "ångest AND sömn",
        "ångest OR depression",
        "ångest NOT sömn",
        "NEAR(ångest sömn)",
        "NEAR(ångest sömn, 2",
        '"ångest',
        '"ångest"',
        'ångest"',
        "ångest*",
        "*ångest",
        "ång*",
        "*",
        '"',
        "(",
        ")",
        "-ångest",
        "+ångest",
        "^ångest",
        "body:ångest",
        "note_id:1",
        "{body}: ångest",
        "ångest' OR 1=1 --",
        "'; DROP TABLE journal_notes; --",
        "",
        "   ",
        "...",
    ],
)
def test_fts_syntax_typed_by_the_user_does_not_break_the_search(counselor, lilja, query):
    note = signed_note(counselor, lilja.id, ANXIETY)
    draft = counselor.journal.start_note(lilja.id, NoteType.OTHER, body="Utkast om ångest.")

    client_hits = counselor.journal.search_client(lilja.id, query)
    own_hits = counselor.journal.search_my_clients(query)

    assert set(note_ids(client_hits)) <= {note.id, draft.id}
    assert set(note_ids(own_hits)) <= {note.id, draft.id}
    assert counselor.journal.notes(lilja.id)[0].id == note.id  # nothing was harmed


@pytest.mark.parametrize(
    "query", ['"ångest"', "ångest*", "ång*", "*ångest", "ångest AND sömn", "NEAR(ångest sömn)"]
)
def test_quotes_stars_and_operators_are_taken_as_words(counselor, lilja, query):
    signed_note(counselor, lilja.id, ANXIETY)

    hits = counselor.journal.search_client(lilja.id, query)

    # Punctuation is ignored; "AND" and "NEAR" are words like any other, so only
    # the queries made of the note's own words find it.
    expected = 1 if query.strip('"*') in ("ångest", "ång") else 0
    assert len(hits) == expected


def test_ones_own_drafts_are_found_but_not_others_drafts(counselor, colleague, lead, lilja):
    shared = assign(lead, lilja, colleague.user.id)
    mine = counselor.journal.start_note(shared.id, NoteType.SESSION, body="Utkast: klädbyte, ÖL.")
    theirs = colleague.journal.start_note(shared.id, NoteType.SESSION, body="Olles klädbyte.")

    assert note_ids(counselor.journal.search_client(shared.id, "klädbyte")) == [mine.id]
    assert note_ids(counselor.journal.search_client(shared.id, "KLÄD")) == [mine.id]
    assert note_ids(counselor.journal.search_my_clients("klädbyte")) == [mine.id]
    assert note_ids(colleague.journal.search_client(shared.id, "klädbyte")) == [theirs.id]

    counselor.journal.sign(mine.id)  # signed: now part of the journal for everyone who may read it
    assert note_ids(colleague.journal.search_client(shared.id, "klädbyte")) == [
        mine.id,
        theirs.id,
    ]


def test_a_draft_is_found_as_it_was_last_saved(counselor, lilja):
    draft = counselor.journal.start_note(lilja.id, NoteType.SESSION, body="")
    counselor.journal.save_draft(draft.id, "Klienten nämner ångest.")

    assert note_ids(counselor.journal.search_client(lilja.id, "ångest")) == [draft.id]

    counselor.journal.save_draft(draft.id, "Klienten nämner oro.")
    assert counselor.journal.search_client(lilja.id, "ångest") == []


def test_a_signed_note_is_a_single_hit(counselor, lilja):
    note = signed_note(counselor, lilja.id, ANXIETY)
    counselor.journal.add_addendum(note.id, "Mer om ångest vid nästa samtal.")

    hits = counselor.journal.search_client(lilja.id, "ångest")

    assert note_ids(hits) == [note.id]


def test_hits_come_newest_first_up_to_the_limit_each_with_its_snippet(counselor, lilja, ros):
    dated = []
    for days_ago, client in [(30, lilja), (2, ros), (10, lilja), (20, ros)]:
        day = TODAY - timedelta(days=days_ago)
        draft = counselor.journal.start_note(client.id, NoteType.SESSION, day, body=ANXIETY)
        dated.append((day, counselor.journal.sign(draft.id)))
    newest_first = [note.id for _, note in sorted(dated, key=lambda pair: pair[0], reverse=True)]
    search = JournalSearch(counselor.clinic.db, counselor.keys.journal)

    hits = search.signed("ångest", [lilja.id, ros.id], limit=3)

    assert note_ids(hits) == newest_first[:3]
    assert all("[ångest]" in hit.snippet for hit in hits)
    assert {hit.client_id for hit in hits} == {lilja.id, ros.id}
