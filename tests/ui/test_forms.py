"""What every form shares: a label's Alt+letter reaches its field, also when
the field is a group of widgets, and counts are shown in the right plural."""

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from mottagning.ui.admin.clinic_tab import ClinicTab
from mottagning.ui.admin.journal_tab import JournalSettingsTab
from mottagning.ui.admin.log_reviews import LogReviewDialog
from mottagning.ui.admin.users_tab import UserDialog
from mottagning.ui.clients.form import ClientFormDialog
from mottagning.ui.journal.plan_measures import PlannedMeasuresEditor
from mottagning.ui.translations import install_translators
from tests.support import LEAD_PASSWORD
from tests.ui.conftest import log_in

MNEMONIC = re.compile(r"(?<!&)&(?!&)")  # one '&' marks the letter; '&&' is a literal '&'


def labels_showing_an_ampersand(widget: QWidget) -> list[str]:
    """Labels with a shortcut letter but no buddy: Qt shows their '&' as it is."""
    return [
        label.text()
        for label in widget.findChildren(QLabel)
        if MNEMONIC.search(label.text()) and label.buddy() is None
    ]


@pytest.fixture
def host(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.mark.parametrize(
    "form",
    [
        ClientFormDialog,
        UserDialog,
        LogReviewDialog,
        ClinicTab,
        JournalSettingsTab,
    ],
    ids=["client form", "new account", "log review", "clinic", "journal settings"],
)
def test_every_shortcut_letter_has_a_field_to_go_to(qtbot, lead, host, form):
    assert labels_showing_an_ampersand(form(lead, host)) == []


def test_alt_and_the_letter_go_to_a_field_in_a_group(qtbot, window):
    log_in(qtbot, window, "lead", LEAD_PASSWORD)
    dialog = window.workspace.show_area("clients").new_client()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)
    assert dialog.identity.hasFocus(), "Alt+I: the identity number, not the kind of number"
    qtbot.keyClick(dialog, Qt.Key.Key_Y, Qt.KeyboardModifier.AltModifier)
    assert dialog.birth_year.hasFocus()
    dialog.reject()


@pytest.fixture
def swedish(qapp):
    installed = install_translators(qapp, "sv")
    yield
    for translator in installed:
        qapp.removeTranslator(translator)
    install_translators(qapp, "en")


def test_a_count_of_one_is_singular(qtbot, lead, host, swedish):
    tab = JournalSettingsTab(lead, host)
    tab.overdue_days.setValue(1)
    assert tab.overdue_days.text() == "1 dag"
    tab.overdue_days.setValue(5)
    assert tab.overdue_days.text() == "5 dagar"
    translate = QApplication.translate
    assert translate("ClientRegisterPage", "%n client(s)", "", 1) == "1 klient"
    assert translate("ClientRegisterPage", "%n client(s)", "", 3) == "3 klienter"
    assert translate("DraftsModel", "%n day(s)", "", 1) == "1 dag"
    assert translate("ClientView", "%n no-show(s)", "", 1) == "1 uteblivet"
    assert translate("AccessLogTab", "%n entries", "", 1) == "1 post"


def test_a_planned_questionnaire_is_given_every_nth_visit_as_the_plan_says(
    qtbot, lead, host, swedish
):
    editor = PlannedMeasuresEditor(host)
    editor.set_instruments(lead.measures.instruments())
    every = editor.add_row().every
    every.setValue(4)
    assert every.text() == "vart 4:e besök"
    every.setValue(1)
    assert every.text() == "vid varje besök"
