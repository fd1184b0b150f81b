"""Outcome measures through the service: recording as scored, refusing
impossible answers whole, a raised flag starting a journal draft, change
against the first administration, sex-specific norms, and what is due."""

import json
from datetime import date, timedelta

import pytest
from sqlcipher3 import dbapi2

from mottagning.errors import InvalidInput, LicensedTextRejected, NotFound, PermissionDenied
from mottagning.models.access_log import LogAction
from mottagning.models.calendar import Appointment, AppointmentStatus
from mottagning.models.clients import Client, Gender
from mottagning.models.journal import NoteStatus, NoteType, PlannedMeasure
from mottagning.scoring import ChangeCategory, load_instrument, score
from mottagning.services.session import Session
from tests.storage.helpers import actions_after, head_seq
from tests.storage.journal_support import phq9
from tests.storage.reception import STOCKHOLM, TODAY, TOMORROW, details, edited, local, visit

ITEM9_MEANING = "Tankar på döden eller på att skada sig själv"


def _journal_notes(session: Session, client_id: str) -> int:
    return int(
        session.clinic.db.scalar(
            "SELECT count(*) FROM journal_notes WHERE client_id = ?", (client_id,)
        )
    )


# --- Recording ----------------------------------------------------------------------------


def test_a_questionnaire_is_kept_with_its_answers_and_scoring(counselor, lilja, clock):
    answers = [1, 2, 1, 2, 1, 2, 1, 2, 0]

    record, result = counselor.measures.record(lilja.id, "phq9", answers)

    assert (result.total, result.band.key if result.band else None) == (12, "moderate")
    assert record.answers == tuple(answers)
    assert (record.total, record.band, record.flags, record.scorable) == (
        12.0,
        "moderate",
        (),
        True,
    )
    assert record.definition_version == load_instrument("phq9").file_version
    assert (record.administered_on, record.created_at) == (TODAY, clock.moment)
    assert (record.recorded_by, record.note_id, record.appointment_id) == (
        counselor.user.id,
        None,
        None,
    )
    assert counselor.measures.results(lilja.id) == [record]
    assert _journal_notes(counselor, lilja.id) == 0


def test_an_incomplete_form_is_kept_but_not_scored(counselor, lilja):
    answers = [None, None, 1, 1, 1, 1, 1, 1, 0]  # PHQ-9 allows one missing item

    record, result = counselor.measures.record(lilja.id, "phq9", answers)

    assert not result.scorable
    assert (record.answers, record.total, record.band, record.scorable) == (
        tuple(answers),
        None,
        None,
        False,
    )
    assert counselor.measures.results(lilja.id) == [record]


def test_one_missing_answer_is_prorated(counselor, lilja):
    record, _ = counselor.measures.record(lilja.id, "phq9", [None, 2, 2, 2, 2, 2, 2, 2, 0])

    assert record.total == 16.0  # 14 * 9 / 8 = 15.75, rounded half up


@pytest.mark.parametrize(
    "answers",
    [
        pytest.param([3, 3, 3, 3, 3, 3, 3, 2], id="too-few"),
        pytest.param([3, 3, 3, 3, 3, 3, 3, 3, 2, 0], id="too-many"),
        pytest.param([], id="none"),
        pytest.param([3, 3, 3, 3, 3, 3, 3, 4, 2], id="above-the-scale"),
        pytest.param([3, 3, 3, 3, 3, 3, 3, -1, 2], id="below-the-scale"),
        pytest.param([3, 3, 3, 3, 3, 3, 3, 1.5, 2], id="a-fraction"),
        pytest.param([3, 3, 3, 3, 3, 3, 3, 2.0, 2], id="a-float"),
        pytest.param([3, 3, 3, 3, 3, 3, 3, "2", 2], id="text"),
        pytest.param([3, 3, 3, 3, 3, 3, 3, True, 2], id="a-bool"),
    ],
)
def test_impossible_answers_are_refused_whole(counselor, lilja, answers):
    before = head_seq(counselor)

    with pytest.raises(InvalidInput):
        counselor.measures.record(lilja.id, "phq9", answers)

    assert counselor.measures.results(lilja.id) == []
    assert _journal_notes(counselor, lilja.id) == 0  # item 9 = 2 would have started a note
    assert LogAction.MEASURE_RECORDED not in actions_after(counselor, before)
    assert LogAction.NOTE_CREATED not in actions_after(counselor, before)


