"""The definition of a questionnaire, as frozen values: what the JSON files hold.

Read and validated by mottagning.scoring.instruments; used by the engine. Every
fact carries the verification tag it had in the research (instruments.json), so
a reviewer sees at once what still has to be checked.
"""

from dataclasses import dataclass
from enum import StrEnum
from fractions import Fraction

Number = int | float


# --- Small values ----------------------------------------------------------------------


@dataclass(frozen=True)
class Label:
    """A text given in both languages by the data (a band name, a flag's meaning).

    Band names and meanings are descriptive, not instrument wording, so the
    file may give them in Swedish. They come from the data, not the code, and so
    are not in Qt's translation file.
    """

    en: str
    sv: str | None = None

    def text(self, language: str) -> str:
        """In `language` ('sv' or 'en'); English when no Swedish text exists."""
        return self.sv if language == "sv" and self.sv is not None else self.en


@dataclass(frozen=True)
class FormText:
    """Wording of the form itself (item text, a response label): either language may be
    missing, because text is shipped only where the licence allows and where the
    official wording is known verbatim."""

    en: str | None
    sv: str | None

    def text(self, language: str) -> str | None:
        """The official wording in `language`, or None: never a translation."""
        return self.sv if language == "sv" else self.en


class VerificationLevel(StrEnum):
    VERIFIED_PRIMARY = "verified_primary"  # seen in the rights holder's own page or manual
    VERIFIED_SECONDARY = "verified_secondary"  # seen in a secondary source
    RECALLED_UNVERIFIED = "recalled_unverified"  # confirm before release
    INFERRED = "inferred"  # calculated here, or an app-policy decision


@dataclass(frozen=True)
class Verification:
    level: VerificationLevel
    note: str | None = None


class LicenceVerdict(StrEnum):
    FREE = "free"  # may be embedded; attribution recommended
    FREE_WITH_CONDITIONS = "free_with_conditions"  # e.g. unaltered text, visible copyright line
    UNCONFIRMED = "unconfirmed"  # probably free, but no licence statement was found
    NEEDS_PERMISSION = "needs_permission"  # the clinic needs the rights holder's permission


class Sex(StrEnum):
    """Norm group for sex-specific cut-offs (AUDIT, AUDIT-C, DUDIT)."""

    FEMALE = "female"
    MALE = "male"


class Direction(StrEnum):
    HIGHER_IS_WORSE = "worse"
    HIGHER_IS_BETTER = "better"  # WHO-5, ORS


class ScoringMethod(StrEnum):
    SUM = "sum"
    MEAN = "mean"  # of the answered items (CORE, SCS)


class Rounding(StrEnum):
    NONE = "none"
    HALF_UP = "half_up"  # to a whole number, 0.5 upwards


class FlagKind(StrEnum):
    ANY_ITEM = "any_item"  # any listed item's answer compares true with the value
    SYMPTOM_PATTERN = "symptom_pattern"  # enough endorsed items in each named subscale


COMPARISONS = (">", ">=", "<", "<=", "==")


def compare(left: Number | Fraction, op: str, right: Number | Fraction) -> bool:
    """`left op right` for one of COMPARISONS."""
    if op == ">":
        return left > right
    if op == ">=":
        return left >= right
    if op == "<":
        return left < right
    if op == "<=":
        return left <= right
    return left == right


def exact(value: Number) -> Fraction:
    """The decimal a file or a score means, exactly (0.1 is 1/10, not its binary neighbour)."""
    return Fraction(value) if isinstance(value, int) else Fraction(repr(value))


# --- The definition --------------------------------------------------------------------


@dataclass(frozen=True)
class Licence:
    verdict: LicenceVerdict
    summary: str
    attribution: str | None  # the line to show, e.g. the CORE copyright line
    attribution_required: bool
    item_text_may_ship: bool
    note: str | None
    verification: Verification


@dataclass(frozen=True)
class SwedishTranslation:
    available: bool | None  # None: not known whether one exists
    note: str | None
    verification: Verification


@dataclass(frozen=True)
class SwedishText:
    """Where the shipped Swedish wording was read verbatim, or why none ships."""

    source: str | None  # None: no Swedish wording ships
    attribution: str | None  # the Swedish form's rights line, shown with its wording
    reader_note: str | None  # (in Swedish) what the form refers to that is not shown
    note: str
    verification: Verification


@dataclass(frozen=True)
class ItemTextInfo:
    """Where the item text comes from and what is still to check."""

    verification: Verification  # of the English wording
    note: str | None
    swedish: SwedishText


@dataclass(frozen=True)
class ResponseOption:
    value: int
    label: FormText


@dataclass(frozen=True)
class ValueRange:
    """A continuous answer in whole units, e.g. ORS millimetres 0-100."""

    min: int
    max: int
    unit: str


