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


# Where a Linux distribution keeps its own libraries. PyInstaller copies the
# system libraries that Qt and Python's extensions link to into the bundle;
# on Linux the package takes them from the distribution instead (installer/
# build.py declares each one's package in Depends), so that the program uses
# the same glib, libstdc++ and X/Wayland libraries as the GL drivers and input
# methods the system loads into it: a bundled older copy breaks those on a
# newer release.
SYSTEM_LIBRARY_FOLDERS = ("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/")
# Qt's GTK theme plugin needs GTK, which the package does not bring; without
# it Qt uses its own style, as it does when the plugin cannot load.
LEFT_OUT_PLUGINS = ("platformthemes/libqgtk3.so",)


def without_system_libraries(binaries: list[Any]) -> list[Any]:
    """`binaries` less the distribution's own libraries (and the GTK theme plugin)."""
    return [
        entry
        for entry in binaries
        if not str(entry[1]).startswith(SYSTEM_LIBRARY_FOLDERS)
        and not any(entry[0].replace("\\", "/").endswith(p) for p in LEFT_OUT_PLUGINS)
    ]