def test_an_unknown_questionnaire_is_not_found(counselor, lilja):
    with pytest.raises(NotFound):
        counselor.measures.record(lilja.id, "beck", [1, 2, 3])

    assert counselor.measures.results(lilja.id) == []


def test_a_future_administration_date_is_refused(counselor, lilja):
    with pytest.raises(InvalidInput):
        counselor.measures.record(lilja.id, "phq9", phq9(15, item9=2), administered_on=TOMORROW)

    assert counselor.measures.results(lilja.id) == []
    assert _journal_notes(counselor, lilja.id) == 0


def test_an_earlier_administration_can_be_recorded_afterwards(counselor, lilja):
    last_week = TODAY - timedelta(days=7)

    record, _ = counselor.measures.record(lilja.id, "gad7", [1] * 7, administered_on=last_week)

    assert record.administered_on == last_week


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE measure_results SET total = 0 WHERE client_id = ?",
        "UPDATE measure_results SET answers = '[0,0,0,0,0,0,0,0,0]' WHERE client_id = ?",
        "UPDATE measure_results SET flags = '[]' WHERE client_id = ?",
        "DELETE FROM measure_results WHERE client_id = ?",
    ],
)
def test_measure_rows_cannot_be_changed_or_deleted_in_sql(counselor, lilja, statement):
    record, _ = counselor.measures.record(lilja.id, "phq9", phq9(18, item9=1))

    with pytest.raises(dbapi2.IntegrityError, match=r"kept as recorded|never deleted"):
        counselor.clinic.db.execute(statement, (lilja.id,))

    assert counselor.measures.results(lilja.id) == [record]


# --- A flag starts a journal note -------------------------------------------------------------


def test_a_flag_starts_a_draft_note_for_the_recorder(counselor, lilja):
    record, result = counselor.measures.record(lilja.id, "phq9", phq9(14, item9=1))

    assert record.flags == result.flag_ids == ("item9_risk",)
    assert record.note_id is not None
    note = counselor.journal.note(record.note_id)
    assert (note.note_type, note.status, note.client_id, note.note_date) == (
        NoteType.MEASURE,
        NoteStatus.DRAFT,
        lilja.id,
        TODAY,
    )
    assert note.author.user_id == counselor.user.id
    assert ITEM9_MEANING in note.body
    assert "PHQ-9" in note.body
    assert "14" in note.body
    assert [d.note_id for d in counselor.journal.my_drafts()] == [note.id]
    assert counselor.measures.results(lilja.id) == [record]


def test_the_flag_note_is_completed_and_signed_by_the_counselor(counselor, lilja):
    record, _ = counselor.measures.record(lilja.id, "phq9", phq9(9, item9=2))
    assert record.note_id is not None
    body = counselor.journal.note(record.note_id).body

    counselor.journal.save_draft(record.note_id, body + "Ingen akut risk; plan för kontakt.")
    signed = counselor.journal.sign(record.note_id)

    assert signed.signed
    assert ITEM9_MEANING in signed.body


def test_the_flag_note_carries_the_administration_date(counselor, lilja):
    day = TODAY - timedelta(days=4)

    record, _ = counselor.measures.record(lilja.id, "phq9", phq9(6, item9=1), administered_on=day)

    assert record.note_id is not None
    assert counselor.journal.note(record.note_id).note_date == day


def test_a_flag_counts_even_on_a_form_that_cannot_be_scored(counselor, lilja):
    record, _ = counselor.measures.record(lilja.id, "phq9", [None, None, 0, 0, 0, 0, 0, 0, 3])

    assert (record.scorable, record.flags) == (False, ("item9_risk",))
    assert record.note_id is not None
    assert ITEM9_MEANING in counselor.journal.note(record.note_id).body


def test_no_flag_no_note(counselor, lilja):
    record, _ = counselor.measures.record(lilja.id, "phq9", phq9(24, item9=0))

    assert (record.flags, record.note_id) == ((), None)
    assert counselor.journal.my_drafts() == []


def test_a_flag_raised_by_emergency_access_is_the_recorders_draft(colleague, counselor, lilja):
    colleague.emergency_access.request(lilja.id, "Cora är sjuk, klienten kom akut idag")

    record, _ = colleague.measures.record(lilja.id, "phq9", phq9(20, item9=3))

    assert record.note_id is not None
    assert [d.note_id for d in colleague.journal.my_drafts()] == [record.note_id]
    assert counselor.journal.my_drafts() == []


# --- Progress: change against the first administration --------------------------------------

FIRST_DAY = date(2026, 11, 2)
LATER_DAY = date(2026, 11, 16)


