"""The calendar page and its view: what is shown where, the keyboard and the
mouse, moving (drag and drop), cancelling and marking visits.

The clock stands at Monday 2026-11-23 09:00 in Stockholm; the clinic is open
Monday to Friday 08:00-17:00.
"""

import threading
from collections.abc import Iterator
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtGui import QColor, QContextMenuEvent, QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QMessageBox, QWidget

from mottagning.models.access_log import LogAction
from mottagning.models.calendar import AppointmentStatus, Recurrence, SeriesScope
from mottagning.ui.calendar import page as calendar_page
from mottagning.ui.calendar import reading
from mottagning.ui.calendar.appointment_dialog import AppointmentDialog
from mottagning.ui.calendar.board import Board
from mottagning.ui.calendar.booking_dialog import BookingDialog
from mottagning.ui.calendar.colours import Colours
from mottagning.ui.calendar.grid import TimeChoice, TimeGrid
from mottagning.ui.calendar.layout import Span, arrange, axis_range
from mottagning.ui.calendar.month_snapshot import VISITS_PER_DAY
from mottagning.ui.calendar.page import CalendarPage
from mottagning.ui.calendar.questions import (
    CancelQuestion,
    OverrideDialog,
    ScopeQuestion,
)
from mottagning.ui.calendar.selection import BlockPick, SlotPick
from mottagning.ui.calendar.snapshot import CLINIC, Mode, ViewKind, ViewOf, load
from mottagning.ui.calendar.texts import week_title
from tests.storage.helpers import entries_after, head_seq
from tests.storage.reception import details, local, visit
from tests.ui.conftest import type_text

MONDAY = date(2026, 11, 23)
TUESDAY = date(2026, 11, 24)


# --- Fixtures and helpers -------------------------------------------------------------


@pytest.fixture(autouse=True)
def english_sweden() -> Iterator[None]:
    """Month and day names as the English interface shows them."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.Sweden))
    yield
    QLocale.setDefault(before)


@pytest.fixture(params=[7, 10, 16], ids=lambda size: f"{size}pt")
def any_font_size(request, qapp) -> Iterator[int]:
    """Tests that point at pixels must hold whatever the fonts (and so the
    slot heights) are: they take positions from the grid's own geometry."""
    before = QApplication.font()
    font = QFont(before)
    font.setPointSize(request.param)
    QApplication.setFont(font)
    yield request.param
    QApplication.setFont(before)


@pytest.fixture
def lilja(counselor):
    client, _ = counselor.clients.create(details("Lilja"))
    return client


@pytest.fixture
def room(scheduler):
    return scheduler.calendar_settings.save_room("Rum 2")


def book(session, counselor, start, minutes=50, override="", **changes):
    (appointment,) = session.scheduling.book(
        visit(counselor.user.id, start, minutes, **changes), override_reason=override
    ).appointments
    return appointment


def make_page(qtbot, session) -> CalendarPage:
    page = CalendarPage(session, None)
    qtbot.addWidget(page)
    page.resize(1100, 800)
    page.show()
    qtbot.waitExposed(page)
    page.windowHandle().requestActivate()  # the page's keys (T, PageDown ...) need it
    qtbot.waitUntil(page.isActiveWindow)
    return page


def shown(qtbot, kind: type) -> QWidget:
    """The visible top-level window of `kind` (a dialog or a question)."""
    found: list[QWidget] = []

    def visible() -> bool:
        found[:] = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()
        ]
        return bool(found)

    qtbot.waitUntil(visible, timeout=3000)
    return found[-1]


def block_centre(page: CalendarPage, appointment_id: str, column: int | None = None) -> QPoint:
    grid = page.view.grid
    placed = grid.board.find(appointment_id, column)
    return grid.geometry_now().block_rect(placed).center().toPoint()


def slot_point(page: CalendarPage, column: int, minute: int) -> QPoint:
    geo = page.view.grid.geometry_now()
    rect = geo.span_rect(column, minute, minute + 15)
    return QPoint(int(rect.left() + 10), int(rect.center().y()))


def minute_y(page: CalendarPage, minute: float) -> float:
    """Where `minute` lies down the grid, by the grid's own time axis."""
    return page.view.grid.geometry_now().axis.y(minute)


def drag(qtbot, widget: QWidget, start: QPoint, end: QPoint) -> None:
    qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=start)
    middle = QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2)
    for point in (start + QPoint(0, 10), middle, end):
        qtbot.mouseMove(widget, point)
    qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=end)


# --- Placing: pure arithmetic ------------------------------------------------------------


