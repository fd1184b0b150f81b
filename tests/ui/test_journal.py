"""The journal UI: drafts saved as typed, signing, amendments, need to know,
plans, search, drafts waiting and the lead's emergency-access review."""

import threading
import time
from dataclasses import replace
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QPushButton

from mottagning.errors import DiskFull, NoteLocked, NotTheAuthor, PermissionDenied
from mottagning.models.access_log import LogAction, LogQuery
from mottagning.models.clients import ClientDetails, Strand, TargetGroup
from mottagning.models.journal import NoteType
from mottagning.services.journal import JournalService
from mottagning.ui.journal import (
    DraftsList,
    EmergencyAccessReview,
    JournalSearchDialog,
    JournalTab,
    PlanTab,
)
from mottagning.ui.journal.drafts_list import DraftsModel
from mottagning.ui.journal.emergency_review import AccessModel
from mottagning.ui.journal.note_dialogs import AmendmentDialog, NewNoteDialog
from mottagning.ui.journal.notes_model import NotesModel
from mottagning.ui.journal.search_dialog import SEARCH_DELAY_MS
from tests.storage.helpers import actions_after, head_seq
from tests.ui.conftest import answer_modal, type_text

REASON = "The client called in crisis and their counselor is away today."


def register(session, alias, *counselors):
    details = ClientDetails(
        alias=alias,
        strand=Strand.MIKA,
        target_groups=frozenset({TargetGroup.SELLING_SEX}),
        counselor_ids=frozenset(s.user.id for s in counselors),
    )
    client, _ = session.clients.create(details)
    return client


def signed_note(session, client, body, note_type=NoteType.SESSION):
    note = session.journal.start_note(client.id, note_type, body=body)
    return session.journal.sign(note.id)


def shown(qtbot, widget, width=1200, height=700):
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return activate(qtbot, widget)


def activate(qtbot, window):
    """Keys go where the focus is, and shortcuts (Ctrl+N, Ctrl+Enter) follow the
    active window: offscreen, a window is activated only when asked."""
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow)
    return window


@pytest.fixture
def client(counselor):
    return register(counselor, "Björk", counselor)


def reader_text(tab: JournalTab) -> str:
    return tab.reader.toPlainText()


# --- Writing ---------------------------------------------------------------------------


def test_every_keystroke_is_stored_without_saving(qtbot, counselor, client):
    tab = shown(qtbot, JournalTab(counselor, client.id, None))
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)

    def choose_other(dialog):
        activate(qtbot, dialog)
        dialog.note_type.setCurrentIndex(dialog.note_type.findData(NoteType.OTHER.value))
        qtbot.keyClick(dialog.note_type, Qt.Key.Key_Return)

    answer_modal(qtbot, NewNoteDialog, choose_other)
    assert tab.note_pages.currentWidget() is tab.editor
    activate(qtbot, tab)  # back from the dialog: the writer is in the text
    assert tab.editor.text.hasFocus()
    note_id = tab.editor.note.id
    typed = ""
    for char in "Mår bättre.\nNy":
        type_text(qtbot, tab.editor.text, char)
        typed += char
        assert counselor.journal.note(note_id).body == typed
    assert tab.editor.saved.text() == "Saved 09:00:00"  # 08:00 UTC is 09:00 in Stockholm


def test_a_new_note_starts_from_the_template_under_its_first_heading(qtbot, counselor, client):
    tab = shown(qtbot, JournalTab(counselor, client.id, None))
    tab.start_note(NoteType.SESSION, counselor.clinic.today())
    template = counselor.note_templates.all()["session"]
    assert tab.editor.text.toPlainText() == template
    type_text(qtbot, tab.editor.text, "Klienten")
    first, rest = template.split("\n", 1)
    assert counselor.journal.note(tab.editor.note.id).body == f"{first}\nKlienten{rest}"


