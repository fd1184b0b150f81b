"""Create the demo clinic."""

import random
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from mottagning.demo.accounts import DEMO_ACCOUNTS, LEAD
from mottagning.models.access_log import LogAction
from mottagning.models.clinic import ClinicDetails
from mottagning.models.users import NewUser
from mottagning.services.accounts import generate_temporary_password
from mottagning.services.authentication import Authenticator
from mottagning.services.clock import Clock
from mottagning.services.session import Session
from mottagning.services.setup import create_clinic
from mottagning.storage.crypto import KdfParams
from mottagning.storage.files import ClinicFiles

DEMO_CLINIC = ClinicDetails(
    name="Mottagningen Exempelstad",
    address="Exempelgatan 12\n123 45 Exempelstad",
    phone="031-390 06 00",  # a number PTS reserves for fiction
)
HISTORY_DAYS = 28
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
    rng = random.Random(seed)
    today = clock.now()
    sim = SimulatedClock(today - timedelta(days=HISTORY_DAYS + 7))
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
        staff = [a for a in DEMO_ACCOUNTS if a is not LEAD]
        for account in staff:
            temporary = generate_temporary_password()
            user = lead.accounts.create_user(
                NewUser(account.username, account.full_name, account.title, account.role),
                temporary,
            )
            first = gate.login(account.username, temporary)
            first.accounts.replace_temporary_password(account.password)
            first.logout()
            if not account.active:
                lead.accounts.deactivate(user.id)
        lead.logout()
        _working_days(gate, sim, rng, today)
        _log_review(gate, sim, today)
    finally:
        gate.close()


def _working_days(
    gate: Authenticator, sim: SimulatedClock, rng: random.Random, end: datetime
) -> None:
    """Logins, locks and logouts on past weekdays: what a month of use leaves in the log.

    Each password is proven once; the simulated days reuse that proof, as
    deriving the key hundreds of times would only slow the demo down.
    """
    active = [a for a in DEMO_ACCOUNTS if a.active]
    proven = {a.username: gate.check_password(a.username, a.password) for a in active}
    for offset in range(HISTORY_DAYS, 0, -1):
        day = end - timedelta(days=offset)
        if day.astimezone(_LOCAL).weekday() >= 5:
            continue
        # A day's events of everyone who works, in the order they happen.
        events: list[tuple[time, str, str]] = []
        for account in rng.sample(active, k=rng.randint(3, len(active))):
            events.append((time(7 + rng.randint(0, 2), rng.randint(0, 59)), "in", account.username))
            if rng.random() < 0.5:
                events.append((time(11, rng.randint(0, 58)), "lock", account.username))
                events.append((time(12, rng.randint(0, 59)), "unlock", account.username))
            events.append(
                (time(15 + rng.randint(0, 1), rng.randint(0, 59)), "out", account.username)
            )
        sessions: dict[str, Session] = {}
        for moment, kind, username in sorted(events):
            sim.at_local(day, moment)
            if kind == "in":
                sessions[username] = gate.open_session(proven[username])
            elif kind == "lock":
                sessions[username].lock()
            elif kind == "unlock":
                sessions[username].record(LogAction.UNLOCK)
            else:
                sessions.pop(username).logout()


def _log_review(gate: Authenticator, sim: SimulatedClock, end: datetime) -> None:
    day = end - timedelta(days=1)
    sim.at_local(day, time(16, 40))
    lead = gate.login(LEAD.username, LEAD.password)
    lead.access_log.document_review(
        (end - timedelta(days=HISTORY_DAYS)).date(),
        (end - timedelta(days=4)).date(),
        scope="Stickprov: samtliga misslyckade inloggningar och kontoändringar under perioden.",
        findings="Inga avvikelser. Kontot karin.o avaktiverat efter avslutad anställning.",
    )
    lead.logout()
