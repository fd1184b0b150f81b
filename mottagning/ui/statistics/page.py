"""Statistik: choose the period, see every table with its chart and the
hidden cells marked, read the definitions, write the introduction, export.
Computing and exporting run off the GUI thread; the lead alone sees the area
(the service refuses everyone else anyway)."""

import dataclasses
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mottagning.models.yearly_numbers import Period, Report
from mottagning.reports.yearly.cells import hidden_cells, shown
from mottagning.reports.yearly.export_csv import export_csv
from mottagning.reports.yearly.export_pdf import export_pdf
from mottagning.reports.yearly.export_xlsx import export_xlsx
from mottagning.services.session import Session
from mottagning.ui.calendar.fields import DateField
from mottagning.ui.dialogs import confirm, inform, open_dialog
from mottagning.ui.errors import explain
from mottagning.ui.formatting import from_qdate, to_qdate
from mottagning.ui.statistics.settings_dialog import StatisticsSettingsDialog
from mottagning.ui.statistics.table_view import TableView
from mottagning.ui.worker import Report as Progress
from mottagning.ui.worker import run_in_background, run_operation

EXPORTERS: dict[str, Callable[[Report], bytes]] = {
    "xlsx": export_xlsx,
    "csv": export_csv,
    "pdf": export_pdf,
}


def _language() -> str:
    """The interface's language, for the report's decimal mark."""
    translated = QCoreApplication.translate("YearlyNumbers", "Yearly numbers")
    return "en" if translated == "Yearly numbers" else "sv"


