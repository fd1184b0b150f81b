"""Views fit a 1280x800 screen, and sizes follow the system's font.

Sizes here are measured in the widget's own font (average characters, lines),
not in pixels: 1280x800 at the default font is about 210 characters by 57
lines, of which a desktop's panels and a window frame take some 6 lines."""

from datetime import datetime, timedelta

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel, QScrollArea, QWidget

from mottagning.models.calendar import AppointmentDetails
from mottagning.models.clients import ClientDetails, Strand, TargetGroup
from mottagning.models.journal import NoteType
from mottagning.models.users import NewUser, Role
from mottagning.ui.account_dialogs import ChangePasswordDialog
from mottagning.ui.admin.users_tab import UserDialog
from mottagning.ui.clients.form import ClientFormDialog
from mottagning.ui.journal.drafts_list import DraftsList, DraftsModel
from mottagning.ui.login_page import LoginPage
from mottagning.ui.sizes import characters, lines
from mottagning.ui.today import DayModel, TodayPage
from mottagning.ui.translations import install_translators
from mottagning.ui.workspace import Workspace
from tests.support import COUNSELOR_PASSWORD, add_user

SCREEN_CHARACTERS, SCREEN_LINES = 210, 51  # 1280x800 less panels and frame


@pytest.fixture
def host(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


def shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_the_new_client_form_fits_1280x800_without_scrolling(qtbot, lead, host):
    dialog = ClientFormDialog(lead, host)
    content = dialog.findChild(QScrollArea).widget().sizeHint()
    buttons = dialog.findChild(QDialogButtonBox).sizeHint()
    assert content.width() <= characters(dialog, SCREEN_CHARACTERS)
    assert content.height() + buttons.height() <= lines(dialog, SCREEN_LINES)


def test_the_identity_field_holds_a_whole_number(qtbot, lead, host):
    dialog = ClientFormDialog(lead, host)
    field = dialog.identity
    narrowest = max(field.minimumWidth(), field.minimumSizeHint().width())
    assert narrowest > field.fontMetrics().horizontalAdvance("19850312-1234")


def test_todays_table_fits_its_page_without_a_sideways_scroll_bar(qtbot, lead, gate):
    counselors = [
        add_user(
            lead,
            gate,
            NewUser(name.split()[0].lower(), name, "Socionom", Role.COUNSELOR),
            COUNSELOR_PASSWORD,
        )
        for name in ("Amina Yusuf", "Johan Ek", "Lina Berg")
    ]
    zone = lead.scheduling.zone
    for hour, alias in enumerate(("KAST-gruppen", "M-0080", "Klöver 2"), start=9):
        client, _ = lead.clients.create(
            ClientDetails(alias, Strand.MIKA, target_groups=frozenset({TargetGroup.SELLING_SEX}))
        )
        start = datetime(2026, 11, 23, hour, 0, tzinfo=zone)
        lead.scheduling.book(
            AppointmentDetails(
                start,
                start + timedelta(minutes=50),
                frozenset(c.user.id for c in counselors[: hour - 7]),
                client.id,
            )
        )
    page = TodayPage(lead, None)
    qtbot.addWidget(page)
    page.resize(characters(page, SCREEN_CHARACTERS - 25), lines(page, SCREEN_LINES - 3))
    page.show()
    qtbot.waitExposed(page)
    header = page.table.horizontalHeader()
    assert not page.table.horizontalScrollBar().isVisible()
    for column in (DayModel.STATUS, DayModel.DUE):
        assert header.sectionSize(column) >= header.sectionSizeHint(column), "headers whole"


def test_the_navigation_and_the_login_card_grow_with_the_font(qtbot, lead):
    def measured() -> tuple[int, int]:
        workspace = Workspace(lead)
        qtbot.addWidget(workspace)
        login = LoginPage("Testmottagningen")
        qtbot.addWidget(login)
        card = login.findChild(QWidget, "loginCard")
        navigation = workspace.navigation
        longest = max(navigation.item(r).text() for r in range(navigation.count()))
        assert navigation.width() > navigation.fontMetrics().horizontalAdvance(longest)
        return navigation.width(), card.maximumWidth()

    normal = measured()
    usual = QFont(QApplication.font())
    bigger = QFont(usual)
    bigger.setPointSizeF(usual.pointSizeF() * 1.5)  # as a user may choose for the system
    QApplication.setFont(bigger)
    try:
        larger = measured()
    finally:
        QApplication.setFont(usual)
    assert larger[0] > normal[0] * 1.3, "the navigation is as wide as its names"
    assert larger[1] > normal[1] * 1.3, "the login card holds the same text"


def squeezed_labels(dialog: QWidget) -> list[str]:
    """Word-wrapped labels given less height than their text needs at their width."""
    return [
        label.text()
        for label in dialog.findChildren(QLabel)
        if label.isVisible()
        and label.wordWrap()
        and label.height() < label.heightForWidth(label.width())
    ]


def test_a_dialog_grows_to_show_its_refusal_and_keeps_its_hint_whole(qtbot, lead, host):
    dialog = shown(qtbot, UserDialog(lead, host))
    dialog.accept()  # no user name: refused in the dialog
    qtbot.wait(10)
    assert dialog.error.isVisible()
    assert squeezed_labels(dialog) == []


def test_changing_a_password_says_the_longer_advice_whole(qtbot, lead, host):
    dialog = shown(qtbot, ChangePasswordDialog(lead, host))
    dialog.current.setText("fel")
    dialog.fields.password.setText("kort")
    dialog.fields.repeat.setText("kort")
    dialog.accept()
    qtbot.wait(10)
    assert dialog.fields.advice.property("role") == "error"
    assert not dialog.error.isVisible(), "the reason is said once, in the advice"
    assert squeezed_labels(dialog) == []


def test_the_password_rows_line_up_with_the_current_password(qtbot, lead, host):
    dialog = shown(qtbot, ChangePasswordDialog(lead, host))
    current = dialog.current.mapTo(dialog, dialog.current.rect().topLeft()).x()
    new = dialog.fields.password.mapTo(dialog, dialog.fields.password.rect().topLeft()).x()
    assert new == current


def test_the_new_client_form_grows_by_its_refusal(qtbot, lead, host):
    dialog = shown(qtbot, ClientFormDialog(lead, host))
    before = dialog.height()
    dialog.alias.setText("Lind 3")
    dialog.accept()  # no target group: refused
    qtbot.wait(10)
    assert dialog.error.isVisible()
    room = dialog.screen().availableGeometry().height() - lines(dialog, 3)
    assert dialog.height() >= min(before + dialog.error.sizeHint().height(), room)


@pytest.fixture
def overdue_draft(lead, counselor, clock):
    client, _ = lead.clients.create(
        ClientDetails(
            "Klöver 2",
            Strand.MIKA,
            target_groups=frozenset({TargetGroup.SELLING_SEX}),
            counselor_ids=frozenset({counselor.user.id}),
        )
    )
    counselor.journal.start_note(client.id, NoteType.SESSION, body="Osignerat")
    clock.moment += timedelta(days=5)
    return client


@pytest.fixture
def swedish(qapp):
    install_translators(qapp, "sv")
    yield
    install_translators(qapp, "en")


def test_the_counselors_drafts_fill_their_table_without_a_blank_strip(
    qtbot, counselor, overdue_draft
):
    drafts = DraftsList(counselor, None)
    qtbot.addWidget(drafts)
    drafts.resize(characters(drafts, 50), lines(drafts, 10))
    drafts.show()
    qtbot.waitExposed(drafts)
    header = drafts.table.horizontalHeader()
    shown = [c for c in range(header.count()) if not header.isSectionHidden(c)]
    assert sum(header.sectionSize(c) for c in shown) == drafts.table.viewport().width()


def test_the_leads_drafts_name_their_author_at_1280x800_in_swedish(
    qtbot, lead, overdue_draft, swedish
):
    page = TodayPage(lead, None)
    qtbot.addWidget(page)
    page.resize(characters(page, SCREEN_CHARACTERS - 25), lines(page, SCREEN_LINES - 3))
    page.show()
    qtbot.waitExposed(page)
    table = page.drafts.table
    header = table.horizontalHeader()
    assert not header.isSectionHidden(DraftsModel.AUTHOR)
    assert header.sectionSize(DraftsModel.AUTHOR) >= header.sectionSizeHint(DraftsModel.AUTHOR)
    assert not table.horizontalScrollBar().isVisible()
