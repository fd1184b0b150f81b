"""Rooms, opening hours and absences (administrators and the clinic lead)."""

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from mottagning.models.calendar import Absence, OpeningHours, Room
from mottagning.services.session import Session
from mottagning.ui.calendar.fields import DateField, QuarterTimeEdit
from mottagning.ui.dialogs import confirm, open_dialog
from mottagning.ui.errors import user_errors
from mottagning.ui.formatting import from_qdate, to_qdate, weekday_names

ABSENCE_HORIZON = timedelta(days=365)


def _time_edit(value: time, parent: QWidget) -> QuarterTimeEdit:
    edit = QuarterTimeEdit(parent)
    edit.setTime(QTime(value.hour, value.minute))
    return edit


def _time_of(edit: QTimeEdit) -> time:
    value = edit.time()
    return time(value.hour(), value.minute())


def _date_edit(value: date, parent: QWidget) -> DateField:
    edit = DateField(None, parent)
    edit.setDate(to_qdate(value))
    return edit


class CalendarSettingsTab(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._today = session.time.today()
        layout = QGridLayout(self)
        layout.addWidget(self._rooms_box(), 0, 0)
        layout.addWidget(self._hours_box(), 0, 1)
        layout.addWidget(self._exceptions_box(), 1, 0)
        layout.addWidget(self._absences_box(), 1, 1)
        self.refresh()

    # --- Rooms ----------------------------------------------------------------------

    def _rooms_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Rooms"), self)
        self.rooms = QListWidget(box)
        self.rooms.setObjectName("rooms")
        self.rooms.itemChanged.connect(self._room_toggled)
        add = QPushButton(self.tr("&Add a room..."), box)
        add.setObjectName("addRoom")
        add.clicked.connect(self.add_room)
        rename = QPushButton(self.tr("Re&name..."), box)
        rename.clicked.connect(self.rename_room)
        hint = QLabel(self.tr("Untick a room that is no longer in use: its history stays."), box)
        hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(rename)
        buttons.addStretch(1)
        layout = QVBoxLayout(box)
        layout.addWidget(self.rooms)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        return box

    def _fill_rooms(self) -> None:
        self.rooms.blockSignals(True)
        self.rooms.clear()
        for room in self._session.calendar_settings.rooms(active_only=False):
            item = QListWidgetItem(room.name, self.rooms)
            item.setData(Qt.ItemDataRole.UserRole, room)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if room.active else Qt.CheckState.Unchecked)
        self.rooms.blockSignals(False)

    def _room_toggled(self, item: QListWidgetItem) -> None:
        room: Room = item.data(Qt.ItemDataRole.UserRole)
        with user_errors(self):
            self._session.calendar_settings.save_room(
                room.name, room.id, active=item.checkState() == Qt.CheckState.Checked
            )
        self._fill_rooms()

    def add_room(self) -> None:
        self._ask_room_name("", None)

    def rename_room(self) -> None:
        item = self.rooms.currentItem()
        if item is not None:
            room: Room = item.data(Qt.ItemDataRole.UserRole)
            self._ask_room_name(room.name, room)

    def _ask_room_name(self, name: str, room: Room | None) -> None:
        dialog = QInputDialog(self)
        dialog.setObjectName("roomNameDialog")
        dialog.setWindowTitle(self.tr("Room"))
        dialog.setLabelText(self.tr("The room's name:"))
        dialog.setTextValue(name)

        def save(text: str) -> None:
            with user_errors(self):
                self._session.calendar_settings.save_room(
                    text, room.id if room else None, active=room.active if room else True
                )
            self._fill_rooms()

        dialog.textValueSelected.connect(save)
        open_dialog(dialog)

    # --- Opening hours --------------------------------------------------------------

    def _hours_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Opening hours"), self)
        grid = QGridLayout()
        self.day_open: list[QCheckBox] = []
        self.day_hours: list[tuple[QTimeEdit, QTimeEdit]] = []
        for weekday, name in enumerate(weekday_names()):
            check = QCheckBox(name, box)
            opens, closes = _time_edit(time(8), box), _time_edit(time(17), box)
            check.toggled.connect(opens.setEnabled)
            check.toggled.connect(closes.setEnabled)
            grid.addWidget(check, weekday, 0)
            grid.addWidget(opens, weekday, 1)
            grid.addWidget(QLabel("–", box), weekday, 2)
            grid.addWidget(closes, weekday, 3)
            self.day_open.append(check)
            self.day_hours.append((opens, closes))
        grid.setColumnStretch(4, 1)  # keep the times together at the left
        save = QPushButton(self.tr("Save the opening hours"), box)
        save.setObjectName("saveOpeningHours")
        save.clicked.connect(self.save_hours)
        hint = QLabel(
            self.tr(
                "Swedish public holidays and Midsummer, Christmas and New Year's Eve are "
                "closed automatically; recurring visits skip them."
            ),
            box,
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(box)
        layout.addLayout(grid)
        layout.addWidget(hint)
        row = QHBoxLayout()
        row.addWidget(save)
        row.addStretch(1)
        layout.addLayout(row)
        return box

    def _fill_hours(self, hours: OpeningHours) -> None:
        for weekday, check in enumerate(self.day_open):
            span = hours.weekly.get(weekday)
            check.setChecked(span is not None)
            opens, closes = self.day_hours[weekday]
            opens.setEnabled(span is not None)
            closes.setEnabled(span is not None)
            if span is not None:
                opens.setTime(QTime(span[0].hour, span[0].minute))
                closes.setTime(QTime(span[1].hour, span[1].minute))

    def _hours_from_form(self, exceptions: dict[date, tuple[time, time] | None]) -> OpeningHours:
        weekly = {}
        for weekday, check in enumerate(self.day_open):
            if check.isChecked():
                opens, closes = self.day_hours[weekday]
                weekly[weekday] = (_time_of(opens), _time_of(closes))
        return OpeningHours(weekly, exceptions)

    def save_hours(self) -> None:
        with user_errors(self):
            current = self._session.calendar_settings.opening_hours()
            self._session.calendar_settings.save_opening_hours(
                self._hours_from_form(current.exceptions)
            )
        self.refresh()

    # --- Exceptions ---------------------------------------------------------------------

    def _exceptions_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Days with other hours"), self)
        self.exceptions = QListWidget(box)
        self.exceptions.setObjectName("openingExceptions")
        self.exception_day = _date_edit(self._today, box)
        self.exception_closed = QCheckBox(self.tr("Closed all day"), box)
        self.exception_closed.setChecked(True)
        self.exception_opens = _time_edit(time(8), box)
        self.exception_closes = _time_edit(time(12), box)
        self.exception_closed.toggled.connect(self.exception_opens.setDisabled)
        self.exception_closed.toggled.connect(self.exception_closes.setDisabled)
        self.exception_opens.setDisabled(True)
        self.exception_closes.setDisabled(True)
        add = QPushButton(self.tr("Add"), box)
        add.setObjectName("addException")
        add.clicked.connect(self.add_exception)
        remove = QPushButton(self.tr("Remove"), box)
        remove.clicked.connect(self.remove_exception)
        row = QHBoxLayout()
        row.addWidget(self.exception_day)
        row.addWidget(self.exception_closed)
        row.addWidget(self.exception_opens)
        row.addWidget(self.exception_closes)
        row.addWidget(add)
        layout = QVBoxLayout(box)
        layout.addWidget(self.exceptions)
        layout.addLayout(row)
        buttons = QHBoxLayout()
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return box

    def _fill_exceptions(self, hours: OpeningHours) -> None:
        self.exceptions.clear()
        for day in sorted(hours.exceptions):
            if day < self._today:
                continue
            span = hours.exceptions[day]
            text = (
                self.tr("{day}: closed").format(day=day.isoformat())
                if span is None
                else f"{day.isoformat()}: {span[0]:%H:%M}–{span[1]:%H:%M}"
            )
            item = QListWidgetItem(text, self.exceptions)
            item.setData(Qt.ItemDataRole.UserRole, day)

    def add_exception(self) -> None:
        current = self._session.calendar_settings.opening_hours()
        day = from_qdate(self.exception_day.date())
        span = (
            None
            if self.exception_closed.isChecked()
            else (_time_of(self.exception_opens), _time_of(self.exception_closes))
        )
        with user_errors(self):
            self._session.calendar_settings.save_opening_hours(
                OpeningHours(current.weekly, {**current.exceptions, day: span})
            )
        self.refresh()

    def remove_exception(self) -> None:
        item = self.exceptions.currentItem()
        if item is None:
            return
        current = self._session.calendar_settings.opening_hours()
        day = item.data(Qt.ItemDataRole.UserRole)
        remaining = {d: span for d, span in current.exceptions.items() if d != day}
        with user_errors(self):
            self._session.calendar_settings.save_opening_hours(
                OpeningHours(current.weekly, remaining)
            )
        self.refresh()

    # --- Absences -----------------------------------------------------------------------

    def _absences_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Absences"), self)
        self.absences = QListWidget(box)
        self.absences.setObjectName("absences")
        self.absence_person = QComboBox(box)
        self.absence_person.setObjectName("absencePerson")
        for user in self._session.scheduling.counselors():
            self.absence_person.addItem(user.full_name, user.id)
        self.absence_from = _date_edit(self._today, box)
        self.absence_to = _date_edit(self._today, box)
        self.absence_reason = QLineEdit(box)
        self.absence_reason.setPlaceholderText(self.tr("e.g. Holiday, Course"))
        add = QPushButton(self.tr("Add the absence"), box)
        add.setObjectName("addAbsence")
        add.clicked.connect(self.add_absence)
        remove = QPushButton(self.tr("Remove"), box)
        remove.clicked.connect(self.remove_absence)
        form = QFormLayout()
        form.addRow(self.tr("Who:"), self.absence_person)
        dates = QHBoxLayout()
        dates.addWidget(self.absence_from)
        dates.addWidget(QLabel("–", box))
        dates.addWidget(self.absence_to)
        dates.addStretch(1)
        form.addRow(self.tr("Days:"), dates)
        form.addRow(self.tr("Reason:"), self.absence_reason)
        layout = QVBoxLayout(box)
        layout.addWidget(self.absences)
        layout.addLayout(form)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return box

    def _fill_absences(self) -> None:
        self.absences.clear()
        zone = self._session.scheduling.zone
        start = datetime.combine(self._today, time(0), zone)
        names = self._session.scheduling.staff_names()
        for absence in self._session.calendar_settings.absences(start, start + ABSENCE_HORIZON):
            first = absence.starts_at.astimezone(zone).date()
            last = (absence.ends_at.astimezone(zone) - timedelta(seconds=1)).date()
            span = (
                first.isoformat() if first == last else f"{first.isoformat()} – {last.isoformat()}"
            )
            text = f"{names.get(absence.user_id, '')}: {span}"
            if absence.reason:
                text += f" ({absence.reason})"
            item = QListWidgetItem(text, self.absences)
            item.setData(Qt.ItemDataRole.UserRole, absence)

    def add_absence(self) -> None:
        zone = self._session.scheduling.zone
        first = from_qdate(self.absence_from.date())
        last = from_qdate(self.absence_to.date())
        with user_errors(self):
            self._session.calendar_settings.add_absence(
                self.absence_person.currentData(),
                datetime.combine(first, time(0), zone),
                datetime.combine(last + timedelta(days=1), time(0), zone),
                self.absence_reason.text(),
            )
            self.absence_reason.clear()
        self.refresh()

    def remove_absence(self) -> None:
        item = self.absences.currentItem()
        if item is None:
            return
        absence: Absence = item.data(Qt.ItemDataRole.UserRole)

        def remove() -> None:
            with user_errors(self):
                self._session.calendar_settings.remove_absence(absence)
            self.refresh()

        confirm(self, self.tr("Remove the absence"), self.tr("Remove this absence?"), remove)

    def refresh(self) -> None:
        with user_errors(self):
            hours = self._session.calendar_settings.opening_hours()
            self._fill_rooms()
            self._fill_hours(hours)
            self._fill_exceptions(hours)
            self._fill_absences()
