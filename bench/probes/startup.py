"""Probe: from process start to the first paint of the main window.

`bare`: a PySide6 main window of the same size and nothing else, the floor.
`app DIR`: the real program on DIR, through its entry point. The probe makes
the QApplication first; create_application() takes over an existing one, as it
would any. At the window's first paint the probe prints SHOWN and closes the
window the normal way.

The watcher sits on the window alone, never on the application: a filter on
the application is called from C++ for every event of every object, and
shiboken then makes a Python type (with all its enums) for each class it sees
there, about 140 enums and a Python call per event that the real program never
pays, and more of them for the program's many widgets than for the bare one.
"""

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from bench.probes import SHOWN


class FirstPaint(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if not self.seen and event.type() == QEvent.Type.Paint:
            self.seen = True
            print(SHOWN, flush=True)
            assert isinstance(watched, QWidget)  # a window: the watcher sits on it alone
            QTimer.singleShot(0, watched.close)
        return False


def main(argv: list[str]) -> int:
    app = QApplication([sys.argv[0]])
    watcher = FirstPaint(app)
    if argv[0] == "bare":
        window = QMainWindow()
        window.installEventFilter(watcher)
        window.resize(1180, 760)  # as MainWindow
        window.show()
        return app.exec()
    watch_main_window(watcher)
    from mottagning.app import main as program  # noqa: PLC0415 (after the watcher is in place)

    return program(["--data-dir", argv[1], "--language", "sv"])


def watch_main_window(watcher: FirstPaint) -> None:
    """Put the watcher on the program's main window as soon as it is made."""
    from mottagning.ui.main_window import MainWindow  # noqa: PLC0415 (timed as the program's)

    made = MainWindow.__init__

    def init(window: MainWindow, *args: object, **kwargs: object) -> None:
        made(window, *args, **kwargs)  # type: ignore[arg-type]
        window.installEventFilter(watcher)

    MainWindow.__init__ = init  # type: ignore[method-assign,assignment]


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
