"""Scoring one administration: range, bands, reversal, missing items, skip logic,
rejected answers, flags, subscales and sex-specific cut-offs, for every instrument."""

import itertools
import math
from fractions import Fraction

import pytest

from mottagning.scoring import (
    InvalidAnswers,
    UnknownInstrument,
    Validity,
    band_for,
    in_clinical_range,
    load_instrument,
    score,
)
from mottagning.scoring.definition import ScoringMethod, exact
from tests.unit.test_scoring_support import (
    ALL_IDS,
    BAND_EDGES,
    FACTS,
    answers_for_sum,
    answers_for_total,
    highest_answers,
    lowest_answers,
)

INTEGER_SCORED = {"phq9", "gad7", "audit", "auditc", "dudit", "pcl5", "k10", "who5", "hbi19"}


# --- Range -------------------------------------------------------------------------------


@pytest.mark.parametrize("instrument_id", ALL_IDS)
def test_lowest_and_highest_answers_give_the_documented_range(instrument_id):
    instrument = load_instrument(instrument_id)
    _, low, high, _, _ = FACTS[instrument_id]
    lowest = score(instrument_id, lowest_answers(instrument), sex="female")
    highest = score(instrument_id, highest_answers(instrument), sex="female")
    assert (lowest.total, highest.total) == (low, high)
    assert lowest.scorable and highest.scorable
    assert lowest.answered == highest.answered == instrument.item_count
    assert not lowest.prorated


@pytest.mark.parametrize("instrument_id", ALL_IDS)
def test_totals_are_int_or_float_as_the_instrument_scores(instrument_id):
    instrument = load_instrument(instrument_id)
    total = score(instrument_id, highest_answers(instrument)).total
    expected = int if instrument_id in INTEGER_SCORED else float
    assert type(total) is expected
    assert instrument.fractional is (expected is float)


def test_who5_reports_the_percentage_and_keeps_the_raw_sum():
    result = score("who5", [3, 3, 3, 2, 2])
    assert (result.total, result.item_sum) == (52, 13)


def test_ors_answers_are_millimetres_and_the_score_is_centimetres():
    result = score("ors", [62, 63, 64, 62])
    assert result.total == 25.1
    assert result.band is not None and result.band.key == "non_clinical"
    assert result.in_clinical_range is False
    assert score("ors", [62, 63, 63, 62]).in_clinical_range is True  # 25.0


def test_scs_is_the_mean_and_its_sum_is_kept():
    result = score("scs", [2, 3, 2, 3, 2, 3, 2, 3, 2, 2])
    assert (result.total, result.item_sum) == (2.4, 24)
    assert result.in_clinical_range is True


# --- Bands ---------------------------------------------------------------------------------


def _edge_cases():
    for instrument_id, sex, edges in BAND_EDGES:
        for (_, below_key), (edge, key) in itertools.pairwise(edges):
            yield pytest.param(
                instrument_id, sex, edge, below_key, key, id=f"{instrument_id}-{sex}-{edge}"
            )


def _neighbours(instrument, edge):
    """The lowest reachable complete-answer total at or above `edge`, and the highest below."""
    scoring = instrument.scoring
    per_item = exact(scoring.multiplier)
    if scoring.method is ScoringMethod.MEAN:
        per_item /= instrument.item_count
    at = math.ceil(exact(edge) / per_item)
    return at, at - 1, per_item


@pytest.mark.parametrize(("instrument_id", "sex", "edge", "below_key", "key"), list(_edge_cases()))
def test_each_band_edge_with_the_score_on_either_side(instrument_id, sex, edge, below_key, key):
    instrument = load_instrument(instrument_id)
    at_sum, below_sum, per_item = _neighbours(instrument, edge)
    at = score(instrument_id, answers_for_sum(instrument, at_sum), sex=sex)
    below = score(instrument_id, answers_for_sum(instrument, below_sum), sex=sex)
    assert at.total == float(at_sum * per_item) >= edge > below.total
    assert (below.band.key, at.band.key) == (below_key, key)
    # Exactly at the edge and the nearest float below it: bands are [min, next min).
    assert band_for(instrument, edge, sex=sex).key == key
    assert band_for(instrument, math.nextafter(edge, -math.inf), sex=sex).key == below_key