@dataclass(frozen=True)
class OptionSet:
    """The answers an item accepts: listed options, or a whole-number range."""

    id: str
    options: tuple[ResponseOption, ...] | None
    range: ValueRange | None
    note: str | None
    verification: Verification

    @property
    def min_value(self) -> int:
        if self.range is not None:
            return self.range.min
        assert self.options is not None
        return min(option.value for option in self.options)

    @property
    def max_value(self) -> int:
        if self.range is not None:
            return self.range.max
        assert self.options is not None
        return max(option.value for option in self.options)

    def allows(self, value: int) -> bool:
        if self.range is not None:
            return self.range.min <= value <= self.range.max
        assert self.options is not None
        return any(option.value == value for option in self.options)

    def describe_allowed(self) -> str:
        """For error messages: '0, 1, 2, 3' or '0-100 mm'."""
        if self.range is not None:
            return f"{self.range.min}-{self.range.max} {self.range.unit}"
        assert self.options is not None
        return ", ".join(str(option.value) for option in self.options)


@dataclass(frozen=True)
class Item:
    number: int  # 1-based, in the order of the form
    text: FormText
    options: OptionSet


@dataclass(frozen=True)
class UnscoredQuestion:
    """Asked on the form and recorded, never part of a score (PHQ-9's difficulty question)."""

    id: str
    text: FormText
    options: OptionSet
    note: str | None


@dataclass(frozen=True)
class ReverseItems:
    items: tuple[int, ...]
    verification: Verification


@dataclass(frozen=True)
class MissingRule:
    max_missing: int
    prorate: bool  # sum: sum x items / answered; mean: mean of the answered items
    rounding: Rounding  # of a prorated sum
    note: str | None
    verification: Verification


@dataclass(frozen=True)
class SkipRule:
    """Interview skip logic: when the listed items add up to `sum_equals`, the skipped
    items, if left blank, score `score_as` and are not missing."""

    when_items: tuple[int, ...]
    sum_equals: int
    skip_items: tuple[int, ...]
    score_as: int
    note: str | None
    verification: Verification


@dataclass(frozen=True)
class Scoring:
    method: ScoringMethod
    multiplier: Number  # CORE clinical score: mean x 10; WHO-5 %: sum x 4; ORS cm: mm sum x 0.1
    min: Number
    max: Number
    display_decimals: int
    missing: MissingRule
    skip_rules: tuple[SkipRule, ...]
    note: str | None
    verification: Verification


def _free_prorating(scoring: Scoring) -> bool:
    missing = scoring.missing
    return missing.max_missing > 0 and missing.prorate and missing.rounding is Rounding.NONE


def is_fractional(scoring: Scoring) -> bool:
    """Whether totals can have decimals, and so are floats."""
    return (
        scoring.method is ScoringMethod.MEAN
        or not isinstance(scoring.multiplier, int)
        or _free_prorating(scoring)
    )


def score_step(scoring: Scoring) -> Fraction | None:
    """The distance between neighbouring possible totals (1; WHO-5 4; ORS 0.1), or None
    when totals are means or unrounded prorated sums and can fall anywhere."""
    if scoring.method is ScoringMethod.MEAN or _free_prorating(scoring):
        return None
    return exact(scoring.multiplier)


@dataclass(frozen=True)
class Subscale:
    id: str
    name: Label
    items: tuple[int, ...] | None  # None: the item key is not known (HBI-19), not scored
    n_items: int
    max_missing: int
    verification: Verification


@dataclass(frozen=True)
class Band:
    """A severity band. Looked up half-open, [min, next band's min), the top band closed,
    which equals the closed integer ranges for whole-number scores."""

    key: str
    min: Number
    max: Number
    label: Label


@dataclass(frozen=True)
class AlternativeBands:
    """Another published banding, offered but not the default (K10 Andrews & Slade)."""

    id: str
    name: Label
    bands: tuple[Band, ...]
    note: str | None
    verification: Verification


@dataclass(frozen=True)
class Bands:
    any: tuple[Band, ...] | None  # for either sex; None when only sex-specific bands exist
    female: tuple[Band, ...] | None
    male: tuple[Band, ...] | None
    alternatives: tuple[AlternativeBands, ...]
    note: str | None
    verification: Verification

    def for_sex(self, sex: Sex | None) -> tuple[Band, ...] | None:
        specific = {Sex.FEMALE: self.female, Sex.MALE: self.male}.get(sex) if sex else None
        return specific if specific is not None else self.any

    def sex_specific_sets(self) -> tuple[tuple[Band, ...], ...]:
        return tuple(bands for bands in (self.female, self.male) if bands is not None)


