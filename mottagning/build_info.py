"""The version, the build date and the third-party software the program ships
with, for Help > About.

An installer build (installer/build.py) writes this once into the bundle as
resources/about/build-info.json, from the packages installed in the build
environment: a frozen program has no package metadata of its own to read.
Run from a Python environment, the same list is read from that environment.
"""

import json
import re
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from importlib import metadata, resources
from typing import Any

from mottagning import __version__

FILE_NAME = "build-info.json"

# Parts that are not Python distributions, or that a distribution only carries inside it.
_NOT_IN_METADATA = (
    (
        "Qt 6",
        "PySide6-Essentials",
        "LGPL-3.0-only",
        "The Qt Company. Used unmodified as shared libraries, which may be replaced. "
        "Source: https://download.qt.io/official_releases/qt/ and "
        "https://code.qt.io/cgit/pyside/pyside-setup.git (PySide6, shiboken6).",
    ),
    (
        "SQLCipher",
        "sqlcipher3",
        "BSD-3-Clause",
        "Zetetic LLC, built into the sqlcipher3 module. Source: https://github.com/sqlcipher/sqlcipher",
    ),
    (
        "SQLite",
        "sqlcipher3",
        "public domain",
        "Within SQLCipher. https://sqlite.org/copyright.html",
    ),
    (
        "OpenSSL",
        "cryptography",
        "Apache-2.0",
        "Built into the cryptography and sqlcipher3 modules. Source: https://www.openssl.org/source/",
    ),
    (
        "Bitstream Vera fonts",
        "reportlab",
        "Bitstream Vera Fonts licence",
        "Shipped with reportlab for letters. (c) 2003 Bitstream, Inc.",
    ),
    (
        "Python",
        None,
        "PSF-2.0",
        "Python Software Foundation. Source: https://www.python.org/downloads/source/",
    ),
)
_FROZEN_ONLY = (
    (
        "PyInstaller bootloader",
        "pyinstaller",
        "GPL-2.0-or-later WITH Bootloader-exception",
        "Starts the installed program; the exception allows shipping it with any program. "
        "Source: https://github.com/pyinstaller/pyinstaller",
    ),
)
# Distributions whose metadata names no licence (read from their licence files).
_UNDECLARED = {"sqlcipher3": "Zlib"}
_CLASSIFIER = re.compile(r"^License :: (?:OSI Approved :: )?(.+)$")
_REQUIREMENT_NAME = re.compile(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)")


@dataclass(frozen=True)
class Component:
    name: str
    version: str
    licence: str
    note: str


@dataclass(frozen=True)
class BuildInfo:
    version: str
    build_date: str | None  # None: not a build, the program runs from a Python environment
    components: tuple[Component, ...]


def _first(meta: metadata.PackageMetadata, field: str) -> str:
    values = meta.get_all(field) or []
    return str(values[0]).strip() if values else ""


def _licence_of(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    expression = _first(meta, "License-Expression")
    if expression:
        return expression
    declared = _first(meta, "License")
    if declared and "\n" not in declared and len(declared) <= 60:
        return declared
    classifiers = [
        match.group(1)
        for value in meta.get_all("Classifier") or []
        if (match := _CLASSIFIER.match(value))
    ]
    if classifiers:
        return ", ".join(classifiers)
    return _UNDECLARED.get(_first(meta, "Name").lower(), "see its own licence file")


def _home_of(dist: metadata.Distribution) -> str:
    meta = dist.metadata
    for value in meta.get_all("Project-URL") or []:
        label, _, url = str(value).partition(",")
        if label.strip().lower() in ("source", "source code", "repository", "homepage", "home"):
            return str(url).strip()
    return _first(meta, "Home-page")


def _required_distributions(root: str) -> list[metadata.Distribution]:
    """The root's run-time requirements, and theirs, each once (no extras)."""
    seen: dict[str, metadata.Distribution] = {}
    pending = [root]
    while pending:
        name = pending.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in seen:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        seen[key] = dist
        for requirement in dist.requires or []:
            condition = requirement.partition(";")[2]
            if "extra" in condition:
                continue
            if (match := _REQUIREMENT_NAME.match(requirement)) is not None:
                pending.append(match.group(1))
    return [dist for key, dist in sorted(seen.items()) if key != "mottagning"]


def _version_of(name: str | None) -> str:
    if name is None:
        import platform  # noqa: PLC0415

        return platform.python_version()
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return ""


def collect(*, frozen_build: bool, build_date: str | None) -> BuildInfo:
    """Read the bundled software from the installed packages' metadata."""
    # The parts with the weightiest terms (Qt under the LGPL, SQLCipher) first.
    components = []
    extra = _NOT_IN_METADATA + (_FROZEN_ONLY if frozen_build else ())
    for name, carrier, licence, note in extra:
        version = _version_of(carrier)
        label = f"{name} (with {carrier} {version})" if carrier else name
        components.append(Component(label, "" if carrier else version, licence, note))
    components += [
        Component(_first(dist.metadata, "Name"), dist.version, _licence_of(dist), _home_of(dist))
        for dist in _required_distributions("mottagning")
    ]
    return BuildInfo(__version__, build_date, tuple(components))


def write(path: Any, info: BuildInfo) -> None:
    path.write_text(json.dumps(asdict(info), ensure_ascii=False, indent=1), encoding="utf-8")


def build_date_now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")


def load(folder: Any = None) -> BuildInfo:
    """The build's own record when the program is a build, else read live.
    `folder`: where build-info.json would be (default: the resources' about/)."""
    shipped = (folder or resources.files("mottagning.resources") / "about") / FILE_NAME
    if shipped.is_file():
        data = json.loads(shipped.read_text(encoding="utf-8"))
        return BuildInfo(
            str(data["version"]),
            data["build_date"],
            tuple(Component(**component) for component in data["components"]),
        )
    return collect(frozen_build=False, build_date=None)
