"""Python's cyclic garbage collector, run on the GUI thread only.

The collector normally runs in whichever thread happens to allocate when a
threshold is crossed: the preload thread, a worker of `ui.worker`. If the
garbage it finds holds a Qt widget (a dialog kept alive only by a reference
cycle), Qt would destroy that widget on the wrong thread and the program dies
with a segmentation fault. So the automatic collector is switched off, and a
timer on the GUI thread does the same work at the same thresholds.
"""

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_INTERVAL_MS = 1_000


class GuiThreadCollector(QObject):
    """While it lives, cyclic garbage is collected on the GUI thread alone."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.collect_if_due)
        self._timer.start()

    def collect_if_due(self) -> int:
        """Collect the oldest generation whose allocation count passed its
        threshold, as the automatic collector would; the number of objects freed."""
        counts = gc.get_count()
        if counts[0] <= self._thresholds[0]:
            return 0
        due = max(g for g in (0, 1, 2) if g == 0 or counts[g] > self._thresholds[g])
        return gc.collect(due)
