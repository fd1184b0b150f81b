"""Screenshots of every view and dialog, role by role, for looking at them.

    Xvfb :84 -screen 0 1280x800x24 -nolisten tcp &
    DISPLAY=:84 QT_QPA_PLATFORM=xcb python tools/screenshots.py [--language sv] [OUT]

Builds the real windows in-process over a fresh demo clinic (no test doubles)
and walks it as its users would: the first-run setup on an empty folder, then
the administrator, the counselor and the clinic lead, each through what their
role can reach (views, dialogs, the lock screen, the menus). The main window
fills the screen; each picture is the whole screen, so a dialog is seen over
the window it belongs to, at the size it opens at. PNGs go to
OUT/<width>x<height>/ (default OUT: screenshots/), named <role>-NN-<what>.
`--only` walks one part (setup, administrator, counselor, lead).

On a weekend or outside office hours the clinic's clock is moved to the next
working morning, so that the day's views have visits to show. Works from the
installed package (`pip install .`): it needs nothing from the source tree.
"""

import argparse
import dataclasses
import sys
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QEventLoop, QPoint, Qt, QTimer
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QMessageBox, QWidget

from mottagning.demo.accounts import COUNSELOR, LEAD, SCHEDULER, DemoAccount
from mottagning.storage.files import ClinicFiles
from mottagning.storage.preferences import LocalPreferences
from mottagning.ui.application import build_main_window, create_application
from mottagning.ui.clients.client_view import ClientView
from mottagning.ui.main_window import MainWindow
from mottagning.ui.style import apply_style
from mottagning.ui.translations import install_translators

ROOT = Path(__file__).resolve().parent.parent
CLINIC_ZONE = ZoneInfo("Europe/Stockholm")
PARTS = ("setup", "administrator", "counselor", "lead", "sync")
WRONG_PASSWORD = "fel lösenord helt enkelt"


class OfficeHoursClock:
    """The real clock, moved to the next working morning when the clinic is closed."""

    def __init__(self) -> None:
        local = datetime.now(CLINIC_ZONE)
        target = local
        if local.weekday() >= 5 or not time(8) <= local.time() <= time(16):
            day = local.date() + timedelta(days=1 if local.time() > time(16) else 0)
            while day.weekday() >= 5:
                day += timedelta(days=1)
            target = datetime.combine(day, time(10, 15), CLINIC_ZONE)
        self._offset = target - local

    def now(self) -> datetime:
        return datetime.now(UTC) + self._offset


