"""The installer: the frozen build and the .deb, built, installed and removed
on this machine as IT would (CI runs as root on Debian).

One build for the module (installer/build.py --deb, about half a minute on
two cores); the frozen programs are run from the build folder first, then the
package is installed with dpkg, used from the menu's command, removed and
purged, and every user's data must still be there. Skipped where the build or
dpkg cannot run (not Linux, not root, no dpkg, no PyInstaller).
"""

import importlib.util
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from mottagning import __version__
from mottagning.demo.accounts import LEAD

ROOT = Path(__file__).resolve().parents[2]
APP_ID = "se.mottagning.Mottagning"
START_TIMEOUT = 90

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform != "linux", reason="the .deb is built on Linux"),
    pytest.mark.skipif(
        importlib.util.find_spec("PyInstaller") is None,
        reason="needs PyInstaller: pip install -e '.[installer]'",
    ),
    pytest.mark.skipif(
        not (shutil.which("dpkg") and shutil.which("dpkg-deb")), reason="needs dpkg (Debian)"
    ),
]
needs_root = pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0, reason="installing a package needs root"
)


@dataclass(frozen=True)
class Build:
    frozen: Path  # the onedir folder
    package: Path  # the .deb
    log: str


def _installed() -> bool:
    status = subprocess.run(
        ["dpkg-query", "-W", "-f=${Status}", "mottagning"],
        capture_output=True,
        text=True,
        check=False,
    )
    return "installed" in status.stdout and "not-installed" not in status.stdout


@pytest.fixture(scope="module")
def build(tmp_path_factory) -> Build:
    out = tmp_path_factory.mktemp("installer")
    done = subprocess.run(
        [sys.executable, str(ROOT / "installer" / "build.py"), "--deb", "--out", str(out)],
        capture_output=True,
        text=True,
        timeout=1200,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-5000:]
    (package,) = out.glob("mottagning_*.deb")
    return Build(out / "dist" / "mottagning", package, done.stdout)


