"""The journal as the law expects it (DOMAIN.md, "Records"): drafts saved as
typed, signed notes locked (also against SQL), the draft's history kept,
addenda and corrections that never erase, overdue drafts and versioned plans."""

import dataclasses
from datetime import timedelta

import pytest
from sqlcipher3 import dbapi2

from mottagning.errors import EmptyNote, InvalidInput, NoteLocked, NotTheAuthor
from mottagning.models.access_log import LogAction
from mottagning.models.clients import Client
from mottagning.models.journal import (
    AmendmentKind,
    DraftSummary,
    NoteStatus,
    NoteType,
    PlannedMeasure,
)
from mottagning.models.users import Role
from mottagning.services.note_templates import default_templates
from mottagning.services.session import Session
from tests.storage.helpers import actions_after, entries_after, head_seq
from tests.storage.journal_support import assign, signed_note
from tests.storage.reception import TODAY, TOMORROW, details

TEXT = "Klienten berättar om sömnsvårigheter och oro inför rättegången."


@pytest.fixture
def shared(lead: Session, lilja: Client, colleague: Session) -> Client:
    """Lilja with two counselors: Cora (who registered her) and Olle."""
    return assign(lead, lilja, colleague.user.id)


# --- Signing locks the note ----------------------------------------------------------------


def test_a_signed_note_is_locked_for_the_service(counselor, lilja, clock):
    draft = counselor.journal.start_note(lilja.id, NoteType.SESSION, body=TEXT)
    clock.advance(minutes=5)

    signed = counselor.journal.sign(draft.id)

    assert signed.status is NoteStatus.SIGNED
    assert signed.signed_at == clock.moment
    assert signed.body == TEXT
    for attempt in (
        lambda: counselor.journal.save_draft(draft.id, TEXT + " Ändrat i efterhand."),
        lambda: counselor.journal.end_writing_session(draft.id),
        lambda: counselor.journal.sign(draft.id),
    ):
        with pytest.raises(NoteLocked):
            attempt()
    assert counselor.journal.note(draft.id) == signed


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE journal_notes SET body = 'ändrad' WHERE id = ?",
        "UPDATE journal_notes SET status = 'draft' WHERE id = ?",
        "UPDATE journal_notes SET author_name = 'Någon Annan' WHERE id = ?",
        "UPDATE journal_notes SET note_date = '2020-01-01' WHERE id = ?",
        "UPDATE journal_notes SET client_id = client_id WHERE id = ?",
        "DELETE FROM journal_notes WHERE id = ?",
    ],
)
def test_a_signed_note_cannot_be_changed_or_deleted_in_sql(counselor, lilja, statement):
    note = signed_note(counselor, lilja.id, TEXT)

    with pytest.raises(dbapi2.IntegrityError, match=r"locked|never deleted"):
        counselor.clinic.db.execute(statement, (note.id,))

    assert counselor.journal.note(note.id) == note


def test_a_draft_is_never_deleted_either(counselor, lilja):
    draft = counselor.journal.start_note(lilja.id, NoteType.SESSION, body=TEXT)

    with pytest.raises(dbapi2.IntegrityError, match="never deleted"):
        counselor.clinic.db.execute("DELETE FROM journal_notes WHERE id = ?", (draft.id,))

    assert counselor.journal.note(draft.id).body == TEXT


def test_only_the_author_saves_or_signs_a_draft(counselor, colleague, lead, shared):
    assign(lead, shared, lead.user.id)
    draft = counselor.journal.start_note(shared.id, NoteType.SESSION, body=TEXT)

    for other in (colleague, lead):  # both may read Lilja's journal, neither wrote this
        assert other.journal.may_read(shared.id)
        for attempt in (
            lambda s=other: s.journal.save_draft(draft.id, "Skrivet av någon annan."),
            lambda s=other: s.journal.end_writing_session(draft.id),
            lambda s=other: s.journal.sign(draft.id),
        ):
            before = head_seq(other)
            with pytest.raises(NotTheAuthor):
                attempt()
            (refused,) = entries_after(other, before)
            assert (refused.action, refused.target_id, refused.user_id) == (
                LogAction.NOTE_CHANGE_REFUSED,
                draft.id,
                other.user.id,
            ), "a refused change of someone's note is in the access log"

    after = counselor.journal.note(draft.id)
    assert (after.body, after.status) == (TEXT, NoteStatus.DRAFT)
    assert counselor.journal.draft_history(draft.id) == []


