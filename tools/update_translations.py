"""Collect the interface texts into resources/translations/*.ts with pyside6-lupdate.

Run after changing user-visible text, then translate what is new (Qt Linguist:
`pyside6-linguist resources/translations/mottagning_sv.ts`, or edit the XML).
Existing translations are kept; texts no longer in the code are dropped.
The .qm files Qt loads are built from these at install time (see setup.py).

The source texts are English, so English needs a file only for plurals:
`self.tr("%n visit(s)", "", n)` gets its "1 visit" and "2 visits" from
mottagning_en.ts, which holds the plural texts alone.
"""

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LANGUAGES = ("sv",)
PLURALS_ONLY = ("en",)


def lupdate_command(target: Path, *, plurals_only: bool = False) -> list[str]:
    exe = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "mottagning").rglob("*.py"))
    return [
        exe,
        # Text("Roles", "Counselor") marks a text like QT_TRANSLATE_NOOP does.
        "-tr-function-alias",
        "QT_TRANSLATE_NOOP+=Text",
        "-locations",
        "none",
        "-no-obsolete",
        "-silent",
        *(["-pluralonly"] if plurals_only else []),
        *sources,
        "-ts",
        str(target),
    ]


def lrelease_command(source: Path, target: Path) -> list[str]:
    """Compile `source` (.ts) into `target` (.qm), as the install step does (setup.py)."""
    exe = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    return [exe, "-silent", str(source), "-qm", str(target)]


def main() -> int:
    for language in (*LANGUAGES, *PLURALS_ONLY):
        target = ROOT / "resources" / "translations" / f"mottagning_{language}.ts"
        command = lupdate_command(target, plurals_only=language in PLURALS_ONLY)
        subprocess.run([*command, "-target-language", f"{language}_SE"], check=True, cwd=ROOT)
        text = target.read_text(encoding="utf-8")
        if 'language="' not in text:
            text = text.replace(
                '<TS version="2.1">', f'<TS version="2.1" language="{language}_SE">'
            )
            target.write_text(text, encoding="utf-8")
        unfinished = text.count('type="unfinished"')
        print(f"{target.relative_to(ROOT)}: {unfinished} texts to translate")
    return 0


if __name__ == "__main__":
    sys.exit(main())
