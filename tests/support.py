"""Shared test helpers: a controllable clock, cheap key derivation, accounts."""

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from mottagning.models.clinic import ClinicDetails
from mottagning.models.recovery_key import RecoveryKey
from mottagning.models.users import NewUser, Role
from mottagning.services.authentication import Authenticator
from mottagning.services.session import Session
from mottagning.storage.files import ClinicFiles
from mottagning.storage.kdf import KdfParams

# Argon2id at its cheapest: the tests exercise the mechanism, not the cost.
FAST_KDF = KdfParams(time_cost=1, memory_kib=1024, parallelism=1)

CLINIC = ClinicDetails("Testmottagningen", "Provgatan 1\n123 45 Provstad", "031-390 06 01")
LEAD = NewUser("lead", "Lena Ledare", "Enhetschef", Role.LEAD)
LEAD_PASSWORD = "vinter ljus över sjön"
COUNSELOR_PASSWORD = "bläck fisk simmar fort"
SCHEDULER_PASSWORD = "papper klipper sten idag"
TEMPORARY_PASSWORD = "K7QM-2XPA-9HRT-VW3N"

# Text that must never be found in plain text on disk.
MARKER = "PLAINTEXT-MARKER-8d0c1f"


class FakeClock:
    def __init__(self, start: datetime | None = None) -> None:
        self.moment = start or datetime(2026, 11, 23, 8, 0, tzinfo=UTC)

    def now(self) -> datetime:
        return self.moment

    def advance(self, **delta: float) -> None:
        self.moment += timedelta(**delta)


@dataclass
class ClinicUnderTest:
    files: ClinicFiles
    clock: FakeClock
    recovery_key: RecoveryKey

    def authenticator(self) -> Authenticator:
        return Authenticator(self.files, self.clock, FAST_KDF, workstation="TEST-PC")


def add_user(lead: Session, gate: Authenticator, new: NewUser, password: str) -> Session:
    """Create an account as the lead and log it in with its own password."""
    lead.accounts.create_user(new, TEMPORARY_PASSWORD)
    session = gate.login(new.username, TEMPORARY_PASSWORD)
    session.accounts.replace_temporary_password(password)
    return session
