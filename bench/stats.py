"""Timing and the few statistics the benchmarks need."""

import math
import statistics
import time
from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")


def timed(call: Callable[[], T]) -> tuple[float, T]:
    """Seconds taken by `call()`, and what it returned."""
    started = time.perf_counter()
    result = call()
    return time.perf_counter() - started, result


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else math.nan


def percentile(values: Sequence[float], fraction: float) -> float:
    """The nearest-rank percentile: a value that was actually measured."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = max(1, math.ceil(fraction * len(ordered)))
    return ordered[rank - 1]


def geometric_mean(values: Sequence[float]) -> float:
    positive = [v for v in values if v > 0]
    return statistics.geometric_mean(positive) if positive else math.nan


def calibration_ms() -> float:
    """A fixed pure-Python workload: how fast this machine is right now, so
    that runs at different times (or on a busy machine) can be compared."""
    return 1000.0 * median([timed(lambda: sum(i * i for i in range(300_000)))[0] for _ in range(5)])
