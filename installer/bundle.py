"""What every frozen build takes in: the program's own bundle and the bench's
start-up probes are made from the same lists (installer/*.spec import this)."""

from pathlib import Path
from typing import Any

from PyInstaller.utils.hooks import collect_data_files, collect_submodules

# Qt modules the program never loads: leaving them out keeps the bundle small.
EXCLUDED = [
    "tkinter",
    "PySide6.QtNetwork",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtUiTools",
    "PySide6.QtXml",
    "PySide6.QtConcurrent",
    "PySide6.QtDBus",
]


def analysis_options(stage: Path) -> dict[str, Any]:
    """Analysis() arguments for the program staged in `stage` (installer/build.py).

    What the imports do not show, found by the frozen self-test
    (`mottagning-admin selftest`, tests/installer/): a build without the two
    collect_data_files lines below fails "calendar" (holidays: "No translation
    file found for domain: 'SE'") and "letters" (reportlab: "Can't open file
    Vera.ttf"). The modules of holidays, zxcvbn, argon2 (its cffi binding has
    a hook), sqlcipher3 and reportlab are all found by the analysis: the same
    self-test passes with no hidden import of theirs."""
    resources = stage / "mottagning" / "resources"
    return {
        "pathex": [str(stage)],
        # ours imported by name (the preload after the login window shows)
        "hiddenimports": collect_submodules("mottagning"),
        "datas": [
            # instruments, translations (.qm), templates, password list, guide, icons, build info
            (str(resources), "mottagning/resources"),
            (str(stage / "mottagning" / "storage" / "migrations"), "mottagning/storage/migrations"),
            # holidays' names of days in Swedish and English (gettext catalogues)
            *collect_data_files("holidays", includes=["locale/sv/**", "locale/en_US/**"]),
            # reportlab's standard fonts (Vera) for letters
            *collect_data_files(
                "reportlab", includes=["fonts/*.ttf", "fonts/*.afm", "fonts/*.pfb"]
            ),
        ],
        "excludes": list(EXCLUDED),
    }
