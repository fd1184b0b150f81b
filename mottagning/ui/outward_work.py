"""Utåtriktat arbete: the reception's trainings, attitude work in schools,
information at events, outreach and consultations, one year at a time.
Everyone records what they did; the yearly numbers count it (table 8)."""

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from mottagning.errors import UserError
from mottagning.models.outward_work import Audience, OutwardKind, OutwardWork, OutwardWorkDetails
from mottagning.services.session import Session
from mottagning.ui.calendar.fields import CounselorList, DateField
from mottagning.ui.dialogs import confirm, open_dialog
from mottagning.ui.errors import message_for, show_in, user_errors
from mottagning.ui.formatting import from_qdate, iso_date, to_qdate
from mottagning.ui.tables import Index, TableModel, on_enter, record_table
from mottagning.ui.translations import translated


class OutwardWorkModel(TableModel):
    DATE, KIND, AUDIENCE, PARTICIPANTS, HOURS, STAFF, DESCRIPTION = range(7)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[OutwardWork] = []
        self._names: dict[str, str] = {}
        self.headers = [
            self.tr("Date"),
            self.tr("Kind"),
            self.tr("Audience"),
            self.tr("Participants"),
            self.tr("Hours"),
            self.tr("Staff"),
            self.tr("Description"),
        ]

    def show(self, entries: list[OutwardWork], names: dict[str, str]) -> None:
        self.beginResetModel()
        self.entries, self._names = entries, names
        self.endResetModel()

    def row_count(self) -> int:
        return len(self.entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        work = self.entries[index.row()]
        column = index.column()
        if column == self.DATE:
            return iso_date(work.occurred_on)
        if column == self.KIND:
            return translated(work.kind.label)
        if column == self.AUDIENCE:
            return translated(work.audience.label)
        if column == self.PARTICIPANTS:
            return str(work.participants)
        if column == self.HOURS:
            return f"{work.hours:g}"
        if column == self.STAFF:
            return ", ".join(sorted(self._names.get(i, "?") for i in work.staff_ids))
        return work.description


class OutwardWorkDialog(QDialog):
    def __init__(
        self,
        session: Session,
        parent: QWidget,
        work: OutwardWork | None = None,
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._work = work
        self.setObjectName("outwardWorkDialog")
        self.setWindowTitle(
            self.tr("Outward work") if work is None else self.tr("Change outward work")
        )
        self.day = DateField(None, self)
        self.day.setDate(to_qdate(work.occurred_on if work else session.time.today()))
        self.kind = QComboBox(self)
        for kind in OutwardKind:
            self.kind.addItem(translated(kind.label), kind.value)
        self.audience = QComboBox(self)
        for audience in Audience:
            self.audience.addItem(translated(audience.label), audience.value)
        self.participants = QSpinBox(self)
        self.participants.setRange(0, 100_000)
        self.hours = QDoubleSpinBox(self)
        self.hours.setRange(0.25, 1000)
        self.hours.setSingleStep(0.5)
        self.hours.setDecimals(2)
        self.hours.setValue(1)
        self.staff = CounselorList(self)
        mine = {session.user.id} if work is None else work.staff_ids
        self.staff.set_counselors(session.outward_work.staff(), mine)
        self.description = QLineEdit(self)
        self.description.setMaxLength(500)
        self.description.setPlaceholderText(self.tr("e.g. the school or the event"))
        if work is not None:
            self.kind.setCurrentIndex(self.kind.findData(work.kind.value))
            self.audience.setCurrentIndex(self.audience.findData(work.audience.value))
            self.participants.setValue(work.participants)
            self.hours.setValue(work.hours)
            self.description.setText(work.description)
        self.message = QLabel(self)
        self.message.setObjectName("dialogMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        form = QFormLayout()
        form.addRow(self.tr("Date"), self.day)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Audience"), self.audience)
        form.addRow(self.tr("Participants"), self.participants)
        form.addRow(self.tr("Hours"), self.hours)
        form.addRow(self.tr("Staff"), self.staff)
        form.addRow(self.tr("Description"), self.description)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def details(self) -> OutwardWorkDetails:
        return OutwardWorkDetails(
            occurred_on=from_qdate(self.day.date()),
            kind=OutwardKind(self.kind.currentData()),
            audience=Audience(self.audience.currentData()),
            participants=self.participants.value(),
            hours=self.hours.value(),
            staff_ids=self.staff.checked_ids(),
            description=self.description.text(),
        )

    def _save(self) -> None:
        register = self._session.outward_work
        try:
            if self._work is None:
                register.record(self.details())
            else:
                register.update(self._work.id, self.details())
        except UserError as error:
            show_in(self.message, message_for(error))
            return
        self.accept()


class OutwardWorkPage(QWidget):
    changed = Signal()

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.year = QSpinBox(self)
        self.year.setObjectName("outwardYear")
        today = session.time.today()
        self.year.setRange(2000, today.year)
        self.year.setValue(today.year)
        self.year.valueChanged.connect(self.refresh)
        self.add_button = QPushButton(self.tr("Record outward work…"), self)
        self.add_button.clicked.connect(self.add)
        self.change_button = QPushButton(self.tr("Change…"), self)
        self.change_button.clicked.connect(self.change)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.clicked.connect(self.remove)
        self.summary = QLabel(self)
        self.summary.setObjectName("outwardSummary")
        self.model = OutwardWorkModel(self)
        self.table = record_table(self, "outwardWorkTable", self.model)
        self.table.doubleClicked.connect(lambda _index: self.change())
        on_enter(self.table, self.change)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year"), self))
        top.addWidget(self.year)
        top.addStretch(1)
        top.addWidget(self.add_button)
        top.addWidget(self.change_button)
        top.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Outward work"), self)
        title.setObjectName("pageTitle")
        layout.addWidget(title)
        explanation = QLabel(
            self.tr(
                "Trainings for professionals, attitude work in schools, information at events, "
                "outreach and consultations: counted in the yearly numbers (table 8)."
            ),
            self,
        )
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        self.refresh()

    def refresh(self) -> None:
        year = self.year.value()
        with user_errors(self):
            entries = self._session.outward_work.between(date(year, 1, 1), date(year, 12, 31))
            names = dict(self._session.outward_work.staff())
            self.model.show(entries, names)
            self.summary.setText(
                self.tr("%n activities, %1 participants, %2 hours", "", len(entries))
                .replace("%1", str(sum(e.participants for e in entries)))
                .replace("%2", f"{sum(e.hours for e in entries):g}")
            )
        self._enable()

    def _selected(self) -> OutwardWork | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.entries[rows[0].row()] if rows else None

    def _enable(self) -> None:
        work = self._selected()
        may = work is not None and self._session.outward_work.may_change(work)
        self.change_button.setEnabled(may)
        self.remove_button.setEnabled(may)

    def add(self) -> None:
        open_dialog(OutwardWorkDialog(self._session, self), self._saved)

    def change(self) -> None:
        work = self._selected()
        if work is None or not self._session.outward_work.may_change(work):
            return
        open_dialog(OutwardWorkDialog(self._session, self, work), self._saved)

    def remove(self) -> None:
        work = self._selected()
        if work is None:
            return

        def removed() -> None:
            with user_errors(self):
                self._session.outward_work.remove(work.id)
            self._saved()

        confirm(
            self,
            self.tr("Remove outward work"),
            self.tr("Remove this entry? It is kept, but no longer counted."),
            removed,
        )

    def _saved(self) -> None:
        self.refresh()
        self.changed.emit()