@dataclass(frozen=True)
class FlagRule:
    kind: FlagKind
    op: str
    value: int
    items: tuple[int, ...] = ()  # ANY_ITEM
    at_least: tuple[tuple[str, int], ...] = ()  # SYMPTOM_PATTERN: (subscale id, count)


@dataclass(frozen=True)
class Flag:
    """Something the counselor must see whatever the total (PHQ-9 item 9, CORE risk)."""

    id: str
    rule: FlagRule
    meaning: Label
    short: Label  # a few words for a table cell ("Item 9 (self-harm)"); the meaning says all
    note: str | None
    verification: Verification


@dataclass(frozen=True)
class JacobsonTruaxParameters:
    sd: float  # of the clinical (pre-treatment) sample
    r: float  # reliability
    r_kind: str  # "alpha" or "test-retest"
    z: float
    verification: Verification


@dataclass(frozen=True)
class ReliableChange:
    """The published point threshold wins; otherwise Jacobson & Truax from SD and r."""

    threshold: Number | None
    units: str
    confidence: str | None
    jacobson_truax: JacobsonTruaxParameters | None
    source: str | None
    note: str | None
    verification: Verification


@dataclass(frozen=True)
class CriterionC:
    """Jacobson & Truax criterion c inputs, as published."""

    m_clin: float
    sd_clin: float
    m_norm: float
    sd_norm: float
    value: float
    verification: Verification


@dataclass(frozen=True)
class CutoffAlternative:
    description: str
    value: Number | None
    female: Number | None
    male: Number | None
    verification: Verification


@dataclass(frozen=True)
class ClinicalCutoff:
    """The clinical side: score >= value (higher is worse) or <= value (higher is better)."""

    case_if: str  # ">=" or "<="
    value: Number | None  # for either sex; None when only sex-specific cut-offs exist
    female: Number | None
    male: Number | None
    criterion_c: CriterionC | None
    source: str | None
    note: str | None
    verification: Verification
    alternatives: tuple[CutoffAlternative, ...]

    def for_sex(self, sex: Sex | None) -> Number | None:
        specific = {Sex.FEMALE: self.female, Sex.MALE: self.male}.get(sex) if sex else None
        return specific if specific is not None else self.value

    def sex_specific_values(self) -> tuple[Number, ...]:
        return tuple(value for value in (self.female, self.male) if value is not None)


@dataclass(frozen=True)
class Instrument:
    id: str
    file_version: int
    short_name: str
    name: Label  # English: the instrument's own name; Swedish: a description
    licence: Licence
    swedish_translation: SwedishTranslation
    timeframe: FormText | None
    item_text: ItemTextInfo
    stem: FormText | None
    option_sets: tuple[OptionSet, ...]
    items: tuple[Item, ...]
    unscored_questions: tuple[UnscoredQuestion, ...]
    reverse_items: ReverseItems
    direction: Direction
    direction_verification: Verification
    scoring: Scoring
    subscales: tuple[Subscale, ...]
    bands: Bands
    flags: tuple[Flag, ...]
    reliable_change: ReliableChange
    clinical_cutoff: ClinicalCutoff
    sources: tuple[str, ...]
    notes: tuple[str, ...]
    licensed_text_source: str | None = None  # set by apply_licensed_text

    @property
    def item_count(self) -> int:
        return len(self.items)

    @property
    def higher_is_better(self) -> bool:
        return self.direction is Direction.HIGHER_IS_BETTER

    @property
    def fractional(self) -> bool:
        """Whether scores can have decimals (CORE, SCS mean, ORS): they are floats then."""
        return is_fractional(self.scoring)

    @property
    def step(self) -> Fraction | None:
        """The distance between neighbouring possible totals, or None for means."""
        return score_step(self.scoring)

    def item(self, number: int) -> Item:
        return self.items[number - 1]

    def subscale(self, subscale_id: str) -> Subscale:
        for subscale in self.subscales:
            if subscale.id == subscale_id:
                return subscale
        raise KeyError(subscale_id)

    def form_texts(self) -> list[FormText]:
        """Every piece of the form's own wording: stem, items, response labels."""
        texts = [item.text for item in self.items]
        texts += [question.text for question in self.unscored_questions]
        if self.stem is not None:
            texts.append(self.stem)
        texts += [
            option.label for option_set in self.option_sets for option in option_set.options or ()
        ]
        return texts

    @property
    def ships_item_text(self) -> bool:
        """Whether the definition carries any wording of the form's questions."""
        texts = [item.text for item in self.items]
        if self.stem is not None:
            texts.append(self.stem)
        return any(text.en or text.sv for text in texts)

    def ships_item_text_in(self, language: str) -> bool:
        """Whether every item has its wording in `language` ('sv' or 'en')."""
        return all(item.text.text(language) is not None for item in self.items)
