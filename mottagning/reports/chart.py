"""A questionnaire's totals over time, drawn as vector lines (one line per
instrument) for a referral or a report."""

from datetime import date

from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from mottagning.models.letters import MeasureLine
from mottagning.reports.document import FONT

_COLOURS = (colors.HexColor("#1f5f8b"), colors.HexColor("#b5542b"), colors.HexColor("#3d7a3a"))


def measure_chart(lines: tuple[MeasureLine, ...], width: float) -> Drawing | None:
    """None when no instrument has two numeric results (nothing to follow)."""
    series: dict[str, list[tuple[float, float]]] = {}
    for line in lines:
        try:
            total = float(line.total.replace(",", "."))
        except ValueError:
            continue
        series.setdefault(line.instrument, []).append((float(line.day.toordinal()), total))
    series = {name: sorted(points) for name, points in series.items() if len(points) >= 2}
    if not series:
        return None
    height = 150.0
    drawing = Drawing(width, height)
    plot = LinePlot()
    plot.x, plot.y, plot.width, plot.height = 30, 30, width - 140, height - 45
    plot.data = list(series.values())
    plot.xValueAxis.labels.fontName = FONT
    plot.yValueAxis.labels.fontName = FONT
    plot.xValueAxis.labelTextFormat = _date_label
    plot.xValueAxis.labels.fontSize = 7
    plot.yValueAxis.labels.fontSize = 7
    for index in range(len(series)):
        plot.lines[index].strokeColor = _COLOURS[index % len(_COLOURS)]
        plot.lines[index].strokeWidth = 1.4
    drawing.add(plot)
    for index, name in enumerate(series):
        drawing.add(
            String(
                width - 100,
                height - 20 - index * 12,
                name,
                fontName=FONT,
                fontSize=8,
                fillColor=_COLOURS[index % len(_COLOURS)],
            )
        )
    return drawing


def _date_label(value: float) -> str:
    return date.fromordinal(int(value)).isoformat()