def test_fractional_scores_between_integer_bands_belong_to_the_lower_band():
    core10 = load_instrument("core10")
    # CORE-10 bands are written 0-5, 6-10, ...: 5.56 (50/9, prorated) is still "healthy".
    result = score("core10", [1, 4, 4, 1, 1, 1, 1, 0, 0, None])  # items 2, 3 reversed
    assert result.total == pytest.approx(50 / 9)
    assert result.band.key == "healthy"
    assert band_for(core10, 10.99).key == "low"
    assert band_for(core10, 10.99).label.sv == "Låg nivå"


def test_k10_alternative_clinical_bands():
    k10 = load_instrument("k10")
    assert band_for(k10, 19, alternative="andrews_slade").key == "well"
    assert band_for(k10, 20, alternative="andrews_slade").key == "mild"
    assert band_for(k10, 20).key == "moderate"  # the default ABS bands
    with pytest.raises(KeyError):
        band_for(k10, 20, alternative="nonesuch")


def test_band_labels_are_given_in_both_languages():
    band = score("phq9", [2, 2, 2, 2, 2, 2, 0, 0, 0]).band
    assert (band.key, band.label.en, band.label.sv) == ("moderate", "Moderate", "Måttlig")
    assert band.label.text("sv") == "Måttlig"
    assert band.label.text("en") == "Moderate"


# --- Sex-specific norms ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("instrument_id", "total", "sex", "clinical"),
    [
        ("audit", 6, "female", True),
        ("audit", 5, "female", False),
        ("audit", 6, "male", False),
        ("audit", 8, "male", True),
        ("audit", 7, None, False),  # WHO generic 8
        ("audit", 8, None, True),
        ("auditc", 4, "female", True),
        ("auditc", 3, "female", False),
        ("auditc", 4, "male", False),
        ("auditc", 5, "male", True),
        ("auditc", 4, None, None),  # the norms disagree
        ("auditc", 3, None, False),
        ("auditc", 5, None, True),
        ("dudit", 2, "female", True),
        ("dudit", 1, "female", False),
        ("dudit", 5, "male", False),
        ("dudit", 6, "male", True),
        ("dudit", 3, None, None),
        ("dudit", 6, None, True),
        ("dudit", 1, None, False),
    ],
)
def test_sex_specific_cutoffs(instrument_id, total, sex, clinical):
    instrument = load_instrument(instrument_id)
    result = score(instrument_id, answers_for_total(instrument, total), sex=sex)
    assert result.total == total
    assert result.in_clinical_range is clinical
    assert result.sex == sex


def test_without_sex_a_band_is_given_only_where_both_norms_agree():
    dudit = load_instrument("dudit")
    assert score("dudit", answers_for_total(dudit, 3)).band is None
    band = score("dudit", answers_for_total(dudit, 0)).band
    assert (band.key, band.min, band.max) == ("no_indication", 0, 1)  # where both agree
    band = score("dudit", answers_for_total(dudit, 10)).band
    assert (band.key, band.min, band.max) == ("drug_related_problems", 6, 24)
    assert score("dudit", answers_for_total(dudit, 30)).band.key == "dependence"


def test_in_clinical_range_refuses_to_guess_a_sex():
    with pytest.raises(ValueError, match="depends on sex"):
        in_clinical_range(load_instrument("auditc"), 4)
    assert in_clinical_range(load_instrument("auditc"), 4, sex="female") is True
    assert in_clinical_range(load_instrument("who5"), 48) is True  # higher is better: <= 50
    assert in_clinical_range(load_instrument("who5"), 52) is False


