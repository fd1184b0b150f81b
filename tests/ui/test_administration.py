"""The clinic lead's administration: accounts, the access log, the clinic."""

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from mottagning.models.access_log import LogQuery
from mottagning.models.users import Role
from mottagning.ui.account_dialogs import ChangePasswordDialog
from mottagning.ui.admin.access_log_tab import AccessLogModel
from mottagning.ui.admin.log_reviews import ReviewsModel
from mottagning.ui.admin.page import AdministrationPage
from tests.support import COUNSELOR_PASSWORD, LEAD_PASSWORD, SCHEDULER_PASSWORD
from tests.ui.conftest import answer_modal, log_in, type_text


@pytest.fixture
def admin(qtbot, window) -> AdministrationPage:
    log_in(qtbot, window, "lead", LEAD_PASSWORD)
    page = window.workspace.show_area("administration")
    assert isinstance(page, AdministrationPage)
    return page


def answer_message_box(qtbot, button: QMessageBox.StandardButton) -> None:
    answer_modal(qtbot, QMessageBox, lambda box: box.button(button).click())


def area_keys(window) -> list[str]:
    navigation = window.workspace.navigation
    return [navigation.item(r).data(Qt.ItemDataRole.UserRole) for r in range(navigation.count())]


def test_each_role_sees_the_areas_it_may_use(qtbot, window, counselor, scheduler):
    log_in(qtbot, window, "cora", COUNSELOR_PASSWORD)
    assert area_keys(window) == ["today", "calendar", "clients", "waiting_list", "outward_work"]
    window.logout()
    log_in(qtbot, window, "sam", SCHEDULER_PASSWORD)
    assert area_keys(window) == [
        "today",
        "calendar",
        "clients",
        "waiting_list",
        "outward_work",
        "administration",
    ]
    page = window.workspace.show_area("administration")
    assert page.users is None and page.access_log is None and page.clinic is None
    assert page.emergency_accesses is None and page.journal is None
    assert page.calendar is not None, "administrators keep rooms, hours and absences"
    window.logout()
    log_in(qtbot, window, "lead", LEAD_PASSWORD)
    page = window.workspace.show_area("administration")
    tabs = (page.users, page.access_log, page.emergency_accesses, page.clinic, page.journal)
    assert None not in (*tabs, page.calendar)


def test_lead_creates_an_account_that_must_choose_its_own_password(qtbot, window, admin):
    dialog = admin.users.create_user()
    type_text(qtbot, dialog.username, "nils")
    type_text(qtbot, dialog.full_name, "Nils Nyström")
    type_text(qtbot, dialog.title_field, "Socionom")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.COUNSELOR))
    temporary = dialog.temporary.text()
    dialog.accept()
    assert not dialog.isVisible()
    assert admin.users.selected().username == "nils"
    assert admin.users.selected().must_change_password

    window.logout()

    def choose_password() -> None:
        forced = QApplication.activeModalWidget()
        assert isinstance(forced, ChangePasswordDialog)
        type_text(qtbot, forced.fields.password, "mitt eget hemliga lösen")
        type_text(qtbot, forced.fields.repeat, "mitt eget hemliga lösen")
        forced.accept()

    QTimer.singleShot(300, choose_password)
    log_in(qtbot, window, "nils", temporary)
    qtbot.waitUntil(lambda: window.session is not None)
    assert window.session.user.username == "nils"
    assert not window.session.user.must_change_password


def test_an_invalid_user_name_is_explained_in_the_dialog(qtbot, admin):
    dialog = admin.users.create_user()
    type_text(qtbot, dialog.username, "Nils Nyström!")
    type_text(qtbot, dialog.full_name, "Nils Nyström")
    dialog.accept()
    assert dialog.isVisible()
    assert dialog.error.isVisible()
    assert "User name" in dialog.error.text()


def test_lead_deactivates_and_reactivates_an_account(qtbot, admin, counselor):
    admin.users.reload()
    admin.users.select(counselor.user.id)
    admin.users.toggle_selected()
    answer_message_box(qtbot, QMessageBox.StandardButton.Yes)
    assert not admin.users.selected().active
    admin.users.toggle_selected()  # reactivation shows the temporary password
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is not None)
    box = QApplication.activeModalWidget()
    assert "temporary password" in box.text()
    box.close()
    assert admin.users.selected().active
    assert admin.users.selected().must_change_password


def test_access_log_lists_filters_and_verifies(qtbot, admin):
    admin.tabs.setCurrentWidget(admin.access_log)
    tab = admin.access_log
    assert tab.model.rowCount() > 0
    assert "entries" in tab.count_label.text()
    tab.action.setCurrentIndex(tab.action.findText("Logged in"))
    tab.refresh()
    assert tab.model.rowCount() >= 1
    assert all(
        tab.model.index(r, tab.model.ACTION).data() == "Logged in"
        for r in range(tab.model.rowCount())
    )
    tab.verify()  # on a worker thread: the button waits for it
    assert not tab.verify_button.isEnabled()
    qtbot.waitUntil(lambda: "whole" in tab.verify_result.text())
    assert "signature" in tab.verify_result.text() and tab.verify_button.isEnabled()


