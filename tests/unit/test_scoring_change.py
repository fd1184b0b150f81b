"""Reliable and clinically significant change: each category, both directions, the
threshold exactly met, Jacobson & Truax (with the CORE-10 worked example), and results
that cannot be classified."""

import math
from dataclasses import replace

import pytest

from mottagning.scoring import (
    ChangeCategory,
    ChangeMethod,
    NotClassifiable,
    classify_change,
    criterion_c,
    load_instrument,
    reliable_change_index,
    reliable_change_points,
    score,
    standard_error_of_difference,
)
from tests.unit.test_scoring_support import ALL_IDS, CHANGE_FACTS, answers_for_total

RECOVERED = ChangeCategory.RECOVERED
IMPROVED = ChangeCategory.RELIABLY_IMPROVED
UNCHANGED = ChangeCategory.NO_RELIABLE_CHANGE
WORSE = ChangeCategory.RELIABLY_DETERIORATED


def scored(instrument_id, total, sex=None):
    return score(instrument_id, answers_for_total(load_instrument(instrument_id), total), sex=sex)


def change(instrument_id, first, later, **options):
    return classify_change(
        instrument_id, scored(instrument_id, first), scored(instrument_id, later), **options
    )


# --- Jacobson & Truax ----------------------------------------------------------------------


def test_the_core10_worked_example():
    # instruments.json jacobson_truax.worked_example_core10
    s_diff = standard_error_of_difference(7.7, 0.9)
    assert s_diff == pytest.approx(3.4435, abs=5e-5)
    assert round(reliable_change_points(7.7, 0.9), 2) == 6.75
    assert round(reliable_change_points(7.7, 0.9, z=1.645), 2) == 5.66
    assert round(criterion_c(m_clin=19.7, sd_clin=7.7, m_norm=4.7, sd_norm=4.8), 2) == 10.46
    # ... which reproduces the published cut-off 11 and the 90% RCI of 6 (5.66 rounded up).
    core10 = load_instrument("core10")
    assert core10.clinical_cutoff.value == 11 == math.ceil(core10.clinical_cutoff.criterion_c.value)
    assert core10.reliable_change.threshold == 6 == math.ceil(5.66)
    jt = core10.reliable_change.jacobson_truax
    assert (jt.sd, jt.r) == (7.7, 0.9)


def test_reliable_change_index():
    assert reliable_change_index(20, 13, 7.7, 0.9) == pytest.approx(-7 / 3.44354, rel=1e-4)


@pytest.mark.parametrize(
    ("sd", "reliability"), [(0, 0.9), (-1, 0.9), (7.7, 0), (7.7, 1), (7.7, 1.2)]
)
def test_jacobson_truax_rejects_impossible_parameters(sd, reliability):
    with pytest.raises(ValueError):
        standard_error_of_difference(sd, reliability)


def test_jacobson_truax_with_a_clinics_own_sd_and_reliability():
    # K10 publishes no threshold; with SD 7.7 and alpha .90 a change must exceed 6.75.
    result = change("k10", 30, 23, sd=7.7, reliability=0.9)
    assert result.method is ChangeMethod.JACOBSON_TRUAX
    assert result.rci == pytest.approx(-7 / 3.44354, rel=1e-4)
    assert result.threshold == pytest.approx(6.75, abs=0.005)
    assert result.category is IMPROVED  # 23 is still >= the cut-off 20
    assert change("k10", 30, 19, sd=7.7, reliability=0.9).category is RECOVERED
    assert change("k10", 30, 24, sd=7.7, reliability=0.9).category is UNCHANGED  # 6 < 6.75
    assert change("k10", 15, 22, sd=7.7, reliability=0.9).category is WORSE


