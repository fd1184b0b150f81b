"""Texts that come from the instrument files, in the interface language.

Band names, flag meanings and change categories are descriptive labels with a
Swedish text in the data; the form's own wording (items, options, stem) ships
only where the licence allows, in each language only as read verbatim from the
official form (or as the clinic loaded it), and is never translated here.
"""

from PySide6.QtCore import QLocale

from mottagning.scoring import Instrument, Label
from mottagning.scoring.definition import FormText, Item, Number, ResponseOption


def label_language() -> str:
    """'sv' when the interface is Swedish, else 'en': the language of data labels."""
    return "sv" if QLocale().language() == QLocale.Language.Swedish else "en"


def label(text: Label) -> str:
    return text.text(label_language())


def instrument_title(instrument: Instrument) -> str:
    """'PHQ-9 · Depressionssymtom, 9 frågor'."""
    return f"{instrument.short_name} · {label(instrument.name)}"


def form_text(text: FormText | None) -> tuple[str | None, bool]:
    """The form's wording in the interface language, falling back to English.

    The flag is True when Swedish was wanted but only English exists: the
    official Swedish wording must then be read from the clinic's own form."""
    if text is None:
        return None, False
    language = label_language()
    wanted = text.text(language)
    if wanted is not None:
        return wanted, False
    return text.en, language == "sv" and text.en is not None


def item_text(item: Item) -> str | None:
    return form_text(item.text)[0]


def option_label(option: ResponseOption) -> str | None:
    return form_text(option.label)[0]


def format_score(instrument: Instrument, value: Number | None) -> str:
    """With the instrument's decimals (CORE 12.3) in the interface's number format."""
    if value is None:
        return "–"
    decimals = instrument.scoring.display_decimals
    return QLocale().toString(float(value), "f", decimals)


def format_value(value: Number) -> str:
    """A reference value (a cut-off, a scale end, an axis tick): 11, not 11.0."""
    if float(value).is_integer():
        return QLocale().toString(int(value))
    return QLocale().toString(float(value), "f", 1)


def shows_wording(instrument: Instrument) -> bool:
    """Whether every item's wording is there in the interface language."""
    return instrument.ships_item_text_in(label_language())
