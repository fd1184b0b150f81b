"""The report as a workbook: a sheet per table (each period's block under the
other, hidden cells as text with a note of why), the definitions, the
suppression list and the metadata. The same report gives the same bytes: the
document's dates are the report's own."""

import io
from datetime import datetime
from typing import Any

import xlsxwriter

from mottagning.models.yearly_numbers import Report, Table
from mottagning.reports.yearly.cells import hidden_cells, metadata, shown

_WIDE = 48


def export_xlsx(report: Report) -> bytes:
    buffer = io.BytesIO()
    workbook = xlsxwriter.Workbook(buffer, {"in_memory": True})
    moment = datetime.fromisoformat(report.computed_at).replace(tzinfo=None)
    workbook.set_properties(
        {"title": report.texts["title"], "company": report.clinic, "created": moment}
    )
    bold = workbook.add_format({"bold": True})
    heading = workbook.add_format({"bold": True, "font_size": 13})
    wrap = workbook.add_format({"text_wrap": True, "valign": "top"})
    hidden = workbook.add_format({"italic": True, "font_color": "#7a4b00", "align": "right"})
    formats = {"bold": bold, "heading": heading, "wrap": wrap, "hidden": hidden}
    for table in report.tables:
        _table_sheet(workbook, report, table, formats)
    _other_sheets(workbook, report, formats)
    workbook.close()
    return buffer.getvalue()


def _table_sheet(workbook: Any, report: Report, table: Table, formats: dict[str, Any]) -> None:
    texts = report.texts
    bold, heading, wrap, hidden = (formats[k] for k in ("bold", "heading", "wrap", "hidden"))
    sheet = workbook.add_worksheet(f"{texts['table']} {table.key}"[:31])
    sheet.set_column(0, 0, 34)
    sheet.set_column(1, 40, 14)
    sheet.write(0, 0, f"{texts['table']} {table.key}: {table.title}", heading)
    sheet.merge_range(1, 0, 1, 8, table.definition, wrap)
    sheet.set_row(1, 75)
    line = 3
    for block in table.blocks:
        suffix = f" ({texts['frozen_block']})" if block.frozen else ""
        sheet.write(line, 0, block.period + suffix, bold)
        for j, column in enumerate(block.columns):
            sheet.write(line, j + 1, column, bold)
        for row, cells in zip(block.rows, block.cells, strict=True):
            line += 1
            sheet.write(line, 0, row)
            for j, cell in enumerate(cells):
                if cell.value is None:
                    sheet.write_string(line, j + 1, shown(cell, report), hidden)
                else:
                    sheet.write_number(line, j + 1, cell.value)
        line += 2


def _other_sheets(workbook: Any, report: Report, formats: dict[str, Any]) -> None:
    texts = report.texts
    bold, wrap = formats["bold"], formats["wrap"]
    definitions = workbook.add_worksheet(texts["definitions"][:31])
    definitions.set_column(0, 0, 12)
    definitions.set_column(1, 1, 100)
    for i, table in enumerate(report.tables):
        definitions.write(i, 0, f"{texts['table']} {table.key}", bold)
        definitions.write(i, 1, f"{table.title}. {table.definition}", wrap)
    suppression = workbook.add_worksheet(texts["suppression"][:31])
    suppression.set_column(0, 1, 12)
    suppression.set_column(2, 4, _WIDE)
    suppression.merge_range(0, 0, 0, 4, texts["suppression_note"], wrap)
    suppression.set_row(0, 90)
    header = [texts["table"], texts["period"], texts["row"], texts["column"], texts["reason"]]
    for j, title in enumerate(header):
        suppression.write(2, j, title, bold)
    for i, found in enumerate(hidden_cells(report)):
        for j, value in enumerate(found):
            suppression.write_string(3 + i, j, value)
    about = workbook.add_worksheet(texts["metadata"][:31])
    about.set_column(0, 0, 40)
    about.set_column(1, 1, 70)
    rows = metadata(report)
    if report.introduction:
        rows.append((texts["introduction"], report.introduction))
    for i, (name, value) in enumerate(rows):
        about.write(i, 0, name, bold)
        about.write_string(i, 1, value, wrap)