def test_lead_documents_a_log_review_prints_it_and_keeps_its_anchor(
    qtbot, admin, monkeypatch, tmp_path
):
    printed: list[str] = []
    monkeypatch.setattr(
        "mottagning.ui.admin.access_log_tab.print_document",
        lambda document, parent: printed.append(document.toPlainText()),
    )
    saved = tmp_path / "outside" / "anchor.json"
    saved.parent.mkdir()
    monkeypatch.setattr(
        "mottagning.ui.admin.access_log_tab.choose_file_to_save", lambda parent, name: saved
    )
    monkeypatch.setattr(
        "mottagning.ui.admin.access_log_tab.choose_file_to_open", lambda parent: saved
    )
    admin.tabs.setCurrentWidget(admin.access_log)
    tab = admin.access_log
    dialog = tab.document_review()
    type_text(qtbot, dialog.scope, "Alla misslyckade inloggningar")
    type_text(qtbot, dialog.findings, "Inga avvikelser")
    dialog.accept()
    assert tab.reviews_model.rowCount() == 1
    review = dialog.review
    assert review is not None and review.anchor is not None
    documented = tab.review_documented
    assert f"Entry {review.anchor.seq}" in documented.anchor_text.text()
    assert review.anchor.root_fingerprint in documented.anchor_text.text()

    documented.print_button.click()
    assert "Alla misslyckade inloggningar" in printed[0] and "Inga avvikelser" in printed[0]
    assert review.anchor.root_fingerprint in printed[0] and "Signature" in printed[0]
    QTimer.singleShot(0, lambda: answer_message_box(qtbot, QMessageBox.StandardButton.Ok))
    documented.save_button.click()
    assert str(review.anchor.seq) in saved.read_text() and review.anchor.mac in saved.read_text()
    documented.close()

    tab.reviews_table.selectRow(0)
    assert tab.save_anchor_button.isEnabled()
    assert tab.reviews_model.index(0, 5).data() == f"entry {review.anchor.seq}"
    tab.verify_against_anchor()
    qtbot.waitUntil(lambda: "matches the anchor" in tab.verify_result.text())


def test_a_file_that_is_not_an_anchor_is_said_so(qtbot, admin, monkeypatch, tmp_path):
    wrong = tmp_path / "notes.json"
    wrong.write_text('{"seq": "many"}')
    monkeypatch.setattr(
        "mottagning.ui.admin.access_log_tab.choose_file_to_open", lambda parent: wrong
    )
    admin.tabs.setCurrentWidget(admin.access_log)
    said: list[str] = []
    QTimer.singleShot(
        0,
        lambda: answer_modal(
            qtbot, QMessageBox, lambda box: (said.append(box.text()), box.close())
        ),
    )
    admin.access_log.verify_against_anchor()
    assert "is not an anchor file" in said[0]


def test_changing_the_idle_time_applies_at_once(qtbot, window, admin):
    admin.tabs.setCurrentWidget(admin.clinic)
    admin.clinic.auto_lock.setValue(2)
    admin.clinic.save_settings()
    assert window.inactivity._timer.interval() == 2 * 60_000


def test_changing_the_clinic_name_updates_the_window(qtbot, window, admin):
    admin.tabs.setCurrentWidget(admin.clinic)
    admin.clinic.name.setText("Mottagningen Norr")
    admin.clinic.save_details()
    assert window.clinic_label.text() == "Mottagningen Norr"
    assert "Mottagningen Norr" in window.windowTitle()


def test_the_clinic_tab_keeps_counts_and_buttons_at_their_own_size(qtbot, window, admin):
    window.resize(window.width() * 2, window.height())  # a wide screen: the boxes widen
    admin.tabs.setCurrentWidget(admin.clinic)
    qtbot.wait(10)
    tab = admin.clinic
    for widget in (tab.age_limit, tab.save_clients, tab.auto_lock):
        assert widget.width() <= widget.sizeHint().width(), widget.objectName()
    assert tab.age_limit.x() == tab.reservnummer.x(), "still in the form's column"


def test_item_models_follow_the_qt_contract(qtmodeltester, admin):
    session = admin.users._session
    assert admin.users.model.rowCount() >= 1
    qtmodeltester.check(admin.users.model)

    paged = AccessLogModel(session)
    paged.set_query(LogQuery(limit=2))  # several pages: fetchMore is exercised too
    assert paged.canFetchMore()
    qtmodeltester.check(paged)

    session.access_log.document_review(date(2026, 11, 1), date(2026, 11, 20), "Stickprov", "Inget")
    reviews = ReviewsModel()
    reviews.set_reviews(
        session.access_log.reviews(), session.access_log.staff_names(), session.clinic.zone
    )
    assert reviews.rowCount() == 1
    qtmodeltester.check(reviews)


def test_the_access_log_names_the_client_as_every_list_does(qtbot, admin):
    from mottagning.models.clients import ClientDetails, ContactRules, Strand, TargetGroup

    session = admin.users._session

    def register(alias, **fields):
        details = ClientDetails(
            alias=alias,
            strand=Strand.MIKA,
            target_groups=frozenset({TargetGroup.SELLING_SEX}),
            first_name="Eva",
            last_name="Ek",
            **fields,
        )
        client, _ = session.clients.create(details)
        session.clients.open(client.id)
        return client

    open_client = register("Sälg")
    protected = register("Hagtorn", contact_rules=ContactRules(protected_identity=True))
    admin.tabs.setCurrentWidget(admin.access_log)
    tab = admin.access_log
    tab.refresh()

    def concerns() -> set[str]:
        return {tab.model.index(r, tab.model.TARGET).data() for r in range(tab.model.rowCount())}

    assert {"Sälg", "Hagtorn"} <= concerns()
    assert open_client.id not in concerns(), "the alias, not the record's internal id"
    session.preferences.set_show_full_names(True)
    tab.refresh()
    assert {"Eva Ek (Sälg)", "Hagtorn"} <= concerns(), "a protected identity stays an alias"
    assert protected.id not in concerns()
