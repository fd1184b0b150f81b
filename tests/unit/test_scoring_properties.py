"""Properties that must hold for any valid answers to any instrument (hypothesis)."""

from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from mottagning.scoring import (
    ChangeCategory,
    InvalidAnswers,
    classify_change,
    load_instrument,
    score,
)
from mottagning.scoring.definition import Rounding, ScoringMethod, exact
from tests.unit.test_scoring_support import ALL_IDS, complete_answers, half_up, scored_choices

EXAMPLES = settings(max_examples=30, deadline=None)
SEXES = st.sampled_from([None, "female", "male"])
THRESHOLD_IDS = ["phq9", "gad7", "pcl5", "core10", "coreom", "who5", "ors"]


def _in_band(band, total, is_top, fractional):
    """Closed [min, max] for whole-number scores; [min, next min) for fractional ones."""
    if not fractional or is_top:
        return band.min <= total <= band.max
    return band.min <= total  # the upper edge is the next band's min, checked by the caller


@pytest.mark.parametrize("instrument_id", ALL_IDS)
@EXAMPLES
@given(data=st.data(), sex=SEXES)
def test_any_complete_answers_score_within_range_in_exactly_one_band(instrument_id, data, sex):
    instrument = load_instrument(instrument_id)
    answers = data.draw(complete_answers(instrument))
    result = score(instrument_id, answers, sex=sex)
    assert result.scorable and not result.prorated and result.missing == 0
    assert instrument.scoring.min <= result.total <= instrument.scoring.max
    bands = instrument.bands.for_sex(result.sex)
    if bands is None:  # sex-specific bands, no sex given
        return
    containing = [
        band
        for index, band in enumerate(bands)
        if _in_band(band, result.total, index == len(bands) - 1, instrument.fractional)
        and (index == len(bands) - 1 or result.total < bands[index + 1].min)
    ]
    assert containing == [result.band]


@pytest.mark.parametrize("instrument_id", ALL_IDS)
@EXAMPLES
@given(data=st.data())
def test_the_total_follows_the_scoring_rule(instrument_id, data):
    """An independent oracle: reverse, prorate (half-up) or average, then multiply."""
    instrument = load_instrument(instrument_id)
    answers = data.draw(complete_answers(instrument))
    allowed = instrument.scoring.missing.max_missing
    # Items that skip logic may fill are left answered here (tested by example elsewhere).
    skippable = {n - 1 for rule in instrument.scoring.skip_rules for n in rule.skip_items}
    blankable = [i for i in range(instrument.item_count) if i not in skippable]
    blanks = data.draw(st.sets(st.sampled_from(blankable), max_size=allowed))
    answers = [None if i in blanks else a for i, a in enumerate(answers)]
    result = score(instrument_id, answers)
    assert result.scorable and result.skipped == 0
    values = []
    for number, answer in enumerate(answers, start=1):
        if answer is None:
            continue
        options = instrument.item(number).options
        reversed_item = number in instrument.reverse_items.items
        values.append(options.min_value + options.max_value - answer if reversed_item else answer)
    n, answered = instrument.item_count, len(values)
    if instrument.scoring.method is ScoringMethod.MEAN:
        expected = Fraction(sum(values), answered)
    elif answered < n and instrument.scoring.missing.rounding is Rounding.HALF_UP:
        expected = Fraction(half_up(Fraction(sum(values) * n, answered)))
    else:
        expected = Fraction(sum(values) * n, answered)
    expected *= exact(instrument.scoring.multiplier)
    assert result.total == (float(expected) if instrument.fractional else expected)
    assert result.prorated is (answered < n)


@pytest.mark.parametrize("instrument_id", ALL_IDS)
@EXAMPLES
@given(data=st.data())
def test_a_higher_answer_moves_the_total_the_items_way(instrument_id, data):
    instrument = load_instrument(instrument_id)
    answers = data.draw(complete_answers(instrument))
    number = data.draw(st.integers(1, instrument.item_count))
    higher = [v for v in scored_choices(instrument, number) if v > answers[number - 1]]
    if not higher:
        return
    raised = list(answers)
    raised[number - 1] = data.draw(st.sampled_from(higher))
    before, after = score(instrument_id, answers).total, score(instrument_id, raised).total
    if number in instrument.reverse_items.items:
        assert after < before
    else:
        assert after > before


@pytest.mark.parametrize("instrument_id", ALL_IDS)
@EXAMPLES
@given(data=st.data())
def test_more_missing_than_allowed_is_never_scorable(instrument_id, data):
    instrument = load_instrument(instrument_id)
    answers = data.draw(complete_answers(instrument))
    allowed = instrument.scoring.missing.max_missing
    blanks = data.draw(
        st.sets(
            st.integers(0, instrument.item_count - 1),
            min_size=allowed + 1,
            max_size=instrument.item_count,
        )
    )
    result = score(instrument_id, [None if i in blanks else a for i, a in enumerate(answers)])
    if result.scorable:  # only skip logic can account for blanks
        assert result.skipped > 0 and result.missing <= allowed
    else:
        assert result.total is None and result.band is None and result.missing > allowed


@pytest.mark.parametrize("instrument_id", ALL_IDS)
@EXAMPLES
@given(
    data=st.data(),
    junk=st.one_of(st.floats(), st.text(max_size=3), st.booleans(), st.integers(-5, 200)),
)
def test_anything_but_an_allowed_answer_is_rejected(instrument_id, data, junk):
    instrument = load_instrument(instrument_id)
    answers = data.draw(complete_answers(instrument))
    number = data.draw(st.integers(1, instrument.item_count))
    options = instrument.item(number).options
    if isinstance(junk, int) and not isinstance(junk, bool) and options.allows(junk):
        return
    answers[number - 1] = junk
    with pytest.raises(InvalidAnswers) as caught:
        score(instrument_id, answers)
    assert caught.value.item == number


OPPOSITE = {
    ChangeCategory.RECOVERED: {ChangeCategory.RELIABLY_DETERIORATED},
    ChangeCategory.RELIABLY_IMPROVED: {ChangeCategory.RELIABLY_DETERIORATED},
    ChangeCategory.NO_RELIABLE_CHANGE: {ChangeCategory.NO_RELIABLE_CHANGE},
    ChangeCategory.RELIABLY_DETERIORATED: {
        ChangeCategory.RECOVERED,
        ChangeCategory.RELIABLY_IMPROVED,
    },
}


@pytest.mark.parametrize("instrument_id", THRESHOLD_IDS)
@EXAMPLES
@given(data=st.data())
def test_change_is_symmetric_and_direction_aware(instrument_id, data):
    instrument = load_instrument(instrument_id)
    first = score(instrument_id, data.draw(complete_answers(instrument)))
    later = score(instrument_id, data.draw(complete_answers(instrument)))
    forward = classify_change(instrument_id, first, later)
    backward = classify_change(instrument_id, later, first)
    assert backward.category in OPPOSITE[forward.category]
    better = later.total > first.total if instrument.higher_is_better else later.total < first.total
    if forward.category in (ChangeCategory.RECOVERED, ChangeCategory.RELIABLY_IMPROVED):
        assert better and forward.improvement > 0
    if forward.category is ChangeCategory.RECOVERED:
        assert first.in_clinical_range and not later.in_clinical_range
    threshold = instrument.reliable_change.threshold
    assert forward.reliable is (abs(later.total - first.total) >= threshold - 1e-9)
