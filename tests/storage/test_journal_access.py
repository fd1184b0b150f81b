"""Need to know and the access log for the journal (DOMAIN.md: need-to-know
access; HSLF-FS 2016:40 4 kap. 9 §: who did what, when, to which client).

A counselor reads the journals of their own clients; another journal only
by emergency access (a stated reason, the rest of the local day, reviewed by
the clinic lead). An administrator reads no note at all."""

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest

from mottagning.errors import InvalidInput, NeedToKnow, NotFound, PermissionDenied
from mottagning.models.access_log import LogAction
from mottagning.models.clients import Client
from mottagning.models.journal import NoteType, PlannedMeasure
from mottagning.models.users import Role
from mottagning.services.session import Session
from tests.storage.helpers import entries_after, head_seq, log_entries
from tests.storage.journal_support import assign, leaked, phq9, signed_note
from tests.storage.reception import details, edited, entries_of, local, logged, visit
from tests.support import TEMPORARY_PASSWORD

TEXT = "Klienten berättar om hot från en tidigare partner och om sin sömn."
REASON = "Cora är sjuk och klienten ringer i akut kris"


@pytest.fixture
def written(counselor: Session, lilja: Client) -> str:
    """Lilja's journal holds a signed note, a plan and a questionnaire; the note id."""
    note = signed_note(counselor, lilja.id, TEXT)
    counselor.plans.save(lilja.id, "Trygg boende", "Samtal", [PlannedMeasure("phq9", 3)], None)
    counselor.measures.record(lilja.id, "phq9", phq9(12))
    return note.id


Read = Callable[[Session, str, str], object]

# Everything that shows something of a client's journal, by name: (session, client, note).
READS: dict[str, Read] = {
    "notes": lambda s, c, n: s.journal.notes(c),
    "note": lambda s, c, n: s.journal.note(n),
    "draft_history": lambda s, c, n: s.journal.draft_history(n),
    "search_client": lambda s, c, n: s.journal.search_client(c, "sömn"),
    "plan": lambda s, c, n: s.plans.current(c),
    "plan_history": lambda s, c, n: s.plans.history(c),
    "results": lambda s, c, n: s.measures.results(c),
    "progress": lambda s, c, n: s.measures.progress(c, "phq9"),
}

# Everything that writes to a client's journal.
WRITES: dict[str, Read] = {
    "start_note": lambda s, c, n: s.journal.start_note(c, NoteType.SESSION, body=TEXT),
    "add_addendum": lambda s, c, n: s.journal.add_addendum(n, "Tillägg."),
    "correct": lambda s, c, n: s.journal.correct(n, "Rättad text.", "Fel i datum"),
    "save_plan": lambda s, c, n: s.plans.save(c, "Nya mål", "", [], None),
    "record_measure": lambda s, c, n: s.measures.record(c, "gad7", [1] * 7),
}


# --- A counselor and their own clients ----------------------------------------------------


def test_a_counselor_reads_the_journal_of_a_client_assigned_to_them(counselor, lilja, written):
    assert counselor.journal.may_read(lilja.id)
    (note,) = counselor.journal.notes(lilja.id)
    assert note.body == TEXT
    for name, read in READS.items():
        assert read(counselor, lilja.id, written) is not None, name


# --- Another counselor: nothing without a reason --------------------------------------------


@pytest.mark.parametrize("name", [*READS, *WRITES])
def test_another_counselor_gets_need_to_know(colleague, lilja, written, name):
    call = {**READS, **WRITES}[name]
    before = head_seq(colleague)

    with pytest.raises(NeedToKnow) as refused:
        call(colleague, lilja.id, written)

    assert refused.value.client_id == lilja.id
    assert "Lilja" in refused.value.describe()
    assert not colleague.journal.may_read(lilja.id)
    # The refusal itself is logged (with the client), and nothing else is.
    logged_now = entries_after(colleague, before)
    assert [(e.action, e.client_id) for e in logged_now] == [(LogAction.JOURNAL_REFUSED, lilja.id)]


