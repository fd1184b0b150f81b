"""A benchmark run: one clinic, or two sizes of it for the growth ratios.

Given folders are copied first (logging in writes to the access log), unless
the caller accepts running in place. Without a folder, a fresh clinic of the
size is built in the temporary folder, which is removed at the end.
"""

import logging
import tempfile
from dataclasses import dataclass
from pathlib import Path

from bench import dataset, suite
from bench.build import build
from bench.figures import Figure, figure
from bench.report import Report
from bench.sizes import SIZES
from mottagning.storage.files import ClinicFiles

log = logging.getLogger(__name__)

# Figures whose growth says nothing: no data involved, or already a ratio.
NOT_GROWING = ("startup", "unlock.key_derivation", "encryption")  # key prefixes


@dataclass(frozen=True)
class Clinic:
    size: str
    folder: Path | None  # None: build one


def run(
    clinics: list[Clinic],
    repeat: int,
    *,
    in_place: bool = False,
    work_dir: Path | None = None,
    parts: tuple[str, ...] = suite.PARTS,
) -> Report:
    report = Report(repeat)
    report.mark("start")
    results = []
    with tempfile.TemporaryDirectory(prefix="mottagning-bench-", dir=work_dir) as scratch:
        for clinic in clinics:
            folder = _prepare(clinic, Path(scratch), in_place)
            data = dataset.load(clinic.size, ClinicFiles(folder))
            result = suite.measure(data, repeat, Path(scratch), parts)
            results.append(result)
            report.figures += result.figures
            report.datasets.append(data.describe())
            report.notes[clinic.size] = result.notes
    if len(results) == 2:
        report.figures += growth(results[0].figures, results[1].figures)
    report.mark("end")
    return report


def _prepare(clinic: Clinic, scratch: Path, in_place: bool) -> Path:
    target = scratch / f"clinic-{clinic.size}"
    if clinic.folder is None:
        log.info("%s: building a fresh clinic", clinic.size)
        build(SIZES[clinic.size], target)
        return target
    if in_place:
        return clinic.folder
    log.info("%s: copying %s", clinic.size, clinic.folder)
    return dataset.working_copy(clinic.folder, target)


def growth(small: list[Figure], large: list[Figure]) -> list[Figure]:
    """Each figure of the larger clinic against the same on the smaller one."""
    before = {f.key: f for f in small}
    grown = []
    for after in large:
        base = before.get(after.key)
        if base is None or after.key.startswith(NOT_GROWING):
            continue
        grown.append(
            figure(
                f"growth.{after.key}",
                f"growth: {after.label}",
                f"{base.size}->{after.size}",
                list(after.samples),
                unit=after.unit,
                floor=base.value,
                floor_label=base.size,
            )
        )
    return grown
