"""Running slow work off the GUI thread, with the result or the error back on it,
so the window never freezes (Anki's aqt/operations taught the shape).

- `run_in_background(work, on_done, on_error)`: any call that touches no
  widget and no database connection (deriving a key at login).
- `run_operation(parent, session, work, on_done, ...)`: a service call. `work`
  gets the person's session on a database connection of its own, opened and
  closed on the worker thread (a connection serves only the thread that opened
  it), and a `report(fraction, text)` for progress. The parent shows a busy
  cursor, and after a moment a progress dialog when asked for; a user error
  comes back as its message in the user's language. Operations with the same
  `key` replace each other: only the newest one's result is delivered (a week
  view paged through quickly shows the week the user stopped at).
"""

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from mottagning.ui.errors import explain

if TYPE_CHECKING:
    from mottagning.services.session import Session

log = logging.getLogger(__name__)

T = TypeVar("T")
Report = Callable[[float, str], None]
PROGRESS_AFTER_MS = 400  # a quick operation shows no dialog at all


class _Relay(QObject):
    done = Signal(object)
    failed = Signal(object)
    progressed = Signal(float, str)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self._work = work
        self._relay = relay

    def run(self) -> None:
        try:
            result = self._work()
        except BaseException as exc:
            self._relay.failed.emit(exc)
        else:
            self._relay.done.emit(result)


_running: set[_Relay] = set()  # keeps relays alive until they have reported
_newest: dict[str, int] = {}  # key -> the number of the newest operation with it
_counter = [0]


def run_in_background(
    work: Callable[..., Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    on_progress: Callable[[float, str], None] | None = None,
) -> None:
    """Call `work()` on a pool thread; `on_done(result)` or `on_error(exc)` follow
    on the GUI thread. `work` must not touch widgets or a database connection.
    With `on_progress`, `work(report)` gets a report(fraction, text) whose calls
    reach `on_progress` on the GUI thread."""
    _start(work, on_done, on_error, on_progress)


def run_operation(
    parent: QWidget,
    session: "Session",
    work: Callable[["Session", Report], T],
    on_done: Callable[[T], None],
    *,
    progress_title: str | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    key: str | None = None,
) -> None:
    """Run `work(session_of_its_own, report)` on a pool thread (see the module)."""
    number = _counter[0] = _counter[0] + 1
    if key is not None:
        _newest[key] = number
    busy = _Busy(parent, progress_title)

    def current() -> bool:
        return key is None or _newest.get(key) == number

    def in_worker(report: Report) -> T:
        own = session.on_this_thread()
        try:
            return work(own, report)
        finally:
            own.close_connection()

    def done(result: Any) -> None:
        busy.finish()
        if current():
            on_done(result)

    def failed(error: BaseException) -> None:
        busy.finish()
        if not current():
            return
        if on_error is not None:
            on_error(error)
        else:
            explain(parent, error)

    _start(in_worker, done, failed, busy.show_progress)


def run_quietly(
    session: "Session",
    work: Callable[["Session", Report], T],
    on_done: Callable[[T], None],
    on_error: Callable[[BaseException], None],
    on_progress: Report | None = None,
) -> None:
    """Like `run_operation`, but without a busy cursor or a dialog: work the
    user did not ask for (the daily backup) shows its progress where the
    caller chooses (the status bar), and the window stays as it is."""

    def in_worker(report: Report) -> T:
        own = session.on_this_thread()
        try:
            return work(own, report)
        finally:
            own.close_connection()

    _start(in_worker, on_done, on_error, on_progress or (lambda fraction, text: None))


def _start(
    work: Callable[..., Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    on_progress: Callable[[float, str], None] | None,
) -> None:
    relay = _Relay()

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        _running.discard(relay)
        callback(value)

    relay.done.connect(lambda result: finish(on_done, result))
    relay.failed.connect(lambda exc: finish(on_error, exc))
    _running.add(relay)
    if on_progress is None:
        job = _Job(work, relay)
    else:
        relay.progressed.connect(on_progress)
        job = _Job(lambda: work(relay.progressed.emit), relay)
    QThreadPool.globalInstance().start(job)


class _Busy:
    """A busy cursor on the parent at once; a progress dialog when the work
    takes longer than a moment and has a title for one."""

    def __init__(self, parent: QWidget, title: str | None) -> None:
        self._parent = parent
        self._title = title
        self._dialog: QProgressDialog | None = None
        self._fraction, self._text = 0.0, ""
        self._reported = False
        parent.setCursor(Qt.CursorShape.BusyCursor)
        self._timer = QTimer(parent)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._open_dialog)
        if title is not None:
            self._timer.start(PROGRESS_AFTER_MS)

    def _open_dialog(self) -> None:
        dialog = QProgressDialog(self._parent)
        dialog.setWindowTitle(self._title or "")
        dialog.setLabelText(self._title or "")
        dialog.setCancelButton(None)  # work on the clinic's data is not left half-done
        # Moving to and fro until the work reports how far it has come.
        dialog.setRange(0, 100 if self._reported else 0)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setObjectName("operationProgress")
        self._dialog = dialog
        if self._reported:
            self.show_progress(self._fraction, self._text)
        dialog.show()

    def show_progress(self, fraction: float, text: str) -> None:
        self._fraction, self._text, self._reported = fraction, text, True
        if self._dialog is not None:
            self._dialog.setMaximum(100)
            self._dialog.setValue(round(100 * fraction))

    def finish(self) -> None:
        self._timer.stop()
        self._parent.unsetCursor()
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
