"""The definition files: every one validates, licences are respected (no item text where
permission is needed, the CORE copyright line), and a malformed file is refused with an
error naming the file and the field. The Swedish wording: test_scoring_swedish.py."""

import copy
import json
from importlib import resources

import pytest

from mottagning.scoring import (
    InstrumentFileError,
    UnknownInstrument,
    all_instruments,
    apply_licensed_text,
    instrument_ids,
    load_instrument,
    parse_instrument,
    score_instrument,
)
from mottagning.scoring.definition import LicenceVerdict, VerificationLevel
from tests.unit.test_scoring_support import ALL_IDS, FACTS

FOLDER = resources.files("mottagning.resources") / "instruments"
CORE_LINE = "CORE System Trust: https://www.coresystemtrust.org.uk/copyright.pdf"
NEEDS_PERMISSION = {"hbi19", "scs", "ors"}


def raw(instrument_id):
    return json.loads((FOLDER / f"{instrument_id}.json").read_text(encoding="utf-8"))


def test_the_resources_folder_is_found_through_the_package():
    names = {entry.name for entry in FOLDER.iterdir()}
    assert {f"{i}.json" for i in ALL_IDS} <= names
    assert instrument_ids() == sorted(ALL_IDS)


def test_every_file_validates():
    loaded = all_instruments()
    assert [instrument.id for instrument in loaded] == sorted(ALL_IDS)


@pytest.mark.parametrize("instrument_id", ALL_IDS)
def test_basic_facts(instrument_id):
    instrument = load_instrument(instrument_id)
    items, low, high, max_missing, higher_is_worse = FACTS[instrument_id]
    assert instrument.item_count == items
    assert (instrument.scoring.min, instrument.scoring.max) == (low, high)
    assert instrument.scoring.missing.max_missing == max_missing
    assert instrument.higher_is_better is not higher_is_worse
    assert instrument.file_version >= 1


def test_loading_is_cached():
    assert load_instrument("phq9") is load_instrument("phq9")


@pytest.mark.parametrize("instrument_id", ["phq8", "", "../phq9", "PHQ9", "phq9.json", None])
def test_unknown_ids_are_refused(instrument_id):
    with pytest.raises(UnknownInstrument):
        load_instrument(instrument_id)


# --- Licences and text --------------------------------------------------------------------


@pytest.mark.parametrize("instrument_id", sorted(NEEDS_PERMISSION))
def test_instruments_that_need_permission_ship_no_item_text(instrument_id):
    instrument = load_instrument(instrument_id)
    assert instrument.licence.verdict is LicenceVerdict.NEEDS_PERMISSION
    assert not instrument.licence.item_text_may_ship
    assert not instrument.ships_item_text
    assert instrument.stem is None
    assert all(item.text.en is None and item.text.sv is None for item in instrument.items)
    assert instrument.unscored_questions == ()
    assert "licensed-text file" in instrument.item_text.note  # how a licensed clinic adds it


def test_item_text_is_shipped_only_where_the_research_gave_it():
    shipping = {i.id for i in all_instruments() if i.ships_item_text}
    assert shipping == {"phq9", "gad7", "pcl5", "audit", "auditc", "dudit"}
    assert load_instrument("pcl5").item_text.verification.level is (
        VerificationLevel.RECALLED_UNVERIFIED
    )


@pytest.mark.parametrize("instrument_id", ["core10", "coreom"])
def test_core_files_carry_the_copyright_line(instrument_id):
    licence = load_instrument(instrument_id).licence
    assert CORE_LINE in licence.attribution
    assert licence.attribution_required
    assert licence.item_text_may_ship  # if unaltered ...
    assert "unaltered" in load_instrument(instrument_id).item_text.note  # ... which the file says


@pytest.mark.parametrize("instrument_id", ALL_IDS)
def test_descriptive_labels_have_swedish(instrument_id):
    instrument = load_instrument(instrument_id)
    bands = instrument.bands
    for band_list in (bands.any, bands.female, bands.male, *(a.bands for a in bands.alternatives)):
        for band in band_list or ():
            assert band.label.sv, band.key
    for flag in instrument.flags:
        assert flag.meaning.sv, flag.id
        assert flag.short.sv, flag.id
    assert instrument.name.sv
    assert (
        instrument.timeframe is None or instrument.timeframe.en is None or instrument.timeframe.sv
    )
    for subscale in instrument.subscales:
        assert subscale.name.sv, subscale.id


