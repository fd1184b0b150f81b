"""The questionnaire report: one client's results over time with bands,
change and chart, read under need to know and logged; one client only."""

from datetime import date

import pytest

from mottagning.errors import NeedToKnow, PermissionDenied
from mottagning.models.access_log import LogAction
from mottagning.models.clients import ContactRules
from tests.storage.helpers import head_seq
from tests.storage.letters_support import pdf_reader, pdf_text
from tests.storage.reception import details, edited, entries_of


@pytest.fixture
def measured(counselor, lilja):
    for day, answers in (
        (date(2026, 9, 1), [3, 3, 2, 2, 2, 2, 2, 2, 0]),
        (date(2026, 10, 1), [2, 2, 2, 1, 1, 1, 1, 1, 0]),
        (date(2026, 11, 20), [0, 1, 0, 0, 1, 0, 0, 0, 0]),
    ):
        counselor.measures.record(lilja.id, "phq9", answers, administered_on=day)
    return lilja


def test_the_report_shows_each_result_its_band_and_the_change(counselor, measured):
    seq = head_seq(counselor)
    document = counselor.questionnaire_reports.render(measured.id)
    text = pdf_text(document.pdf)

    for expected in (
        "Skattningar över tid",
        "PHQ-9",
        "2026-09-01",
        "2026-11-20",
        "18",
        "2",
        "Förändring sedan första mätningen",
        "Sida 1 av 1",
        "SEKRETESS",
    ):
        assert expected in text, expected
    assert entries_of(counselor, seq, LogAction.QUESTIONNAIRE_REPORT_MADE)
    assert pdf_reader(document.pdf).metadata.title == "Skattningar över tid"


def test_the_report_holds_one_clients_results_only(counselor, measured):
    other, _ = counselor.clients.create(
        details("Ekorren", counselor_ids=frozenset({counselor.user.id}))
    )
    counselor.measures.record(other.id, "gad7", [3, 3, 3, 3, 3, 3, 3])
    text = pdf_text(counselor.questionnaire_reports.render(measured.id).pdf)
    assert "GAD-7" not in text and "Ekorren" not in text


def test_never_the_clinics_name_leaves_it_off_the_report(counselor, measured):
    counselor.clients.update(
        measured.id, edited(measured, contact_rules=ContactRules(may_use_clinic_name=False))
    )
    text = pdf_text(counselor.questionnaire_reports.render(measured.id).pdf)
    assert "Testmottagningen" not in text


def test_the_report_needs_to_know(colleague, scheduler, measured):
    with pytest.raises(NeedToKnow):
        colleague.questionnaire_reports.render(measured.id)
    with pytest.raises(PermissionDenied):
        scheduler.questionnaire_reports.render(measured.id)