@pytest.mark.parametrize("sex", ["woman", "F", "", 1])
def test_an_unknown_sex_is_refused(sex):
    with pytest.raises(ValueError, match="sex must be"):
        score("phq9", [0] * 9, sex=sex)


# --- Reverse-scored items -------------------------------------------------------------------


def _reversed_items():
    for instrument_id in ALL_IDS:
        for number in load_instrument(instrument_id).reverse_items.items:
            yield pytest.param(instrument_id, number, id=f"{instrument_id}-{number}")


@pytest.mark.parametrize(("instrument_id", "number"), list(_reversed_items()))
def test_a_higher_answer_on_a_reversed_item_lowers_the_total(instrument_id, number):
    instrument = load_instrument(instrument_id)
    answers = [2] * instrument.item_count
    base = score(instrument_id, answers).total
    answers[number - 1] = 3
    assert score(instrument_id, answers).total < base
    other = next(
        n for n in range(1, instrument.item_count + 1) if n not in instrument.reverse_items.items
    )
    answers = [2] * instrument.item_count
    answers[other - 1] = 3
    assert score(instrument_id, answers).total > base


def test_reversed_items_are_the_published_ones():
    assert load_instrument("core10").reverse_items.items == (2, 3)
    assert load_instrument("coreom").reverse_items.items == (3, 4, 7, 12, 19, 21, 31, 32)
    for instrument_id in set(ALL_IDS) - {"core10", "coreom"}:
        assert load_instrument(instrument_id).reverse_items.items == ()


def test_core10_with_every_answer_not_at_all_scores_the_two_reversed_items():
    assert score("core10", [0] * 10).total == 8.0  # items 2 and 3 score 4 - 0


# --- Missing items ----------------------------------------------------------------------------


@pytest.mark.parametrize("instrument_id", ALL_IDS)
def test_just_within_and_just_beyond_the_allowed_missing(instrument_id):
    instrument = load_instrument(instrument_id)
    allowed = FACTS[instrument_id][3]
    assert instrument.scoring.missing.max_missing == allowed
    # Blank the last items: no skip rule applies to them.
    answers = highest_answers(instrument)
    within = answers[: len(answers) - allowed] + [None] * allowed
    beyond = answers[: len(answers) - allowed - 1] + [None] * (allowed + 1)

    result = score(instrument_id, within, sex="male")
    assert result.scorable and result.validity is Validity.SCORABLE
    assert result.prorated is (allowed > 0)
    assert result.total == FACTS[instrument_id][2]  # all answered items at their highest
    assert result.missing == allowed and result.validity_note is None

    result = score(instrument_id, beyond, sex="male")
    assert not result.scorable and result.validity is Validity.TOO_MANY_MISSING
    assert (result.total, result.band, result.in_clinical_range) == (None, None, None)
    assert (result.answered, result.missing) == (instrument.item_count - allowed - 1, allowed + 1)
    assert f"at most {allowed} may be missing" in result.validity_note.en
    assert f"högst {allowed} får saknas" in result.validity_note.sv


@pytest.mark.parametrize(
    ("instrument_id", "answered", "expected"),
    [
        # PHQ-9: sum x 9 / 8, half-up
        ("phq9", [1, 1, 1, 1, 0, 0, 0, 0], 5),  # 4.5 -> 5 (round-half-even would give 4)
        ("phq9", [2, 2, 2, 2, 1, 1, 0, 0], 11),  # 11.25
        ("phq9", [2, 2, 2, 2, 2, 2, 2, 0], 16),  # 15.75
        # GAD-7: sum x 7 / 6
        ("gad7", [1, 1, 1, 0, 0, 0], 4),  # 3.5 -> 4
        ("gad7", [3, 3, 3, 3, 3, 0], 18),  # 17.5 -> 18
        ("gad7", [1, 1, 1, 1, 1, 0], 6),  # 5.83
        # K10: sum x 10 / 9
        ("k10", [2, 2, 2, 2, 2, 2, 2, 3, 3], 22),  # 22.2
        ("k10", [2, 2, 2, 2, 3, 3, 3, 3, 3], 26),  # 25.6
    ],
)
def test_prorated_sums_round_half_up(instrument_id, answered, expected):
    result = score(instrument_id, [*answered, None])
    assert result.prorated and result.total == expected and result.missing == 1


