"""Build the frozen application and, on Linux, its .deb.

    python installer/build.py [--out build/installer] [--deb] [--no-freeze]

1. stage: the package with its resources as they ship (the .qm translations
   compiled from the .ts, build-info.json with the bundled software's licences
   read from this environment, the icons rendered from the SVG, the user
   guide's screenshots made by tools/screenshots.py --guide);
2. freeze: PyInstaller with installer/mottagning.spec, onedir, into OUT/dist/mottagning;
3. --deb: OUT/mottagning_VERSION_ARCH.deb with dpkg-deb (Linux only).

Each step prints how long it took. Needs the `installer` extra (PyInstaller).
"""

import argparse
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = ROOT / "installer"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
APP_ID = "se.mottagning.Mottagning"
# What Qt's xcb and wayland platform plugins and the print support load from
# the system (the wheel brings Qt itself); as the README's apt-get line. The
# packages of every other system library the bundle links to are added from
# the build machine (system_packages): the .deb is for the release it is
# built on.
DEPENDS = (
    "libc6 (>= 2.28)",
    # Debian 13 and Ubuntu 24.04 renamed these (the 64-bit time_t transition)
    "libglib2.0-0t64 | libglib2.0-0",
    "libcups2t64 | libcups2",
    "libegl1",
    "libgl1",
    "libfontconfig1",
    "libfreetype6",
    "libdbus-1-3",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-keysyms1",
    "libxcb-image0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-randr0",
    "libxcb-xinerama0",
    "libxcb-xkb1",
    "libwayland-cursor0",
    "libwayland-egl1",
)


@contextmanager
def step(name: str) -> Iterator[None]:
    started = time.monotonic()
    print(f"== {name} ...", flush=True)
    yield
    print(f"== {name}: {time.monotonic() - started:.1f} s", flush=True)


def version() -> str:
    from mottagning import __version__  # noqa: PLC0415 (from the source tree being built)

    return __version__


