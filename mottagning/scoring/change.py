"""Reliable and clinically significant change between two administrations.

Jacobson & Truax (1991): a change is reliable when it is larger than
measurement error alone would explain. Where the instrument publishes a
threshold in points (PHQ-9 6, GAD-7 4, CORE-10 6, ORS 5, WHO-5 10), that is
used: |later - first| >= threshold. Otherwise S_diff = SD * sqrt(2) * sqrt(1 - r)
and the change is reliable when |RCI| = |later - first| / S_diff > 1.96.
A reliable improvement that also crosses from the clinical to the
non-clinical side of the cut-off is recovery. Direction-aware: WHO-5 and ORS
improve upwards.
"""

from dataclasses import dataclass
from enum import StrEnum
from math import sqrt

from mottagning.scoring.definition import Label, Number
from mottagning.scoring.engine import ScoreResult
from mottagning.scoring.instruments import load_instrument

Z_95 = 1.96
# Mean scores (CORE, SCS) are floats; a difference that equals a threshold exactly in
# real numbers may come out a few units in the last place short of it.
_TOLERANCE = 1e-9


class ChangeCategory(StrEnum):
    RECOVERED = "recovered"
    RELIABLY_IMPROVED = "reliably_improved"
    NO_RELIABLE_CHANGE = "no_reliable_change"
    RELIABLY_DETERIORATED = "reliably_deteriorated"

    @property
    def label(self) -> Label:
        return _CATEGORY_LABELS[self]


_CATEGORY_LABELS = {
    ChangeCategory.RECOVERED: Label("Recovered", "Återhämtad"),
    ChangeCategory.RELIABLY_IMPROVED: Label("Reliable improvement", "Tillförlitlig förbättring"),
    ChangeCategory.NO_RELIABLE_CHANGE: Label(
        "No reliable change", "Ingen tillförlitlig förändring"
    ),
    ChangeCategory.RELIABLY_DETERIORATED: Label(
        "Reliable deterioration", "Tillförlitlig försämring"
    ),
}


class NotClassifiable(StrEnum):
    FIRST_NOT_SCORABLE = "first_not_scorable"
    LATER_NOT_SCORABLE = "later_not_scorable"
    NO_CRITERION = "no_criterion"  # no published threshold and no SD and reliability

    @property
    def label(self) -> Label:
        return {
            NotClassifiable.FIRST_NOT_SCORABLE: Label(
                "The first measurement could not be scored",
                "Den första mätningen gick inte att poängsätta",
            ),
            NotClassifiable.LATER_NOT_SCORABLE: Label(
                "The later measurement could not be scored",
                "Den senare mätningen gick inte att poängsätta",
            ),
            NotClassifiable.NO_CRITERION: Label(
                "No reliable-change criterion: the instrument publishes none; "
                "give the clinic's own SD and reliability",
                "Inget kriterium för tillförlitlig förändring: instrumentet anger inget; "
                "ange mottagningens egen standardavvikelse och reliabilitet",
            ),
        }[self]


class ChangeMethod(StrEnum):
    PUBLISHED_THRESHOLD = "published_threshold"
    JACOBSON_TRUAX = "jacobson_truax"


@dataclass(frozen=True)
class ChangeResult:
    instrument_id: str
    category: ChangeCategory | None  # None: not classifiable, see `not_classifiable`
    not_classifiable: NotClassifiable | None
    first: Number | None
    later: Number | None
    difference: Number | None = None  # later - first, in score points
    improvement: Number | None = None  # the difference signed so that positive is better
    method: ChangeMethod | None = None
    threshold: float | None = None  # the points a change must reach (J&T: z * S_diff, exceed)
    rci: float | None = None  # Jacobson & Truax only
    reliable: bool | None = None
    crossed_cutoff: bool | None = None  # from the clinical to the non-clinical side

    @property
    def classifiable(self) -> bool:
        return self.category is not None


