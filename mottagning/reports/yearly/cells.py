"""How a published cell reads: a count, a number with the reader's decimal
mark, or the sign that it is hidden."""

from mottagning.models.yearly_numbers import Cell, Mark, Report


def shown(cell: Cell, report: Report, *, decimal_comma: bool | None = None) -> str:
    if cell.mark is Mark.SMALL:
        return f"<{report.threshold}"
    if cell.mark is Mark.PROTECTS:
        return "x"
    if cell.mark is Mark.TOO_FEW:
        return "–"
    assert cell.value is not None
    if float(cell.value).is_integer():
        return str(int(cell.value))
    comma = report.language == "sv" if decimal_comma is None else decimal_comma
    text = f"{cell.value:.1f}"
    return text.replace(".", ",") if comma else text


def hidden_cells(report: Report) -> list[tuple[str, str, str, str, str]]:
    """(table, period, row, column, why) of every hidden cell, in the report's order."""
    found = []
    for table in report.tables:
        for block in table.blocks:
            for row, cells in zip(block.rows, block.cells, strict=True):
                for column, cell in zip(block.columns, cells, strict=True):
                    if cell.mark is not None:
                        why = report.texts[f"mark.{cell.mark.value}"]
                        found.append((table.key, block.period, row, column, why))
    return found


def metadata(report: Report) -> list[tuple[str, str]]:
    """What the report is: period, definitions, settings, when and by whom, the digest."""
    texts = report.texts
    settings = report.settings
    municipalities = ", ".join(settings.get("agreement_municipalities", [])) or "–"
    return [
        (texts["clinic"], report.clinic),
        (texts["period"], report.period.label),
        (texts["final"], texts["yes"] if report.final else texts["no"]),
        (texts["definitions_version"], str(report.definitions_version)),
        (texts["threshold"], str(report.threshold)),
        (texts["setting_municipalities"], municipalities),
        (
            texts["setting_merge_age"],
            texts["yes"] if settings.get("merge_age_bands") else texts["no"],
        ),
        (texts["computed"], report.computed_at),
        (texts["by"], report.computed_by),
        (texts["source_sha256"], report.source_sha256),
    ]
