"""The letters UI: the consent register, the referral builder (preview in
memory, printing to a fake printer, save as PDF after a warning), replies,
the address book, and overdue replies on Today. Printing writes nothing to
any temporary folder."""

import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QStandardPaths
from PySide6.QtGui import QPdfWriter
from PySide6.QtWidgets import QMessageBox

from mottagning.models.access_log import LogAction, LogQuery
from mottagning.models.consent import BasisKind, Scope
from mottagning.models.journal import NoteType
from mottagning.models.letters import Include
from mottagning.ui.admin.address_book_tab import AddressBookTab
from mottagning.ui.letters import LettersTab, referral_builder
from mottagning.ui.letters.consent_dialog import ConsentDialog
from mottagning.ui.letters.referral_builder import ReferralBuilder
from mottagning.ui.today import TodayPage
from tests.storage.letters_support import pdf_reader, pdf_text, record_consent, save_unit
from tests.storage.reception import details
from tests.ui.conftest import answer_modal, type_text


@pytest.fixture
def client(counselor):
    client, _ = counselor.clients.create(
        details(
            "Björk",
            first_name="Åsa",
            last_name="Öberg",
            birth_year=1985,
            counselor_ids=frozenset({counselor.user.id}),
        )
    )
    return client


@pytest.fixture
def unit(scheduler):
    return save_unit(scheduler)


def shown(qtbot, widget, width=1240, height=780):
    qtbot.addWidget(widget)
    widget.resize(width, height)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def letters_tab(qtbot, session, client) -> LettersTab:
    tab = shown(qtbot, LettersTab(session, client.id))
    qtbot.waitUntil(lambda: tab.loaded)
    return tab


class FakePrinter:
    """A paged paint device in memory: what printing paints, kept in a buffer."""

    def __init__(self) -> None:
        self.data = QByteArray()
        self.buffer = QBuffer(self.data)
        self.buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        self.device = QPdfWriter(self.buffer)
        self.device.setResolution(150)

    def pages(self) -> int:
        self.buffer.close()
        return len(pdf_reader(bytes(self.data)).pages)


@pytest.fixture(autouse=True)
def own_temp_folder(tmp_path, monkeypatch):
    """This process's temporary folder, apart from the machine's shared /tmp
    (where other programs come and go): any file our printing wrote to a
    temporary folder would be here."""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def temp_files() -> set[Path]:
    folders = {
        Path(tempfile.gettempdir()),
        Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.TempLocation)),
    }
    found = set()
    for folder in folders:
        try:
            found |= set(folder.iterdir())
        except OSError:
            continue
    return found


def test_a_consent_is_recorded_in_the_register(qtbot, counselor, client, unit):
    tab = letters_tab(qtbot, counselor, client)
    assert tab.consents_model.rowCount() == 0

    dialog = tab.record_consent()
    type_text(qtbot, dialog.purpose, "Bedömning av alkoholbruk")
    dialog.scopes[Scope.QUESTIONNAIRES].setChecked(True)
    dialog.accept()

    qtbot.waitUntil(lambda: tab.consents_model.rowCount() == 1)
    (basis,) = counselor.consents.bases(client.id)
    assert basis.kind is BasisKind.CONSENT
    assert basis.recipient.unit_id == unit.id
    assert basis.scopes == {Scope.IDENTITY, Scope.ASSESSMENTS, Scope.QUESTIONNAIRES}
    index = tab.consents_model.index(0, 0)
    assert tab.consents_model.data(index) == "Beroendemottagningen Väst"


def test_an_incomplete_consent_says_what_is_missing_and_keeps_the_dialog(
    qtbot, counselor, client, unit
):
    dialog = shown(qtbot, ConsentDialog(counselor, client.id, None), 640, 600)
    dialog.accept()
    assert dialog.isVisible()
    assert "Purpose" in dialog.error.text()


