"""Questionnaire definitions, read from resources/instruments/<id>.json.

Instruments are data, not code: a clinic's reviewer can check a file against
the published manual without reading Python, and a corrected cut-off is a data
change. Every file is validated strictly when it is loaded (unknown keys, wrong
types, inconsistent ranges are errors naming the file and the field), so a
mistake in a file stops the program at the first use instead of mis-scoring a
client. The file format is described in resources/instruments/README.md.

The definitions themselves (frozen dataclasses) are in definition.py.
"""

import json
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import replace
from enum import StrEnum
from fractions import Fraction
from functools import cache
from importlib import resources
from typing import Any, TypeVar

from mottagning.scoring.definition import (
    COMPARISONS,
    AlternativeBands,
    Band,
    Bands,
    ClinicalCutoff,
    CriterionC,
    CutoffAlternative,
    Direction,
    Flag,
    FlagKind,
    FlagRule,
    FormText,
    Instrument,
    Item,
    ItemTextInfo,
    JacobsonTruaxParameters,
    Label,
    Licence,
    LicenceVerdict,
    MissingRule,
    Number,
    OptionSet,
    ReliableChange,
    ResponseOption,
    ReverseItems,
    Rounding,
    Scoring,
    ScoringMethod,
    SkipRule,
    Subscale,
    SwedishText,
    SwedishTranslation,
    UnscoredQuestion,
    ValueRange,
    Verification,
    VerificationLevel,
    exact,
    score_step,
)

FORMAT = 1  # the file format this module reads; see resources/instruments/README.md

_ID = re.compile(r"[a-z][a-z0-9_]{0,31}")


class InstrumentFileError(ValueError):
    """A definition file is malformed; names the file and the field."""

    def __init__(self, source: str, where: str, problem: str) -> None:
        self.source = source
        self.where = where
        self.problem = problem
        super().__init__(f"{source}: {where}: {problem}" if where else f"{source}: {problem}")


class UnknownInstrument(LookupError):
    """No definition file exists for the requested id."""


# --- Reading JSON strictly -------------------------------------------------------------