def test_core10_prorates_to_the_unrounded_mean_times_ten():
    result = score("core10", [2, 0, 4, 1, 1, 0, 2, 3, 1, None])  # reversed 2, 3 score 4 and 0
    assert result.item_sum == 14
    assert result.total == pytest.approx(140 / 9)  # 15.56, not rounded
    assert result.band.key == "moderate" and result.in_clinical_range is True


def test_coreom_allows_three_missing_and_prorates_the_mean():
    answers = [1] * 34
    for number in (3, 4, 7, 12, 19, 21, 31, 32):
        answers[number - 1] = 3  # reversed: scores 1
    answers[0] = answers[1] = answers[4] = None
    result = score("coreom", answers)
    assert result.total == 10.0 and result.prorated and result.missing == 3
    answers[7] = None
    assert not score("coreom", answers).scorable


def test_scs_mean_of_answered_items():
    result = score("scs", [2, 3, 3, 2, 2, 3, 3, 2, 2, None])
    assert result.total == pytest.approx(22 / 9) and result.prorated
    assert result.band.key == "at_or_above_cutoff"  # 2.44


# --- Skip logic -------------------------------------------------------------------------------


def test_audit_item1_never_skips_items_2_to_8():
    result = score("audit", [0, None, None, None, None, None, None, None, 2, 4])
    assert result.scorable and result.total == 6
    assert (result.answered, result.skipped, result.missing) == (3, 7, 0)
    assert not result.prorated


def test_audit_items_2_and_3_zero_skip_items_4_to_8():
    result = score("audit", [1, 0, 0, None, None, None, None, None, 0, 0])
    assert result.scorable and result.total == 1 and result.skipped == 5


def test_audit_blank_items_without_a_skip_are_missing():
    result = score("audit", [1, 1, 0, None, None, None, None, None, 0, 0])
    assert not result.scorable and result.missing == 5 and result.skipped == 0


def test_audit_skipped_items_that_were_answered_anyway_count():
    assert score("audit", [0, 1, 0, 0, 0, 0, 0, 0, 0, 0]).total == 1


def test_auditc_item1_never_skips_items_2_and_3():
    result = score("auditc", [0, None, None], sex="male")
    assert result.total == 0 and result.skipped == 2 and result.band.key == "below_cutoff"


def test_k10_conditional_items_score_one_when_skipped():
    result = score("k10", [3, 1, None, 2, 1, None, 2, 2, 2, 2])
    assert result.scorable and not result.prorated
    assert result.total == 3 + 1 + 1 + 2 + 1 + 1 + 2 * 4 and result.skipped == 2
    # Item 2 above 'none of the time': item 3 is missing, and prorated.
    result = score("k10", [3, 2, None, 2, 2, 2, 2, 2, 2, 2])
    assert result.skipped == 0 and result.missing == 1 and result.total == 21  # 19 x 10/9