SESSION_TEMPLATE = default_templates()["session"]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("", id="empty"),
        pytest.param("  \n\t \n", id="whitespace"),
        pytest.param(SESSION_TEMPLATE, id="template"),
        pytest.param("\n" + SESSION_TEMPLATE + "  \n\n", id="template-with-blank-lines"),
    ],
)
def test_an_empty_note_cannot_be_signed(counselor, lilja, body):
    draft = counselor.journal.start_note(lilja.id, NoteType.SESSION)
    assert draft.body == SESSION_TEMPLATE  # a new note starts from its type's template
    counselor.journal.save_draft(draft.id, body)
    before = head_seq(counselor)

    with pytest.raises(EmptyNote):
        counselor.journal.sign(draft.id)

    assert counselor.journal.note(draft.id).status is NoteStatus.DRAFT
    assert LogAction.NOTE_SIGNED not in actions_after(counselor, before)


def test_the_clinics_own_template_counts_as_empty_too(lead, counselor, lilja):
    lead.note_templates.save({"phone": "Vem ringde:\n\nOm vad:\n"})
    draft = counselor.journal.start_note(lilja.id, NoteType.PHONE)
    assert draft.body == "Vem ringde:\n\nOm vad:\n"

    with pytest.raises(EmptyNote):
        counselor.journal.sign(draft.id)

    counselor.journal.save_draft(draft.id, "Vem ringde: klienten\n\nOm vad: ny tid\n")
    assert counselor.journal.sign(draft.id).signed


def test_signing_keeps_the_authors_name_title_and_role_as_they_were(lead, counselor, lilja):
    note = signed_note(counselor, lilja.id, TEXT)
    assert (note.author.user_id, note.author.name, note.author.title, note.author.role) == (
        counselor.user.id,
        "Cora Behandlare",
        "Socionom",
        Role.COUNSELOR.value,
    )

    lead.accounts.update_user(counselor.user.id, "Cora Nyberg", "Leg. psykoterapeut", Role.LEAD)

    assert counselor.journal.note(note.id).author == note.author
    (listed,) = counselor.journal.notes(lilja.id)
    assert listed.author == note.author


def test_the_name_kept_is_the_one_at_signing_not_at_the_start(lead, counselor, lilja):
    draft = counselor.journal.start_note(lilja.id, NoteType.SESSION, body=TEXT)
    lead.accounts.update_user(counselor.user.id, "Cora Nyberg", "Kurator", Role.COUNSELOR)

    signed = counselor.journal.sign(draft.id)

    assert (signed.author.name, signed.author.title) == ("Cora Nyberg", "Kurator")


def test_a_note_cannot_be_dated_in_the_future(counselor, lilja):
    with pytest.raises(InvalidInput):
        counselor.journal.start_note(lilja.id, NoteType.SESSION, note_date=TOMORROW)

    draft = counselor.journal.start_note(lilja.id, NoteType.SESSION, body=TEXT)
    with pytest.raises(InvalidInput):
        counselor.journal.save_draft(draft.id, TEXT, note_date=TOMORROW)

    assert counselor.journal.note(draft.id).note_date == TODAY


def test_saving_a_draft_keeps_the_text_type_and_date_as_typed(counselor, lilja, clock):
    draft = counselor.journal.start_note(lilja.id, NoteType.SESSION, body="")
    clock.advance(minutes=3)

    counselor.journal.save_draft(draft.id, "Telefon", NoteType.PHONE, TODAY - timedelta(days=2))

    saved = counselor.journal.note(draft.id)
    assert (saved.body, saved.note_type, saved.note_date) == (
        "Telefon",
        NoteType.PHONE,
        TODAY - timedelta(days=2),
    )
    assert saved.updated_at == clock.moment
    assert saved.created_at == draft.created_at


# --- The draft's history ------------------------------------------------------------------


