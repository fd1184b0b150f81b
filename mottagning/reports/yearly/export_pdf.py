"""The report for the council as a PDF: a title page with the lead's
introduction, every table with its definition and a chart of the chosen
period, and the note on small counts with the list of hidden cells.
Invariant output (reportlab's `invariant`, the report's own date): the same
report gives the same bytes."""

import io
from datetime import datetime
from typing import Any

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Table as PdfTable

from mottagning.models.yearly_numbers import Block, Report, Table
from mottagning.reports.yearly.cells import hidden_cells, metadata, shown

_PAGE = landscape(A4)
_HIDDEN = colors.HexColor("#f3e3c3")
_HEADER = colors.HexColor("#dfe6ee")
_BAR = colors.HexColor("#3b6e8f")
_MAX_BARS = 14


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def export_pdf(report: Report) -> bytes:
    buffer = io.BytesIO()
    texts = report.texts
    doc = SimpleDocTemplate(
        buffer,
        pagesize=_PAGE,
        leftMargin=15 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=15 * mm,
        title=f"{texts['title']} {report.period.label}",
        author=report.clinic,
        creator="Mottagning",
        invariant=1,
    )
    styles = getSampleStyleSheet()
    body = ParagraphStyle("body", parent=styles["BodyText"], fontSize=9.5, leading=12.5)
    small = ParagraphStyle("small", parent=body, fontSize=8, leading=10)
    story: list[object] = [
        Spacer(1, 30 * mm),
        Paragraph(_escape(f"{texts['title']} {report.period.label}"), styles["Title"]),
        Paragraph(_escape(report.clinic), styles["Heading2"]),
        Paragraph(_escape(texts["final"] if report.final else texts["preliminary"]), body),
        Spacer(1, 8 * mm),
    ]
    if report.introduction:
        story.append(Paragraph(_escape(texts["introduction"]), styles["Heading3"]))
        for paragraph in report.introduction.split("\n\n"):
            story.append(Paragraph(_escape(paragraph).replace("\n", "<br/>"), body))
    story.append(Spacer(1, 8 * mm))
    story.append(_metadata_table(report, small))
    for table in report.tables:
        story.append(PageBreak())
        story.extend(_table_section(report, table, styles, body, small))
    story.append(PageBreak())
    story.append(Paragraph(_escape(texts["suppression"]), styles["Heading2"]))
    story.append(Paragraph(_escape(texts["suppression_note"]), body))
    if report.unprotectable:
        story.append(Paragraph(_escape(texts["unprotectable_note"]), body))
        story.extend(Paragraph(_escape(cell), small) for cell in report.unprotectable)
    hidden = hidden_cells(report)
    if hidden:
        header = [texts["table"], texts["period"], texts["row"], texts["column"], texts["reason"]]
        rows = [[Paragraph(_escape(v), small) for v in row] for row in [header, *hidden]]
        grid = PdfTable(rows, colWidths=[18 * mm, 34 * mm, 60 * mm, 60 * mm, 90 * mm], repeatRows=1)
        grid.setStyle(_grid_style())
        story.extend([Spacer(1, 4 * mm), grid])
    else:
        story.append(Paragraph(_escape(texts["no_hidden"]), body))
    doc.build(story, onFirstPage=_footer(report), onLaterPages=_footer(report))
    return buffer.getvalue()


def _footer(report: Report):  # type: ignore[no-untyped-def]
    def draw(canvas, doc) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        stamp = datetime.fromisoformat(report.computed_at).date().isoformat()
        canvas.drawString(15 * mm, 8 * mm, f"{report.clinic} · {report.period.label} · {stamp}")
        canvas.drawRightString(_PAGE[0] - 15 * mm, 8 * mm, str(doc.page))
        canvas.restoreState()

    return draw


def _grid_style() -> TableStyle:
    return TableStyle(
        [
            ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
            ("BACKGROUND", (0, 0), (-1, 0), _HEADER),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ]
    )


