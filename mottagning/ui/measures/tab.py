"""The questionnaires section of a client's page ("Skattningar").

Above: the questionnaires the client has been given, each with the latest
score, band, date and change since the first. Below, for the selected one:
the progress chart and the administrations. "New questionnaire..." enters one.

Reading is need-to-know: data is loaded when the tab is first shown (reading
is logged), and a refusal shows only the reason, never data.
"""

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mottagning.errors import NeedToKnow, PermissionDenied, UserError
from mottagning.models.measures import MeasureRecord
from mottagning.scoring import Instrument
from mottagning.services.session import Session
from mottagning.ui.dialogs import open_dialog
from mottagning.ui.errors import message_for
from mottagning.ui.letters.document_dialog import DocumentDialog
from mottagning.ui.measures.administration import AdministrationDialog
from mottagning.ui.measures.chart import ProgressChart
from mottagning.ui.measures.models import AdministrationsModel, InstrumentsModel
from mottagning.ui.measures.picker import InstrumentPicker
from mottagning.ui.measures.texts import instrument_title
from mottagning.ui.tables import record_table
from mottagning.ui.worker import run_operation


class MeasuresTab(QWidget):
    note_started = Signal(str)  # a saved form started a draft journal note (its id)

    def __init__(self, session: Session, client_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("measuresTab")
        self._session = session
        self._client_id = client_id
        self._loaded = False
        self._instruments: dict[str, Instrument] = {}
        self._staff: dict[str, str] = {}
        self.pages = QStackedWidget(self)
        self.refusal = QLabel(self)
        self.refusal.setObjectName("measuresRefusal")
        self.refusal.setWordWrap(True)
        self.refusal.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.refusal.setTextFormat(Qt.TextFormat.RichText)
        self.refusal.setContentsMargins(12, 12, 12, 12)
        self.content = self._build_content()
        self.pages.addWidget(self.content)
        self.pages.addWidget(self.refusal)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

    def _build_content(self) -> QWidget:
        content = QWidget(self)
        self.new_button = QPushButton(self.tr("&New questionnaire..."), content)
        self.new_button.setObjectName("newQuestionnaire")
        self.new_button.clicked.connect(self.choose_instrument)
        self.report_button = QPushButton(self.tr("&Report..."), content)
        self.report_button.setObjectName("questionnaireReport")
        self.report_button.setToolTip(self.tr("The results over time, to print for the client"))
        self.report_button.clicked.connect(self.show_report)
        self.empty = QLabel(
            self.tr('No questionnaires yet. Choose "New questionnaire..." to enter one.'),
            content,
        )
        self.empty.setObjectName("measuresEmpty")
        self.empty.setStyleSheet("color: palette(placeholder-text);")
        self.instruments_model = InstrumentsModel(self)
        self.instruments = record_table(content, "measuresInstruments", self.instruments_model)
        self.instruments.selectionModel().selectionChanged.connect(self._selected)
        self.chart_title = QLabel(content)
        self.chart_title.setObjectName("chartTitle")
        bold = QFont(self.chart_title.font())
        bold.setBold(True)
        self.chart_title.setFont(bold)
        self.chart = ProgressChart(content)
        self.administrations_model = AdministrationsModel(self)
        self.administrations = record_table(
            content, "measuresAdministrations", self.administrations_model
        )

        top = QHBoxLayout()
        top.addWidget(self.empty)
        top.addStretch(1)
        top.addWidget(self.report_button)
        top.addWidget(self.new_button)
        chart_box = QWidget(content)
        chart_layout = QVBoxLayout(chart_box)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        chart_layout.addWidget(self.chart_title)
        chart_layout.addWidget(self.chart, 1)
        lower = QSplitter(Qt.Orientation.Horizontal, content)
        lower.addWidget(chart_box)
        lower.addWidget(self.administrations)
        lower.setStretchFactor(0, 3)
        lower.setStretchFactor(1, 2)
        lower.setSizes([600, 600])  # the chart at its readable size, the table beside it
        self.details = lower
        layout = QVBoxLayout(content)
        layout.addLayout(top)
        layout.addWidget(self.instruments)
        layout.addWidget(lower, 1)
        return content

    def show_report(self) -> None:
        """The client's results over time as a document: previewed, then printed."""
        client_id = self._client_id

        def work(session: Session, _report: object) -> bytes:
            return session.questionnaire_reports.render(client_id).pdf

        def show(pdf: bytes) -> None:
            open_dialog(DocumentDialog(self.tr("Questionnaire report"), pdf, self))

        run_operation(self, self._session, work, show)

    # --- Loading --------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._loaded:
            self.refresh()

    def refresh(self, select: str | None = None) -> None:
        """Read the client's questionnaires again; keep (or move to) a selection."""
        self._loaded = True
        measures = self._session.measures
        try:
            series = measures.progress_all(self._client_id)  # one read, one log entry
            self._instruments = {i.id: i for i in measures.instruments()}
            rows = [(self._instruments[i], progress) for i, progress in series.items()]
        except NeedToKnow as refused:
            self._refuse(
                self.tr(
                    "{alias} is not one of your clients, so their questionnaires are not "
                    "shown. If you need them now, request emergency access on the Journal "
                    "tab: it is logged and reviewed by the clinic lead."
                ).format(alias=refused.params.get("alias", ""))
            )
            return
        except PermissionDenied:
            self._refuse(
                self.tr(
                    "Questionnaires are part of the client's journal, which your role does "
                    "not give access to. The client's visits are on the Visits tab."
                )
            )
            return
        except UserError as refused:
            self._refuse(message_for(refused))
            return
        self._staff = self._staff_names()
        self.pages.setCurrentWidget(self.content)
        current = select or self.selected_instrument()
        self.instruments_model.set_rows(rows)
        self._fit_instruments_table()
        has_rows = bool(rows)
        self.empty.setVisible(not has_rows)
        self.instruments.setVisible(has_rows)
        self.details.setVisible(has_rows)
        row = self.instruments_model.row_of(current) if current else -1
        if has_rows:
            self.instruments.selectRow(max(row, 0))

    def _staff_names(self) -> dict[str, str]:
        try:
            return self._session.scheduling.staff_names()
        except UserError:
            return {}

    def _refuse(self, text: str) -> None:
        self.refusal.setText(f"<p>{text}</p>")
        self.pages.setCurrentWidget(self.refusal)
        self.instruments_model.set_rows([])
        self.administrations_model.set_series(None, [], {})
        self.chart.set_series(None, [])

    def _fit_instruments_table(self) -> None:
        """As tall as its rows (up to six), so the chart gets the rest."""
        rows = min(self.instruments_model.rowCount(), 6)
        header = self.instruments.horizontalHeader().sizeHint().height()
        height = header + rows * self.instruments.verticalHeader().defaultSectionSize() + 4
        self.instruments.setFixedHeight(height)

    # --- Selection ------------------------------------------------------------------

    def selected_instrument(self) -> str | None:
        rows = self.instruments.selectionModel().selectedRows()
        return self.instruments_model.instrument_at(rows[0].row()).id if rows else None

    def _selected(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        rows = self.instruments.selectionModel().selectedRows()
        if not rows:
            self.chart.set_series(None, [])
            self.administrations_model.set_series(None, [], self._staff)
            self.chart_title.clear()
            return
        instrument = self.instruments_model.instrument_at(rows[0].row())
        series = self.instruments_model.series_at(rows[0].row())
        self.chart_title.setText(instrument_title(instrument))
        self.chart.set_series(instrument, series)
        self.administrations_model.set_series(instrument, series, self._staff)
        self._fit_details()

    def _fit_details(self) -> None:
        """Widen the table to show all its columns where the chart can spare the room
        (it keeps at least 40 %): a narrow window cuts "Recorded by" last."""
        table = self.administrations
        table.resizeColumnsToContents()
        needed = (
            table.horizontalHeader().length()
            + 2 * table.frameWidth()
            + table.verticalScrollBar().sizeHint().width()
        )
        chart, shown = self.details.sizes()
        if needed > shown:
            total = chart + shown
            wider = min(needed, total - total * 2 // 5)
            self.details.setSizes([total - wider, wider])

    # --- Giving a questionnaire -------------------------------------------------------

    def choose_instrument(self) -> InstrumentPicker:
        picker = InstrumentPicker(list(self._instruments.values()), self)
        picker.chosen.connect(self.open_administration)
        open_dialog(picker)
        return picker

    def open_administration(
        self, instrument_id: str, appointment_id: str | None = None
    ) -> AdministrationDialog:
        """Enter `instrument_id` for this client (also from "Today": a due questionnaire)."""
        dialog = AdministrationDialog(
            self._session, self._client_id, instrument_id, self, appointment_id
        )
        # A bound method, not a lambda holding `self`: PySide then never keeps the tab
        # alive from a connection, and never frees it while Qt is deleting it.
        dialog.recorded.connect(self._recorded)
        open_dialog(dialog)
        return dialog

    def _recorded(self, record: MeasureRecord) -> None:
        self.refresh(select=record.instrument_id)
        if record.note_id is not None:
            self.note_started.emit(record.note_id)
