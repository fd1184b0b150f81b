"""The clinic's own details and settings, kept inside the encrypted database."""

from dataclasses import dataclass

DEFAULT_AUTO_LOCK_MINUTES = 5


@dataclass(frozen=True)
class ClinicDetails:
    """Printed on letters and shown in the status bar."""

    name: str
    address: str = ""
    phone: str = ""


@dataclass(frozen=True)
class ClinicSettings:
    auto_lock_minutes: int = DEFAULT_AUTO_LOCK_MINUTES
