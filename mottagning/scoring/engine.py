"""Scoring one administration of a questionnaire: total, band, flags, subscales.

Plain Python (no Qt, no database), driven entirely by the instrument's
definition file. Arithmetic is exact (fractions) until the end, so a mean such
as 100/9 is compared with a band edge or cut-off without binary rounding error,
and a prorated total is rounded half-up exactly as the conventions say.

Answers are the raw response values the client ticked (for reversed items too;
the engine reverses them), None where the item was not answered. A value the
item does not accept rejects the whole administration: a wrong number must not
turn into a plausible score.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction
from math import floor

from mottagning.scoring.definition import (
    Band,
    FlagKind,
    Instrument,
    Label,
    Number,
    Rounding,
    Scoring,
    ScoringMethod,
    Sex,
    compare,
    exact,
)
from mottagning.scoring.instruments import load_instrument

Answers = Sequence[int | None]


class InvalidAnswers(ValueError):
    """The answers cannot be scored at all; `item` is the offending item's number, if any."""

    def __init__(self, message: str, *, item: int | None = None) -> None:
        super().__init__(message)
        self.item = item


class Validity(StrEnum):
    SCORABLE = "scorable"
    TOO_MANY_MISSING = "too_many_missing"

    @property
    def label(self) -> Label:
        return {
            Validity.SCORABLE: Label("Scorable", "Går att poängsätta"),
            Validity.TOO_MANY_MISSING: Label(
                "Not scorable: too many unanswered items",
                "Går inte att poängsätta: för många obesvarade frågor",
            ),
        }[self]


@dataclass(frozen=True)
class RaisedFlag:
    id: str
    meaning: Label
    short: Label


@dataclass(frozen=True)
class SubscaleScore:
    id: str
    name: Label
    score: Number | None  # None: more items missing than the subscale allows
    answered: int
    missing: int
    prorated: bool

    @property
    def scorable(self) -> bool:
        return self.score is not None


@dataclass(frozen=True)
class ScoreResult:
    """One administration, scored. Not scorable: `total`, `band` and
    `in_clinical_range` are None, but flags are still evaluated (a risk answer
    matters even on an incomplete form)."""

    instrument_id: str
    definition_version: int  # file_version of the definition that scored it
    total: Number | None  # int for whole-number instruments, float for CORE, SCS, ORS
    validity: Validity
    answered: int  # items with an answer
    missing: int  # unanswered items that skip logic did not account for
    max_missing: int
    skipped: int  # unanswered items scored by skip logic (AUDIT, K10), not missing
    prorated: bool
    item_sum: int | None  # plain sum of the scored item values, before prorating or scaling
    band: Band | None
    in_clinical_range: bool | None  # on the clinical side of the cut-off; None if unknown
    flags: tuple[RaisedFlag, ...]
    unchecked_flags: tuple[str, ...]  # flags that unanswered items might have raised
    subscales: tuple[SubscaleScore, ...]
    sex: Sex | None

    @property
    def scorable(self) -> bool:
        return self.validity is Validity.SCORABLE

    @property
    def flag_ids(self) -> tuple[str, ...]:
        return tuple(flag.id for flag in self.flags)

    def subscale(self, subscale_id: str) -> SubscaleScore:
        for subscale in self.subscales:
            if subscale.id == subscale_id:
                return subscale
        raise KeyError(subscale_id)

    @property
    def validity_note(self) -> Label | None:
        """Why the result is not scorable, with the numbers; None when it is."""
        if self.scorable:
            return None
        items = self.answered + self.missing + self.skipped
        return Label(
            f"{self.missing} of {items} items unanswered; "
            f"at most {self.max_missing} may be missing",
            f"{self.missing} av {items} frågor obesvarade; högst {self.max_missing} får saknas",
        )


def score(instrument_id: str, answers: Answers, *, sex: str | None = None) -> ScoreResult:
    """Score `answers` (one per item, None = not answered) with the shipped definition.

    `sex` ('female', 'male' or None) chooses the norm group where cut-offs or bands
    are sex-specific. With None, a sex-neutral value is used where the file has one;
    otherwise the band and clinical side are given only where both norms agree.
    """
    return score_instrument(load_instrument(instrument_id), answers, sex=sex)


