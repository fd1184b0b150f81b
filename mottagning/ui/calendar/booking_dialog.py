"""Booking a visit, changing one, or booking a waiting client's first visit.

Top to bottom with Tab: client, counselors, room, date (with "Next free
time", optionally with any counselor), start and end, contact form, repeat
(a series lists its visits before it is booked), reception note. Enter
books, Escape cancels.

What stands in the way is checked as the form is filled in, so the message
always belongs to what the form says now: a clash is named (in a series:
which visit), and a role that may override gets a reason field and "Book
anyway"; change the time and both go away when the clash does.
"""

from datetime import datetime, time, timedelta
from itertools import pairwise

from PySide6.QtCore import QTime, QTimer, Signal
from PySide6.QtGui import QHideEvent, QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mottagning.errors import AppointmentClash, UserError
from mottagning.models.calendar import (
    APPOINTMENT_FORMS,
    Appointment,
    AppointmentDetails,
    ContactForm,
    Recurrence,
    SeriesScope,
    WaitingListEntry,
)
from mottagning.services.permissions import Action, is_allowed
from mottagning.services.scheduling import BookingResult
from mottagning.services.session import Session
from mottagning.ui.calendar import texts
from mottagning.ui.calendar.fields import CounselorList, DateField, QuarterTimeEdit
from mottagning.ui.calendar.free_time import suggested_start
from mottagning.ui.calendar.layout import DEFAULT_VISIT, SLOT
from mottagning.ui.calendar.questions import REASON_LENGTH, ScopeQuestion
from mottagning.ui.calendar.repeat import RepeatFields
from mottagning.ui.calendar.series_preview import SeriesPreview
from mottagning.ui.calendar.snapshot import holiday_language
from mottagning.ui.clients.picker import ClientPicker
from mottagning.ui.dialogs import inform
from mottagning.ui.errors import message_for
from mottagning.ui.formatting import from_qdate, to_qdate
from mottagning.ui.sizes import grow_to_fit
from mottagning.ui.translations import translated

NOTE_LENGTH = 300  # what the service keeps
CHECK_DELAY_MS = 150  # typing a time: check once it pauses, not at every digit


