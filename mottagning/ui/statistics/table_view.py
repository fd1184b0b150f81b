"""One table of the yearly numbers: its title, definition, chart and a grid
per period, hidden cells marked (with why, as a tooltip)."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mottagning.models.yearly_numbers import Block, Report, Table
from mottagning.reports.yearly.cells import shown
from mottagning.ui.statistics.chart import BarChart

HIDDEN_BACKGROUND = QColor("#f3e3c3")
HIDDEN_TEXT = QColor("#6b4100")


class TableView(QWidget):
    def __init__(self, report: Report, table: Table, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"statisticsTable{table.key}")
        layout = QVBoxLayout(self)
        title = QLabel(f"{report.texts['table']} {table.key}: {table.title}", self)
        title.setObjectName("statisticsTableTitle")
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        title.setFont(font)
        layout.addWidget(title)
        definition = QLabel(table.definition, self)
        definition.setWordWrap(True)
        definition.setObjectName("statisticsDefinition")
        layout.addWidget(definition)
        self.chart = BarChart(self)
        first = table.blocks[0]
        if table.chart_column < len(first.columns):
            rows = list(zip(first.rows, first.cells, strict=True))[: table.chart_rows()]
            self.chart.show_bars(
                f"{first.period}: {first.columns[table.chart_column]}",
                [
                    (row, cells[table.chart_column].value, shown(cells[table.chart_column], report))
                    for row, cells in rows
                ],
            )
            layout.addWidget(self.chart)
        self.grids: list[QTableWidget] = []
        for block in table.blocks:
            suffix = f" ({report.texts['frozen_block']})" if block.frozen else ""
            heading = QLabel(block.period + suffix, self)
            bold = heading.font()
            bold.setBold(True)
            heading.setFont(bold)
            layout.addWidget(heading)
            grid = _grid(report, block, self)
            self.grids.append(grid)
            layout.addWidget(grid)
        layout.addStretch(1)


def _grid(report: Report, block: Block, parent: QWidget) -> QTableWidget:
    grid = QTableWidget(len(block.rows), len(block.columns), parent)
    grid.setObjectName("statisticsGrid")
    grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    grid.setHorizontalHeaderLabels(list(block.columns))
    grid.setVerticalHeaderLabels(list(block.rows))
    grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    grid.setWordWrap(False)
    for i, cells in enumerate(block.cells):
        for j, cell in enumerate(cells):
            item = QTableWidgetItem(shown(cell, report))
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if cell.mark is not None:
                item.setBackground(QBrush(HIDDEN_BACKGROUND))
                item.setForeground(QBrush(HIDDEN_TEXT))
                item.setToolTip(report.texts[f"mark.{cell.mark.value}"])
            grid.setItem(i, j, item)
    # As tall as its rows (the page scrolls, not each grid), with room for the
    # horizontal scroll bar a wide table needs.
    height = grid.horizontalHeader().sizeHint().height() + 2 * grid.frameWidth()
    height += sum(grid.rowHeight(r) for r in range(grid.rowCount()))
    height += grid.horizontalScrollBar().sizeHint().height()
    grid.setFixedHeight(height + 2)
    grid.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return grid