def settle(ms: int = 300) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(condition: Callable[[], bool], timeout_ms: int = 8000) -> bool:
    for _ in range(timeout_ms // 50):
        if condition():
            return True
        settle(50)
    return condition()


class Camera:
    """Saves the whole screen as OUT/<size>/<part>-NN-<name>.png."""

    def __init__(self, out: Path) -> None:
        screen = QGuiApplication.primaryScreen()
        size = screen.geometry().size()
        self.folder = out / f"{size.width()}x{size.height()}"
        self.folder.mkdir(parents=True, exist_ok=True)
        self.part = ""
        self.number = 0
        self.taken: list[Path] = []

    def begin(self, part: str) -> None:
        self.part, self.number = part, 0

    def shoot(self, name: str, ms: int = 300) -> None:
        settle(ms)
        self.number += 1
        path = self.folder / f"{self.part}-{self.number:02d}-{name}.png"
        picture = QGuiApplication.primaryScreen().grabWindow(0)
        if picture.isNull():  # a platform without a screen to read (offscreen)
            window = QApplication.activeWindow() or QApplication.topLevelWidgets()[0]
            picture = window.grab()
        else:
            outline_dialogs(picture)
        picture.save(str(path))
        self.taken.append(path)

    def shoot_modal(self, name: str, open_it: Callable[[], object]) -> None:
        """A dialog that blocks while open (exec): shot, then closed, from inside."""

        def shoot_and_close() -> None:
            if not wait_until(lambda: QApplication.activeModalWidget() is not None, 4000):
                print(f"{name}: no dialog opened")
                return
            self.shoot(name)
            modal = QApplication.activeModalWidget()
            if isinstance(modal, QDialog):
                modal.reject()

        QTimer.singleShot(0, shoot_and_close)
        open_it()
        settle(100)


def outline_dialogs(picture: QPixmap) -> None:
    """A thin frame where each dialog's edge is: Xvfb has no window manager to draw one."""
    painter = QPainter(picture)
    painter.setPen(QPen(QColor("#555555"), 1))
    for widget in QApplication.topLevelWidgets():
        if widget.isVisible() and isinstance(widget, QDialog):
            painter.drawRect(widget.frameGeometry().adjusted(-1, -1, 0, 0))
    painter.end()


def dismiss(window: QWidget) -> None:
    """Close every dialog and menu left open over `window`."""
    for _ in range(3):
        open_ones = [
            w
            for w in QApplication.topLevelWidgets()
            if w is not window and w.isVisible() and isinstance(w, (QDialog, QMenu))
        ]
        if not open_ones:
            return
        for widget in open_ones:
            if isinstance(widget, QDialog):
                widget.reject()
            else:
                widget.close()
        settle(100)


def visible_dialog(kind: type[QDialog]) -> QDialog | None:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    return found[-1] if found else None


# --- The first run --------------------------------------------------------------------


def walk_setup(camera: Camera, language: str) -> None:
    from mottagning.storage.kdf import DEFAULT_KDF  # noqa: PLC0415
    from mottagning.ui.setup_wizard import SetupWizard  # noqa: PLC0415

    camera.begin("setup")
    with tempfile.TemporaryDirectory() as folder:
        wizard = SetupWizard(
            ClinicFiles(Path(folder)), OfficeHoursClock(), DEFAULT_KDF, language=language
        )
        wizard.show()
        camera.shoot("clinic-empty")
        wizard.next()  # no name yet: refused on the page
        camera.shoot("clinic-refused")
        page = wizard.clinic_page
        page.name.setText("Mottagningen Söder")
        page.address.setPlainText("Storgatan 1\n123 45 Staden")
        page.phone.setText("036-10 00 00")
        camera.shoot("clinic-filled")
        wizard.next()
        lead = wizard.lead_page
        lead.full_name.setText("Maria Lindqvist")
        lead.username.setText("maria.l")
        lead.password.password.setText("sommar2024")
        camera.shoot("lead-weak-password", 600)
        wizard.next()
        camera.shoot("lead-refused")
        lead.password.password.setText("sju blanka stenar vid ån")
        lead.password.repeat.setText("sju blanka stenar vid ån")
        camera.shoot("lead-good-password", 600)
        wizard.next()  # creates the clinic
        wait_until(lambda: wizard.currentPage() is wizard.key_page)
        camera.shoot("recovery-key")
        wizard.key_page.confirmed.setChecked(True)
        camera.shoot("recovery-key-confirmed")
        wizard.accept()
        wizard.deleteLater()
        settle()


# --- Logging in and the lock screen ---------------------------------------------------


def sign_in(window: MainWindow, username: str, password: str) -> None:
    page = window.login_page
    if not page.locked:
        page.username.setText(username)
    page.password.setText(password)
    page.submit.click()
    if not wait_until(lambda: window.session is not None or page.message.isVisible()):
        raise RuntimeError(f"could not sign in as {username}")


def switch_user(window: MainWindow, account: DemoAccount) -> None:
    if window.session is not None:
        window.logout()
    sign_in(window, account.username, account.password)


def wrong_password(window: MainWindow, username: str) -> None:
    page = window.login_page
    page.message.hide()
    if not page.locked:
        page.username.setText(username)
    page.password.setText(WRONG_PASSWORD)
    page.submit.click()
    wait_until(page.message.isVisible)


def walk_lock_screen(camera: Camera, window: MainWindow, account: DemoAccount) -> None:
    window.lock()
    camera.shoot("locked")
    wrong_password(window, account.username)
    camera.shoot("locked-wrong-password")
    window.login_page.switch_user.click()
    camera.shoot("locked-another-user")
    window.login_page.back_to_unlock.click()
    camera.shoot("locked-back-to-unlock")
    sign_in(window, account.username, account.password)


def walk_menus(camera: Camera, window: MainWindow) -> None:
    """The account and settings menus, the language, change password, About."""
    bar = window.menuBar()
    for menu_action in bar.actions():
        menu = menu_action.menu()
        if menu is None:
            continue
        bar.setActiveAction(menu_action)
        settle(150)
        for action in menu.actions():
            if action.menu() is not None:  # the language submenu
                menu.setActiveAction(action)
                action.menu().popup(
                    menu.mapToGlobal(QPoint(menu.width(), menu.actionGeometry(action).top()))
                )
        camera.shoot(f"menu-{menu.title().replace('&', '').lower()}")
        for popup in QApplication.topLevelWidgets():
            if isinstance(popup, QMenu) and popup.isVisible():
                popup.close()
        settle(100)
    english = next(a for a in window.language_group.actions() if a.data() == "en")
    swedish = next(a for a in window.language_group.actions() if a.data() == "sv")
    camera.shoot_modal("language-chosen", english.trigger)
    camera.shoot_modal("language-chosen-back", swedish.trigger)  # the language walked in
    dialog = window.change_password()
    if dialog is not None:
        camera.shoot("change-password")
        dialog.current.setText("fel")
        dialog.fields.password.setText("kort")
        dialog.fields.repeat.setText("kort")
        dialog.accept()
        camera.shoot("change-password-refused", 600)
    dismiss(window)
    camera.shoot_modal("about", window.about_action.trigger)
    window.about_action.trigger()
    about = visible_dialog(QDialog)
    if about is not None:
        for index, name in ((1, "about-licences"), (2, "about-questionnaires")):
            about.tabs.setCurrentIndex(index)  # type: ignore[attr-defined]
            camera.shoot(name)
        about.reject()
    window.show_guide()
    camera.shoot("guide", 600)
    if window.guide is not None:
        window.guide.close()


# --- The calendar ---------------------------------------------------------------------


def calendar_views(camera: Camera, window: MainWindow, views: list[tuple[str, object]]) -> None:
    from mottagning.ui.calendar.snapshot import Mode  # noqa: PLC0415

    assert window.workspace is not None
    page = window.workspace.show_area("calendar")
    for label, view_of in views:
        page.set_view_of(view_of)  # type: ignore[union-attr]
        for mode in (Mode.DAY, Mode.WEEK, Mode.MONTH):
            page.set_mode(mode)  # type: ignore[union-attr]
            camera.shoot(f"calendar-{label}-{mode.value}")
    page.set_mode(Mode.WEEK)  # type: ignore[union-attr]


def booking_dialogs(camera: Camera, window: MainWindow) -> None:
    """Booking at a free time, over a visit (the clash), a weekly series, a visit."""
    from mottagning.ui.calendar.free_time import suggested_start  # noqa: PLC0415
    from mottagning.ui.calendar.grid import TimeChoice  # noqa: PLC0415
    from mottagning.ui.calendar.snapshot import CLINIC, Mode  # noqa: PLC0415

    assert window.workspace is not None and window.session is not None
    session = window.session
    page = window.workspace.show_area("calendar")
    page.set_view_of(CLINIC)  # type: ignore[union-attr]
    page.set_mode(Mode.WEEK)  # type: ignore[union-attr]
    board = page.view.grid.board  # type: ignore[union-attr]
    taken = next(p.appointment for p in board.placed if not p.faded)
    counselor = board.columns[board.find(taken.id).column].counselor_id
    start, _ = suggested_start(
        session.scheduling,
        frozenset({counselor}) if counselor else frozenset(),
        None,
        session.clinic.clock.now() + timedelta(days=1),
        timedelta(minutes=50),
    )
    dialog = page.book(TimeChoice(start, start + timedelta(minutes=50), counselor, None))  # type: ignore[union-attr]
    camera.shoot("booking-free-time")
    dialog.reject()
    dialog = page.book(TimeChoice(taken.starts_at, taken.ends_at, counselor, None))  # type: ignore[union-attr]
    dialog.check_now()
    camera.shoot("booking-clash")
    dialog.repeat.choose(1)
    dialog.repeat.count.setValue(10)
    dialog.check_now()
    camera.shoot("booking-series")
    dialog.reject()
    visit = page.open_appointment(taken.id)  # type: ignore[union-attr]
    camera.shoot("visit")
    if visit is not None:
        question = visit.cancel_visit()
        camera.shoot("visit-cancel-question")
        question.reject()
        if taken.client_id is not None:
            letter = visit.appointment_letter()
            wait_until(lambda: bool(letter.preview.page_labels))  # type: ignore[attr-defined]
            camera.shoot("appointment-letter", 500)
            letter.reject()
    dismiss(window)


def schedule_print(camera: Camera, window: MainWindow) -> None:
    """The week shown in the calendar, on paper (by initials)."""
    from mottagning.ui.letters.document_dialog import DocumentDialog  # noqa: PLC0415

    assert window.workspace is not None
    page = window.workspace.show_area("calendar")
    page.print_schedule(initials=True)  # type: ignore[union-attr]
    wait_until(lambda: visible_dialog(DocumentDialog) is not None)
    camera.shoot("schedule-print", 600)
    dismiss(window)


# --- Clients and the waiting list -----------------------------------------------------


def register_and_new_client(camera: Camera, window: MainWindow) -> None:
    assert window.workspace is not None
    page = window.workspace.show_area("clients")
    camera.shoot("clients")
    dialog = page.new_client()  # type: ignore[union-attr]
    camera.shoot("new-client")
    dialog.alias.setText("Lind 3")
    dialog.accept()  # without what the form needs: the reason shown
    camera.shoot("new-client-refused")
    dismiss(window)


def client_page(window: MainWindow, client_id: str) -> ClientView:
    """The register's page of `client_id`, opened as a user would from the register."""
    assert window.workspace is not None
    page = window.workspace.show_area("clients")
    view = page.open_client(client_id)  # type: ignore[union-attr]
    assert isinstance(view, ClientView), "the client's page is open"
    return view


def client_page_tabs(camera: Camera, window: MainWindow, client_id: str, prefix: str) -> object:
    view = client_page(window, client_id)
    for index in range(view.sections.count()):
        view.sections.setCurrentIndex(index)
        tab = view.sections.tabText(index).split(" (")[0].lower().replace(" ", "-")
        camera.shoot(f"{prefix}-{tab}")
    view.sections.setCurrentIndex(0)
    return view


def waiting_list(camera: Camera, window: MainWindow) -> None:
    assert window.workspace is not None
    page = window.workspace.show_area("waiting_list")
    camera.shoot("waiting-list")
    dialog = page.add()  # type: ignore[union-attr]
    camera.shoot("waiting-list-add")
    dialog.reject()
    removal = page.remove_selected()  # type: ignore[union-attr]
    camera.shoot("waiting-list-remove")
    if removal is not None:
        removal.reject()
    page.book_selected()  # type: ignore[union-attr]
    camera.shoot("waiting-list-book-first-visit")
    dismiss(window)


def clients_of(window: MainWindow, mine: bool) -> list[str]:
    assert window.session is not None
    session = window.session
    listed = session.clients.register(None, mine_only=False)
    return [
        c.id for c in listed if (session.user.id in c.counselor_ids) == mine and c.counselor_ids
    ]


# --- The journal ----------------------------------------------------------------------


def journal_walk(camera: Camera, window: MainWindow, client_id: str) -> None:
    """Reading, writing and signing a note, an addendum, a correction, the history."""
    from mottagning.models.journal import NoteType  # noqa: PLC0415

    assert window.workspace is not None and window.session is not None
    page = window.workspace.show_area("clients")
    view = page.open_client(client_id)  # type: ignore[union-attr]
    view.show_journal()
    journal = view.journal
    camera.shoot("journal")
    signed = next(
        (row for row in range(journal.model.rowCount()) if journal.model.note_at(row).signed), 0
    )
    journal.notes.select_row(signed)
    camera.shoot("journal-signed-note")
    new = journal.new_note()
    camera.shoot("journal-new-note")
    if new is not None:
        new.reject()
    journal.start_note(NoteType.SESSION, window.session.clinic.today())
    journal.editor.text.moveCursor(journal.editor.text.textCursor().MoveOperation.End)
    journal.editor.text.insertPlainText(
        "Klienten berättar att sömnen har blivit bättre sedan förra veckan. "
        "Vi går igenom planen och bokar nästa samtal om två veckor."
    )
    camera.shoot("journal-writing")
    question = journal.sign()
    camera.shoot("journal-sign-question")
    if question is not None:
        question.sign_button.click()
    camera.shoot("journal-signed")
    addendum = journal.amend(correction=False)
    if addendum is not None:
        addendum.text.setPlainText("Klienten ringde efteråt och bekräftade tiden.")
        camera.shoot("journal-addendum")
        addendum.accept()
    correction = journal.amend(correction=True)
    if correction is not None:
        correction.text.setPlainText(correction.text.toPlainText().replace("två", "tre"))
        camera.shoot("journal-correction")
        correction.accept()  # no reason yet: refused in the dialog
        camera.shoot("journal-correction-refused")
        correction.reason.setText("Fel antal veckor till nästa samtal")
        correction.accept()
    camera.shoot("journal-corrected")
    journal.original_button.click()
    camera.shoot("journal-original-shown")
    history = journal.history()
    camera.shoot("journal-history")
    if history is not None:
        history.reject()
    journal.search.setText("sömn")
    journal.run_search("sömn")
    camera.shoot("journal-search-in-client")
    journal.search.clear()
    dismiss(window)


def report_and_register_walk(camera: Camera, window: MainWindow, view: ClientView) -> None:
    """The questionnaire report, and the counselor's letter register from Today."""
    from mottagning.ui.letters.document_dialog import DocumentDialog  # noqa: PLC0415

    view.show_questionnaires()
    measures = view.measures
    assert measures is not None and window.workspace is not None
    measures.show_report()
    wait_until(lambda: visible_dialog(DocumentDialog) is not None)
    camera.shoot("questionnaire-report", 600)
    dismiss(window)
    today = window.workspace.show_area("today")
    today.show_letters()  # type: ignore[union-attr]
    camera.shoot("referrals-sent")
    dismiss(window)


def record_extract_walk(camera: Camera, window: MainWindow, letters: object) -> None:
    """The confidentiality review of a record extract; the released PDF kept
    beside the shots."""
    review = letters.record_extract()  # type: ignore[attr-defined]
    assert review is not None and window.session is not None
    review.items.setCurrentRow(review.items.count() - 1)
    camera.shoot("record-extract-review")
    extract = window.session.access_requests.release(review.review.id)
    (camera.folder / "registerutdrag.pdf").write_bytes(extract.pdf)
    review.reject()


def letters_walk(camera: Camera, window: MainWindow, client_id: str) -> None:
    """The consent register, a consent recorded, the referral builder with its
    preview, the letter register and a letter as sent (its PDF kept beside the
    shots, to render with pdftoppm)."""
    from mottagning.models.consent import Scope  # noqa: PLC0415
    from mottagning.models.letters import Channel, Include  # noqa: PLC0415

    view = client_page(window, client_id)
    view.sections.setCurrentIndex(view.sections.indexOf(view._letters_tab))  # type: ignore[arg-type]
    letters = view.letters
    assert letters is not None
    wait_until(lambda: letters.loaded)
    camera.shoot("letters-empty")
    dialog = letters.record_consent()
    dialog.purpose.setText("Bedömning av alkoholbruk och sömn")
    dialog.scopes[Scope.QUESTIONNAIRES].setChecked(True)
    dialog.scopes[Scope.JOURNAL_EXTRACT].setChecked(True)
    camera.shoot("consent-dialog")
    dialog.accept()
    camera.shoot("consents")
    builder = letters.write_referral()
    assert builder is not None
    builder.recipient.setCurrentIndex(1)
    builder.question.setPlainText("Bedömning av alkoholbruk och behov av abstinensbehandling?")
    builder.background.setPlainText(
        "Klienten har haft kontakt med mottagningen sedan i våras och berättar om "
        "ett ökande drickande under det senaste halvåret."
    )
    builder.situation.setPlainText(
        "Dricker dagligen, sover dåligt och önskar själv hjälp att minska. Samtycker till remissen."
    )
    builder.includes[Include.QUESTIONNAIRES].setChecked(True)
    builder.update_preview()
    wait_until(lambda: bool(builder.preview.page_labels))
    camera.shoot("referral-builder", 600)
    assert window.session is not None
    draft = builder.draft()
    builder.reject()
    _, pdf = window.session.referrals.send(draft, Channel.PRINTED)
    (camera.folder / "referral.pdf").write_bytes(pdf)
    letters.reload()
    camera.shoot("letters-register")
    letters.letters.selectRow(0)
    letters.show_selected()
    camera.shoot("letter-as-sent", 600)
    dismiss(window)
    record_extract_walk(camera, window, letters)
    report_and_register_walk(camera, window, view)


def questionnaires_walk(camera: Camera, window: MainWindow, client_id: str) -> None:
    """The questionnaires tab, the picker, a PHQ-9 and an AUDIT entered and saved."""
    from mottagning.ui.measures import AdministrationDialog  # noqa: PLC0415
    from mottagning.ui.measures.picker import InstrumentPicker  # noqa: PLC0415

    view = client_page(window, client_id)
    view.show_questionnaires()
    camera.shoot("questionnaires")
    tab = view.measures
    picker = tab.choose_instrument()
    assert isinstance(picker, InstrumentPicker)
    picker.search.setText("au")
    camera.shoot("questionnaire-picker")
    picker.reject()
    for instrument, answers in (
        ("phq9", (2, 1, 2, 1, 0, 1, 2, 1, 1)),
        ("audit", (2, 1, 1, 0, 0, 1, 0, 1, 0, 0)),
    ):
        dialog = tab.open_administration(instrument)
        assert isinstance(dialog, AdministrationDialog)
        for index, value in enumerate(answers[:5]):
            dialog.sheet.answer(index, value)
        camera.shoot(f"questionnaire-{instrument}-half")
        for index, value in enumerate(answers):
            dialog.sheet.answer(index, value)
        camera.shoot(f"questionnaire-{instrument}-complete")
        dialog.save()
        settle()
        dismiss(window)
        camera.shoot(f"questionnaires-after-{instrument}")


def emergency_access(camera: Camera, window: MainWindow, client_id: str) -> None:
    """Another counselor's client: the journal asks why, then the banner says so."""
    view = client_page(window, client_id)
    view.show_journal()
    camera.shoot("emergency-ask")
    panel = view.journal.access_panel
    panel.request()  # no reason: refused
    camera.shoot("emergency-ask-refused")
    panel.reason.setPlainText("Klienten ringde i kris och hennes behandlare är på kurs i dag.")
    panel.request()
    camera.shoot("emergency-banner")


def journal_search(camera: Camera, window: MainWindow) -> None:
    from mottagning.ui.journal import JournalSearchDialog  # noqa: PLC0415

    assert window.workspace is not None
    window.workspace.search_journals()
    dialog = visible_dialog(JournalSearchDialog)
    if dialog is None:
        return
    camera.shoot("journal-search-empty")
    dialog.search.setText("sömn")  # type: ignore[attr-defined]
    dialog.run_search()  # type: ignore[attr-defined]
    camera.shoot("journal-search")
    dialog.search.setText("zyxvåäö")  # type: ignore[attr-defined]
    dialog.run_search()  # type: ignore[attr-defined]
    camera.shoot("journal-search-nothing")
    dismiss(window)


# --- Administration -------------------------------------------------------------------


def administration(camera: Camera, window: MainWindow) -> None:
    assert window.workspace is not None
    page = window.workspace.show_area("administration")
    tabs = page.tabs  # type: ignore[union-attr]
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        name = tabs.tabText(index).lower().replace(" ", "-").replace(",", "")
        camera.shoot(f"admin-{name}")
        widget = tabs.widget(index)
        if widget is page.users:  # type: ignore[union-attr]
            users_dialogs(camera, window, widget)
        elif widget is page.access_log:  # type: ignore[union-attr]
            log_reviews(camera, window, widget)
        elif widget is page.clinic:  # type: ignore[union-attr]
            widget._rotate_on_request()
            camera.shoot("admin-key-rotation-offered")
            dismiss(window)
        elif widget is page.emergency_accesses:  # type: ignore[union-attr]
            if widget.model.rowCount():
                widget.table.selectRow(0)
                camera.shoot("admin-emergency-chosen")
        elif widget is page.calendar:  # type: ignore[union-attr]
            widget.add_room()
            camera.shoot("admin-room-name")
            dismiss(window)
        elif widget is page.backups:  # type: ignore[union-attr]
            backups_walk(camera, window, widget)
        elif widget is page.retention:  # type: ignore[union-attr]
            retention_walk(camera, window, widget)


def retention_walk(camera: Camera, window: MainWindow, tab: object) -> None:
    """The retention review. The demo clinic's records are recent, so the review
    is shown as it will be six years on (every record's years passed), and the
    purge dialog opened on it; nothing is purged."""
    from mottagning.ui.admin.retention_dialog import PurgeDialog  # noqa: PLC0415

    session = window.session
    assert session is not None
    on = session.time.today().replace(year=session.time.today().year + 6)
    review = session.retention.review(on)
    tab._show(review)  # type: ignore[attr-defined]
    settle(300)
    camera.shoot("admin-retention-review")
    if not review.due:
        return
    tab._purge()  # type: ignore[attr-defined]
    wait_until(lambda: isinstance(visible_dialog(PurgeDialog), PurgeDialog))
    camera.shoot("admin-retention-purge-dialog")
    dismiss(window)


def backups_walk(camera: Camera, window: MainWindow, tab: object) -> None:
    """The Backups tab: a backup under way (its progress in the status bar), the
    list, and the restore dialog with its check."""
    monitor = window.users.backups
    tab.backup_button.click()  # type: ignore[attr-defined]
    camera.shoot("admin-backup-started", ms=30)
    wait_until(lambda: not monitor.running)
    # The demo clinic is small: its backup is over before a shot; show the
    # status bar's progress as it looks half-way.
    monitor.progress.setValue(45)
    monitor.progress.show()
    camera.shoot("admin-backup-in-progress")
    monitor.progress.hide()
    wait_until(lambda: tab.model.row_count() > 0)  # type: ignore[attr-defined]
    settle(500)
    camera.shoot("admin-backups-listed")
    tab._restore()  # type: ignore[attr-defined]
    from mottagning.ui.admin.backups_tab import RestoreDialog  # noqa: PLC0415

    wait_until(lambda: isinstance(visible_dialog(RestoreDialog), RestoreDialog))
    dialog = visible_dialog(RestoreDialog)
    wait_until(lambda: dialog is not None and dialog.sound)  # type: ignore[attr-defined]
    camera.shoot("admin-restore-dialog")
    dismiss(window)


def backup_warning(camera: Camera, window: MainWindow) -> None:
    """The warning in the status bar and on Today when a destination is gone."""
    from mottagning.models.backups import BackupSettings  # noqa: PLC0415

    session = window.session
    assert session is not None and window.workspace is not None
    settings = session.backups.settings()
    session.backups.save_settings(BackupSettings(second_folder="/media/usb-saknas"))
    monitor = window.users.backups
    monitor.refresh()
    wait_until(lambda: monitor.status is not None and monitor.status.stale)
    window.workspace.show_area("today")
    camera.shoot("today-backup-warning", ms=600)
    session.backups.save_settings(settings)
    monitor.refresh()


def log_reviews(camera: Camera, window: MainWindow, tab: object) -> None:
    """Verify the log, then document a review: its anchor, and the list of reviews."""
    tab.sections.setCurrentIndex(1)  # type: ignore[attr-defined]
    tab.verify()  # type: ignore[attr-defined]
    wait_until(tab.verify_button.isEnabled)  # type: ignore[attr-defined]
    camera.shoot("admin-log-verified")
    review = tab.document_review()  # type: ignore[attr-defined]
    camera.shoot("admin-log-review")
    if window.session is not None and window.session.user.role == "lead":
        review.scope.setPlainText("10 slumpvis valda klientakter, alla nödåtkomster")
        review.findings.setPlainText("Inga avvikelser. Två nödåtkomster med godtagbara skäl.")
        review.accept()
        wait_until(lambda: visible_dialog(QDialog) is not None)
        camera.shoot("admin-log-review-documented")
        dismiss(window)
        tab.reviews_table.selectRow(0)  # type: ignore[attr-defined]
        camera.shoot("admin-log-reviews")
    else:
        review.reject()
    dismiss(window)


def replace_keys(camera: Camera, window: MainWindow, account: DemoAccount) -> None:
    """The lead deactivates an account and replaces the keys: the offer, the
    progress, the outcome. Last in the walk: the database is a new one after it."""
    assert window.workspace is not None
    page = window.workspace.show_area("administration")
    users = page.users  # type: ignore[union-attr]
    page.tabs.setCurrentWidget(users)  # type: ignore[union-attr]
    leaver = next(
        row
        for row in range(users.model.rowCount())
        if users.model.user_at(row).active and users.model.user_at(row).role == "counselor"
    )
    users.table.selectRow(leaver)
    users.toggle_selected()
    box = visible_dialog(QMessageBox)
    if isinstance(box, QMessageBox):
        box.button(QMessageBox.StandardButton.Yes).click()
    from mottagning.ui.admin.key_rotation_dialog import KeyRotationDialog  # noqa: PLC0415

    wait_until(lambda: visible_dialog(KeyRotationDialog) is not None)
    dialog = visible_dialog(KeyRotationDialog)
    if dialog is None:
        return
    camera.shoot("admin-key-rotation")
    dialog.password.setText(account.password)  # type: ignore[attr-defined]
    dialog.replace_button.click()  # type: ignore[attr-defined]
    camera.shoot("admin-key-rotation-progress", 150)
    wait_until(lambda: isinstance(visible_dialog(QMessageBox), QMessageBox), 120_000)
    camera.shoot("admin-key-rotation-done")
    dismiss(window)


def users_dialogs(camera: Camera, window: MainWindow, users: object) -> None:
    dialog = users.create_user()  # type: ignore[attr-defined]
    camera.shoot("admin-new-user")
    dialog.accept()
    camera.shoot("admin-new-user-refused")
    dialog.reject()
    users.table.selectRow(1)  # type: ignore[attr-defined]
    edit = users.edit_selected()  # type: ignore[attr-defined]
    camera.shoot("admin-change-user")
    if edit is not None:
        edit.reject()
    users.reset_selected()  # type: ignore[attr-defined]
    camera.shoot("admin-reset-question")
    box = visible_dialog(QMessageBox)
    if isinstance(box, QMessageBox):
        box.button(QMessageBox.StandardButton.Yes).click()
        camera.shoot("admin-temporary-password", 600)
    dismiss(window)
    users.toggle_selected()  # type: ignore[attr-defined]
    camera.shoot("admin-deactivate-question")
    dismiss(window)


# --- The roles ------------------------------------------------------------------------


def walk_administrator(camera: Camera, window: MainWindow) -> None:
    from mottagning.ui.calendar.snapshot import CLINIC, ViewKind, ViewOf  # noqa: PLC0415

    camera.begin("administrator")
    window.login_page.show_fresh()
    camera.shoot("login")
    wrong_password(window, SCHEDULER.username)
    camera.shoot("login-wrong-password")
    camera.shoot_modal("forgotten-password", window.login_page.forgot.click)
    window.login_page.show_fresh()
    sign_in(window, SCHEDULER.username, SCHEDULER.password)
    camera.shoot("today")
    assert window.session is not None
    counselor = next(
        u for u in window.session.scheduling.counselors() if u.username == "behandlare"
    )
    room = window.session.calendar_settings.rooms()[0]
    calendar_views(
        camera,
        window,
        [
            ("clinic", CLINIC),
            ("counselor", ViewOf(ViewKind.COUNSELOR, counselor.id)),
            ("room", ViewOf(ViewKind.ROOM, room.id)),
        ],
    )
    booking_dialogs(camera, window)
    schedule_print(camera, window)
    register_and_new_client(camera, window)
    client_page_tabs(camera, window, clients_of(window, mine=False)[0], "client")
    waiting_list(camera, window)
    administration(camera, window)
    walk_menus(camera, window)
    walk_lock_screen(camera, window, SCHEDULER)


def walk_counselor(camera: Camera, window: MainWindow) -> None:
    from mottagning.ui.calendar.snapshot import CLINIC, ViewKind, ViewOf  # noqa: PLC0415

    camera.begin("counselor")
    switch_user(window, COUNSELOR)
    camera.shoot("today")
    assert window.session is not None
    session = window.session
    calendar_views(
        camera,
        window,
        [("mine", ViewOf(ViewKind.COUNSELOR, session.user.id)), ("clinic", CLINIC)],
    )
    booking_dialogs(camera, window)
    assert window.workspace is not None
    window.workspace.show_area("clients")
    camera.shoot("clients-mine")
    mine = clients_of(window, mine=True)
    busiest = max(mine, key=lambda client_id: len(session.measures.results(client_id)))
    client_page_tabs(camera, window, busiest, "client")
    journal_walk(camera, window, busiest)
    questionnaires_walk(camera, window, busiest)
    view = window.workspace.show_area("clients").client_view  # type: ignore[union-attr]
    view.sections.setCurrentIndex(view.sections.indexOf(view._plan_tab))  # type: ignore[arg-type]
    camera.shoot("plan")
    letters_walk(camera, window, busiest)
    emergency_access(camera, window, clients_of(window, mine=False)[0])
    journal_search(camera, window)
    waiting_list(camera, window)
    outward_work(camera, window)
    window.workspace.show_area("today")
    camera.shoot("today-after")
    walk_menus(camera, window)
    walk_lock_screen(camera, window, COUNSELOR)


def outward_work(camera: Camera, window: MainWindow) -> None:
    """The outward-work register: one entry recorded through its dialog."""
    from mottagning.ui.outward_work import OutwardWorkDialog, OutwardWorkPage  # noqa: PLC0415

    assert window.workspace is not None and window.session is not None
    page = window.workspace.show_area("outward_work")
    assert isinstance(page, OutwardWorkPage)
    dialog = OutwardWorkDialog(window.session, page)
    dialog.participants.setValue(32)
    dialog.hours.setValue(2)
    dialog.description.setText("Socialtjänsten, barn och unga")
    dialog.show()
    camera.shoot("outward-work-dialog")
    dialog._save()
    page.refresh()
    camera.shoot("outward-work")


def statistics(camera: Camera, window: MainWindow) -> None:
    """The yearly numbers of last year: tables, a chart, the hidden cells, the note."""
    from mottagning.ui.statistics.page import StatisticsPage  # noqa: PLC0415
    from mottagning.ui.statistics.settings_dialog import (  # noqa: PLC0415
        StatisticsSettingsDialog,
    )

    assert window.workspace is not None and window.session is not None
    page = window.workspace.show_area("statistics")
    assert isinstance(page, StatisticsPage)
    camera.shoot("statistics-empty")
    page.year.setValue(page.year.maximum())  # the demo clinic's history is this year's
    page.compute()
    wait_until(lambda: page.report is not None, 120_000)
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    for prefix in ("1.", "2b.", "2c.", "3.", "5.", "7.", "8a."):
        index = next(i for i, title in enumerate(titles) if title.startswith(prefix))
        page.tabs.setCurrentIndex(index)
        camera.shoot(f"statistics-table-{prefix.rstrip('.')}")
    page.tabs.setCurrentIndex(len(titles) - 2)
    camera.shoot("statistics-small-counts")
    page.tabs.setCurrentIndex(len(titles) - 1)
    page.introduction.setPlainText("Till socialnämnden: mottagningens årsstatistik.")
    camera.shoot("statistics-introduction")
    dialog = StatisticsSettingsDialog(window.session, page)
    dialog.show()
    camera.shoot("statistics-settings")
    dialog.close()


def walk_lead(camera: Camera, window: MainWindow) -> None:
    camera.begin("lead")
    switch_user(window, LEAD)
    camera.shoot("today")
    calendar_views(
        camera,
        window,
        [("clinic", __import__("mottagning.ui.calendar.snapshot", fromlist=["CLINIC"]).CLINIC)],
    )
    client_page_tabs(camera, window, clients_of(window, mine=False)[0], "client")
    emergency_access(camera, window, clients_of(window, mine=False)[1])
    journal_search(camera, window)
    statistics(camera, window)
    administration(camera, window)
    backup_warning(camera, window)
    walk_menus(camera, window)
    walk_lock_screen(camera, window, LEAD)
    replace_keys(camera, window, LEAD)


# --- The user guide's pictures ------------------------------------------------------

GUIDE_SIZE = (1120, 700)  # a laptop-sized window, where the views have room
GUIDE_WIDTH = 720  # the picture's width in the guide, scaled smoothly (not by the viewer)


def walk_guide(folder: Path, window: MainWindow) -> None:
    """The few pictures resources/guide/*.html shows, as FOLDER/<name>.png.

    Each is the main window alone (window.grab(), so any platform, offscreen
    too), at a fixed size. installer/build.py makes them for each language."""
    from mottagning.ui.calendar.snapshot import CLINIC, Mode  # noqa: PLC0415

    folder.mkdir(parents=True, exist_ok=True)
    window.resize(*GUIDE_SIZE)

    def take(name: str) -> None:
        settle(300)
        picture = window.grab().scaledToWidth(
            GUIDE_WIDTH, Qt.TransformationMode.SmoothTransformation
        )
        if not picture.save(str(folder / f"{name}.png")):
            raise RuntimeError(f"could not save {name}.png")

    window.login_page.show_fresh()
    take("login")
    switch_user(window, COUNSELOR)
    take("today")
    assert window.session is not None and window.workspace is not None
    session = window.session
    mine = clients_of(window, mine=True)
    busiest = max(mine, key=lambda client_id: len(session.measures.results(client_id)))
    view = client_page(window, busiest)
    view.show_journal()
    take("journal")
    switch_user(window, SCHEDULER)
    page = window.workspace.show_area("calendar")
    page.set_view_of(CLINIC)  # type: ignore[union-attr]
    page.set_mode(Mode.WEEK)  # type: ignore[union-attr]
    take("calendar")
    switch_user(window, LEAD)
    window.workspace.show_area("administration")
    take("administration")
    window.logout()


def walk_sync(camera: Camera, window: MainWindow) -> None:
    """Two workstations through a throwaway PostgreSQL (the tests' helper): the
    server settings, a conflict in the status bar and its dialog, offline."""
    sys.path.insert(0, str(ROOT))
    from mottagning.services.authentication import Authenticator  # noqa: PLC0415
    from mottagning.storage import sync_server  # noqa: PLC0415
    from mottagning.ui.sync_conflicts import ConflictsDialog  # noqa: PLC0415
    from tests.storage.postgres import postgres_server  # noqa: PLC0415
    from tests.storage.sync_support import ClinicServer  # noqa: PLC0415

    camera.begin("sync")
    switch_user(window, LEAD)
    with postgres_server() as pg, tempfile.TemporaryDirectory() as other:
        pg.sql("CREATE DATABASE shots", dbname="postgres")
        sync_server.install(pg.dsn(dbname="shots"))
        server = ClinicServer(pg, "shots")
        session = window.session
        assert session is not None
        dialog = window.server_settings()
        assert dialog is not None
        dialog.dsn.setText(server.workstation_dsn("reception"))
        camera.shoot("server-settings")
        connected: list[bool] = []
        dialog.accepted.connect(lambda: connected.append(True))
        dialog.connect_button.click()
        wait_until(lambda: bool(connected))
        clock = session.clinic.clock
        other_files = ClinicFiles(Path(other) / "b")
        session.sync.copy_for_new_workstation(other_files)
        other_gate = Authenticator(other_files, clock, workstation="PC-2")
        other_lead = other_gate.login(LEAD.username, LEAD.password)
        other_lead.sync.connect(server.workstation_dsn("counselor1"))
        client = session.clients.open(clients_of(window, mine=False)[0])
        for lead, phone in ((session, "070-111 22 33"), (other_lead, "070-444 55 66")):
            lead.clients.update(client.id, dataclasses.replace(client.details, phone=phone))
        for lead in (session, other_lead, session):
            lead.sync.sync_now()
        window.sync_indicator.set_session(session)
        camera.shoot("status-conflict")
        window.sync_indicator.show_conflicts()
        settle()
        camera.shoot("conflicts")
        conflicts = window.findChild(ConflictsDialog)
        if conflicts is not None:
            conflicts.reject()
        window.server_settings()
        settle(1500)
        camera.shoot("server-devices")
        dismiss(window)
        pg.stop()
        window.sync_indicator.sync_now(manual=False)
        wait_until(lambda: not window.sync_indicator.running)
        camera.shoot("status-offline")
        pg.start()
        other_gate.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", type=Path, default=ROOT / "screenshots")
    parser.add_argument("--language", default="sv", choices=("sv", "en"))
    parser.add_argument("--only", choices=PARTS, action="append")
    parser.add_argument(
        "--guide",
        action="store_true",
        help="only the user guide's pictures, as OUT/<name>.png (offscreen works)",
    )
    args = parser.parse_args()
    parts = args.only or list(PARTS)

    app = create_application()
    install_translators(app, args.language)
    apply_style(app)
    if args.guide:
        with tempfile.TemporaryDirectory() as folder:
            files = ClinicFiles(Path(folder))
            preferences = LocalPreferences(files.preferences)
            preferences.set_language(args.language)
            window = build_main_window(files, OfficeHoursClock(), preferences, demo=True)
            assert window is not None
            window.show()
            walk_guide(args.out, window)
            window.close()
        print(f"the guide's pictures in {args.out}")
        return 0
    camera = Camera(args.out)
    if "setup" in parts:
        walk_setup(camera, args.language)
    with tempfile.TemporaryDirectory() as folder:
        files = ClinicFiles(Path(folder))
        preferences = LocalPreferences(files.preferences)
        preferences.set_language(args.language)
        # As `mottagning --demo` does: the demo clinic is made on the way to the window.
        window = build_main_window(files, OfficeHoursClock(), preferences, demo=True)
        assert window is not None
        window.setGeometry(window.screen().availableGeometry())
        window.show()
        settle()
        walks = {
            "administrator": walk_administrator,
            "counselor": walk_counselor,
            "lead": walk_lead,
            "sync": walk_sync,
        }
        for part, walk in walks.items():
            if part in parts:
                try:
                    walk(camera, window)
                except Exception as error:  # the walk goes on with the next role
                    print(
                        f"{part} stopped at shot {camera.number}: {type(error).__name__}: {error}"
                    )
                    import traceback  # noqa: PLC0415

                    traceback.print_exc()
                dismiss(window)
        window.close()
    print(f"{len(camera.taken)} screenshots in {camera.folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