class BookingDialog(QDialog):
    booked = Signal(list)  # the saved appointments

    def __init__(
        self,
        session: Session,
        parent: QWidget | None = None,
        *,
        starts_at: datetime | None = None,
        ends_at: datetime | None = None,
        counselor_ids: frozenset[str] = frozenset(),
        room_id: str | None = None,
        client_id: str | None = None,
        appointment: Appointment | None = None,
        waiting_entry: WaitingListEntry | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bookingDialog")
        self._session = session
        self._appointment = appointment
        self._waiting = waiting_entry
        self._zone = session.scheduling.zone
        self._calendar = session.calendar_settings.clinic_calendar(holiday_language())
        self._length = DEFAULT_VISIT  # minutes; kept when the start moves
        self._overriding = False  # a clash is shown and may be booked anyway
        if appointment is not None:
            self.setWindowTitle(self.tr("Change the visit"))
        elif waiting_entry is not None:
            self.setWindowTitle(self.tr("Book the first visit"))
        else:
            self.setWindowTitle(self.tr("Book a visit"))
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.check_now)
        self._build_fields()
        self._build_layout()
        self._fill(starts_at, ends_at, counselor_ids, room_id, client_id)
        self._connect()
        self.check_now()
        self.resize(600, self.sizeHint().height())
        (self.client if self.client.isEnabled() else self.counselors).setFocus()

    # --- Building ---------------------------------------------------------------------

    def _build_fields(self) -> None:
        self.client = ClientPicker(self._session, self)
        self.client_label = QLabel(self.tr("&Client:"), self)
        self.client_label.setBuddy(self.client)
        self.counselors = CounselorList(self)
        self.counselors.setObjectName("bookingCounselors")
        self.room = QComboBox(self)
        self.room.setObjectName("bookingRoom")
        self.room.addItem(self.tr("No room"), None)
        for room in self._session.calendar_settings.rooms():
            self.room.addItem(room.name, room.id)
        self.date = DateField(self._calendar, self)
        self.date.setObjectName("bookingDate")
        self.next_free = QPushButton(self.tr("Next &free time"), self)
        self.next_free.setObjectName("nextFreeTime")
        self.next_free.setToolTip(
            self.tr(
                "The first time from the chosen date when the counselors (and the room) "
                "are free for this long, within opening hours."
            )
        )
        self.any_counselor = QCheckBox(self.tr("with &any counselor"), self)
        self.any_counselor.setObjectName("anyCounselor")
        self.any_counselor.setToolTip(
            self.tr("Look for the first counselor who is free, and choose them.")
        )
        self.start = QuarterTimeEdit(self)
        self.start.setObjectName("bookingStart")
        self.end = QuarterTimeEdit(self)
        self.end.setObjectName("bookingEnd")
        self.length = QLabel(self)
        self.length.setObjectName("bookingLength")
        self.form = QComboBox(self)
        self.form.setObjectName("bookingForm")
        for form in APPOINTMENT_FORMS:
            self.form.addItem(translated(form.label), form)
        self.repeat = RepeatFields(self._calendar, self)
        self.series = SeriesPreview(self._calendar, self)
        self.series.setObjectName("seriesPreview")
        self.series.hide()
        self.note = QLineEdit(self)
        self.note.setObjectName("bookingNote")
        self.note.setMaxLength(NOTE_LENGTH)
        self.note.setPlaceholderText(self.tr("For example: needs an interpreter (Arabic)"))
        self.notice = QLabel(self)
        self.notice.setObjectName("bookingNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.error = QLabel(self)
        self.error.setObjectName("bookingError")
        self.error.setWordWrap(True)
        self.error.setProperty("role", "error")
        self.error.hide()
        self.override_reason = QLineEdit(self)
        self.override_reason.setObjectName("overrideReason")
        self.override_reason.setMaxLength(REASON_LENGTH)
        self.override_reason.setPlaceholderText(
            self.tr("Reason to book anyway (kept with the visit and in the access log)")
        )
        self.override_reason.hide()
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(
            self._save_text(), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("bookButton")
        self.save_button.setDefault(True)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)

    def _build_layout(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.client_label, self.client)
        form.addRow(self._label(self.tr("C&ounselors:"), self.counselors), self.counselors)
        form.addRow(self._label(self.tr("&Room:"), self.room), self.room)
        form.addRow(
            self._label(self.tr("&Date:"), self.date),
            _row(self.date, self.next_free, self.any_counselor),
        )
        dash = QLabel("–", self)
        form.addRow(
            self._label(self.tr("&Time:"), self.start),
            _row(self.start, dash, self.end, self.length),
        )
        form.addRow(self._label(self.tr("Contact &form:"), self.form), self.form)
        if self._appointment is None:
            form.addRow(self._label(self.tr("R&epeat:"), self.repeat.kind), self.repeat)
            form.addRow("", self.series)
        else:  # a change keeps the series as it is
            self.repeat.hide()
            if self._appointment.series_id is not None:
                form.addRow(self.tr("Series:"), QLabel(self.tr("Part of a recurring series"), self))
        form.addRow(self._label(self.tr("Reception &note:"), self.note), self.note)
        hint = QLabel(
            self.tr(
                "Seen by the reception and the counselors. Not part of the journal: "
                "write nothing sensitive here."
            ),
            self,
        )
        hint.setWordWrap(True)
        hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)  # a hint, not a field
        form.addRow("", hint)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        # Room the dialog has to spare goes here, never between the form's rows
        # (they would drift apart from their labels when a message goes away).
        layout.addStretch(1)
        layout.addWidget(self.notice)
        layout.addWidget(self.error)
        layout.addWidget(self.override_reason)
        layout.addWidget(self.buttons)
        chain: list[QWidget] = [
            self.client,
            self.counselors,
            self.room,
            self.date,
            self.next_free,
            self.any_counselor,
            self.start,
            self.end,
            self.form,
            *self.repeat.tab_chain(),
            self.note,
            self.override_reason,
            self.buttons,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    def _connect(self) -> None:
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.start.timeChanged.connect(self._start_changed)
        self.end.timeChanged.connect(self._show_length)
        self.form.currentIndexChanged.connect(self._form_changed)
        self.next_free.clicked.connect(self.find_next_free_time)
        for changed in (
            self.client.textEdited,
            self.client.chosen,
            self.counselors.itemChanged,
            self.room.currentIndexChanged,
            self.date.dateChanged,
            self.start.timeChanged,
            self.end.timeChanged,
            self.form.currentIndexChanged,
            self.repeat.changed,
        ):
            changed.connect(self._input_changed)
        self._show_length()
        self._form_changed()

    def _save_text(self) -> str:
        return self.tr("&Save") if self._appointment else self.tr("&Book")

    # --- Filling in ---------------------------------------------------------------------

    def _fill(
        self,
        starts_at: datetime | None,
        ends_at: datetime | None,
        counselor_ids: frozenset[str],
        room_id: str | None,
        client_id: str | None,
    ) -> None:
        scheduling = self._session.scheduling
        original = self._appointment
        if original is not None:
            starts_at, ends_at = original.starts_at, original.ends_at
            counselor_ids, room_id = original.counselor_ids, original.room_id
            client_id = original.client_id
            self.form.setCurrentIndex(max(0, self.form.findData(original.contact_form)))
            self.note.setText(original.reception_note)
        people = [(user.id, user.full_name) for user in scheduling.counselors()]
        bookable = [user_id for user_id, _ in people]
        if self._waiting is not None:
            client_id = self._waiting.client_id
            if not counselor_ids:
                counselor_ids = self._client_counselors(client_id, bookable)
        if not counselor_ids and self._session.user.id in bookable:
            counselor_ids = frozenset({self._session.user.id})  # a counselor books for themself
        if starts_at is None:
            now = self._session.time.now()
            length = timedelta(minutes=DEFAULT_VISIT)
            # Nobody chosen (the reception, a waiting client without a counselor):
            # whoever is free first.
            candidates = bookable if self._waiting is not None else []
            starts_at, counselor_ids = suggested_start(
                scheduling, counselor_ids, room_id, now, length, candidates
            )
        names = scheduling.staff_names()
        people += [(user_id, names.get(user_id, "?")) for user_id in counselor_ids - set(bookable)]
        self.counselors.set_counselors(people, counselor_ids)
        self.room.setCurrentIndex(max(0, self.room.findData(room_id)))
        if client_id is not None:
            self.client.set_client(client_id)
        self.client.setEnabled(self._waiting is None)
        start = starts_at.astimezone(self._zone)
        end = (ends_at or starts_at + timedelta(minutes=DEFAULT_VISIT)).astimezone(self._zone)
        self.date.setDate(to_qdate(start.date()))
        self.start.setTime(QTime(start.hour, start.minute))
        self.end.setTime(QTime(end.hour, end.minute))
        self.repeat.set_first_day(start.date())

    def _client_counselors(self, client_id: str, bookable: list[str]) -> frozenset[str]:
        """The waiting client's own counselors, if they have any yet."""
        summary = self._session.clients.summaries({client_id}).get(client_id)
        if summary is None:
            return frozenset()
        return frozenset(summary.counselor_ids & set(bookable))

    # --- Reacting to input ----------------------------------------------------------------

    def _duration(self) -> int:
        start, end = self.start.time(), self.end.time()
        return (end.msecsSinceStartOfDay() - start.msecsSinceStartOfDay()) // 60_000

    def _start_changed(self, new_start: QTime) -> None:
        """The end follows the start, keeping the visit's length."""
        end = new_start.addSecs(self._length * 60)
        if end > new_start:
            self.end.blockSignals(True)
            self.end.setTime(end)
            self.end.blockSignals(False)
        self._show_length()

    def _show_length(self) -> None:
        length = self._duration()
        if length > 0:
            self._length = length
            self.length.setText(self.tr("{minutes} min").format(minutes=length))
        else:
            self.length.setText(self.tr("ends before it starts"))

    def _form_changed(self) -> None:
        form = ContactForm(self.form.currentData())
        self.client_label.setText(
            self.tr("&Client:") if form.needs_client else self.tr("&Client (optional):")
        )

    def _input_changed(self) -> None:
        """What was said about the form may no longer hold: check it again."""
        self._check_timer.start()

    def check_now(self) -> None:
        """Show what stands in the way of booking the form as it is now, and the
        visits of a series; withdraw a message (and "Book anyway") that no
        longer applies."""
        self._check_timer.stop()
        scheduling = self._session.scheduling
        try:
            plan = scheduling.plan(self.details(), self.recurrence(), self._ignore())
        except UserError as error:  # the end before the start, a series ending before it begins
            self.series.hide()
            self._set_clash(None)
            self._show_error(message_for(error))
            return
        if self.recurrence() is not None:
            self.series.show_plan(plan, scheduling)
        self.series.setVisible(self.recurrence() is not None)
        refusal = scheduling.refusal(plan)
        self._set_clash(refusal)
        if refusal is None:
            self.error.hide()
        grow_to_fit(self)

    def _ignore(self) -> frozenset[str]:
        """A change does not clash with the visit being changed."""
        return frozenset({self._appointment.id}) if self._appointment is not None else frozenset()

    def _set_clash(self, clash: AppointmentClash | None) -> None:
        may_override = is_allowed(self._session.user.role, Action.OVERRIDE_CLASHES)
        self._overriding = clash is not None and may_override
        self.override_reason.setVisible(self._overriding)
        self.save_button.setText(self.tr("&Book anyway") if self._overriding else self._save_text())
        if clash is None:
            return
        text = message_for(clash)
        if may_override:
            text += " " + self.tr("Or give a reason and book anyway.")
        self._show_error(text)

    # --- Reading the form ---------------------------------------------------------------

    def details(self) -> AppointmentDetails:
        day = from_qdate(self.date.date())
        return AppointmentDetails(
            starts_at=datetime.combine(day, _time(self.start.time()), self._zone),
            ends_at=datetime.combine(day, _time(self.end.time()), self._zone),
            counselor_ids=self.counselors.checked_ids(),
            client_id=self.client.client_id,
            room_id=self.room.currentData(),
            contact_form=ContactForm(self.form.currentData()),
            reception_note=self.note.text(),
        )

    def recurrence(self) -> Recurrence | None:
        return None if self._appointment is not None else self.repeat.recurrence()

    # --- Next free time -------------------------------------------------------------------

    def find_next_free_time(self) -> datetime | None:
        """From the chosen date: when the ticked counselors (and the room) are
        free, or, with "any counselor", the first counselor free (ticked)."""
        scheduling = self._session.scheduling
        any_counselor = self.any_counselor.isChecked()
        counselor_ids = sorted(self.counselors.checked_ids())
        if not counselor_ids and not any_counselor:
            self._show_error(self.tr("Choose a counselor first, then look for a free time."))
            return None
        length = timedelta(minutes=max(SLOT, self._duration()))
        day = from_qdate(self.date.date())
        after = max(self._session.time.now(), datetime.combine(day, time(0), self._zone))
        room_id = self.room.currentData()
        try:
            if any_counselor:
                candidates = [user.id for user in scheduling.counselors()]
                free = scheduling.next_free_counselor(candidates, after, length, room_id)
                found, who = (free[0], free[1]) if free else (None, None)
            else:
                found, who = scheduling.next_free_time(counselor_ids, after, length, room_id), None
        except UserError as error:
            self._show_error(message_for(error))
            return None
        if found is None:
            self._show_error(
                self.tr(
                    "No free time within four months for the chosen counselors and room. "
                    "Choose another room or counselor."
                )
            )
            return None
        if who is not None:
            for user_id in self.counselors.checked_ids() - {who}:
                self.counselors.set_checked(user_id, False)
            self.counselors.set_checked(who)
        local = found.astimezone(self._zone)
        self.date.setDate(to_qdate(local.date()))
        self.start.setTime(QTime(local.hour, local.minute))
        self.check_now()
        self.error.hide()
        text = self.tr("Next free time: {date}, {time}.").format(
            date=texts.long_date(local.date()),
            time=texts.time_range(found, found + length, self._zone),
        )
        if who is not None:
            name = scheduling.staff_names().get(who, "")
            text = self.tr("Next free time: {date}, {time}, with {name}.").format(
                date=texts.long_date(local.date()),
                time=texts.time_range(found, found + length, self._zone),
                name=name,
            )
        self.notice.setText(text)
        self.notice.show()
        grow_to_fit(self)
        return found

    # --- Saving -------------------------------------------------------------------------

    def save(self) -> None:
        if self._appointment is not None and self._appointment.series_id is not None:
            question = ScopeQuestion(
                self,
                self.tr(
                    "This visit is part of a series. Change only this visit, or the others as well?"
                ),
            )
            question.chosen.connect(self._submit)
            question.open()
            return
        self._submit(SeriesScope.THIS)

    def _submit(self, scope: SeriesScope) -> None:
        if self._check_timer.isActive():
            self.check_now()  # the state shown must be that of the form as it is
        if self.client.text().strip() and self.client.client_id is None:
            self._show_error(
                self.tr(
                    "Choose the client from the list: type part of the alias or name, "
                    "then pick the client with the arrow keys and Enter."
                )
            )
            self.client.setFocus()
            return
        reason = self.override_reason.text() if self._overriding else ""
        if self._overriding and not reason.strip():
            self._show_error(self.tr("Give a reason to book anyway, or change the time."))
            self.override_reason.setFocus()
            return
        try:
            saved = self._store(scope, reason)
        except AppointmentClash as clash:  # e.g. another visit of the series is in the way
            self._set_clash(clash)
            if self._overriding:
                self.override_reason.setFocus()
            grow_to_fit(self)
            return
        except UserError as error:
            self._show_error(message_for(error))
            return
        self.booked.emit(saved.appointments)
        if saved.skipped and self.parentWidget() is not None:
            self._tell_skipped(saved)
        self.accept()

    def hideEvent(self, event: QHideEvent) -> None:
        self._check_timer.stop()  # closed (or the window locked): nothing left to check
        super().hideEvent(event)

    def _store(self, scope: SeriesScope, reason: str) -> BookingResult:
        details = self.details()
        if self._appointment is not None:
            changed = self._session.scheduling.update(self._appointment.id, details, scope, reason)
            return BookingResult(changed, [])
        if self._waiting is not None:
            return self._session.waiting_list.book(
                self._waiting.id, details, self.recurrence(), reason
            )
        return self._session.scheduling.book(details, self.recurrence(), reason)

    def _show_error(self, text: str) -> None:
        self.notice.hide()
        self.error.setText(text)
        self.error.show()
        grow_to_fit(self)

    def _tell_skipped(self, saved: BookingResult) -> None:
        # Named here: the service names holidays in Swedish whatever the interface language.
        days = ", ".join(
            f"{day.isoformat()} ({name})"
            if (name := self._calendar.holiday(day))
            else day.isoformat()
            for day, _ in saved.skipped
        )
        inform(
            self.parentWidget() or self,
            self.tr("Series booked"),
            self.tr("%n visit(s) were booked.", "", len(saved.appointments)),
            self.tr("The clinic is closed on these days, so they were skipped: {days}").format(
                days=days
            ),
        )


def _row(*widgets: QWidget) -> QHBoxLayout:
    row = QHBoxLayout()
    for widget in widgets:
        row.addWidget(widget)
    row.addStretch(1)
    return row


def _time(value: QTime) -> time:
    return time(value.hour(), value.minute())
