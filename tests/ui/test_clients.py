"""The client register: search as you type, registering, the client's page."""

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from mottagning.models.access_log import LogAction, LogQuery
from mottagning.models.clients import ClientDetails, ClientStatus, Strand, TargetGroup
from mottagning.models.identity import parse_identity_number
from mottagning.ui.clients.client_view import ClientView
from mottagning.ui.clients.concern import ConcernDialog
from mottagning.ui.clients.models import ClientListModel, VisitsModel
from mottagning.ui.clients.register_page import ClientRegisterPage
from tests.ui.conftest import type_text

TODAY = datetime(2026, 11, 23, tzinfo=UTC).date()


def register(session, alias, **fields):
    details = ClientDetails(
        alias=alias,
        strand=fields.pop("strand", Strand.MIKA),
        target_groups=frozenset({TargetGroup.SELLING_SEX}),
        **fields,
    )
    client, _ = session.clients.create(details)
    return client


@pytest.fixture
def page(qtbot, counselor) -> ClientRegisterPage:
    register(
        counselor,
        "Björk",
        first_name="Anna",
        last_name="Öberg",
        counselor_ids=frozenset({counselor.user.id}),
    )
    register(counselor, "Lönn", phone="070-123 45 67")
    register(
        counselor,
        "K-0042",
        strand=Strand.KAST,
        identity=parse_identity_number("19121212-1212", TODAY),
    )
    widget = ClientRegisterPage(counselor, None)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def shown_names(page: ClientRegisterPage) -> list[str]:
    model = page.model
    return [model.index(row, model.NAME).data() for row in range(model.rowCount())]


def test_search_finds_clients_by_alias_name_identity_and_phone(qtbot, page):
    page.mine.setChecked(False)
    for typed, expected in (
        ("Björ", ["Björk"]),
        ("öberg", ["Björk"]),
        ("121212-1212", ["K-0042"]),
        ("0701234567", ["Lönn"]),
    ):
        page.search.clear()
        type_text(qtbot, page.search, typed)
        qtbot.waitUntil(lambda expected=expected: shown_names(page) == expected, timeout=2000)


def test_lists_show_aliases_and_masked_identity_numbers(qtbot, page):
    page.mine.setChecked(False)
    page.refresh()
    model = page.model
    rows = {model.index(r, model.NAME).data(): r for r in range(model.rowCount())}
    assert "Björk" in rows, "aliases, not names, by default"
    assert "Anna" not in " ".join(rows)
    assert model.index(rows["K-0042"], model.IDENTITY).data() == "19121212-****"


def test_a_counselor_starts_on_their_own_clients(qtbot, page):
    assert page.mine.isChecked()
    assert shown_names(page) == ["Björk"]


def test_registering_a_client_checks_the_identity_number_as_typed(qtbot, page, lead):
    dialog = page.new_client()
    type_text(qtbot, dialog.alias, "Ros")
    dialog.target_groups[TargetGroup.SEX_AS_SELF_HARM].setChecked(True)
    type_text(qtbot, dialog.identity, "19121212-1213")
    assert "check digit" in dialog.identity_feedback.text()
    dialog.identity.clear()
    type_text(qtbot, dialog.identity, "811218+9876")  # "+": turned 100
    assert dialog.identity_feedback.text().startswith("Valid: 18811218-9876")
    dialog.accept()
    assert not dialog.isVisible()
    assert isinstance(page.client_view, ClientView)
    assert page.client_view.client.alias == "Ros"
    assert page.client_view.client.identity.value == "188112189876"


def test_a_refused_form_keeps_what_was_typed(qtbot, page):
    dialog = page.new_client()
    type_text(qtbot, dialog.alias, "Björk")  # taken
    dialog.target_groups[TargetGroup.SELLING_SEX].setChecked(True)
    type_text(qtbot, dialog.phone, "070-111 22 33")
    dialog.accept()
    assert dialog.isVisible()
    assert "already used" in dialog.error.text()
    assert dialog.phone.text() == "070-111 22 33"


def test_a_possible_minor_prompts_the_report_of_concern_question(qtbot, page, counselor):
    dialog = page.new_client()
    type_text(qtbot, dialog.alias, "Sippa")
    dialog.target_groups[TargetGroup.SELLING_SEX].setChecked(True)
    dialog.birth_year.setValue(2010)
    dialog.accept()
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ConcernDialog))
    concern = QApplication.activeModalWidget()
    buttons = [b for b in concern.answers.buttons() if b.property("answer") == "not_needed"]
    buttons[0].setChecked(True)
    type_text(qtbot, concern.note, "Uppgiven ålder 17, stöd från socialtjänsten finns redan.")
    concern.accept()
    client_id = page.client_view.client.id
    answered = counselor.clients.considerations(client_id)
    assert answered[0].answer == "not_needed"
    assert "Uppgiven" in answered[0].note


