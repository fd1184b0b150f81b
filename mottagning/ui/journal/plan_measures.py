"""The questionnaires a treatment plan asks for: an instrument and 'every N
visits' per row, rows added and removed with the keyboard."""

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mottagning.models.journal import PlannedMeasure
from mottagning.scoring.definition import Instrument
from mottagning.ui.forms import CountSpinBox, ElidingComboBox
from mottagning.ui.measures.texts import label

MAX_EVERY = 52  # the service accepts every 1 to 52 visits


def _label(instrument: Instrument) -> str:
    """'PHQ-9 – Depressionssymtom, 9 frågor'; a name that starts with
    the short name ('CORE-10 (Clinical Outcomes ...)') is shown alone."""
    name = label(instrument.name)
    if name.startswith(instrument.short_name):
        return name
    return f"{instrument.short_name} – {name}"


class _MeasureRow(QWidget):
    def __init__(self, instruments: list[Instrument], parent: QWidget) -> None:
        super().__init__(parent)
        self.instrument = ElidingComboBox(self)  # a long name ends in "…", whole in the list
        self.instrument.setObjectName("plannedInstrument")
        self.instrument.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.instrument.setMinimumContentsLength(28)
        for instrument in instruments:
            self.instrument.addItem(_label(instrument), instrument.id)
            self.instrument.setItemData(
                self.instrument.count() - 1, label(instrument.name), Qt.ItemDataRole.ToolTipRole
            )
        # Said as the plan's version says it ("vart 4:e besök"), in the right form for one.
        self.every = CountSpinBox(lambda visits: self.tr("every %n visit(s)", "", visits), self)
        self.every.setObjectName("plannedEvery")
        self.every.setRange(1, MAX_EVERY)
        self.remove = QPushButton(self.tr("Remove"), self)
        self.remove.setObjectName("removePlannedMeasure")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.instrument, 1)
        layout.addWidget(self.every)
        layout.addWidget(self.remove)

    def measure(self) -> PlannedMeasure:
        return PlannedMeasure(str(self.instrument.currentData()), self.every.value())

    def set_measure(self, measure: PlannedMeasure) -> None:
        index = self.instrument.findData(measure.instrument_id)
        if index < 0:  # an instrument this version no longer lists: keep it as it was
            self.instrument.addItem(measure.instrument_id, measure.instrument_id)
            index = self.instrument.count() - 1
        self.instrument.setCurrentIndex(index)
        self.every.setValue(measure.every_sessions)


class PlannedMeasuresEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plannedMeasures")
        self._instruments: list[Instrument] = []
        self.rows: list[_MeasureRow] = []
        self.add_button = QPushButton(self.tr("Add a &questionnaire"), self)
        self.add_button.setObjectName("addPlannedMeasure")
        self.add_button.clicked.connect(self._add_clicked)
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._rows_layout)
        layout.addLayout(add_row)

    def set_instruments(self, instruments: list[Instrument]) -> None:
        self._instruments = instruments

    def measures(self) -> list[PlannedMeasure]:
        return [row.measure() for row in self.rows]

    def set_measures(self, measures: list[PlannedMeasure]) -> None:
        for row in list(self.rows):
            self._remove(row, notify=False)
        for measure in measures:
            self.add_row().set_measure(measure)

    def add_row(self) -> _MeasureRow:
        row = _MeasureRow(self._instruments, self)
        row.instrument.currentIndexChanged.connect(self.changed)
        row.every.valueChanged.connect(self.changed)
        row.remove.clicked.connect(lambda: self._remove(row))
        self._rows_layout.addWidget(row)
        self.rows.append(row)
        # Keep the tab order as the rows read: each row, then "Add".
        previous = self.rows[-2].remove if len(self.rows) > 1 else None
        if previous is not None:
            self.setTabOrder(previous, row.instrument)
        self.setTabOrder(row.remove, self.add_button)
        return row

    def _add_clicked(self) -> None:
        row = self.add_row()
        row.instrument.setFocus()
        self.changed.emit()

    def _remove(self, row: _MeasureRow, *, notify: bool = True) -> None:
        focus_next = notify and row.remove.hasFocus()
        self.rows.remove(row)
        self._rows_layout.removeWidget(row)
        row.hide()
        row.deleteLater()
        if focus_next:
            self.add_button.setFocus()
        if notify:
            self.changed.emit()