def test_overlapping_visits_share_the_width_and_cancelled_ones_keep_to_the_edge():
    placed = arrange([Span(600, 660), Span(630, 690), Span(720, 780), Span(600, 650, faded=True)])
    assert placed[0] == (0.0, pytest.approx(0.33, abs=0.01))
    assert placed[1][0] == pytest.approx(0.33, abs=0.01)
    assert placed[2] == (0.0, 1.0)  # alone: the whole column
    assert placed[3][0] == pytest.approx(0.66)  # cancelled: the strip at the right


def test_the_grid_shows_seven_to_twenty_and_widens_for_late_visits():
    assert axis_range([]) == (7 * 60, 20 * 60)
    assert axis_range([(6 * 60 + 30, 7 * 60 + 20), (20 * 60, 21 * 60 + 10)]) == (6 * 60, 22 * 60)


def test_week_titles_use_iso_weeks_across_months_and_years():
    assert week_title(MONDAY) == "Week 48 · 23–29 November 2026"
    assert week_title(date(2026, 11, 30)) == "Week 49 · 30 November – 6 December 2026"
    assert week_title(date(2026, 12, 28)) == "Week 53 · 28 December 2026 – 3 January 2027"


# --- What the page shows ---------------------------------------------------------------


def test_a_counselor_starts_on_their_own_week(qtbot, counselor):
    page = make_page(qtbot, counselor)
    assert page.week
    assert page.view_of == ViewOf(ViewKind.COUNSELOR, counselor.user.id)
    assert page.toolbar.title.text() == "Week 48 · 23–29 November 2026"
    assert page.snapshot.columns[0].day == MONDAY
    assert len(page.snapshot.columns) == 7


def test_the_reception_starts_on_the_whole_clinics_day(qtbot, scheduler, counselor, lead):
    page = make_page(qtbot, scheduler)
    assert not page.week
    assert page.view_of.kind is ViewKind.CLINIC
    assert page.toolbar.title.text() == "Monday 23 November 2026 · Week 48"
    columns = page.snapshot.columns
    # The lead has no clients of her own, so she is no column of the calendar.
    assert {c.counselor_id for c in columns} == {counselor.user.id}
    assert all(c.day == MONDAY for c in columns)


def test_a_whole_clinics_week_too_big_to_read_at_once_is_read_off_the_gui_thread(
    qtbot, scheduler, counselor, monkeypatch
):
    """At 120 counselors the clinic's week takes longer than a keystroke to read:
    the page keeps its day until the week arrives from a worker thread."""
    book(scheduler, counselor, local(2026, 11, 26, 10))
    read_on: list[str] = []
    real = reading.load

    def recorded(*args, **kwargs):
        read_on.append(threading.current_thread().name)
        return real(*args, **kwargs)

    monkeypatch.setattr(reading, "load", recorded)
    page = make_page(qtbot, scheduler)
    assert set(read_on) == {threading.main_thread().name}, "one counselor's day: read at once"
    before = len(read_on)
    monkeypatch.setattr(calendar_page, "BACKGROUND_COLUMNS", 6)  # as a clinic of 120 would
    with qtbot.waitSignal(page.shown):
        page.set_week(True)
        assert len(page.snapshot.days) == 1, "the day stays until the week is read"
    assert read_on[before:] and threading.main_thread().name not in read_on[before:]
    assert len(page.snapshot.days) == 7 and len(page.view.grid.board.placed) == 1
    assert page.toolbar.title.text() == "Week 48 · 23–29 November 2026"


def test_a_new_clinic_without_counselors_says_why_its_day_is_empty(qtbot, lead):
    page = make_page(qtbot, lead)
    assert page.snapshot.columns == []
    assert page.views.currentWidget() is page.no_counselors
    assert "no counselors yet" in page.no_counselors.text()
    page.set_mode(Mode.MONTH)  # the month still shows its days
    assert page.views.currentWidget() is page.month
    page.set_mode(Mode.WEEK)
    assert page.views.currentWidget() is page.no_counselors


def test_the_grid_is_back_once_there_is_a_counselor(qtbot, lead, counselor):
    page = make_page(qtbot, lead)
    page.set_view_of(CLINIC)
    assert page.views.currentWidget() is page.view


def test_visits_show_aliases_unless_full_names_are_chosen(qtbot, counselor):
    client, _ = counselor.clients.create(details("Lilja", first_name="Li", last_name="Lund"))
    book(counselor, counselor, local(2026, 11, 23, 10), client_id=client.id)
    page = make_page(qtbot, counselor)
    assert page.snapshot.client_names == {client.id: "Lilja"}
    counselor.preferences.set_show_full_names(True)
    page.refresh()
    assert page.snapshot.client_names == {client.id: "Li Lund (Lilja)"}