def test_another_counselor_finds_nothing_of_the_client_elsewhere(
    colleague, counselor, lilja, written, clock
):
    counselor.journal.start_note(lilja.id, NoteType.SESSION, body="Utkast om sömn.")
    clock.advance(days=5)

    assert colleague.journal.search_my_clients("sömn") == []
    assert colleague.journal.overdue_drafts() == []
    assert colleague.journal.my_drafts() == []
    (appointment,) = colleague.scheduling.book(
        visit(counselor.user.id, local(2026, 11, 30, 10), client_id=lilja.id)
    ).appointments
    assert colleague.measures.due([appointment]) == {}


def test_the_lead_also_needs_to_know(lead, lilja, written):
    with pytest.raises(NeedToKnow):
        lead.journal.notes(lilja.id)

    assign(lead, lilja, lead.user.id)
    assert [n.id for n in lead.journal.notes(lilja.id)] == [written]


def test_a_counselor_taken_off_the_client_loses_access_at_once(lead, counselor, lilja, written):
    counselor.journal.notes(lilja.id)

    lead.clients.update(lilja.id, edited(lilja, counselor_ids=frozenset({lead.user.id})))

    with pytest.raises(NeedToKnow):
        counselor.journal.notes(lilja.id)


def test_an_unknown_client_is_not_found(counselor):
    with pytest.raises(NotFound):
        counselor.journal.notes("no-such-client")
    with pytest.raises(NotFound):
        counselor.emergency_access.request("no-such-client", REASON)


# --- Emergency access ------------------------------------------------------------------------


def test_emergency_access_opens_the_journal_for_reading_and_writing(colleague, lilja, written):
    access = colleague.emergency_access.request(lilja.id, f"  {REASON}\n ")

    assert access.reason == REASON
    assert colleague.journal.may_read(lilja.id)
    for name, call in {**READS, **WRITES}.items():
        assert call(colleague, lilja.id, written) is not None, name
    draft = colleague.journal.start_note(lilja.id, NoteType.PHONE, body="Samtal i kris.")
    assert colleague.journal.sign(draft.id).signed


@pytest.mark.parametrize(
    ("morning", "midnight"),
    [
        # Winter: Stockholm is UTC+1, so the local day ends at 23:00 UTC.
        pytest.param(
            datetime(2026, 11, 23, 8, 0, tzinfo=UTC),
            datetime(2026, 11, 23, 23, 0, tzinfo=UTC),
            id="winter",
        ),
        # Summer: UTC+2, the day ends at 22:00 UTC.
        pytest.param(
            datetime(2027, 6, 15, 6, 30, tzinfo=UTC),
            datetime(2027, 6, 15, 22, 0, tzinfo=UTC),
            id="summer",
        ),
        # Just after local midnight (22:30 UTC the day before): a whole day ahead.
        pytest.param(
            datetime(2027, 6, 14, 22, 30, tzinfo=UTC),
            datetime(2027, 6, 15, 22, 0, tzinfo=UTC),
            id="just-after-midnight",
        ),
    ],
)
def test_emergency_access_lasts_the_rest_of_the_local_day(
    colleague, lilja, written, clock, morning, midnight
):
    clock.moment = morning
    access = colleague.emergency_access.request(lilja.id, REASON)
    assert (access.granted_at, access.expires_at) == (morning, midnight)

    clock.moment = midnight - timedelta(seconds=1)
    assert [n.id for n in colleague.journal.notes(lilja.id)] == [written]
    colleague.journal.start_note(lilja.id, NoteType.SESSION, body="Sent samtal.")

    clock.moment = midnight
    assert not colleague.journal.may_read(lilja.id)
    for call in (*READS.values(), *WRITES.values()):
        with pytest.raises(NeedToKnow):
            call(colleague, lilja.id, written)


def test_emergency_access_is_for_the_client_named_only(colleague, counselor, lilja, written):
    other, _ = counselor.clients.create(
        details("Ros", birth_year=1985, counselor_ids=frozenset({counselor.user.id}))
    )

    colleague.emergency_access.request(lilja.id, REASON)

    with pytest.raises(NeedToKnow):
        colleague.journal.notes(other.id)


