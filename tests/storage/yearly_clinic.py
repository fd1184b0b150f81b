"""A small clinic for the yearly numbers, built through the services with the
clock moved through 2024-2026, and its tables counted by hand below.

    client  strand  target groups             gender  born  municipality  referral  identity
    Anna    MIKA    selling_sex, trafficking  woman   1990  Jönköping     self      yes
    Bo      KAST    buying_sex                man     1980  jönköping     police    no
    Cia     MIKA    sex_as_self_harm          woman   2008  Huskvarna     (none)    no
    Dan     KAST    buying_sex, compulsive    man     -     -             (none)    no
    Eva     MIKA    selling_sex               woman   1985  Jönköping     social    yes

Visits (local time, Europe/Stockholm):
    Anna  2024-12-10 attended; 2025-01-15, 2025-02-12 attended; 2025-03-12 no-show
    Bo    2025-01-20 attended (booked visit), 2025-02-03 attended (phone)
    Cia   2025-12-30 attended; 2026-01-01 00:30 attended (2025-12-31 23:30 UTC: 2026)
    Dan   2025-03-03 attended (video); 2025-03-10 (booked visit) cancelled by the client
    Eva   22 weekly visits from 2025-04-07, all attended
    a group session with no client 2025-04-02, attended
First contacts: Anna 2024-12-02 (register); Bo 2025-01-07 (waiting list);
Cia 2025-12-01 (register); Dan 2025-03-01 (the register's default: the day he
was registered); Eva 2025-03-31 (register).
Questionnaires: Anna PHQ-9 2024-12-10 (every item 2: 18) and 2025-02-12 (every
item 0: 0): recovered. Bo GAD-7 2025-01-20 and 2025-02-03 (every item 2: 14
both): no reliable change.
Reports of concern: Cia (born 2008) prompted when registered on 2025-12-01,
answered "report made" on 2025-12-02.
Anonymous tallies: 2024-06-03 phone; 2025: three phone calls, one chat.
Outward work 2025: training for the police 2025-05-05 (30 participants, 3 h),
attitude work in a school 2025-09-10 (60, 2 h).
Referral letters (sent by Cora; the day sent at the clinic decides the year):
    Anna  2024-12-20 psychiatry (consent given that day)
    Anna  2025-01-16 psychiatry (the same consent)
    Bo    2025-01-21 addiction care; 2025-02-04 addiction care again (no identity)
    Anna  2025-02-13 social services; her consent to them withdrawn 2025-02-20
    Cia   2025-12-31 a named person (a private therapist, not a unit: other)
    Cia   2026-01-01 00:10 social services (2025-12-31 23:10 UTC: 2026)
"""

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from mottagning.models.calendar import AppointmentStatus, ContactForm, Recurrence
from mottagning.models.clients import (
    Client,
    ConcernAnswer,
    Gender,
    ReferralSource,
    Strand,
    TargetGroup,
)
from mottagning.models.consent import Recipient, Unit, UnitDetails, UnitType
from mottagning.models.letters import Channel
from mottagning.models.outward_work import Audience, OutwardKind, OutwardWorkDetails
from mottagning.services.session import Session
from tests.storage.letters_support import consent, draft
from tests.storage.reception import (
    OTHER_PERSONNUMMER,
    PERSONNUMMER,
    details,
    identity,
    local,
    visit,
)
from tests.support import FakeClock

OVERRIDE = "the yearly-numbers fixture books outside opening hours"


@dataclass
class YearlyClinic:
    clients: dict[str, Client]
    units: dict[UnitType, Unit]


def _refer(
    counselor: Session,
    client: Client,
    unit: Unit | None,
    person: str = "",
    new_consent: bool = True,
) -> str:
    """A referral sent today to `unit` (or a named person), with a consent given
    today unless the one before still holds; the consent's id."""
    today = counselor.clinic.today()
    basis_id = None
    if new_consent:
        recipient = Recipient(unit.id) if unit else Recipient(None, person, "Box 3, Habo")
        basis_id = counselor.consents.record(
            client.id, consent(given_on=today, recipient=recipient)
        ).id
    counselor.referrals.send(
        draft(client.id, unit.id if unit else None, basis_id=basis_id), Channel.PRINTED
    )
    return basis_id or ""