def test_build_preview_and_print_a_referral_to_a_fake_printer(
    qtbot, counselor, client, unit, monkeypatch
):
    record_consent(counselor, client.id, unit.id, Scope.QUESTIONNAIRES)
    printer = FakePrinter()
    monkeypatch.setattr(
        referral_builder, "choose_printer", lambda parent, chosen: chosen(printer.device)
    )
    tab = letters_tab(qtbot, counselor, client)
    builder = tab.write_referral()
    assert isinstance(builder, ReferralBuilder)
    builder.recipient.setCurrentIndex(
        builder.recipient.findText(
            "Beroendemottagningen Väst", flags=referral_builder.Qt.MatchFlag.MatchStartsWith
        )
    )
    assert builder.includes[Include.QUESTIONNAIRES].isEnabled()
    assert not builder.includes[Include.ADDRESS].isEnabled()  # not in the consent's scope
    assert not builder.print_button.isEnabled()  # nothing is sent unseen
    type_text(qtbot, builder.question, "Bedömning av sömn och ångest?")
    type_text(qtbot, builder.background, "Söker stöd sedan våren.")

    builder.update_preview()
    qtbot.waitUntil(lambda: len(builder.preview.page_labels) == 1, timeout=5000)
    assert builder.print_button.isEnabled()
    before = temp_files()
    sent = []
    builder.sent.connect(lambda: sent.append(True))

    builder.print_letter()  # it closes itself once sent, and is deleted: not touched after

    qtbot.waitUntil(lambda: bool(sent), timeout=5000)
    assert printer.pages() == 1
    assert temp_files() - before == set(), "printing left a file in a temporary folder"
    (letter,) = counselor.referrals.letters(client.id)
    assert "Bedömning av sömn och ångest?" in pdf_text(counselor.referrals.sent_document(letter.id))
    notes = counselor.journal.notes(client.id)
    assert [n.note_type for n in notes] == [NoteType.REFERRAL_SENT]
    qtbot.waitUntil(lambda: tab.letters_model.rowCount() == 1)


def test_no_consent_no_preview_and_the_reason_shown(qtbot, counselor, client, unit):
    builder = shown(qtbot, ReferralBuilder(counselor, client.id, None))
    builder.recipient.setCurrentIndex(1)
    assert "Nothing may be sent to Beroendemottagningen Väst" in builder.basis_status.text()
    assert not any(box.isEnabled() for box in builder.includes.values())


def test_save_as_pdf_warns_first_then_writes_the_recorded_bytes(
    qtbot, counselor, client, unit, monkeypatch, tmp_path
):
    record_consent(counselor, client.id, unit.id)
    target = tmp_path / "remiss.pdf"
    monkeypatch.setattr(referral_builder, "choose_file", lambda parent, chosen: chosen(target))
    builder = shown(qtbot, ReferralBuilder(counselor, client.id, None))
    builder.recipient.setCurrentIndex(1)
    type_text(qtbot, builder.question, "Fråga?")
    builder.update_preview()
    qtbot.waitUntil(builder.save_button.isEnabled, timeout=5000)

    builder.save_pdf()
    answer_modal(qtbot, QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())

    qtbot.waitUntil(target.exists, timeout=5000)
    (letter,) = counselor.referrals.letters(client.id)
    assert target.read_bytes() == counselor.referrals.sent_document(letter.id)


def test_declining_the_warning_saves_and_records_nothing(
    qtbot, counselor, client, unit, monkeypatch
):
    record_consent(counselor, client.id, unit.id)
    monkeypatch.setattr(
        referral_builder, "choose_file", lambda parent, chosen: pytest.fail("asked")
    )
    builder = shown(qtbot, ReferralBuilder(counselor, client.id, None))
    builder.recipient.setCurrentIndex(1)
    type_text(qtbot, builder.question, "Fråga?")
    builder.update_preview()
    qtbot.waitUntil(builder.save_button.isEnabled, timeout=5000)

    builder.save_pdf()
    answer_modal(qtbot, QMessageBox, lambda box: box.button(QMessageBox.StandardButton.No).click())

    assert counselor.referrals.letters(client.id) == []