def test_verification_tags_are_carried_over():
    assert load_instrument("phq9").licence.verification.level is VerificationLevel.VERIFIED_PRIMARY
    assert load_instrument("phq9").scoring.missing.verification.level is VerificationLevel.INFERRED
    assert load_instrument("core10").scoring.missing.verification.level is (
        VerificationLevel.VERIFIED_PRIMARY
    )
    coreom = load_instrument("coreom")
    assert coreom.reliable_change.verification.level is VerificationLevel.RECALLED_UNVERIFIED
    assert load_instrument("hbi19").bands.verification.level is (
        VerificationLevel.RECALLED_UNVERIFIED
    )
    assert load_instrument("k10").bands.verification.level is VerificationLevel.VERIFIED_PRIMARY
    assert load_instrument("k10").clinical_cutoff.verification.level is VerificationLevel.INFERRED


def test_sex_specific_cutoffs_where_the_source_gives_them():
    audit = load_instrument("audit").clinical_cutoff
    assert (audit.value, audit.female, audit.male) == (8, 6, 8)
    auditc = load_instrument("auditc").clinical_cutoff
    assert (auditc.value, auditc.female, auditc.male) == (None, 4, 5)
    assert (auditc.alternatives[0].female, auditc.alternatives[0].male) == (3, 4)
    dudit = load_instrument("dudit").clinical_cutoff
    assert (dudit.value, dudit.female, dudit.male) == (None, 2, 6)
    coreom = load_instrument("coreom").clinical_cutoff
    assert (coreom.female, coreom.male) == (None, None)  # the older ones are alternatives only
    assert (coreom.alternatives[0].female, coreom.alternatives[0].male) == (12.9, 11.9)


# --- Licensed text ------------------------------------------------------------------------------


def licensed_hbi19():
    return {
        "format": 1,
        "instrument": "hbi19",
        "licence_reference": "Permission letter 2026-01-15",
        "items": [
            {"number": n, "text": {"en": f"Licensed item {n}", "sv": f"Licensierad fråga {n}"}}
            for n in range(1, 20)
        ],
        "option_labels": {
            "main": [{"value": v, "label": {"en": f"L{v}", "sv": f"S{v}"}} for v in range(1, 6)]
        },
    }


def test_a_licensed_clinic_adds_its_own_item_text():
    shipped = load_instrument("hbi19")
    licensed = apply_licensed_text(shipped, licensed_hbi19(), "clinic-hbi19.json")
    assert licensed.item(3).text.sv == "Licensierad fråga 3"
    assert licensed.item(3).options.options[0].label.sv == "S1"
    assert licensed.licensed_text_source == "Permission letter 2026-01-15"
    assert licensed.scoring == shipped.scoring and licensed.bands == shipped.bands
    assert score_instrument(licensed, [3] * 19).total == 57
    assert not load_instrument("hbi19").ships_item_text  # the shipped definition is unchanged


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d["items"].pop(), "items: HBI-19 has 19 items, the file gives 18"),
        (lambda d: d.update(instrument="scs"), "instrument: this file is for 'hbi19'"),
        (lambda d: d["items"][4].update(number=7), "items[4].number: expected 5"),
        (lambda d: d["option_labels"]["main"].pop(), "option_labels.main: give a label for each"),
        (
            lambda d: d["option_labels"]["main"].append({"value": 6, "label": {"en": "x"}}),
            "option_labels.main: give a label for each of 5 options",
        ),
        (lambda d: d["option_labels"].update(other=[]), "option_labels.other: no option set"),
        (lambda d: d.update(scoring={}), "scoring: unknown field"),
        (lambda d: d.pop("licence_reference"), "licence_reference: missing"),
    ],
)
def test_a_malformed_licensed_text_file_is_refused(mutate, message):
    data = licensed_hbi19()
    mutate(data)
    with pytest.raises(InstrumentFileError) as caught:
        apply_licensed_text(load_instrument("hbi19"), data, "clinic-hbi19.json")
    assert str(caught.value).startswith("clinic-hbi19.json: ")
    assert message in str(caught.value)


# --- Validation errors ----------------------------------------------------------------------------


def _set(path, value):
    def mutate(data):
        *parents, last = path
        for key in parents:
            data = data[key]
        data[last] = value

    return mutate


def _delete(path):
    def mutate(data):
        *parents, last = path
        for key in parents:
            data = data[key]
        del data[last]

    return mutate