def test_without_a_published_threshold_or_parameters_change_is_not_classifiable():
    for instrument_id in ("audit", "k10", "hbi19"):
        instrument = load_instrument(instrument_id)
        low = instrument.scoring.min
        result = change(instrument_id, low + 20, low)
        assert result.category is None and not result.classifiable
        assert result.not_classifiable is NotClassifiable.NO_CRITERION
        assert result.difference == -20 and result.improvement == 20
        assert "own SD" in result.not_classifiable.label.en


def test_sd_and_reliability_go_together():
    with pytest.raises(ValueError, match="both"):
        change("k10", 30, 20, sd=7.7)


def test_a_clinic_may_override_a_published_threshold_deliberately():
    # PCL-5: the published 5 points vs a J&T from SD 14 and r .8 (~17 points).
    assert change("pcl5", 50, 40).category is IMPROVED
    result = change("pcl5", 50, 40, sd=14, reliability=0.8)
    assert result.category is UNCHANGED and result.threshold == pytest.approx(17.35, abs=0.01)


# --- Published thresholds: every category, both directions --------------------------------------


@pytest.mark.parametrize(
    ("instrument_id", "first", "later", "category"),
    [
        # PHQ-9: 6 points, cut-off 10 (higher is worse)
        ("phq9", 20, 8, RECOVERED),
        ("phq9", 12, 6, RECOVERED),  # threshold exactly met and crossed
        ("phq9", 20, 14, IMPROVED),  # exactly 6, still clinical
        ("phq9", 20, 15, UNCHANGED),  # 5
        ("phq9", 9, 4, UNCHANGED),  # crossed, but not reliably
        ("phq9", 8, 14, WORSE),  # exactly 6 worse
        ("phq9", 2, 7, UNCHANGED),
        # GAD-7: 4 points, cut-off 8
        ("gad7", 10, 6, RECOVERED),
        ("gad7", 15, 11, IMPROVED),
        ("gad7", 15, 12, UNCHANGED),
        ("gad7", 5, 9, WORSE),
        # CORE-10: 6 points, cut-off 11
        ("core10", 16, 10, RECOVERED),
        ("core10", 25, 19, IMPROVED),
        ("core10", 25, 20, UNCHANGED),
        ("core10", 10, 16, WORSE),
        # PCL-5: 5 points, cut-off 33
        ("pcl5", 40, 32, RECOVERED),
        ("pcl5", 60, 55, IMPROVED),
        ("pcl5", 60, 56, UNCHANGED),
        ("pcl5", 20, 25, WORSE),
        # WHO-5: 10 percentage points, cut-off <= 50 (higher is better; steps of 4)
        ("who5", 40, 52, RECOVERED),
        ("who5", 20, 32, IMPROVED),
        ("who5", 40, 48, UNCHANGED),  # 8 < 10
        ("who5", 60, 48, WORSE),
        ("who5", 80, 68, WORSE),  # worse, both non-clinical
        # ORS: 5 points, cut-off <= 25 (higher is better)
        ("ors", 20.0, 25.1, RECOVERED),
        ("ors", 20.0, 25.0, IMPROVED),  # exactly 5, still clinical (25 or below)
        ("ors", 20.0, 24.9, UNCHANGED),
        ("ors", 30.0, 25.0, WORSE),  # exactly 5 worse
        ("ors", 35.0, 30.1, UNCHANGED),
    ],
)
def test_categories(instrument_id, first, later, category):
    result = change(instrument_id, first, later)
    assert result.category is category
    assert result.method is ChangeMethod.PUBLISHED_THRESHOLD
    assert result.threshold == CHANGE_FACTS[instrument_id][0]
    assert result.difference == pytest.approx(later - first)
    higher_is_worse = CHANGE_FACTS[instrument_id][2] == ">="
    assert result.improvement == pytest.approx(first - later if higher_is_worse else later - first)
    assert result.reliable is (category is not UNCHANGED)


def test_recovery_needs_crossing_from_the_clinical_side():
    result = change("phq9", 20, 8)
    assert result.crossed_cutoff is True and result.category is RECOVERED
    result = change("phq9", 9, 2)  # reliable, but never clinical
    assert result.crossed_cutoff is False and result.category is IMPROVED