def test_holidays_are_closed_and_named(qtbot, scheduler):
    page = make_page(qtbot, scheduler)
    page.show_day(date(2026, 12, 25))
    info = page.snapshot.day_info(date(2026, 12, 25))
    assert info.opening is None
    assert info.holiday == "Christmas Day"
    page.show_day(MONDAY)
    assert page.snapshot.day_info(MONDAY).opening == (8 * 60, 17 * 60)


def test_absences_are_shown_in_the_counselors_column(qtbot, scheduler, counselor):
    scheduler.calendar_settings.add_absence(
        counselor.user.id, local(2026, 11, 23, 13), local(2026, 11, 23, 15), "Kurs"
    )
    page = make_page(qtbot, scheduler)
    (band,) = page.view.grid.board.bands
    assert (band.start, band.end, band.reason) == (13 * 60, 15 * 60, "Kurs")
    assert page.snapshot.columns[band.column].counselor_id == counselor.user.id
    mine = make_page(qtbot, counselor)
    (band,) = mine.view.grid.board.bands
    assert band.reason == ""  # colleagues see that someone is away, not why


def test_toolbar_keys_move_through_days_and_weeks(qtbot, scheduler, counselor, room):
    page = make_page(qtbot, scheduler)
    grid = page.view.grid
    qtbot.keyClick(grid, Qt.Key.Key_PageDown)
    assert page.day == TUESDAY
    qtbot.keyClick(grid, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert page.day == MONDAY
    qtbot.keyClick(grid, Qt.Key.Key_W)
    assert page.week and page.toolbar.title.text().startswith("Week 48")
    qtbot.keyClick(grid, Qt.Key.Key_PageDown)
    assert page.toolbar.title.text().startswith("Week 49")
    qtbot.keyClick(grid, Qt.Key.Key_T)
    assert page.day == MONDAY
    qtbot.keyClick(grid, Qt.Key.Key_D)
    assert not page.week
    chooser = page.toolbar.chooser
    chooser.setCurrentIndex(chooser.findText("Rum 2"))
    chooser.activated.emit(chooser.currentIndex())
    assert page.view_of == ViewOf(ViewKind.ROOM, room.id)
    assert [c.room_id for c in page.snapshot.columns] == [room.id]
    page.show_counselor(counselor.user.id)
    assert chooser.currentData() == ViewOf(ViewKind.COUNSELOR, counselor.user.id)


def test_a_day_in_the_week_header_opens_that_day(qtbot, counselor):
    page = make_page(qtbot, counselor)
    page.view.header.day_activated.emit(date(2026, 11, 26))
    assert not page.week
    assert page.day == date(2026, 11, 26)


def test_focus_appointment_shows_its_day_and_selects_it(qtbot, scheduler, counselor):
    later = book(scheduler, counselor, local(2026, 12, 3, 14))
    page = make_page(qtbot, counselor)
    page.show_counselor(scheduler.user.id)  # no visits of their own: not in this view
    assert page.focus_appointment(later.id)
    assert page.day == date(2026, 12, 3)
    assert page.view.grid.selected_appointment_id() == later.id


# --- Keyboard and mouse ------------------------------------------------------------------


def test_arrow_keys_walk_through_slots_and_visits(qtbot, counselor):
    ten = book(counselor, counselor, local(2026, 11, 23, 10))
    page = make_page(qtbot, counselor)
    grid = page.view.grid
    grid.setFocus()
    qtbot.keyClick(grid, Qt.Key.Key_Down)  # the first key selects: today, now (09:00)
    assert grid.selection == SlotPick(0, 9 * 60, 9 * 60 + 15)
    for _ in range(4):
        qtbot.keyClick(grid, Qt.Key.Key_Down)
    assert grid.selection == BlockPick(0, ten.id)
    qtbot.keyClick(grid, Qt.Key.Key_Down)  # right after the visit
    assert grid.selection == SlotPick(0, 10 * 60 + 50, 10 * 60 + 65)
    qtbot.keyClick(grid, Qt.Key.Key_Up)
    assert grid.selection == BlockPick(0, ten.id)
    qtbot.keyClick(grid, Qt.Key.Key_Right)  # Tuesday, same time
    assert grid.selection == SlotPick(1, 10 * 60, 10 * 60 + 15)
    qtbot.keyClick(grid, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert grid.selection == SlotPick(1, 10 * 60, 10 * 60 + 30)


def test_enter_on_an_empty_slot_books_there_for_the_columns_counselor(qtbot, counselor):
    page = make_page(qtbot, counselor)
    grid = page.view.grid
    grid.select(SlotPick(1, 13 * 60, 13 * 60 + 15))
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    dialog = shown(qtbot, BookingDialog)
    details = dialog.details()
    assert details.starts_at == local(2026, 11, 24, 13)
    assert details.ends_at == local(2026, 11, 24, 13, 50)  # a standard visit
    assert details.counselor_ids == {counselor.user.id}
    dialog.reject()


def test_ctrl_n_books_the_selected_range(qtbot, scheduler, counselor):
    page = make_page(qtbot, scheduler)
    grid = page.view.grid
    column = next(
        i for i, c in enumerate(page.snapshot.columns) if c.counselor_id == counselor.user.id
    )
    grid.select(SlotPick(column, 14 * 60, 15 * 60 + 30))
    qtbot.keyClick(grid, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = shown(qtbot, BookingDialog)
    assert (dialog.details().starts_at, dialog.details().ends_at) == (
        local(2026, 11, 23, 14),
        local(2026, 11, 23, 15, 30),
    )
    assert dialog.details().counselor_ids == {counselor.user.id}
    dialog.reject()


def test_double_click_books_empty_time_and_opens_a_visit(qtbot, counselor, any_font_size):
    ten = book(counselor, counselor, local(2026, 11, 23, 10))
    page = make_page(qtbot, counselor)
    grid = page.view.grid
    qtbot.mouseDClick(grid, Qt.MouseButton.LeftButton, pos=slot_point(page, 2, 11 * 60))
    dialog = shown(qtbot, BookingDialog)
    assert dialog.details().starts_at == local(2026, 11, 25, 11)
    dialog.reject()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.mouseDClick(grid, Qt.MouseButton.LeftButton, pos=block_centre(page, ten.id))
    opened = shown(qtbot, AppointmentDialog)
    assert opened.appointment.id == ten.id
    opened.reject()


def test_enter_on_a_visit_opens_it(qtbot, counselor):
    ten = book(counselor, counselor, local(2026, 11, 23, 10))
    page = make_page(qtbot, counselor)
    page.view.grid.select_appointment(ten.id)
    qtbot.keyClick(page.view.grid, Qt.Key.Key_Enter)
    assert shown(qtbot, AppointmentDialog).appointment.id == ten.id


# --- Moving --------------------------------------------------------------------------------


def test_dragging_a_visit_moves_it_in_quarter_hours(qtbot, counselor, any_font_size):
    ten = book(counselor, counselor, local(2026, 11, 23, 10))
    page = make_page(qtbot, counselor)
    grid = page.view.grid
    start = block_centre(page, ten.id)
    later = minute_y(page, 11 * 60 + 30) - minute_y(page, 10 * 60)  # 90 minutes down
    target = slot_point(page, 1, 0)  # Tuesday's column
    drag(qtbot, grid, start, QPoint(target.x(), round(start.y() + later)))
    moved = counselor.scheduling.appointment(ten.id)
    assert (moved.starts_at, moved.ends_at) == (
        local(2026, 11, 24, 11, 30),
        local(2026, 11, 24, 12, 20),
    )
    assert page.view.grid.board.find(ten.id).column == 1  # shown where it went


def test_dragging_the_bottom_edge_changes_the_length(qtbot, counselor, any_font_size):
    ten = book(counselor, counselor, local(2026, 11, 23, 10))
    page = make_page(qtbot, counselor)
    grid = page.view.grid
    rect = grid.geometry_now().block_rect(grid.board.find(ten.id))
    edge = QPoint(int(rect.center().x()), int(rect.bottom()) - 2)
    # A little past 11:30 (a fifth of a quarter hour): the edge snaps back to it.
    drop = minute_y(page, 11 * 60 + 33)
    drag(qtbot, grid, edge, QPoint(edge.x(), round(drop)))
    changed = counselor.scheduling.appointment(ten.id)
    assert changed.starts_at == local(2026, 11, 23, 10)
    assert changed.ends_at == local(2026, 11, 23, 11, 30)


def test_moving_a_series_member_asks_which_visits_move(qtbot, counselor):
    series = counselor.scheduling.book(
        visit(counselor.user.id, local(2026, 11, 24, 10), 50),
        Recurrence(interval_weeks=1, occurrences=3),
    ).appointments
    page = make_page(qtbot, counselor)
    page.move_appointment(series[0].id, local(2026, 11, 24, 13), local(2026, 11, 24, 13, 50))
    shown(qtbot, ScopeQuestion).answer(SeriesScope.ALL)
    moved = [counselor.scheduling.appointment(a.id).starts_at for a in series]
    assert moved == [local(2026, 11, 24, 13), local(2026, 12, 1, 13), local(2026, 12, 8, 13)]


def test_escape_in_the_series_question_leaves_the_visit_where_it_was(qtbot, counselor):
    series = counselor.scheduling.book(
        visit(counselor.user.id, local(2026, 11, 24, 10), 50),
        Recurrence(interval_weeks=1, occurrences=2),
    ).appointments
    page = make_page(qtbot, counselor)
    page.move_appointment(series[0].id, local(2026, 11, 24, 13), local(2026, 11, 24, 13, 50))
    question = shown(qtbot, ScopeQuestion)
    qtbot.keyClick(question, Qt.Key.Key_Escape)
    assert counselor.scheduling.appointment(series[0].id).starts_at == local(2026, 11, 24, 10)
    assert page.view.grid.board.find(series[0].id).start == 10 * 60


def test_a_clash_on_moving_is_explained_and_the_visit_snaps_back(qtbot, counselor, scheduler):
    ten = book(counselor, counselor, local(2026, 11, 23, 10))
    book(scheduler, counselor, local(2026, 11, 23, 13))
    page = make_page(qtbot, counselor)
    page.move_appointment(ten.id, local(2026, 11, 23, 13, 30), local(2026, 11, 23, 14, 20))
    warning = shown(qtbot, QMessageBox)
    assert warning.objectName() == "calendarWarning"
    assert "Cora Behandlare already has a visit 2026-11-23 13:00-13:50" in warning.text()
    assert not any(isinstance(w, OverrideDialog) for w in QApplication.topLevelWidgets())
    warning.accept()
    assert counselor.scheduling.appointment(ten.id).starts_at == local(2026, 11, 23, 10)
    assert page.view.grid.board.find(ten.id).start == 10 * 60


def test_the_reception_may_move_onto_a_clash_with_a_reason(qtbot, scheduler, counselor):
    ten = book(scheduler, counselor, local(2026, 11, 23, 10))
    book(scheduler, counselor, local(2026, 11, 23, 13))
    page = make_page(qtbot, scheduler)
    page.move_appointment(ten.id, local(2026, 11, 23, 13, 30), local(2026, 11, 23, 14, 20))
    dialog = shown(qtbot, OverrideDialog)
    assert not dialog.book_anyway.isEnabled()  # a reason is required
    type_text(qtbot, dialog.reason, "Tolken kan bara då")
    dialog.book_anyway.click()
    moved = scheduler.scheduling.appointment(ten.id)
    assert moved.starts_at == local(2026, 11, 23, 13, 30)
    assert moved.override_reason == "Tolken kan bara då"


# --- Cancelling and marking --------------------------------------------------------------------


def test_delete_asks_who_cancelled_and_cancels(qtbot, counselor, lilja):
    ten = book(counselor, counselor, local(2026, 11, 23, 10), client_id=lilja.id)
    page = make_page(qtbot, counselor)
    grid = page.view.grid
    grid.select_appointment(ten.id)
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    question = shown(qtbot, CancelQuestion)
    assert "2026-11-23 10:00–10:50, Lilja" in question.text()
    question.answer(AppointmentStatus.CANCELLED_BY_CLIENT)
    assert counselor.scheduling.appointment(ten.id).status is AppointmentStatus.CANCELLED_BY_CLIENT
    placed = page.view.grid.board.find(ten.id)
    assert placed.faded  # still shown, in the strip at the edge
    assert page.view.grid.selection == BlockPick(0, ten.id)


def test_cancelling_a_series_member_can_cancel_the_following_ones(qtbot, counselor, lilja):
    series = counselor.scheduling.book(
        visit(counselor.user.id, local(2026, 11, 24, 10), 50, client_id=lilja.id),
        Recurrence(interval_weeks=1, occurrences=3),
    ).appointments
    page = make_page(qtbot, counselor)
    page.cancel_appointment(series[1].id).answer(AppointmentStatus.CANCELLED_BY_CLINIC)
    shown(qtbot, ScopeQuestion).answer(SeriesScope.THIS_AND_FOLLOWING)
    statuses = [counselor.scheduling.appointment(a.id).status for a in series]
    assert statuses == [
        AppointmentStatus.BOOKED,
        AppointmentStatus.CANCELLED_BY_CLINIC,
        AppointmentStatus.CANCELLED_BY_CLINIC,
    ]


def test_the_visit_menu_marks_a_no_show(qtbot, counselor, lilja):
    ten = book(counselor, counselor, local(2026, 11, 23, 8, 15), client_id=lilja.id)  # begun
    page = make_page(qtbot, counselor)
    menu = page.appointment_menu(ten.id)
    no_show = menu.findChild(type(menu.actions()[0]), "menu_no_show")
    assert no_show.isEnabled()
    no_show.trigger()
    assert counselor.scheduling.appointment(ten.id).status is AppointmentStatus.NO_SHOW
    assert page.view.grid.board.find(ten.id).appointment.status is AppointmentStatus.NO_SHOW
    menu.close()


def test_the_menu_key_opens_the_selected_visits_menu(qtbot, counselor):
    ten = book(counselor, counselor, local(2026, 11, 23, 10))
    page = make_page(qtbot, counselor)
    grid = page.view.grid
    grid.select_appointment(ten.id)
    with qtbot.waitSignal(grid.menu_requested) as opened:
        QApplication.sendEvent(
            grid,
            QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, QPoint(0, 0), QPoint(0, 0)),
        )
    assert opened.args[0] == ten.id
    menu = shown(qtbot, QMenu)
    assert menu.objectName() == "appointmentMenu"
    menu.close()


def test_a_visit_is_marked_as_happened_only_once_it_has_begun(qtbot, counselor):
    later_today = book(counselor, counselor, local(2026, 11, 23, 10))
    tomorrow = book(counselor, counselor, local(2026, 11, 24, 10))
    page = make_page(qtbot, counselor)

    def enabled(appointment) -> set[str]:
        menu = page.appointment_menu(appointment.id)
        names = {a.objectName() for a in menu.actions() if a.isEnabled() and a.objectName()}
        menu.close()
        return names

    assert enabled(later_today) == {
        "menu_arrived",
        "menu_cancelled_by_client",
        "menu_cancelled_by_clinic",
    }
    assert enabled(tomorrow) == {"menu_cancelled_by_client", "menu_cancelled_by_clinic"}


def test_a_cancelled_visit_is_booked_again_unless_its_time_was_taken(qtbot, scheduler, counselor):
    ten = book(scheduler, counselor, local(2026, 11, 23, 10))
    scheduler.scheduling.set_status(ten.id, AppointmentStatus.CANCELLED_BY_CLIENT)
    book(scheduler, counselor, local(2026, 11, 23, 10, 30))  # the freed time is taken
    page = make_page(qtbot, scheduler)
    menu = page.appointment_menu(ten.id)
    assert {a.objectName() for a in menu.actions() if a.isEnabled() and a.objectName()} == {
        "menu_booked"
    }
    menu.close()
    page.set_status(ten.id, AppointmentStatus.BOOKED)
    dialog = shown(qtbot, OverrideDialog)
    assert (
        "Cora Behandlare already has a visit 2026-11-23 10:30-11:20"
        in dialog.findChild(QLabel).text()
    )
    type_text(qtbot, dialog.reason, "Klienten kom ändå")
    dialog.book_anyway.click()
    restored = scheduler.scheduling.appointment(ten.id)
    assert restored.status is AppointmentStatus.BOOKED
    assert restored.override_reason == "Klienten kom ändå"


def test_the_visit_dialog_marks_arrival_and_opens_the_change_form(qtbot, counselor, lilja, room):
    ten = book(counselor, counselor, local(2026, 11, 23, 10), client_id=lilja.id, room_id=room.id)
    page = make_page(qtbot, counselor)
    dialog = page.open_appointment(ten.id)
    assert dialog.findChild(QWidget, "visit_client").text() == "Lilja"
    assert dialog.findChild(QWidget, "visit_room").text() == "Rum 2"
    edit = dialog.change()
    assert edit.windowTitle() == "Change the visit"
    assert edit.details().room_id == room.id
    edit.reject()
    dialog.status_buttons[AppointmentStatus.ARRIVED].click()
    assert counselor.scheduling.appointment(ten.id).status is AppointmentStatus.ARRIVED
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert page.view.grid.board.find(ten.id).appointment.status is AppointmentStatus.ARRIVED


def test_the_current_time_line_moves_with_the_clock(qtbot, counselor, clock):
    page = make_page(qtbot, counselor)
    clock.advance(minutes=75)
    page._tick()
    assert page.snapshot.now == clock.now()
    assert page.snapshot.minute_of(page.snapshot.now, MONDAY) == 10 * 60 + 15


def test_rendering_survives_a_busy_week(qtbot, scheduler, counselor, lilja, room):
    """Overlaps, a cancelled visit, absences and a holiday, in both views."""
    book(scheduler, counselor, local(2026, 11, 23, 10), client_id=lilja.id, room_id=room.id)
    overlap = book(scheduler, counselor, local(2026, 11, 23, 10, 30), override="Dubbelbokad")
    scheduler.scheduling.set_status(overlap.id, AppointmentStatus.CANCELLED_BY_CLINIC)
    scheduler.calendar_settings.add_absence(
        counselor.user.id,
        datetime(2026, 11, 25, tzinfo=scheduler.scheduling.zone),
        datetime(2026, 11, 26, tzinfo=scheduler.scheduling.zone),
        "Ledig",
    )
    page = make_page(qtbot, scheduler)
    for week in (False, True):
        page.set_week(week)
        assert not page.view.grid.grab().isNull()
        assert not page.view.header.grab().isNull()
    page.show_day(date(2026, 12, 24))
    assert not page.view.grid.grab().isNull()


# --- Narrow blocks ---------------------------------------------------------------------------


def test_a_block_too_narrow_for_its_time_still_shows_something(qtbot, scheduler, counselor, lilja):
    """The whole clinic's week: each block shows the start, the client's initials
    or at least a marker, never an empty box."""
    for hour in (9, 11, 14):
        book(scheduler, counselor, local(2026, 11, 24, hour), client_id=lilja.id)
    board = Board(load(scheduler, CLINIC, [MONDAY + timedelta(days=n) for n in range(7)]))
    grid = TimeGrid()
    qtbot.addWidget(grid)
    grid.set_board(board)
    bold = QFont(grid.font())
    bold.setBold(True)
    target = 1.6 * QFontMetrics(bold).horizontalAdvance("MM")  # less than "00:00" with padding
    grid.resize(1000, grid.height())
    first = grid.geometry_now().block_rect(board.placed[0]).width()
    gutter = grid.geometry_now().gutter
    grid.resize(int(gutter + 1 + (1000 - gutter - 1) * target / first), grid.height())
    image = grid.grab().toImage()
    geo = grid.geometry_now()
    fill = Colours.of(grid.palette()).blocks[AppointmentStatus.BOOKED].fill
    for placed in board.placed:
        rect = geo.block_rect(placed).toRect().adjusted(5, 2, -2, -2)  # inside, past the edge bar
        marked = sum(
            1
            for x in range(rect.left(), rect.right())
            for y in range(rect.top(), rect.bottom())
            if _far(QColor(image.pixel(x, y)), fill)
        )
        assert marked > 4, f"an empty box at {placed.start // 60}:00"


def _far(colour: QColor, other: QColor) -> bool:
    return (
        abs(colour.red() - other.red())
        + abs(colour.green() - other.green())
        + abs(colour.blue() - other.blue())
        > 90
    )


# --- Saying what was done, and undoing a move ------------------------------------------------


def test_a_booking_is_confirmed_below_the_calendar(qtbot, counselor, lilja, room):
    page = make_page(qtbot, counselor)
    dialog = page.book(
        TimeChoice(local(2026, 11, 24, 13), local(2026, 11, 24, 13, 50), counselor.user.id, None)
    )
    dialog.client.set_client(lilja.id)
    dialog.room.setCurrentIndex(dialog.room.findData(room.id))
    dialog.save_button.click()
    assert page.notice.isVisible()
    assert page.notice.text.text() == "Booked: Lilja Tue 2026-11-24 13:00–13:50, Rum 2."
    assert not page.notice.undo_button.isVisible()


def test_a_drag_is_confirmed_and_ctrl_z_puts_it_back(qtbot, counselor, lilja):
    ten = book(counselor, counselor, local(2026, 11, 23, 10), client_id=lilja.id)
    page = make_page(qtbot, counselor)
    grid = page.view.grid
    start = block_centre(page, ten.id)
    later = minute_y(page, 13 * 60) - minute_y(page, 10 * 60)
    drag(qtbot, grid, start, QPoint(start.x(), round(start.y() + later)))
    assert counselor.scheduling.appointment(ten.id).starts_at == local(2026, 11, 23, 13)
    assert page.notice.text.text().startswith("Moved: Lilja Mon 2026-11-23 13:00–13:50.")
    assert page.notice.undo_button.isVisible()
    seq = head_seq(counselor)

    qtbot.keyClick(grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    restored = counselor.scheduling.appointment(ten.id)
    assert (restored.starts_at, restored.ends_at) == (
        local(2026, 11, 23, 10),
        local(2026, 11, 23, 10, 50),
    )
    assert page.view.grid.board.find(ten.id).start == 10 * 60
    assert page.notice.text.text() == "Move undone: Lilja Mon 2026-11-23 10:00–10:50."
    (undo,) = [
        e for e in entries_after(counselor, seq) if e.action is LogAction.APPOINTMENT_CHANGED
    ]
    assert (undo.target_id, undo.detail) == (ten.id, "undo")
    qtbot.keyClick(grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # nothing more to undo
    assert counselor.scheduling.appointment(ten.id).starts_at == local(2026, 11, 23, 10)


def test_undoing_a_series_move_puts_every_visit_back(qtbot, counselor):
    series = counselor.scheduling.book(
        visit(counselor.user.id, local(2026, 11, 24, 10), 50),
        Recurrence(interval_weeks=1, occurrences=3),
    ).appointments
    page = make_page(qtbot, counselor)
    page.move_appointment(series[0].id, local(2026, 11, 24, 13), local(2026, 11, 24, 13, 50))
    shown(qtbot, ScopeQuestion).answer(SeriesScope.ALL)
    assert page.notice.text.text().startswith("Moved 3 visits, this one:")

    page.undo_move()

    starts = [counselor.scheduling.appointment(a.id).starts_at for a in series]
    assert starts == [local(2026, 11, 24, 10), local(2026, 12, 1, 10), local(2026, 12, 8, 10)]


# --- The month ------------------------------------------------------------------------------


def test_the_month_shows_whole_weeks_monday_first(qtbot, counselor):
    page = make_page(qtbot, counselor)
    qtbot.keyClick(page.view.grid, Qt.Key.Key_M)
    assert page.mode is Mode.MONTH and page.month.isVisible()
    assert page.toolbar.title.text() == "November 2026"
    month = page.month_snapshot
    assert (month.days[0].day, month.days[-1].day) == (date(2026, 10, 26), date(2026, 12, 6))
    assert [week[0].day.isocalendar().week for week in month.weeks] == [44, 45, 46, 47, 48, 49]
    assert month.today == MONDAY
    qtbot.keyClick(page.month, Qt.Key.Key_PageDown)
    assert page.toolbar.title.text() == "December 2026"
    assert page.month_snapshot.day_info(date(2026, 12, 25)).opening is None  # shaded: closed
    assert page.month_snapshot.day_info(date(2026, 12, 25)).holiday == "Christmas Day"


def test_a_day_of_the_month_lists_its_visits_and_counts_the_rest(
    qtbot, scheduler, counselor, lilja
):
    book(scheduler, counselor, local(2026, 11, 25, 8), client_id=lilja.id)
    for hour in range(9, 16):
        book(scheduler, counselor, local(2026, 11, 25, hour))
    page = make_page(qtbot, counselor)
    page.set_mode(Mode.MONTH)
    wednesday = date(2026, 11, 25)
    shown_visits, more = page.month.day_lines(wednesday, 4)
    assert [page.month.visit_line(v) for v in shown_visits] == [
        "08:00 Lilja",
        "09:00 Consultation",
        "10:00 Consultation",
    ]
    assert (more, page.month.more_text(more)) == (5, "+5 more")
    assert page.month.day_lines(wednesday, 8) == (page.month_snapshot.visits[wednesday].first, 0)
    page.show_counselor(counselor.user.id)
    page.set_view_of(CLINIC)
    clinic_line = page.month.visit_line(page.month_snapshot.visits[wednesday].first[0])
    assert clinic_line == "08:00 CB Lilja"  # whose visit, in the whole clinic's month


def test_a_click_on_a_day_of_the_month_opens_it(qtbot, counselor):
    page = make_page(qtbot, counselor)
    page.set_mode(Mode.MONTH)
    cell = page.month.geometry_now().cell(date(2026, 11, 19)).center().toPoint()
    qtbot.mouseClick(page.month, Qt.MouseButton.LeftButton, pos=cell)
    assert page.mode is Mode.DAY and page.day == date(2026, 11, 19)
    assert page.toolbar.title.text().startswith("Thursday 19 November 2026")


def test_the_keyboard_walks_through_the_month_and_past_it(qtbot, counselor):
    page = make_page(qtbot, counselor)
    page.set_mode(Mode.MONTH)
    month = page.month
    month.setFocus()
    qtbot.keyClick(month, Qt.Key.Key_Down)
    assert month.selected == date(2026, 11, 30)
    qtbot.keyClick(month, Qt.Key.Key_Right)  # into December
    assert page.day == date(2026, 12, 1)
    assert page.toolbar.title.text() == "December 2026"
    qtbot.keyClick(month, Qt.Key.Key_PageUp)
    assert page.toolbar.title.text() == "November 2026"
    qtbot.keyClick(month, Qt.Key.Key_Return)
    assert page.mode is Mode.DAY and page.day == date(2026, 11, 1)


def test_the_month_reads_only_what_its_cells_show(qtbot, scheduler, counselor, monkeypatch):
    asked: list[tuple] = []
    real = scheduler.scheduling.visits_by_day

    def spy(days, limit, **subject):
        asked.append((days[0], days[-1], limit))
        return real(days, limit, **subject)

    page = make_page(qtbot, scheduler)
    monkeypatch.setattr(scheduler.scheduling, "visits_by_day", spy)
    monkeypatch.setattr(
        scheduler.scheduling,
        "appointments",
        lambda *a, **k: pytest.fail("the month does not read every visit"),
    )
    page.set_mode(Mode.MONTH)
    assert asked == [(date(2026, 10, 26), date(2026, 12, 6), VISITS_PER_DAY)]