class _Node:
    """One JSON object being read: typed getters, and `done()` rejects unknown keys."""

    def __init__(self, data: object, source: str, where: str) -> None:
        self.source = source
        self.where = where
        if not isinstance(data, dict):
            raise self.error("", f"expected an object, got {_kind(data)}")
        self.data: dict[str, Any] = data
        self.used: set[str] = set()

    def error(self, key: str, problem: str) -> InstrumentFileError:
        return InstrumentFileError(self.source, self.path(key), problem)

    def path(self, key: str) -> str:
        if not key:
            return self.where
        return f"{self.where}.{key}" if self.where else key

    def raw(self, key: str, *, optional: bool = False) -> Any:
        self.used.add(key)
        if key not in self.data:
            if optional:
                return None
            raise self.error(key, "missing")
        return self.data[key]

    def text(self, key: str) -> str:
        value = self.raw(key)
        if not isinstance(value, str) or not value.strip():
            raise self.error(key, f"expected non-empty text, got {_kind(value)}")
        return value

    def optional_text(self, key: str) -> str | None:
        value = self.raw(key, optional=True)
        if value is None:
            return None
        if not isinstance(value, str) or not value.strip():
            raise self.error(key, f"expected non-empty text or null, got {_kind(value)}")
        return value

    def integer(self, key: str, minimum: int | None = None) -> int:
        value = self.raw(key)
        if not _is_int(value):
            raise self.error(key, f"expected a whole number, got {_kind(value)}")
        if minimum is not None and value < minimum:
            raise self.error(key, f"must be at least {minimum}, got {value}")
        return int(value)

    def number(self, key: str) -> Number:
        value = self.raw(key)
        if not _is_number(value):
            raise self.error(key, f"expected a number, got {_kind(value)}")
        return _as_number(value)

    def optional_number(self, key: str) -> Number | None:
        value = self.raw(key, optional=True)
        if value is None:
            return None
        if not _is_number(value):
            raise self.error(key, f"expected a number or null, got {_kind(value)}")
        return _as_number(value)

    def boolean(self, key: str) -> bool:
        value = self.raw(key)
        if not isinstance(value, bool):
            raise self.error(key, f"expected true or false, got {_kind(value)}")
        return value

    def optional_boolean(self, key: str) -> bool | None:
        value = self.raw(key)
        if value is not None and not isinstance(value, bool):
            raise self.error(key, f"expected true, false or null, got {_kind(value)}")
        return value

    def child(self, key: str) -> "_Node":
        return _Node(self.raw(key), self.source, self.path(key))

    def optional_child(self, key: str) -> "_Node | None":
        value = self.raw(key, optional=True)
        return None if value is None else _Node(value, self.source, self.path(key))

    def array(self, key: str) -> list[Any]:
        value = self.raw(key)
        if not isinstance(value, list):
            raise self.error(key, f"expected a list, got {_kind(value)}")
        return value

    def children(self, key: str) -> Iterator["_Node"]:
        for index, value in enumerate(self.array(key)):
            yield _Node(value, self.source, f"{self.path(key)}[{index}]")

    def integers(self, key: str) -> tuple[int, ...]:
        values = self.array(key)
        for index, value in enumerate(values):
            if not _is_int(value):
                raise self.error(f"{key}[{index}]", f"expected a whole number, got {_kind(value)}")
        return tuple(values)

    def texts(self, key: str) -> tuple[str, ...]:
        values = self.array(key)
        for index, value in enumerate(values):
            if not isinstance(value, str) or not value.strip():
                raise self.error(f"{key}[{index}]", f"expected non-empty text, got {_kind(value)}")
        return tuple(values)

    def done(self) -> None:
        unknown = sorted(set(self.data) - self.used)
        if unknown:
            raise self.error(unknown[0], "unknown field (misspelt?)")


def _as_number(value: object) -> Number:
    """`value`, already checked by _is_number, typed as a number."""
    assert isinstance(value, int | float)
    return value


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _kind(value: object) -> str:
    """How a JSON value is described in an error message."""
    if value is None or isinstance(value, bool):
        return json.dumps(value)
    if isinstance(value, str | int | float):
        shown = repr(value) if len(repr(value)) < 40 else repr(value)[:36] + "..."
        return f"{'text' if isinstance(value, str) else 'number'} {shown}"
    if isinstance(value, dict | list):
        return "an object" if isinstance(value, dict) else "a list"
    return type(value).__name__


# --- Parsing each part -----------------------------------------------------------------


def _verification(node: _Node) -> Verification:
    v = node.child("verification")
    result = Verification(_choice(v, "level", VerificationLevel), v.optional_text("note"))
    v.done()
    return result


def _label(node: _Node, key: str) -> Label:
    child = node.child(key)
    result = Label(child.text("en"), child.optional_text("sv"))
    child.done()
    return result


def _form_text(node: _Node, key: str) -> FormText:
    child = node.child(key)
    result = FormText(child.optional_text("en"), child.optional_text("sv"))
    child.done()
    return result


def _optional_form_text(node: _Node, key: str) -> FormText | None:
    child = node.optional_child(key)
    if child is None:
        return None
    result = FormText(child.optional_text("en"), child.optional_text("sv"))
    child.done()
    return result


_E = TypeVar("_E", bound=StrEnum)


def _choice(node: _Node, key: str, enum: type[_E]) -> _E:
    value = node.text(key)
    try:
        return enum(value)
    except ValueError:
        raise node.error(key, f"must be one of {', '.join(enum)}, got {value!r}") from None


