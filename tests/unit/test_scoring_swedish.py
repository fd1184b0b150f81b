"""The Swedish wording of the forms: shipped only verbatim from a public copy of the
official Swedish form, where the licence allows it, with its source and rights line; and
nowhere else (never a translation of our own).

resources/instruments/swedish/verbatim.json is the copy of the research
(shared/domain/instruments_sv.json) that the files were written from; each shipped text
is checked against it, and it against the research itself when that is at hand."""

import copy
import json
from importlib import resources
from pathlib import Path

import pytest

from mottagning.scoring import InstrumentFileError, apply_licensed_text, load_instrument
from mottagning.scoring.definition import Instrument, VerificationLevel
from mottagning.scoring.instruments import parse_instrument
from tests.unit.test_scoring_support import ALL_IDS

FOLDER = resources.files("mottagning.resources") / "instruments"
VERBATIM = json.loads((FOLDER / "swedish" / "verbatim.json").read_text(encoding="utf-8"))
RESEARCH = Path(__file__).resolve().parents[3] / "shared" / "domain" / "instruments_sv.json"

SHIPS_SWEDISH = {"phq9", "gad7", "audit", "auditc", "dudit"}  # complete in the research
LABELS_ONLY = {"coreom"}  # 2 of 34 items found: CORE text must not be cut
NO_SWEDISH = set(ALL_IDS) - SHIPS_SWEDISH - LABELS_ONLY
NUMBERED = {"audit", "auditc", "dudit"}  # the source's items begin "1. ": the form numbers them


def _item_text(instrument_id: str, source: dict) -> str:
    text = source["text"]
    if instrument_id in NUMBERED:
        prefix = f"{source['number']}. "
        assert text.startswith(prefix)
        text = text[len(prefix) :]
    return text


def expected_swedish(instrument_id: str) -> dict[str, str]:
    """Where each piece of Swedish wording goes, as the verbatim copy gives it."""
    source = VERBATIM[instrument_id]
    expected: dict[str, str] = {}
    if instrument_id in ("phq9", "gad7"):
        expected["stem"] = source["stem"]
    elif instrument_id in ("audit", "auditc"):  # heading and instruction, one per line
        expected["stem"] = source["stem"] + "\n" + source["stem_instruction"]
    elif instrument_id == "dudit":  # the standard instruction, without 1177's additions
        instruction = source["stem_note"].rsplit("is: '", 1)[1].removesuffix("'")
        expected["stem"] = instruction
    for item in source.get("items", []):
        number = item["number"]
        expected[f"item {number}"] = _item_text(instrument_id, item)
        for option in item.get("options", source.get("options", [])):
            expected[f"item {number} option {option['value']}"] = option["label"]
    if instrument_id == "coreom":
        for number in range(1, 35):
            for option in source["options"]:
                expected[f"item {number} option {option['value']}"] = option["label"]
    if instrument_id == "phq9":  # the difficulty question: labels in the source's order
        question = source["functional_item"]
        expected["difficulty"] = question["text"]
        for value, option in enumerate(question["options"]):
            expected[f"difficulty option {value}"] = option["label"]
    return expected


def shipped_swedish(instrument: Instrument) -> dict[str, str]:
    shipped: dict[str, str] = {}
    if instrument.stem is not None and instrument.stem.sv is not None:
        shipped["stem"] = instrument.stem.sv
    for item in instrument.items:
        if item.text.sv is not None:
            shipped[f"item {item.number}"] = item.text.sv
        for option in item.options.options or ():
            if option.label.sv is not None:
                shipped[f"item {item.number} option {option.value}"] = option.label.sv
    for question in instrument.unscored_questions:
        if question.text.sv is not None:
            shipped[question.id] = question.text.sv
        for option in question.options.options or ():
            if option.label.sv is not None:
                shipped[f"{question.id} option {option.value}"] = option.label.sv
    return shipped


@pytest.mark.parametrize("instrument_id", sorted(SHIPS_SWEDISH | LABELS_ONLY))
def test_every_shipped_swedish_text_is_the_verbatim_text(instrument_id):
    assert shipped_swedish(load_instrument(instrument_id)) == expected_swedish(instrument_id)


@pytest.mark.parametrize("instrument_id", sorted(SHIPS_SWEDISH))
def test_the_whole_form_ships_in_swedish_where_the_research_found_it_complete(instrument_id):
    instrument = load_instrument(instrument_id)
    assert instrument.ships_item_text_in("sv")
    assert all(option.label.sv for item in instrument.items for option in item.options.options)


@pytest.mark.parametrize("instrument_id", sorted(NO_SWEDISH))
def test_no_swedish_wording_where_none_may_ship_or_none_was_found(instrument_id):
    instrument = load_instrument(instrument_id)
    assert not any(text.sv for text in instrument.form_texts())
    swedish = instrument.item_text.swedish
    assert swedish.source is None and swedish.attribution is None
    assert "No Swedish wording ships" in swedish.note


@pytest.mark.parametrize("instrument_id", sorted(SHIPS_SWEDISH | LABELS_ONLY))
def test_swedish_wording_names_its_source_verification_and_rights_line(instrument_id):
    instrument = load_instrument(instrument_id)
    swedish = instrument.item_text.swedish
    assert swedish.source and "verbatim.json" in swedish.source
    assert swedish.verification.level is VerificationLevel.VERIFIED_SECONDARY
    if instrument_id in SHIPS_SWEDISH:
        assert swedish.attribution == VERBATIM[instrument_id]["attribution"]


def test_cores_copyright_line_stays_with_the_swedish_labels():
    licence = load_instrument("coreom").licence
    assert "CORE System Trust" in licence.attribution and licence.attribution_required


def test_the_verbatim_copy_is_the_research_where_it_is_at_hand():
    if not RESEARCH.exists():
        pytest.skip(f"{RESEARCH} is not beside this checkout")
    research = json.loads(RESEARCH.read_text(encoding="utf-8"))
    for instrument_id, entry in VERBATIM.items():
        if instrument_id == "_about":
            continue
        for key, value in entry.items() if instrument_id != "_meta" else [("", entry)]:
            found = research[instrument_id][key] if key else research[instrument_id]
            assert found == value, f"{instrument_id}.{key}"


def test_swedish_wording_without_its_source_is_refused():
    data = json.loads((FOLDER / "phq9.json").read_text(encoding="utf-8"))
    unsourced = copy.deepcopy(data)
    unsourced["item_text"]["swedish"]["source"] = None
    with pytest.raises(InstrumentFileError, match="Swedish wording needs its source"):
        parse_instrument(unsourced, "phq9.json")
    who5 = json.loads((FOLDER / "who5.json").read_text(encoding="utf-8"))
    who5["items"][0]["text"]["sv"] = "Egen översättning"
    with pytest.raises(InstrumentFileError, match="Swedish wording needs its source"):
        parse_instrument(who5, "who5.json")


def test_a_clinics_swedish_only_text_keeps_the_shipped_english():
    shipped = load_instrument("pcl5")
    data = {
        "format": 1,
        "instrument": "pcl5",
        "licence_reference": "Mottagningens svenska PCL-5",
        "items": [{"number": n, "text": {"sv": f"Svensk fråga {n}"}} for n in range(1, 21)],
    }
    licensed = apply_licensed_text(shipped, data, "pcl5-sv.json")
    assert licensed.item(3).text.sv == "Svensk fråga 3"
    assert licensed.item(3).text.en == shipped.item(3).text.en
    assert licensed.stem == shipped.stem
