"""Questionnaires on a client's page: entering one with the keyboard alone
(live score, band, flags, refusals, missing items), the progress chart, and
the measures tab (need to know, and an administrator's refusal).

The clock stands at Monday 2026-11-23 09:00 in Stockholm.
"""

import json
from datetime import date

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMessageBox,
    QRadioButton,
    QScrollArea,
)

from mottagning.models.access_log import LogAction
from mottagning.models.clients import Gender
from mottagning.scoring import ChangeCategory, load_instrument
from mottagning.ui.clients.client_view import ClientView
from mottagning.ui.journal.plan_measures import PlannedMeasuresEditor
from mottagning.ui.measures import AdministrationDialog, MeasuresTab, ProgressChart
from mottagning.ui.measures.models import AdministrationsModel
from mottagning.ui.measures.picker import InstrumentPicker
from mottagning.ui.measures.texts import option_label
from mottagning.ui.sizes import lines
from tests.storage.helpers import entries_after, log_entries
from tests.storage.reception import details
from tests.support import COUNSELOR_PASSWORD
from tests.ui.conftest import answer_modal, log_in, make_window, type_text

PHQ9_MODERATE = [2, 1, 2, 1, 1, 2, 1, 2, 0]  # 12, moderate, no flag


@pytest.fixture
def client(counselor):
    created, _ = counselor.clients.create(
        details("Lilja", counselor_ids=frozenset({counselor.user.id}))
    )
    return created