def test_the_client_page_masks_the_identity_until_shown(qtbot, page, lead):
    page.mine.setChecked(False)
    page.refresh()
    client_id = next(
        page.model.client_at(r).id
        for r in range(page.model.rowCount())
        if page.model.client_at(r).alias == "K-0042"
    )
    view = page.open_client(client_id)
    labels = [w.text() for w in view.overview.findChildren(type(view.title))]
    assert any("19121212-****" in text for text in labels)
    reveal = view.findChild(type(view.back), "revealIdentity")
    reveal.click()
    labels = [w.text() for w in view.overview.findChildren(type(view.title))]
    assert any("19121212-1212" in text for text in labels)
    opened = lead.access_log.entries(LogQuery(client_id=client_id))
    assert LogAction.CLIENT_VIEWED in [e.action for e in opened]


def test_keyboard_only_from_search_to_the_client(qtbot, page):
    page.mine.setChecked(False)
    type_text(qtbot, page.search, "Lönn")
    qtbot.waitUntil(lambda: shown_names(page) == ["Lönn"])
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.client_view is not None and page.client_view.client.alias == "Lönn"
    page.client_view.back.click()
    assert page.client_view is None


def test_register_models_follow_the_qt_contract(qtmodeltester, page, counselor):
    page.mine.setChecked(False)
    page.refresh()
    assert page.model.rowCount() == 3
    qtmodeltester.check(page.model)
    visits = VisitsModel(counselor.scheduling.zone)
    visits.set_visits([], {}, {})
    qtmodeltester.check(visits)
    empty = ClientListModel()
    qtmodeltester.check(empty)


def test_closed_clients_are_found_but_listed_last(qtbot, page, counselor):
    client = register(counselor, "Björn")
    counselor.clients.update(
        client.id,
        ClientDetails(
            **{**client.details.__dict__, "status": ClientStatus.CLOSED, "closed_reason": "Flyttat"}
        ),
    )
    page.mine.setChecked(False)
    type_text(qtbot, page.search, "Bj")
    qtbot.waitUntil(lambda: shown_names(page) == ["Björk", "Björn"])


def test_an_exact_alias_is_the_first_hit_however_many_others_match(counselor):
    for number in range(1, 61):
        register(counselor, f"Alind {number:02}")  # all sort before "Lind"
    register(counselor, "Klinda")
    register(counselor, "Lind")
    hits = counselor.clients.search("lind", limit=50)
    assert hits[0].alias == "Lind"
    assert len(hits) == 50
    assert counselor.clients.search("LIND  ", limit=5)[0].alias == "Lind"
    assert counselor.clients.search("Alind 07")[0].alias == "Alind 07"


def test_the_picker_tells_a_failed_search_from_no_hits(qtbot, counselor, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from mottagning.errors import DatabaseDamaged
    from mottagning.ui.clients.picker import ClientPicker
    from tests.ui.conftest import answer_modal

    register(counselor, "Hassel")
    picker = ClientPicker(counselor, None)
    qtbot.addWidget(picker)
    picker.show()
    type_text(qtbot, picker, "Zzz")
    qtbot.keyClick(picker, Qt.Key.Key_Return)
    assert picker.client_id is None and QApplication.activeModalWidget() is None

    def broken(*_args, **_kwargs):
        raise DatabaseDamaged()

    monkeypatch.setattr(counselor.clients, "search", broken)
    picker.clear()
    type_text(qtbot, picker, "Hassel")
    said = []
    answer_modal(qtbot, QMessageBox, lambda box: (said.append(box.text()), box.accept()))
    assert said == [DatabaseDamaged().describe()]


def test_enter_in_a_picker_chooses_the_best_hit_before_the_list_shows(qtbot, counselor):
    from mottagning.ui.clients.picker import ClientPicker

    register(counselor, "Ekorre")
    ek = register(counselor, "Ek")
    picker = ClientPicker(counselor, None)
    qtbot.addWidget(picker)
    picker.show()
    chosen = []
    picker.chosen.connect(chosen.append)
    type_text(qtbot, picker, "ek")
    qtbot.keyClick(picker, Qt.Key.Key_Return)
    assert chosen == [ek.id] and picker.text() == "Ek"


def test_one_search_field_and_one_ctrl_k_on_the_register(qtbot, window, counselor):
    from tests.support import COUNSELOR_PASSWORD
    from tests.ui.conftest import log_in

    register(counselor, "Lönn", counselor_ids=frozenset({counselor.user.id}))
    log_in(qtbot, window, "cora", COUNSELOR_PASSWORD)
    workspace = window.workspace
    assert workspace.search.isVisible(), "Today has the search above the page"
    register_page = workspace.show_area("clients")
    searches = [w for w in workspace.findChildren(QLineEdit) if w.isVisible()]
    assert searches == [register_page.search]
    register_page.open_client(register_page.model.client_at(0).id)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert register_page.client_view is None or not register_page.client_view.isVisible()
    assert register_page.search.hasFocus()
    workspace.show_area("today")
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert workspace.search.hasFocus()


def test_the_top_search_is_empty_again_once_the_client_is_open(qtbot, window, counselor):
    from tests.support import COUNSELOR_PASSWORD
    from tests.ui.conftest import log_in

    register(counselor, "Lönn")
    log_in(qtbot, window, "cora", COUNSELOR_PASSWORD)
    search = window.workspace.search
    search.setFocus()
    type_text(qtbot, search, "Lön")
    popup = search.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    page = window.workspace.area_page("clients")
    assert page.client_view.client.alias == "Lönn"
    qtbot.wait(20)
    assert search.text() == ""
