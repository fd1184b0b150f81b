"""Start-up of the frozen program against a frozen bare PySide6 window.

    python -m bench frozen [--data-dir DIR] [--repeat 5] [--build-dir build/bench-frozen]

Both are made with PyInstaller (installer/startup_probe.spec) from the same
analysis options as the installer's build, so they differ only in what the
program itself loads. The probes from source (python -m bench.probes.startup)
run alternately with them, so that all four see the same machine state.
"""

import logging
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from bench.probes import launch
from bench.stats import median, timed

log = logging.getLogger(__name__)
REPOSITORY = Path(__file__).resolve().parent.parent
KINDS = ("bare", "app")


@dataclass(frozen=True)
class FrozenStartup:
    source_bare: list[float]
    source_app: list[float]
    frozen_bare: list[float]
    frozen_app: list[float]
    freeze_seconds: dict[str, float]

    def table(self) -> str:
        rows = [
            ("from source", median(self.source_app), median(self.source_bare)),
            ("frozen (PyInstaller onedir)", median(self.frozen_app), median(self.frozen_bare)),
        ]
        lines = [f"{'start-up to the login window':<30} {'program':>9} {'bare':>9} {'ratio':>7}"]
        for label, program, bare in rows:
            lines.append(f"{label:<30} {program:>7.0f}ms {bare:>7.0f}ms {program / bare:>6.2f}x")
        frozen = ", ".join(f"{kind} {sec:.0f} s" for kind, sec in self.freeze_seconds.items())
        lines.append(f"target: ratio <= 1.5x; freezing took {frozen or 'nothing (reused)'}")
        return "\n".join(lines)


def build_probes(folder: Path) -> dict[str, float]:
    """Freeze both probes into FOLDER/dist/probe-{bare,app} unless already there."""
    seconds: dict[str, float] = {}
    staged = folder / "stage"
    if not all((folder / "dist" / f"probe-{kind}" / "startup").exists() for kind in KINDS):
        subprocess.run(  # noqa: S603 (our own build script)
            [
                sys.executable,
                str(REPOSITORY / "installer" / "build.py"),
                "--out",
                str(folder),
                "--no-freeze",
                "--no-pictures",
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        for kind in KINDS:
            log.info("freezing the %s probe", kind)
            seconds[kind], _ = timed(lambda kind=kind: _freeze(folder, staged, kind))  # type: ignore[misc]
    return seconds


def _freeze(folder: Path, staged: Path, kind: str) -> None:
    subprocess.run(  # noqa: S603 (PyInstaller from this environment)
        [
            sys.executable,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level=WARN",
            f"--distpath={folder / 'dist'}",
            f"--workpath={folder / 'work' / kind}",
            str(REPOSITORY / "installer" / "startup_probe.spec"),
        ],
        check=True,
        env={**os.environ, "MOTTAGNING_STAGE": str(staged), "PROBE_KIND": kind},
    )


def measure(data_dir: Path | None, repeat: int, build_dir: Path) -> FrozenStartup:
    seconds = build_probes(build_dir)
    launch.compile_bytecode()
    with tempfile.TemporaryDirectory(prefix="bench-frozen-") as scratch:
        if data_dir is None:
            data_dir = Path(scratch) / "clinic"
            subprocess.run(  # noqa: S603 (our own program)
                [sys.executable, "-m", "mottagning", "demo", "--data-dir", str(data_dir)],
                check=True,
                stdout=subprocess.DEVNULL,
            )
        probe = {kind: build_dir / "dist" / f"probe-{kind}" / "startup" for kind in KINDS}
        runs: dict[str, list[float]] = {"sb": [], "sa": [], "fb": [], "fa": []}
        for _ in range(repeat):
            runs["sb"].append(launch.startup_ms("bare"))
            runs["sa"].append(launch.startup_ms("app", str(data_dir)))
            runs["fb"].append(launch.startup_ms("bare", program=[str(probe["bare"])]))
            runs["fa"].append(launch.startup_ms("app", str(data_dir), program=[str(probe["app"])]))
    return FrozenStartup(runs["sb"], runs["sa"], runs["fb"], runs["fa"], seconds)
