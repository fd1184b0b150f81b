"""The synthetic clinics the benchmarks run on, by size."""

from dataclasses import dataclass, replace

from mottagning.demo.synthetic import LARGE, ClinicShape


@dataclass(frozen=True)
class BenchSize:
    name: str
    shape: ClinicShape
    counselors: int
    schedulers: int
    heavy_client: bool  # one client with about 300 notes and 20 questionnaires


SIZES = {
    # For CI: seconds to build, enough of everything to run every benchmark.
    "smoke": BenchSize(
        "smoke",
        replace(LARGE, clients=60, history_days=200),
        counselors=3,
        schedulers=1,
        heavy_client=True,
    ),
    # Ten years of a large reception: ~3,000 clients, 12 counselors, 4 rooms.
    "1x": BenchSize("1x", LARGE, counselors=12, schedulers=2, heavy_client=True),
    # The same shape ten times larger.
    "10x": BenchSize(
        "10x",
        replace(LARGE, clients=30_000, rooms=40),
        counselors=120,
        schedulers=20,
        heavy_client=True,
    ),
}