@pytest.mark.parametrize(
    ("first", "later", "category"),
    [
        (20, 8, ChangeCategory.RECOVERED),  # 12 points better, and below the cut-off of 10
        (12, 6, ChangeCategory.RECOVERED),
        (20, 14, ChangeCategory.RELIABLY_IMPROVED),  # 6 points, still at or above 10
        (14, 10, ChangeCategory.NO_RELIABLE_CHANGE),  # 4 points: within measurement error
        (10, 5, ChangeCategory.NO_RELIABLE_CHANGE),
        (8, 15, ChangeCategory.RELIABLY_DETERIORATED),
        (8, 8, ChangeCategory.NO_RELIABLE_CHANGE),
    ],
)
def test_progress_classifies_the_change_from_the_first(counselor, lilja, first, later, category):
    counselor.measures.record(lilja.id, "phq9", phq9(first), administered_on=FIRST_DAY)
    counselor.measures.record(lilja.id, "phq9", phq9(later), administered_on=LATER_DAY)

    start, end = counselor.measures.progress(lilja.id, "phq9")

    assert start.change is None
    assert (start.result.total, end.result.total) == (first, later)
    assert end.change is not None
    assert end.change.category is category
    assert (end.change.first, end.change.later) == (first, later)


def test_every_later_administration_is_compared_with_the_first(counselor, lilja):
    for day, total in ((FIRST_DAY, 20), (FIRST_DAY + timedelta(days=7), 13), (LATER_DAY, 9)):
        counselor.measures.record(lilja.id, "phq9", phq9(total), administered_on=day)

    series = counselor.measures.progress(lilja.id, "phq9")

    assert [p.change.category if p.change else None for p in series] == [
        None,
        ChangeCategory.RELIABLY_IMPROVED,  # 20 -> 13: better, still in the clinical range
        ChangeCategory.RECOVERED,  # 20 -> 9, not 13 -> 9 (which would be no reliable change)
    ]


def test_the_first_scorable_administration_is_the_baseline(counselor, lilja):
    counselor.measures.record(
        lilja.id, "phq9", [None, None, 3, 3, 3, 3, 3, 3, 0], administered_on=FIRST_DAY
    )
    counselor.measures.record(lilja.id, "phq9", phq9(20), administered_on=FIRST_DAY + timedelta(1))
    counselor.measures.record(lilja.id, "phq9", phq9(8), administered_on=LATER_DAY)

    series = counselor.measures.progress(lilja.id, "phq9")

    assert [p.result.total for p in series] == [None, 20, 8]
    assert [p.change for p in series[:2]] == [None, None]
    change = series[2].change
    assert change is not None
    assert (change.first, change.category) == (20, ChangeCategory.RECOVERED)


def test_progress_follows_the_administration_dates_not_the_order_recorded(counselor, lilja):
    counselor.measures.record(lilja.id, "phq9", phq9(8), administered_on=LATER_DAY)
    counselor.measures.record(lilja.id, "phq9", phq9(20), administered_on=FIRST_DAY)

    first, later = counselor.measures.progress(lilja.id, "phq9")

    assert (first.record.administered_on, first.result.total) == (FIRST_DAY, 20)
    assert later.change is not None
    assert later.change.category is ChangeCategory.RECOVERED


def test_progress_is_per_questionnaire(counselor, lilja):
    counselor.measures.record(lilja.id, "gad7", [3] * 7, administered_on=FIRST_DAY)
    counselor.measures.record(lilja.id, "phq9", phq9(20), administered_on=LATER_DAY)

    (only,) = counselor.measures.progress(lilja.id, "phq9")

    assert (only.record.instrument_id, only.change) == ("phq9", None)
    assert [p.record.instrument_id for p in counselor.measures.progress(lilja.id, "gad7")] == [
        "gad7"
    ]


# --- Sex-specific norms -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("gender", "band"),
    [
        (Gender.WOMAN, "at_or_above_cutoff"),  # AUDIT-C: women from 4
        (Gender.MAN, "below_cutoff"),  # men from 5
        (Gender.NON_BINARY_OTHER, None),  # the norms disagree at 4: no band
        (Gender.NOT_STATED, None),
    ],
)
def test_sex_specific_norms_follow_the_clients_gender(counselor, gender, band):
    client, _ = counselor.clients.create(
        details("Kim", birth_year=1988, gender=gender, counselor_ids=frozenset({counselor.user.id}))
    )
    answers = [1, 1, 2]  # AUDIT-C total 4

    record, result = counselor.measures.record(client.id, "auditc", answers)

    assert record.total == 4
    assert record.band == (result.band.key if result.band else None) == band
    (progress,) = counselor.measures.progress(client.id, "auditc")
    assert (progress.result.band.key if progress.result.band else None) == band