def test_emergency_access_is_for_the_one_who_asked_only(colleague, lead, lilja, written):
    colleague.emergency_access.request(lilja.id, REASON)

    with pytest.raises(NeedToKnow):
        lead.journal.notes(lilja.id)


@pytest.mark.parametrize("reason", ["", "          ", "kris", "akut  kris", "a b c d e"])
def test_a_too_short_reason_is_refused(colleague, lead, lilja, written, reason):
    with pytest.raises(InvalidInput):
        colleague.emergency_access.request(lilja.id, reason)

    assert not colleague.journal.may_read(lilja.id)
    assert lead.emergency_access.accesses() == []


def test_emergency_access_is_logged_and_waits_for_the_leads_review(
    lead, colleague, lilja, written, clock
):
    before = head_seq(lead)

    access = colleague.emergency_access.request(lilja.id, REASON)

    (entry,) = entries_of(colleague, before, LogAction.EMERGENCY_ACCESS)
    assert (entry.user_id, entry.client_id, entry.target_id) == (
        colleague.user.id,
        lilja.id,
        access.id,
    )
    assert REASON not in entry.detail
    assert lead.emergency_access.accesses() == [access]

    clock.advance(days=2)  # the access has expired, the review still waits
    assert lead.emergency_access.accesses() == [access]
    lead.emergency_access.review(access.id, "Befogat: ordinarie behandlare sjuk.")

    assert lead.emergency_access.accesses() == []
    (reviewed,) = lead.emergency_access.accesses(unreviewed_only=False)
    assert (reviewed.reviewed_at, reviewed.reviewed_by, reviewed.review_note) == (
        clock.moment,
        lead.user.id,
        "Befogat: ordinarie behandlare sjuk.",
    )
    (review_entry,) = entries_of(lead, before, LogAction.EMERGENCY_ACCESS_REVIEWED)
    assert (review_entry.user_id, review_entry.client_id, review_entry.target_id) == (
        lead.user.id,
        lilja.id,
        access.id,
    )


@pytest.mark.parametrize("who", ["counselor", "colleague", "scheduler"])
def test_only_the_lead_reviews_emergency_accesses(request, colleague, lilja, written, who):
    access = colleague.emergency_access.request(lilja.id, REASON)
    session: Session = request.getfixturevalue(who)

    with pytest.raises(PermissionDenied):
        session.emergency_access.accesses()
    with pytest.raises(PermissionDenied):
        session.emergency_access.review(access.id, "Granskat av mig själv.")

    lead: Session = request.getfixturevalue("lead")
    assert lead.emergency_access.accesses() == [access]


def test_reviewing_an_unknown_access_is_not_found(lead):
    with pytest.raises(NotFound):
        lead.emergency_access.review("no-such-access", "Granskat.")


# --- The administrator -----------------------------------------------------------------------


def _schedulers_calls() -> dict[str, Read]:
    return {
        **READS,
        **WRITES,
        "search_my_clients": lambda s, c, n: s.journal.search_my_clients("sömn"),
        "overdue_drafts": lambda s, c, n: s.journal.overdue_drafts(),
        "may_read": lambda s, c, n: s.journal.may_read(c),
        "emergency_access": lambda s, c, n: s.emergency_access.request(c, REASON),
        "instruments": lambda s, c, n: s.measures.instruments(),
    }


@pytest.mark.parametrize("name", list(_schedulers_calls()))
def test_the_scheduler_reads_no_note_even_as_the_clients_counselor(scheduler, lilja, written, name):
    # The service refuses an administrator as a counselor; the table does not.
    scheduler.clinic.db.execute(
        "INSERT INTO client_counselors (client_id, user_id) VALUES (?, ?)",
        (lilja.id, scheduler.user.id),
    )
    assert scheduler.user.id in scheduler.clients.open(lilja.id).counselor_ids
    before = head_seq(scheduler)

    with pytest.raises(PermissionDenied):
        _schedulers_calls()[name](scheduler, lilja.id, written)

    assert [e.action for e in entries_after(scheduler, before)] == [LogAction.PERMISSION_DENIED]