@pytest.fixture
def swedish():
    """The interface in Swedish: data labels follow QLocale's default."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden))
    yield
    QLocale.setDefault(before)


def open_administration(qtbot, session, client_id, instrument_id) -> AdministrationDialog:
    dialog = AdministrationDialog(session, client_id, instrument_id, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.sheet.owns_focus)
    return dialog


def press_digits(qtbot, digits) -> None:
    for digit in digits:
        qtbot.keyClicks(QApplication.focusWidget(), str(digit))


def shown(dialog: AdministrationDialog) -> str:
    summary = dialog.summary
    return " | ".join(
        label.text()
        for label in (
            summary.heading,
            summary.score,
            summary.band,
            summary.clinical,
            summary.status,
        )
    )


# --- Entering a questionnaire -----------------------------------------------------------


def test_a_phq9_is_entered_with_digits_alone_and_saved(qtbot, counselor, client):
    dialog = open_administration(qtbot, counselor, client.id, "phq9")
    recorded: list = []
    dialog.recorded.connect(recorded.append)
    press_digits(qtbot, PHQ9_MODERATE[:3])
    assert dialog.sheet.current == 3
    assert "Score so far" in shown(dialog)
    press_digits(qtbot, PHQ9_MODERATE[3:])
    text = shown(dialog)
    assert "12" in dialog.summary.score.text()
    assert "Moderate" in text
    assert "In the clinical range (10 or more)" in text
    assert "9 of 9 answered" in text
    assert not dialog.summary.alert.isVisible()
    qtbot.keyClick(dialog.sheet, Qt.Key.Key_Return)  # Enter on the last item saves
    (record,) = recorded
    assert not dialog.isVisible()
    (stored,) = counselor.measures.results(client.id)
    assert stored.id == record.id
    assert stored.answers == tuple(PHQ9_MODERATE)
    assert stored.total == 12
    assert stored.band == "moderate"
    assert stored.administered_on == date(2026, 11, 23)


def test_a_digit_outside_the_scale_is_refused_and_changes_nothing(qtbot, counselor, client):
    dialog = open_administration(qtbot, counselor, client.id, "phq9")
    press_digits(qtbot, [2])
    before = shown(dialog)
    press_digits(qtbot, [4])
    assert dialog.sheet.current == 1
    assert dialog.sheet.answers() == [2, None, None, None, None, None, None, None, None]
    assert "Item 2 has no answer 4: choose 0, 1, 2, 3." in dialog.message.text()
    assert shown(dialog) == before
    press_digits(qtbot, [3])  # a valid answer clears the message
    assert dialog.message.text() == ""


def test_arrows_move_and_backspace_clears(qtbot, counselor, client):
    dialog = open_administration(qtbot, counselor, client.id, "phq9")
    press_digits(qtbot, [1, 2])
    qtbot.keyClick(dialog.sheet, Qt.Key.Key_Up)
    assert dialog.sheet.current == 1
    qtbot.keyClick(dialog.sheet, Qt.Key.Key_Backspace)
    assert dialog.sheet.answers()[:2] == [1, None]
    qtbot.keyClick(dialog.sheet, Qt.Key.Key_Right)
    assert dialog.sheet.answers()[1] == 0
    qtbot.keyClick(dialog.sheet, Qt.Key.Key_Tab)
    assert dialog.sheet.current == 2
    qtbot.keyClick(dialog.sheet, Qt.Key.Key_Backtab)
    assert dialog.sheet.current == 1
    assert dialog.sheet.hasFocus()


def test_the_mouse_answers_too(qtbot, counselor, client):
    dialog = open_administration(qtbot, counselor, client.id, "phq9")
    button = dialog.findChild(QRadioButton, "item3option2")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    assert dialog.sheet.answers()[2] == 2
    assert dialog.sheet.current == 3


def test_one_missing_item_is_prorated_and_two_are_not_scorable(qtbot, counselor, client):
    dialog = open_administration(qtbot, counselor, client.id, "phq9")
    press_digits(qtbot, [2, 2, 2, 2, 2, 2, 2])
    qtbot.keyClick(dialog.sheet, Qt.Key.Key_Down)  # item 8 left blank
    press_digits(qtbot, [0])
    text = shown(dialog)
    assert dialog.summary.score.text().startswith("16")  # 14 x 9 / 8 = 15.75, rounded
    assert "prorated for 1 unanswered" in text
    assert "Not scorable" not in text
    qtbot.keyClick(dialog.sheet, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.sheet, Qt.Key.Key_Up)
    qtbot.keyClick(dialog.sheet, Qt.Key.Key_Delete)  # item 7 cleared as well
    text = shown(dialog)
    assert "Not scorable: too many unanswered items" in text
    assert "2 of 9 items unanswered; at most 1 may be missing." in text
    assert dialog.summary.score.text() == "–"

    recorded: list = []
    dialog.recorded.connect(recorded.append)
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not recorded  # asked first

    def yes(box):
        box.button(QMessageBox.StandardButton.Yes).click()

    answer_modal(qtbot, QMessageBox, yes)
    (record,) = recorded
    assert not record.scorable
    assert record.answers == (2, 2, 2, 2, 2, 2, None, None, 0)


def test_answers_still_to_come_are_not_missing(qtbot, counselor, client):
    dialog = open_administration(qtbot, counselor, client.id, "core10")
    press_digits(qtbot, [4])  # item 1 at most; items 2-10 still to come
    text = shown(dialog)
    assert "Score so far" in text
    assert dialog.summary.score.text().startswith("4")  # not prorated from one item
    assert "1 of 10 answered" in text


def test_a_risk_answer_shows_a_calm_alert_and_starts_a_draft_note(qtbot, counselor, client):
    dialog = open_administration(qtbot, counselor, client.id, "phq9")
    press_digits(qtbot, [1, 1, 1, 1, 1, 1, 1, 1])
    assert not dialog.summary.alert.isVisible()
    press_digits(qtbot, [1])
    alert = dialog.summary.alert
    assert alert.isVisible()
    assert "Thoughts of death or self-harm" in alert.text.text()
    assert "a draft journal note is started" in alert.text.text()
    assert counselor.journal.my_drafts() == []
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    (draft,) = counselor.journal.my_drafts()
    assert draft.client_id == client.id
    assert dialog.isVisible()  # stays open so the counselor reads what happens next
    assert alert.saved.isVisible()
    assert "A draft journal note has been started" in alert.saved.text()
    assert not dialog.sheet.isEnabled()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_cores_copyright_line_is_always_visible(qtbot, counselor, client):
    dialog = open_administration(qtbot, counselor, client.id, "core10")
    assert dialog.attribution.isVisible()
    assert dialog.attribution.text() == dialog.instrument.licence.attribution
    assert "CORE System Trust" in dialog.attribution.text()
    assert dialog.attribution.parent() is dialog  # outside the scrolling sheet


def test_hbi19_shows_only_item_numbers_and_why(qtbot, counselor, client):
    dialog = open_administration(qtbot, counselor, client.id, "hbi19")
    texts = [row.text.text() for row in dialog.sheet.rows]
    assert texts == [f"Item {number}" for number in range(1, 20)]
    assert not any(row.shows_wording for row in dialog.sheet.rows)
    assert "licence requires permission" in dialog.text_note.text()
    assert dialog.attribution.isVisible()
    press_digits(qtbot, [0])  # HBI-19 answers 1-5
    assert dialog.sheet.answers()[0] is None
    assert "choose 1, 2, 3, 4, 5" in dialog.message.text()


def test_a_swedish_interface_shows_the_official_swedish_wording(qtbot, counselor, client, swedish):
    dialog = open_administration(qtbot, counselor, client.id, "phq9")
    phq9 = dialog.instrument
    assert dialog.sheet.rows[0].text.text() == phq9.item(1).text.sv
    assert dialog.sheet.rows[0].text.text() == "Lite intresse eller glädje i att göra saker"
    assert dialog.intro.text() == phq9.stem.sv
    assert dialog.findChild(QLabel, "optionHeader3").text() == "3\nNästan varje dag"
    assert not dialog.text_note.isVisible()
    press_digits(qtbot, PHQ9_MODERATE)
    assert dialog.summary.band.text() == "Måttlig"  # band names ship in Swedish


def test_an_english_interface_keeps_the_english_wording(qtbot, counselor, client):
    dialog = open_administration(qtbot, counselor, client.id, "phq9")
    assert dialog.sheet.rows[0].text.text() == "Little interest or pleasure in doing things"


def test_audit_shows_its_swedish_copyright_line_and_what_the_screen_leaves_out(
    qtbot, counselor, client, swedish
):
    dialog = open_administration(qtbot, counselor, client.id, "audit")
    swedish_text = dialog.instrument.item_text.swedish
    assert dialog.sheet.rows[0].text.text() == "Hur ofta dricker Du alkohol?"
    assert dialog.attribution.text() == swedish_text.attribution
    assert "Hans Bergman" in dialog.attribution.text()
    assert dialog.text_note.text() == swedish_text.reader_note  # the glass examples


def test_english_wording_in_a_swedish_interface_is_said_plainly(qtbot, counselor, client, swedish):
    dialog = open_administration(qtbot, counselor, client.id, "pcl5")
    assert dialog.sheet.rows[0].text.text() == dialog.instrument.item(1).text.en
    assert "official Swedish wording is not included" in dialog.text_note.text()
    assert "clinic lead can load" in dialog.text_note.text()
    assert not dialog.load_text.isVisible()  # a counselor may not


def write_clinic_text(tmp_path, instrument_id, count, reference="Mottagningens formulär"):
    path = tmp_path / f"{instrument_id}-sv.json"
    items = [{"number": n, "text": {"sv": f"Mottagningens fråga {n}"}} for n in range(1, count + 1)]
    path.write_text(
        json.dumps(
            {
                "format": 1,
                "instrument": instrument_id,
                "licence_reference": reference,
                "items": items,
            }
        ),
        encoding="utf-8",
    )
    return path


def test_the_clinic_lead_loads_the_clinics_swedish_text_and_it_stays(
    qtbot, lead, tmp_path, swedish, monkeypatch
):
    own, _ = lead.clients.create(details("Ek", counselor_ids=frozenset({lead.user.id})))
    dialog = open_administration(qtbot, lead, own.id, "who5")
    assert [row.text.text() for row in dialog.sheet.rows][:2] == ["Item 1", "Item 2"]
    assert "not been found in a published copy" in dialog.text_note.text()
    assert dialog.load_text.isVisible()
    press_digits(qtbot, [3, 4])
    path = write_clinic_text(tmp_path, "who5", 5, "WHO-5 svensk version, mottagningens kopia")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(path), ""))
    dialog.load_text.click()
    assert dialog.sheet.rows[0].text.text() == "Mottagningens fråga 1"
    assert dialog.sheet.answers()[:2] == [3, 4]  # nothing entered is lost
    assert dialog.load_text.isVisible()  # a corrected file may replace it
    assert "WHO-5 svensk version, mottagningens kopia" in dialog.attribution.text()
    again = open_administration(qtbot, lead, own.id, "who5")
    assert again.sheet.rows[4].text.text() == "Mottagningens fråga 5"


def test_a_text_file_that_does_not_fit_is_refused_and_changes_nothing(
    qtbot, lead, tmp_path, swedish
):
    own, _ = lead.clients.create(details("Ek", counselor_ids=frozenset({lead.user.id})))
    dialog = open_administration(qtbot, lead, own.id, "who5")
    dialog.load_text_file(write_clinic_text(tmp_path, "who5", 4))
    assert "could not be used as the clinic's text for WHO-5" in dialog.message.text()
    assert "the file gives 4" in dialog.message.text()
    assert dialog.sheet.rows[0].text.text() == "Item 1"


def test_the_live_score_uses_the_clients_norm_group_as_saving_does(qtbot, counselor):
    woman, _ = counselor.clients.create(
        details("Vera", gender=Gender.WOMAN, counselor_ids=frozenset({counselor.user.id}))
    )
    dialog = open_administration(qtbot, counselor, woman.id, "audit")
    press_digits(qtbot, [2, 2, 2, 0, 0, 0, 0, 0, 0, 0])  # 6: women's risk-use cut-off
    assert "In the clinical range (6 or more)" in shown(dialog)
    assert dialog.summary.band.text() == "Zone I: low risk"
    live = dialog.live().result
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    (saved,) = counselor.measures.progress(woman.id, "audit")
    assert saved.result.in_clinical_range is live.in_clinical_range is True
    assert saved.result.band == live.band


def test_ors_takes_millimetres_in_a_number_field(qtbot, counselor, client):
    dialog = open_administration(qtbot, counselor, client.id, "ors")
    field = dialog.sheet.rows[0].field
    assert field is not None
    qtbot.waitUntil(field.hasFocus)
    type_text(qtbot, field, "105")
    assert field.text() == "10"
    assert "Item 1 has no answer 105: choose 0-100 mm." in dialog.message.text()
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert dialog.sheet.current == 1
    for value in ("55", "70", "80"):
        type_text(qtbot, QApplication.focusWidget(), value + "\n")
    assert dialog.sheet.answers() == [10, 55, 70, 80]
    assert dialog.summary.score.text().startswith("21")  # 215 mm = 21.5 cm
    assert not dialog.isVisible()  # Enter on the last item saved
    (record,) = counselor.measures.results(client.id)
    assert record.total == pytest.approx(21.5)


def test_escape_with_answers_asks_before_discarding(qtbot, counselor, client):
    dialog = open_administration(qtbot, counselor, client.id, "gad7")
    press_digits(qtbot, [1])
    qtbot.keyClick(dialog.sheet, Qt.Key.Key_Escape)

    def no(box):
        box.button(QMessageBox.StandardButton.No).click()

    answer_modal(qtbot, QMessageBox, no)
    assert dialog.isVisible()
    assert dialog.sheet.answers()[0] == 1


# --- The progress chart -------------------------------------------------------------------


def give(session, client_id, instrument_id, answers, day) -> None:
    session.measures.record(client_id, instrument_id, answers, administered_on=day)


@pytest.fixture
def history(counselor, client):
    """Six PHQ-9 over half a year (one not scorable) and two CORE-10."""
    for day, answers in [
        (date(2026, 5, 4), [3, 3, 2, 3, 2, 3, 2, 1, 1]),  # 20 severe, item 9
        (date(2026, 6, 1), [3, 2, 2, 3, 2, 2, 2, 1, 0]),  # 17
        (date(2026, 7, 6), [2, 2, None, None, 1, 2, 1, 1, 0]),  # not scorable
        (date(2026, 8, 3), [2, 2, 1, 2, 1, 1, 1, 1, 0]),  # 11: reliable improvement
        (date(2026, 9, 7), [1, 1, 1, 2, 1, 1, 1, 0, 0]),  # 8: recovered
        (date(2026, 11, 2), [3, 3, 3, 3, 3, 3, 3, 3, 3]),  # 27: reliable deterioration
    ]:
        give(counselor, client.id, "phq9", answers, day)
    give(counselor, client.id, "core10", [2, 2, 2, 2, 1, 0, 2, 1, 1, 1], date(2026, 9, 1))
    give(counselor, client.id, "core10", [2, 2, 2, 2, 2, 1, 2, 2, 1, 1], date(2026, 11, 9))
    return client


def test_the_chart_has_a_point_per_administration_with_its_change(qtbot, counselor, history):
    chart = ProgressChart()
    qtbot.addWidget(chart)
    chart.set_series(load_instrument("phq9"), counselor.measures.progress(history.id, "phq9"))
    chart.resize(600, 300)
    chart.show()
    qtbot.waitExposed(chart)
    points = chart.points()
    assert [(p.day.isoformat(), p.score) for p in points] == [
        ("2026-05-04", 20),
        ("2026-06-01", 17),
        ("2026-07-06", None),
        ("2026-08-03", 11),
        ("2026-09-07", 8),
        ("2026-11-02", 27),
    ]
    assert [p.first for p in points] == [True, False, False, False, False, False]
    assert [p.category for p in points] == [
        None,
        ChangeCategory.NO_RELIABLE_CHANGE,
        None,
        ChangeCategory.RELIABLY_IMPROVED,
        ChangeCategory.RECOVERED,
        ChangeCategory.RELIABLY_DETERIORATED,
    ]
    assert points[0].flags == ("item9_risk",)
    assert chart.describe(points[3]) == (
        "2026-08-03: 11 · Moderate\nReliable improvement since 2026-05-04"
    )
    assert "not scorable" in chart.describe(points[2])
    assert [name for _, name in chart.legend()] == [
        "First",
        "No reliable change",
        "Reliable improvement",
        "Recovered",
        "Reliable deterioration",
        "Not scorable",
    ]
    image = chart.grab().toImage()  # painted without error, and not blank
    assert len({image.pixel(x, 150) for x in range(0, 600, 5)}) > 3


# --- The measures tab -----------------------------------------------------------------


def open_tab(qtbot, session, client_id) -> MeasuresTab:
    tab = MeasuresTab(session, client_id, None)
    qtbot.addWidget(tab)
    tab.resize(1200, 700)
    tab.show()
    qtbot.waitExposed(tab)
    return tab


def cells(model, row: int) -> list[str]:
    return [model.index(row, column).data() for column in range(model.columnCount())]


def test_the_tab_lists_each_questionnaire_with_its_latest_score_and_change(
    qtbot, counselor, history
):
    tab = open_tab(qtbot, counselor, history.id)
    model = tab.instruments_model
    assert model.rowCount() == 2
    seventeen = QLocale().toString(17.0, "f", 1)  # CORE shows one decimal
    assert cells(model, 0) == [  # the most recently given first
        "CORE-10",
        seventeen,
        "Moderate",
        "2026-11-09",
        "2",
        "No reliable change",
    ]
    assert cells(model, 1) == [
        "PHQ-9",
        "27",
        "Severe",
        "2026-11-02",
        "6",
        "Reliable deterioration",
    ]
    assert tab.selected_instrument() == "core10"
    assert len(tab.chart.points()) == 2

    tab.instruments.selectRow(1)
    assert tab.selected_instrument() == "phq9"
    assert len(tab.chart.points()) == 6
    rows = tab.administrations_model
    assert rows.rowCount() == 6
    newest, oldest = cells(rows, 0), cells(rows, 5)
    assert newest[:4] == ["2026-11-02", "27", "Severe", "Item 9 (self-harm)"]
    assert newest[4:] == ["Reliable deterioration", "Cora Behandlare"]
    assert oldest[3:5] == ["Item 9 (self-harm)", "First"]
    flags = rows.index(5, rows.FLAGS)
    assert flags.data(Qt.ItemDataRole.ToolTipRole).startswith("Thoughts of death or self-harm")
    assert cells(rows, 3)[1] == "Not scorable"


def test_new_questionnaire_is_found_by_short_name_and_refreshes_the_tab(qtbot, counselor, client):
    tab = open_tab(qtbot, counselor, client.id)
    assert tab.empty.isVisible()
    assert not tab.instruments.isVisible()
    tab.new_button.click()

    def choose_core(picker):
        type_text(qtbot, picker.search, "core1")
        assert picker.list.count() == 1
        qtbot.keyClick(picker.search, Qt.Key.Key_Return)

    answer_modal(qtbot, InstrumentPicker, choose_core)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), AdministrationDialog))
    # No reference to the dialog outlives it: it deletes itself when saved.
    sheet = QApplication.activeModalWidget().sheet
    assert sheet.instrument.id == "core10"
    for value in [1, 3, 3, 1, 1, 0, 1, 1, 1, 1]:
        qtbot.keyClicks(sheet, str(value))
    qtbot.keyClick(sheet, Qt.Key.Key_Return)
    del sheet
    qtbot.waitUntil(lambda: tab.instruments_model.rowCount() == 1)
    assert tab.selected_instrument() == "core10"
    assert tab.instruments.isVisible()


def test_opening_the_tab_is_one_journal_read_in_the_access_log(qtbot, counselor, history):
    before = log_entries(counselor)[-1].seq
    tab = open_tab(qtbot, counselor, history.id)
    assert tab.instruments_model.rowCount() == 2  # two questionnaires, read at once
    reads = [e for e in entries_after(counselor, before) if e.action is LogAction.JOURNAL_READ]
    assert [(e.client_id, e.detail) for e in reads] == [(history.id, "measures")]


def test_a_client_who_is_not_mine_shows_only_the_reason(qtbot, lead, history):
    tab = open_tab(qtbot, lead, history.id)
    assert tab.refusal.isVisible()
    assert "Lilja is not one of your clients" in tab.refusal.text()
    assert "emergency access on the Journal tab" in tab.refusal.text()
    assert not tab.content.isVisible()
    assert tab.instruments_model.rowCount() == 0
    assert tab.chart.points() == []


def test_an_administrator_is_refused_and_sees_no_data(qtbot, scheduler, history):
    tab = open_tab(qtbot, scheduler, history.id)
    assert tab.refusal.isVisible()
    assert "Questionnaires are part of the client's journal" in tab.refusal.text()
    assert "your role does not give access" in tab.refusal.text()
    assert tab.instruments_model.rowCount() == 0
    assert tab.administrations_model.rowCount() == 0


def test_the_tables_follow_the_qt_model_contract(qtmodeltester, qtbot, counselor, history):
    tab = open_tab(qtbot, counselor, history.id)
    qtmodeltester.check(tab.instruments_model)
    qtmodeltester.check(tab.administrations_model)


def test_a_risk_note_started_from_the_tab_shows_in_the_journal_at_once(qtbot, counselor, client):
    view = ClientView(counselor, client.id)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    qtbot.waitExposed(view)
    view.show_journal()
    journal = view.journal
    assert journal is not None and journal.model.rowCount() == 0
    view.show_questionnaires()
    assert view.measures is not None
    dialog = view.measures.open_administration("phq9")
    qtbot.waitUntil(dialog.sheet.owns_focus)
    press_digits(qtbot, [0, 0, 0, 0, 0, 0, 0, 0, 1])  # item 9: a risk note is started
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    (draft,) = counselor.journal.my_drafts()
    assert journal.model.rowCount() == 1
    assert journal.model.note_at(0).id == draft.note_id


def test_the_history_shows_its_flags_whole_in_a_1280_by_800_window(qtbot, clinic, history):
    window = make_window(qtbot, clinic)
    window.resize(1280, 800)
    log_in(qtbot, window, "cora", COUNSELOR_PASSWORD)
    assert window.workspace is not None
    view = window.workspace.show_area("clients").open_client(history.id)
    view.show_questionnaires()
    tab = view.measures
    tab.instruments.selectRow(tab.instruments_model.row_of("phq9"))
    table, column = tab.administrations, AdministrationsModel.FLAGS
    qtbot.waitUntil(lambda: table.model().rowCount() == 6)
    header = table.horizontalHeader()
    left = header.sectionViewportPosition(column)
    assert header.sectionSize(column) >= table.sizeHintForColumn(column)  # not cut short
    assert left >= 0 and left + header.sectionSize(column) <= table.viewport().width()
    window.close()


def test_a_swedish_interface_names_the_questionnaires_in_swedish(qtbot, counselor, client, swedish):
    instruments = counselor.measures.instruments()
    picker = InstrumentPicker(instruments)
    qtbot.addWidget(picker)
    shown = [picker.list.item(row).text() for row in range(picker.list.count())]
    by_id = {i.id: i for i in instruments}
    assert "AUDIT-C · Alkoholvanor, kortversion (AUDIT fråga 1–3)" in shown
    ordered = sorted(instruments, key=lambda i: i.short_name.lower())
    for text, instrument in zip(shown, ordered, strict=True):
        assert text == f"{instrument.short_name} · {instrument.name.sv}"
        assert instrument.name.en not in text
    editor = PlannedMeasuresEditor()
    qtbot.addWidget(editor)
    editor.set_instruments(instruments)
    combo = editor.add_row().instrument
    assert combo.itemText(0) == f"AUDIT – {by_id['audit'].name.sv}"
    dialog = open_administration(qtbot, counselor, client.id, "audit")
    assert "past year" not in dialog.intro.text() and "items" not in dialog.intro.text()


def test_a_planned_questionnaires_long_name_ends_in_an_ellipsis_not_chopped(qtbot, counselor):
    instruments = counselor.measures.instruments()
    editor = PlannedMeasuresEditor()
    qtbot.addWidget(editor)
    editor.set_instruments(instruments)
    combo = editor.add_row().instrument
    longest = max(range(combo.count()), key=lambda i: len(combo.itemText(i)))
    combo.setCurrentIndex(longest)
    editor.resize(combo.fontMetrics().horizontalAdvance(combo.currentText()) // 2, 100)
    editor.show()
    qtbot.waitExposed(editor)
    shown = combo.shown_text()
    assert shown.endswith("…")
    assert combo.currentText().startswith(shown[:-1])
    assert combo.toolTip() == combo.currentText(), "the whole name on hovering"


@pytest.mark.parametrize("instrument_id", ["phq9", "audit"])
def test_the_form_takes_the_room_its_items_need_within_the_screen(
    qtbot, counselor, client, instrument_id
):
    dialog = open_administration(qtbot, counselor, client.id, instrument_id)
    for index, row in enumerate(dialog.sheet.rows):  # the longest answers chosen: in bold
        widest = max(row.item.options.options, key=lambda option: len(option_label(option)))
        dialog.sheet.answer(index, widest.value, advance=False)
    qtbot.wait(10)
    scroll = dialog.findChild(QScrollArea)
    screen = dialog.screen().availableGeometry()
    wide, tall = screen.width() - lines(dialog, 3), screen.height() - lines(dialog, 3)
    sideways = scroll.horizontalScrollBar().maximum() > 0
    assert not sideways or dialog.width() >= wide, "sideways only when the screen is narrow"
    scrolls = scroll.verticalScrollBar().maximum() > 0
    assert not scrolls or dialog.height() >= tall, "it scrolls only when the screen is short"
    assert dialog.height() <= tall and dialog.width() <= wide, "within the screen"
