"""Entering a questionnaire as the client answers it (on paper or read aloud).

The answer sheet takes the keys (see sheet.py); beside it the score so far,
the band, the clinical side and any raised flag update with every answer.
Ctrl+S, or Enter on the last item, saves through the measures service; a
flagged result starts a draft journal note there, and the dialog says so.
Non-blocking, like every dialog here: open it with ui.dialogs.open_dialog.

Where the form's wording is not shipped in the interface language, the dialog
says so, and the clinic lead can load the clinic's own text (a licence's, or
the official Swedish form) from a file: it is used from then on.
"""

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from mottagning.errors import UserError
from mottagning.scoring import Instrument, ScoreResult
from mottagning.services.permissions import Action, is_allowed
from mottagning.services.session import Session
from mottagning.ui.date_time_edits import date_edit
from mottagning.ui.dialogs import confirm
from mottagning.ui.errors import message_for
from mottagning.ui.formatting import from_qdate, to_qdate
from mottagning.ui.measures import wording
from mottagning.ui.measures.live import LiveScore, live_score
from mottagning.ui.measures.sheet import AnswerSheet
from mottagning.ui.measures.summary import LiveSummary
from mottagning.ui.measures.texts import instrument_title, shows_wording
from mottagning.ui.sizes import characters, lines, resize_within_screen

SUMMARY_GAP = 12  # between the items and the score beside them


def _muted(text: str, parent: QWidget, name: str) -> QLabel:
    widget = QLabel(text, parent)
    widget.setObjectName(name)
    widget.setWordWrap(True)
    widget.setStyleSheet("color: palette(placeholder-text);")
    return widget


