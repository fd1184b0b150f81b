"""The status bar's word on sync: last sync, offline since when, changes waiting,
conflicts and double bookings to look at; and "Sync now".

Every sync runs on a worker thread with a database connection of its own: the
server may be slow or away, and typing never waits for it. Shown only on a
workstation connected to a clinic server.
"""

import logging
from datetime import date, datetime
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from mottagning.diagnostics import redacted_traceback
from mottagning.errors import SyncDeviceRefused, SyncServerUnavailable, UserError
from mottagning.services.permissions import Action, is_allowed
from mottagning.ui.dialogs import open_dialog
from mottagning.ui.errors import explain, message_for
from mottagning.ui.sync_conflicts import ConflictsDialog
from mottagning.ui.worker import run_in_background

if TYPE_CHECKING:
    from mottagning.services.session import Session
    from mottagning.services.sync import SyncStatus

log = logging.getLogger(__name__)

SYNC_INTERVAL_MS = 60_000
FIRST_SYNC_MS = 2_000


class SyncIndicator(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncIndicator")
        self.label = QLabel(self)
        self.label.setObjectName("syncState")
        self.sync_button = QToolButton(self)
        self.sync_button.setObjectName("syncNow")
        self.sync_button.setText(self.tr("Sync now"))
        self.sync_button.setToolTip(self.tr("Send this computer's changes and fetch the others'"))
        self.sync_button.clicked.connect(lambda: self.sync_now(manual=True))
        self.conflicts_button = QToolButton(self)
        self.conflicts_button.setObjectName("syncConflictsButton")
        self.conflicts_button.setText(self.tr("Resolve…"))
        self.conflicts_button.setToolTip(
            self.tr("Changes made to the same record on two computers")
        )
        self.conflicts_button.clicked.connect(self.show_conflicts)
        self.conflicts_button.setVisible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.conflicts_button)
        layout.addWidget(self.sync_button)
        self._session: Session | None = None
        self._running = False
        self._refused = False
        self.timer = QTimer(self)
        self.timer.timeout.connect(lambda: self.sync_now(manual=False))
        self.setVisible(False)

    def set_session(self, session: "Session | None") -> None:
        """The session in front of the user; None while locked or logged out."""
        self._session = session
        configured = session is not None and session.sync.configured
        self.setVisible(configured)
        if not configured:
            self.timer.stop()
            return
        assert session is not None
        self.show_status(session.sync.status())
        self.timer.start(SYNC_INTERVAL_MS)
        # Soon after signing in too: changes from the other PCs since yesterday.
        QTimer.singleShot(FIRST_SYNC_MS, self, lambda: self.sync_now(manual=False))

    @property
    def running(self) -> bool:
        return self._running

    def sync_now(self, *, manual: bool) -> None:
        session = self._session
        if session is None or self._running or not session.sync.configured:
            return
        self._running = True
        self.sync_button.setEnabled(False)
        self.label.setText(self.tr("Syncing…"))

        def work() -> "SyncStatus":
            own = session.on_this_thread()
            try:
                own.sync.sync_now()
                return own.sync.status()
            finally:
                own.close_connection()

        def done(status: "SyncStatus") -> None:
            self._finish()
            self._refused = False
            self.show_status(status)

        def failed(error: BaseException) -> None:
            self._finish()
            self._refused = isinstance(error, SyncDeviceRefused)
            if self._session is not None:
                self.show_status(self._session.sync.status(), error)
            if manual and not isinstance(error, SyncServerUnavailable):
                explain(self.window(), error)
            elif not isinstance(error, UserError):
                # Code locations only: a driver's message may quote a row's values.
                trace = redacted_traceback(type(error), error, error.__traceback__)
                log.error("sync failed\n%s", trace)

        run_in_background(work, done, failed)

    def _finish(self) -> None:
        self._running = False
        self.sync_button.setEnabled(True)

    def show_status(self, status: "SyncStatus", error: BaseException | None = None) -> None:
        zone, today = self._clinic_clock()
        parts: list[str] = []
        if self._refused:
            parts.append(self.tr("Refused by the clinic server"))
        elif status.offline_since is not None:
            parts.append(
                self.tr("Offline since {time}").format(
                    time=_when(status.offline_since, zone, today)
                )
            )
        elif status.last_sync is not None:
            parts.append(self.tr("Synced {time}").format(time=_when(status.last_sync, zone, today)))
        else:
            parts.append(self.tr("Not synced yet"))
        if status.waiting:
            parts.append(self.tr("%n change(s) waiting", "", status.waiting))
        if status.conflicts:
            parts.append(self.tr("%n conflict(s) to resolve", "", status.conflicts))
        if status.clashes:
            parts.append(self.tr("%n double booking(s)", "", status.clashes))
        if status.duplicates:
            parts.append(self.tr("%n made twice", "", status.duplicates))
        self.label.setText(" · ".join(parts))
        may_resolve = self._session is not None and is_allowed(
            self._session.user.role, Action.RESOLVE_SYNC_CONFLICTS
        )
        to_look_at = bool(status.conflicts or status.duplicates)
        self.conflicts_button.setVisible(to_look_at and may_resolve)
        self.label.setToolTip(message_for(error) if isinstance(error, UserError) else "")

    def show_conflicts(self) -> None:
        session = self._session
        if session is None:
            return
        dialog = ConflictsDialog(session, self.window())
        dialog.finished.connect(lambda _: self._refresh())
        open_dialog(dialog)

    def _refresh(self) -> None:
        if self._session is not None and self._session.open:
            self.show_status(self._session.sync.status())

    def _clinic_clock(self) -> tuple[ZoneInfo, date | None]:
        if self._session is None:
            return ZoneInfo("UTC"), None
        return self._session.time.zone, self._session.time.today()


def _when(moment: datetime, zone: ZoneInfo, today: date | None) -> str:
    """10:42 today, the date too otherwise (on the clinic's clock)."""
    local = moment.astimezone(zone)
    return local.strftime("%H:%M" if local.date() == today else "%Y-%m-%d %H:%M")
