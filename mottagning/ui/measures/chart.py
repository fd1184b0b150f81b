"""One instrument's scores over time for a client, drawn with QPainter.

x is the date, y the score over the instrument's whole range. The bands are
shaded lightly, more for worse bands; the clinical cut-off is a labelled
dashed line; the points are joined in date order, and each later point's
symbol says its change since the first (markers.py). A form that could not be
scored is a hollow circle on the date axis. Readable at 600 x 300.
"""

from datetime import date

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QHelpEvent,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QToolTip, QWidget

from mottagning.scoring import Band, ChangeCategory, Instrument
from mottagning.scoring.definition import Number
from mottagning.services.measures import Progress
from mottagning.ui.measures.chart_data import (
    ChartPoint,
    bands_of,
    chart_points,
    cutoff_of,
    day_range,
    day_ticks,
    score_ticks,
)
from mottagning.ui.measures.colours import MeasureColours
from mottagning.ui.measures.markers import Marker, draw_marker
from mottagning.ui.measures.texts import format_score, format_value, label

_HIT = 10  # pixels around a point that show its tooltip


class ProgressChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progressChart")
        self.setMinimumSize(360, 220)
        self.setMouseTracking(True)
        self._instrument: Instrument | None = None
        self._points: list[ChartPoint] = []
        self._bands: tuple[Band, ...] = ()
        self._cutoff: Number | None = None

    def sizeHint(self) -> QSize:
        return QSize(600, 300)

    def set_series(self, instrument: Instrument | None, series: list[Progress]) -> None:
        """Show `series` (oldest first, as MeasureService.progress gives it)."""
        self._instrument = instrument
        self._points = chart_points(series)
        self._bands = bands_of(instrument, series) if instrument else ()
        self._cutoff = cutoff_of(instrument, series) if instrument else None
        self.setAccessibleDescription("; ".join(self.describe(point) for point in self._points))
        self.update()

    def points(self) -> list[ChartPoint]:
        """What is drawn, one per administration, oldest first."""
        return list(self._points)

    # --- Words ----------------------------------------------------------------------

    def describe(self, point: ChartPoint) -> str:
        """A point's tooltip: date, score and band, and its change since the first."""
        assert self._instrument is not None
        day = point.day.isoformat()
        if not point.scorable:
            return self.tr("{day}: not scorable (too many unanswered items)").format(day=day)
        parts = [f"{day}: {format_score(self._instrument, point.score)}"]
        if point.band is not None:
            parts.append(label(point.band.label))
        text = " · ".join(parts)
        first = next((p for p in self._points if p.first), None)
        if point.first:
            return text + "\n" + self.tr("First measurement: later ones are compared with it")
        if point.category is not None and first is not None:
            return (
                text
                + "\n"
                + self.tr("{change} since {day}").format(
                    change=label(point.category.label), day=first.day.isoformat()
                )
            )
        return text + "\n" + self.tr("Change cannot be classified for this questionnaire")

    def legend(self) -> list[tuple[Marker, str]]:
        """The symbols in use, with their meaning."""
        names = {
            Marker.FIRST: self.tr("First"),
            Marker.NO_RELIABLE_CHANGE: self.tr("No reliable change"),
            Marker.RELIABLY_IMPROVED: self.tr("Reliable improvement"),
            Marker.RECOVERED: self.tr("Recovered"),
            Marker.RELIABLY_DETERIORATED: self.tr("Reliable deterioration"),
            Marker.UNCLASSIFIED: self.tr("Not classifiable"),
            Marker.NOT_SCORABLE: self.tr("Not scorable"),
        }
        used = {Marker.of(p.category, p.first, p.scorable) for p in self._points}
        return [(marker, name) for marker, name in names.items() if marker in used]

    # --- Geometry -------------------------------------------------------------------

    def _small_font(self) -> QFont:
        small = QFont(self.font())
        small.setPointSizeF(small.pointSizeF() * 0.85)
        return small

    def _gutter(self) -> float:
        """Room on the right for the band names, beside their bands (never over a point)."""
        if not self._bands or self.width() < 420:
            return 12.0
        metrics = QFontMetrics(self._small_font())
        return max(metrics.horizontalAdvance(label(band.label)) for band in self._bands) + 20.0

    def _plot_rect(self) -> QRectF:
        metrics = QFontMetrics(self.font())
        widest = max(
            metrics.horizontalAdvance(format_value(tick)) for tick in score_ticks(*self._range())
        )
        left, top = widest + 14.0, metrics.height() * 0.8
        bottom = self.height() - metrics.height() * 2 - 14  # date labels and the legend
        return QRectF(left, top, self.width() - left - self._gutter(), bottom - top)

    def _range(self) -> tuple[float, float]:
        assert self._instrument is not None
        return float(self._instrument.scoring.min), float(self._instrument.scoring.max)

    def _days(self) -> tuple[date, date]:
        return day_range([point.day for point in self._points])

    def _y(self, plot: QRectF, value: float) -> float:
        low, high = self._range()
        return plot.bottom() - (value - low) / (high - low) * plot.height()

    def _x(self, plot: QRectF, day: date) -> float:
        start, end = self._days()
        return plot.left() + (day - start).days / max((end - start).days, 1) * plot.width()

    def _position(self, plot: QRectF, point: ChartPoint) -> QPointF:
        y = plot.bottom() if point.score is None else self._y(plot, float(point.score))
        return QPointF(self._x(plot, point.day), y)

    def _series_path(self, plot: QRectF) -> QPainterPath:
        """The scorable points joined in date order (one point: just that point)."""
        scored = [self._position(plot, p) for p in self._points if p.scorable]
        path = QPainterPath()
        for number, position in enumerate(scored):
            if number == 0:
                path.moveTo(position)
                path.lineTo(position)
            else:
                path.lineTo(position)
        return path

    # --- Painting -------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colours = MeasureColours.of(self.palette())
        painter.fillRect(self.rect(), colours.base)
        if self._instrument is None or not self._points:
            painter.setPen(colours.muted)
            painter.drawText(
                self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No questionnaires yet")
            )
            painter.end()
            return
        plot = self._plot_rect()
        self._paint_bands(painter, plot, colours)
        self._paint_axes(painter, plot, colours)
        self._paint_cutoff(painter, plot, colours)
        self._paint_series(painter, plot, colours)
        self._paint_legend(painter, plot, colours)
        painter.end()

    def _paint_bands(self, painter: QPainter, plot: QRectF, colours: MeasureColours) -> None:
        assert self._instrument is not None
        bands = self._bands
        _, high = self._range()
        worse_up = not self._instrument.higher_is_better
        small = self._small_font()
        painter.setFont(small)
        metrics = QFontMetrics(small)
        labelled = self._gutter() > 12
        for index, band in enumerate(bands):
            top_value = float(bands[index + 1].min) if index + 1 < len(bands) else high
            top, bottom = self._y(plot, top_value), self._y(plot, float(band.min))
            rect = QRectF(plot.left(), top, plot.width(), bottom - top)
            severity = index if worse_up else len(bands) - 1 - index
            fill = colours.band_fill(severity, len(bands))
            painter.fillRect(rect, fill)
            if labelled and rect.height() >= metrics.height():
                painter.fillRect(QRectF(plot.right(), top, 5, rect.height()), fill)
                painter.setPen(colours.muted)
                painter.drawText(
                    QRectF(plot.right() + 9, top, self.width() - plot.right() - 9, rect.height()),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                    label(band.label),
                )
        painter.setFont(self.font())

    def _paint_axes(self, painter: QPainter, plot: QRectF, colours: MeasureColours) -> None:
        assert self._instrument is not None
        metrics = QFontMetrics(self.font())
        for value in score_ticks(*self._range()):
            y = self._y(plot, value)
            painter.setPen(QPen(colours.grid, 1))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(colours.muted)
            text = format_value(value)
            painter.drawText(
                QRectF(0, y - metrics.height() / 2, plot.left() - 8, metrics.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
        painter.setPen(QPen(colours.axis, 1))
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        painter.drawLine(plot.bottomLeft(), plot.topLeft())
        ticks, style = day_ticks(*self._days())
        right_of_last = plot.left() - 1.0
        for tick in ticks:
            x = self._x(plot, tick)
            painter.setPen(QPen(colours.axis, 1))
            painter.drawLine(QPointF(x, plot.bottom()), QPointF(x, plot.bottom() + 4))
            text = tick.strftime(style)
            width = metrics.horizontalAdvance(text)
            if x - width / 2 < right_of_last + 10 or x + width / 2 > self.width():
                continue  # would overlap its neighbour or run off the edge
            painter.setPen(colours.muted)
            painter.drawText(QPointF(x - width / 2, plot.bottom() + 6 + metrics.ascent()), text)
            right_of_last = x + width / 2

    def _paint_cutoff(self, painter: QPainter, plot: QRectF, colours: MeasureColours) -> None:
        assert self._instrument is not None
        if self._cutoff is None:
            return
        y = self._y(plot, float(self._cutoff))
        painter.setPen(QPen(colours.cutoff, 1.4, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        text = self.tr("Clinical cut-off {value}").format(value=format_value(self._cutoff))
        small = self._small_font()
        painter.setFont(small)
        metrics = QFontMetrics(small)
        width, height = metrics.horizontalAdvance(text) + 8, metrics.height()
        left, right = plot.left() + 6, plot.right() - width - 6
        candidates = [
            QRectF(x, top, width, height) for top in (y - height - 2, y + 2) for x in (left, right)
        ]
        series = QPainterPathStroker()
        series.setWidth(14)  # the line and its markers, with a little air
        drawn = series.createStroke(self._series_path(plot))
        box = next((c for c in candidates if not drawn.intersects(c)), candidates[0])
        painter.fillRect(box, colours.base)
        painter.setPen(colours.text)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        painter.setFont(self.font())

    def _paint_series(self, painter: QPainter, plot: QRectF, colours: MeasureColours) -> None:
        assert self._instrument is not None
        painter.setPen(QPen(colours.line, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._series_path(plot))
        better_up = self._instrument.higher_is_better
        for point in self._points:
            marker = Marker.of(point.category, point.first, point.scorable)
            colour = colours.line if point.first else colours.categories[point.category]
            if not point.scorable:
                colour = colours.muted
            draw_marker(
                painter, marker, self._position(plot, point), colour, colours.base, better_up
            )

    def _paint_legend(self, painter: QPainter, plot: QRectF, colours: MeasureColours) -> None:
        assert self._instrument is not None
        metrics = QFontMetrics(self.font())
        y = self.height() - metrics.height() / 2 - 4
        x = plot.left()
        for marker, name in self.legend():
            if marker is Marker.FIRST:
                colour = colours.line
            elif marker is Marker.NOT_SCORABLE:
                colour = colours.muted
            elif marker is Marker.UNCLASSIFIED:
                colour = colours.categories[None]
            else:
                colour = colours.categories[ChangeCategory(marker.value)]
            draw_marker(
                painter,
                marker,
                QPointF(x + 6, y),
                colour,
                colours.base,
                self._instrument.higher_is_better,
                size=4.5,
            )
            painter.setPen(colours.muted)
            painter.drawText(QPointF(x + 16, y + metrics.ascent() / 2 - 1), name)
            x += 16 + metrics.horizontalAdvance(name) + 18

    # --- Tooltips -------------------------------------------------------------------

    def point_at(self, position: QPointF) -> ChartPoint | None:
        if self._instrument is None or not self._points:
            return None
        plot = self._plot_rect()
        nearest = min(
            self._points,
            key=lambda p: (self._position(plot, p) - position).manhattanLength(),
        )
        distance = (self._position(plot, nearest) - position).manhattanLength()
        return nearest if distance <= 2 * _HIT else None

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            point = self.point_at(QPointF(event.pos()))
            if point is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.describe(point), self)
            return True
        return super().event(event)
