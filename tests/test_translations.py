"""The Swedish translation is complete, current and faithful to its sources."""

import ast
import importlib
import pkgutil
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


def test_swedish_time_spans_read_as_the_calendar_writes_them():
    """08:30–09:20 with an en dash, as in the calendar, the day's list and the
    visit: a refusal that names a clash does not write 08:30-09:20."""
    hyphenated = [
        source
        for (_context, source), message in messages(TS).items()
        if "{start}-{end}" in translated_text(message.find("translation"))
    ]
    assert hyphenated == []


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


# --- Every text the code marks reaches the translation ------------------------------
#
# lupdate silently skips a marker whose text is not a literal (a helper that wraps
# Text(...), a variable): such a text reaches the user in English. So the code's
# markers are read here independently of lupdate, and each must be a literal that
# the Swedish file holds, translated.

SOURCES = ROOT / "mottagning"
MARKERS = {"Text", "QT_TRANSLATE_NOOP"}  # (context, source) anywhere below the UI
TRANSLATE_OWNERS = {"QCoreApplication", "QApplication"}  # .translate(context, source)

# Calls that translate text marked elsewhere, at run time: (file, function) -> why.
TRANSLATES_MARKED_TEXT = {
    ("i18n.py", "translated"): "a Text marked where it was made",
    ("errors.py", "describe"): "UserError messages, marked with QT_TRANSLATE_NOOP",
    ("ui/areas.py", "_title"): "area titles, marked with QT_TRANSLATE_NOOP",
}


def _is_text(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


class _MarkerCollector(ast.NodeVisitor):
    """(context, source) of every marker, and the markers lupdate cannot read."""

    def __init__(self, path: str, wrappers: dict[str, str]) -> None:
        self.path = path
        self.wrappers = wrappers  # helper name -> the context its Text gets
        self.classes: list[str] = []
        self.functions: list[str] = ["<module>"]
        self.found: set[tuple[str, str]] = set()
        self.unreadable: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self.functions.append(node.name)
        self.generic_visit(node)
        self.functions.pop()

    def visit_Call(self, node: ast.Call) -> None:
        self.generic_visit(node)
        func, args = node.func, node.args
        if isinstance(func, ast.Name) and func.id in MARKERS:
            self._marker(node, args, None)
        elif isinstance(func, ast.Name) and func.id in self.wrappers and args:
            if _is_text(args[0]):  # a text the user will see, whether lupdate finds it or not
                assert isinstance(args[0], ast.Constant)
                self.found.add((self.wrappers[func.id], args[0].value))
        elif isinstance(func, ast.Attribute) and func.attr == "tr" and self.classes:
            self._marker(node, args, self.classes[-1])
        elif (
            isinstance(func, ast.Attribute)
            and func.attr == "translate"
            and isinstance(func.value, ast.Name)
            and func.value.id in TRANSLATE_OWNERS
        ):
            self._marker(node, args, None)

    def _marker(self, node: ast.Call, args: list[ast.expr], context: str | None) -> None:
        texts = args[:1] if context is not None else args[:2]
        if len(texts) == (1 if context is not None else 2) and all(map(_is_text, texts)):
            values = [t.value for t in texts if isinstance(t, ast.Constant)]
            self.found.add((context, values[0]) if context is not None else tuple(values))
        elif (self.path, self.functions[-1]) not in TRANSLATES_MARKED_TEXT:
            self.unreadable.append(f"{self.path}:{node.lineno}: {ast.unparse(node)}")


def _text_wrappers(tree: ast.Module) -> dict[str, str]:
    """Module functions that only wrap their argument: `def f(x): return Text("C", x)`."""
    wrappers = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and len(node.args.args) == 1:
            body = [n for n in node.body if not isinstance(n, ast.Expr)]  # docstrings
            returned = body[0].value if len(body) == 1 and isinstance(body[0], ast.Return) else None
            if (
                isinstance(returned, ast.Call)
                and isinstance(returned.func, ast.Name)
                and returned.func.id in MARKERS
                and len(returned.args) == 2
                and isinstance(returned.args[0], ast.Constant)
                and isinstance(returned.args[1], ast.Name)
                and returned.args[1].id == node.args.args[0].arg
            ):
                wrappers[node.name] = str(returned.args[0].value)
    return wrappers


def marked_texts() -> tuple[set[tuple[str, str]], list[str]]:
    found: set[tuple[str, str]] = set()
    unreadable: list[str] = []
    for path in sorted(SOURCES.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        collector = _MarkerCollector(path.relative_to(SOURCES).as_posix(), _text_wrappers(tree))
        collector.visit(tree)
        found |= collector.found
        unreadable += collector.unreadable
    return found, unreadable


def test_every_marker_holds_a_literal_text_that_lupdate_extracts():
    _, unreadable = marked_texts()
    assert not unreadable, (
        "a marker whose text is not a literal is never extracted, so it stays English; "
        "write Text('Context', 'literal') at the call site:\n" + "\n".join(unreadable)
    )


def _translated_text(translation: ET.Element) -> str:
    """A translation's text, or its plural forms' (numerus messages)."""
    forms = [form.text or "" for form in translation.iter("numerusform")]
    return "".join(forms).strip() if forms else (translation.text or "").strip()


def test_every_marked_text_is_translated_in_the_swedish_file():
    found, _ = marked_texts()
    in_file = messages(TS)
    missing = sorted(f"{c}: {s}" for c, s in found if (c, s) not in in_file)
    unfinished = sorted(
        f"{c}: {s}"
        for c, s in found
        if (c, s) in in_file
        and (
            (translation := in_file[(c, s)].find("translation")) is None
            or translation.get("type") == "unfinished"
            or not _translated_text(translation)
        )
    )
    assert not missing and not unfinished, f"missing: {missing}\nunfinished: {unfinished}"


def _user_errors() -> list[type]:
    import mottagning
    from mottagning.errors import UserError

    for module in pkgutil.walk_packages(mottagning.__path__, "mottagning."):
        if module.name != "mottagning.__main__":
            importlib.import_module(module.name)
    found, pending = [], [UserError]
    while pending:
        cls = pending.pop()
        found.append(cls)
        pending += cls.__subclasses__()
    return found


def test_every_error_message_reads_in_swedish(qapp, tmp_path):
    """Each UserError's message, looked up as the program does, comes back Swedish."""
    from PySide6.QtCore import QTranslator

    import tools.update_translations as update
    from mottagning.errors import CONTEXT

    qm = tmp_path / "sv.qm"
    subprocess.run([*update.lrelease_command(TS, qm)], cwd=ROOT, check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    problems = []
    for cls in _user_errors():
        for name, source in vars(cls).items():
            if name.startswith("message") and isinstance(source, str):
                swedish = translator.translate(CONTEXT, source)
                words = re.sub(r"\{\w+\}", "", source)  # "{field}: {problem}" has none
                if not swedish or (swedish == source and re.search(r"[A-Za-z]{3}", words)):
                    problems.append(f"{cls.__name__}.{name}: {source}")
    assert not problems, "\n".join(problems)