def test_every_writing_session_keeps_a_snapshot_unless_nothing_changed(counselor, lilja, clock):
    draft = counselor.journal.start_note(lilja.id, NoteType.SESSION, body="")
    before = head_seq(counselor)

    for text in ("K", "Kl", "Klienten kom"):  # keystrokes: stored, not logged
        counselor.journal.save_draft(draft.id, text)
    assert actions_after(counselor, before) == []
    first_end = clock.moment
    counselor.journal.end_writing_session(draft.id)
    clock.advance(minutes=10)
    counselor.journal.end_writing_session(draft.id)  # unchanged: no new snapshot
    counselor.journal.save_draft(draft.id, "Klienten kom i tid.")
    clock.advance(minutes=1)
    counselor.journal.end_writing_session(draft.id)

    history = counselor.journal.draft_history(draft.id)
    assert [(v.body, v.saved_at, v.saved_by) for v in history] == [
        ("Klienten kom", first_end, counselor.user.id),
        ("Klienten kom i tid.", clock.moment, counselor.user.id),
    ]
    # Two snapshots saved; reading the history is itself logged.
    assert actions_after(counselor, before) == [
        LogAction.DRAFT_SAVED,
        LogAction.DRAFT_SAVED,
        LogAction.JOURNAL_READ,
    ]


def test_signing_keeps_the_final_text_in_the_history(counselor, lilja):
    draft = counselor.journal.start_note(lilja.id, NoteType.SESSION, body="")
    counselor.journal.save_draft(draft.id, "Första stycket.")
    counselor.journal.end_writing_session(draft.id)
    counselor.journal.save_draft(draft.id, "Första stycket. Andra stycket.")

    counselor.journal.sign(draft.id)

    assert [v.body for v in counselor.journal.draft_history(draft.id)] == [
        "Första stycket.",
        "Första stycket. Andra stycket.",
    ]


def test_signing_right_after_a_snapshot_keeps_it_once(counselor, lilja):
    draft = counselor.journal.start_note(lilja.id, NoteType.SESSION, body=TEXT)
    counselor.journal.end_writing_session(draft.id)

    counselor.journal.sign(draft.id)

    assert [v.body for v in counselor.journal.draft_history(draft.id)] == [TEXT]


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE journal_note_versions SET body = 'ändrad' WHERE note_id = ?",
        "DELETE FROM journal_note_versions WHERE note_id = ?",
    ],
)
def test_the_draft_history_cannot_be_changed_or_deleted_in_sql(counselor, lilja, statement):
    """A draft is an official document: its history is kept as written."""
    draft = counselor.journal.start_note(lilja.id, NoteType.SESSION, body=TEXT)
    counselor.journal.end_writing_session(draft.id)

    with pytest.raises(dbapi2.IntegrityError):
        counselor.clinic.db.execute(statement, (draft.id,))

    assert [v.body for v in counselor.journal.draft_history(draft.id)] == [TEXT]


# --- Addenda and corrections ----------------------------------------------------------------


def test_an_addendum_is_shown_with_the_note_with_its_author_and_time(
    counselor, colleague, shared, clock
):
    note = signed_note(counselor, shared.id, TEXT)
    clock.advance(days=1, hours=2)

    colleague.journal.add_addendum(note.id, "  Klienten ringde och bekräftade nästa tid.  ")

    (shown,) = counselor.journal.notes(shared.id)
    (addendum,) = shown.addenda
    assert addendum.kind is AmendmentKind.ADDENDUM
    assert addendum.body == "Klienten ringde och bekräftade nästa tid."
    assert (addendum.author.user_id, addendum.author.name, addendum.author.title) == (
        colleague.user.id,
        "Olle Terapeut",
        "Leg. psykolog",
    )
    assert addendum.created_at == clock.moment
    assert (shown.body, shown.current_text, shown.corrections) == (TEXT, TEXT, ())


def test_a_correction_changes_the_text_shown_and_keeps_the_original(counselor, lilja, clock):
    note = signed_note(counselor, lilja.id, TEXT)
    clock.advance(hours=3)
    first_at = clock.moment

    counselor.journal.correct(note.id, "Klienten berättar om sömnsvårigheter.", "Fel klient nämnd")
    clock.advance(days=2)
    corrected = counselor.journal.correct(note.id, "Klienten sover dåligt.", "Förtydligande")

    assert corrected.current_text == "Klienten sover dåligt."
    assert corrected.body == TEXT  # the original stays readable
    assert [(c.body, c.reason, c.author.name, c.created_at) for c in corrected.corrections] == [
        ("Klienten berättar om sömnsvårigheter.", "Fel klient nämnd", "Cora Behandlare", first_at),
        ("Klienten sover dåligt.", "Förtydligande", "Cora Behandlare", clock.moment),
    ]
    stored = counselor.clinic.db.scalar("SELECT body FROM journal_notes WHERE id = ?", (note.id,))
    assert counselor.keys.journal.open("journal_notes.body", note.id, stored) == TEXT


