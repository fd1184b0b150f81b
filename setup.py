"""Build step that compiles Qt translations (.ts -> .qm) with pyside6-lrelease.

Everything else about the package is declared in pyproject.toml. The .qm files
are build products and are never committed: a normal build writes them into the
wheel, an editable install (`pip install -e .`) writes them beside their .ts
sources in resources/translations/, where the running program looks for them.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from typing import ClassVar

from setuptools import Command, find_packages, setup
from setuptools.command.build import build

SOURCE_DIR = Path("resources") / "translations"
PACKAGE_DIR = Path("mottagning") / "resources" / "translations"


def _lrelease() -> list[str]:
    exe = shutil.which("pyside6-lrelease")
    if exe:
        return [exe]
    # In an isolated build environment the script may not be on PATH.
    scripts = Path(sys.executable).parent
    for name in ("pyside6-lrelease", "pyside6-lrelease.exe"):
        if (scripts / name).exists():
            return [str(scripts / name)]
    raise RuntimeError("pyside6-lrelease not found: install PySide6-Essentials to build")


class BuildTranslations(Command):
    description = "compile Qt .ts translation sources into .qm files"
    user_options: ClassVar[list[tuple[str, str | None, str]]] = []
    editable_mode = False

    def initialize_options(self) -> None:
        self.build_lib: str | None = None

    def finalize_options(self) -> None:
        self.set_undefined_options("build_py", ("build_lib", "build_lib"))

    def _target_dir(self) -> Path:
        if self.editable_mode:
            return SOURCE_DIR
        assert self.build_lib is not None
        return Path(self.build_lib) / PACKAGE_DIR

    def _pairs(self) -> list[tuple[Path, Path]]:
        target = self._target_dir()
        return [(ts, target / ts.with_suffix(".qm").name) for ts in sorted(SOURCE_DIR.glob("*.ts"))]

    def run(self) -> None:
        for ts, qm in self._pairs():
            qm.parent.mkdir(parents=True, exist_ok=True)
            subprocess.run([*_lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)

    def get_source_files(self) -> list[str]:
        return [str(ts) for ts in sorted(SOURCE_DIR.glob("*.ts"))]

    def get_outputs(self) -> list[str]:
        return [str(qm) for _, qm in self._pairs()]

    def get_output_mapping(self) -> dict[str, str]:
        return {}


build.sub_commands.append(("build_translations", None))
setup(
    packages=[*find_packages(include=["mottagning", "mottagning.*"]), "mottagning.resources"],
    package_dir={"mottagning.resources": "resources"},
    cmdclass={"build_translations": BuildTranslations},
)
