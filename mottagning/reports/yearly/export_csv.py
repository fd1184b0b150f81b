"""The report as one CSV file the Swedish way: semicolons, a decimal comma,
UTF-8 with a byte-order mark (so that Excel reads å, ä and ö right)."""

import csv
import io

from mottagning.models.yearly_numbers import Report
from mottagning.reports.yearly.cells import hidden_cells, metadata, shown


def export_csv(report: Report) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    texts = report.texts
    writer.writerow([f"{texts['title']}: {report.clinic}", report.period.label])
    writer.writerows(metadata(report))
    if report.introduction:
        writer.writerow([texts["introduction"], report.introduction])
    for table in report.tables:
        writer.writerow([])
        writer.writerow([f"{texts['table']} {table.key}: {table.title}"])
        writer.writerow([texts["definitions"], table.definition])
        for block in table.blocks:
            suffix = f" ({texts['frozen_block']})" if block.frozen else ""
            writer.writerow([block.period + suffix, *block.columns])
            for row, cells in zip(block.rows, block.cells, strict=True):
                writer.writerow([row, *(shown(c, report, decimal_comma=True) for c in cells)])
    writer.writerow([])
    writer.writerow([texts["suppression"], texts["suppression_note"]])
    hidden = hidden_cells(report)
    if hidden:
        writer.writerow(
            [texts["table"], texts["period"], texts["row"], texts["column"], texts["reason"]]
        )
        writer.writerows(hidden)
    else:
        writer.writerow([texts["no_hidden"]])
    return ("\ufeff" + out.getvalue()).encode("utf-8")
