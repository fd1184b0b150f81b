"""The backup's state in the status bar, and the automatic backups: once a day
at the first sign-in and when the application closes (if something changed),
on a worker thread with the progress in the status bar; the window stays
usable. The status (how old the newest backup is, whether every destination
can be reached) is read off the GUI thread too: a network share may hang."""

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QProgressBar, QProgressDialog, QWidget

from mottagning.errors import UserError
from mottagning.models.backups import BackupResult, BackupStatus
from mottagning.ui.errors import explain, message_for
from mottagning.ui.formatting import local_datetime
from mottagning.ui.worker import run_quietly

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

    from mottagning.services.session import Session

log = logging.getLogger(__name__)

REFRESH_MS = 15 * 60_000
WARNING_STYLE = "color: #a40000; font-weight: bold;"


def describe_status(status: BackupStatus, zone: "ZoneInfo") -> str:
    """One line for the status bar and Today, in the user's language."""

    translate = QCoreApplication.translate
    if status.unreachable:
        return translate("BackupStatus", "Backup folder not reachable: {folder}").format(
            folder=status.unreachable[0]
        )
    if status.last is None:
        return translate("BackupStatus", "No backup has been made yet")
    when = local_datetime(status.last, zone)
    if status.stale:
        return translate("BackupStatus", "The last backup is old: {when}").format(when=when)
    return translate("BackupStatus", "Backed up {when}").format(when=when)


class BackupMonitor(QObject):
    status_changed = Signal(object)  # BackupStatus
    backup_failed = Signal(str)  # the message, in the user's language
    ended = Signal()  # a backup finished, well or not

    def __init__(self, window: QWidget, *, automatic: bool = True) -> None:
        """Without `automatic` (most UI tests), nothing runs by itself: no
        daily backup, none at quit, no status read until asked."""
        super().__init__(window)
        self._window = window
        self.automatic = automatic
        self.label = QLabel(window)
        self.label.setObjectName("statusBackup")
        self.progress = QProgressBar(window)
        self.progress.setObjectName("statusBackupProgress")
        self.progress.setRange(0, 100)
        self.progress.setMinimumWidth(200)  # its text on one line, in Swedish too
        self.progress.setMaximumWidth(260)
        self.progress.setFormat(QCoreApplication.translate("BackupStatus", "Backing up %p%"))
        self.progress.hide()
        self.status: BackupStatus | None = None
        self.running = False
        self._session: Session | None = None
        self._quitting = False
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.refresh)
        if automatic:
            self._timer.start(REFRESH_MS)

    # --- The status -------------------------------------------------------------------

    def follow(self, session: "Session | None") -> None:
        """Show the status as seen by the user in front (None: nobody signed in)."""
        self._session = session
        if session is None:
            self.label.clear()
            return
        if self.automatic:
            self.refresh()

    def refresh(self) -> None:
        if self.automatic:
            self._refresh_now()

    def _refresh_now(self) -> None:
        session = self._session
        if session is None or not session.open:
            return
        run_quietly(
            session,
            lambda own, report: own.backups.status(),
            lambda status: self._show(status, session),
            lambda error: log.warning("backup status not read: %s", type(error).__name__),
        )

    def _show(self, status: BackupStatus, session: "Session") -> None:
        self.status = status
        if session is not self._session:
            return
        self.label.setText(describe_status(status, session.time.zone))
        self.label.setStyleSheet(WARNING_STYLE if status.stale else "")
        self.status_changed.emit(status)

    # --- Backing up ---------------------------------------------------------------------

    def signed_in(self, session: "Session") -> None:
        """The first sign-in of the clinic's day makes the daily backup."""
        self.follow(session)
        if self.automatic:
            self.back_up(session, automatic=True, only_if_due=True)

    def back_up(
        self,
        session: "Session",
        *,
        automatic: bool,
        only_if_due: bool = False,
        on_done: Callable[[BackupResult | None], None] | None = None,
    ) -> None:
        if self.running:
            return
        self.running = True
        self.progress.setValue(0)
        self.progress.show()

        def work(own: "Session", report: Callable[[float, str], None]) -> BackupResult | None:
            if only_if_due and not own.backups.due_at_sign_in():
                return None
            return own.backups.create(report, automatic=automatic)

        def done(result: BackupResult | None) -> None:
            self._finished()
            if on_done is not None:
                on_done(result)

        def failed(error: BaseException) -> None:
            self._finished()
            if not isinstance(error, UserError):
                explain(self._window, error)
                return
            text = message_for(error)
            log.warning("backup failed: %s", type(error).__name__)
            self.label.setText(QCoreApplication.translate("BackupStatus", "The backup failed"))
            self.label.setToolTip(text)
            self.label.setStyleSheet(WARNING_STYLE)
            self.backup_failed.emit(text)

        run_quietly(
            session,
            work,
            done,
            failed,
            lambda fraction, text: self.progress.setValue(round(100 * fraction)),
        )

    def _finished(self) -> None:
        self.running = False
        self.progress.hide()
        self.ended.emit()
        if not self._quitting:
            self._refresh_now()

    def before_quit(self, session: "Session") -> None:
        """At quit: a backup if something was recorded since the last one, with
        a progress dialog, waiting for it (the database closes after)."""
        if not self.automatic:
            return
        try:
            due = session.backups.due_at_quit()
        except UserError as error:
            log.warning("no backup at quit: %s", type(error).__name__)
            return
        if not due and not self.running:
            return  # nothing new, and no backup under way (one under way is waited for)
        dialog = QProgressDialog(self._window)
        dialog.setObjectName("quitBackupProgress")
        dialog.setWindowTitle(QCoreApplication.translate("BackupStatus", "Backing up"))
        dialog.setLabelText(
            QCoreApplication.translate("BackupStatus", "Making a backup before closing...")
        )
        dialog.setCancelButton(None)
        dialog.setRange(0, 100)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.setMinimumDuration(300)
        loop = QEventLoop()
        self._quitting = True
        self._timer.stop()
        self.progress.valueChanged.connect(dialog.setValue)
        self.ended.connect(loop.quit)
        if not self.running:
            self.back_up(session, automatic=True)
        if self.running:
            loop.exec()
        dialog.close()
        dialog.deleteLater()
