"""A figure: one measured quantity on one dataset, its floor and its target.

The value is the median of the samples, one per repeated run. A floor is
the natural lower bound measured in the same run (a bare window, plain
SQLite, the smaller clinic), given as a ratio beside the value.
"""

import math
from dataclasses import dataclass

from bench.stats import median


@dataclass(frozen=True)
class Target:
    limit: float
    on_ratio: bool = False  # the limit is for value / floor

    def describe(self, unit: str) -> str:
        return f"< {self.limit:g}x" if self.on_ratio else f"< {self.limit:g} {unit}"


@dataclass(frozen=True)
class Figure:
    key: str  # stable name in the JSON
    label: str
    size: str
    unit: str  # ms, MB
    samples: tuple[float, ...]
    floor: float | None = None
    floor_label: str = ""
    target: Target | None = None

    @property
    def value(self) -> float:
        return median(self.samples)

    @property
    def ratio(self) -> float | None:
        if self.floor is None or not self.floor > 0:
            return None
        return self.value / self.floor

    @property
    def met(self) -> bool | None:
        if self.target is None:
            return None
        measured = self.ratio if self.target.on_ratio else self.value
        return measured is not None and not math.isnan(measured) and measured < self.target.limit

    def as_json(self) -> dict[str, object]:
        return {
            "key": self.key,
            "label": self.label,
            "size": self.size,
            "unit": self.unit,
            "value": self.value,
            "samples": list(self.samples),
            "floor": self.floor,
            "floor_label": self.floor_label or None,
            "ratio": self.ratio,
            "target": self.target.describe(self.unit) if self.target else None,
            "met": self.met,
        }


# The targets, for this 2-core machine; search is allowed more at 10x.
TARGETS = {
    "startup": Target(1.5, on_ratio=True),
    "unlock.key_to_window": Target(300),
    "search.p95": Target(15),
    "week.counselor": Target(50),
    "week.clinic": Target(50),
    "month.counselor": Target(50),
    "month.clinic": Target(50),
    "client_view": Target(150),
    "client_view.journal": Target(150),
    "client_view.questionnaires": Target(150),
    "journal.save_draft": Target(20),
    "letters.referral_render": Target(300),
    "letters.referral_preview": Target(500),
    "encryption": Target(1.5, on_ratio=True),
    "memory.peak_rss": Target(300),
    "stall.week_clinic": Target(100),
    "stall.client_view": Target(100),
    "yearly.one_year": Target(1000),
    "backup.write": Target(2, on_ratio=True),
    "backup.create": Target(2, on_ratio=True),
    "backup.restore": Target(2, on_ratio=True),
    "sync.day": Target(1000),
}
SIZE_TARGETS = {("search.p95", "10x"): Target(30), ("yearly.one_year", "10x"): Target(5000)}


def target_for(key: str, size: str) -> Target | None:
    return SIZE_TARGETS.get((key, size), TARGETS.get(key))


def figure(
    key: str,
    label: str,
    size: str,
    samples: list[float],
    *,
    unit: str = "ms",
    floor: float | None = None,
    floor_label: str = "",
) -> Figure:
    return Figure(key, label, size, unit, tuple(samples), floor, floor_label, target_for(key, size))