class AdministrationDialog(QDialog):
    recorded = Signal(object)  # the saved MeasureRecord

    def __init__(
        self,
        session: Session,
        client_id: str,
        instrument_id: str,
        parent: QWidget | None = None,
        appointment_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("administrationDialog")
        self._session = session
        self._client_id = client_id
        self._appointment_id = appointment_id
        self._saved = False
        self.instrument: Instrument = session.measures.instrument(instrument_id)
        self.setWindowTitle(
            self.tr("Questionnaire: {name}").format(name=self.instrument.short_name)
        )
        self._build()
        self._connect_sheet()
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self._update()
        self._fit_to_screen()
        self.sheet.set_current(0)
        self.sheet.focus_current()

    # --- Building -------------------------------------------------------------------

    def _fit_to_screen(self) -> None:
        """Wide enough for the items and their answers beside the summary (five
        labelled answers for AUDIT and DUDIT), and tall enough for every item,
        where the screen has the room (a 1920x1080 screen shows the whole AUDIT);
        on a smaller screen the items scroll."""
        self.ensurePolished()  # measured in the fonts the style gives (bold answers ...)
        layout = self.layout()
        assert layout is not None
        margins = layout.contentsMargins()
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        beside = self.summary.width() + layout.spacing() + SUMMARY_GAP
        around_width = margins.left() + margins.right() + 2 * self._scroll.frameWidth()
        # Room for a scroll bar if the screen is short, and for a chosen answer,
        # which is shown in bold and so grows its column.
        sheet_width = self.sheet.sizeHint().width() + scroll_bar + characters(self, 4)
        room = self.screen().availableGeometry().width() - lines(self, 3)
        width = min(sheet_width + beside + around_width, room)
        sheet_height = self.sheet.heightForWidth(width - beside - around_width - scroll_bar)
        if sheet_height < 0:
            sheet_height = self.sheet.sizeHint().height()
        around = self.sizeHint().height() - self._scroll.sizeHint().height()
        height = around + sheet_height + 2 * self._scroll.frameWidth() + lines(self, 1)
        resize_within_screen(self, width, height)

    def _build(self) -> None:
        instrument = self.instrument
        self.title = QLabel(self)
        self.title.setObjectName("instrumentTitle")
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.intro = QLabel(self)
        self.intro.setObjectName("instrumentStem")
        self.intro.setWordWrap(True)
        self.text_note = _muted("", self, "itemTextNote")
        self.load_text = QPushButton(self.tr("Load the clinic's text..."), self)
        self.load_text.setObjectName("loadClinicText")
        self.load_text.setAutoDefault(False)
        self.load_text.clicked.connect(self.choose_text_file)
        self.sheet = AnswerSheet(instrument, self)
        scroll = QScrollArea(self)
        scroll.setWidget(self.sheet)
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._scroll = scroll
        self.summary = LiveSummary(instrument, self)
        self.summary.setFixedWidth(250)
        self.message = QLabel(self)
        self.message.setObjectName("administrationMessage")
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        self.hint = _muted(
            self.tr(
                "Type the answer's number: it is entered and the next item comes up. "
                "↑ ↓ move, ← → change, Backspace clears, Ctrl+S saves."
            ),
            self,
            "keyboardHint",
        )
        self.attribution = _muted("", self, "attribution")
        self.attribution.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.date = date_edit(self)
        self.date.setObjectName("administeredOn")
        self.date.setDisplayFormat("yyyy-MM-dd")
        self.date.setCalendarPopup(True)
        today = to_qdate(self._session.time.today())
        self.date.setMaximumDate(today)
        self.date.setDate(today)
        date_label = QLabel(self.tr("&Answered on:"), self)
        date_label.setBuddy(self.date)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        for button in self.buttons.findChildren(QPushButton):
            button.setAutoDefault(False)  # Enter belongs to the sheet

        body = QHBoxLayout()
        body.addWidget(scroll, 1)
        body.addSpacing(SUMMARY_GAP)
        body.addWidget(self.summary)
        bottom = QHBoxLayout()
        bottom.addWidget(date_label)
        bottom.addWidget(self.date)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        note_row = QHBoxLayout()
        note_row.addWidget(self.text_note, 1)
        note_row.addWidget(self.load_text, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(note_row)
        layout.addLayout(body, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.hint)
        layout.addWidget(self.attribution)
        layout.addLayout(bottom)
        self._show_texts()

    def _connect_sheet(self) -> None:
        self.sheet.changed.connect(self._update)
        # After the sheet's own layout has taken the change (posted events come first).
        self.sheet.changed.connect(self._grow_soon)
        self.sheet.moved.connect(self._moved)
        self.sheet.refused.connect(self._refused)
        self.sheet.finished.connect(self.save)

    def _show_texts(self) -> None:
        """Everything the instrument's wording decides: title, intro, notes, rights line."""
        instrument = self.instrument
        self.title.setText(instrument_title(instrument))
        self.intro.setText(wording.intro(instrument))
        self.intro.setVisible(bool(self.intro.text()))
        self.text_note.setText(wording.note(instrument, self._may_load_text()))
        self.text_note.setVisible(bool(self.text_note.text()))
        replaceable = instrument.licensed_text_source is not None  # a corrected file
        self.load_text.setVisible(
            self._may_load_text() and (replaceable or not shows_wording(instrument))
        )
        self.attribution.setText(wording.rights_line(instrument))
        self.attribution.setVisible(bool(self.attribution.text()))

    def _may_load_text(self) -> bool:
        return is_allowed(self._session.user.role, Action.EDIT_CLINIC_SETTINGS)

    # --- The clinic's own text ------------------------------------------------------

    def choose_text_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("The clinic's text for {name}").format(name=self.instrument.short_name),
            "",
            self.tr("Questionnaire text (*.json)"),
        )
        if path:
            self.load_text_file(Path(path))

    def load_text_file(self, path: Path) -> None:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            self.message.setText(
                self.tr("The file {file} could not be read.").format(file=path.name)
            )
            return
        try:
            instrument = self._session.measures.load_licensed_text(
                self.instrument.id, text, path.name
            )
        except UserError as error:
            self.message.setText(message_for(error))
            return
        self._use(instrument)

    def _use(self, instrument: Instrument) -> None:
        """Show `instrument`'s wording, keeping the answers entered so far."""
        answers, passed, current = self.sheet.answers(), set(self.sheet.passed), self.sheet.current
        self.instrument = instrument
        self.sheet = AnswerSheet(instrument, self)
        for index, value in enumerate(answers):
            self.sheet.rows[index].show_value(value)
        self.sheet.passed = passed
        self._scroll.setWidget(self.sheet)  # the old sheet is deleted
        self._connect_sheet()
        self.summary.set_instrument(instrument)
        self._show_texts()
        self._update()
        self.sheet.set_current(current)
        self.sheet.focus_current()

    # --- Live -----------------------------------------------------------------------

    def live(self) -> LiveScore:
        return live_score(self.instrument, self.sheet.answers(), self.sheet.passed, self._preview)

    def _preview(self, answers: list[int | None]) -> ScoreResult:
        """What saving would record: scored by the service, with the client's norm group."""
        return self._session.measures.preview(self._client_id, self.instrument.id, answers)

    def _update(self) -> None:
        self.message.clear()
        try:
            self.summary.show_live(self.live())
        except UserError as error:  # e.g. the day's emergency access has run out
            self.message.setText(message_for(error))

    def _grow_soon(self) -> None:
        QTimer.singleShot(0, self, self._grow_rather_than_scroll)  # not after the dialog is gone

    def _grow_rather_than_scroll(self) -> None:
        """A chosen answer is shown in bold and may wrap its row onto another
        line: grow the dialog, where the screen has room, rather than scroll."""
        needed = self._scroll.verticalScrollBar().maximum()
        room = self.screen().availableGeometry().height() - lines(self, 3)
        if needed > 0 and self.height() < room:
            self.resize(self.width(), min(room, self.height() + needed))

    def _moved(self, index: int) -> None:
        rect = self.sheet.row_rect(index)
        # Keep a row of context above and below; never scroll sideways.
        self._scroll.ensureVisible(0, rect.center().y(), 0, rect.height() * 2)
        self._update()

    def _refused(self, text: str) -> None:
        self.message.setText(text)

    # --- Saving ---------------------------------------------------------------------

    def save(self) -> None:
        self.sheet.reach_all()
        try:
            live = self.live()
        except UserError as error:
            self.message.setText(message_for(error))
            return
        self.summary.show_live(live)
        if live.result.answered == 0:
            self.message.setText(self.tr("No item is answered yet: there is nothing to save."))
            return
        if not live.result.scorable:
            confirm(
                self,
                self.tr("Save a form that cannot be scored?"),
                self.tr(
                    "{count} items are unanswered, so no score can be given. Save the answers "
                    "anyway (for example when the client chose not to answer)?"
                ).format(count=live.result.missing),
                self._record,
            )
            return
        self._record()

    def _record(self) -> None:
        try:
            record, _ = self._session.measures.record(
                self._client_id,
                self.instrument.id,
                self.sheet.answers(),
                appointment_id=self._appointment_id,
                administered_on=from_qdate(self.date.date()),
            )
        except UserError as error:
            self.message.setText(message_for(error))
            return
        self._saved = True
        self.recorded.emit(record)
        if record.note_id is None:  # the service started no note: nothing more to say
            self.accept()
            return
        # Stay open: the counselor should read that a note awaits their assessment.
        self.sheet.setEnabled(False)
        self.date.setEnabled(False)
        self.hint.hide()
        self.summary.show_saved(
            self.tr(
                "Saved. A draft journal note has been started for your risk assessment: "
                "complete and sign it in the journal today."
            )
        )
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setFocus()

    def reject(self) -> None:
        """Closing with answers entered asks first: they would be lost."""
        if self._saved or not any(value is not None for value in self.sheet.answers()):
            super().reject()
            return
        confirm(
            self,
            self.tr("Close without saving?"),
            self.tr("The answers entered so far will be lost."),
            self._discard,
        )

    def _discard(self) -> None:
        super().reject()