def test_a_counselor_made_administrator_reads_no_more_notes(lead, counselor, lilja, written):
    lead.accounts.update_user(
        counselor.user.id,
        "Cora Behandlare",
        "Receptionist",
        Role.SCHEDULER,
        temporary_password=TEMPORARY_PASSWORD,
    )

    with pytest.raises(PermissionDenied):
        counselor.journal.notes(lilja.id)
    with pytest.raises(PermissionDenied):
        counselor.measures.results(lilja.id)


def test_nothing_is_due_for_the_scheduler(scheduler, counselor, lilja):
    counselor.plans.save(lilja.id, "Mående", "", [PlannedMeasure("phq9", 3)], None)
    (appointment,) = scheduler.scheduling.book(
        visit(counselor.user.id, local(2026, 11, 30, 10), client_id=lilja.id)
    ).appointments

    assert counselor.measures.due([appointment]) == {appointment.id: ["phq9"]}
    assert scheduler.measures.due([appointment]) == {}


# --- The access log ---------------------------------------------------------------------------


def test_every_read_and_change_is_logged_with_the_client(counselor, lilja, clock):
    seq = head_seq(counselor)

    draft = counselor.journal.start_note(lilja.id, NoteType.SESSION, body="")
    for text in ("S", "Sö", "Sömn"):
        counselor.journal.save_draft(draft.id, text)
    counselor.journal.end_writing_session(draft.id)
    counselor.journal.sign(draft.id)
    counselor.journal.add_addendum(draft.id, "Tillägg om sömn.")
    counselor.journal.correct(draft.id, "Sömnbrist.", "Förtydligat")
    counselor.plans.save(lilja.id, "Bättre sömn", "", [], None)
    counselor.measures.record(lilja.id, "phq9", phq9(7))
    counselor.measures.record(lilja.id, "phq9", phq9(7, item9=1))
    counselor.journal.notes(lilja.id)
    counselor.measures.results(lilja.id)
    counselor.journal.search_client(lilja.id, "sömn")

    assert logged(counselor, seq) == [
        (LogAction.NOTE_CREATED, lilja.id),
        (LogAction.DRAFT_SAVED, lilja.id),
        (LogAction.NOTE_SIGNED, lilja.id),
        (LogAction.NOTE_ADDENDUM, lilja.id),
        (LogAction.NOTE_CORRECTED, lilja.id),
        (LogAction.PLAN_SAVED, lilja.id),
        (LogAction.MEASURE_RECORDED, lilja.id),
        (LogAction.NOTE_CREATED, lilja.id),  # the flag's draft
        (LogAction.MEASURE_RECORDED, lilja.id),
        (LogAction.JOURNAL_READ, lilja.id),
        (LogAction.JOURNAL_READ, lilja.id),
        (LogAction.JOURNAL_SEARCHED, lilja.id),
    ]
    entries = entries_after(counselor, seq)
    assert {e.user_id for e in entries} == {counselor.user.id}
    assert [e.target_id for e in entries[:5]] == [draft.id] * 5


@pytest.mark.parametrize("name", list(READS))
def test_every_read_of_the_journal_is_logged(counselor, lilja, written, name):
    """Opening a single note, its history or the plan is a read of the record too."""
    seq = head_seq(counselor)

    READS[name](counselor, lilja.id, written)

    reads = [
        e
        for e in entries_after(counselor, seq)
        if e.action in (LogAction.JOURNAL_READ, LogAction.JOURNAL_SEARCHED)
    ]
    assert [(e.user_id, e.client_id) for e in reads] == [(counselor.user.id, lilja.id)]


