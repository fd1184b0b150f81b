"""Two benchmark reports side by side: which figures got slower.

    python -m bench compare before.json after.json

A figure with a floor measured in the same run (start-up against a bare
window, the encryption cost against plain SQLite) is compared by its ratio,
which the machine's speed of the moment cancels out of; the others by their
median. A figure regressed when it is more than LIMIT worse and its samples
do not overlap the earlier ones (the slowest earlier run was faster than the
fastest new one): a median that moves within the runs' own spread is noise.
Memory counts as a figure like the others: more is worse.
"""

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

LIMIT = 0.10


@dataclass(frozen=True)
class Change:
    key: str
    label: str
    size: str
    before: float
    after: float
    unit: str
    spread_apart: bool  # every new sample worse than every earlier one

    @property
    def relative(self) -> float:
        return self.after / self.before - 1.0 if self.before > 0 else 0.0

    @property
    def regressed(self) -> bool:
        return self.relative > LIMIT and self.spread_apart


def _compared_value(figure: dict[str, Any]) -> tuple[float, list[float], str]:
    samples = [float(s) for s in figure["samples"]]
    floor = figure.get("floor")
    if isinstance(floor, int | float) and floor > 0:
        return float(figure["ratio"]), [s / floor for s in samples], "x"
    return float(figure["value"]), samples, str(figure["unit"])


def changes(before: dict[str, Any], after: dict[str, Any]) -> list[Change]:
    earlier = {(f["key"], f["size"]): f for f in before["figures"]}
    found = []
    for figure in after["figures"]:
        old = earlier.get((figure["key"], figure["size"]))
        if old is None:
            continue
        old_value, old_samples, unit = _compared_value(old)
        new_value, new_samples, _ = _compared_value(figure)
        apart = min(new_samples) > max(old_samples)
        found.append(
            Change(
                figure["key"], figure["label"], figure["size"], old_value, new_value, unit, apart
            )
        )
    return found


def _number(value: float, unit: str) -> str:
    if unit == "x":
        return f"{value:.2f}x"
    digits = 0 if value >= 100 else 1 if value >= 10 else 2
    return f"{value:.{digits}f} {unit}"


def table(found: list[Change], before: dict[str, Any], after: dict[str, Any]) -> str:
    rows = [("figure", "size", "before", "after", "change", "regressed?")]
    for c in found:
        rows.append(
            (
                c.label,
                c.size,
                _number(c.before, c.unit),
                _number(c.after, c.unit),
                f"{100 * c.relative:+.0f}%",
                "YES" if c.regressed else "",
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)) for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    regressed = sum(c.regressed for c in found)
    lines.append("")
    lines.append(
        f"{regressed} of {len(found)} figures regressed by more than {100 * LIMIT:.0f}% "
        "(samples apart); figures with a floor compared by their ratio"
    )
    for name, report in (("before", before), ("after", after)):
        calibration = report.get("calibration_ms", {})
        load = report.get("load_average", {})
        lines.append(f"{name}: {report.get('date')}, calibration {calibration}, load {load}")
    return "\n".join(line.rstrip() for line in lines)


def compare(before_path: Path, after_path: Path) -> tuple[str, bool]:
    """The table, and whether any figure regressed."""
    before, after = _report(before_path), _report(after_path)
    found = changes(before, after)
    return table(found, before, after), any(c.regressed for c in found)


def _report(path: Path) -> dict[str, Any]:
    """Raises ValueError (or OSError) unless `path` holds a run's JSON."""
    report: dict[str, Any] = json.loads(path.read_text())
    figures = report.get("figures") if isinstance(report, dict) else None
    fields = ("key", "size", "samples", "value", "unit")
    if not isinstance(figures, list) or not all(
        isinstance(f, dict) and all(k in f for k in fields) for f in figures
    ):
        raise ValueError(f"{path} is not a report of python -m bench run")
    return report
