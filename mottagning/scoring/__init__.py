"""Outcome measures: questionnaire definitions (data files), scoring, and change.

Plain Python, no Qt and no database: services store answers and call `score`;
the yearly numbers call `classify_change`. Definitions live in
resources/instruments/<id>.json (format in resources/instruments/README.md);
definition.py holds their types, instruments.py reads and validates them.
"""

from mottagning.scoring.change import (
    ChangeCategory,
    ChangeMethod,
    ChangeResult,
    NotClassifiable,
    classify_change,
    criterion_c,
    reliable_change_index,
    reliable_change_points,
    standard_error_of_difference,
)
from mottagning.scoring.definition import Band, Instrument, Label, Sex
from mottagning.scoring.engine import (
    InvalidAnswers,
    RaisedFlag,
    ScoreResult,
    SubscaleScore,
    Validity,
    band_for,
    in_clinical_range,
    score,
    score_instrument,
)
from mottagning.scoring.instruments import (
    InstrumentFileError,
    UnknownInstrument,
    all_instruments,
    apply_licensed_text,
    instrument_ids,
    load_instrument,
    parse_instrument,
)

__all__ = [
    "Band",
    "ChangeCategory",
    "ChangeMethod",
    "ChangeResult",
    "Instrument",
    "InstrumentFileError",
    "InvalidAnswers",
    "Label",
    "NotClassifiable",
    "RaisedFlag",
    "ScoreResult",
    "Sex",
    "SubscaleScore",
    "UnknownInstrument",
    "Validity",
    "all_instruments",
    "apply_licensed_text",
    "band_for",
    "classify_change",
    "criterion_c",
    "in_clinical_range",
    "instrument_ids",
    "load_instrument",
    "parse_instrument",
    "reliable_change_index",
    "reliable_change_points",
    "score",
    "score_instrument",
    "standard_error_of_difference",
]