def stage(out: Path, *, pictures: bool = True) -> Path:
    """OUT/stage: mottagning/ with mottagning/resources/ as the wheel lays them out."""
    staged = out / "stage"
    shutil.rmtree(staged, ignore_errors=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.qm")
    shutil.copytree(ROOT / "mottagning", staged / "mottagning", ignore=ignore)
    resources = staged / "mottagning" / "resources"
    shutil.copytree(ROOT / "resources", resources, ignore=ignore)
    lrelease = shutil.which("pyside6-lrelease") or str(
        Path(sys.executable).parent / "pyside6-lrelease"
    )
    for ts in sorted((ROOT / "resources" / "translations").glob("*.ts")):
        qm = resources / "translations" / ts.with_suffix(".qm").name
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
    from mottagning import build_info  # noqa: PLC0415

    (resources / "about").mkdir(exist_ok=True)
    info = build_info.collect(frozen_build=True, build_date=build_info.build_date_now())
    build_info.write(resources / "about" / build_info.FILE_NAME, info)
    render_icons(ROOT / "resources" / "icons" / "mottagning.svg", staged / "icons")
    if pictures:
        for language in ("sv", "en"):
            guide_pictures(resources / "guide" / "images" / language, language)
    return staged


def guide_pictures(folder: Path, language: str) -> None:
    """The user guide's screenshots, of this very build's windows on a demo clinic
    (tools/screenshots.py --guide, offscreen: no display needed)."""
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "tools" / "screenshots.py"),
            "--guide",
            "--language",
            language,
            str(folder),
        ],
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def render_icons(svg: Path, folder: Path) -> None:
    """PNGs in the standard sizes (and a Windows .ico) from the one SVG, with Qt."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt  # noqa: PLC0415
    from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: PLC0415
    from PySide6.QtSvg import QSvgRenderer  # noqa: PLC0415

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(svg))
    folder.mkdir(parents=True, exist_ok=True)
    for size in ICON_SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        if not image.save(str(folder / f"mottagning-{size}.png")):
            raise RuntimeError(f"could not write the {size} px icon")
        if size == 256:
            image.save(str(folder / "mottagning.ico"))  # Qt's ico plugin, for Windows
    shutil.copy2(svg, folder / "mottagning.svg")


def freeze(out: Path, staged: Path) -> Path:
    dist = out / "dist"
    shutil.rmtree(dist, ignore_errors=True)
    env = {**os.environ, "MOTTAGNING_STAGE": str(staged)}
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level=WARN",
            f"--distpath={dist}",
            f"--workpath={out / 'work'}",
            str(HERE / "mottagning.spec"),
        ],
        check=True,
        env=env,
    )
    return dist / "mottagning"


def system_packages(frozen: Path) -> set[str]:
    """The Debian packages of the system libraries the bundle's programs and
    libraries link to (the bundle leaves them out: installer/bundle.py)."""
    libraries: set[str] = set()
    # A bundled library may find another bundled one only through the frozen
    # program's own search path (scipy's libgfortran and libquadmath): ldd, run
    # on the file alone, says "not found" for those.
    bundled = {path.name for path in frozen.rglob("*.so*")}
    for path in sorted(frozen.rglob("*")):
        if not path.is_file() or path.is_symlink() or path.read_bytes()[:4] != b"\x7fELF":
            continue
        linked = subprocess.run(["ldd", str(path)], capture_output=True, text=True, check=False)
        for line in linked.stdout.splitlines():
            _, arrow, target = line.partition("=>")
            location = target.split("(")[0].strip()
            if arrow and location.startswith(("/lib", "/usr/lib")):
                libraries.add(location)
            elif "not found" in target and line.split()[0] not in bundled:
                raise SystemExit(f"{path.name} needs {line.split()[0]}, which is not installed")
    if not libraries:
        return set()
    # With a merged /usr, ldd's /lib/... may be registered as /usr/lib/... or the other way.
    candidates = {
        form
        for library in libraries
        for form in (
            library,
            library.removeprefix("/usr") if library.startswith("/usr") else "/usr" + library,
        )
    }
    owners = subprocess.run(
        ["dpkg", "-S", *sorted(candidates)], capture_output=True, text=True, check=False
    ).stdout
    # "libx11-6:amd64: /lib/x86_64-linux-gnu/libX11.so.6"
    found = {line.rpartition(": ")[2]: line.split(":")[0] for line in owners.splitlines()}
    missing = [
        library
        for library in libraries
        if library not in found
        and library.removeprefix("/usr") not in found
        and "/usr" + library not in found
    ]
    if missing:
        raise SystemExit(f"no package owns {', '.join(sorted(missing))}: cannot declare it")
    return set(found.values())


def depends(frozen: Path) -> str:
    declared = list(DEPENDS)
    named = {name.split()[0] for entry in DEPENDS for name in entry.split("|")}
    declared += sorted(system_packages(frozen) - named)
    return ", ".join(declared)


def _size_kib(folder: Path) -> int:
    # Links count once, as what they point to (Qt's libraries are linked under two names).
    return (
        sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
        // 1024
    )


def deb(out: Path, frozen: Path, staged: Path) -> Path:
    """The .deb: the build under /opt/mottagning, launchers, icons, metainfo."""
    arch = subprocess.run(
        ["dpkg", "--print-architecture"], check=True, capture_output=True, text=True
    ).stdout.strip()
    root = out / "deb-root"
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(frozen, root / "opt" / "mottagning", symlinks=True)
    bin_dir = root / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    for program in ("mottagning", "mottagning-admin"):
        (bin_dir / program).symlink_to(f"/opt/mottagning/{program}")
    share = root / "usr" / "share"
    linux = HERE / "linux"
    (share / "applications").mkdir(parents=True)
    shutil.copy2(linux / "mottagning.desktop", share / "applications" / "mottagning.desktop")
    (share / "metainfo").mkdir(parents=True)
    metainfo = (linux / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    (share / "metainfo" / f"{APP_ID}.metainfo.xml").write_text(
        metainfo.replace("@VERSION@", version()).replace("@DATE@", time.strftime("%Y-%m-%d")),
        encoding="utf-8",
    )
    icons = share / "icons" / "hicolor"
    for size in ICON_SIZES:
        target = icons / f"{size}x{size}" / "apps"
        target.mkdir(parents=True)
        shutil.copy2(staged / "icons" / f"mottagning-{size}.png", target / "mottagning.png")
    (icons / "scalable" / "apps").mkdir(parents=True)
    shutil.copy2(
        staged / "icons" / "mottagning.svg", icons / "scalable" / "apps" / "mottagning.svg"
    )
    doc = share / "doc" / "mottagning"
    doc.mkdir(parents=True)
    shutil.copy2(linux / "copyright", doc / "copyright")
    control_dir = root / "DEBIAN"
    control_dir.mkdir()
    control = (linux / "control").read_text(encoding="utf-8")
    (control_dir / "control").write_text(
        control.replace("@VERSION@", version())
        .replace("@ARCH@", arch)
        .replace("@SIZE@", str(_size_kib(root)))
        .replace("@DEPENDS@", depends(frozen)),
        encoding="utf-8",
    )
    for script in ("postinst", "postrm"):
        shutil.copy2(linux / script, control_dir / script)
        (control_dir / script).chmod(0o755)
    package = out / f"mottagning_{version()}_{arch}.deb"
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zgzip", "-z6", "--build", str(root), str(package)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return package


def windows_installer(out: Path) -> None:
    """installer/windows/mottagning.iss over the build in OUT (which must be the default)."""
    iscc = shutil.which("iscc") or shutil.which("ISCC")
    if iscc is None:
        raise SystemExit("iscc (Inno Setup 6) not found on PATH")
    if out != (ROOT / "build" / "installer").resolve():
        raise SystemExit("the Inno Setup script reads build/installer: build there")
    sign = os.environ.get("MOTTAGNING_SIGNTOOL")  # e.g. signtool sign /fd sha256 ... $f
    subprocess.run(
        [
            iscc,
            f"/DAppVersion={version()}",
            *([f"/Ssigntool={sign}", "/DSignTool"] if sign else []),
            str(HERE / "windows" / "mottagning.iss"),
        ],
        check=True,
    )


def main(argv: list[str] | None = None) -> int:
    # The tree this script is in is the one built, whatever else is installed.
    sys.path.insert(0, str(ROOT))
    parser = argparse.ArgumentParser(prog="installer/build.py", description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "installer")
    parser.add_argument("--deb", action="store_true", help="also make the .deb (Linux)")
    parser.add_argument(
        "--windows-installer",
        action="store_true",
        help="also make the Inno Setup installer (Windows, needs iscc on PATH)",
    )
    parser.add_argument("--no-freeze", action="store_true", help="reuse OUT/dist from before")
    parser.add_argument(
        "--no-pictures", action="store_true", help="stage without the guide's screenshots"
    )
    args = parser.parse_args(argv)
    out = args.out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    with step("stage"):
        staged = stage(out, pictures=not args.no_pictures)
    frozen = out / "dist" / "mottagning"
    if not args.no_freeze:
        with step("freeze (PyInstaller)"):
            frozen = freeze(out, staged)
    print(f"frozen: {frozen} ({_size_kib(frozen) // 1024} MiB)")
    if args.deb:
        with step("deb (dpkg-deb)"):
            package = deb(out, frozen, staged)
        print(f"package: {package} ({package.stat().st_size // 1024 // 1024} MiB)")
    if args.windows_installer:
        with step("installer (Inno Setup)"):
            windows_installer(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