@pytest.mark.parametrize(
    ("gender", "band"),
    [(Gender.WOMAN, "drug_related_problems"), (Gender.MAN, "no_indication")],
)
def test_dudit_uses_the_clients_gender_too(counselor, gender, band):
    client, _ = counselor.clients.create(
        details("Sam", birth_year=1990, gender=gender, counselor_ids=frozenset({counselor.user.id}))
    )

    record, _ = counselor.measures.record(client.id, "dudit", [1, 1, 1] + [0] * 8)

    assert (record.total, record.band) == (3, band)


def test_progress_rescores_with_the_clients_current_gender(counselor, lead, lilja):
    woman = counselor.clients.update(lilja.id, edited(lilja, gender=Gender.WOMAN))[0]
    record, _ = counselor.measures.record(woman.id, "auditc", [1, 1, 2])
    assert record.band == "at_or_above_cutoff"

    counselor.clients.update(woman.id, edited(woman, gender=Gender.MAN))

    (progress,) = counselor.measures.progress(lilja.id, "auditc")
    assert progress.record.band == "at_or_above_cutoff"  # kept as recorded
    assert progress.result == score("auditc", [1, 1, 2], sex="male")
    assert progress.result.band is not None
    assert progress.result.band.key == "below_cutoff"


# --- What is due at a visit ---------------------------------------------------------------------

# Weekdays before "today" (Monday 2026-11-23), within opening hours.
VISIT_DAYS = [date(2026, 11, d) for d in (2, 3, 4, 5, 6, 9, 10, 11, 12, 13)]


def _visits(
    session: Session, client: Client, counselor_id: str, days: list[date]
) -> list[Appointment]:
    return [
        session.scheduling.book(
            visit(counselor_id, local(day.year, day.month, day.day, 10), client_id=client.id)
        ).appointments[0]
        for day in days
    ]


def _walk(session: Session, client: Client, appointments: list[Appointment]) -> list[bool]:
    """Go through the visits in order as the counselor does: give PHQ-9 when it is
    due, then mark the visit attended. Whether it was due at each visit."""
    pattern = []
    for appointment in appointments:
        due = "phq9" in session.measures.due([appointment]).get(appointment.id, [])
        pattern.append(due)
        if due:
            day = appointment.starts_at.astimezone(STOCKHOLM).date()
            session.measures.record(
                client.id, "phq9", phq9(12), appointment_id=appointment.id, administered_on=day
            )
        session.scheduling.set_status(appointment.id, AppointmentStatus.ATTENDED)
    return pattern


def test_a_questionnaire_every_three_visits_is_due_at_the_first_and_every_third(counselor, lilja):
    counselor.plans.save(lilja.id, "Mående", "", [PlannedMeasure("phq9", 3)], None)
    appointments = _visits(counselor, lilja, counselor.user.id, VISIT_DAYS[:7])

    pattern = _walk(counselor, lilja, appointments)

    # Given at visit 1, then after three visits (1, 2, 3) again at visit 4, and at 7.
    assert pattern == [True, False, False, True, False, False, True]


def test_a_questionnaire_at_every_visit_is_due_at_every_visit(counselor, lilja):
    counselor.plans.save(lilja.id, "Mående", "", [PlannedMeasure("phq9", 1)], None)
    appointments = _visits(counselor, lilja, counselor.user.id, VISIT_DAYS[:4])

    assert _walk(counselor, lilja, appointments) == [True, True, True, True]


def test_the_first_visit_is_due_and_the_next_ones_wait(counselor, lilja):
    counselor.plans.save(lilja.id, "Mående", "", [PlannedMeasure("phq9", 3)], None)
    first, second, third = _visits(counselor, lilja, counselor.user.id, VISIT_DAYS[:3])

    assert counselor.measures.due([first]) == {first.id: ["phq9"]}
    assert _walk(counselor, lilja, [first, second]) == [True, False]
    assert counselor.measures.due([second, third]) == {}


