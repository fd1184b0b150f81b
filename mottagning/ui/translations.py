"""Choosing and loading the interface language.

Swedish unless English was chosen (on the command line, in the setup wizard or
the Settings menu), whatever the system's locale: the product is for Swedish
municipal staff. Dates are ISO (yyyy-MM-dd) and time 24-hour in both, with
Monday first: English uses the English (Sweden) locale for that.
"""

import logging
from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from mottagning.i18n import Text
from mottagning.storage.preferences import LocalPreferences

log = logging.getLogger(__name__)

SWEDISH, ENGLISH = "sv", "en"
_LOCALES = {
    SWEDISH: QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden),
    ENGLISH: QLocale(QLocale.Language.English, QLocale.Country.Sweden),
}


LANGUAGE_NAMES = {SWEDISH: "Svenska", ENGLISH: "English"}  # each in its own language


def choose_language(override: str | None, preferences: LocalPreferences) -> str:
    chosen = override or preferences.language()
    return chosen if chosen in _LOCALES else SWEDISH


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load our translation and Qt's own (standard buttons, dialogs) for
    `language`, replacing those of the language before; every widget then
    receives a LanguageChange event. English, the language of the source
    texts, has a translation of its plurals only ("1 visit", "2 visits" for
    "%n visit(s)")."""
    for previous in app.findChildren(QTranslator):
        app.removeTranslator(previous)
        previous.deleteLater()
    QLocale.setDefault(_LOCALES[language])
    installed = []
    ours = QTranslator(app)
    qm = resources.files("mottagning.resources") / "translations" / f"mottagning_{language}.qm"
    if ours.load(str(qm)):
        installed.append(ours)
    else:
        log.warning("translation %s not found: was the package built?", qm.name)
    qt = QTranslator(app)
    if language != ENGLISH and qt.load(
        f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ):
        installed.append(qt)
    for translator in installed:
        app.installTranslator(translator)
    return installed


def current_language() -> str:
    """The interface language now (install_translators sets the default locale)."""
    return SWEDISH if QLocale().language() == QLocale.Language.Swedish else ENGLISH


def in_language(language: str, text: Text) -> str:
    """`text` in `language`, whichever language the interface is in now: a
    message about choosing the language is read by someone who chose it."""
    translator = QTranslator()
    qm = resources.files("mottagning.resources") / "translations" / f"mottagning_{language}.qm"
    if language == ENGLISH or not translator.load(str(qm)):
        return text.source
    return translator.translate(text.context, text.source) or text.source


def translated(text: Text) -> str:
    """A `Text` (role name, field label ...) in the interface language."""
    return text.translated(QCoreApplication.translate)
