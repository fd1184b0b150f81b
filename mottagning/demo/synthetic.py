"""A synthetic clinic: clients, rooms, opening hours and years of visits,
deterministic from a seed, written through the storage layer.

Used by the demo (a few months of a small clinic) and by the benchmarks (ten
years of a large one). It writes in bulk through the repositories, not the
services, so that a decade of data is made in minutes; it keeps the services'
invariants by construction: visits are laid on a grid of free slots, so no
counselor, room or client is booked twice at once, and each event leaves the
access-log entry the services would have written.

Identity numbers use the birth numbers 980-999, which Skatteverket reserves
for test persons: no generated number belongs to a real person.
"""

import random
import uuid
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from mottagning.demo import names
from mottagning.demo.synthetic_journal import MEASURE_EVERY, SyntheticJournal
from mottagning.demo.synthetic_letters import SyntheticLetters
from mottagning.models.access_log import LogAction, LogEvent
from mottagning.models.calendar import (
    DEFAULT_OPENING_HOURS,
    Absence,
    AnonymousContact,
    Appointment,
    AppointmentStatus,
    ContactForm,
    OpeningHours,
    Room,
    WaitingListEntry,
)
from mottagning.models.clients import (
    Client,
    ClientStatus,
    ContactRules,
    Gender,
    IdentityChange,
    ReferralSource,
    Strand,
    TargetGroup,
)
from mottagning.models.identity import IdentityKind, IdentityNumber
from mottagning.services.closed_days import ClinicCalendar
from mottagning.services.key_ring import KeyRing
from mottagning.services.unlocked_clinic import UnlockedClinic
from mottagning.storage.calendar import CalendarRepository
from mottagning.storage.clients import ClientRepository

ROOM_NAMES = ("Rum 1", "Rum 2", "Rum 3 (samtal)", "Grupprummet", "Rum 5", "Rum 6")
# Visit start times in a counselor's day (50-minute visits, breaks between).
SLOTS = (time(8, 30), time(9, 45), time(11, 0), time(13, 0), time(14, 15), time(15, 30))
VISIT = timedelta(minutes=50)
OPENING_HOURS = OpeningHours(
    weekly={**DEFAULT_OPENING_HOURS.weekly, 3: (time(8, 0), time(19, 0))},  # late Thursdays
    exceptions={},
)


@dataclass(frozen=True)
class ClinicShape:
    """How big and how old the synthetic clinic is."""

    clients: int
    rooms: int
    history_days: int
    future_days: int
    mean_sessions: float  # per course of treatment
    anonymous_tallies_per_week: int


DEMO = ClinicShape(
    clients=90,
    rooms=4,
    history_days=120,
    future_days=35,
    mean_sessions=14,  # most counselors have a full week of ongoing clients
    anonymous_tallies_per_week=6,
)
# Ten years of a large reception: about 3,000 clients and 60,000 appointments.
LARGE = ClinicShape(
    clients=3000,
    rooms=4,
    history_days=3650,
    future_days=35,
    mean_sessions=60,
    anonymous_tallies_per_week=8,
)


@dataclass
class _Schedule:
    """Which slots are taken, so that nothing is double-booked by construction."""

    counselors: dict[tuple[str, date], set[int]] = field(default_factory=lambda: defaultdict(set))
    rooms: dict[tuple[date, int], set[str]] = field(default_factory=lambda: defaultdict(set))
    away: set[tuple[str, date]] = field(default_factory=set)


