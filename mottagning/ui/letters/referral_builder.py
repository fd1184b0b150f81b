"""The referral builder: the recipient (only those the consent register lets
it go to), the texts, the parts of the record switched on one by one (those
the consent's scope allows), a preview rendered in memory, then print or
save as PDF. Sending is recorded by the service before the paper or the file
exists: journal entry, disclosure log, the stored PDF, the letter register."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QPagedPaintDevice
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mottagning.errors import UserError
from mottagning.models.letters import Channel, Include, ReferralDraft, RenderedDocument
from mottagning.reports.pages import PRINT_DPI, PageImage, page_images
from mottagning.services.session import Session
from mottagning.ui.date_time_edits import date_edit
from mottagning.ui.dialogs import confirm, inform
from mottagning.ui.errors import explain, message_for
from mottagning.ui.formatting import from_qdate, to_qdate
from mottagning.ui.forms import add_row
from mottagning.ui.letters.pages import PagePreview, paint_pages
from mottagning.ui.sizes import lines
from mottagning.ui.translations import translated
from mottagning.ui.worker import run_operation

Preview = tuple[RenderedDocument, list[PageImage]]


def choose_printer(parent: QWidget, chosen: Callable[[QPagedPaintDevice], None]) -> None:
    """The print dialog, not blocking; `chosen(printer)` after Print. (Tests
    replace this with a fake printer.)"""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(
        QCoreApplication.translate("ReferralBuilder", "Referral")
    )  # the print queue shows no client
    dialog = QPrintDialog(printer, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.accepted.connect(lambda: chosen(printer))
    QDialog.open(dialog)  # QPrintDialog's own open() wants a slot to call


def choose_file(parent: QWidget, chosen: Callable[[Path], None]) -> None:
    """Where to save the PDF, not blocking (tests replace this)."""
    dialog = QFileDialog(
        parent, QCoreApplication.translate("ReferralBuilder", "Save the referral as PDF")
    )
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilter(QCoreApplication.translate("ReferralBuilder", "PDF documents (*.pdf)"))
    dialog.setDefaultSuffix("pdf")
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.fileSelected.connect(lambda name: chosen(Path(name)))
    dialog.open()


class ReferralBuilder(QDialog):
    sent = Signal()

    def __init__(self, session: Session, client_id: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("referralBuilder")
        self.setWindowTitle(self.tr("Write a referral"))
        self._session = session
        self._client_id = client_id
        self._document: RenderedDocument | None = None
        self._notes_loaded = False

        self.recipient = QComboBox(self)
        self.recipient.setObjectName("referralRecipient")
        self.recipient.addItem(self.tr("Choose the receiving unit"), None)
        for unit in session.address_book.units():
            self.recipient.addItem(
                f"{unit.name} ({translated(unit.unit_type.label)})", ("unit", unit.id)
            )
        for basis in session.consents.bases(client_id):
            if basis.recipient.unit_id is None and basis.valid_on(session.time.today()):
                self.recipient.addItem(basis.recipient.person_name, ("person", basis.id))
        self.basis_status = QLabel(self)
        self.basis_status.setObjectName("basisStatus")
        self.basis_status.setWordWrap(True)
        self.language = QComboBox(self)
        self.language.setObjectName("referralLanguage")
        self.language.addItem(self.tr("Swedish"), "sv")
        self.language.addItem(self.tr("English"), "en")
        self.question = self._text("referralQuestion", 3)
        self.question.setPlaceholderText(self.tr("What should the recipient answer or do?"))
        self.background = self._text("referralBackground", 5)
        self.situation = self._text("referralSituation", 5)
        self.includes: dict[Include, QCheckBox] = {}
        include_grid = QGridLayout()
        for number, include in enumerate(Include):
            box = QCheckBox(translated(include.label), self)
            box.setObjectName(f"include_{include.value}")
            box.setEnabled(False)
            self.includes[include] = box
            include_grid.addWidget(box, number // 2, number % 2)
        self.includes[Include.JOURNAL_EXTRACT].toggled.connect(self._extract_toggled)
        self.includes[Include.QUESTIONNAIRES].toggled.connect(self._questionnaires_toggled)
        self.instruments = QListWidget(self)
        self.instruments.setObjectName("referralInstruments")
        self.instruments.setFixedHeight(lines(self.instruments, 3.5))
        self.instruments.hide()
        self._instruments_loaded = False
        self.notes = QListWidget(self)
        self.notes.setObjectName("extractNotes")
        self.notes.setFixedHeight(lines(self.notes, 5))
        self.notes.hide()
        self.has_reply = QCheckBox(self.tr("&Reply requested by"), self)
        self.has_reply.setObjectName("hasReplyBy")
        today = to_qdate(session.time.today())
        self.reply_by = date_edit(self, today.addDays(28))
        self.reply_by.setObjectName("replyBy")
        self.reply_by.setDisplayFormat("yyyy-MM-dd")
        self.reply_by.setMinimumDate(today)
        self.reply_by.setEnabled(False)
        self.has_reply.toggled.connect(self.reply_by.setEnabled)
        self.has_reply.setChecked(True)

        form = QFormLayout()
        add_row(form, self.tr("&To:"), self.recipient)
        form.addRow("", self.basis_status)
        add_row(form, self.tr("&Language:"), self.language)
        add_row(form, self.tr("&Question to be answered:"), self.question)
        add_row(form, self.tr("&Background:"), self.background)
        add_row(form, self.tr("Current &situation:"), self.situation)
        add_row(
            form, self.tr("Also include:"), include_grid, self.includes[Include.IDENTITY_NUMBER]
        )
        form.addRow("", self.instruments)
        form.addRow("", self.notes)
        reply_row = QHBoxLayout()
        reply_row.addWidget(self.has_reply)
        reply_row.addWidget(self.reply_by)
        reply_row.addStretch(1)
        form.addRow("", reply_row)
        hint = QLabel(
            self.tr(
                "Only what you switch on goes into the letter, and only what the "
                "client's consent covers can be switched on."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")

        self.preview_button = QPushButton(self.tr("&Update preview"), self)
        self.preview_button.setObjectName("updatePreview")
        self.preview_button.clicked.connect(self.update_preview)
        self.print_button = QPushButton(self.tr("&Print..."), self)
        self.print_button.setObjectName("printReferral")
        self.print_button.clicked.connect(self.print_letter)
        self.save_button = QPushButton(self.tr("Save as P&DF..."), self)
        self.save_button.setObjectName("saveReferralPdf")
        self.save_button.clicked.connect(self.save_pdf)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.preview_button, self.print_button, self.save_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)

        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(hint)
        left.addStretch(1)
        left.addLayout(buttons)
        self.preview = PagePreview(self)
        self.preview.show_message(self.tr("Choose the recipient and write the question."))
        body = QHBoxLayout(self)
        body.addLayout(left, 5)
        body.addWidget(self.preview, 4)
        self.recipient.currentIndexChanged.connect(self._recipient_changed)
        self._enable_sending(False)
        screen = self.screen().availableGeometry()
        self.resize(min(1240, int(screen.width() * 0.95)), min(820, int(screen.height() * 0.92)))

    def _text(self, name: str, height: float) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setObjectName(name)
        edit.setTabChangesFocus(True)
        edit.setFixedHeight(lines(edit, height))
        return edit

    def _enable_sending(self, enabled: bool) -> None:
        self.print_button.setEnabled(enabled)
        self.save_button.setEnabled(enabled)

    # --- What may go ---------------------------------------------------------------------

    def _recipient(self) -> tuple[str | None, str | None]:
        """(unit id, basis id) of the chosen recipient."""
        data = self.recipient.currentData()
        if data is None:
            return None, None
        kind, value = data
        return (value, None) if kind == "unit" else (None, value)

    def _recipient_changed(self) -> None:
        unit_id, basis_id = self._recipient()
        self._document = None
        self._enable_sending(False)
        permitted: frozenset[Include] = frozenset()
        if unit_id is None and basis_id is None:
            self.basis_status.setText("")
        else:
            try:
                permitted = self._session.referrals.permitted_includes(
                    self._client_id, unit_id, basis_id
                )
            except UserError as error:
                self.basis_status.setProperty("role", "error")
                self.basis_status.setText(message_for(error))
            else:
                self.basis_status.setProperty("role", "")
                self.basis_status.setText(self.tr("The consent register lets the referral go."))
            self.basis_status.style().polish(self.basis_status)
        for include, box in self.includes.items():
            box.setEnabled(include in permitted)
            if include not in permitted:
                box.setChecked(False)

    def _questionnaires_toggled(self, on: bool) -> None:
        self.instruments.setVisible(on)
        if on and not self._instruments_loaded:
            self._instruments_loaded = True
            try:
                names = self._session.referrals.instruments(self._client_id)
            except UserError as error:
                explain(self, error)
                return
            for instrument_id, name in names.items():
                item = QListWidgetItem(name, self.instruments)
                item.setData(Qt.ItemDataRole.UserRole, instrument_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked)

    def _extract_toggled(self, on: bool) -> None:
        self.notes.setVisible(on)
        if on and not self._notes_loaded:
            self._notes_loaded = True
            try:
                notes = self._session.journal.notes(self._client_id)
            except UserError as error:
                explain(self, error)
                return
            for note in notes:
                if not note.signed:
                    continue
                first = note.current_text.strip().splitlines()[0][:70] if note.current_text else ""
                item = QListWidgetItem(
                    f"{note.note_date.isoformat()} · {translated(note.note_type.label)} · {first}",
                    self.notes,
                )
                item.setData(Qt.ItemDataRole.UserRole, note.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)

    def draft(self) -> ReferralDraft:
        unit_id, basis_id = self._recipient()
        chosen = [
            self.notes.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.notes.count())
            if self.notes.item(row).checkState() == Qt.CheckState.Checked
        ]
        instruments = [
            self.instruments.item(row).data(Qt.ItemDataRole.UserRole)
            for row in range(self.instruments.count())
            if self.instruments.item(row).checkState() == Qt.CheckState.Checked
        ]
        includes = {i for i, box in self.includes.items() if box.isChecked()}
        if self.instruments.count() and not instruments:
            includes.discard(Include.QUESTIONNAIRES)  # none chosen: none shown
        return ReferralDraft(
            client_id=self._client_id,
            unit_id=unit_id,
            basis_id=basis_id,
            question=self.question.toPlainText(),
            background=self.background.toPlainText(),
            current_situation=self.situation.toPlainText(),
            includes=frozenset(includes),
            journal_note_ids=tuple(chosen),
            instrument_ids=frozenset(instruments),
            language=str(self.language.currentData()),
            reply_expected_by=from_qdate(self.reply_by.date())
            if self.has_reply.isChecked()
            else None,
        )

    # --- Preview, print, save ------------------------------------------------------------------

    def update_preview(self) -> None:
        draft = self.draft()
        if draft.unit_id is None and draft.basis_id is None:
            self.preview.show_message(self.tr("Choose the recipient first."))
            return

        dpi = self.preview.fitting_dpi()

        def work(session: Session, _report: object) -> Preview:
            document = session.referrals.preview(draft)
            return document, page_images(document.pdf, dpi)

        run_operation(
            self,
            self._session,
            work,
            self._show_preview,
            on_error=self._preview_failed,
            key=f"referral-preview-{id(self)}",
        )

    def _show_preview(self, result: Preview) -> None:
        self._document, pages = result
        self.preview.show_pages(pages)
        self._enable_sending(True)

    def _preview_failed(self, error: BaseException) -> None:
        self._document = None
        self._enable_sending(False)
        if isinstance(error, UserError):
            self.preview.show_message(message_for(error))
        else:
            explain(self, error)

    def print_letter(self) -> None:
        choose_printer(self, self._print_on)

    def _print_on(self, printer: QPagedPaintDevice) -> None:
        draft = self.draft()

        def work(session: Session, _report: object) -> list[PageImage]:
            _, pdf = session.referrals.send(draft, Channel.PRINTED)
            return page_images(pdf, PRINT_DPI)

        def printed(pages: list[PageImage]) -> None:
            try:
                paint_pages(printer, pages)
            except OSError:
                inform(
                    self,
                    self.tr("Printing failed"),
                    self.tr(
                        "The referral is recorded as sent, but the printer did not print. "
                        "Print it again from the letter register."
                    ),
                )
            self._sent()

        run_operation(self, self._session, work, printed)

    def save_pdf(self) -> None:
        confirm(
            self,
            self.tr("Save as PDF"),
            self.tr(
                "A PDF file is not encrypted: anyone who reaches the file can read it. "
                "Save it only where it belongs (e.g. to send by secure e-mail), and "
                "delete it after. Save anyway?"
            ),
            lambda: choose_file(self, self._save_to),
        )

    def _save_to(self, path: Path) -> None:
        draft = self.draft()

        def work(session: Session, _report: object) -> bytes:
            _, pdf = session.referrals.send(draft, Channel.PDF_FILE)
            return pdf

        def write(pdf: bytes) -> None:
            try:
                path.write_bytes(pdf)
            except OSError:
                QMessageBox.warning(
                    self,
                    self.tr("Not saved"),
                    self.tr(
                        "The referral is recorded as sent, but the file could not be "
                        "written there. The letter register keeps it as sent: print a copy "
                        "from there."
                    ),
                )
            self._sent()

        run_operation(self, self._session, work, write)

    def _sent(self) -> None:
        self.sent.emit()
        self.accept()