def test_an_overdue_reply_shows_on_today(qtbot, counselor, client, unit, clock):
    from datetime import date

    from mottagning.models.letters import Channel
    from tests.storage.letters_support import draft

    record_consent(counselor, client.id, unit.id)
    counselor.referrals.send(
        draft(client.id, unit.id, reply_expected_by=date(2026, 11, 25)), Channel.PRINTED
    )
    clock.advance(days=3)

    today = shown(qtbot, TodayPage(counselor))

    texts = [today.concerns.item(row).text() for row in range(today.concerns.count())]
    assert "Reply to a referral overdue since 2026-11-25: Björk" in texts
    assert not any("Beroende" in text for text in texts), "the recipient stays off the desk"


def test_the_address_book_is_kept_by_the_reception(qtbot, scheduler, lead):
    tab = shown(qtbot, AddressBookTab(scheduler))
    assert tab.grounds is None  # the legal grounds are the lead's
    type_text(qtbot, tab.unit_name, "Ungdomsmottagningen")
    tab.unit_type.setCurrentIndex(tab.unit_type.findData("youth_clinic"))
    tab.save_unit()

    assert [u.name for u in scheduler.address_book.units()] == ["Ungdomsmottagningen"]
    assert tab.units.count() == 1
    lead_tab = shown(qtbot, AddressBookTab(lead))
    type_text(qtbot, lead_tab.template_opening, " Tack.")
    lead_tab.save_template()
    assert lead_tab.template_version.text() == "Version 1"


def test_the_reception_previews_and_prints_an_appointment_letter(
    qtbot, scheduler, counselor, client, monkeypatch
):
    from mottagning.ui.letters.appointment_letter_dialog import AppointmentLetterDialog
    from tests.storage.reception import local, visit

    (appointment,) = scheduler.scheduling.book(
        visit(counselor.user.id, local(2026, 11, 24, 10), client_id=client.id)
    ).appointments
    printer = FakePrinter()
    monkeypatch.setattr(
        referral_builder, "choose_printer", lambda parent, chosen: chosen(printer.device)
    )
    dialog = shown(qtbot, AppointmentLetterDialog(scheduler, appointment.id, None), 700, 760)
    qtbot.waitUntil(dialog.print_button.isEnabled, timeout=5000)
    assert len(dialog.preview.page_labels) == 1

    dialog.posted.setChecked(True)  # the client has not agreed to letters at home

    qtbot.waitUntil(dialog.message.isVisible, timeout=5000)
    assert "has not agreed to letters at home" in dialog.message.text()
    assert not dialog.print_button.isEnabled()
    dialog.handed.setChecked(True)
    qtbot.waitUntil(dialog.print_button.isEnabled, timeout=5000)
    before = temp_files()
    dialog.print_button.click()
    qtbot.waitUntil(lambda: printer.buffer.size() > 0 and printer.buffer.isOpen(), timeout=5000)
    qtbot.wait(200)
    assert printer.pages() == 1
    assert temp_files() - before == set()


def test_a_questionnaire_report_is_previewed_and_printed(qtbot, counselor, client, monkeypatch):
    from PySide6.QtWidgets import QApplication

    from mottagning.ui.letters.document_dialog import DocumentDialog
    from mottagning.ui.measures import MeasuresTab

    counselor.measures.record(client.id, "phq9", [2, 2, 2, 1, 1, 1, 1, 1, 0])
    printer = FakePrinter()
    monkeypatch.setattr(
        referral_builder, "choose_printer", lambda parent, chosen: chosen(printer.device)
    )
    tab = shown(qtbot, MeasuresTab(counselor, client.id))

    tab.report_button.click()

    def ours() -> list[DocumentDialog]:
        return [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, DocumentDialog) and w.parent() is tab
        ]

    qtbot.waitUntil(lambda: bool(ours()), timeout=5000)
    dialog = ours()[0]
    assert len(dialog.preview.page_labels) == 1
    before = temp_files()
    dialog.print_button.click()
    qtbot.waitUntil(lambda: printer.buffer.size() > 0, timeout=5000)
    qtbot.wait(200)
    assert printer.pages() == 1
    assert temp_files() - before == set()
    dialog.close()


