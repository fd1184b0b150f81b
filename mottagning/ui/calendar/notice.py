"""A calm line that says what was just done ("Booked: Lilja Tue 2026-12-08
10:00–10:50, Rum 2"), with "Undo" when it can be undone. It never takes the
focus and goes away by itself after a while."""

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

SHOWN_MS = 20_000


class Notice(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("calendarNotice")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = QLabel(self)
        self.text.setObjectName("calendarNoticeText")
        self.undo_button = QPushButton(self.tr("&Undo"), self)
        self.undo_button.setObjectName("calendarNoticeUndo")
        self.undo_button.setToolTip(self.tr("Put it back as it was (Ctrl+Z)"))
        self.undo_button.clicked.connect(self._undo_clicked)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 2, 8, 2)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.undo_button)
        self._undo: Callable[[], None] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SHOWN_MS)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def tell(self, text: str, undo: Callable[[], None] | None = None) -> None:
        self.text.setText(text)
        self._undo = undo
        self.undo_button.setVisible(undo is not None)
        self.show()
        self._timer.start()

    def _undo_clicked(self) -> None:
        if self._undo is not None:
            self._undo()