class SyntheticClinic:
    def __init__(
        self,
        clinic: UnlockedClinic,
        staff: Mapping[str, KeyRing],
        counselor_ids: list[str],
        author_id: str,
        now: datetime,
        shape: ClinicShape = DEMO,
        seed: int = 2026,
    ) -> None:
        """`staff`: everyone who logs in on working days, with their keys (each
        entry is signed by its author; the journal is sealed with the journal key)."""
        staff_ids = list(staff)
        self._signers = {user_id: ring.signer for user_id, ring in staff.items()}
        journal = next(ring.journal for user_id, ring in staff.items() if user_id in counselor_ids)
        self._clinic = clinic
        self._staff = staff_ids  # everyone who logs in on working days
        self._counselors = counselor_ids
        self._author = author_id  # who books: the administrator
        self._shape = shape
        self._rng = random.Random(seed)
        self._zone = ZoneInfo(clinic.settings.clinic_settings().time_zone)
        self._today = now.astimezone(self._zone).date()
        # The history ends this morning at 08:00, or earlier if the clinic is built earlier.
        self._end = min(datetime.combine(self._today, time(8, 0), self._zone), now)
        self._calendar = ClinicCalendar(OPENING_HOURS, self._zone)
        self._clients = ClientRepository(clinic.db)
        self._appointments = CalendarRepository(clinic.db)
        self._schedule = _Schedule()
        self._caseload: dict[
            str, list[tuple[date, str]]
        ] = {}  # counselor -> (first contact, client)
        self._log: list[tuple[datetime, LogEvent]] = []
        self._journal = SyntheticJournal(
            clinic, journal, self._rng, self._log, self._zone, self._end
        )
        self._letters = SyntheticLetters(clinic, journal, seed, self._log, self._zone, self._end)

    # --- The whole clinic -------------------------------------------------------------

    def build(self, *, heavy_client: bool = False) -> None:
        """Write the clinic; `heavy_client` adds one client followed weekly for years
        (about 300 notes and 20 questionnaires), for measuring a big record."""
        start = self._today - timedelta(days=self._shape.history_days)
        with self._clinic.db.transaction():
            self._appointments.save_opening_hours(OPENING_HOURS)
            rooms = self._rooms(start)
            self._letters.address_book(start, self._author)
            self._absences(start)
            clients = self._make_clients(start)
            for client in clients:
                self._treat(client, rooms)
            if heavy_client:
                self._long_term_client(rooms, len(clients))
            self._group_sessions(start, rooms)
            self._tallies(start)
            self._working_days(start)
            self._write_log()

    def _at(self, day: date, clock: time) -> datetime:
        return datetime.combine(day, clock, self._zone)

    def _rooms(self, start: date) -> list[Room]:
        rooms = [Room(str(uuid.uuid4()), name, True) for name in ROOM_NAMES[: self._shape.rooms]]
        for room in rooms:
            self._appointments.save_room(room, self._at(start, time(8, 0)))
        return rooms

    def _absences(self, start: date) -> None:
        """Holidays and training days, about four weeks a year per counselor."""
        for counselor in self._counselors:
            day = start
            while day < self._today + timedelta(days=self._shape.future_days):
                day += timedelta(days=self._rng.randint(40, 120))
                length = self._rng.choice((1, 1, 2, 5, 10))
                first = day
                for offset in range(length):
                    self._schedule.away.add((counselor, first + timedelta(days=offset)))
                absence = Absence(
                    str(uuid.uuid4()),
                    counselor,
                    self._at(first, time(0)),
                    self._at(first + timedelta(days=length), time(0)),
                    self._rng.choice(("Semester", "Utbildning", "Ledig", "Kurs")),
                )
                self._appointments.add_absence(
                    absence, self._past(self._at(first - timedelta(days=20), time(9)))
                )

    # --- Clients ----------------------------------------------------------------------

    def _make_clients(self, start: date) -> list[Client]:
        span = (self._today - start).days
        self._aliases: set[str] = set()
        clients = []
        for number in range(self._shape.clients):
            # More recent clients than old ones: the clinic grows.
            first_contact = start + timedelta(days=int(span * self._rng.random() ** 0.8))
            clients.append(self._client(number, first_contact, self._aliases))
        return clients

    def _long_term_client(self, rooms: list[Room], number: int) -> None:
        years = min(8, self._shape.history_days // 365)
        first_contact = self._today - timedelta(days=365 * years + 20)
        client = self._client(number, first_contact, self._aliases)
        # Seen about every five days: with cancellations and no-shows that leaves
        # some 300 notes over eight years, and a questionnaire every ~17 visits.
        sessions = max(20, (self._today - first_contact).days // 5)
        self._treat(
            client, rooms, sessions=sessions, interval=5, measure_every=max(4, sessions // 35)
        )

    def _client(self, number: int, first_contact: date, aliases: set[str]) -> Client:
        rng = self._rng
        strand = Strand.MIKA if rng.random() < 0.55 else Strand.KAST
        if strand is Strand.MIKA:
            gender = rng.choices(list(Gender), weights=(80, 8, 7, 5))[0]
            groups = {
                rng.choices(
                    (
                        TargetGroup.SELLING_SEX,
                        TargetGroup.SEX_AS_SELF_HARM,
                        TargetGroup.TRAFFICKING,
                        TargetGroup.RELATIVE,
                    ),
                    weights=(50, 30, 12, 8),
                )[0]
            }
            if rng.random() < 0.2:
                groups.add(TargetGroup.SEX_AS_SELF_HARM)
        else:
            gender = rng.choices(list(Gender), weights=(6, 88, 2, 4))[0]
            groups = {
                rng.choices(
                    (
                        TargetGroup.BUYING_SEX,
                        TargetGroup.COMPULSIVE_SEXUAL_BEHAVIOUR,
                        TargetGroup.RELATIVE,
                        TargetGroup.PROFESSIONAL,
                    ),
                    weights=(60, 30, 5, 5),
                )[0]
            }
        first_name = rng.choice(
            names.FEMALE_FIRST_NAMES
            if gender is Gender.WOMAN
            else names.MALE_FIRST_NAMES
            if gender is Gender.MAN
            else names.NEUTRAL_FIRST_NAMES
        )
        birth_year = self._today.year - int(rng.triangular(16, 68, 29))
        identity, decision, known = self._identity(birth_year)
        alias = self._alias(number, strand, aliases)
        counselor = rng.choice(self._counselors)
        created = self._past(self._at(first_contact, time(rng.randint(9, 15), rng.randint(0, 59))))
        client = Client(
            id=str(uuid.uuid4()),
            alias=alias,
            first_name=first_name if known else "",
            last_name=rng.choice(names.LAST_NAMES) if known else "",
            identity=identity,
            no_identity_decision=decision,
            strand=strand,
            target_groups=frozenset(groups),
            gender=gender,
            birth_year=birth_year if rng.random() < 0.85 else None,
            home_municipality=rng.choice(names.MUNICIPALITIES) if rng.random() < 0.9 else "",
            referral_source=rng.choices(
                list(ReferralSource),
                weights=(40, 25, 5, 12, 8, 7, 3)
                if strand is Strand.KAST
                else (45, 5, 8, 17, 12, 10, 3),
            )[0],
            interpreter_language=rng.choice(names.INTERPRETER_LANGUAGES)
            if rng.random() < 0.08
            else "",
            counselor_ids=frozenset({counselor}),
            status=ClientStatus.ACTIVE,
            first_contact=first_contact,
            phone=self._phone() if known and rng.random() < 0.8 else "",
            email="",
            address=self._address() if known and rng.random() < 0.4 else "",
            contact_rules=self._contact_rules(known),
            created_at=created,
            updated_at=created,
        )
        self._clients.add(client)
        self._caseload.setdefault(counselor, []).append((first_contact, client.id))
        self._log.append((created, LogEvent(LogAction.CLIENT_CREATED, self._author, client.id)))
        if identity is not None or decision:
            self._clients.add_identity_change(
                str(uuid.uuid4()),
                client.id,
                IdentityChange(identity, decision, created, self._author),
            )
        return client

    def _identity(self, birth_year: int) -> tuple[IdentityNumber | None, str, bool]:
        """About half are anonymous; the rest mostly have a personnummer."""
        roll = self._rng.random()
        if roll < 0.45:
            return None, "", self._rng.random() < 0.3  # anonymous: sometimes a first name
        if roll < 0.48:
            year, case, paragraph = (
                self._rng.randint(a, b) for a, b in ((2025, 2026), (10, 99), (1, 40))
            )
            return None, f"SN {year}-{case} § {paragraph}", False  # the committee's decision
        birth = date(birth_year, self._rng.randint(1, 12), self._rng.randint(1, 28))
        kind = IdentityKind.SAMORDNINGSNUMMER if roll > 0.93 else IdentityKind.PERSONNUMMER
        day = birth.day + (60 if kind is IdentityKind.SAMORDNINGSNUMMER else 0)
        nine = f"{birth:%y%m}{day:02d}{self._rng.randint(980, 999)}"
        value = f"{birth.year // 100}{nine}{_luhn(nine)}"
        return IdentityNumber(kind, value), "", True

    def _phone(self) -> str:
        r = self._rng.randint
        return f"07{r(0, 9)}-{r(100, 999)} {r(10, 99)} {r(10, 99)}"

    def _address(self) -> str:
        r = self._rng.randint
        street, town = self._rng.choice(names.STREETS), self._rng.choice(names.MUNICIPALITIES)
        return f"{street} {r(1, 60)}\n5{r(50, 69)} {r(10, 99)} {town}"

    def _alias(self, number: int, strand: Strand, taken: set[str]) -> str:
        if self._rng.random() < 0.5:
            alias = f"{'M' if strand is Strand.MIKA else 'K'}-{number + 1:04d}"
        else:
            alias = self._rng.choice(names.ALIAS_WORDS)
            suffix = 2
            while alias.casefold() in taken:
                alias = f"{self._rng.choice(names.ALIAS_WORDS)} {suffix}"
                suffix += 1
        taken.add(alias.casefold())
        return alias

    def _contact_rules(self, known: bool) -> ContactRules:
        rng = self._rng
        return ContactRules(
            may_phone=known and rng.random() < 0.7,
            may_leave_voicemail=known and rng.random() < 0.3,
            may_send_letters=known and rng.random() < 0.25,
            may_use_clinic_name=known and rng.random() < 0.4,
            protected_identity=rng.random() < 0.04,
        )

    # --- Treatment: a course of visits --------------------------------------------------

    def _treat(
        self,
        client: Client,
        rooms: list[Room],
        *,
        sessions: int | None = None,
        interval: int | None = None,
        measure_every: int = MEASURE_EVERY,
    ) -> None:
        rng = self._rng
        assert client.first_contact is not None
        wait = int(rng.lognormvariate(2.3, 0.6))  # median about ten days
        first_visit = client.first_contact + timedelta(days=wait)
        horizon = self._today + timedelta(days=self._shape.future_days)
        counselor = next(iter(client.counselor_ids))
        if first_visit > self._today + timedelta(days=7):
            self._wait(client)
            return
        sessions = sessions or max(1, int(rng.expovariate(1 / self._shape.mean_sessions)))
        interval = interval or rng.choice((7, 7, 7, 14))
        day = first_visit
        booked: list[Appointment] = []
        for index in range(sessions):
            if day > horizon:
                break
            slot = self._free_slot(counselor, day)
            if slot is None:
                day += timedelta(days=1)
                continue
            visit_day, slot_index = slot
            form = rng.choices(
                (
                    ContactForm.BOOKED_VISIT,
                    ContactForm.PHONE,
                    ContactForm.VIDEO,
                    ContactForm.DROP_IN,
                ),
                weights=(84, 8, 5, 3),
            )[0]
            room = (
                self._free_room(visit_day, slot_index, rooms)
                if form is ContactForm.BOOKED_VISIT
                else None
            )
            start = self._at(visit_day, SLOTS[slot_index])
            booked.append(
                self._visit(client, counselor, room, form, start, wait if index == 0 else None)
            )
            ended_early = rng.random() < 0.3 and measure_every == MEASURE_EVERY
            if booked[-1].status is AppointmentStatus.CANCELLED_BY_CLIENT and ended_early:
                break  # the course ended early
            day = visit_day + timedelta(days=interval)
        self._journal.plan_and_measures(client, counselor, booked, measure_every)
        self._letters.after_course(client, counselor, booked)
        self._settle_client(client, booked)

    def _free_slot(self, counselor: str, day: date) -> tuple[date, int] | None:
        for offset in range(6):
            candidate = day + timedelta(days=offset)
            if (
                not self._calendar.is_open_day(candidate)
                or (counselor, candidate) in self._schedule.away
            ):
                continue
            taken = self._schedule.counselors[(counselor, candidate)]
            free = [i for i in range(len(SLOTS)) if i not in taken]
            if len(taken) < 4 and free:
                slot = self._rng.choice(free)
                taken.add(slot)
                return candidate, slot
        return None

    def _free_room(self, day: date, slot: int, rooms: list[Room]) -> Room | None:
        used = self._schedule.rooms[(day, slot)]
        free = [room for room in rooms if room.id not in used and room.name != "Grupprummet"]
        if not free:
            return None
        room = self._rng.choice(free)
        used.add(room.id)
        return room

    def _visit(
        self,
        client: Client,
        counselor: str,
        room: Room | None,
        form: ContactForm,
        start: datetime,
        waiting_days: int | None,
    ) -> Appointment:
        rng = self._rng
        end = start + VISIT
        # Booked one to three weeks ahead, but never later than now (the
        # generator runs before the clinic opens today) nor before registration.
        booked_at = max(
            min(
                start - timedelta(days=rng.randint(1, 21), hours=rng.randint(0, 5)),
                self._now() - timedelta(minutes=rng.randint(5, 600)),
            ),
            client.created_at,
        )
        status = self._status(start)
        appointment = Appointment(
            id=str(uuid.uuid4()),
            starts_at=start,
            ends_at=end,
            counselor_ids=frozenset({counselor}),
            client_id=client.id,
            room_id=room.id if room else None,
            contact_form=form,
            reception_note=rng.choice(names.RECEPTION_NOTES) if rng.random() < 0.07 else "",
            status=status,
            series_id=None,
            override_reason="",
            waiting_days=waiting_days,
            created_by=self._author,
            created_at=booked_at,
            updated_at=end if status is not AppointmentStatus.BOOKED else booked_at,
        )
        self._appointments.add_appointment(appointment)
        booking = LogEvent(
            LogAction.APPOINTMENT_BOOKED, self._author, client.id, "appointment", appointment.id
        )
        # The reception opens the client to book, then books.
        self._log.append(
            (
                booked_at - timedelta(seconds=40),
                LogEvent(LogAction.CLIENT_VIEWED, self._author, client.id),
            )
        )
        self._log.append((booked_at, booking))
        if status is not AppointmentStatus.BOOKED:
            marked = LogEvent(
                LogAction.APPOINTMENT_STATUS_CHANGED,
                counselor,
                client.id,
                "appointment",
                appointment.id,
                status.value,
            )
            self._log.append((min(end, self._now()), marked))
            if status is AppointmentStatus.ATTENDED:
                self._journal.after_visit(client, counselor, appointment)
        return appointment

    def _now(self) -> datetime:
        return self._end

    def _past(self, moment: datetime) -> datetime:
        """Nothing is recorded later than the moment the generator stands in."""
        return min(moment, self._now() - timedelta(minutes=1))

    def _status(self, start: datetime) -> AppointmentStatus:
        if start >= self._now():
            return AppointmentStatus.BOOKED
        return self._rng.choices(
            (
                AppointmentStatus.ATTENDED,
                AppointmentStatus.CANCELLED_BY_CLIENT,
                AppointmentStatus.NO_SHOW,
                AppointmentStatus.CANCELLED_BY_CLINIC,
            ),
            weights=(79, 10, 8, 3),
        )[0]

    def _settle_client(self, client: Client, visits: list[Appointment]) -> None:
        """Close a client whose last visit is long past; the rest stay active."""
        if not visits or visits[-1].starts_at > self._now() - timedelta(days=75):
            return
        closed_at = visits[-1].ends_at + timedelta(days=self._rng.randint(14, 60))
        if closed_at > self._now():
            return
        closed = Client(
            **{
                name: getattr(client, name)
                for name in Client.__dataclass_fields__
                if name not in ("status", "closed_reason", "updated_at")
            },
            status=ClientStatus.CLOSED,
            closed_reason=self._rng.choice(names.CLOSING_REASONS),
            updated_at=closed_at,
        )
        self._clients.update(closed)
        who = next(iter(client.counselor_ids))
        self._log.append(
            (closed_at, LogEvent(LogAction.CLIENT_UPDATED, who, client.id, detail="status"))
        )

    def _wait(self, client: Client) -> None:
        assert client.first_contact is not None
        waiting = Client(
            **{
                name: getattr(client, name)
                for name in Client.__dataclass_fields__
                if name not in ("status", "counselor_ids")
            },
            status=ClientStatus.WAITING,
            counselor_ids=frozenset(),
        )
        self._clients.update(waiting)
        entry = WaitingListEntry(
            id=str(uuid.uuid4()),
            client_id=client.id,
            priority=self._rng.choices((1, 2, 3), weights=(15, 70, 15))[0],
            first_contact=client.first_contact,
            note=self._rng.choice(
                ("", "", "Vill ha eftermiddagstid", "Behöver tolk", "Kan inte torsdagar")
            ),
            added_at=client.created_at,
            added_by=self._author,
        )
        self._appointments.add_to_waiting_list(entry)
        event = LogEvent(LogAction.WAITING_LIST_CHANGED, self._author, client.id, detail="added")
        self._log.append((client.created_at, event))

    # --- The rest of the week ---------------------------------------------------------

    def _group_sessions(self, start: date, rooms: list[Room]) -> None:
        """A KAST group on Wednesday afternoons, led by two counselors."""
        group_room = next((r for r in rooms if r.name == "Grupprummet"), rooms[-1])
        leaders = frozenset(self._counselors[:2])
        day = start + timedelta(days=(2 - start.weekday()) % 7)
        while day <= self._today + timedelta(days=self._shape.future_days):
            if self._calendar.is_open_day(day) and not any(
                (c, day) in self._schedule.away for c in leaders
            ):
                begin = self._at(day, time(16, 30))
                status = self._status(begin)
                appointment = Appointment(
                    id=str(uuid.uuid4()),
                    starts_at=begin,
                    ends_at=begin + timedelta(minutes=90),
                    counselor_ids=leaders,
                    client_id=None,
                    room_id=group_room.id,
                    contact_form=ContactForm.GROUP,
                    reception_note="KAST-gruppen",
                    status=AppointmentStatus.ATTENDED
                    if status is not AppointmentStatus.BOOKED
                    else status,
                    series_id=None,
                    override_reason="",
                    waiting_days=None,
                    created_by=self._author,
                    created_at=self._past(begin - timedelta(days=14)),
                    updated_at=begin,
                )
                self._appointments.add_appointment(appointment)
            day += timedelta(days=7)

    def _tallies(self, start: date) -> None:
        day = start
        while day < self._today:
            if self._calendar.is_open_day(day):
                for _ in range(
                    sum(
                        self._rng.random() < self._shape.anonymous_tallies_per_week / 50
                        for _ in range(10)
                    )
                ):
                    contact = AnonymousContact(
                        id=str(uuid.uuid4()),
                        occurred_on=day,
                        contact_form=self._rng.choices(
                            (
                                ContactForm.PHONE,
                                ContactForm.CHAT,
                                ContactForm.OUTREACH,
                                ContactForm.DROP_IN,
                            ),
                            weights=(50, 25, 20, 5),
                        )[0],
                        strand=self._rng.choice((Strand.MIKA.value, Strand.KAST.value, None)),
                        target_group=None,
                        recorded_by=self._rng.choice(self._counselors),
                        created_at=self._at(day, time(self._rng.randint(9, 16))),
                    )
                    self._appointments.add_anonymous_contact(contact)
                    self._log.append(
                        (
                            contact.created_at,
                            LogEvent(
                                LogAction.ANONYMOUS_CONTACT_RECORDED,
                                contact.recorded_by,
                                detail=contact.contact_form.value,
                            ),
                        )
                    )
            day += timedelta(days=1)

    def _working_days(self, start: date) -> None:
        """Logins, locks and logouts: what everyday use leaves in the access log."""
        rng = self._rng
        day = start
        while day < self._today:
            if self._calendar.is_open_day(day):
                for user in self._staff:
                    if (user, day) in self._schedule.away or rng.random() < 0.15:
                        continue
                    login = self._at(day, time(rng.randint(7, 9), rng.randint(0, 59)))
                    self._log.append((login, LogEvent(LogAction.LOGIN, user)))
                    self._look_through_caseload(user, day, login)
                    if rng.random() < 0.6:
                        lock = self._at(day, time(11, rng.randint(30, 59)))
                        self._log.append((lock, LogEvent(LogAction.LOCK, user)))
                        unlock = self._at(day, time(12, rng.randint(15, 59)))
                        self._log.append((unlock, LogEvent(LogAction.UNLOCK, user)))
                    logout = self._at(day, time(rng.randint(16, 17), rng.randint(0, 59)))
                    self._log.append((logout, LogEvent(LogAction.LOGOUT, user)))
            day += timedelta(days=1)

    def _look_through_caseload(self, user: str, day: date, login: datetime) -> None:
        """A counselor opens a few of their clients' records in a working day
        (to prepare, to follow up, to answer a call), each read logged."""
        caseload = self._caseload.get(user, [])
        known = [client_id for first, client_id in caseload if first <= day]
        for _ in range(min(len(known), self._rng.randint(3, 9))):
            client_id = self._rng.choice(known)
            at = login + timedelta(minutes=self._rng.randint(5, 420))
            self._log.append((at, LogEvent(LogAction.CLIENT_VIEWED, user, client_id)))
            read = LogEvent(LogAction.JOURNAL_READ, user, client_id)
            self._log.append((at + timedelta(seconds=15), read))

    def _write_log(self) -> None:
        """The access log as the services would have left it, in time order."""
        self._log.sort(key=lambda item: item[0])
        signers = self._signers
        self._clinic.access_log.append_many(
            (event, moment, signers[event.user_id or ""]) for moment, event in self._log
        )
        self._log.clear()


def _luhn(nine_digits: str) -> int:
    total = 0
    for index, char in enumerate(nine_digits):
        product = int(char) * (2 - index % 2)
        total += product // 10 + product % 10
    return (10 - total % 10) % 10
