"""The clinic's own details and settings, kept inside the encrypted database."""

from dataclasses import dataclass

DEFAULT_AUTO_LOCK_MINUTES = 5


@dataclass(frozen=True)
class ClinicDetails:
    """Printed on letters and shown in the status bar."""

    name: str
    address: str = ""
    phone: str = ""


DEFAULT_TIME_ZONE = "Europe/Stockholm"


@dataclass(frozen=True)
class ClinicSettings:
    auto_lock_minutes: int = DEFAULT_AUTO_LOCK_MINUTES
    # Clients younger than this are outside the clinic's remit (None: no limit).
    # Anyone under 18 prompts a report-of-concern consideration regardless.
    age_limit: int | None = 18
    reservnummer_format: str = "national"  # a key of models.identity.RESERVNUMMER_FORMATS
    time_zone: str = DEFAULT_TIME_ZONE
    # Unsigned notes older than this are flagged to their author and the lead.
    draft_overdue_days: int = 3
