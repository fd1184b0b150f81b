"""Create the demo clinic."""

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from mottagning.demo.accounts import DEMO_ACCOUNTS, LEAD
from mottagning.demo.synthetic import DEMO, SyntheticClinic
from mottagning.models.clinic import ClinicDetails
from mottagning.models.consent import UnitDetails, UnitType
from mottagning.models.users import NewUser, Role
from mottagning.services.accounts import generate_temporary_password
from mottagning.services.authentication import Authenticator
from mottagning.services.clock import Clock
from mottagning.services.session import Session
from mottagning.services.setup import create_clinic
from mottagning.storage.files import ClinicFiles
from mottagning.storage.kdf import KdfParams

DEMO_CLINIC = ClinicDetails(
    name="Mottagningen Exempelstad",
    address="Exempelgatan 12\n123 45 Exempelstad",
    phone="031-390 06 00",  # a number PTS reserves for fiction
)
# The demo's data is synthetic, so its key slots use a lighter Argon2id cost
# than a real clinic's: `mottagning --demo` then starts in a second or two.
DEMO_KDF = KdfParams(time_cost=1, memory_kib=16 * 1024, parallelism=2)
_LOCAL = ZoneInfo("Europe/Stockholm")


class SimulatedClock:
    """A clock the demo moves through past working days."""

    def __init__(self, start: datetime) -> None:
        self.moment = start

    def now(self) -> datetime:
        return self.moment

    def at_local(self, day: datetime, clock_time: time) -> None:
        local = datetime.combine(day.astimezone(_LOCAL).date(), clock_time, _LOCAL)
        self.moment = max(self.moment + timedelta(seconds=1), local.astimezone(day.tzinfo))


def create_demo_clinic(
    files: ClinicFiles, clock: Clock, kdf: KdfParams = DEMO_KDF, seed: int = 2026
) -> None:
    """Create the demo clinic in `files.data_dir` with its history up to now."""
    today = clock.now()
    sim = SimulatedClock(today - timedelta(days=DEMO.history_days + 7))
    create_clinic(
        files,
        DEMO_CLINIC,
        NewUser(LEAD.username, LEAD.full_name, LEAD.title, LEAD.role),
        LEAD.password,
        sim,
        kdf,
        workstation="RECEPTION-1",
    )
    gate = Authenticator(files, sim, kdf, workstation="RECEPTION-1")
    try:
        lead = gate.login(LEAD.username, LEAD.password)
        staff = {lead.user.id: lead.keys}
        for account in DEMO_ACCOUNTS[1:]:
            temporary = generate_temporary_password()
            user = lead.accounts.create_user(
                NewUser(account.username, account.full_name, account.title, account.role),
                temporary,
            )
            first = gate.login(account.username, temporary)
            first.accounts.replace_temporary_password(account.password)
            staff[user.id] = first.keys
            first.logout()
            if not account.active:
                lead.accounts.deactivate(user.id)
                del staff[user.id]
        active = [u for u in lead.accounts.list_users() if u.active]
        counselors = [u.id for u in active if u.role is Role.COUNSELOR]
        scheduler = next(u.id for u in active if u.role is Role.SCHEDULER)
        SyntheticClinic(lead.clinic, staff, counselors, scheduler, today, DEMO, seed).build()
        _address_book(lead)
        lead.logout()
        _log_review(gate, sim, today)
    finally:
        gate.close()


# Receiving units for referrals (fictional names and numbers).
DEMO_UNITS = (
    UnitDetails(
        "Beroendemottagningen Väst",
        UnitType.ADDICTION_CARE,
        "Box 1201\n413 45 Göteborg",
        "031-700 12 00",
    ),
    UnitDetails(
        "Psykiatriska mottagningen Centrum",
        UnitType.PSYCHIATRY,
        "Vasagatan 10\n411 24 Göteborg",
        "031-700 20 00",
        "psykiatri.centrum@example.se",
    ),
    UnitDetails(
        "Vårdcentralen Linnéstaden",
        UnitType.PRIMARY_CARE,
        "Linnégatan 5\n413 04 Göteborg",
        "031-700 30 00",
    ),
    UnitDetails(
        "Regional samordnare mot människohandel",
        UnitType.ANTI_TRAFFICKING,
        "Box 22\n403 40 Göteborg",
        "031-700 40 00",
        "samordnare@example.se",
    ),
    UnitDetails(
        "Infektionsmottagningen Östra",
        UnitType.INFECTION_CLINIC,
        "Östra vägen 3\n416 85 Göteborg",
        "031-700 50 00",
    ),
)


def _address_book(lead: Session) -> None:
    for unit in DEMO_UNITS:
        lead.address_book.save_unit(unit)


def _log_review(gate: Authenticator, sim: SimulatedClock, end: datetime) -> None:
    day = end - timedelta(days=1)
    sim.at_local(day, time(16, 40))
    lead = gate.login(LEAD.username, LEAD.password)
    lead.access_log.document_review(
        (end - timedelta(days=28)).date(),
        (end - timedelta(days=4)).date(),
        scope="Stickprov: samtliga misslyckade inloggningar och kontoändringar under perioden.",
        findings="Inga avvikelser. Kontot karin.o avaktiverat efter avslutad anställning.",
    )
    lead.logout()