def _licence(node: _Node) -> Licence:
    n = node.child("licence")
    licence = Licence(
        verdict=_choice(n, "verdict", LicenceVerdict),
        summary=n.text("summary"),
        attribution=n.optional_text("attribution"),
        attribution_required=n.boolean("attribution_required"),
        item_text_may_ship=n.boolean("item_text_may_ship"),
        note=n.optional_text("note"),
        verification=_verification(n),
    )
    if licence.attribution_required and licence.attribution is None:
        raise n.error("attribution", "required attribution must be given")
    if licence.verdict is LicenceVerdict.NEEDS_PERMISSION and licence.item_text_may_ship:
        raise n.error("item_text_may_ship", "must be false when the verdict is needs_permission")
    n.done()
    return licence


def _translation(node: _Node) -> SwedishTranslation:
    n = node.child("swedish_translation")
    result = SwedishTranslation(
        n.optional_boolean("available"), n.optional_text("note"), _verification(n)
    )
    n.done()
    return result


def _swedish_text(node: _Node) -> SwedishText:
    n = node.child("swedish")
    result = SwedishText(
        source=n.optional_text("source"),
        attribution=n.optional_text("attribution"),
        reader_note=n.optional_text("reader_note"),
        note=n.text("note"),
        verification=_verification(n),
    )
    n.done()
    return result


def _item_text_info(node: _Node) -> ItemTextInfo:
    n = node.child("item_text")
    result = ItemTextInfo(_verification(n), n.optional_text("note"), _swedish_text(n))
    n.done()
    return result


def _option_set(n: _Node) -> OptionSet:
    set_id = n.text("id")
    options_raw = n.raw("options", optional=True)
    range_node = n.optional_child("range")
    options: tuple[ResponseOption, ...] | None = None
    value_range: ValueRange | None = None
    if (options_raw is None) == (range_node is None):
        raise n.error("options", "give either options or range")
    if range_node is not None:
        value_range = ValueRange(
            range_node.integer("min"), range_node.integer("max"), range_node.text("unit")
        )
        if value_range.min >= value_range.max:
            raise range_node.error("max", "must be greater than min")
        range_node.done()
    else:
        parsed = []
        for o in n.children("options"):
            parsed.append(ResponseOption(o.integer("value"), _form_text(o, "label")))
            o.done()
        values = [option.value for option in parsed]
        if len(values) < 2:
            raise n.error("options", "needs at least two options")
        if values != sorted(set(values)):
            raise n.error("options", f"values must be unique and ascending, got {values}")
        options = tuple(parsed)
    result = OptionSet(set_id, options, value_range, n.optional_text("note"), _verification(n))
    n.done()
    return result


def _option_sets(node: _Node) -> dict[str, OptionSet]:
    sets: dict[str, OptionSet] = {}
    for n in node.children("option_sets"):
        option_set = _option_set(n)
        if option_set.id in sets:
            raise n.error("id", f"duplicate option set {option_set.id!r}")
        sets[option_set.id] = option_set
    if not sets:
        raise node.error("option_sets", "at least one option set is needed")
    return sets


def _set_ref(n: _Node, key: str, sets: Mapping[str, OptionSet]) -> OptionSet:
    ref = n.text(key)
    if ref not in sets:
        raise n.error(key, f"no option set {ref!r} (known: {', '.join(sets)})")
    return sets[ref]


def _items(node: _Node, sets: Mapping[str, OptionSet], licence: Licence) -> tuple[Item, ...]:
    items = []
    for index, n in enumerate(node.children("items"), start=1):
        number = n.integer("number")
        if number != index:
            raise n.error("number", f"items must be numbered 1, 2, ... in order; expected {index}")
        text = _form_text(n, "text")
        if (text.en or text.sv) and not licence.item_text_may_ship:
            raise n.error("text", "the licence does not allow shipping item text")
        items.append(Item(number, text, _set_ref(n, "options", sets)))
        n.done()
    if not items:
        raise node.error("items", "at least one item is needed")
    return tuple(items)