@pytest.mark.parametrize("threshold_tenths", [48, 50])
def test_a_threshold_exactly_met_by_fractional_scores_is_reliable(threshold_tenths):
    # Float totals: 30.1 - 25.1 is 5.000000000000002, 15.3 - 10.5 is 4.800000000000001 ...
    instrument_id = "coreom" if threshold_tenths == 48 else "ors"
    base = scored(instrument_id, 0.0 if instrument_id == "ors" else 0)
    for tenths in range(0, 400 - threshold_tenths):
        first = replace(base, total=tenths / 10, in_clinical_range=None)
        later = replace(base, total=(tenths + threshold_tenths) / 10, in_clinical_range=None)
        assert classify_change(instrument_id, first, later).reliable, tenths
        assert classify_change(instrument_id, later, first).reliable, tenths
        nearly = replace(later, total=(tenths + threshold_tenths - 1) / 10)
        assert not classify_change(instrument_id, first, nearly).reliable, tenths


def test_coreom_threshold_is_four_point_eight():
    result = classify_change("coreom", _coreom(20.0), _coreom(15.0))
    assert result.threshold == 4.8 and result.category is IMPROVED
    assert classify_change("coreom", _coreom(12.0), _coreom(7.0)).category is RECOVERED
    assert classify_change("coreom", _coreom(12.0), _coreom(7.5)).category is UNCHANGED


def _coreom(total):
    return replace(score("coreom", [0] * 34), total=total, in_clinical_range=total >= 10)


# --- Not classifiable ----------------------------------------------------------------------


def test_a_result_that_is_not_scorable_cannot_be_classified():
    good = score("phq9", [2] * 9)
    bad = score("phq9", [2] * 7 + [None, None])
    result = classify_change("phq9", bad, good)
    assert result.category is None and result.not_classifiable is NotClassifiable.FIRST_NOT_SCORABLE
    assert (result.first, result.later, result.difference) == (None, 18, None)
    result = classify_change("phq9", good, bad)
    assert result.not_classifiable is NotClassifiable.LATER_NOT_SCORABLE
    assert result.not_classifiable.label.sv.startswith("Den senare mätningen")


def test_results_of_another_instrument_are_refused():
    with pytest.raises(ValueError, match="for gad7, not phq9"):
        classify_change("phq9", score("phq9", [0] * 9), score("gad7", [0] * 7))


def test_crossing_is_unknown_when_the_norm_group_is():
    # AUDIT-C 5 -> 0 with no sex: clinical for both norms at 5? yes (>= 4 and >= 5); 0 below both.
    first = scored("auditc", 5)
    later = scored("auditc", 0)
    result = classify_change("auditc", first, later, sd=2.0, reliability=0.8)
    assert result.crossed_cutoff is True and result.category is RECOVERED
    first = scored("auditc", 4)  # clinical for women only
    result = classify_change("auditc", first, later, sd=1.0, reliability=0.8)
    assert result.crossed_cutoff is None and result.category is IMPROVED


# --- Labels --------------------------------------------------------------------------------


def test_category_labels_in_english_and_swedish():
    assert [(c.label.en, c.label.sv) for c in ChangeCategory] == [
        ("Recovered", "Återhämtad"),
        ("Reliable improvement", "Tillförlitlig förbättring"),
        ("No reliable change", "Ingen tillförlitlig förändring"),
        ("Reliable deterioration", "Tillförlitlig försämring"),
    ]


@pytest.mark.parametrize("instrument_id", ALL_IDS)
def test_every_instrument_has_its_documented_threshold_and_cutoff(instrument_id):
    instrument = load_instrument(instrument_id)
    threshold, cutoff, case_if = CHANGE_FACTS[instrument_id]
    assert instrument.reliable_change.threshold == threshold
    assert instrument.clinical_cutoff.value == cutoff
    assert instrument.clinical_cutoff.case_if == case_if
