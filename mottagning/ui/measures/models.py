"""Table models of the measures tab: the questionnaires a client has been
given (latest score and change since the first), and one questionnaire's
administrations, newest first."""

from PySide6.QtCore import QCoreApplication, QPointF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QWidget

from mottagning.scoring import Instrument, ScoreResult
from mottagning.services.measures import Progress
from mottagning.ui.measures.colours import MeasureColours
from mottagning.ui.measures.markers import Marker, draw_marker
from mottagning.ui.measures.texts import format_score, label
from mottagning.ui.tables import Index, TableModel

ID_ROLE = Qt.ItemDataRole.UserRole


def marker_icon(progress: Progress, instrument: Instrument, first: bool) -> QIcon:
    """The chart's symbol for this administration, for the tables."""
    colours = MeasureColours.of(QApplication.palette())
    category = progress.change.category if progress.change else None
    marker = Marker.of(category, first, progress.result.scorable)
    colour = colours.line if first else colours.categories[category]
    key = (marker, colour.rgba(), colours.base.rgba(), instrument.higher_is_better)
    icon = _marker_icons.get(key)
    if icon is None:  # a table asks for each cell's icon at every repaint
        icon = _marker_icons[key] = _drawn_marker(marker, colour, colours.base, key[3])
    return icon


_marker_icons: dict[tuple[Marker, int, int, bool], QIcon] = {}


def _drawn_marker(marker: Marker, colour: QColor, base: QColor, higher_is_better: bool) -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    draw_marker(painter, marker, QPointF(8, 8), colour, base, higher_is_better, size=4.5)
    painter.end()
    return QIcon(pixmap)


def flag_icon() -> QIcon:
    """A raised flag, in the alert colours of the form's flag box."""
    colours = MeasureColours.of(QApplication.palette())
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(0, 0, 0, 0))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colours.alert_edge)
    painter.drawRoundedRect(3, 1, 8, 12, 2, 2)
    painter.end()
    return QIcon(pixmap)


class _Table(TableModel):
    """The texts both questionnaire tables show."""

    def _score_text(self, instrument: Instrument, result: ScoreResult) -> str:
        # translate() with a fixed context: a base class's tr() would take the subclass's.
        if not result.scorable:
            return QCoreApplication.translate("MeasureTables", "Not scorable")
        text = format_score(instrument, result.total)
        if not result.prorated:
            return text
        return QCoreApplication.translate("MeasureTables", "{score} (prorated)").format(score=text)

    def _change_text(self, progress: Progress) -> str:
        change = progress.change
        if change is None:
            return ""
        if change.category is None:
            return "–"
        return label(change.category.label)

    def _change_tip(self, progress: Progress) -> str | None:
        change = progress.change
        if change is not None and change.not_classifiable is not None:
            return label(change.not_classifiable.label)
        return None


class InstrumentsModel(_Table):
    """One row per questionnaire the client has been given."""

    NAME, LATEST, BAND, DATE, COUNT, CHANGE = range(6)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headers = [
            self.tr("Questionnaire"),
            self.tr("Latest score"),
            self.tr("Band"),
            self.tr("Date"),
            self.tr("Times given"),
            self.tr("Change since the first"),
        ]
        self._rows: list[tuple[Instrument, list[Progress]]] = []

    def set_rows(self, rows: list[tuple[Instrument, list[Progress]]]) -> None:
        """Most recently given first: what the client is doing now comes on top."""
        self.beginResetModel()
        given = [(instrument, series) for instrument, series in rows if series]
        self._rows = sorted(given, key=lambda row: row[1][-1].record.administered_on, reverse=True)
        self.endResetModel()

    def row_count(self) -> int:
        return len(self._rows)

    def row_of(self, instrument_id: str) -> int:
        for row, (instrument, _) in enumerate(self._rows):
            if instrument.id == instrument_id:
                return row
        return -1

    def instrument_at(self, row: int) -> Instrument:
        return self._rows[row][0]

    def series_at(self, row: int) -> list[Progress]:
        return self._rows[row][1]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        instrument, series = self._rows[index.row()]
        latest, column = series[-1], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(instrument, series, column)
        if role == ID_ROLE:
            return instrument.id
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.NAME:
                return label(instrument.name)
            if column == self.CHANGE:
                return self._change_tip(latest)
        if role == Qt.ItemDataRole.DecorationRole and column == self.CHANGE and latest.change:
            return marker_icon(latest, instrument, first=False)
        return None

    def _text(self, instrument: Instrument, series: list[Progress], column: int) -> str:
        latest = series[-1]
        result = latest.result
        if column == self.NAME:
            return instrument.short_name
        if column == self.LATEST:
            return self._score_text(instrument, result)
        if column == self.BAND:
            return label(result.band.label) if result.band else ""
        if column == self.DATE:
            return latest.record.administered_on.isoformat()
        if column == self.CHANGE:
            return self._change_text(latest) if len(series) > 1 else self.tr("(first)")
        return str(len(series))


class AdministrationsModel(_Table):
    """One questionnaire's administrations for the client, newest first."""

    # Flags beside the score they came with, in a few words (the tooltip says all);
    # who recorded it last, where a narrow window cuts first.
    DATE, SCORE, BAND, FLAGS, CHANGE, BY = range(6)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headers = [
            self.tr("Date"),
            self.tr("Score"),
            self.tr("Band"),
            self.tr("Flags"),
            self.tr("Change since the first"),
            self.tr("Recorded by"),
        ]
        self._instrument: Instrument | None = None
        self._rows: list[Progress] = []
        self._first_id: str | None = None
        self._staff: dict[str, str] = {}

    def set_series(
        self, instrument: Instrument | None, series: list[Progress], staff: dict[str, str]
    ) -> None:
        self.beginResetModel()
        self._instrument = instrument
        self._rows = list(reversed(series))
        first = next((p for p in series if p.result.scorable), None)
        self._first_id = first.record.id if first else None
        self._staff = staff
        self.endResetModel()

    def row_count(self) -> int:
        return len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self._instrument is None:
            return None
        progress, column = self._rows[index.row()], index.column()
        first = progress.record.id == self._first_id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(progress, column, first)
        if role == ID_ROLE:
            return progress.record.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(progress, column)
        shows_change = first or progress.change is not None
        if role == Qt.ItemDataRole.DecorationRole and column == self.CHANGE and shows_change:
            return marker_icon(progress, self._instrument, first)
        if (
            role == Qt.ItemDataRole.DecorationRole
            and column == self.FLAGS
            and progress.result.flags
        ):
            return flag_icon()
        if role == Qt.ItemDataRole.ForegroundRole and not progress.result.scorable:
            return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        return None

    def _text(self, progress: Progress, column: int, first: bool) -> str:
        assert self._instrument is not None
        result = progress.result
        if column == self.DATE:
            return progress.record.administered_on.isoformat()
        if column == self.SCORE:
            return self._score_text(self._instrument, result)
        if column == self.BAND:
            return label(result.band.label) if result.band else ""
        if column == self.CHANGE:
            return self.tr("First") if first else self._change_text(progress)
        if column == self.BY:
            return self._staff.get(progress.record.recorded_by, "")
        return "; ".join(label(flag.short) for flag in result.flags)

    def _tip(self, progress: Progress, column: int) -> str | None:
        result = progress.result
        if column == self.SCORE and result.validity_note is not None:
            return label(result.validity_note)
        if column == self.FLAGS and result.flags:
            return "\n".join(label(flag.meaning) for flag in result.flags)
        if column == self.CHANGE:
            return self._change_tip(progress)
        return None