def _item_numbers(
    node: _Node, key: str, count: int, *, allow_empty: bool = True
) -> tuple[int, ...]:
    numbers = node.integers(key)
    if not numbers and not allow_empty:
        raise node.error(key, "must list at least one item")
    if len(set(numbers)) != len(numbers):
        raise node.error(key, "lists an item twice")
    for number in numbers:
        if not 1 <= number <= count:
            raise node.error(key, f"item {number} does not exist (items 1-{count})")
    return numbers


def _missing(node: _Node, count: int, method: ScoringMethod) -> MissingRule:
    n = node.child("missing")
    rule = MissingRule(
        max_missing=n.integer("max_missing", minimum=0),
        prorate=n.boolean("prorate"),
        rounding=_choice(n, "rounding", Rounding),
        note=n.optional_text("note"),
        verification=_verification(n),
    )
    if rule.max_missing >= count:
        raise n.error("max_missing", f"must be less than the item count {count}")
    if rule.max_missing > 0 and not rule.prorate:
        raise n.error("prorate", "must be true when items may be missing")
    if method is ScoringMethod.MEAN and rule.rounding is not Rounding.NONE:
        raise n.error("rounding", "a mean is kept unrounded; use 'none'")
    n.done()
    return rule


def _skip_rules(node: _Node, items: Sequence[Item]) -> tuple[SkipRule, ...]:
    rules = []
    for n in node.children("skip_rules"):
        rule = SkipRule(
            when_items=_item_numbers(n, "when_items", len(items), allow_empty=False),
            sum_equals=n.integer("sum_equals"),
            skip_items=_item_numbers(n, "skip_items", len(items), allow_empty=False),
            score_as=n.integer("score_as"),
            note=n.optional_text("note"),
            verification=_verification(n),
        )
        if set(rule.when_items) & set(rule.skip_items):
            raise n.error("skip_items", "an item cannot both decide and be skipped")
        for number in rule.skip_items:
            if not items[number - 1].options.allows(rule.score_as):
                raise n.error("score_as", f"{rule.score_as} is not an answer item {number} allows")
        rules.append(rule)
        n.done()
    return tuple(rules)


def _scoring(node: _Node, items: Sequence[Item]) -> Scoring:
    n = node.child("scoring")
    method = _choice(n, "method", ScoringMethod)
    multiplier = n.number("multiplier")
    if multiplier <= 0:
        raise n.error("multiplier", "must be positive")
    scoring = Scoring(
        method=method,
        multiplier=multiplier,
        min=n.number("min"),
        max=n.number("max"),
        display_decimals=n.integer("display_decimals", minimum=0),
        missing=_missing(n, len(items), method),
        skip_rules=_skip_rules(n, items),
        note=n.optional_text("note"),
        verification=_verification(n),
    )
    low, high = score_range(scoring, items)
    if exact(scoring.min) != low:
        raise n.error("min", f"the response scale gives {_show(low)}, not {scoring.min}")
    if exact(scoring.max) != high:
        raise n.error("max", f"the response scale gives {_show(high)}, not {scoring.max}")
    n.done()
    return scoring


def score_range(scoring: Scoring, items: Sequence[Item]) -> tuple[Fraction, Fraction]:
    """The lowest and highest total the items can give, exactly.

    Reversed items score (lowest + highest answer) - answer, so their range is the same.
    """
    lows = [Fraction(item.options.min_value) for item in items]
    highs = [Fraction(item.options.max_value) for item in items]
    factor = exact(scoring.multiplier)
    if scoring.method is ScoringMethod.MEAN:
        return min(lows) * factor, max(highs) * factor
    return sum(lows, Fraction(0)) * factor, sum(highs, Fraction(0)) * factor


def _show(value: Fraction) -> str:
    return str(value.numerator) if value.denominator == 1 else str(float(value))


