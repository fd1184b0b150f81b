"""The benchmark's output: one readable table, and JSON with every figure,
the machine and the datasets."""

import json
import math
import os
import platform
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path

from sqlcipher3 import dbapi2 as sqlcipher

from bench.figures import Figure
from bench.stats import calibration_ms
from mottagning.storage.kdf import DEFAULT_KDF

# Issue items without a figure yet, said in the table so that they are not forgotten.
PENDING: tuple[str, ...] = ()  # every figure the issues ask for is measured


@dataclass
class Report:
    repeat: int
    figures: list[Figure] = field(default_factory=list)
    datasets: list[dict[str, object]] = field(default_factory=list)
    notes: dict[str, object] = field(default_factory=dict)
    # Other work on the machine skews timings: the 1-, 5- and 15-minute load,
    # and a fixed workload's time, at the start and the end.
    load_average: dict[str, tuple[float, ...]] = field(default_factory=dict)
    calibration_ms: dict[str, float] = field(default_factory=dict)

    def mark(self, moment: str) -> None:
        self.load_average[moment] = tuple(round(x, 2) for x in os.getloadavg())
        self.calibration_ms[moment] = round(calibration_ms(), 2)

    def as_json(self) -> dict[str, object]:
        return {
            "date": datetime.now(UTC).isoformat(timespec="seconds"),
            "machine": machine(),
            "repeat": self.repeat,
            "load_average": self.load_average,
            "calibration_ms": self.calibration_ms,
            "key_derivation": {"argon2id": asdict(DEFAULT_KDF)},
            "datasets": self.datasets,
            "figures": [f.as_json() for f in self.figures],
            "notes": self.notes,
            "pending": list(PENDING),
        }

    def write_json(self, path: Path) -> None:
        path.write_text(json.dumps(self.as_json(), indent=2, ensure_ascii=False) + "\n")


def machine() -> dict[str, object]:
    connection = sqlcipher.connect(":memory:")
    try:
        cipher = connection.execute("PRAGMA cipher_version").fetchone()[0]
        sqlite = connection.execute("SELECT sqlite_version()").fetchone()[0]
    finally:
        connection.close()
    return {
        "cpu_count": os.cpu_count(),
        "cpu": _cpu_model(),
        "platform": platform.platform(),
        "python": platform.python_version(),
        "pyside6": metadata.version("PySide6-Essentials"),
        "sqlcipher3": metadata.version("sqlcipher3"),
        "sqlcipher": cipher,
        "sqlite": sqlite,
    }


def _cpu_model() -> str:
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor()


def _number(value: float, unit: str) -> str:
    if math.isnan(value):
        return "–"
    digits = 0 if value >= 100 else 1 if value >= 10 else 2
    return f"{value:.{digits}f} {unit}"


def _compared(f: Figure) -> str:
    ratio = f.ratio
    if f.floor is None or ratio is None:
        return ""
    return f"{ratio:.2f}x {f.floor_label} ({_number(f.floor, f.unit)})"


def table(report: Report) -> str:
    rows = [("figure", "size", "value", "ratio to floor", "target", "met?")]
    for f in report.figures:
        met = "" if f.met is None else "yes" if f.met else "NO"
        target = f.target.describe(f.unit) if f.target else ""
        rows.append((f.label, f.size, _number(f.value, f.unit), _compared(f), target, met))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    missed = [f for f in report.figures if f.met is False]
    lines.append("")
    load = " -> ".join(f"{values[0]:.2f}" for values in report.load_average.values())
    speed = " -> ".join(f"{value:.1f}" for value in report.calibration_ms.values())
    lines.append(
        f"medians of {report.repeat} run(s); "
        f"{len(missed)} of {sum(f.met is not None for f in report.figures)} targets missed"
    )
    lines.append(
        f"machine: {os.cpu_count()} cores, load average {load or '?'}, "
        f"calibration loop {speed or '?'} ms (lower is faster)"
    )
    lines += [f"not measured: {item}" for item in PENDING]
    for size, notes in report.notes.items():
        lost = notes.get("none_refs_lost_per_repaint", 0) if isinstance(notes, dict) else 0
        if isinstance(lost, float | int) and lost > 0:
            lines.append(
                f"WARNING ({size}): a repaint of the clinic's week loses {lost:g} reference(s) "
                "to None (PySide6 6.12.0 on Python 3.11 drops one per void call); the "
                "program dies with 'none_dealloc' once they run out"
            )
    return "\n".join(line.rstrip() for line in lines)
