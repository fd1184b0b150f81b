"""Auto-lock: notice when no one has touched the keyboard or mouse for a while.

Input reaches a top-level window (QWindow) before the widget it is meant
for, so a filter on the program's windows sees every keystroke and mouse move
while handling only a few events per frame; an application-wide filter would
also be called, in Python, for each of the thousands of events a page sends
its widgets while it is built. Each input event restarts a timer; when the
timer runs out, `idle` is emitted.
"""

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QWindow

_INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class InactivityMonitor(QObject):
    idle = Signal()

    def __init__(self, timeout_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self.set_timeout(timeout_ms)
        self._filtering = False

    def set_timeout(self, timeout_ms: int) -> None:
        self._timer.setInterval(timeout_ms)
        if self._timer.isActive():
            self._timer.start()

    def start(self) -> None:
        """Count from now, watching the windows open now and any that gets the
        focus later (a dialog), until stop()."""
        if not self._filtering:
            app = _application()
            for window in app.topLevelWindows():
                window.installEventFilter(self)
            app.focusWindowChanged.connect(self._watch)
            self._filtering = True
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        if self._filtering:
            app = _application()
            app.focusWindowChanged.disconnect(self._watch)
            for window in app.topLevelWindows():
                window.removeEventFilter(self)
            self._filtering = False

    def _watch(self, window: QWindow | None) -> None:
        if window is not None:
            window.installEventFilter(self)  # a second install keeps one filter

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT_EVENTS and self._timer.isActive():
            self._timer.start()  # restart the countdown
        return False


def _application() -> QGuiApplication:
    app = QGuiApplication.instance()
    assert isinstance(app, QGuiApplication)
    return app
