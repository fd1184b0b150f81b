"""What the progress chart shows, apart from how: the points of a series, and
the ticks of its axes. Plain values, so that tests can check what is drawn."""

from dataclasses import dataclass
from datetime import date, timedelta
from math import floor, log10

from mottagning.scoring import Band, ChangeCategory, Instrument
from mottagning.scoring.definition import Number
from mottagning.services.measures import Progress


@dataclass(frozen=True)
class ChartPoint:
    day: date
    score: Number | None  # None: not scorable, drawn hollow on the axis
    band: Band | None
    category: ChangeCategory | None  # against the first scorable; None for it
    first: bool  # the baseline the others are compared with
    flags: tuple[str, ...]  # ids of raised flags

    @property
    def scorable(self) -> bool:
        return self.score is not None


def chart_points(series: list[Progress]) -> list[ChartPoint]:
    points = []
    baseline_seen = False
    for progress in series:
        result = progress.result
        first = result.scorable and not baseline_seen
        baseline_seen = baseline_seen or first
        change = progress.change
        points.append(
            ChartPoint(
                day=progress.record.administered_on,
                score=result.total,
                band=result.band,
                category=change.category if change is not None else None,
                first=first,
                flags=result.flag_ids,
            )
        )
    return points


def bands_of(instrument: Instrument, series: list[Progress]) -> tuple[Band, ...]:
    """The bands of the client's norm group (the one the service scored with)."""
    sex = series[0].result.sex if series else None
    return instrument.bands.for_sex(sex) or ()


def cutoff_of(instrument: Instrument, series: list[Progress]) -> Number | None:
    sex = series[0].result.sex if series else None
    return instrument.clinical_cutoff.for_sex(sex)


def nice_step(span: float, most: int = 6) -> float:
    """A round tick distance (1, 2, 2.5, 5 x 10^n) giving at most `most` steps."""
    if span <= 0:
        return 1.0
    raw = span / most
    magnitude = 10 ** floor(log10(raw))
    for factor in (1, 2, 2.5, 5, 10):
        if factor * magnitude >= raw:
            return factor * magnitude
    return 10 * magnitude


def score_ticks(low: float, high: float) -> list[float]:
    step = nice_step(high - low)
    first = step * -(-low // step)
    ticks = []
    value = first
    while value <= high + 1e-9:
        ticks.append(round(value, 6))
        value += step
    return ticks


def day_range(days: list[date]) -> tuple[date, date]:
    """The dates to show: all points (at least one), with a margin so none sits
    on the edge. The chart draws no axis without points."""
    first, last = min(days), max(days)
    margin = max(5, (last - first).days // 14) if last > first else 14
    return first - timedelta(days=margin), last + timedelta(days=margin)


def day_ticks(start: date, end: date) -> tuple[list[date], str]:
    """Tick dates and their format: Mondays (ISO dates) for a short span, the first
    of each month (yyyy-MM) for a longer one, every third month beyond two years."""
    span = (end - start).days
    if span <= 70:
        monday = start + timedelta(days=-start.weekday() % 7)
        step = 7 if span <= 35 else 14
        ticks = [monday + timedelta(days=d) for d in range(0, span + 1, step)]
        return [tick for tick in ticks if tick <= end], "%Y-%m-%d"
    months = 1 if span <= 740 else 3
    ticks, year, month = [], start.year, start.month
    while True:
        month += 1
        if month > 12:
            year, month = year + 1, 1
        tick = date(year, month, 1)
        if tick > end:
            break
        if (month - 1) % months == 0:
            ticks.append(tick)
    return ticks, "%Y-%m"