def fresh_user(home: Path) -> dict[str, str]:
    """A new OS user's environment, offscreen, with nothing from this Python."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "VIRTUAL_ENV", "QT_", "XDG_"))
    }
    env.update(
        HOME=str(home),
        LANG="C.UTF-8",
        LC_ALL="C.UTF-8",
        QT_QPA_PLATFORM="offscreen",
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_STATE_HOME=str(home / ".local" / "state"),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_CACHE_HOME=str(home / ".cache"),
        MOTTAGNING_PASSWORD=LEAD.password,
    )
    return env


def run(program: Path | str, *args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(program), *args], env=env, capture_output=True, text=True, timeout=300, check=False
    )


def start_until_login_window(program: Path | str, log_file: Path, env: dict[str, str], *args: str):
    """Start the GUI; wait until the window with the login page has shown;
    close it the normal way (SIGTERM); return its log."""
    errors = log_file.parent.parent / f"gui-stderr-{time.monotonic_ns()}.txt"
    log_file.parent.mkdir(parents=True, exist_ok=True)
    with errors.open("wb") as sink:
        process = subprocess.Popen(
            [str(program), *args], env=env, stdout=subprocess.DEVNULL, stderr=sink
        )
    try:
        deadline = time.monotonic() + START_TIMEOUT
        while "main window shown" not in (log_file.read_text() if log_file.exists() else ""):
            if process.poll() is not None or time.monotonic() > deadline:
                pytest.fail(f"no login window ({process.poll()}): {errors.read_text()[-3000:]}")
            time.sleep(0.2)
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=30) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    text = log_file.read_text()
    assert "Traceback" not in text
    return text


# --- the frozen build, before any package --------------------------------------------


def test_the_frozen_selftest_finds_every_part(build: Build, tmp_path: Path):
    done = run(
        build.frozen / "mottagning-admin", "--language", "en", "selftest", env=fresh_user(tmp_path)
    )

    assert done.returncode == 0, done.stdout + done.stderr
    for part in ("database", "keys", "passwords", "calendar", "questionnaires", "letters"):
        assert any(line.startswith("OK") and part in line for line in done.stdout.splitlines()), (
            part
        )


def test_frozen_demo_and_verify_speak_swedish(build: Build, tmp_path: Path):
    env = fresh_user(tmp_path / "home")
    data = tmp_path / "data"
    admin = build.frozen / "mottagning-admin"

    made = run(admin, "--language", "sv", "demo", "--data-dir", str(data), env=env)
    checked = run(
        admin,
        "--language",
        "sv",
        "verify",
        "--data-dir",
        str(data),
        "--user",
        LEAD.username,
        env=env,
    )

    assert made.returncode == 0, made.stderr
    assert "demomottagning" in made.stdout  # the compiled Swedish translation is in the build
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert checked.stdout.strip().endswith("åtkomstloggen är obruten.")


def test_the_frozen_gui_starts_offscreen_to_the_login_window(build: Build, tmp_path: Path):
    env = fresh_user(tmp_path / "home")
    data = tmp_path / "data"
    assert (
        run(build.frozen / "mottagning-admin", "demo", "--data-dir", str(data), env=env).returncode
        == 0
    )

    log = start_until_login_window(
        build.frozen / "mottagning", data / "logs" / "mottagning.log", env, "--data-dir", str(data)
    )

    assert f"Mottagning {__version__}: starting the desktop application" in log
    assert "stopped (exit code 0)" in log


def test_the_build_records_its_licences(build: Build):
    info = build.frozen / "_internal" / "mottagning" / "resources" / "about" / "build-info.json"
    text = info.read_text(encoding="utf-8")

    for name in ("PySide6_Essentials", "LGPL-3.0", "SQLCipher", "reportlab", "Vera", "PyInstaller"):
        assert name in text


# --- the package ----------------------------------------------------------------------


def _field(package: Path, name: str) -> str:
    return subprocess.run(
        ["dpkg-deb", "--field", str(package), name], capture_output=True, text=True, check=True
    ).stdout.strip()


def test_the_package_declares_what_qt_needs_from_the_system(build: Build):
    depends = _field(build.package, "Depends")

    assert _field(build.package, "Version") == __version__
    for library in (
        "libxcb-cursor0",
        "libxkbcommon-x11-0",
        "libegl1",
        "libfontconfig1",
        "libdbus-1-3",
    ):
        assert library in depends


def test_the_package_has_a_launcher_icons_and_metainfo(build: Build, tmp_path: Path):
    listing = subprocess.run(
        ["dpkg-deb", "--contents", str(build.package)], capture_output=True, text=True, check=True
    ).stdout
    for path in (
        "./opt/mottagning/mottagning",
        "./opt/mottagning/mottagning-admin",
        "./usr/bin/mottagning -> /opt/mottagning/mottagning",
        "./usr/share/applications/mottagning.desktop",
        f"./usr/share/metainfo/{APP_ID}.metainfo.xml",
        "./usr/share/icons/hicolor/scalable/apps/mottagning.svg",
        *(f"./usr/share/icons/hicolor/{s}x{s}/apps/mottagning.png" for s in (16, 32, 48, 256)),
    ):
        assert path in listing, path

    unpacked = tmp_path / "unpacked"
    subprocess.run(["dpkg-deb", "--extract", str(build.package), str(unpacked)], check=True)
    desktop = unpacked / "usr" / "share" / "applications" / "mottagning.desktop"
    assert "Exec=/opt/mottagning/mottagning" in desktop.read_text()
    if shutil.which("desktop-file-validate"):
        done = run("desktop-file-validate", str(desktop), env=dict(os.environ))
        assert done.returncode == 0, done.stdout + done.stderr
    if shutil.which("appstreamcli"):
        metainfo = unpacked / "usr" / "share" / "metainfo" / f"{APP_ID}.metainfo.xml"
        done = run("appstreamcli", "validate", "--no-net", str(metainfo), env=dict(os.environ))
        assert done.returncode == 0, done.stdout + done.stderr


@pytest.fixture
def installed(build: Build) -> Iterator[Path]:
    if _installed():
        pytest.skip("a mottagning package is already installed on this machine: left alone")
    subprocess.run(["dpkg", "-i", str(build.package)], check=True, capture_output=True)
    try:
        yield Path("/usr/bin")
    finally:
        if _installed():
            subprocess.run(["dpkg", "--purge", "mottagning"], check=False, capture_output=True)


@needs_root
def test_installed_from_the_menu_command_then_removed_keeps_the_data(
    installed: Path, tmp_path: Path
):
    home = tmp_path / "home"
    env = fresh_user(home)
    data = home / ".local" / "share" / "Mottagning"  # the default, as started from the menu

    made = run(installed / "mottagning-admin", "demo", "--data-dir", str(data), env=env)
    assert made.returncode == 0, made.stderr
    checked = run(
        installed / "mottagning-admin",
        "verify",
        "--data-dir",
        str(data),
        "--user",
        LEAD.username,
        env=env,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    log = start_until_login_window(
        installed / "mottagning",
        home / ".local" / "state" / "Mottagning" / "log" / "mottagning.log",
        env,
    )
    assert "stopped (exit code 0)" in log

    subprocess.run(["dpkg", "--remove", "mottagning"], check=True, capture_output=True)
    assert not Path("/opt/mottagning/mottagning").exists()
    assert not (installed / "mottagning").exists()
    subprocess.run(["dpkg", "--purge", "mottagning"], check=True, capture_output=True)

    for name in ("mottagning.db", "keyslots.json", "audit-head.json"):
        assert (data / name).is_file(), f"{name} was removed with the package"
    # and it still opens, with the same program from the Python environment
    again = subprocess.run(
        [
            sys.executable,
            "-m",
            "mottagning",
            "verify",
            "--data-dir",
            str(data),
            "--user",
            LEAD.username,
        ],
        env={**os.environ, "MOTTAGNING_PASSWORD": LEAD.password, "HOME": str(home)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert again.returncode == 0, again.stdout + again.stderr


# --- an upgrade -------------------------------------------------------------------------


def previous_commit_with_an_installer() -> str | None:
    """The newest commit before this one that has installer/build.py."""
    if shutil.which("git") is None:
        return None
    listed = subprocess.run(
        ["git", "-C", str(ROOT), "rev-list", "--max-count=200", "HEAD"],
        capture_output=True,
        text=True,
        check=False,
    )
    for commit in listed.stdout.split()[1:]:
        has = subprocess.run(
            ["git", "-C", str(ROOT), "cat-file", "-e", f"{commit}:installer/build.py"],
            capture_output=True,
            check=False,
        )
        if has.returncode == 0:
            return commit
    return None


def row_counts(data: Path) -> dict[str, int]:
    from mottagning.storage.database import Database
    from mottagning.storage.files import ClinicFiles
    from mottagning.storage.keyslots import KeySlotFile

    files = ClinicFiles(data)
    slot = KeySlotFile(files.keyslots).unlock_with_password(LEAD.username, LEAD.password)
    database = Database.open(files.database, slot.bundle.database_key)
    try:
        tables = [
            row["name"]
            for row in database.query(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {table: int(database.scalar(f'SELECT count(*) FROM "{table}"')) for table in tables}
    finally:
        database.close()


def build_old_package(commit: str, folder: Path) -> Path:
    tree = folder / "tree"
    tree.mkdir(parents=True)
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", "--format=tar", commit],
        capture_output=True,
        check=True,
    )
    subprocess.run(["tar", "-x", "-C", str(tree)], input=archive.stdout, check=True)
    # Today's packaging over that commit's application: what is tried is whether
    # the data of the older program survives the newer one, not whether an old
    # build script copes with today's dependencies (scipy's libraries, say).
    shutil.rmtree(tree / "installer")
    shutil.copytree(ROOT / "installer", tree / "installer")
    script = tree / "installer" / "build.py"
    quick = ["--no-pictures"] if "--no-pictures" in script.read_text() else []
    done = subprocess.run(
        [sys.executable, str(script), "--deb", "--out", str(folder / "out"), *quick],
        capture_output=True,
        text=True,
        timeout=1200,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-5000:]
    (package,) = (folder / "out").glob("mottagning_*.deb")
    return package


@needs_root
def test_installing_over_the_previous_package_keeps_every_row(build: Build, tmp_path: Path):
    """The package of the previous commit that has one, a demo clinic made with
    it, this package installed over it, started: every row is still there."""
    if _installed():
        pytest.skip("a mottagning package is already installed on this machine: left alone")
    commit = previous_commit_with_an_installer()
    if commit is None:
        pytest.skip("no earlier commit with an installer (or no git history)")
    old = build_old_package(commit, tmp_path / "previous")
    home = tmp_path / "home"
    env = fresh_user(home)
    data = home / ".local" / "share" / "Mottagning"
    try:
        subprocess.run(["dpkg", "-i", str(old)], check=True, capture_output=True)
        made = run("/usr/bin/mottagning-admin", "demo", "--data-dir", str(data), env=env)
        assert made.returncode == 0, made.stderr
        before = row_counts(data)

        subprocess.run(["dpkg", "-i", str(build.package)], check=True, capture_output=True)
        assert (
            run("/usr/bin/mottagning-admin", "--version", env=env)
            .stdout.strip()
            .endswith(__version__)
        )
        log = start_until_login_window(
            "/usr/bin/mottagning",
            home / ".local" / "state" / "Mottagning" / "log" / "mottagning.log",
            env,
        )
        assert "stopped (exit code 0)" in log
        checked = run(
            "/usr/bin/mottagning-admin",
            "verify",
            "--data-dir",
            str(data),
            "--user",
            LEAD.username,
            env=env,
        )
        assert checked.returncode == 0, checked.stdout + checked.stderr
    finally:
        subprocess.run(["dpkg", "--purge", "mottagning"], check=False, capture_output=True)

    after = row_counts(data)
    for table, count in before.items():
        assert after.get(table, 0) >= count, (
            f"{table}: {count} rows before, {after.get(table)} after"
        )