def score_instrument(
    instrument: Instrument, answers: Answers, *, sex: str | None = None
) -> ScoreResult:
    """As `score`, for a definition at hand (one with a clinic's licensed text, a test's)."""
    norm = _norm(sex)
    raw = _validated(instrument, answers)
    filled, skipped = _apply_skip_rules(instrument, raw)
    scored = [
        None if value is None else _scored_value(instrument, number, value)
        for number, value in enumerate(filled, start=1)
    ]
    scoring = instrument.scoring
    total = _total(scoring, scored, scoring.missing.max_missing)
    missing = sum(value is None for value in filled)
    present = [value for value in scored if value is not None]
    band = None if total is None else _band(instrument, total, norm)
    clinical = None if total is None else _clinical(instrument, total, norm)
    raised, unchecked = _flags(instrument, filled)
    return ScoreResult(
        instrument_id=instrument.id,
        definition_version=instrument.file_version,
        total=None if total is None else _as_number(total, instrument.fractional),
        validity=Validity.SCORABLE if total is not None else Validity.TOO_MANY_MISSING,
        answered=sum(value is not None for value in raw),
        missing=missing,
        max_missing=scoring.missing.max_missing,
        skipped=skipped,
        prorated=total is not None and missing > 0,
        item_sum=sum(present) if total is not None else None,
        band=band,
        in_clinical_range=clinical,
        flags=raised,
        unchecked_flags=unchecked,
        subscales=_subscales(instrument, scored),
        sex=norm,
    )


def band_for(
    instrument: Instrument,
    total: Number,
    *,
    sex: str | None = None,
    alternative: str | None = None,
) -> Band | None:
    """The band of `total`: [min, next band's min), the top band closed.

    `alternative` names one of the file's alternative bandings (K10 'andrews_slade').
    None when the bands are sex-specific, no sex is given and the norms disagree.
    """
    value = exact(total)
    if alternative is not None:
        for bands in instrument.bands.alternatives:
            if bands.id == alternative:
                return _band_in(bands.bands, value)
        raise KeyError(f"{instrument.id} has no alternative bands {alternative!r}")
    return _band(instrument, value, _norm(sex))


def in_clinical_range(instrument: Instrument, total: Number, *, sex: str | None = None) -> bool:
    """Whether `total` is on the clinical side of the cut-off; raises when that depends
    on a sex that was not given."""
    result = _clinical(instrument, exact(total), _norm(sex))
    if result is None:
        raise ValueError(f"{instrument.short_name}: the cut-off for {total} depends on sex")
    return result


# --- Steps -----------------------------------------------------------------------------


def _norm(sex: str | None) -> Sex | None:
    if sex is None:
        return None
    if isinstance(sex, str) and sex in set(Sex):
        return Sex(sex)
    raise ValueError(f"sex must be 'female', 'male' or None, not {sex!r}")


def _validated(instrument: Instrument, answers: Answers) -> tuple[int | None, ...]:
    name = instrument.short_name
    if isinstance(answers, str | bytes) or not isinstance(answers, Sequence):
        raise InvalidAnswers(
            f"{name}: answers must be a list with one answer per item, not {type(answers).__name__}"
        )
    if len(answers) != instrument.item_count:
        raise InvalidAnswers(
            f"{name} has {instrument.item_count} items; {len(answers)} answers were given"
        )
    for item, answer in zip(instrument.items, answers, strict=True):
        if answer is None:
            continue
        if isinstance(answer, bool) or not isinstance(answer, int):
            raise InvalidAnswers(
                f"{name} item {item.number}: {answer!r} is not a whole-number answer",
                item=item.number,
            )
        if not item.options.allows(answer):
            raise InvalidAnswers(
                f"{name} item {item.number}: {answer} is not an allowed answer "
                f"(allowed: {item.options.describe_allowed()})",
                item=item.number,
            )
    return tuple(answers)


def _apply_skip_rules(
    instrument: Instrument, raw: tuple[int | None, ...]
) -> tuple[tuple[int | None, ...], int]:
    """Blank items that skip logic jumped over get their fixed score (they are not missing).

    Answers that were given anyway are kept as given.
    """
    filled = list(raw)
    skipped: set[int] = set()
    for rule in instrument.scoring.skip_rules:
        deciding = [raw[number - 1] for number in rule.when_items]
        if any(value is None for value in deciding):
            continue
        if sum(value for value in deciding if value is not None) != rule.sum_equals:
            continue
        for number in rule.skip_items:
            if raw[number - 1] is None:
                filled[number - 1] = rule.score_as
                skipped.add(number)
    return tuple(filled), len(skipped)


