"""One visit: its details, and what the reception does with it: mark arrived,
attended or no-show, change it, or cancel it (by the client or the clinic)."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mottagning.errors import UserError
from mottagning.models.calendar import Appointment, AppointmentStatus
from mottagning.services.session import Session
from mottagning.ui.calendar import texts, visit_actions
from mottagning.ui.calendar.booking_dialog import BookingDialog
from mottagning.ui.calendar.questions import CancelQuestion
from mottagning.ui.dialogs import open_dialog
from mottagning.ui.errors import message_for, show_in
from mottagning.ui.letters.appointment_letter_dialog import AppointmentLetterDialog


class AppointmentDialog(QDialog):
    changed = Signal(list)  # the appointments that changed (status, time, details)

    def __init__(self, session: Session, parent: QWidget | None, appointment: Appointment) -> None:
        super().__init__(parent)
        self.setObjectName("appointmentDialog")
        self._session = session
        self.appointment = appointment
        self.setWindowTitle(self.tr("Visit"))
        self._values: dict[str, QLabel] = {}
        self._form = QFormLayout()
        for key, label in (
            ("time", self.tr("Time:")),
            ("client", self.tr("Client:")),
            ("counselors", self.tr("Counselors:")),
            ("room", self.tr("Room:")),
            ("form", self.tr("Contact form:")),
            ("status", self.tr("Status:")),
            ("note", self.tr("Reception note:")),
            ("series", self.tr("Series:")),
            ("override", self.tr("Booked despite a clash:")),
            ("booked", self.tr("Booked by:")),
        ):
            value = QLabel(self)
            value.setObjectName(f"visit_{key}")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self._values[key] = value
            self._form.addRow(label, value)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setProperty("role", "error")
        self.error.hide()

        self.status_buttons: dict[AppointmentStatus, QPushButton] = {
            AppointmentStatus.ARRIVED: QPushButton(self.tr("&Arrived"), self),
            AppointmentStatus.ATTENDED: QPushButton(self.tr("A&ttended"), self),
            AppointmentStatus.NO_SHOW: QPushButton(self.tr("&No-show"), self),
            AppointmentStatus.BOOKED: QPushButton(self.tr("Back to &booked"), self),
        }
        marks = QHBoxLayout()
        for status, button in self.status_buttons.items():
            button.setObjectName(f"mark_{status.value}")
            button.clicked.connect(lambda _=False, s=status: self.mark(s))
            marks.addWidget(button)
        marks.addStretch(1)
        self.change_button = QPushButton(self.tr("C&hange..."), self)
        self.change_button.setObjectName("changeVisit")
        self.change_button.clicked.connect(self.change)
        self.cancel_button = QPushButton(self.tr("&Cancel the visit..."), self)
        self.cancel_button.setObjectName("cancelVisit")
        self.cancel_button.clicked.connect(self.cancel_visit)
        self.letter_button = QPushButton(self.tr("&Letter..."), self)
        self.letter_button.setObjectName("appointmentLetter")
        self.letter_button.setToolTip(self.tr("An appointment letter (kallelse) for the client"))
        self.letter_button.clicked.connect(self.appointment_letter)
        self.letter_button.setVisible(self.appointment.client_id is not None)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.letter_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.change_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(self._form)
        layout.addWidget(self.error)
        layout.addLayout(marks)
        layout.addWidget(buttons)
        self._show()
        self.resize(520, self.sizeHint().height())

    def appointment_letter(self) -> QDialog:
        return open_dialog(AppointmentLetterDialog(self._session, self.appointment.id, self))

    # --- Showing ----------------------------------------------------------------------

    def _show(self) -> None:
        session, visit = self._session, self.appointment
        zone = session.scheduling.zone
        names = session.scheduling.staff_names()
        start = visit.starts_at.astimezone(zone)
        values = {
            "time": f"{texts.long_date(start.date())}, "
            + texts.time_range(visit.starts_at, visit.ends_at, zone),
            "client": self._client_name() or self.tr("No single client"),
            "counselors": texts.names(visit.counselor_ids, names),
            "room": self._room_name() or self.tr("No room"),
            "form": texts.form_text(visit.contact_form),
            "status": texts.status_text(visit.status),
            "note": (
                self.tr("{note} (not part of the journal)").format(note=visit.reception_note)
                if visit.reception_note
                else ""
            ),
            "series": self.tr("Part of a recurring series") if visit.series_id else "",
            "override": visit.override_reason,
            "booked": f"{names.get(visit.created_by, '?')}, "
            + visit.created_at.astimezone(zone).strftime("%Y-%m-%d %H:%M"),
        }
        for key, text in values.items():
            label = self._values[key]
            label.setText(text)
            self._form.setRowVisible(label, bool(text))
        self.setWindowTitle(
            self.tr("Visit {when}").format(when=texts.when(visit.starts_at, visit.ends_at, zone))
        )
        self._enable_buttons()

    def _client_name(self) -> str:
        client_id = self.appointment.client_id
        if client_id is None:
            return ""
        summary = self._session.clients.summaries({client_id}).get(client_id)
        full = self._session.preferences.show_full_names
        return summary.display_name(show_full_names=full) if summary else ""

    def _room_name(self) -> str:
        rooms = {
            room.id: room.name for room in self._session.calendar_settings.rooms(active_only=False)
        }
        return rooms.get(self.appointment.room_id or "", "")

    def _enable_buttons(self) -> None:
        visit = self.appointment
        not_yet = self.tr("The visit has not begun yet.")
        for status, button in self.status_buttons.items():
            allowed = visit_actions.can_set(self._session, visit, status)
            button.setEnabled(allowed)
            early = not allowed and status in visit_actions.MARKS and visit.status.occupies_time
            button.setToolTip(not_yet if early and status is not visit.status else "")
        self.status_buttons[AppointmentStatus.BOOKED].setVisible(
            visit.status is not AppointmentStatus.BOOKED
        )
        cancelled = not visit.status.occupies_time
        self.change_button.setEnabled(not cancelled)
        self.cancel_button.setEnabled(not cancelled)

    # --- Acting -----------------------------------------------------------------------

    def mark(self, status: AppointmentStatus) -> None:
        visit_actions.set_status(self._session, self, self.appointment, status, self._done)

    def cancel_visit(self) -> CancelQuestion:
        return visit_actions.ask_cancel(self._session, self, self.appointment, self._done)

    def change(self) -> BookingDialog:
        dialog = BookingDialog(self._session, self, appointment=self.appointment)
        dialog.booked.connect(self._edited)
        open_dialog(dialog)
        return dialog

    def _done(self, changed: list[Appointment]) -> None:
        """A status was set: the reception is done with this visit for now."""
        self.changed.emit(changed)
        self.accept()

    def _edited(self, changed: list[Appointment]) -> None:
        try:
            self.appointment = self._session.scheduling.appointment(self.appointment.id)
        except UserError as error:
            show_in(self.error, message_for(error))
        self._show()
        self.changed.emit(changed)
