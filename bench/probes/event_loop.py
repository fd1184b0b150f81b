"""How long the GUI thread's event loop stops turning while a view loads.

A precise heartbeat timer ticks every HEARTBEAT_MS while the action runs
inside a real event loop, as the user's click would; the longest gap between
two turns of the loop (ticks, the start and the end) is the stall the user
feels as a frozen window. An action that finishes later, on a worker thread
(the whole clinic's week at a big clinic), is waited for by its signal, so
its time is the whole wait until the view is painted.
"""

import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEventLoop, Qt, QTimer, SignalInstance
from PySide6.QtWidgets import QWidget

HEARTBEAT_MS = 2
TIMEOUT_MS = 120_000


@dataclass(frozen=True)
class Loaded:
    elapsed_ms: float  # from the click to the view painted
    longest_stall_ms: float  # the longest the event loop did not turn meanwhile


class LoadTimedOut(RuntimeError):
    pass


class EventLoopWatch:
    def __init__(self) -> None:
        self._heartbeat = QTimer()
        self._heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
        self._heartbeat.setInterval(HEARTBEAT_MS)
        self._heartbeat.timeout.connect(self._beat)
        self._last_turn = 0.0
        self._longest = 0.0

    def _beat(self) -> None:
        now = time.perf_counter()
        self._longest = max(self._longest, now - self._last_turn)
        self._last_turn = now

    def load(
        self,
        window: QWidget,
        action: Callable[[], object],
        finished: SignalInstance | None = None,
    ) -> Loaded:
        """Run `action` from the event loop and wait until the window is painted
        after it (after `finished` is emitted, when given)."""
        loop = QEventLoop()
        done = False

        def paint_and_stop() -> None:
            nonlocal done
            window.repaint()
            done = True
            loop.quit()

        def start() -> None:
            action()
            if finished is None:
                paint_and_stop()

        if finished is not None:
            finished.connect(paint_and_stop)
        timeout = QTimer()
        timeout.setSingleShot(True)
        timeout.timeout.connect(loop.quit)
        started = time.perf_counter()
        self._last_turn, self._longest = started, 0.0
        self._heartbeat.start()
        timeout.start(TIMEOUT_MS)
        QTimer.singleShot(0, start)
        loop.exec()
        ended = time.perf_counter()
        self._heartbeat.stop()
        timeout.stop()
        if finished is not None:
            finished.disconnect(paint_and_stop)
        if not done:
            raise LoadTimedOut(f"the view did not load within {TIMEOUT_MS} ms")
        self._longest = max(self._longest, ended - self._last_turn)  # the last gap counts too
        return Loaded(1000.0 * (ended - started), 1000.0 * self._longest)
