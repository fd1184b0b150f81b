"""Choosing a questionnaire to give: type part of its short name (phq, core,
gad ...) and press Enter. Non-blocking, like every dialog here."""

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mottagning.scoring import Instrument
from mottagning.ui.measures.texts import instrument_title, shows_wording


def _plain(text: str) -> str:
    """'PHQ-9' and 'phq9' alike: lower case, letters and digits only."""
    return "".join(char for char in text.lower() if char.isalnum())


def matches(instrument: Instrument, typed: str) -> bool:
    wanted = _plain(typed)
    names = (instrument.name.en, instrument.name.sv or "")
    return wanted in _plain(instrument.short_name) or (
        len(wanted) > 2 and any(wanted in _plain(name) for name in names)
    )


class InstrumentPicker(QDialog):
    chosen = Signal(str)  # the instrument's id

    def __init__(self, instruments: list[Instrument], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("instrumentPicker")
        self.setWindowTitle(self.tr("New questionnaire"))
        self._instruments = sorted(instruments, key=lambda i: i.short_name.lower())
        self.search = QLineEdit(self)
        self.search.setObjectName("instrumentSearch")
        self.search.setPlaceholderText(self.tr("Short name, e.g. PHQ-9 or CORE"))
        self.search.setClearButtonEnabled(True)
        search_label = QLabel(self.tr("&Questionnaire:"), self)
        search_label.setBuddy(self.search)
        self.list = QListWidget(self)
        self.list.setObjectName("instrumentList")
        self.list.itemActivated.connect(self._choose_item)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._choose_current)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(search_label)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.search.textChanged.connect(self._filter)
        self.search.installEventFilter(self)
        self._filter("")
        self.resize(460, 420)
        self.search.setFocus()

    def _filter(self, typed: str) -> None:
        self.list.clear()
        for instrument in self._instruments:
            if matches(instrument, typed):
                item = QListWidgetItem(instrument_title(instrument))
                item.setData(Qt.ItemDataRole.UserRole, instrument.id)
                if not shows_wording(instrument):
                    item.setToolTip(self.tr("Item wording is not included: use the paper form."))
                self.list.addItem(item)
        self.list.setCurrentRow(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down in the search field move in the list, as in a search box."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(Qt.Key(event.key()))
            if step is not None and self.list.count():
                row = max(0, min(self.list.currentRow() + step, self.list.count() - 1))
                self.list.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)

    def _choose_item(self, item: QListWidgetItem) -> None:
        self.chosen.emit(item.data(Qt.ItemDataRole.UserRole))
        self.accept()

    def _choose_current(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self._choose_item(item)
