"""Probe: from process start to the first paint of the main window.

`bare`: a PySide6 main window of the same size and nothing else, the floor.
`app DIR`: the real program on DIR, through its entry point. The probe makes
the QApplication first so that it can watch for the first paint;
create_application() takes over an existing one, as it would any.
At the first paint the probe prints SHOWN and closes the window the normal way.
"""

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from bench.probes import SHOWN, WINDOW


class FirstPaint(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if (
            not self.seen
            and event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.objectName() == WINDOW
        ):
            self.seen = True
            print(SHOWN, flush=True)
            QTimer.singleShot(0, watched.close)
        return False


def main(argv: list[str]) -> int:
    app = QApplication([sys.argv[0]])
    app.installEventFilter(FirstPaint(app))
    if argv[0] == "bare":
        window = QMainWindow()
        window.setObjectName(WINDOW)
        window.resize(1180, 760)  # as MainWindow
        window.show()
        return app.exec()
    from mottagning.app import main as program  # noqa: PLC0415 (after the watcher is in place)

    return program(["--data-dir", argv[1], "--language", "sv"])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