def test_emergency_reads_and_writes_are_logged_as_the_readers(colleague, lilja, written):
    colleague.emergency_access.request(lilja.id, REASON)
    seq = head_seq(colleague)

    colleague.journal.notes(lilja.id)
    colleague.journal.start_note(lilja.id, NoteType.PHONE, body="Kris.")

    assert [(e.action, e.user_id, e.client_id) for e in entries_after(colleague, seq)] == [
        (LogAction.JOURNAL_READ, colleague.user.id, lilja.id),
        (LogAction.NOTE_CREATED, colleague.user.id, lilja.id),
    ]


def test_the_log_never_holds_note_text(counselor, colleague, lead, lilja, clock):
    secret_note = "Hemlighetsfull berättelse om Stjärnvägen och kvarteret Lärkan."
    secret_draft = "Utkastet nämner Ödmjukhetsgatan."
    addendum = "Tillägget nämner Trädgårdsföreningen."
    correction = "Rättelsen nämner Västerlånggatan."
    goals = "Målet gäller Björnstigen."
    search = "Kvarnbacken"

    draft = counselor.journal.start_note(lilja.id, NoteType.SESSION, body=secret_draft)
    counselor.journal.save_draft(draft.id, secret_note)
    counselor.journal.end_writing_session(draft.id)
    counselor.journal.sign(draft.id)
    counselor.journal.add_addendum(draft.id, addendum)
    counselor.journal.correct(draft.id, correction, "Gatunamnet var fel")
    counselor.plans.save(lilja.id, goals, goals, [], None)
    counselor.measures.record(lilja.id, "phq9", phq9(20, item9=2))
    counselor.journal.search_client(lilja.id, search)
    counselor.journal.search_my_clients(search)
    colleague.emergency_access.request(lilja.id, REASON)
    (access,) = lead.emergency_access.accesses()
    lead.emergency_access.review(access.id, "Befogad åtkomst enligt Lärkan-rutinen.")

    texts = [secret_note, secret_draft, addendum, correction, goals, search, REASON]
    texts += ["Gatunamnet var fel", "Tankar på döden", "Befogad åtkomst"]
    assert leaked(log_entries(lead), texts) == []


def test_refusals_do_not_log_a_read(colleague, lilja, written):
    seq = head_seq(colleague)

    with pytest.raises(NeedToKnow):
        colleague.journal.notes(lilja.id)
    with pytest.raises(NeedToKnow):
        colleague.measures.results(lilja.id)

    assert LogAction.JOURNAL_READ not in [e.action for e in entries_after(colleague, seq)]


# --- The insider: assigning oneself to a colleague's client ---------------------------


def test_a_counselor_cannot_make_themselves_counselor_of_a_colleagues_client(
    colleague, lead, lilja, written
):
    before = head_seq(colleague)
    mine = frozenset({*lilja.counselor_ids, colleague.user.id})

    with pytest.raises(PermissionDenied):
        colleague.clients.update(lilja.id, edited(lilja, counselor_ids=mine))

    assert colleague.user.id not in colleague.clients.open(lilja.id).counselor_ids
    with pytest.raises(NeedToKnow):
        colleague.journal.notes(lilja.id)
    assert LogAction.PERMISSION_DENIED in [e.action for e in entries_after(colleague, before)]


def test_a_counselor_registering_a_client_may_take_it_on_but_not_assign_others(
    counselor, colleague
):
    own, _ = counselor.clients.create(details("Egen", counselor_ids=frozenset({counselor.user.id})))
    assert own.counselor_ids == {counselor.user.id}
    with pytest.raises(PermissionDenied):
        counselor.clients.create(details("Annans", counselor_ids=frozenset({colleague.user.id})))


def test_the_scheduler_and_the_lead_assign_counselors(scheduler, lead, colleague, lilja):
    for session in (scheduler, lead):
        client = session.clients.open(lilja.id)
        ids = frozenset({*client.counselor_ids, colleague.user.id})
        updated, _ = session.clients.update(lilja.id, edited(client, counselor_ids=ids))
        assert colleague.user.id in updated.counselor_ids
        ids = frozenset(client.counselor_ids - {colleague.user.id})
        session.clients.update(lilja.id, edited(updated, counselor_ids=ids))