def _subscales(node: _Node, count: int) -> tuple[Subscale, ...]:
    subscales: list[Subscale] = []
    for n in node.children("subscales"):
        items_raw = n.raw("items")
        items = None if items_raw is None else _item_numbers(n, "items", count, allow_empty=False)
        subscale = Subscale(
            id=n.text("id"),
            name=_label(n, "name"),
            items=items,
            n_items=n.integer("n_items", minimum=1),
            max_missing=n.integer("max_missing", minimum=0),
            verification=_verification(n),
        )
        if items is not None and len(items) != subscale.n_items:
            raise n.error("n_items", f"is {subscale.n_items} but items lists {len(items)}")
        if subscale.max_missing >= subscale.n_items:
            raise n.error("max_missing", "must be less than the subscale's item count")
        if any(s.id == subscale.id for s in subscales):
            raise n.error("id", f"duplicate subscale {subscale.id!r}")
        subscales.append(subscale)
        n.done()
    return tuple(subscales)


def _band_list(node: _Node, key: str, scoring: Scoring, step: Fraction | None) -> tuple[Band, ...]:
    bands: list[Band] = []
    for n in node.children(key):
        band = Band(n.text("key"), n.number("min"), n.number("max"), _label(n, "label"))
        if exact(band.max) < exact(band.min):
            raise n.error("max", "is below min")
        if bands:
            previous = bands[-1]
            if band.key in {b.key for b in bands}:
                raise n.error("key", f"duplicate band {band.key!r}")
            gap = exact(band.min) - exact(previous.max)
            if gap <= 0:
                raise n.error("min", f"overlaps the band before ({previous.key})")
            if step is not None and gap != step:
                raise n.error(
                    "min",
                    f"leaves a gap after {previous.key}: expected the next "
                    f"possible score, {_show(exact(previous.max) + step)}",
                )
        bands.append(band)
        n.done()
    if not bands:
        raise node.error(key, "needs at least one band")
    if exact(bands[0].min) != exact(scoring.min):
        raise node.error(key, f"the first band must start at the minimum score {scoring.min}")
    if exact(bands[-1].max) != exact(scoring.max):
        raise node.error(key, f"the last band must end at the maximum score {scoring.max}")
    return tuple(bands)


def _bands(node: _Node, scoring: Scoring, step: Fraction | None) -> Bands:
    n = node.child("bands")

    def optional_list(key: str) -> tuple[Band, ...] | None:
        return None if n.raw(key, optional=True) is None else _band_list(n, key, scoring, step)

    alternatives = []
    for a in n.children("alternatives"):
        alternatives.append(
            AlternativeBands(
                a.text("id"),
                _label(a, "name"),
                _band_list(a, "bands", scoring, step),
                a.optional_text("note"),
                _verification(a),
            )
        )
        a.done()
    bands = Bands(
        any=optional_list("any"),
        female=optional_list("female"),
        male=optional_list("male"),
        alternatives=tuple(alternatives),
        note=n.optional_text("note"),
        verification=_verification(n),
    )
    if bands.any is None and (bands.female is None or bands.male is None):
        raise n.error("any", "give bands for either sex, or both female and male bands")
    n.done()
    return bands


def _flags(node: _Node, count: int, subscales: Sequence[Subscale]) -> tuple[Flag, ...]:
    flags: list[Flag] = []
    for n in node.children("flags"):
        r = n.child("rule")
        kind = _choice(r, "kind", FlagKind)
        op = r.text("op")
        if op not in COMPARISONS:
            raise r.error("op", f"must be one of {' '.join(COMPARISONS)}, got {op!r}")
        if kind is FlagKind.ANY_ITEM:
            rule = FlagRule(
                kind,
                op,
                r.integer("value"),
                items=_item_numbers(r, "items", count, allow_empty=False),
            )
        else:
            at_least_node = r.child("at_least")
            pairs = []
            for subscale_id in list(at_least_node.data):
                if not any(s.id == subscale_id and s.items for s in subscales):
                    raise at_least_node.error(subscale_id, "no scored subscale with this id")
                pairs.append((subscale_id, at_least_node.integer(subscale_id, minimum=1)))
            at_least_node.done()
            if not pairs:
                raise r.error("at_least", "name at least one subscale")
            rule = FlagRule(kind, op, r.integer("value"), at_least=tuple(pairs))
        r.done()
        flag = Flag(
            n.text("id"),
            rule,
            _label(n, "meaning"),
            _label(n, "short"),
            n.optional_text("note"),
            _verification(n),
        )
        if any(f.id == flag.id for f in flags):
            raise n.error("id", f"duplicate flag {flag.id!r}")
        flags.append(flag)
        n.done()
    return tuple(flags)