def test_visits_not_attended_do_not_count(counselor, lilja):
    counselor.plans.save(lilja.id, "Mående", "", [PlannedMeasure("phq9", 2)], None)
    appointments = _visits(counselor, lilja, counselor.user.id, VISIT_DAYS[:5])
    first, *missed, next_visit = appointments
    assert _walk(counselor, lilja, [first]) == [True]

    statuses = (
        AppointmentStatus.NO_SHOW,
        AppointmentStatus.CANCELLED_BY_CLIENT,
        AppointmentStatus.CANCELLED_BY_CLINIC,
    )
    for appointment, status in zip(missed, statuses, strict=True):
        counselor.scheduling.set_status(appointment.id, status)

    assert counselor.measures.due([next_visit]) == {}


def test_each_planned_questionnaire_has_its_own_rhythm(counselor, lilja):
    counselor.plans.save(
        lilja.id, "Mående", "", [PlannedMeasure("phq9", 3), PlannedMeasure("gad7", 1)], None
    )
    (appointment,) = _visits(counselor, lilja, counselor.user.id, VISIT_DAYS[:1])

    assert counselor.measures.due([appointment]) == {appointment.id: ["phq9", "gad7"]}


def test_nothing_is_due_without_a_planned_questionnaire(counselor, lilja):
    (appointment,) = _visits(counselor, lilja, counselor.user.id, VISIT_DAYS[:1])
    assert counselor.measures.due([appointment]) == {}

    counselor.plans.save(lilja.id, "Mående", "Samtal", [], None)
    assert counselor.measures.due([appointment]) == {}
    assert counselor.measures.due([]) == {}


def test_the_latest_plan_decides(counselor, lilja):
    counselor.plans.save(lilja.id, "Mående", "", [PlannedMeasure("phq9", 3)], None)
    counselor.plans.save(lilja.id, "Mående", "", [PlannedMeasure("gad7", 3)], None)
    (appointment,) = _visits(counselor, lilja, counselor.user.id, VISIT_DAYS[:1])

    assert counselor.measures.due([appointment]) == {appointment.id: ["gad7"]}


def test_a_visit_without_a_client_has_nothing_due(counselor, lilja):
    counselor.plans.save(lilja.id, "Mående", "", [PlannedMeasure("phq9", 3)], None)
    (consultation,) = counselor.scheduling.book(
        visit(counselor.user.id, local(2026, 11, 24, 10))
    ).appointments

    assert counselor.measures.due([consultation]) == {}


def test_nothing_is_due_for_a_client_one_does_not_need_to_know(counselor, colleague, lilja):
    counselor.plans.save(lilja.id, "Mående", "", [PlannedMeasure("phq9", 3)], None)
    (appointment,) = _visits(counselor, lilja, counselor.user.id, VISIT_DAYS[:1])

    assert counselor.measures.due([appointment]) == {appointment.id: ["phq9"]}
    assert colleague.measures.due([appointment]) == {}


# --- The clinic's own text of a form ------------------------------------------------------


def _who5_text(count: int = 5) -> str:
    return json.dumps(
        {
            "format": 1,
            "instrument": "who5",
            "licence_reference": "Mottagningens svenska WHO-5",
            "items": [{"number": n, "text": {"sv": f"Fråga {n}"}} for n in range(1, count + 1)],
        }
    )


def test_the_clinic_lead_loads_a_text_everyone_then_sees_and_it_is_logged(lead, counselor):
    before = head_seq(lead)
    loaded = lead.measures.load_licensed_text("who5", _who5_text(), "who5-sv.json")
    assert loaded.item(2).text.sv == "Fråga 2"
    assert actions_after(lead, before) == [LogAction.CLINIC_SETTINGS_CHANGED]
    (who5,) = [i for i in counselor.measures.instruments() if i.id == "who5"]
    assert who5.item(5).text.sv == "Fråga 5"
    assert who5.licensed_text_source == "Mottagningens svenska WHO-5"
    assert counselor.measures.instrument("who5") == who5
    assert who5.scoring == load_instrument("who5").scoring  # wording only


def test_a_counselor_may_not_load_a_text(counselor):
    with pytest.raises(PermissionDenied):
        counselor.measures.load_licensed_text("who5", _who5_text(), "who5-sv.json")
    assert counselor.measures.instrument("who5").item(1).text.sv is None


@pytest.mark.parametrize(
    ("text", "problem"),
    [(_who5_text(4), "WHO-5 has 5 items, the file gives 4"), ("{not json", "Expecting")],
)
def test_a_text_that_does_not_fit_is_refused_with_the_reason(lead, text, problem):
    with pytest.raises(LicensedTextRejected) as refused:
        lead.measures.load_licensed_text("who5", text, "who5-sv.json")
    assert problem in refused.value.describe()
    assert lead.measures.instrument("who5").item(1).text.sv is None
