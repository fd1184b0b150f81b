"""The clinic lead's journal settings (note templates, when a draft is overdue)
and the journal search reached from anywhere in the workspace."""

import dataclasses

import pytest
from PySide6.QtCore import Qt

from mottagning.errors import InvalidInput, PermissionDenied
from mottagning.models.clients import ClientDetails, Strand, TargetGroup
from mottagning.models.journal import NoteType
from mottagning.services.note_templates import default_templates
from mottagning.ui.admin.journal_tab import JournalSettingsTab
from mottagning.ui.journal import JournalSearchDialog
from tests.support import COUNSELOR_PASSWORD
from tests.ui.conftest import log_in, type_text


@pytest.fixture
def tab(qtbot, lead) -> JournalSettingsTab:
    widget = JournalSettingsTab(lead)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def choose_type(tab: JournalSettingsTab, note_type: NoteType) -> None:
    tab.note_type.setCurrentIndex(tab.note_type.findData(note_type.value))


def test_a_changed_template_is_what_new_notes_start_with(qtbot, tab, counselor):
    choose_type(tab, NoteType.PHONE)
    tab.template.setPlainText("Ringde:\n\nÄrende:\n")
    choose_type(tab, NoteType.OTHER)  # the edit survives looking at another type
    tab.template.setPlainText("Övrigt:\n")
    tab.save_templates()
    assert tab.status.text()
    assert counselor.note_templates.all()["phone"] == "Ringde:\n\nÄrende:\n"
    assert counselor.note_templates.all()["other"] == "Övrigt:\n"
    assert counselor.note_templates.all()["session"] == default_templates()["session"]


def test_the_default_comes_back_when_asked_and_saved(qtbot, tab, lead):
    lead.note_templates.save({"session": "Egen mall\n"})
    tab = JournalSettingsTab(lead)
    qtbot.addWidget(tab)
    choose_type(tab, NoteType.SESSION)
    assert tab.template.toPlainText() == "Egen mall\n"
    tab.restore_default()
    assert lead.note_templates.all()["session"] == "Egen mall\n", "nothing saved yet"
    tab.save_templates()
    assert lead.note_templates.all()["session"] == default_templates()["session"]


def test_only_the_lead_changes_templates(counselor):
    with pytest.raises(PermissionDenied):
        counselor.note_templates.save({"session": "Min mall"})


def test_overdue_days_are_saved_and_checked(tab, lead):
    tab.overdue_days.setValue(7)
    tab.save_overdue_days()
    assert lead.clinic_settings.settings().draft_overdue_days == 7
    assert "7" in tab.status.text()
    settings = lead.clinic_settings.settings()
    for wrong in (0, 31):
        with pytest.raises(InvalidInput):
            lead.clinic_settings.update_settings(
                dataclasses.replace(settings, draft_overdue_days=wrong)
            )


def test_a_draft_is_overdue_only_after_the_chosen_days(lead, counselor, clock):
    client, _ = counselor.clients.create(
        ClientDetails(
            alias="Lönn",
            strand=Strand.KAST,
            target_groups=frozenset({TargetGroup.BUYING_SEX}),
            counselor_ids=frozenset({counselor.user.id}),
        )
    )
    counselor.journal.start_note(client.id, NoteType.SESSION, body="Utkast.")
    settings = lead.clinic_settings.settings()
    lead.clinic_settings.update_settings(dataclasses.replace(settings, draft_overdue_days=5))
    clock.advance(days=4)
    assert counselor.journal.overdue_drafts() == []
    clock.advance(days=2)
    assert len(counselor.journal.overdue_drafts()) == 1


def test_ctrl_shift_j_searches_my_journals_and_opens_the_note(qtbot, window, counselor):
    client, _ = counselor.clients.create(
        ClientDetails(
            alias="Hägg",
            strand=Strand.MIKA,
            target_groups=frozenset({TargetGroup.SELLING_SEX}),
            counselor_ids=frozenset({counselor.user.id}),
        )
    )
    counselor.journal.sign(
        counselor.journal.start_note(client.id, NoteType.SESSION, body="Talade om sömnen.").id
    )
    target = counselor.journal.start_note(client.id, NoteType.PHONE, body="Ringde om boende.")
    counselor.journal.sign(target.id)
    log_in(qtbot, window, "cora", COUNSELOR_PASSWORD)
    workspace = window.workspace
    window.activateWindow()
    qtbot.keyClick(
        workspace,
        Qt.Key.Key_J,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialogs = [w for w in workspace.findChildren(JournalSearchDialog) if w.isVisible()]
    assert len(dialogs) == 1
    dialog = dialogs[0]
    type_text(qtbot, dialog.search, "boende")
    with qtbot.waitSignal(dialog.searched):
        dialog.run_search()
    dialog.open_note_requested.emit(client.id, target.id)
    view = workspace.area_page("clients").client_view
    assert view is not None
    assert view.sections.tabText(view.sections.currentIndex()) == "Journal"
    assert view.journal.isVisible()
    assert view.journal.current_note().id == target.id
