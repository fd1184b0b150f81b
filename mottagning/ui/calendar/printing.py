"""The schedule shown in the calendar, on paper: the day (or the week, from
the week and month views) of the counselor, room or clinic shown, with the
clients by alias or by initials; previewed, then printed."""

from datetime import date

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QWidget

from mottagning.services.session import Session
from mottagning.ui.calendar.snapshot import Mode, ViewKind, ViewOf
from mottagning.ui.dialogs import open_dialog
from mottagning.ui.letters.document_dialog import DocumentDialog
from mottagning.ui.worker import run_operation


def print_schedule(
    parent: QWidget, session: Session, day: date, mode: Mode, view_of: ViewOf, initials: bool
) -> None:
    language = "sv" if QLocale().language() == QLocale.Language.Swedish else "en"
    counselor = view_of.subject_id if view_of.kind is ViewKind.COUNSELOR else None
    room = view_of.subject_id if view_of.kind is ViewKind.ROOM else None
    week = mode is not Mode.DAY

    def work(own: Session, _report: object) -> bytes:
        return own.schedule_print.render(
            day,
            week=week,
            counselor_id=counselor,
            room_id=room,
            initials=initials,
            language=language,
            translate=QCoreApplication.translate,
        ).pdf

    def show(pdf: bytes) -> None:
        title = QCoreApplication.translate("SchedulePrint", "Schedule")
        open_dialog(DocumentDialog(title, pdf, parent))

    run_operation(parent, session, work, show)