# --- Rejected answers -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("instrument_id", "position", "value", "message"),
    [
        ("phq9", 3, 4, "PHQ-9 item 3: 4 is not an allowed answer (allowed: 0, 1, 2, 3)"),
        ("phq9", 1, -1, "item 1: -1 is not an allowed answer"),
        ("audit", 9, 1, "AUDIT item 9: 1 is not an allowed answer (allowed: 0, 2, 4)"),
        ("dudit", 11, 3, "item 11: 3 is not an allowed answer"),
        ("k10", 2, 0, "K10 item 2: 0 is not an allowed answer (allowed: 1, 2, 3, 4, 5)"),
        ("ors", 4, 101, "ORS item 4: 101 is not an allowed answer (allowed: 0-100 mm)"),
        ("ors", 1, -1, "allowed: 0-100 mm"),
        ("phq9", 2, 1.5, "PHQ-9 item 2: 1.5 is not a whole-number answer"),
        ("phq9", 2, 2.0, "item 2: 2.0 is not a whole-number answer"),
        ("phq9", 5, True, "item 5: True is not a whole-number answer"),
        ("phq9", 5, False, "item 5: False is not a whole-number answer"),
        ("gad7", 7, "2", "GAD-7 item 7: '2' is not a whole-number answer"),
        ("scs", 1, 2.5, "item 1: 2.5 is not a whole-number answer"),
    ],
)
def test_a_wrong_answer_rejects_the_whole_administration(instrument_id, position, value, message):
    instrument = load_instrument(instrument_id)
    answers = lowest_answers(instrument)
    answers[position - 1] = value
    with pytest.raises(InvalidAnswers) as caught:
        score(instrument_id, answers)
    assert message in str(caught.value)
    assert caught.value.item == position
    assert isinstance(caught.value, ValueError)


@pytest.mark.parametrize("instrument_id", ALL_IDS)
@pytest.mark.parametrize("change", [-1, +1])
def test_a_wrong_number_of_answers_is_rejected(instrument_id, change):
    instrument = load_instrument(instrument_id)
    count = instrument.item_count + change
    with pytest.raises(InvalidAnswers, match=f"has {instrument.item_count} items; {count} answers"):
        score(instrument_id, [None] * count)


@pytest.mark.parametrize("answers", ["000000000", b"\0" * 9, 9, None, {1: 0}])
def test_answers_that_are_not_a_list_are_rejected(answers):
    with pytest.raises(InvalidAnswers, match="one answer per item"):
        score("phq9", answers)


def test_an_unknown_instrument_is_refused():
    with pytest.raises(UnknownInstrument, match="no instrument 'phq8'"):
        score("phq8", [0] * 8)


# --- Flags --------------------------------------------------------------------------------------


def test_phq9_item9_above_zero_raises_the_risk_flag():
    assert score("phq9", [0] * 8 + [1]).flag_ids == ("item9_risk",)
    assert score("phq9", [3] * 8 + [0]).flag_ids == ()
    flag = score("phq9", [0] * 8 + [3]).flags[0]
    assert "self-harm" in flag.meaning.en and "skada sig själv" in flag.meaning.sv


def test_an_unanswered_item9_is_reported_as_unchecked():
    result = score("phq9", [1] * 8 + [None])
    assert result.flag_ids == () and result.unchecked_flags == ("item9_risk",)
    assert result.scorable  # prorated; the counselor must still ask


def test_flags_are_raised_even_when_the_total_is_not_scorable():
    result = score("phq9", [None] * 8 + [2])
    assert not result.scorable and result.flag_ids == ("item9_risk",)


def test_core10_risk_item6():
    answers = [0] * 10
    assert score("core10", answers).flag_ids == ()
    answers[5] = 1
    assert score("core10", answers).flag_ids == ("risk_item6",)


@pytest.mark.parametrize("number", [6, 9, 16, 22, 24, 34])
def test_coreom_each_risk_item_raises_the_risk_flag(number):
    answers = [0] * 34
    assert score("coreom", answers).flag_ids == ()
    answers[number - 1] = 1
    assert score("coreom", answers).flag_ids == ("risk_domain",)
    answers = [None] * 34
    answers[number - 1] = 4
    assert score("coreom", answers).flag_ids == ("risk_domain",)  # not scorable, still flagged


def test_coreom_positive_items_do_not_raise_the_risk_flag():
    answers = [0] * 34
    answers[2] = 4  # item 3, reversed, not a risk item
    assert score("coreom", answers).flag_ids == ()


def test_who5_any_item_at_most_one():
    assert score("who5", [5, 5, 5, 5, 1]).flag_ids == ("any_item_0_or_1",)
    assert score("who5", [0, 5, 5, 5, 5]).flag_ids == ("any_item_0_or_1",)
    assert score("who5", [2, 2, 2, 2, 2]).flag_ids == ()


