"""Helpers for the client-register and calendar tests: short ways to write a
client, a visit and a local time, and to read what the access log got."""

import dataclasses
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from mottagning.models.access_log import LogAction, LogEntry
from mottagning.models.calendar import AppointmentDetails, ContactForm
from mottagning.models.clients import Client, ClientDetails, Strand, TargetGroup
from mottagning.models.identity import IdentityNumber, parse_identity_number
from mottagning.services.session import Session
from tests.storage.helpers import entries_after

STOCKHOLM = ZoneInfo("Europe/Stockholm")
# The clock fixture stands at Monday 2026-11-23 08:00 UTC (09:00 in Stockholm).
TODAY = date(2026, 11, 23)
TOMORROW = date(2026, 11, 24)

# Valid numbers (check digits computed by hand with the Luhn rule).
PERSONNUMMER = "19850312-1231"  # stored as 198503121231
OTHER_PERSONNUMMER = "19900101-9877"  # stored as 199001019877
CENTENARIAN = "121212+1212"  # born 1912: "+" from the year one turns 100
SAMORDNINGSNUMMER = "701063-2391"  # day 63 = the 3rd, plus 60


def local(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    """A wall-clock time at the clinic (Europe/Stockholm)."""
    return datetime(year, month, day, hour, minute, tzinfo=STOCKHOLM)


def identity(text: str, today: date = TODAY) -> IdentityNumber:
    return parse_identity_number(text, today)


def details(alias: str, **changes: object) -> ClientDetails:
    """A minimal valid client: an alias, a strand and one target group."""
    base = ClientDetails(
        alias=alias, strand=Strand.MIKA, target_groups=frozenset({TargetGroup.SELLING_SEX})
    )
    return dataclasses.replace(base, **changes)


def edited(client: Client, **changes: object) -> ClientDetails:
    """The client's details with some fields changed, as the form sends them."""
    return dataclasses.replace(client.details, **changes)


def visit(
    counselor_ids: str | frozenset[str],
    starts_at: datetime,
    minutes: int = 60,
    **changes: object,
) -> AppointmentDetails:
    counselors = frozenset({counselor_ids}) if isinstance(counselor_ids, str) else counselor_ids
    base = AppointmentDetails(
        starts_at=starts_at,
        ends_at=starts_at + timedelta(minutes=minutes),
        counselor_ids=counselors,
        contact_form=ContactForm.CONSULTATION,  # needs no client unless one is given
    )
    if "client_id" in changes and "contact_form" not in changes:
        changes["contact_form"] = ContactForm.BOOKED_VISIT
    return dataclasses.replace(base, **changes)


def logged(session: Session, seq: int) -> list[tuple[LogAction, str | None]]:
    """(action, client id) of every entry written after `seq`."""
    return [(entry.action, entry.client_id) for entry in entries_after(session, seq)]


def entries_of(session: Session, seq: int, action: LogAction) -> list[LogEntry]:
    return [entry for entry in entries_after(session, seq) if entry.action is action]
