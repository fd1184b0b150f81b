"""Build a synthetic clinic of a benchmark size in a data folder.

Accounts are made the way a clinic makes them (the lead creates them, each
user replaces the temporary password at first login), with the production
key-derivation cost, so that unlocking is measured as users feel it. The
clinic itself is written in bulk by mottagning.demo.synthetic, through the
storage layer: the same schema, keys and encryption as a real clinic.
"""

import time
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from bench.sizes import BenchSize
from mottagning.demo.clinic import SimulatedClock
from mottagning.demo.synthetic import SyntheticClinic
from mottagning.models.clinic import ClinicDetails
from mottagning.models.users import NewUser, Role
from mottagning.services.accounts import generate_temporary_password
from mottagning.services.authentication import Authenticator
from mottagning.services.clock import Clock, SystemClock
from mottagning.services.key_ring import KeyRing
from mottagning.services.setup import create_clinic
from mottagning.storage.files import ClinicFiles
from mottagning.storage.kdf import DEFAULT_KDF, KdfParams

PASSWORD = "ljusa nätter vid havet"  # every bench account's, synthetic data only
LEAD = "bench.lead"
COUNSELOR = "bench.counselor01"  # the one the benchmarks sign in as
SCHEDULER = "bench.scheduler01"
TABLES = (
    "clients",
    "appointments",
    "journal_notes",
    "journal_amendments",
    "measure_results",
    "treatment_plans",
    "letters",
    "access_log",
    "users",
)


@dataclass(frozen=True)
class BuildReport:
    size: str
    seconds: float
    rows: dict[str, int]
    database_bytes: int


def _accounts(gate: Authenticator, size: BenchSize) -> dict[str, KeyRing]:
    """Every account, made as a clinic makes them; their keys, to write as them."""
    lead = gate.login(LEAD, PASSWORD)
    staff = {lead.user.id: lead.keys}
    wanted = [
        (f"bench.counselor{n:02d}", f"Behandlare {n:02d}", Role.COUNSELOR)
        for n in range(1, size.counselors + 1)
    ]
    wanted += [
        (f"bench.scheduler{n:02d}", f"Administratör {n:02d}", Role.SCHEDULER)
        for n in range(1, size.schedulers + 1)
    ]
    for username, name, role in wanted:
        temporary = generate_temporary_password()
        lead.accounts.create_user(NewUser(username, name, "Socionom", role), temporary)
        first = gate.login(username, temporary)
        first.accounts.replace_temporary_password(PASSWORD)
        staff[first.user.id] = first.keys
        first.logout()
    lead.logout()
    return staff


def build(
    size: BenchSize,
    data_dir: Path,
    clock: Clock | None = None,
    kdf: KdfParams = DEFAULT_KDF,
    seed: int = 2026,
) -> BuildReport:
    """Create the clinic in `data_dir` (which must not hold one yet)."""
    started = time.perf_counter()
    now = (clock or SystemClock()).now()
    sim = SimulatedClock(now - timedelta(days=size.shape.history_days + 30))
    files = ClinicFiles(data_dir)
    create_clinic(
        files,
        ClinicDetails("Benchmottagningen", "Mätgatan 1\n123 45 Provstad", "031-390 06 50"),
        NewUser(LEAD, "Bänk Chef", "Enhetschef", Role.LEAD),
        PASSWORD,
        sim,
        kdf,
        workstation="BENCH",
    )
    gate = Authenticator(files, sim, kdf, workstation="BENCH")
    try:
        staff = _accounts(gate, size)
        lead = gate.login(LEAD, PASSWORD)
        users = [u for u in lead.accounts.list_users() if u.active]
        counselors = [u.id for u in users if u.role is Role.COUNSELOR]
        scheduler = next(u.id for u in users if u.role is Role.SCHEDULER)
        SyntheticClinic(lead.clinic, staff, counselors, scheduler, now, size.shape, seed).build(
            heavy_client=size.heavy_client
        )
        rows = {
            table: int(lead.clinic.db.scalar(f"SELECT count(*) FROM {table}")) for table in TABLES
        }
        lead.logout()
    finally:
        gate.close()
    return BuildReport(
        size.name, time.perf_counter() - started, rows, files.database.stat().st_size
    )
