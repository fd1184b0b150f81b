"""The Swedish translation is complete, current and faithful to its sources."""

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from mottagning.storage.preferences import LANGUAGES

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "mottagning_sv.ts"
ENGLISH_PLURALS = ROOT / "resources" / "translations" / "mottagning_en.ts"


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def translated_text(translation: ET.Element) -> str:
    """The translation, or for a plural text its forms one after the other."""
    forms = translation.findall("numerusform")
    if forms:
        return " | ".join(form.text or "" for form in forms) if all(f.text for f in forms) else ""
    return translation.text or ""


@pytest.mark.parametrize("path", [TS, ENGLISH_PLURALS], ids=lambda path: path.name)
def test_every_text_is_translated_with_its_placeholders(path):
    problems = []
    for (context, source), message in messages(path).items():
        translation = message.find("translation")
        text = translated_text(translation) if translation is not None else ""
        if translation is None or translation.get("type") == "unfinished" or not text.strip():
            problems.append(f"untranslated: {context}: {source}")
        forms = text.split(" | ") if message.get("numerus") == "yes" else [text]
        if any(
            sorted(re.findall(r"\{\w+\}", source)) != sorted(re.findall(r"\{\w+\}", form))
            for form in forms
        ):
            problems.append(f"placeholders differ: {context}: {source}")
        markers = source.count("&") - 2 * source.count("&&")
        if any(form.count("&") - 2 * form.count("&&") != markers for form in forms):
            problems.append(f"shortcut marker differs: {context}: {source}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize(
    ("path", "plurals_only"), [(TS, False), (ENGLISH_PLURALS, True)], ids=["sv", "en-plurals"]
)
def test_the_translation_file_lists_exactly_the_texts_in_the_code(tmp_path, path, plurals_only):
    import tools.update_translations as update

    fresh = tmp_path / "fresh.ts"
    subprocess.run(update.lupdate_command(fresh, plurals_only=plurals_only), cwd=ROOT, check=True)
    in_code = set(messages(fresh))
    in_file = set(messages(path))
    missing = sorted(in_code - in_file)
    stale = sorted(in_file - in_code)
    assert not missing and not stale, (
        "run `python tools/update_translations.py` and translate what is new\n"
        f"missing: {missing}\nstale: {stale}"
    )


def test_the_built_translation_loads(qapp):
    from mottagning.ui.translations import install_translators

    assert "sv" in LANGUAGES
    installed = install_translators(qapp, "sv")
    try:
        assert installed, "mottagning_sv.qm is built at install time (see setup.py)"
        assert qapp.translate("LoginPage", "Log in") == "Logga in"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
        install_translators(qapp, "en")