@pytest.mark.parametrize("reason", ["", "   ", "ok"])
def test_a_correction_needs_a_reason(counselor, lilja, reason):
    note = signed_note(counselor, lilja.id, TEXT)

    with pytest.raises(InvalidInput):
        counselor.journal.correct(note.id, "Ny text", reason)

    assert counselor.journal.note(note.id).amendments == ()


def test_an_empty_addendum_or_correction_is_refused(counselor, lilja):
    note = signed_note(counselor, lilja.id, TEXT)

    with pytest.raises(EmptyNote):
        counselor.journal.add_addendum(note.id, " \n ")
    with pytest.raises(EmptyNote):
        counselor.journal.correct(note.id, "", "Texten ska bort")

    assert counselor.journal.note(note.id).amendments == ()


def test_a_draft_is_changed_by_its_author_not_amended(counselor, lilja):
    draft = counselor.journal.start_note(lilja.id, NoteType.SESSION, body=TEXT)
    before = head_seq(counselor)

    with pytest.raises(InvalidInput):
        counselor.journal.add_addendum(draft.id, "Tillägg")
    with pytest.raises(InvalidInput):
        counselor.journal.correct(draft.id, "Rättad", "Skrivfel")

    assert counselor.journal.note(draft.id).amendments == ()
    assert actions_after(counselor, before) == [LogAction.JOURNAL_READ]  # only the read


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE journal_amendments SET body = 'ändrad' WHERE note_id = ?",
        "UPDATE journal_amendments SET reason = '' WHERE note_id = ?",
        "UPDATE journal_amendments SET author_name = 'Någon Annan' WHERE note_id = ?",
        "DELETE FROM journal_amendments WHERE note_id = ?",
    ],
)
def test_amendments_cannot_be_changed_or_deleted_in_sql(counselor, lilja, statement):
    note = signed_note(counselor, lilja.id, TEXT)
    counselor.journal.add_addendum(note.id, "Tillägg efter samtal.")
    amended = counselor.journal.correct(note.id, "Rättad text.", "Skrivfel")

    with pytest.raises(dbapi2.IntegrityError, match=r"kept as written|never deleted"):
        counselor.clinic.db.execute(statement, (note.id,))

    assert counselor.journal.note(note.id) == amended


# --- Drafts that wait ---------------------------------------------------------------------


def test_a_draft_becomes_overdue_for_its_author_after_three_days(counselor, lilja, clock):
    started = clock.moment
    draft = counselor.journal.start_note(lilja.id, NoteType.SESSION, body=TEXT)

    clock.moment = started + timedelta(days=3) - timedelta(minutes=1)
    assert counselor.journal.overdue_drafts() == []

    clock.moment = started + timedelta(days=3, minutes=1)
    (overdue,) = counselor.journal.overdue_drafts()
    assert overdue == DraftSummary(
        draft.id, lilja.id, counselor.user.id, NoteType.SESSION, TODAY, started, started
    )
    assert [d.note_id for d in counselor.journal.my_drafts()] == [draft.id]


def test_the_lead_sees_everyones_overdue_drafts_without_their_text(
    lead, counselor, colleague, shared, clock
):
    mine = counselor.journal.start_note(shared.id, NoteType.SESSION, body=TEXT)
    theirs = colleague.journal.start_note(shared.id, NoteType.PHONE, body="Samtal med mamman.")
    clock.advance(days=4)

    assert [d.note_id for d in lead.journal.overdue_drafts()] == [mine.id, theirs.id]
    assert [d.note_id for d in counselor.journal.overdue_drafts()] == [mine.id]
    assert [d.note_id for d in colleague.journal.overdue_drafts()] == [theirs.id]
    assert {f.name for f in dataclasses.fields(DraftSummary)} == {
        "note_id",
        "client_id",
        "author_id",
        "note_type",
        "note_date",
        "created_at",
        "updated_at",
    }
    assert "sömn" not in repr(lead.journal.overdue_drafts())


def test_signed_notes_are_never_overdue(lead, counselor, lilja, clock):
    signed_note(counselor, lilja.id, TEXT)
    clock.advance(days=30)

    assert counselor.journal.overdue_drafts() == []
    assert lead.journal.overdue_drafts() == []
    assert counselor.journal.my_drafts() == []