def test_pcl5_dsm5_pattern():
    # B 1-5, C 6-7, D 8-14, E 15-20; endorsed = 2 or more.
    answers = [0] * 20
    for number in (1, 6, 8, 9, 15, 16):
        answers[number - 1] = 2
    assert score("pcl5", answers).flag_ids == ("dsm5_provisional",)
    answers[8] = 1  # only one D item now
    assert score("pcl5", answers).flag_ids == ()
    answers[8] = None  # could be met: unchecked
    result = score("pcl5", answers)
    assert result.flag_ids == () and result.unchecked_flags == ("dsm5_provisional",)


def test_instruments_without_flags_raise_none():
    for instrument_id in ("gad7", "audit", "auditc", "dudit", "k10", "hbi19", "scs", "ors"):
        instrument = load_instrument(instrument_id)
        result = score(instrument_id, highest_answers(instrument))
        assert result.flags == () and result.unchecked_flags == ()


# --- Subscales ----------------------------------------------------------------------------------


def test_pcl5_cluster_sums():
    answers = [1] * 5 + [2] * 2 + [3] * 7 + [4] * 6
    result = score("pcl5", answers)
    sums = {s.id: s.score for s in result.subscales}
    assert sums == {
        "B_intrusion": 5,
        "C_avoidance": 4,
        "D_cognition_mood": 21,
        "E_arousal_reactivity": 24,
    }
    assert result.total == sum(sums.values()) == 54


def test_coreom_domains_are_mean_times_ten_after_reversal():
    answers = [2] * 34
    for number in (4, 14, 17, 31):  # W: 4 and 31 reversed
        answers[number - 1] = 4
    result = score("coreom", answers)
    # W: items 14, 17 score 4; 4 and 31 score 0 -> mean 2 -> 20
    assert result.subscale("W").score == 20.0
    assert result.subscale("P").score == 20.0
    assert result.subscale("R").score == 20.0
    assert result.subscale("NR").name.en == "All non-risk items"


def test_coreom_domain_missing_rules():
    answers = [1] * 34
    answers[3] = None  # item 4 is in W, which allows none missing
    result = score("coreom", answers)
    assert result.scorable
    assert result.subscale("W").score is None and not result.subscale("W").scorable
    assert result.subscale("F").score is not None
    answers[1] = None  # item 2 in P: one allowed
    p = score("coreom", answers).subscale("P")
    assert p.score == 10.0 and p.prorated and p.missing == 1
    answers[4] = None  # item 5, a second P item
    assert score("coreom", answers).subscale("P").score is None


def test_audit_domains():
    result = score("audit", [4, 3, 2, 1, 1, 1, 0, 0, 2, 4])
    assert [(s.id, s.score) for s in result.subscales] == [
        ("consumption", 9),
        ("dependence", 3),
        ("harm", 6),
    ]


def test_hbi19_subscales_without_an_item_key_are_not_scored():
    instrument = load_instrument("hbi19")
    assert [s.id for s in instrument.subscales] == ["control", "coping", "consequences"]
    assert all(s.items is None for s in instrument.subscales)
    assert score("hbi19", [3] * 19).subscales == ()


def test_subscale_lookup_by_unknown_id():
    with pytest.raises(KeyError):
        score("phq9", [0] * 9).subscale("nonesuch")


def test_the_result_records_the_definition_that_scored_it():
    result = score("phq9", [0] * 9)
    assert result.instrument_id == "phq9"
    assert result.definition_version == load_instrument("phq9").file_version


def test_exact_arithmetic_at_a_mean_band_edge():
    # CORE-OM 10.0 = 34/34 x 10; a float mean could land a hair below the edge.
    answers = [1] * 34
    for number in (3, 4, 7, 12, 19, 21, 31, 32):
        answers[number - 1] = 3
    result = score("coreom", answers)
    assert result.total == 10.0 and result.band.key == "mild" and result.in_clinical_range
    assert Fraction(34, 34) * 10 == 10
