"""The calendar page: the toolbar (today, previous, next, day, week or month,
whose calendar) above the week view or the month view, and what happens when
the user books, opens, moves, marks or cancels a visit in it. What was booked
or moved is said in a notice below; the last move can be undone.

Keys: T today, PageUp/PageDown or Alt+Left/Right previous/next, D day,
W week, M month, Ctrl+N book at the selected time, Ctrl+Z undo the last move;
the grid's own keys and mouse gestures are listed in grid.py, the month's in
month_view.py.
"""

import dataclasses
from datetime import date, datetime, time, timedelta
from functools import partial

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import QLabel, QMenu, QStackedWidget, QVBoxLayout, QWidget

from mottagning.errors import UserError
from mottagning.models.calendar import Appointment, AppointmentStatus
from mottagning.models.users import Role
from mottagning.services.session import Session
from mottagning.ui.calendar import printing, texts, visit_actions
from mottagning.ui.calendar.appointment_dialog import AppointmentDialog
from mottagning.ui.calendar.board import Board
from mottagning.ui.calendar.booking_dialog import BookingDialog
from mottagning.ui.calendar.free_time import suggested_start
from mottagning.ui.calendar.grid import TimeChoice
from mottagning.ui.calendar.layout import DEFAULT_VISIT, SLOT
from mottagning.ui.calendar.month_snapshot import MonthSnapshot, month_days
from mottagning.ui.calendar.month_view import MonthView
from mottagning.ui.calendar.notice import Notice
from mottagning.ui.calendar.questions import CancelQuestion, warn
from mottagning.ui.calendar.reading import ReadView, read_view
from mottagning.ui.calendar.snapshot import CLINIC, Mode, Snapshot, ViewKind, ViewOf
from mottagning.ui.calendar.toolbar import CalendarToolbar
from mottagning.ui.calendar.week_view import WeekView
from mottagning.ui.dialogs import open_dialog
from mottagning.ui.errors import message_for
from mottagning.ui.worker import run_operation

NOW_TICK_MS = 60_000  # the current-time line moves once a minute
# Columns (counselors x days) above which the whole clinic's view is read off the
# GUI thread: 12 counselors' week (84) reads in ~30 ms, 120 counselors' (840) in ~140.
BACKGROUND_COLUMNS = 150