def _at(clock: FakeClock, day: date) -> None:
    """Move the clock to 07:00 UTC on `day` (before any visit of that day)."""
    clock.moment = datetime(day.year, day.month, day.day, 7, 0, tzinfo=UTC)


def _visit(
    lead: Session,
    clock: FakeClock,
    counselor_id: str,
    client: Client | None,
    starts: datetime,
    status: AppointmentStatus = AppointmentStatus.ATTENDED,
    form: ContactForm = ContactForm.BOOKED_VISIT,
    recurrence: Recurrence | None = None,
) -> None:
    _at(clock, starts.date() - timedelta(days=1))
    booked = lead.scheduling.book(
        visit(
            counselor_id,
            starts,
            client_id=client.id if client else None,
            contact_form=form,
        ),
        recurrence,
        override_reason=OVERRIDE,
    )
    for appointment in booked.appointments:
        clock.moment = appointment.ends_at + timedelta(minutes=1)
        lead.scheduling.set_status(appointment.id, status)


def build_yearly_clinic(lead: Session, counselor: Session, clock: FakeClock) -> YearlyClinic:
    cora = counselor.user.id
    mine = frozenset({cora})
    _at(clock, date(2024, 6, 3))
    lead.anonymous_contacts.record(date(2024, 6, 3), ContactForm.PHONE)

    _at(clock, date(2024, 12, 2))
    anna, _ = lead.clients.create(
        details(
            "Anna",
            target_groups=frozenset({TargetGroup.SELLING_SEX, TargetGroup.TRAFFICKING}),
            gender=Gender.WOMAN,
            birth_year=1990,
            home_municipality="Jönköping",
            referral_source=ReferralSource.SELF,
            identity=identity(OTHER_PERSONNUMMER, date(2024, 12, 2)),
            first_contact=date(2024, 12, 2),
            counselor_ids=mine,
        )
    )
    _visit(lead, clock, cora, anna, local(2024, 12, 10, 10))
    counselor.measures.record(anna.id, "phq9", [2] * 9, administered_on=date(2024, 12, 10))
    _at(clock, date(2024, 12, 20))
    units = {
        kind: lead.address_book.save_unit(UnitDetails(name, kind))
        for name, kind in (
            ("Psykiatrimottagningen", UnitType.PSYCHIATRY),
            ("Beroendemottagningen", UnitType.ADDICTION_CARE),
            ("Socialtjänsten vuxen", UnitType.SOCIAL_SERVICES),
        )
    }
    _refer(counselor, anna, units[UnitType.PSYCHIATRY])

    _at(clock, date(2025, 1, 7))
    bo, _ = lead.clients.create(
        details(
            "Bo",
            strand=Strand.KAST,
            target_groups=frozenset({TargetGroup.BUYING_SEX}),
            gender=Gender.MAN,
            birth_year=1980,
            home_municipality="jönköping",
            referral_source=ReferralSource.POLICE,
            counselor_ids=mine,
        )
    )
    lead.waiting_list.add(bo.id, 2, date(2025, 1, 7))
    _visit(lead, clock, cora, anna, local(2025, 1, 15, 10))
    _at(clock, date(2025, 1, 16))
    _refer(counselor, anna, units[UnitType.PSYCHIATRY], new_consent=False)
    _visit(lead, clock, cora, bo, local(2025, 1, 20, 10))
    counselor.measures.record(bo.id, "gad7", [2] * 7, administered_on=date(2025, 1, 20))
    _at(clock, date(2025, 1, 21))
    _refer(counselor, bo, units[UnitType.ADDICTION_CARE])
    _visit(lead, clock, cora, bo, local(2025, 2, 3, 10), form=ContactForm.PHONE)
    counselor.measures.record(bo.id, "gad7", [2] * 7, administered_on=date(2025, 2, 3))
    _at(clock, date(2025, 2, 4))
    _refer(counselor, bo, units[UnitType.ADDICTION_CARE], new_consent=False)
    _visit(lead, clock, cora, anna, local(2025, 2, 12, 10))
    counselor.measures.record(anna.id, "phq9", [0] * 9, administered_on=date(2025, 2, 12))
    _at(clock, date(2025, 2, 13))
    withdrawn = _refer(counselor, anna, units[UnitType.SOCIAL_SERVICES])
    _at(clock, date(2025, 2, 20))
    counselor.consents.withdraw(withdrawn)
    _at(clock, date(2025, 2, 28))
    for _ in range(3):
        lead.anonymous_contacts.record(date(2025, 2, 28), ContactForm.PHONE)
    lead.anonymous_contacts.record(date(2025, 2, 28), ContactForm.CHAT)

    _at(clock, date(2025, 3, 1))
    dan, _ = lead.clients.create(
        details(
            "Dan",
            strand=Strand.KAST,
            target_groups=frozenset(
                {TargetGroup.BUYING_SEX, TargetGroup.COMPULSIVE_SEXUAL_BEHAVIOUR}
            ),
            gender=Gender.MAN,
            counselor_ids=mine,
        )
    )
    _visit(lead, clock, cora, dan, local(2025, 3, 3, 10), form=ContactForm.VIDEO)
    _visit(
        lead, clock, cora, dan, local(2025, 3, 10, 10), status=AppointmentStatus.CANCELLED_BY_CLIENT
    )
    _visit(lead, clock, cora, anna, local(2025, 3, 12, 10), status=AppointmentStatus.NO_SHOW)

    _at(clock, date(2025, 3, 31))
    eva, _ = lead.clients.create(
        details(
            "Eva",
            target_groups=frozenset({TargetGroup.SELLING_SEX}),
            gender=Gender.WOMAN,
            birth_year=1985,
            home_municipality="Jönköping",
            referral_source=ReferralSource.SOCIAL_SERVICES,
            identity=identity(PERSONNUMMER, date(2025, 3, 31)),
            first_contact=date(2025, 3, 31),
            counselor_ids=mine,
        )
    )
    _visit(lead, clock, cora, None, local(2025, 4, 2, 13), form=ContactForm.GROUP)
    _visit(lead, clock, cora, eva, local(2025, 4, 7, 14), recurrence=Recurrence(1, 22))

    _at(clock, date(2025, 5, 5))
    lead.outward_work.record(
        OutwardWorkDetails(date(2025, 5, 5), OutwardKind.TRAINING, Audience.POLICE, 30, 3, mine)
    )
    _at(clock, date(2025, 9, 10))
    lead.outward_work.record(
        OutwardWorkDetails(
            date(2025, 9, 10), OutwardKind.SCHOOL_ATTITUDE_WORK, Audience.SCHOOL, 60, 2, mine
        )
    )

    _at(clock, date(2025, 12, 1))
    cia, prompt = lead.clients.create(
        details(
            "Cia",
            target_groups=frozenset({TargetGroup.SEX_AS_SELF_HARM}),
            gender=Gender.WOMAN,
            birth_year=2008,
            home_municipality="Huskvarna",
            first_contact=date(2025, 12, 1),
            counselor_ids=mine,
        )
    )
    assert prompt is not None
    _at(clock, date(2025, 12, 2))
    lead.clients.answer_concern(prompt.id, ConcernAnswer.REPORT_MADE)
    _visit(lead, clock, cora, cia, local(2025, 12, 30, 16))
    _at(clock, date(2025, 12, 31))
    _refer(counselor, cia, None, person="Leg. psykoterapeut K. Holm")
    # Booked on New Year's Eve; a referral at 00:10 before the visit at 00:30.
    (new_year,) = lead.scheduling.book(
        visit(cora, local(2026, 1, 1, 0, 30), client_id=cia.id), override_reason=OVERRIDE
    ).appointments
    clock.moment = local(2026, 1, 1, 0, 10)
    _refer(counselor, cia, units[UnitType.SOCIAL_SERVICES])
    clock.moment = new_year.ends_at + timedelta(minutes=1)
    lead.scheduling.set_status(new_year.id, AppointmentStatus.ATTENDED)
    clock.moment = datetime(2026, 11, 23, 8, 0, tzinfo=UTC)
    return YearlyClinic({"Anna": anna, "Bo": bo, "Cia": cia, "Dan": dan, "Eva": eva}, units)
