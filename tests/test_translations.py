"""The Swedish translation is complete, current and faithful to its sources."""

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from mottagning.storage.preferences import LANGUAGES

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "mottagning_sv.ts"


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(path).getroot()
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def test_every_text_is_translated_with_its_placeholders():
    problems = []
    for (context, source), message in messages(TS).items():
        translation = message.find("translation")
        if translation is None or translation.get("type") == "unfinished":
            problems.append(f"untranslated: {context}: {source}")
            continue
        # A text with a count has one translation per plural form (1 dag, 2 dagar).
        forms = [form.text or "" for form in translation.findall("numerusform")]
        for text in forms or [translation.text or ""]:
            if not text.strip():
                problems.append(f"untranslated: {context}: {source}")
            if sorted(re.findall(r"\{\w+\}", source)) != sorted(re.findall(r"\{\w+\}", text)):
                problems.append(f"placeholders differ: {context}: {source}")
            if source.count("&") - 2 * source.count("&&") != text.count("&") - 2 * text.count("&&"):
                problems.append(f"shortcut marker differs: {context}: {source}")
    assert not problems, "\n".join(problems)


def test_the_translation_file_lists_exactly_the_texts_in_the_code(tmp_path):
    import tools.update_translations as update

    fresh = tmp_path / "fresh.ts"
    subprocess.run(update.lupdate_command(fresh), cwd=ROOT, check=True)
    in_code = set(messages(fresh))
    in_file = set(messages(TS))
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
