"""Helpers shared by the scoring tests (no tests here): answer sets with a chosen score,
and the facts each shipped instrument is expected to have, written out independently
of the JSON files so that a changed file is noticed."""

from fractions import Fraction
from functools import cache

from hypothesis import strategies as st

from mottagning.scoring.definition import Instrument, ScoringMethod, exact

ALL_IDS = [
    "audit",
    "auditc",
    "core10",
    "coreom",
    "dudit",
    "gad7",
    "hbi19",
    "k10",
    "ors",
    "pcl5",
    "phq9",
    "scs",
    "who5",
]

# id: (items, min, max, max_missing, higher_is_worse)
FACTS = {
    "phq9": (9, 0, 27, 1, True),
    "gad7": (7, 0, 21, 1, True),
    "audit": (10, 0, 40, 0, True),
    "auditc": (3, 0, 12, 0, True),
    "dudit": (11, 0, 44, 0, True),
    "pcl5": (20, 0, 80, 0, True),
    "core10": (10, 0, 40, 1, True),
    "coreom": (34, 0, 40, 3, True),
    "k10": (10, 10, 50, 1, True),
    "who5": (5, 0, 100, 0, False),
    "hbi19": (19, 19, 95, 0, True),
    "scs": (10, 1, 4, 1, True),
    "ors": (4, 0, 40, 0, False),
}

# id: published reliable-change threshold, clinical cut-off (sex-neutral), case_if
CHANGE_FACTS = {
    "phq9": (6, 10, ">="),
    "gad7": (4, 8, ">="),
    "audit": (None, 8, ">="),
    "auditc": (None, None, ">="),
    "dudit": (None, None, ">="),
    "pcl5": (5, 33, ">="),
    "core10": (6, 11, ">="),
    "coreom": (4.8, 10, ">="),
    "k10": (None, 20, ">="),
    "who5": (10, 50, "<="),
    "hbi19": (None, 53, ">="),
    "scs": (None, 2.4, ">="),
    "ors": (5, 25, "<="),
}

# (id, norm group or None, [(first score of the band, band key), ...])
BAND_EDGES = [
    (
        "phq9",
        None,
        [(0, "minimal"), (5, "mild"), (10, "moderate"), (15, "moderately_severe"), (20, "severe")],
    ),
    ("gad7", None, [(0, "minimal"), (5, "mild"), (10, "moderate"), (15, "severe")]),
    ("audit", None, [(0, "zone1"), (8, "zone2"), (16, "zone3"), (20, "zone4")]),
    ("auditc", "female", [(0, "below_cutoff"), (4, "at_or_above_cutoff")]),
    ("auditc", "male", [(0, "below_cutoff"), (5, "at_or_above_cutoff")]),
    (
        "dudit",
        "female",
        [(0, "no_indication"), (2, "drug_related_problems"), (25, "dependence")],
    ),
    ("dudit", "male", [(0, "no_indication"), (6, "drug_related_problems"), (25, "dependence")]),
    ("pcl5", None, [(0, "below_cutoff"), (33, "probable_ptsd")]),
    (
        "core10",
        None,
        [
            (0, "healthy"),
            (6, "low"),
            (11, "mild"),
            (15, "moderate"),
            (20, "moderate_severe"),
            (25, "severe"),
        ],
    ),
    (
        "coreom",
        None,
        [
            (0, "healthy"),
            (6, "low"),
            (10, "mild"),
            (15, "moderate"),
            (20, "moderate_severe"),
            (25, "severe"),
        ],
    ),
    ("k10", None, [(10, "low"), (16, "moderate"), (22, "high"), (30, "very_high")]),
    ("who5", None, [(0, "very_low"), (32, "poor"), (52, "no_indication")]),
    ("hbi19", None, [(19, "below_cutoff"), (53, "at_or_above_cutoff")]),
    ("scs", None, [(1, "below_cutoff"), (2.4, "at_or_above_cutoff")]),
    ("ors", None, [(0, "clinical"), (25.1, "non_clinical")]),
]


def scored_choices(instrument: Instrument, number: int) -> list[int]:
    """The scores item `number` can contribute (reversal does not change the set)."""
    options = instrument.item(number).options
    if options.range is not None:
        return list(range(options.range.min, options.range.max + 1))
    assert options.options is not None
    return [option.value for option in options.options]


def raw_answer(instrument: Instrument, number: int, scored: int) -> int:
    """The answer to tick on item `number` so that it scores `scored`."""
    if number in instrument.reverse_items.items:
        options = instrument.item(number).options
        return options.min_value + options.max_value - scored
    return scored


def answers_for_sum(instrument: Instrument, item_sum: int) -> list[int]:
    """Complete answers whose scored items add up to `item_sum`."""
    numbers = [item.number for item in instrument.items]
    # Items with gaps in their values (AUDIT 9-10: 0, 2, 4) first; contiguous ones absorb the rest.
    numbers.sort(key=lambda n: _contiguous(scored_choices(instrument, n)))
    chosen = {n: min(scored_choices(instrument, n)) for n in numbers}
    remaining = item_sum - sum(chosen.values())
    assert remaining >= 0, f"{instrument.id}: {item_sum} is below the minimum"
    for n in numbers:
        fits = [v for v in scored_choices(instrument, n) if v - chosen[n] <= remaining]
        best = max(fits)
        remaining -= best - chosen[n]
        chosen[n] = best
    assert remaining == 0, f"{instrument.id}: cannot reach an item sum of {item_sum}"
    return [raw_answer(instrument, n, chosen[n]) for n in sorted(chosen)]


def _contiguous(values: list[int]) -> bool:
    return values == list(range(values[0], values[-1] + 1))


def answers_for_total(instrument: Instrument, total: float) -> list[int]:
    """Complete answers scoring exactly `total`."""
    item_sum = exact(total) / exact(instrument.scoring.multiplier)
    if instrument.scoring.method is ScoringMethod.MEAN:
        item_sum *= instrument.item_count
    assert item_sum.denominator == 1, f"{instrument.id}: {total} is not reachable when complete"
    return answers_for_sum(instrument, item_sum.numerator)


def lowest_answers(instrument: Instrument) -> list[int]:
    return [
        raw_answer(instrument, n, min(scored_choices(instrument, n)))
        for n in range(1, instrument.item_count + 1)
    ]


def highest_answers(instrument: Instrument) -> list[int]:
    return [
        raw_answer(instrument, n, max(scored_choices(instrument, n)))
        for n in range(1, instrument.item_count + 1)
    ]


@cache
def complete_answers(instrument: Instrument) -> st.SearchStrategy[list[int]]:
    """Any valid complete answer set."""
    return st.tuples(
        *(st.sampled_from(scored_choices(instrument, item.number)) for item in instrument.items)
    ).map(list)


def half_up(value: Fraction) -> int:
    """Independent oracle for round-half-up of a non-negative value."""
    whole, rest = divmod(value.numerator, value.denominator)
    return whole + (1 if 2 * rest >= value.denominator else 0)