def test_the_clinic_sets_how_soon_a_draft_is_overdue(lead, counselor, lilja, clock):
    settings = lead.clinic_settings.settings()
    assert settings.draft_overdue_days == 3
    lead.clinic_settings.update_settings(dataclasses.replace(settings, draft_overdue_days=1))
    draft = counselor.journal.start_note(lilja.id, NoteType.SESSION, body=TEXT)

    clock.advance(hours=23)
    assert counselor.journal.overdue_drafts() == []
    clock.advance(hours=2)
    assert [d.note_id for d in counselor.journal.overdue_drafts()] == [draft.id]


# --- Treatment plans -----------------------------------------------------------------------


def test_every_plan_save_is_a_new_version_and_the_earlier_stay(counselor, lilja, clock):
    first = counselor.plans.save(
        lilja.id, "Minska risktagande", "Samtal varje vecka", [PlannedMeasure("phq9", 3)], None
    )
    clock.advance(days=14)
    second = counselor.plans.save(
        lilja.id,
        "  Minska risktagande; egen bostad  ",
        "Samtal varannan vecka",
        [PlannedMeasure("phq9", 3), PlannedMeasure("core10", 6)],
        TODAY + timedelta(days=90),
    )

    assert counselor.plans.current(lilja.id) == second
    assert counselor.plans.history(lilja.id) == [first, second]
    assert second.goals == "Minska risktagande; egen bostad"
    assert second.measures == (PlannedMeasure("phq9", 3), PlannedMeasure("core10", 6))
    assert (first.created_at, second.created_at) == (
        clock.moment - timedelta(days=14),
        clock.moment,
    )
    assert first.author_id == second.author_id == counselor.user.id


def test_a_client_without_a_plan_has_none(counselor, lilja):
    assert counselor.plans.current(lilja.id) is None
    assert counselor.plans.history(lilja.id) == []


@pytest.mark.parametrize("goals", ["", "   \n "])
def test_a_plan_needs_goals(counselor, lilja, goals):
    with pytest.raises(InvalidInput):
        counselor.plans.save(lilja.id, goals, "Samtal", [], None)

    assert counselor.plans.history(lilja.id) == []


@pytest.mark.parametrize(
    ("every", "accepted"), [(0, False), (-3, False), (53, False), (1, True), (52, True)]
)
def test_the_planned_frequency_of_a_questionnaire_is_validated(counselor, lilja, every, accepted):
    def save():
        return counselor.plans.save(
            lilja.id, "Mående", "", [PlannedMeasure("gad7", 4), PlannedMeasure("phq9", every)], None
        )

    if accepted:
        assert save().measures[1].every_sessions == every
    else:
        with pytest.raises(InvalidInput):
            save()
        assert counselor.plans.history(lilja.id) == []


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE treatment_plans SET goals = 'ändrad' WHERE client_id = ?",
        "DELETE FROM treatment_plans WHERE client_id = ?",
    ],
)
def test_plan_versions_cannot_be_changed_or_deleted_in_sql(counselor, lilja, statement):
    plan = counselor.plans.save(lilja.id, "Mående", "Samtal", [], None)

    with pytest.raises(dbapi2.IntegrityError):
        counselor.clinic.db.execute(statement, (lilja.id,))

    assert counselor.plans.history(lilja.id) == [plan]


def test_notes_are_listed_in_journal_order(counselor, lilja, clock):
    later = signed_note(counselor, lilja.id, "Andra samtalet.")
    clock.advance(minutes=30)
    earlier = counselor.journal.start_note(
        lilja.id, NoteType.PHONE, note_date=TODAY - timedelta(days=7), body="Första kontakten."
    )
    counselor.journal.sign(earlier.id)
    clock.advance(minutes=30)
    same_day = signed_note(counselor, lilja.id, "Tredje anteckningen.")

    assert [n.id for n in counselor.journal.notes(lilja.id)] == [earlier.id, later.id, same_day.id]


def test_other_clients_notes_are_not_listed(counselor, lilja):
    other, _ = counselor.clients.create(
        details("Ros", birth_year=1985, counselor_ids=frozenset({counselor.user.id}))
    )
    signed_note(counselor, other.id, "Om Ros.")
    mine = signed_note(counselor, lilja.id, TEXT)

    assert [n.id for n in counselor.journal.notes(lilja.id)] == [mine.id]