def _reliable_change(node: _Node) -> ReliableChange:
    n = node.child("reliable_change")
    threshold = n.optional_number("threshold")
    if threshold is not None and threshold <= 0:
        raise n.error("threshold", "must be positive")
    jt_node = n.optional_child("jacobson_truax")
    jt = None
    if jt_node is not None:
        jt = JacobsonTruaxParameters(
            sd=float(jt_node.number("sd")),
            r=float(jt_node.number("r")),
            r_kind=jt_node.text("r_kind"),
            z=float(jt_node.number("z")),
            verification=_verification(jt_node),
        )
        if jt.sd <= 0:
            raise jt_node.error("sd", "must be positive")
        if not 0 < jt.r < 1:
            raise jt_node.error("r", "must be between 0 and 1")
        if jt.z <= 0:
            raise jt_node.error("z", "must be positive")
        jt_node.done()
    result = ReliableChange(
        threshold=threshold,
        units=n.text("units"),
        confidence=n.optional_text("confidence"),
        jacobson_truax=jt,
        source=n.optional_text("source"),
        note=n.optional_text("note"),
        verification=_verification(n),
    )
    n.done()
    return result


def _cutoff(node: _Node, scoring: Scoring, direction: Direction) -> ClinicalCutoff:
    n = node.child("clinical_cutoff")
    case_if = n.text("case_if")
    expected = ">=" if direction is Direction.HIGHER_IS_WORSE else "<="
    if case_if != expected:
        raise n.error("case_if", f"must be {expected!r} when higher is {direction}")

    def in_range(owner: _Node, key: str) -> Number | None:
        value = owner.optional_number(key)
        if value is not None and not scoring.min <= value <= scoring.max:
            raise owner.error(key, f"{value} is outside the score range")
        return value

    c_node = n.optional_child("criterion_c")
    criterion = None
    if c_node is not None:
        criterion = CriterionC(
            m_clin=float(c_node.number("m_clin")),
            sd_clin=float(c_node.number("sd_clin")),
            m_norm=float(c_node.number("m_norm")),
            sd_norm=float(c_node.number("sd_norm")),
            value=float(c_node.number("value")),
            verification=_verification(c_node),
        )
        computed = (criterion.sd_norm * criterion.m_clin + criterion.sd_clin * criterion.m_norm) / (
            criterion.sd_norm + criterion.sd_clin
        )
        if abs(computed - criterion.value) > 0.005:
            raise c_node.error("value", f"the inputs give {computed:.2f}, not {criterion.value}")
        c_node.done()
    alternatives = []
    for a in n.children("alternatives"):
        alternatives.append(
            CutoffAlternative(
                a.text("description"),
                in_range(a, "value"),
                in_range(a, "female"),
                in_range(a, "male"),
                _verification(a),
            )
        )
        a.done()
    cutoff = ClinicalCutoff(
        case_if=case_if,
        value=in_range(n, "value"),
        female=in_range(n, "female"),
        male=in_range(n, "male"),
        criterion_c=criterion,
        source=n.optional_text("source"),
        note=n.optional_text("note"),
        verification=_verification(n),
        alternatives=tuple(alternatives),
    )
    if cutoff.value is None and (cutoff.female is None or cutoff.male is None):
        raise n.error("value", "give a cut-off for either sex, or both female and male")
    n.done()
    return cutoff