@pytest.mark.parametrize(
    ("instrument_id", "mutate", "message"),
    [
        ("phq9", _set(["format"], 2), "format: this program reads format 1, not 2"),
        ("phq9", _set(["surprise"], 1), "surprise: unknown field"),
        ("phq9", _delete(["licence", "verdict"]), "licence.verdict: missing"),
        ("phq9", _set(["licence", "verdict"], "maybe"), "licence.verdict: must be one of"),
        ("phq9", _set(["item_count"], 10), "item_count: is 10 but 9 items are listed"),
        ("phq9", _set(["scoring", "max"], 30), "scoring.max: the response scale gives 27, not 30"),
        (
            "phq9",
            _set(["scoring", "missing", "max_missing"], -1),
            "max_missing: must be at least 0",
        ),
        ("phq9", _set(["scoring", "missing", "max_missing"], "1"), "expected a whole number"),
        ("phq9", _set(["scoring", "missing", "prorate"], False), "prorate: must be true"),
        ("phq9", _set(["scoring", "method"], "median"), "scoring.method: must be one of sum, mean"),
        (
            "phq9",
            _set(["bands", "any", 1, "min"], 6),
            "bands.any[1].min: leaves a gap after minimal",
        ),
        ("phq9", _set(["bands", "any", 1, "min"], 4), "bands.any[1].min: overlaps"),
        ("phq9", _set(["bands", "any", 4, "max"], 26), "the last band must end at the maximum"),
        ("phq9", _set(["bands", "any", 1, "key"], "minimal"), "duplicate band 'minimal'"),
        ("phq9", _set(["flags", 0, "rule", "items"], [10]), "items: item 10 does not exist"),
        ("phq9", _set(["flags", 0, "rule", "op"], "=>"), "flags[0].rule.op: must be one of"),
        ("phq9", _set(["items", 2, "number"], 4), "items[2].number: items must be numbered"),
        ("phq9", _set(["items", 2, "options"], "other"), "items[2].options: no option set 'other'"),
        (
            "phq9",
            _set(["reverse_items", "items"], [0]),
            "reverse_items.items: item 0 does not exist",
        ),
        ("phq9", _set(["licence", "verification", "level"], "sure"), "verification.level: must be"),
        ("phq9", _set(["clinical_cutoff", "case_if"], "<="), "case_if: must be '>='"),
        ("phq9", _set(["clinical_cutoff", "value"], 30), "clinical_cutoff.value: 30 is outside"),
        ("phq9", _set(["option_sets", 0, "options", 1, "value"], 0), "values must be unique"),
        ("phq9", _set(["name", "en"], ""), "name.en: expected non-empty text"),
        ("phq9", _set(["licence", "attribution_required"], "yes"), "expected true or false"),
        ("phq9", _set(["reliable_change", "threshold"], 0), "threshold: must be positive"),
        (
            "who5",
            _set(["bands", "any", 1, "min"], 30),
            "leaves a gap after very_low: expected the next possible score, 32",
        ),
        ("ors", _set(["bands", "any", 1, "min"], 25.2), "expected the next possible score, 25.1"),
        ("core10", _set(["clinical_cutoff", "criterion_c", "value"], 11), "the inputs give 10.46"),
        ("core10", _set(["scoring", "missing", "rounding"], "half_up"), "a mean is kept unrounded"),
        (
            "hbi19",
            _set(["items", 0, "text", "en"], "Some text"),
            "items[0].text: the licence does not allow",
        ),
        ("hbi19", _set(["licence", "item_text_may_ship"], True), "must be false when the verdict"),
        ("pcl5", _set(["flags", 0, "rule", "at_least", "Z"], 1), "at_least.Z: no scored subscale"),
        (
            "pcl5",
            _set(["subscales", 0, "n_items"], 4),
            "subscales[0].n_items: is 4 but items lists 5",
        ),
        (
            "audit",
            _set(["scoring", "skip_rules", 0, "score_as"], 5),
            "score_as: 5 is not an answer",
        ),
        ("dudit", _set(["bands", "male"], None), "bands.any: give bands for either sex"),
    ],
)
def test_a_malformed_file_is_refused_naming_file_and_field(instrument_id, mutate, message):
    data = copy.deepcopy(raw(instrument_id))
    mutate(data)
    with pytest.raises(InstrumentFileError) as caught:
        parse_instrument(data, f"{instrument_id}.json")
    assert str(caught.value).startswith(f"{instrument_id}.json: ")
    assert message in str(caught.value)


def test_a_file_must_be_an_object():
    with pytest.raises(InstrumentFileError, match=r"x\.json: expected an object, got a list"):
        parse_instrument([], "x.json")