def standard_error_of_difference(sd: float, reliability: float) -> float:
    """S_diff = SD * sqrt(2) * sqrt(1 - r) (Christensen & Mendoza's correction)."""
    if sd <= 0:
        raise ValueError(f"the SD must be positive, not {sd}")
    if not 0 < reliability < 1:
        raise ValueError(f"the reliability must be between 0 and 1, not {reliability}")
    return sd * sqrt(2) * sqrt(1 - reliability)


def reliable_change_index(first: float, later: float, sd: float, reliability: float) -> float:
    """RCI = (later - first) / S_diff."""
    return (later - first) / standard_error_of_difference(sd, reliability)


def reliable_change_points(sd: float, reliability: float, z: float = Z_95) -> float:
    """The change in points that the RCI test needs: z * S_diff."""
    return z * standard_error_of_difference(sd, reliability)


def criterion_c(m_clin: float, sd_clin: float, m_norm: float, sd_norm: float) -> float:
    """Jacobson & Truax c: the point between the clinical and the normal population,
    weighted by their SDs."""
    return (sd_norm * m_clin + sd_clin * m_norm) / (sd_norm + sd_clin)


def classify_change(
    instrument_id: str,
    first: ScoreResult,
    later: ScoreResult,
    *,
    sd: float | None = None,
    reliability: float | None = None,
) -> ChangeResult:
    """Classify the change from `first` to `later` on `instrument_id`.

    `sd` and `reliability` (a clinic's own clinical SD and alpha) switch to the
    Jacobson & Truax test; without them the instrument's published threshold is
    used, or its file's J&T parameters, or nothing (NO_CRITERION).
    """
    instrument = load_instrument(instrument_id)
    for name, result in (("first", first), ("later", later)):
        if result.instrument_id != instrument.id:
            raise ValueError(
                f"the {name} result is for {result.instrument_id}, not {instrument.id}"
            )
    if (sd is None) != (reliability is None):
        raise ValueError("give both sd and reliability, or neither")

    if first.total is None or later.total is None:
        reason = (
            NotClassifiable.FIRST_NOT_SCORABLE
            if first.total is None
            else NotClassifiable.LATER_NOT_SCORABLE
        )
        return ChangeResult(instrument.id, None, reason, first.total, later.total)

    difference = later.total - first.total
    improvement = difference if instrument.higher_is_better else -difference
    crossed = _crossed(first.in_clinical_range, later.in_clinical_range)

    published = instrument.reliable_change
    rci = None
    if sd is not None and reliability is not None:
        method = ChangeMethod.JACOBSON_TRUAX
        rci = reliable_change_index(first.total, later.total, sd, reliability)
        threshold = reliable_change_points(sd, reliability)
        reliable = abs(rci) > Z_95
    elif published.threshold is not None:
        method = ChangeMethod.PUBLISHED_THRESHOLD
        threshold = float(published.threshold)
        reliable = abs(difference) >= threshold - _TOLERANCE
    elif published.jacobson_truax is not None:
        jt = published.jacobson_truax
        method = ChangeMethod.JACOBSON_TRUAX
        rci = reliable_change_index(first.total, later.total, jt.sd, jt.r)
        threshold = reliable_change_points(jt.sd, jt.r, jt.z)
        reliable = abs(rci) > jt.z
    else:
        return ChangeResult(
            instrument.id,
            None,
            NotClassifiable.NO_CRITERION,
            first.total,
            later.total,
            difference=difference,
            improvement=improvement,
            crossed_cutoff=crossed,
        )

    if not reliable:
        category = ChangeCategory.NO_RELIABLE_CHANGE
    elif improvement > 0:
        category = ChangeCategory.RECOVERED if crossed else ChangeCategory.RELIABLY_IMPROVED
    else:
        category = ChangeCategory.RELIABLY_DETERIORATED
    return ChangeResult(
        instrument_id=instrument.id,
        category=category,
        not_classifiable=None,
        first=first.total,
        later=later.total,
        difference=difference,
        improvement=improvement,
        method=method,
        threshold=threshold,
        rci=rci,
        reliable=reliable,
        crossed_cutoff=crossed,
    )


def _crossed(first: bool | None, later: bool | None) -> bool | None:
    """Clinical at first and not later; None when either side is unknown (sex not given)."""
    if first is None or later is None:
        return None
    return first and not later