def parse_instrument(data: object, source: str) -> Instrument:
    """Validate one definition (already parsed JSON); `source` names it in errors."""
    root = _Node(data, source, "")
    file_format = root.integer("format")
    if file_format != FORMAT:
        raise root.error("format", f"this program reads format {FORMAT}, not {file_format}")
    instrument_id = root.text("id")
    if not _ID.fullmatch(instrument_id):
        raise root.error("id", "must be lower-case letters, digits and _")
    licence = _licence(root)
    sets = _option_sets(root)
    items = _items(root, sets, licence)
    count = len(items)
    declared = root.integer("item_count", minimum=1)
    if declared != count:
        raise root.error("item_count", f"is {declared} but {count} items are listed")
    stem = _optional_form_text(root, "stem")
    if stem is not None and (stem.en or stem.sv) and not licence.item_text_may_ship:
        raise root.error("stem", "the licence does not allow shipping the form's text")

    unscored = []
    for n in root.children("unscored_questions"):
        unscored.append(
            UnscoredQuestion(
                n.text("id"),
                _form_text(n, "text"),
                _set_ref(n, "options", sets),
                n.optional_text("note"),
            )
        )
        n.done()

    reverse_node = root.child("reverse_items")
    reverse = ReverseItems(_item_numbers(reverse_node, "items", count), _verification(reverse_node))
    reverse_node.done()

    direction_node = root.child("direction")
    direction = _choice(direction_node, "higher_is", Direction)
    direction_verification = _verification(direction_node)
    direction_node.done()

    scoring = _scoring(root, items)
    subscales = _subscales(root, count)
    used_sets = {item.options.id for item in items} | {q.options.id for q in unscored}
    for set_id in sets:
        if set_id not in used_sets:
            raise root.error("option_sets", f"option set {set_id!r} is not used")

    instrument = Instrument(
        id=instrument_id,
        file_version=root.integer("file_version", minimum=1),
        short_name=root.text("short_name"),
        name=_label(root, "name"),
        licence=licence,
        swedish_translation=_translation(root),
        timeframe=_optional_form_text(root, "timeframe"),
        item_text=_item_text_info(root),
        stem=stem,
        option_sets=tuple(sets.values()),
        items=items,
        unscored_questions=tuple(unscored),
        reverse_items=reverse,
        direction=direction,
        direction_verification=direction_verification,
        scoring=scoring,
        subscales=subscales,
        bands=_bands(root, scoring, score_step(scoring)),
        flags=_flags(root, count, subscales),
        reliable_change=_reliable_change(root),
        clinical_cutoff=_cutoff(root, scoring, direction),
        sources=root.texts("sources"),
        notes=root.texts("notes"),
    )
    root.done()
    _check_swedish_source(instrument, root)
    return instrument


def _check_swedish_source(instrument: Instrument, root: _Node) -> None:
    """Swedish wording ships only with the source it was read from, verbatim."""
    has_swedish = any(text.sv for text in instrument.form_texts())
    has_source = instrument.item_text.swedish.source is not None
    if has_swedish and not has_source:
        raise root.error("item_text.swedish.source", "Swedish wording needs its source")
    if has_source and not has_swedish:
        raise root.error("item_text.swedish.source", "names a source but no Swedish wording ships")


# --- Loading ---------------------------------------------------------------------------


def _folder() -> Any:
    return resources.files("mottagning.resources") / "instruments"


def instrument_ids() -> list[str]:
    """The ids of the shipped definition files, sorted."""
    return sorted(
        entry.name.removesuffix(".json")
        for entry in _folder().iterdir()
        if entry.name.endswith(".json")
    )