def test_type_and_date_stay_editable_in_a_draft(qtbot, counselor, client):
    tab = shown(qtbot, JournalTab(counselor, client.id, None))
    tab.start_note(NoteType.OTHER, counselor.clinic.today())
    type_text(qtbot, tab.editor.text, "Samtal om boende")
    editor = tab.editor
    editor.note_type.setCurrentIndex(editor.note_type.findData(NoteType.PHONE.value))
    yesterday = counselor.clinic.today() - timedelta(days=1)
    editor.note_date.setDate(editor.note_date.date().addDays(-1))
    note = counselor.journal.note(editor.note.id)
    assert (note.note_type, note.note_date, note.body) == (
        NoteType.PHONE,
        yesterday,
        "Samtal om boende",  # typed text is not replaced by the new type's template
    )
    assert tab.model.index(0, NotesModel.TYPE).data() == "Phone call"
    assert tab.model.index(0, NotesModel.DATE).data() == yesterday.isoformat()


def test_signing_asks_first_then_locks_the_note(qtbot, counselor, client):
    tab = shown(qtbot, JournalTab(counselor, client.id, None))
    tab.start_note(NoteType.OTHER, counselor.clinic.today())
    type_text(qtbot, tab.editor.text, "Kort samtal.")
    note_id = tab.editor.note.id

    # Enter answers "keep writing": a stray key does not sign.
    qtbot.keyClick(tab.editor.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    answer_modal(
        qtbot, QMessageBox, lambda box: qtbot.keyClick(activate(qtbot, box), Qt.Key.Key_Return)
    )
    assert not counselor.journal.note(note_id).signed
    assert counselor.journal.note(note_id).body == "Kort samtal."  # no line break either
    assert tab.note_pages.currentWidget() is tab.editor

    activate(qtbot, tab)
    qtbot.keyClick(tab.editor.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    answer_modal(qtbot, QMessageBox, lambda box: box.findChild(QPushButton, "confirmSign").click())
    assert counselor.journal.note(note_id).signed
    assert tab.note_pages.currentWidget() is tab.reader
    assert tab.reader.isReadOnly()
    assert "Kort samtal." in reader_text(tab)
    assert "signed 2026-11-23 09:00" in reader_text(tab)
    assert tab.model.index(0, NotesModel.STATUS).data() == "Signed"
    assert not tab.sign_button.isEnabled()
    with pytest.raises(NoteLocked):
        counselor.journal.save_draft(note_id, "changed afterwards")


def test_an_empty_note_is_not_signed(qtbot, counselor, client):
    tab = shown(qtbot, JournalTab(counselor, client.id, None))
    tab.start_note(NoteType.SESSION, counselor.clinic.today())  # the template only
    qtbot.keyClick(tab.editor.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    answer_modal(qtbot, QMessageBox, lambda box: box.findChild(QPushButton, "confirmSign").click())
    answer_modal(qtbot, QMessageBox, lambda box: box.accept())  # "The note is empty."
    assert not counselor.journal.note(tab.editor.note.id).signed


def test_addendum_and_correction_keep_the_original_readable(qtbot, counselor, client):
    note = signed_note(counselor, client, "Nästa besök 12 december.")
    tab = shown(qtbot, JournalTab(counselor, client.id, None))
    assert tab.current_note().id == note.id

    def write_addendum(dialog):
        type_text(qtbot, dialog.text, "Klienten ringde och bekräftade.")
        dialog.save_button.click()

    tab.addendum_button.click()
    answer_modal(qtbot, AmendmentDialog, write_addendum)
    assert "Klienten ringde och bekräftade." in reader_text(tab)
    assert "Addendum · Cora Behandlare, Socionom (Counselor) · 2026-11-23 09:00" in (
        reader_text(tab)
    )

    def correct_without_then_with_reason(dialog):
        dialog.text.setPlainText("Nästa besök 14 december.")
        dialog.save_button.click()
        assert dialog.isVisible() and "say why" in dialog.error.text()
        type_text(qtbot, dialog.reason, "fel datum")
        dialog.save_button.click()

    tab.correction_button.click()
    answer_modal(qtbot, AmendmentDialog, correct_without_then_with_reason)
    text = reader_text(tab)
    assert "Nästa besök 14 december." in text
    assert "Corrected by Cora Behandlare, Socionom, 2026-11-23 09:00. Reason: fel datum" in text
    assert "12 december" not in text
    assert tab.original_button.isVisible()
    tab.original_button.click()
    assert "Nästa besök 12 december." in reader_text(tab)
    stored = counselor.journal.note(note.id)
    assert stored.body == "Nästa besök 12 december."  # never overwritten
    assert stored.current_text == "Nästa besök 14 december."
    assert tab.model.index(0, NotesModel.STATUS).data() == "Signed · corrected · 1 addendum"


def test_someone_elses_draft_is_read_only(qtbot, lead, counselor):
    client = register(lead, "Ek", lead, counselor)
    draft = lead.journal.start_note(client.id, NoteType.OTHER, body="Lenas utkast")
    tab = shown(qtbot, JournalTab(counselor, client.id, None))
    assert tab.current_note().id == draft.id
    assert tab.note_pages.currentWidget() is tab.reader
    assert "Unsigned draft by Lena Ledare." in reader_text(tab)
    assert "Lenas utkast" in reader_text(tab)
    assert not tab.sign_button.isEnabled()
    assert not tab.addendum_button.isEnabled()
    assert tab.model.index(0, NotesModel.STATUS).data() == "Draft (not yours)"
    with pytest.raises(NotTheAuthor):
        counselor.journal.save_draft(draft.id, "changed by someone else")


def test_leaving_a_draft_keeps_a_snapshot_in_its_history(qtbot, counselor, client):
    older = signed_note(counselor, client, "Första anteckningen.")
    tab = shown(qtbot, JournalTab(counselor, client.id, None))
    tab.start_note(NoteType.OTHER, counselor.clinic.today())
    draft_id = tab.editor.note.id
    type_text(qtbot, tab.editor.text, "Utkast ett")
    assert counselor.journal.draft_history(draft_id) == []
    tab.select_note(older.id)  # another note chosen
    assert [v.body for v in counselor.journal.draft_history(draft_id)] == ["Utkast ett"]
    tab.select_note(draft_id)
    type_text(qtbot, tab.editor.text, " och två")
    tab.hide()  # the tab hidden: another tab, another page, the window locked
    assert [v.body for v in counselor.journal.draft_history(draft_id)] == [
        "Utkast ett",
        "Utkast ett och två",
    ]
    tab.show()
    type_text(qtbot, tab.editor.text, "!")  # still open for writing after coming back
    assert counselor.journal.note(draft_id).body == "Utkast ett och två!"
    dialog = tab.history()
    assert dialog.versions.count() == 2
    assert dialog.text.toPlainText() == "Utkast ett och två"  # the newest first
    dialog.close()


def test_a_change_that_could_not_be_stored_is_kept_and_stored_next_time(
    qtbot, counselor, client, monkeypatch
):
    older = signed_note(counselor, client, "Första anteckningen.")
    tab = shown(qtbot, JournalTab(counselor, client.id, None))
    tab.start_note(NoteType.OTHER, counselor.clinic.today())
    draft_id = tab.editor.note.id
    type_text(qtbot, tab.editor.text, "Ab")
    real_save = counselor.journal.save_draft

    def disk_full(*_args, **_kwargs):
        raise DiskFull()

    monkeypatch.setattr(counselor.journal, "save_draft", disk_full)
    type_text(qtbot, tab.editor.text, "c")
    assert tab.editor.saved.text().startswith("Not saved: The disk is full")
    assert counselor.journal.note(draft_id).body == "Ab"
    tab.select_note(older.id)
    tab.select_note(draft_id)  # coming back: what was typed is still there
    assert tab.editor.text.toPlainText() == "Abc"
    monkeypatch.setattr(counselor.journal, "save_draft", real_save)
    type_text(qtbot, tab.editor.text, "d")
    assert counselor.journal.note(draft_id).body == "Abcd"
    assert tab.editor.saved.text() == "Saved 09:00:00"


def test_f5_reads_the_journal_again(qtbot, lead, counselor):
    client = register(lead, "Ek", lead, counselor)
    tab = shown(qtbot, JournalTab(counselor, client.id, None))
    assert tab.model.rowCount() == 0
    signed_note(lead, client, "Lena skrev något nytt.")
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_F5)
    assert tab.model.rowCount() == 1
    assert "Lena skrev något nytt." in reader_text(tab)


# --- Need to know ------------------------------------------------------------------------


def test_another_counselors_client_needs_a_stated_reason(qtbot, lead, counselor):
    client = register(lead, "Lönn", lead)
    signed_note(lead, client, "Hemlig anteckning om Lönn.")
    tab = shown(qtbot, JournalTab(counselor, client.id, None))
    assert tab.pages.currentWidget() is tab.access_panel
    assert "Lönn is not one of your clients" in tab.access_panel.message.text()
    assert tab.model.rowCount() == 0
    assert reader_text(tab) == ""

    type_text(qtbot, tab.access_panel.reason, "behöver")  # too short to say why
    tab.access_panel.open_button.click()
    assert tab.access_panel.error.isVisible()
    assert tab.model.rowCount() == 0

    tab.access_panel.reason.clear()
    type_text(qtbot, tab.access_panel.reason, REASON)
    tab.access_panel.open_button.click()
    assert tab.pages.currentWidget() is tab.content
    assert "Hemlig anteckning om Lönn." in reader_text(tab)
    actions = [e.action for e in lead.access_log.entries(LogQuery(client_id=client.id))]
    assert LogAction.EMERGENCY_ACCESS in actions

    plan = shown(qtbot, PlanTab(counselor, client.id, None))  # the access lasts the day
    assert plan.showing_content


def test_the_plan_tab_asks_for_a_reason_too(qtbot, lead, counselor):
    client = register(lead, "Lönn", lead)
    lead.plans.save(client.id, "Lenas mål", "", [], None)
    plan = shown(qtbot, PlanTab(counselor, client.id, None))
    assert plan.pages.currentWidget() is plan.access_panel
    assert plan.goals.toPlainText() == ""
    type_text(qtbot, plan.access_panel.reason, REASON)
    plan.access_panel.open_button.click()
    assert plan.goals.toPlainText() == "Lenas mål"


def test_the_scheduler_sees_no_journal(qtbot, counselor, scheduler, client):
    signed_note(counselor, client, "Inget för administratören.")
    for widget in (JournalTab(scheduler, client.id, None), PlanTab(scheduler, client.id, None)):
        shown(qtbot, widget)
        assert widget.pages.currentWidget() is widget.refusal
        assert "Your role (Administrator) may not read journal notes" in widget.refusal.text()
        assert not widget.loaded
    with pytest.raises(PermissionDenied):
        scheduler.journal.notes(client.id)


def test_nothing_is_read_before_the_tab_is_shown(qtbot, lead, counselor, client):
    JournalTab(counselor, client.id, None).deleteLater()
    reads = lead.access_log.entries(
        LogQuery(client_id=client.id, actions=frozenset({LogAction.JOURNAL_READ}))
    )
    assert reads == []


# --- A long journal ----------------------------------------------------------------------


def test_hundreds_of_notes_load_at_once_and_browse_without_queries(
    qtbot, counselor, client, monkeypatch
):
    for number in range(500):
        counselor.journal.start_note(client.id, NoteType.OTHER, body=f"Anteckning {number}")

    def refused(*_args):
        raise AssertionError("a query per note")

    monkeypatch.setattr(counselor.journal, "note", refused)
    monkeypatch.setattr(counselor.journal, "draft_history", refused)
    started = time.perf_counter()
    tab = shown(qtbot, JournalTab(counselor, client.id, None))
    assert time.perf_counter() - started < 2.0
    assert tab.model.rowCount() == 500
    assert tab.current_note().body == "Anteckning 499"  # the newest, at the bottom
    tab.table.setFocus()
    for _ in range(30):
        qtbot.keyClick(tab.table, Qt.Key.Key_Up)
    assert tab.current_note().body == "Anteckning 469"
    assert tab.editor.text.toPlainText() == "Anteckning 469"


# --- Plans ---------------------------------------------------------------------------------


def test_the_plan_is_saved_as_versions(qtbot, counselor, client):
    plan = shown(qtbot, PlanTab(counselor, client.id, None))
    assert "No plan yet" in plan.status.text()
    type_text(qtbot, plan.goals, "Minskad ångest")
    type_text(qtbot, plan.interventions, "Samtal varannan vecka")
    plan.measures.add_button.click()
    row = plan.measures.rows[0]
    row.instrument.setCurrentIndex(row.instrument.findData("gad7"))
    row.every.setValue(4)
    plan.has_review.setChecked(True)
    assert plan.unsaved.text() == "Changes not saved yet."
    qtbot.keyClick(plan.goals, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert plan.unsaved.text() == ""
    assert "version 1" in plan.status.text()

    plan.goals.setPlainText("Minskad ångest och bättre sömn")
    plan.save_button.click()
    history = counselor.plans.history(client.id)
    assert [p.goals for p in history] == ["Minskad ångest", "Minskad ångest och bättre sömn"]
    assert history[0].measures[0].instrument_id == "gad7"
    assert history[0].measures[0].every_sessions == 4
    assert history[0].review_date is not None
    assert plan.history.count() == 2
    assert plan.history.item(1).text() == "Version 1 · 2026-11-23 09:00 · Cora Behandlare"
    plan.history.setCurrentRow(1)
    assert "GAD-7, every 4 visits" in plan.version_view.toPlainText()


def test_a_plan_without_goals_is_refused_in_place(qtbot, counselor, client):
    plan = shown(qtbot, PlanTab(counselor, client.id, None))
    plan.save_button.click()
    assert plan.error.isVisible()
    assert counselor.plans.history(client.id) == []


# --- Search --------------------------------------------------------------------------------


def test_searching_the_journal_selects_the_hit(qtbot, counselor, client):
    wanted = signed_note(counselor, client, "Pratade om sömnsvårigheter och oro.")
    signed_note(counselor, client, "Ett annat samtal.")
    tab = shown(qtbot, JournalTab(counselor, client.id, None))
    assert tab.current_note().id != wanted.id
    type_text(qtbot, tab.search, "sömn")
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert tab.notes.hits_model.rowCount() == 1
    assert "<b>sömnsvårigheter</b>" in tab.notes.hits_model.item(0).text()
    assert tab.current_note().id == wanted.id
    assert "Pratade om sömnsvårigheter" in reader_text(tab)
    assert tab.notes.hits.hasFocus()
    qtbot.keyClick(tab.notes.hits, Qt.Key.Key_Escape)
    assert tab.notes.lists.currentWidget() is tab.table
    assert tab.table.hasFocus()
    assert tab.current_note().id == wanted.id


def test_a_corrected_note_is_one_hit(qtbot, counselor, client):
    note = signed_note(counselor, client, "Nästa besök 12 december.")
    counselor.journal.correct(note.id, "Nästa besök 14 december.", "fel datum")
    tab = shown(qtbot, JournalTab(counselor, client.id, None))
    type_text(qtbot, tab.search, "december")
    qtbot.keyClick(tab.search, Qt.Key.Key_Return)
    assert tab.notes.hits_model.rowCount() == 1


def test_searching_my_clients_groups_hits_and_opens_the_client(qtbot, counselor, client):
    other = register(counselor, "Rönn", counselor)
    signed_note(counselor, client, "Remiss till beroendevården.")
    signed_note(counselor, other, "Beroendevården ringde.")
    dialog = shown(qtbot, JournalSearchDialog(counselor, None), 640, 480)
    type_text(qtbot, dialog.search, "beroendevården")
    with qtbot.waitSignal(dialog.searched):  # off the GUI thread
        qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.model.rowCount() == 2
    names = sorted(dialog.model.item(r).text() for r in range(2))
    assert names == ["<b>Björk</b> · 1", "<b>Rönn</b> · 1"]
    with qtbot.waitSignal(dialog.open_client_requested) as opened:
        qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    assert opened.args[0] in {client.id, other.id}


def test_the_search_reads_on_another_thread_and_shows_only_the_newest(
    qtbot, counselor, client, monkeypatch
):
    signed_note(counselor, client, "Remiss till beroendevården.")
    searched_on: list[str] = []
    real = JournalService.search_my_clients

    def recorded(self, text):
        searched_on.append(threading.current_thread().name)
        return real(self, text)

    monkeypatch.setattr(JournalService, "search_my_clients", recorded)
    dialog = shown(qtbot, JournalSearchDialog(counselor, None), 640, 480)
    dialog.search.setText("ingenting")
    dialog.run_search()
    dialog.search.setText("beroendevården")
    with qtbot.waitSignal(dialog.searched):
        dialog.run_search()
    qtbot.wait(50)
    assert threading.main_thread().name not in searched_on
    assert dialog.model.rowCount() == 1, "the newest search's hits, not the first one's"


def test_a_search_typed_just_before_logging_out_reads_nothing_afterwards(qtbot, counselor, client):
    signed_note(counselor, client, "Samtal om boende.")
    dialog = shown(qtbot, JournalSearchDialog(counselor, None), 640, 480)
    type_text(qtbot, dialog.search, "boende")  # the search waits for the typing to stop
    dialog.close()
    counselor.logout()
    seq = head_seq(counselor)
    qtbot.wait(SEARCH_DELAY_MS + 200)
    dialog.run_search()
    qtbot.wait(100)
    assert actions_after(counselor, seq) == [], "no one's journal is read after logging out"
    assert dialog.model.rowCount() == 0


# --- Drafts waiting, emergency-access review --------------------------------------------


def test_drafts_list_marks_overdue_drafts(qtbot, lead, counselor, client, clock):
    counselor.journal.start_note(client.id, NoteType.SESSION, body="Osignerat")
    drafts = shown(qtbot, DraftsList(counselor, None), 600, 300)
    assert drafts.model.rowCount() == 1
    assert drafts.model.index(0, DraftsModel.CLIENT).data() == "Björk"
    assert not drafts.model.is_overdue(0)
    assert drafts.table.isColumnHidden(DraftsModel.AUTHOR)

    clock.moment += timedelta(days=4)
    drafts.refresh()
    assert drafts.model.is_overdue(0)
    assert drafts.model.index(0, DraftsModel.AGE).data() == "4 days · overdue"
    drafts.table.setFocus()
    drafts.table.selectRow(0)
    with qtbot.waitSignal(drafts.open_client_requested) as opened:
        qtbot.keyClick(drafts.table, Qt.Key.Key_Return)
    assert opened.args == [client.id]

    everyone = shown(qtbot, DraftsList(lead, None), 600, 300)
    assert everyone.model.rowCount() == 1
    assert everyone.model.index(0, DraftsModel.AUTHOR).data() == "Cora Behandlare"
    assert not everyone.table.isColumnHidden(DraftsModel.AUTHOR)


def test_the_lead_reviews_emergency_accesses(qtbot, lead, counselor):
    client = register(lead, "Lönn", lead)
    counselor.emergency_access.request(client.id, REASON)
    review = shown(qtbot, EmergencyAccessReview(lead, None), 900, 400)
    model = review.model
    assert model.rowCount() == 1
    assert model.index(0, AccessModel.WHO).data() == "Cora Behandlare"
    assert model.index(0, AccessModel.CLIENT).data() == "Lönn"
    assert model.index(0, AccessModel.REASON).data() == REASON
    type_text(qtbot, review.note, "Rimligt skäl")
    qtbot.keyClick(review.note, Qt.Key.Key_Return)
    assert model.rowCount() == 0
    assert review.empty.isVisible()
    review.show_all.setChecked(True)
    assert model.rowCount() == 1
    assert model.index(0, AccessModel.REVIEW).data() == "2026-11-23 09:00 · Lena Ledare"
    assert "Rimligt skäl" in review.details.text()
    assert not review.review_button.isEnabled()


# --- Models -------------------------------------------------------------------------------


def test_models_pass_the_model_tester(qtmodeltester, qtbot, lead, counselor, client, clock):
    signed = signed_note(counselor, client, "Signerad")
    counselor.journal.add_addendum(signed.id, "Tillägg")
    counselor.journal.start_note(client.id, NoteType.PHONE, body="Utkast")
    notes = NotesModel(counselor.user.id)
    notes.set_notes(counselor.journal.notes(client.id))
    qtmodeltester.check(notes)  # the tester keeps watching the changes below
    earlier = counselor.journal.start_note(
        client.id, NoteType.OTHER, counselor.clinic.today() - timedelta(days=3), body="Före"
    )
    assert notes.add(earlier) == 0
    moved = replace(notes.note_at(notes.rowCount() - 1), note_date=earlier.note_date)
    notes.replace(moved)  # a draft's date changed: its row moves
    assert [notes.note_at(r).id for r in range(2)] == [earlier.id, moved.id]
    notes.replace(replace(moved, note_type=NoteType.OTHER))

    clock.moment += timedelta(days=5)
    drafts = DraftsList(lead, None)
    qtbot.addWidget(drafts)
    qtmodeltester.check(drafts.model)

    counselor.emergency_access.request(register(lead, "Lönn", lead).id, REASON)
    review = EmergencyAccessReview(lead, None)
    qtbot.addWidget(review)
    qtmodeltester.check(review.model)


def test_a_banner_says_the_journal_is_read_under_emergency_access(qtbot, lead, counselor):
    from mottagning.ui.clients.client_view import ClientView

    client = register(lead, "Lönn", lead)
    signed_note(lead, client, "Hemlig anteckning om Lönn.")
    view = shown(qtbot, ClientView(counselor, client.id))
    assert not view.emergency_banner.isVisible()
    view.show_journal()
    journal = view.journal
    type_text(qtbot, journal.access_panel.reason, REASON)
    journal.access_panel.open_button.click()
    assert journal.showing_content
    assert view.emergency_banner.isVisible()
    text = view.emergency_text.text()
    assert "Emergency access" in text and "Cora Behandlare" in text  # who
    assert REASON in text  # why
    assert "logged" in text
    again = shown(qtbot, ClientView(counselor, client.id))  # the rest of the day
    assert again.emergency_banner.isVisible()
    own = shown(qtbot, ClientView(lead, client.id))
    assert not own.emergency_banner.isVisible(), "the client's counselor needs no access"


def test_the_journal_lists_newest_first_when_the_user_chooses_it(qtbot, counselor, client, clock):
    for day, body in ((1, "Första."), (2, "Andra."), (3, "Tredje.")):
        note = counselor.journal.start_note(
            client.id, NoteType.SESSION, clock.moment.date() - timedelta(days=10 - day), body=body
        )
        counselor.journal.sign(note.id)
    tab = shown(qtbot, JournalTab(counselor, client.id, None))

    def dates() -> list[str]:
        return [tab.model.index(r, NotesModel.DATE).data() for r in range(tab.model.rowCount())]

    oldest_first = dates()
    assert oldest_first == sorted(oldest_first), "journal order by default"
    assert "Tredje." in reader_text(tab), "the latest note is chosen"
    tab.notes.newest_first.click()
    assert dates() == oldest_first[::-1]
    assert "Tredje." in reader_text(tab), "the chosen note stays chosen"
    assert counselor.preferences.journal_newest_first, "remembered for this user"
    again = shown(qtbot, JournalTab(counselor, client.id, None))
    assert again.notes.newest_first.isChecked()
    assert again.model.index(0, NotesModel.DATE).data() == oldest_first[-1]
    assert "Tredje." in reader_text(again)
    row = again.model.add(counselor.journal.start_note(client.id, NoteType.SESSION))
    assert row == 0, "today's new draft goes to the top"


def test_a_longer_status_after_signing_is_not_cut_short(qtbot, counselor, client):
    note = counselor.journal.start_note(client.id, NoteType.SESSION, body="Ett utkast.")
    tab = shown(qtbot, JournalTab(counselor, client.id, None))
    table = tab.table
    signed = counselor.journal.sign(note.id)
    counselor.journal.add_addendum(signed.id, "Ett tillägg.")
    tab.model.replace(counselor.journal.note(note.id))  # "Signed · 1 addendum"
    assert table.columnWidth(NotesModel.STATUS) >= table.sizeHintForColumn(NotesModel.STATUS)