class CalendarPage(QWidget):
    shown = Signal()  # what was last asked for is on the screen

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarPage")
        self._session = session
        self._zone = session.scheduling.zone
        # A counselor starts on their own week; the reception and the lead on
        # the whole clinic's day.
        user = session.user
        counselor = user.role is Role.COUNSELOR
        self.mode = Mode.WEEK if counselor else Mode.DAY
        self.view_of = ViewOf(ViewKind.COUNSELOR, user.id) if counselor else CLINIC
        self.day = self._today()
        self.snapshot: Snapshot | None = None
        self.month_snapshot: MonthSnapshot | None = None
        self._generation = 0  # of the views asked for: a late read of an older one is dropped
        self._counselor_count = 0
        self._last_move: list[Appointment] | None = None  # as they were: what Ctrl+Z restores

        self.view = WeekView(self)
        self.month = MonthView(self)
        # A new clinic has no counselors yet: say why the day is empty and what to do.
        self.no_counselors = QLabel(
            self.tr(
                "The clinic has no counselors yet. When the clinic lead has created "
                "their accounts (Administration, User accounts), their calendars show here."
            ),
            self,
        )
        self.no_counselors.setObjectName("calendarNoCounselors")
        self.no_counselors.setWordWrap(True)
        self.no_counselors.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_counselors.setStyleSheet("color: palette(placeholder-text);")
        self.views = QStackedWidget(self)
        self.views.addWidget(self.view)
        self.views.addWidget(self.month)
        self.views.addWidget(self.no_counselors)
        self.toolbar = CalendarToolbar(self)
        self._offer_choices()
        self.notice = Notice(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.views, 1)
        layout.addWidget(self.notice)
        self._build_actions()
        self._connect()

        self._ticker = QTimer(self)
        self._ticker.setInterval(NOW_TICK_MS)
        self._ticker.timeout.connect(self._tick)
        self._ticker.start()
        self._scrolled = False  # to the working hours, once the page has its size
        self.refresh()

    # --- Building ---------------------------------------------------------------------

    def _offer_choices(self) -> None:
        counselors = self._session.scheduling.counselors()
        self._counselor_count = len(counselors)
        self.toolbar.set_choices(
            counselors, self._session.calendar_settings.rooms(), self._session.user.id
        )

    def _build_actions(self) -> None:
        def action(keys: list[str], slot: object, name: str) -> QAction:
            made = QAction(self)
            made.setObjectName(name)
            made.setShortcuts([QKeySequence(key) for key in keys])
            made.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            made.triggered.connect(slot)
            self.addAction(made)
            return made

        self.today_action = action(["T"], self.show_today, "calendarTodayAction")
        self.previous_action = action(["PgUp", "Alt+Left"], lambda: self.step(-1), "calPrevious")
        self.next_action = action(["PgDown", "Alt+Right"], lambda: self.step(1), "calNext")
        self.day_action = action(["D"], lambda: self.set_mode(Mode.DAY), "calendarDayAction")
        self.week_action = action(["W"], lambda: self.set_mode(Mode.WEEK), "calendarWeekAction")
        self.month_action = action(["M"], lambda: self.set_mode(Mode.MONTH), "calMonthAction")
        self.book_action = action(["Ctrl+N"], self.book_at_selection, "calendarBookAction")
        self.undo_action = action(["Ctrl+Z"], self.undo_move, "calendarUndoAction")

    def _connect(self) -> None:
        self.toolbar.today_requested.connect(self.show_today)
        self.toolbar.step_requested.connect(self.step)
        self.toolbar.mode_requested.connect(self.set_mode)
        self.toolbar.view_of_chosen.connect(self._chosen)
        self.toolbar.book_requested.connect(self.book_at_selection)
        self.toolbar.print_requested.connect(self.print_schedule)
        grid = self.view.grid
        grid.book_requested.connect(self.book)
        grid.open_requested.connect(self.open_appointment)
        grid.move_requested.connect(self.move_appointment)
        grid.cancel_requested.connect(self.cancel_appointment)
        grid.menu_requested.connect(self._appointment_menu)
        grid.slot_menu_requested.connect(self._slot_menu)
        self.view.day_activated.connect(self._open_day)
        self.month.day_activated.connect(self._open_day)
        self.month.day_selected.connect(self._month_day_chosen)

    # --- Where we are -------------------------------------------------------------------

    def _today(self) -> date:
        return self._session.time.now().astimezone(self._zone).date()

    def shown_view(self) -> QWidget:
        return self.month if self.mode is Mode.MONTH else self.view

    @property
    def week(self) -> bool:
        return self.mode is Mode.WEEK

    def days(self) -> list[date]:
        if self.mode is Mode.MONTH:
            return month_days(self.day)
        if self.mode is Mode.DAY:
            return [self.day]
        monday = self.day - timedelta(days=self.day.weekday())
        return [monday + timedelta(days=offset) for offset in range(7)]

    def show_day(self, day: date) -> None:
        self.day = day
        self.refresh()

    def show_today(self) -> None:
        self.show_day(self._today())
        self._scroll_to_working_hours()

    def show_counselor(self, user_id: str) -> None:
        self.set_view_of(ViewOf(ViewKind.COUNSELOR, user_id))

    def set_view_of(self, view_of: ViewOf) -> None:
        self.view_of = view_of
        self.refresh()

    def set_week(self, week: bool) -> None:
        self.set_mode(Mode.WEEK if week else Mode.DAY)

    def set_mode(self, mode: Mode) -> None:
        self.mode = mode
        self.views.setCurrentWidget(self.shown_view())
        self.refresh()
        self.shown_view().setFocus()

    def step(self, direction: int) -> None:
        if self.mode is Mode.MONTH:
            self.show_day(texts.add_months(self.day, direction))
            return
        self.show_day(self.day + timedelta(days=direction * (7 if self.week else 1)))

    def _chosen(self, view_of: ViewOf) -> None:
        self.set_view_of(view_of)
        self.shown_view().setFocus()

    def _open_day(self, day: date) -> None:
        self.day = day
        self.set_mode(Mode.DAY)

    def _month_day_chosen(self, day: date) -> None:
        """The keyboard moved through the month: past its edge, to the next."""
        month_changed = (day.year, day.month) != (self.day.year, self.day.month)
        self.day = day
        if month_changed:
            self.refresh()

    # --- Loading ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the shown days again (after a change, or when others call). A
        view of many columns (the whole clinic's week at a big clinic) is read
        off the GUI thread; the page keeps what it showed until it arrives."""
        self._generation += 1
        generation = self._generation
        mode, view_of, day, days = self.mode, self.view_of, self.day, self.days()
        if self._read_in_background(mode, view_of, days):

            def show(read: ReadView) -> None:
                if generation == self._generation:  # nothing else was asked for meanwhile
                    self._show_read(read)

            run_operation(
                self,
                self._session,
                lambda session, _report: read_view(session, mode, view_of, day, days),
                show,
                key=f"calendar-{id(self)}",
            )
            return
        try:
            read = read_view(self._session, mode, view_of, day, days)
        except UserError as error:
            warn(self, message_for(error))
            return
        self._show_read(read)

    def _read_in_background(self, mode: Mode, view_of: ViewOf, days: list[date]) -> bool:
        if mode is Mode.MONTH or view_of.kind is not ViewKind.CLINIC:
            return False  # a month reads only what its cells show; one person's week is small
        return self._counselor_count * len(days) > BACKGROUND_COLUMNS

    def _show_read(self, read: ReadView) -> None:
        self._zone = read.zone
        if read.month is not None:
            self.month_snapshot = read.month
            self.month.set_snapshot(read.month, self.day)
            title = texts.month_title(self.day)
        else:
            assert read.week is not None and read.board is not None
            self.snapshot = read.week
            self.view.set_board(read.board)
            title = texts.week_title(self.days()[0]) if self.week else texts.day_title(self.day)
        nobody = read.week is not None and not read.week.columns
        self.views.setCurrentWidget(self.no_counselors if nobody else self.shown_view())
        self.toolbar.show_state(title, self.mode, self.view_of)
        self.shown.emit()

    def _tick(self) -> None:
        """Move the current-time line, unless the user is dragging something."""
        grid = self.view.grid
        if self.mode is Mode.MONTH or self.snapshot is None or grid.board is None:
            return
        if grid.dragging():
            return
        self.snapshot = dataclasses.replace(self.snapshot, now=self._session.time.now())
        self.view.set_board(Board(self.snapshot))

    def _scroll_to_working_hours(self) -> None:
        """The opening hour at the top; later in the day, the current time in sight."""
        if self.snapshot is None:
            return
        openings = [info.opening[0] for info in self.snapshot.days if info.opening]
        minute = min(openings, default=8 * 60)
        if self.day == self.snapshot.today or self.week:
            now = self.snapshot.minute_of(self.snapshot.now, self.snapshot.today)
            slots = self.view.viewport().height() / self.view.grid.geometry_now().axis.slot_height
            if now > minute + slots * SLOT * 2 / 3:
                minute = now - 2 * 60
        self.view.scroll_to_minute(minute - minute % 60)

    def showEvent(self, event: QShowEvent) -> None:
        """Coming back to the page shows what others booked meanwhile."""
        super().showEvent(event)
        if event.spontaneous():
            return
        self._offer_choices()
        self.refresh()
        self.shown_view().setFocus()
        if not self._scrolled:
            self._scrolled = True
            QTimer.singleShot(0, self._scroll_to_working_hours)

    # --- Acting -------------------------------------------------------------------------

    def focus_appointment(self, appointment_id: str) -> bool:
        """Show the day of a visit and select it (switching to the whole clinic
        when the current view does not include it)."""
        try:
            appointment = self._session.scheduling.appointment(appointment_id)
        except UserError:
            return False
        self.day = appointment.starts_at.astimezone(self._zone).date()
        if self.mode is Mode.MONTH:
            self.set_mode(Mode.DAY)
        self.refresh()
        if not self.view.grid.select_appointment(appointment_id):
            self.set_view_of(CLINIC)
            if not self.view.grid.select_appointment(appointment_id):
                return False
        self.view.setFocus()
        return True

    def book(self, choice: TimeChoice | None = None) -> BookingDialog:
        choice = choice or self.view.grid.choice()
        dialog = BookingDialog(
            self._session,
            self,
            starts_at=choice.starts_at if choice else None,
            ends_at=choice.ends_at if choice else None,
            counselor_ids=frozenset({choice.counselor_id})
            if choice and choice.counselor_id
            else frozenset(),
            room_id=choice.room_id if choice else None,
        )
        dialog.booked.connect(self._booked)
        open_dialog(dialog)
        return dialog

    def print_schedule(self, initials: bool = False) -> None:
        printing.print_schedule(self, self._session, self.day, self.mode, self.view_of, initials)

    def book_at_selection(self) -> BookingDialog:
        if self.mode is Mode.MONTH:
            return self._book_on_day(self.month.selected or self.day)
        grid = self.view.grid
        if grid.selection is None:
            grid.select(grid.default_selection())
        return self.book(grid.choice())

    def _book_on_day(self, day: date) -> BookingDialog:
        """From the month: the day's first free time for the counselor shown."""
        counselor_id = self.view_of.subject_id if self.view_of.kind is ViewKind.COUNSELOR else None
        opening = datetime.combine(day, time(0), self._zone)
        after = max(self._session.time.now(), opening)
        start, _ = suggested_start(
            self._session.scheduling,
            frozenset({counselor_id}) if counselor_id else frozenset(),
            self.view_of.subject_id if self.view_of.kind is ViewKind.ROOM else None,
            after,
            timedelta(minutes=DEFAULT_VISIT),
        )
        return self.book(
            TimeChoice(start, start + timedelta(minutes=DEFAULT_VISIT), counselor_id, None)
        )

    def _booked(self, appointments: list[Appointment]) -> None:
        self.refresh()
        if not appointments:
            return
        if self.mode is not Mode.MONTH:
            self.view.grid.select_appointment(appointments[0].id)
        first = visit_actions.summary(self._session, appointments[0])
        if len(appointments) == 1:
            self.notice.tell(self.tr("Booked: {visit}.").format(visit=first))
        else:
            self.notice.tell(
                self.tr("Booked %n visits, the first: {visit}.", "", len(appointments)).format(
                    visit=first
                )
            )

    def open_appointment(self, appointment_id: str) -> AppointmentDialog | None:
        appointment = self._appointment(appointment_id)
        if appointment is None:
            return None
        dialog = AppointmentDialog(self._session, self, appointment)
        dialog.changed.connect(lambda _: self.refresh())
        open_dialog(dialog)
        return dialog

    def move_appointment(self, appointment_id: str, start: datetime, end: datetime) -> None:
        """The drop of a drag: move (asking the series scope, explaining a clash),
        say where it went, and keep how it was for Ctrl+Z."""
        appointment = self._appointment(appointment_id)
        if appointment is None:
            return
        before = {appointment.id: appointment}
        if appointment.series_id is not None:  # "all in the series" may move the others
            _, members = self._session.scheduling.series(appointment.series_id)
            before.update((member.id, member) for member in members)
        visit_actions.move(
            self._session,
            self,
            appointment,
            start,
            end,
            partial(self._moved, before),
            self.refresh,
        )

    def _moved(self, before: dict[str, Appointment], changed: list[Appointment]) -> None:
        self._changed(changed)
        if not changed:
            return
        self._last_move = [before[a.id] for a in changed if a.id in before]
        visit = visit_actions.summary(self._session, changed[0])
        text = self.tr("Moved: {visit}.").format(visit=visit)
        if len(changed) > 1:
            text = self.tr("Moved %n visits, this one: {visit}.", "", len(changed)).format(
                visit=visit
            )
        undo = self.tr("Ctrl+Z puts it back.")
        self.notice.tell(f"{text} {undo}", undo=self.undo_move)

    def undo_move(self) -> None:
        """Ctrl+Z: the last move undone, through the service (and logged)."""
        previous, self._last_move = self._last_move, None
        if not previous:
            return

        def keep() -> None:  # refused or abandoned: it can be tried again
            self._last_move = previous

        visit_actions.restore(self._session, self, previous, self._undone, keep)

    def _undone(self, changed: list[Appointment]) -> None:
        self._changed(changed)
        if changed:
            visit = visit_actions.summary(self._session, changed[0])
            self.notice.tell(self.tr("Move undone: {visit}.").format(visit=visit))

    def set_status(self, appointment_id: str, status: AppointmentStatus) -> None:
        appointment = self._appointment(appointment_id)
        if appointment is not None:
            visit_actions.set_status(self._session, self, appointment, status, self._changed)

    def cancel_appointment(self, appointment_id: str) -> CancelQuestion | None:
        appointment = self._appointment(appointment_id)
        if appointment is None or not appointment.status.occupies_time:
            return None
        return visit_actions.ask_cancel(self._session, self, appointment, self._changed)

    def _changed(self, appointments: list[Appointment]) -> None:
        selected = self.view.grid.selected_appointment_id()
        self.refresh()
        if selected is not None and self.mode is not Mode.MONTH:
            self.view.grid.select_appointment(selected)

    def _appointment(self, appointment_id: str) -> Appointment | None:
        try:
            return self._session.scheduling.appointment(appointment_id)
        except UserError as error:
            warn(self, message_for(error))
            self.refresh()  # it is gone: show what is there now
            return None

    # --- Context menus ----------------------------------------------------------------

    def appointment_menu(self, appointment_id: str) -> QMenu:
        menu = QMenu(self)
        menu.setObjectName("appointmentMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction(self.tr("&Open..."), lambda: self.open_appointment(appointment_id))
        appointment = self._appointment(appointment_id)
        if appointment is None:
            return menu
        menu.addSeparator()
        labels = {
            AppointmentStatus.ARRIVED: self.tr("&Arrived"),
            AppointmentStatus.ATTENDED: self.tr("A&ttended"),
            AppointmentStatus.NO_SHOW: self.tr("&No-show"),
            AppointmentStatus.CANCELLED_BY_CLIENT: self.tr("Cancelled by the &client"),
            AppointmentStatus.CANCELLED_BY_CLINIC: self.tr("Cancelled by the c&linic"),
            AppointmentStatus.BOOKED: self.tr("Back to &booked"),
        }
        for status, label in labels.items():
            if status is AppointmentStatus.BOOKED and appointment.status is status:
                continue
            item = menu.addAction(label, partial(self.set_status, appointment_id, status))
            item.setObjectName(f"menu_{status.value}")
            item.setEnabled(visit_actions.can_set(self._session, appointment, status))
        return menu

    def _appointment_menu(self, appointment_id: str, where: QPoint) -> None:
        self.appointment_menu(appointment_id).popup(where)

    def _slot_menu(self, choice: TimeChoice, where: QPoint) -> None:
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction(self.tr("&Book a visit here..."), lambda: self.book(choice))
        menu.popup(where)
