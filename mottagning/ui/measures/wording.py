"""What the questionnaire form says about its own wording: the intro (stem or
time frame), why the items' wording is missing or English and how the clinic
adds its own, and the rights line the licence asks to show.

Module functions, so the texts have one translation context ("FormWording")."""

from PySide6.QtCore import QCoreApplication

from mottagning.scoring import Instrument
from mottagning.ui.measures.texts import form_text, label_language, shows_wording


def shows_swedish(instrument: Instrument) -> bool:
    return label_language() == "sv" and shows_wording(instrument)


def intro(instrument: Instrument) -> str:
    """The form's own stem where it ships, else the time frame it asks about."""
    stem, _ = form_text(instrument.stem)
    if stem:
        return stem
    period, _ = form_text(instrument.timeframe)
    if not period:
        return ""
    return QCoreApplication.translate("FormWording", "Time frame: {period}").format(period=period)


def _english_answers(instrument: Instrument) -> bool:
    """Whether response labels fall back to English (WHO-5, HBI-19's generic anchors)."""
    return any(
        form_text(option.label)[1]
        for option_set in instrument.option_sets
        for option in option_set.options or ()
    )


def _why_missing(instrument: Instrument) -> str:
    if not instrument.licence.item_text_may_ship and not instrument.ships_item_text:
        return QCoreApplication.translate(
            "FormWording",
            "The item wording is not included: its licence requires permission. "
            "Read each item from the clinic's licensed form.",
        )
    if label_language() == "sv" and instrument.ships_item_text:
        return QCoreApplication.translate(
            "FormWording",
            "The official Swedish wording is not included, so the English is shown. "
            "Read the items from the official Swedish form.",
        )
    if label_language() == "sv":
        return QCoreApplication.translate(
            "FormWording",
            "The official Swedish wording is not included: it has not been found in a "
            "published copy that could be checked word for word. Read each item from "
            "the official Swedish form.",
        )
    return QCoreApplication.translate(
        "FormWording",
        "The item wording is not included here. Read each item from the official form.",
    )


def note(instrument: Instrument, may_load: bool) -> str:
    """Why the wording is missing (or English), where to read it, and how the clinic
    adds its own text (`may_load`: the user may load it); what the screen leaves out."""
    english = (
        QCoreApplication.translate(
            "FormWording", "Answers without an official Swedish wording are in English."
        )
        if label_language() == "sv" and _english_answers(instrument)
        else ""
    )
    if shows_wording(instrument):
        reader_note = instrument.item_text.swedish.reader_note
        parts = [reader_note if reader_note and shows_swedish(instrument) else "", english]
    else:
        how = (
            QCoreApplication.translate(
                "FormWording",
                "If the clinic has the form's text (with a licence where one is needed), "
                "load it once and it is shown here from then on.",
            )
            if may_load
            else QCoreApplication.translate(
                "FormWording", "The clinic lead can load the clinic's own text for this form."
            )
        )
        parts = [_why_missing(instrument), english, how]
    return " ".join(part for part in parts if part)


def rights_line(instrument: Instrument) -> str:
    """The rights line the licence asks to show (the Swedish form's own with its
    wording), and where a clinic's own text came from."""
    licence, swedish = instrument.licence, instrument.item_text.swedish
    lines = []
    if licence.attribution_required:
        shown = swedish.attribution if shows_swedish(instrument) else None
        lines.append(shown or licence.attribution or "")
    if instrument.licensed_text_source:
        lines.append(
            QCoreApplication.translate(
                "FormWording", "Wording from the clinic's text: {source}"
            ).format(source=instrument.licensed_text_source)
        )
    return "\n".join(line for line in lines if line)