def _scored_value(instrument: Instrument, number: int, value: int) -> int:
    if number in instrument.reverse_items.items:
        options = instrument.item(number).options
        return options.min_value + options.max_value - value
    return value


def _total(scoring: Scoring, values: Sequence[int | None], max_missing: int) -> Fraction | None:
    """The exact score of `values` by the scoring method, or None if too many are missing."""
    present = [value for value in values if value is not None]
    missing = len(values) - len(present)
    if missing > max_missing:
        return None
    item_sum = sum(present)
    if scoring.method is ScoringMethod.MEAN:
        value = Fraction(item_sum, len(present))
    elif missing:
        value = Fraction(item_sum * len(values), len(present))
        if scoring.missing.rounding is Rounding.HALF_UP:
            value = Fraction(floor(value + Fraction(1, 2)))
    else:
        value = Fraction(item_sum)
    return value * exact(scoring.multiplier)


def _as_number(value: Fraction, fractional: bool) -> Number:
    if fractional:
        return float(value)
    assert value.denominator == 1, value
    return value.numerator


def _band_in(bands: Sequence[Band], value: Fraction) -> Band:
    chosen = bands[0]
    for band in bands[1:]:
        if value >= exact(band.min):
            chosen = band
    return chosen


def _band(instrument: Instrument, value: Fraction, sex: Sex | None) -> Band | None:
    bands = instrument.bands.for_sex(sex)
    if bands is not None:
        return _band_in(bands, value)
    # Only sex-specific bands and no sex given: answer only where every norm agrees,
    # with the range on which they agree.
    candidates = [_band_in(each, value) for each in instrument.bands.sex_specific_sets()]
    if len({band.key for band in candidates}) != 1:
        return None
    low = max(candidates, key=lambda band: exact(band.min)).min
    high = min(candidates, key=lambda band: exact(band.max)).max
    return Band(candidates[0].key, low, high, candidates[0].label)


def _clinical(instrument: Instrument, value: Fraction, sex: Sex | None) -> bool | None:
    cutoff = instrument.clinical_cutoff
    threshold = cutoff.for_sex(sex)
    if threshold is not None:
        return compare(value, cutoff.case_if, exact(threshold))
    sides = {compare(value, cutoff.case_if, exact(t)) for t in cutoff.sex_specific_values()}
    return sides.pop() if len(sides) == 1 else None


def _flags(
    instrument: Instrument, filled: tuple[int | None, ...]
) -> tuple[tuple[RaisedFlag, ...], tuple[str, ...]]:
    """Flags look at the raw answers the client gave (CORE risk items are not reversed)."""
    raised: list[RaisedFlag] = []
    unchecked: list[str] = []
    for flag in instrument.flags:
        rule = flag.rule
        groups: list[tuple[tuple[int, ...], int]]
        if rule.kind is FlagKind.ANY_ITEM:
            groups = [(rule.items, 1)]
        else:
            groups = [
                (instrument.subscale(subscale_id).items or (), need)
                for subscale_id, need in rule.at_least
            ]
        met = could_meet = True
        for numbers, need in groups:
            values = [filled[number - 1] for number in numbers]
            endorsed = sum(v is not None and compare(v, rule.op, rule.value) for v in values)
            unknown = sum(v is None for v in values)
            met = met and endorsed >= need
            could_meet = could_meet and endorsed + unknown >= need
        if met:
            raised.append(RaisedFlag(flag.id, flag.meaning, flag.short))
        elif could_meet:
            unchecked.append(flag.id)
    return tuple(raised), tuple(unchecked)


def _subscales(instrument: Instrument, scored: Sequence[int | None]) -> tuple[SubscaleScore, ...]:
    results = []
    for subscale in instrument.subscales:
        if subscale.items is None:
            continue  # the item key is not in the file (HBI-19): nothing to score
        values = [scored[number - 1] for number in subscale.items]
        value = _total(instrument.scoring, values, subscale.max_missing)
        missing = sum(v is None for v in values)
        results.append(
            SubscaleScore(
                id=subscale.id,
                name=subscale.name,
                score=None if value is None else _as_number(value, instrument.fractional),
                answered=len(values) - missing,
                missing=missing,
                prorated=value is not None and missing > 0,
            )
        )
    return tuple(results)