@cache
def load_instrument(instrument_id: str) -> Instrument:
    """The validated definition of `instrument_id` (read once, then cached)."""
    if not isinstance(instrument_id, str) or not _ID.fullmatch(instrument_id):
        raise UnknownInstrument(f"not an instrument id: {instrument_id!r}")
    source = f"{instrument_id}.json"
    entry = _folder() / source
    if not entry.is_file():
        known = ", ".join(instrument_ids())
        raise UnknownInstrument(f"no instrument {instrument_id!r} (known: {known})")
    try:
        data = json.loads(entry.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise InstrumentFileError(source, "", f"not valid JSON: {error}") from None
    instrument = parse_instrument(data, source)
    if instrument.id != instrument_id:
        raise InstrumentFileError(
            source, "id", f"is {instrument.id!r}; the file name says {instrument_id!r}"
        )
    return instrument


def all_instruments() -> list[Instrument]:
    """Every shipped instrument, validated, in id order."""
    return [load_instrument(instrument_id) for instrument_id in instrument_ids()]


# --- A licensed clinic's own text -------------------------------------------------------


def _merged(shipped: FormText, licensed: FormText) -> FormText:
    """The licensed wording in each language it gives; the shipped one in the others."""
    return FormText(licensed.en or shipped.en, licensed.sv or shipped.sv)


def apply_licensed_text(instrument: Instrument, data: object, source: str) -> Instrument:
    """`instrument` with the item text of a clinic that holds a licence (HBI-19, SCS, ORS ...),
    or its own copy of an official form whose text is not shipped (a Swedish WHO-5).

    `data` is the parsed licensed-text file (README.md, "Licensed text"); it may give one
    language only (Swedish), and the shipped wording stays in the other. Only wording is
    added: scoring, bands and cut-offs stay as shipped, so a licensed file cannot change
    how a client is scored. The text is kept by the clinic, never in this repository.
    """
    root = _Node(data, source, "")
    if root.integer("format") != FORMAT:
        raise root.error("format", f"this program reads format {FORMAT}")
    if root.text("instrument") != instrument.id:
        raise root.error("instrument", f"this file is for {instrument.id!r}")
    licence_reference = root.text("licence_reference")
    own_stem = _optional_form_text(root, "stem")
    stem = (
        own_stem
        if instrument.stem is None
        else _merged(instrument.stem, own_stem or instrument.stem)
    )
    texts = list(root.children("items"))
    if len(texts) != instrument.item_count:
        raise root.error(
            "items",
            f"{instrument.short_name} has {instrument.item_count} items, "
            f"the file gives {len(texts)}",
        )
    items = []
    for item, n in zip(instrument.items, texts, strict=True):
        if n.integer("number") != item.number:
            raise n.error("number", f"expected {item.number}")
        items.append(replace(item, text=_merged(item.text, _form_text(n, "text"))))
        n.done()
    sets = {option_set.id: option_set for option_set in instrument.option_sets}
    labels_node = root.optional_child("option_labels")
    if labels_node is not None:
        for set_id in list(labels_node.data):
            if set_id not in sets or sets[set_id].options is None:
                raise labels_node.error(set_id, "no option set with listed options by this id")
            option_set = sets[set_id]
            assert option_set.options is not None
            entries = list(labels_node.children(set_id))
            if len(entries) != len(option_set.options):
                raise labels_node.error(
                    set_id, f"give a label for each of {len(option_set.options)} options"
                )
            labelled = []
            for option, n in zip(option_set.options, entries, strict=True):
                if n.integer("value") != option.value:
                    raise n.error("value", f"expected {option.value}")
                labelled.append(
                    replace(option, label=_merged(option.label, _form_text(n, "label")))
                )
                n.done()
            sets[set_id] = replace(option_set, options=tuple(labelled))
        labels_node.done()
        items = [replace(item, options=sets[item.options.id]) for item in items]
    root.done()
    return replace(
        instrument,
        stem=stem,
        items=tuple(items),
        option_sets=tuple(sets.values()),
        licensed_text_source=licence_reference,
    )