def _metadata_table(report: Report, style: ParagraphStyle) -> PdfTable:
    rows = [
        [Paragraph(_escape(k), style), Paragraph(_escape(v), style)] for k, v in metadata(report)
    ]
    grid = PdfTable(rows, colWidths=[70 * mm, 170 * mm])
    grid.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.25, colors.grey)]))
    return grid


def _table_section(
    report: Report,
    table: Table,
    styles: Any,
    body: ParagraphStyle,
    small: ParagraphStyle,
) -> list[object]:
    texts = report.texts
    parts: list[object] = [
        Paragraph(_escape(f"{texts['table']} {table.key}: {table.title}"), styles["Heading2"]),
        Paragraph(_escape(table.definition), small),
        Spacer(1, 3 * mm),
    ]
    chart = _chart(report, table.blocks[0], table.chart_column, table.chart_rows())
    if chart is not None:
        parts.append(chart)
    for block in table.blocks:
        suffix = f" ({texts['frozen_block']})" if block.frozen else ""
        parts.append(
            KeepTogether(
                [
                    Paragraph(_escape(block.period + suffix), styles["Heading4"]),
                    _grid(report, block, small),
                ]
            )
        )
    return parts


def _grid(report: Report, block: Block, style: ParagraphStyle) -> PdfTable:
    header = [Paragraph("", style), *(Paragraph(_escape(c), style) for c in block.columns)]
    rows = [header]
    marks = []
    for i, (row, cells) in enumerate(zip(block.rows, block.cells, strict=True)):
        rows.append([Paragraph(_escape(row), style), *(shown(c, report) for c in cells)])
        for j, cell in enumerate(cells):
            if cell.mark is not None:
                marks.append(("BACKGROUND", (j + 1, i + 1), (j + 1, i + 1), _HIDDEN))
    first = 55 * mm
    rest = (_PAGE[0] - 30 * mm - first) / max(1, len(block.columns))
    grid = PdfTable(rows, colWidths=[first, *([min(rest, 30 * mm)] * len(block.columns))])
    style_rules = [
        ("GRID", (0, 0), (-1, -1), 0.25, colors.grey),
        ("BACKGROUND", (0, 0), (-1, 0), _HEADER),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("FONTSIZE", (0, 0), (-1, -1), 8),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        *marks,
    ]
    grid.setStyle(TableStyle(style_rules))
    return grid


_CHART_FONT = "Helvetica"


def _chart(report: Report, block: Block, column: int, rows: int) -> Drawing | None:
    """Bars of one column of the chosen period (the total, or the persons), its
    first `rows` rows (not the total); a hidden cell is a bar of nothing with its mark."""
    if column >= len(block.columns):
        return None
    pairs = list(zip(block.rows, (cells[column] for cells in block.cells), strict=True))
    pairs = pairs[: min(rows, _MAX_BARS)]
    if not pairs:
        return None
    height = 14 * len(pairs) + 30
    drawing = Drawing(_PAGE[0] - 30 * mm, height)
    drawing.initialFontName = _CHART_FONT  # the drawing's starting state (see below)
    chart = HorizontalBarChart()
    chart.x, chart.y = 150, 15
    chart.width, chart.height = 330, height - 25
    chart.data = [[cell.value or 0 for _, cell in reversed(pairs)]]
    chart.categoryAxis.categoryNames = [
        f"{row} ({shown(cell, report)})" if cell.value is None else row
        for row, cell in reversed(pairs)
    ]
    # The font is named, not taken from reportlab's defaults: another document
    # made earlier in the process (a referral) changes those, and a frozen report
    # must give the same bytes in any process (Helvetica, as the text around it).
    chart.categoryAxis.labels.fontName = _CHART_FONT
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.valueAxis.valueMin = 0
    chart.valueAxis.labels.fontName = _CHART_FONT
    chart.valueAxis.labels.fontSize = 7
    chart.bars[0].fillColor = _BAR
    drawing.add(chart)
    drawing.add(String(490, height - 12, block.columns[column], fontName=_CHART_FONT, fontSize=8))
    return drawing