class StatisticsPage(QWidget):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self.report: Report | None = None
        today = session.time.today()
        title = QLabel(self.tr("Yearly numbers"), self)
        title.setObjectName("pageTitle")
        self.by_year = QRadioButton(self.tr("Year"), self)
        self.by_year.setChecked(True)
        self.by_period = QRadioButton(self.tr("Period"), self)
        group = QButtonGroup(self)
        group.addButton(self.by_year)
        group.addButton(self.by_period)
        self.year = QSpinBox(self)
        self.year.setObjectName("statisticsYear")
        self.year.setRange(2000, today.year)
        self.year.setValue(today.year - 1)
        self.first = DateField(None, self)
        self.first.setDate(QDate(today.year, 1, 1))
        self.last = DateField(None, self)
        self.last.setDate(to_qdate(today))
        self.compute_button = QPushButton(self.tr("Compute"), self)
        self.compute_button.setObjectName("computeStatistics")
        self.compute_button.setDefault(True)
        self.compute_button.clicked.connect(self.compute)
        settings = QPushButton(self.tr("Settings…"), self)
        settings.clicked.connect(self._settings)
        top = QHBoxLayout()
        top.addWidget(self.by_year)
        top.addWidget(self.year)
        top.addSpacing(16)
        top.addWidget(self.by_period)
        top.addWidget(self.first)
        top.addWidget(QLabel("–", self))
        top.addWidget(self.last)
        top.addSpacing(16)
        top.addWidget(self.compute_button)
        top.addStretch(1)
        top.addWidget(settings)

        self.status = QLabel(self.tr("Choose a year or a period and compute."), self)
        self.status.setObjectName("statisticsStatus")
        self.status.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("statisticsTabs")
        self.tabs.setDocumentMode(True)
        self.introduction = QPlainTextEdit(self)
        self.introduction.setObjectName("statisticsIntroduction")
        self.introduction.setPlaceholderText(
            self.tr("The lead's introduction for the council, on the report's title page.")
        )
        self.notes = QTextBrowser(self)
        self.notes.setObjectName("statisticsNotes")

        self.export_buttons: dict[str, QPushButton] = {}
        bottom = QHBoxLayout()
        for key, text in (
            ("xlsx", self.tr("Export Excel…")),
            ("csv", self.tr("Export CSV…")),
            ("pdf", self.tr("Export PDF…")),
        ):
            button = QPushButton(text, self)
            button.setObjectName(f"export_{key}")
            button.clicked.connect(lambda _checked=False, k=key: self.export(k))
            self.export_buttons[key] = button
            bottom.addWidget(button)
        bottom.addStretch(1)
        self.compare_button = QPushButton(self.tr("Compare with a fresh count"), self)
        self.compare_button.clicked.connect(self.compare)
        bottom.addWidget(self.compare_button)
        self.final_button = QPushButton(self.tr("Freeze as final…"), self)
        self.final_button.setObjectName("freezeStatistics")
        self.final_button.clicked.connect(self.freeze)
        bottom.addWidget(self.final_button)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        self._enable()

    # --- Computing -----------------------------------------------------------------------

    def _period(self) -> Period:
        if self.by_year.isChecked():
            return Period.year(self.year.value())
        return Period(from_qdate(self.first.date()), from_qdate(self.last.date()))

    def compute(self) -> None:
        period = self._period()
        introduction = self.introduction.toPlainText().strip()
        language = _language()
        translate = QCoreApplication.translate
        frozen_years = set(self._session.yearly_numbers.frozen_years())
        final = period.is_calendar_year and period.first.year in frozen_years

        def work(session: Session, report: Progress) -> Report:
            def progress(done: int, of: int) -> None:
                report(done / max(1, of), "")

            if final:
                return session.yearly_numbers.final(period.first.year, translate)[0]
            return session.yearly_numbers.compute(
                period, translate, language=language, introduction=introduction, progress=progress
            )

        self.status.setText(self.tr("Computing…"))
        self.compute_button.setEnabled(False)
        run_operation(
            self,
            self._session,
            work,
            self.show_report,
            progress_title=self.tr("Computing the yearly numbers"),
            on_error=self._failed,
            key="statistics",
        )

    def _failed(self, error: BaseException) -> None:
        self.compute_button.setEnabled(True)
        self.status.setText("")
        explain(self, error)

    def show_report(self, report: Report) -> None:
        self.report = report
        self.compute_button.setEnabled(True)
        current = self.tabs.currentIndex()
        self.tabs.clear()
        for table in report.tables:
            scroll = QScrollArea(self.tabs)
            scroll.setWidgetResizable(True)
            scroll.setWidget(TableView(report, table, scroll))
            self.tabs.addTab(scroll, f"{table.key}. {table.title}")
            self.tabs.setTabToolTip(self.tabs.count() - 1, table.title)
        self.notes.setHtml(self._notes_html(report))
        self.tabs.addTab(self.notes, self.tr("Small counts"))
        if report.final:
            self.introduction.setPlainText(report.introduction)
            self.introduction.setReadOnly(True)
        else:
            self.introduction.setReadOnly(False)
        self.tabs.addTab(self.introduction, self.tr("Introduction"))
        self.tabs.setCurrentIndex(max(0, current))
        hidden = len(hidden_cells(report))
        state = (
            self.tr("Final report, as frozen.")
            if report.final
            else self.tr("Preliminary: not frozen.")
        )
        self.status.setText(
            state + " " + self.tr("%n cells hidden to protect small counts.", "", hidden)
        )
        self._enable()

    def _notes_html(self, report: Report) -> str:
        def escape(text: str) -> str:
            return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

        parts = [f"<h3>{escape(report.texts['suppression'])}</h3>"]
        parts.append(f"<p>{escape(report.texts['suppression_note'])}</p>")
        if report.unprotectable:
            parts.append(f"<p><b>{escape(report.texts['unprotectable_note'])}</b></p><ul>")
            parts.extend(f"<li>{escape(cell)}</li>" for cell in report.unprotectable)
            parts.append("</ul>")
        rows = hidden_cells(report)
        if rows:
            header = ("table", "period", "row", "column", "reason")
            parts.append("<table border='1' cellspacing='0' cellpadding='3'><tr>")
            parts.extend(f"<th>{escape(report.texts[h])}</th>" for h in header)
            parts.append("</tr>")
            for row in rows:
                parts.append("<tr>" + "".join(f"<td>{escape(v)}</td>" for v in row) + "</tr>")
            parts.append("</table>")
        else:
            parts.append(f"<p>{escape(report.texts['no_hidden'])}</p>")
        parts.append(f"<h3>{escape(report.texts['definitions'])}</h3>")
        for table in report.tables:
            parts.append(
                f"<p><b>{escape(report.texts['table'])} {escape(table.key)}: "
                f"{escape(table.title)}.</b> {escape(table.definition)}</p>"
            )
        return "".join(parts)

    def _enable(self) -> None:
        ready = self.report is not None
        for button in self.export_buttons.values():
            button.setEnabled(ready)
        year = self.report is not None and self.report.period.is_calendar_year
        self.final_button.setEnabled(bool(year and self.report and not self.report.final))
        self.compare_button.setEnabled(bool(self.report and self.report.final))

    # --- Exporting -----------------------------------------------------------------------

    def export(self, file_format: str) -> None:
        report = self.report
        if report is None:
            return
        if not report.final:
            report = _with_introduction(report, self.introduction.toPlainText().strip())
        dialog = QFileDialog(self, self.tr("Export the yearly numbers"))
        dialog.setObjectName("statisticsExportDialog")
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(file_format)
        dialog.setNameFilter(f"*.{file_format}")
        dialog.selectFile(f"arsstatistik-{report.period.label.replace(' – ', '_')}.{file_format}")
        dialog.fileSelected.connect(lambda name: self.write(report, file_format, Path(name)))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def write(self, report: Report, file_format: str, path: Path) -> None:
        """Make the file on a pool thread (a PDF takes a moment), then log it."""

        def work() -> Path:
            content = EXPORTERS[file_format](report)
            partial = path.with_name(path.name + ".part")
            partial.write_bytes(content)
            partial.replace(path)
            return path

        def done(written: Path) -> None:
            self._session.yearly_numbers.record_export(report, file_format)
            inform(self, self.tr("Exported"), self.tr("Saved as %1.").replace("%1", str(written)))

        run_in_background(work, done, lambda error: explain(self, error))

    def freeze(self) -> None:
        report = self.report
        if report is None or not report.period.is_calendar_year:
            return
        year = report.period.first.year
        introduction = self.introduction.toPlainText().strip()
        language = _language()
        translate = QCoreApplication.translate

        def frozen() -> None:
            def work(session: Session, _report: Progress) -> Report:
                return session.yearly_numbers.final(
                    year, translate, language=language, introduction=introduction
                )[0]

            run_operation(
                self,
                self._session,
                work,
                self.show_report,
                progress_title=self.tr("Freezing the final report"),
                key="statistics",
            )

        confirm(
            self,
            self.tr("Freeze as final"),
            self.tr(
                "Freeze the numbers of %1 as the final report? They are kept as they are now, "
                "also after later changes and purges, and every later export of %1 gives "
                "exactly these numbers."
            ).replace("%1", str(year)),
            frozen,
        )

    def compare(self) -> None:
        report = self.report
        if report is None or not report.final:
            return
        year = report.period.first.year
        translate = QCoreApplication.translate

        def work(session: Session, _report: Progress) -> list[str]:
            lines = []
            for change in session.yearly_numbers.changes_since_frozen(year, translate):
                lines.append(
                    f"{change.table} · {change.row} · {change.column}: "
                    f"{shown(change.frozen, report)} → {shown(change.fresh, report)}"
                )
            return lines

        def done(lines: list[str]) -> None:
            if not lines:
                inform(self, self.tr("Compared"), self.tr("A fresh count gives the same numbers."))
                return
            inform(
                self,
                self.tr("Compared"),
                self.tr("A fresh count differs in %n cells:", "", len(lines)),
                "\n".join(lines),
            )

        run_operation(self, self._session, work, done, progress_title=self.tr("Counting afresh"))

    def _settings(self) -> None:
        open_dialog(StatisticsSettingsDialog(self._session, self))


def _with_introduction(report: Report, introduction: str) -> Report:
    return dataclasses.replace(report, introduction=introduction)