def test_the_calendar_prints_the_week_with_aliases(qtbot, scheduler, counselor, client):
    from PySide6.QtWidgets import QApplication

    from mottagning.ui.calendar.page import CalendarPage
    from mottagning.ui.calendar.snapshot import CLINIC, Mode
    from mottagning.ui.letters.document_dialog import DocumentDialog
    from tests.storage.reception import local, visit

    scheduler.scheduling.book(
        visit(counselor.user.id, local(2026, 11, 24, 10), client_id=client.id)
    )
    page = shown(qtbot, CalendarPage(scheduler))
    page.set_view_of(CLINIC)
    page.set_mode(Mode.WEEK)

    page.print_schedule()

    def ours() -> list[DocumentDialog]:
        return [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, DocumentDialog) and w.parent() is page
        ]

    qtbot.waitUntil(lambda: bool(ours()), timeout=5000)
    dialog = ours()[0]
    assert len(dialog.preview.page_labels) == 1
    dialog.close()
    entries = scheduler.clinic.access_log.query(LogQuery())
    assert LogAction.SCHEDULE_PRINTED in [e.action for e in entries]


def test_the_counselors_letter_register_opens_the_client(qtbot, counselor, client, unit):
    from mottagning.models.letters import Channel
    from tests.storage.letters_support import draft

    record_consent(counselor, client.id, unit.id)
    counselor.referrals.send(draft(client.id, unit.id), Channel.PRINTED)
    today = shown(qtbot, TodayPage(counselor))
    opened = []
    today.open_client_requested.connect(opened.append)

    dialog = today.show_letters()

    assert dialog.model.rowCount() == 1
    assert dialog.model.data(dialog.model.index(0, 1)) == "Björk"
    assert dialog.model.data(dialog.model.index(0, 2)) == "Beroendemottagningen Väst"
    dialog.table.doubleClicked.emit(dialog.model.index(0, 0))
    assert opened == [client.id]


def test_a_record_extract_is_reviewed_masked_and_released(
    qtbot, counselor, client, monkeypatch, tmp_path
):
    import json

    from PySide6.QtGui import QTextCursor

    from mottagning.ui.letters import access_review

    note = counselor.journal.start_note(
        client.id, NoteType.SESSION, body="Samtal. Grannen Greta sa något."
    )
    counselor.journal.sign(note.id)
    monkeypatch.setattr(access_review, "choose_folder", lambda parent, chosen: chosen(tmp_path))
    tab = letters_tab(qtbot, counselor, client)

    dialog = tab.record_extract()
    assert dialog is not None and dialog.items.count() == 1
    cursor = dialog.released_text.textCursor()
    start = dialog.released_text.toPlainText().index("Grannen")
    cursor.setPosition(start)
    cursor.setPosition(len(dialog.released_text.toPlainText()), QTextCursor.MoveMode.KeepAnchor)
    dialog.released_text.setTextCursor(cursor)
    dialog.mask_selection()
    dialog.save_item()
    assert "masked" in dialog.items.item(0).text()
    dialog.release()
    answer_modal(qtbot, QMessageBox, lambda box: box.button(QMessageBox.StandardButton.Yes).click())

    written = json.loads((tmp_path / "registerutdrag-2026-11-23.json").read_text())
    assert written["journal"][0]["text"] == "Samtal. […]"
    assert "Greta" not in pdf_text((tmp_path / "registerutdrag-2026-11-23.pdf").read_bytes())
