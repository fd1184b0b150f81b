"""Every role x action pair, tried through a real service call.

The expected matrix is written out here by hand (not copied from
services/permissions.py), so a change to the table shows up as a failing test.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

import pytest

from mottagning.errors import PermissionDenied
from mottagning.i18n import untranslated
from mottagning.models.access_log import LogAction, LogQuery
from mottagning.models.backups import BackupSettings
from mottagning.models.calendar import (
    DEFAULT_OPENING_HOURS,
    Absence,
    AppointmentStatus,
    ContactForm,
    OpeningHours,
)
from mottagning.models.clients import Client, ConcernAnswer
from mottagning.models.clinic import ClinicDetails, ClinicSettings
from mottagning.models.consent import UnitDetails, UnitType
from mottagning.models.journal import NoteType
from mottagning.models.letters import Channel
from mottagning.models.outward_work import Audience, OutwardKind, OutwardWorkDetails
from mottagning.models.retention import RetentionRules
from mottagning.models.users import NewUser, Role, User
from mottagning.models.yearly_numbers import Period, Report, StatisticsSettings
from mottagning.services.authentication import Authenticator
from mottagning.services.permissions import PERMISSIONS, Action, is_allowed
from mottagning.services.session import Session
from mottagning.services.verification import verify_clinic
from tests.storage.helpers import entries_after, head_seq
from tests.storage.letters_support import consent, draft, record_consent, save_unit
from tests.storage.reception import TODAY, details, edited, local, visit
from tests.support import (
    COUNSELOR_PASSWORD,
    LEAD_PASSWORD,
    SCHEDULER_PASSWORD,
    TEMPORARY_PASSWORD,
    ClinicUnderTest,
)

ROLES = (Role.COUNSELOR, Role.SCHEDULER, Role.LEAD)

# fmt: off
EXPECTED: dict[Action, tuple[bool, bool, bool]] = {
    #                                  counselor scheduler lead
    Action.CHANGE_OWN_PASSWORD:       (True,     True,     True),
    Action.MANAGE_USERS:              (False,    False,    True),
    Action.REPLACE_RECOVERY_KEY:      (False,    False,    True),
    Action.EDIT_CLINIC_SETTINGS:      (False,    False,    True),
    Action.VIEW_ACCESS_LOG:           (False,    False,    True),
    Action.DOCUMENT_LOG_REVIEW:       (False,    False,    True),
    Action.VERIFY_DATABASE:           (True,     True,     True),
    # The client register and the calendar (DOMAIN.md, "Users"): everyone keeps the
    # register, books, keeps the waiting list and counts anonymous contacts; only
    # counselors and the lead answer a report-of-concern consideration; schedulers
    # (and the lead) book despite a clash and keep rooms, hours and absences.
    Action.VIEW_CLIENTS:              (True,     True,     True),
    Action.EDIT_CLIENTS:              (True,     True,     True),
    Action.ASSIGN_COUNSELORS:         (False,    True,     True),
    Action.CONSIDER_CONCERN:          (True,     False,    True),
    Action.VIEW_CALENDAR:             (True,     True,     True),
    Action.BOOK_APPOINTMENTS:         (True,     True,     True),
    Action.OVERRIDE_CLASHES:          (False,    True,     True),
    Action.MANAGE_CALENDAR:           (False,    True,     True),
    Action.MANAGE_WAITING_LIST:       (True,     True,     True),
    Action.RECORD_ANONYMOUS_CONTACTS: (True,     True,     True),
    # The journal: counselors and the lead (need to know on top, tested in
    # test_journal_access.py); an administrator reads and writes no notes.
    Action.READ_JOURNAL:              (True,     False,    True),
    Action.WRITE_JOURNAL:             (True,     False,    True),
    Action.REVIEW_EMERGENCY_ACCESS:   (False,    False,    True),
    Action.RECORD_MEASURES:           (True,     False,    True),
    # Letters (issue 13): the reception and the lead keep the address book, the
    # lead the legal grounds and the templates; the consent register and the
    # referrals are clinical (need to know on top, tested in test_consents.py).
    Action.MANAGE_ADDRESS_BOOK:       (False,    True,     True),
    Action.MANAGE_LEGAL_GROUNDS:      (False,    False,    True),
    Action.EDIT_LETTER_TEMPLATES:     (False,    False,    True),
    Action.RECORD_CONSENT:            (True,     False,    True),
    Action.SEND_REFERRALS:            (True,     False,    True),
    Action.PRINT_APPOINTMENT_LETTERS: (True,     True,     True),
    Action.REVIEW_ACCESS_REQUEST:     (True,     False,    True),
    # The yearly numbers read every client's attendance and outcomes: the lead's
    # alone (DOMAIN.md, "Users"). Everyone records the outward work they did.
    Action.COMPILE_STATISTICS:        (False,    False,    True),
    Action.RECORD_OUTWARD_WORK:       (True,     True,     True),
    Action.CREATE_BACKUP:             (False,    False,    True),
    Action.AUTOMATIC_BACKUP:          (True,     True,     True),
    Action.RESTORE_BACKUP:            (False,    False,    True),
    Action.MANAGE_BACKUPS:            (False,    False,    True),
    Action.CONNECT_TO_SERVER:         (False,    False,    True),
    Action.RESOLVE_SYNC_CONFLICTS:    (False,    True,     True),
    Action.MANAGE_RETENTION:          (False,    False,    True),
}
# fmt: on


def expected(role: Role, action: Action) -> bool:
    return EXPECTED[action][ROLES.index(role)]


@dataclass
class Staff:
    clinic: ClinicUnderTest
    gate: Authenticator
    sessions: dict[Role, Session]
    passwords: dict[Role, str]
    # Records for the probes to act on, made by the lead before each test.
    inactive_user_id: str
    client: Client
    consideration_id: str
    room_id: str
    appointment_id: str  # the counselor's, Tuesday 10-11, with the client and the room
    movable_id: str  # the counselor's, Tuesday 13-14
    absence: Absence
    waiting_entry_id: str
    unit_id: str  # in the address book, with a consent of the client's
    consent_id: str
    letter_id: str  # a referral the lead sent to the unit, awaiting its reply
    review_id: str  # a confidentiality review of the client's record, begun by the lead
    note_key: str  # the review's item for the referral's journal entry

    def user(self, role: Role) -> User:
        return self.sessions[role].user

    @property
    def cora(self) -> str:
        return self.user(Role.COUNSELOR).id


TUESDAY_10 = local(2026, 11, 24, 10)
HOUR = timedelta(hours=1)


def _probe_name(request: pytest.FixtureRequest) -> str | None:
    callspec = getattr(request.node, "callspec", None)
    return None if callspec is None else callspec.params.get("name")


@pytest.fixture
def staff(request, clinic, gate, lead, counselor, scheduler) -> Staff:
    cora = counselor.user.id
    inactive_id = "no-such-user"
    if _probe_name(request) == "reactivate":  # an account costs time: only when needed
        inactive = lead.accounts.create_user(
            NewUser("vera", "Vera Vilande", "Socionom", Role.COUNSELOR), TEMPORARY_PASSWORD
        )
        lead.accounts.deactivate(inactive.id)
        inactive_id = inactive.id
    client, prompt = lead.clients.create(
        details("Provklient", birth_year=2010, counselor_ids=frozenset({cora, lead.user.id}))
    )
    assert prompt is not None
    waiting, _ = lead.clients.create(details("Väntande"))
    entry = lead.waiting_list.add(waiting.id, 2, date(2026, 11, 2))
    room = lead.calendar_settings.save_room("Rum Provet")
    (appointment,) = lead.scheduling.book(
        visit(cora, TUESDAY_10, client_id=client.id, room_id=room.id)
    ).appointments
    (movable,) = lead.scheduling.book(visit(cora, local(2026, 11, 24, 13))).appointments
    absence = lead.calendar_settings.add_absence(
        cora, local(2026, 11, 25, 8), local(2026, 11, 25, 9)
    )
    unit = save_unit(lead)
    basis = record_consent(lead, client.id, unit.id)
    letter, _ = lead.referrals.send(
        draft(client.id, unit.id, reply_expected_by=date(2026, 12, 1)), Channel.PRINTED
    )
    review = lead.access_requests.start(client.id)
    return Staff(
        clinic,
        gate,
        {Role.LEAD: lead, Role.COUNSELOR: counselor, Role.SCHEDULER: scheduler},
        {
            Role.LEAD: LEAD_PASSWORD,
            Role.COUNSELOR: COUNSELOR_PASSWORD,
            Role.SCHEDULER: SCHEDULER_PASSWORD,
        },
        inactive_user_id=inactive_id,
        client=client,
        consideration_id=prompt.id,
        room_id=room.id,
        appointment_id=appointment.id,
        movable_id=movable.id,
        absence=absence,
        waiting_entry_id=entry.id,
        unit_id=unit.id,
        consent_id=basis.id,
        letter_id=letter.id,
        review_id=review.id,
        note_key=f"note:{letter.note_id}",
    )


Probe = Callable[[Staff, Role], object]


def _work(staff: Staff, role: Role) -> OutwardWorkDetails:
    return OutwardWorkDetails(
        TODAY, OutwardKind.TRAINING, Audience.POLICE, 12, 2.5, frozenset({staff.user(role).id})
    )


def _empty_report() -> Report:
    return Report(
        clinic="",
        period=Period.year(2025),
        language="en",
        threshold=5,
        settings={},
        definitions_version=1,
        computed_at="2026-01-01T00:00:00+00:00",
        computed_by="",
        source_sha256="",
        tables=(),
    )


def _verify_database(staff: Staff, role: Role) -> object:
    credential = staff.gate.check_password(staff.user(role).username, staff.passwords[role])
    return verify_clinic(staff.clinic.files, credential, staff.clinic.clock, "TEST-PC")


# Service calls that each need one action, by the action they need.
PROBES: dict[Action, dict[str, Probe]] = {
    Action.CHANGE_OWN_PASSWORD: {
        "change_own_password": lambda s, r: s.sessions[r].accounts.change_own_password(
            s.passwords[r], "nya vindar över fjället"
        ),
    },
    Action.MANAGE_USERS: {
        "list_users": lambda s, r: s.sessions[r].accounts.list_users(),
        "create_user": lambda s, r: s.sessions[r].accounts.create_user(
            NewUser("nelly", "Nelly Ny", "Socionom", Role.COUNSELOR), TEMPORARY_PASSWORD
        ),
        "update_user": lambda s, r: s.sessions[r].accounts.update_user(
            s.user(Role.COUNSELOR).id, "Cora Ändrad", "Socionom", Role.COUNSELOR
        ),
        "deactivate": lambda s, r: s.sessions[r].accounts.deactivate(s.user(Role.SCHEDULER).id),
        "reactivate": lambda s, r: s.sessions[r].accounts.reactivate(
            s.inactive_user_id, TEMPORARY_PASSWORD
        ),
        "reset_password": lambda s, r: s.sessions[r].accounts.reset_password(
            s.user(Role.COUNSELOR).id, TEMPORARY_PASSWORD
        ),
    },
    Action.REPLACE_RECOVERY_KEY: {
        "replace_recovery_key": lambda s, r: s.sessions[r].accounts.replace_recovery_key(),
    },
    Action.EDIT_CLINIC_SETTINGS: {
        "update_details": lambda s, r: s.sessions[r].clinic_settings.update_details(
            ClinicDetails("Nya mottagningen", "Nygatan 2", "031-2")
        ),
        "update_settings": lambda s, r: s.sessions[r].clinic_settings.update_settings(
            ClinicSettings(auto_lock_minutes=10)
        ),
    },
    Action.VIEW_ACCESS_LOG: {
        "entries": lambda s, r: s.sessions[r].access_log.entries(LogQuery()),
        "count": lambda s, r: s.sessions[r].access_log.count(LogQuery()),
        "staff_names": lambda s, r: s.sessions[r].access_log.staff_names(),
        "verify": lambda s, r: s.sessions[r].access_log.verify(),
        "reviews": lambda s, r: s.sessions[r].access_log.reviews(),
    },
    Action.DOCUMENT_LOG_REVIEW: {
        "document_review": lambda s, r: s.sessions[r].access_log.document_review(
            date(2026, 11, 1), date(2026, 11, 20), "Alla inloggningar", "Inga avvikelser"
        ),
    },
    Action.VERIFY_DATABASE: {
        "verify_clinic": _verify_database,
    },
    Action.VIEW_CLIENTS: {
        "search_clients": lambda s, r: s.sessions[r].clients.search("Prov"),
        "client_register": lambda s, r: s.sessions[r].clients.register(),
        "open_client": lambda s, r: s.sessions[r].clients.open(s.client.id),
        "identity_history": lambda s, r: s.sessions[r].clients.identity_history(s.client.id),
        "pending_considerations": lambda s, r: s.sessions[r].clients.pending_considerations(),
        "waiting_list": lambda s, r: s.sessions[r].waiting_list.entries(),
        "address_book": lambda s, r: s.sessions[r].address_book.units(),
        "legal_grounds": lambda s, r: s.sessions[r].address_book.legal_grounds(),
        "letter_template": lambda s, r: s.sessions[r].address_book.template(UnitType.POLICE),
    },
    Action.EDIT_CLIENTS: {
        "create_client": lambda s, r: s.sessions[r].clients.create(details("Ny klient")),
        "update_client": lambda s, r: s.sessions[r].clients.update(
            s.client.id, edited(s.client, home_municipality="Habo")
        ),
    },
    Action.ASSIGN_COUNSELORS: {
        "assign_counselor": lambda s, r: s.sessions[r].clients.update(
            s.client.id,
            edited(s.client, counselor_ids=s.client.counselor_ids ^ {s.user(Role.LEAD).id}),
        ),
    },
    Action.CONSIDER_CONCERN: {
        "answer_concern": lambda s, r: s.sessions[r].clients.answer_concern(
            s.consideration_id, ConcernAnswer.REPORT_MADE, "Anmälan gjord"
        ),
    },
    Action.VIEW_CALENDAR: {
        "rooms": lambda s, r: s.sessions[r].calendar_settings.rooms(),
        "appointments": lambda s, r: s.sessions[r].scheduling.appointments(
            TUESDAY_10, TUESDAY_10 + HOUR
        ),
        "client_appointments": lambda s, r: s.sessions[r].scheduling.client_appointments(
            s.client.id
        ),
        "clashes": lambda s, r: s.sessions[r].scheduling.clashes(visit(s.cora, TUESDAY_10)),
        "next_free_time": lambda s, r: s.sessions[r].scheduling.next_free_time(
            [s.cora], TUESDAY_10, HOUR
        ),
        "schedule_print": lambda s, r: s.sessions[r].schedule_print.render(TODAY, week=True),
    },
    Action.BOOK_APPOINTMENTS: {
        "book": lambda s, r: s.sessions[r].scheduling.book(
            visit(s.cora, local(2026, 11, 24, 15), client_id=s.client.id)
        ),
        "move": lambda s, r: s.sessions[r].scheduling.move(
            s.movable_id, local(2026, 11, 24, 14), local(2026, 11, 24, 15)
        ),
        "cancel": lambda s, r: s.sessions[r].scheduling.set_status(
            s.appointment_id, AppointmentStatus.CANCELLED_BY_CLIENT
        ),
    },
    Action.OVERRIDE_CLASHES: {
        "book_despite_clash": lambda s, r: s.sessions[r].scheduling.book(
            visit(s.cora, TUESDAY_10), override_reason="Akut samtal"
        ),
        "move_despite_clash": lambda s, r: s.sessions[r].scheduling.move(
            s.movable_id, TUESDAY_10, TUESDAY_10 + HOUR, override_reason="Akut samtal"
        ),
    },
    Action.MANAGE_CALENDAR: {
        "save_room": lambda s, r: s.sessions[r].calendar_settings.save_room("Rum Nytt"),
        "save_opening_hours": lambda s, r: s.sessions[r].calendar_settings.save_opening_hours(
            OpeningHours({**DEFAULT_OPENING_HOURS.weekly, 5: (time(10), time(14))}, {})
        ),
        "add_absence": lambda s, r: s.sessions[r].calendar_settings.add_absence(
            s.cora, local(2026, 11, 26, 8), local(2026, 11, 26, 17), "Ledig"
        ),
        "remove_absence": lambda s, r: s.sessions[r].calendar_settings.remove_absence(s.absence),
    },
    Action.MANAGE_WAITING_LIST: {
        "add_to_waiting_list": lambda s, r: s.sessions[r].waiting_list.add(
            s.client.id, 1, date(2026, 11, 20)
        ),
        "update_waiting_entry": lambda s, r: s.sessions[r].waiting_list.update(
            s.waiting_entry_id, 1, date(2026, 11, 2), "Akut"
        ),
        "remove_from_waiting_list": lambda s, r: s.sessions[r].waiting_list.remove(
            s.waiting_entry_id, "Avböjde"
        ),
        "book_from_waiting_list": lambda s, r: s.sessions[r].waiting_list.book(
            s.waiting_entry_id, visit(s.cora, local(2026, 11, 24, 15))
        ),
    },
    Action.RECORD_ANONYMOUS_CONTACTS: {
        "record_anonymous_contact": lambda s, r: s.sessions[r].anonymous_contacts.record(
            TODAY, ContactForm.PHONE
        ),
        "anonymous_contacts": lambda s, r: s.sessions[r].anonymous_contacts.between(TODAY, TODAY),
    },
    Action.READ_JOURNAL: {
        "read_notes": lambda s, r: s.sessions[r].journal.notes(s.client.id),
        "search_client_notes": lambda s, r: s.sessions[r].journal.search_client(
            s.client.id, "samtal"
        ),
        "search_my_clients": lambda s, r: s.sessions[r].journal.search_my_clients("samtal"),
        "read_plan": lambda s, r: s.sessions[r].plans.current(s.client.id),
        "overdue_drafts": lambda s, r: s.sessions[r].journal.overdue_drafts(),
        "measure_results": lambda s, r: s.sessions[r].measures.results(s.client.id),
        "questionnaire_report": lambda s, r: s.sessions[r].questionnaire_reports.render(
            s.client.id
        ),
        "emergency_access": lambda s, r: s.sessions[r].emergency_access.request(
            s.client.id, "Ordinarie behandlare sjuk, klienten ringer i kris"
        ),
    },
    Action.WRITE_JOURNAL: {
        "start_note": lambda s, r: s.sessions[r].journal.start_note(s.client.id, NoteType.SESSION),
        "save_plan": lambda s, r: s.sessions[r].plans.save(
            s.client.id, "Minska risktagande", "Samtal varannan vecka", [], None
        ),
    },
    Action.REVIEW_EMERGENCY_ACCESS: {
        "emergency_accesses": lambda s, r: s.sessions[r].emergency_access.accesses(),
    },
    Action.RECORD_MEASURES: {
        "record_measure": lambda s, r: s.sessions[r].measures.record(
            s.client.id, "phq9", [0, 1, 1, 0, 0, 1, 0, 0, 0]
        ),
    },
    Action.MANAGE_ADDRESS_BOOK: {
        "add_unit": lambda s, r: s.sessions[r].address_book.save_unit(
            UnitDetails("Vårdcentralen Norr", UnitType.PRIMARY_CARE)
        ),
        "change_unit": lambda s, r: s.sessions[r].address_book.save_unit(
            UnitDetails("Beroende Väst", UnitType.ADDICTION_CARE), s.unit_id
        ),
    },
    Action.MANAGE_LEGAL_GROUNDS: {
        "save_legal_ground": lambda s, r: s.sessions[r].address_book.save_legal_ground(
            "Anmälningsskyldighet", "SoL 14 kap. 1 §"
        ),
    },
    Action.EDIT_LETTER_TEMPLATES: {
        "save_template": lambda s, r: s.sessions[r].address_book.save_template(
            UnitType.PSYCHIATRY, "sv", "Vi remitterar", "Hälsningar"
        ),
    },
    Action.RECORD_CONSENT: {
        "consents": lambda s, r: s.sessions[r].consents.bases(s.client.id),
        "record_consent": lambda s, r: s.sessions[r].consents.record(
            s.client.id, consent(s.unit_id)
        ),
        "withdraw_consent": lambda s, r: s.sessions[r].consents.withdraw(s.consent_id),
    },
    Action.SEND_REFERRALS: {
        "permitted_includes": lambda s, r: s.sessions[r].referrals.permitted_includes(
            s.client.id, s.unit_id
        ),
        "preview_referral": lambda s, r: s.sessions[r].referrals.preview(
            draft(s.client.id, s.unit_id)
        ),
        "send_referral": lambda s, r: s.sessions[r].referrals.send(
            draft(s.client.id, s.unit_id), Channel.PDF_FILE
        ),
        "client_letters": lambda s, r: s.sessions[r].referrals.letters(s.client.id),
        "my_letters": lambda s, r: s.sessions[r].referrals.my_letters(),
        "overdue_replies": lambda s, r: s.sessions[r].referrals.overdue_replies(),
        "record_reply": lambda s, r: s.sessions[r].referrals.record_reply(s.letter_id, TODAY),
        "sent_document": lambda s, r: s.sessions[r].referrals.sent_document(s.letter_id),
        "disclosures": lambda s, r: s.sessions[r].referrals.disclosures(s.client.id),
        "referral_instruments": lambda s, r: s.sessions[r].referrals.instruments(s.client.id),
    },
    Action.REVIEW_ACCESS_REQUEST: {
        "start_access_review": lambda s, r: s.sessions[r].access_requests.start(s.client.id),
        "read_access_review": lambda s, r: s.sessions[r].access_requests.review(s.review_id),
        "mask_in_access_review": lambda s, r: s.sessions[r].access_requests.mask(
            s.review_id, s.note_key, "Remiss skickad. [...]"
        ),
        "release_access_extract": lambda s, r: s.sessions[r].access_requests.release(s.review_id),
    },
    Action.PRINT_APPOINTMENT_LETTERS: {
        "appointment_letter": lambda s, r: s.sessions[r].appointment_letters.render(
            s.appointment_id, posted=False
        ),
    },
    Action.COMPILE_STATISTICS: {
        "statistics_settings": lambda s, r: s.sessions[r].yearly_numbers.settings(),
        "update_statistics_settings": lambda s, r: s.sessions[r].yearly_numbers.update_settings(
            StatisticsSettings(threshold=4)
        ),
        "compute_yearly_numbers": lambda s, r: s.sessions[r].yearly_numbers.compute(
            Period.year(2026), untranslated
        ),
        "freeze_yearly_numbers": lambda s, r: s.sessions[r].yearly_numbers.final(
            2025, untranslated
        ),
        "frozen_report": lambda s, r: s.sessions[r].yearly_numbers.frozen(Period.year(2025)),
        "frozen_years": lambda s, r: s.sessions[r].yearly_numbers.frozen_years(),
        "changes_since_frozen": lambda s, r: s.sessions[r].yearly_numbers.changes_since_frozen(
            2025, untranslated
        ),
        "record_export": lambda s, r: s.sessions[r].yearly_numbers.record_export(
            _empty_report(), "csv"
        ),
    },
    Action.RECORD_OUTWARD_WORK: {
        "record_outward_work": lambda s, r: s.sessions[r].outward_work.record(_work(s, r)),
        "outward_work": lambda s, r: s.sessions[r].outward_work.between(TODAY, TODAY),
        "update_outward_work": lambda s, r: s.sessions[r].outward_work.update(
            s.sessions[r].outward_work.record(_work(s, r)).id, _work(s, r)
        ),
        "remove_outward_work": lambda s, r: s.sessions[r].outward_work.remove(
            s.sessions[r].outward_work.record(_work(s, r)).id
        ),
    },
    Action.CREATE_BACKUP: {
        "create_backup": lambda s, r: s.sessions[r].backups.create(lambda f, t: None),
    },
    Action.AUTOMATIC_BACKUP: {
        "automatic_backup": lambda s, r: s.sessions[r].backups.create(
            lambda f, t: None, automatic=True
        ),
    },
    Action.RESTORE_BACKUP: {
        "list_backups": lambda s, r: s.sessions[r].backups.list(),
        "verify_backup": lambda s, r: s.sessions[r].backups.verify(
            s.sessions[Role.LEAD].backups.create(lambda f, t: None).backups[0].folder
            if r is Role.LEAD
            else "/nowhere"
        ),
    },
    Action.MANAGE_BACKUPS: {
        "backup_settings": lambda s, r: s.sessions[r].backups.save_settings(BackupSettings()),
        "remove_backups_before_a_purge": lambda s, r: s.sessions[r].backups.remove_made_before(
            s.sessions[Role.LEAD].backups.create(lambda f, t: None).backups[0].created_at
            if r is Role.LEAD
            else datetime(2000, 1, 1, tzinfo=UTC)
        ),
    },
    Action.MANAGE_RETENTION: {
        "retention_rules": lambda s, r: s.sessions[r].retention.rules(),
        "save_retention_rules": lambda s, r: s.sessions[r].retention.save_rules(RetentionRules()),
        "retention_review": lambda s, r: s.sessions[r].retention.review(),
        "purge": lambda s, r: s.sessions[r].retention.purge([]),
        "purge_records": lambda s, r: s.sessions[r].retention.purges(),
    },
    Action.CONNECT_TO_SERVER: {
        "connect_to_server": lambda s, r: s.sessions[r].sync.connect("host=/nowhere dbname=x"),
    },
    Action.RESOLVE_SYNC_CONFLICTS: {
        "sync_conflicts": lambda s, r: s.sessions[r].sync.conflicts(),
        "resolve_sync_conflict": lambda s, r: s.sessions[r].sync.resolve("0", keep_later=True),
    },
}

CASES = [
    pytest.param(role, action, name, id=f"{role.value}-{name}")
    for role in ROLES
    for action, probes in PROBES.items()
    for name in probes
]
ALLOWED = [case for case in CASES if expected(case.values[0], case.values[1])]
DENIED = [case for case in CASES if not expected(case.values[0], case.values[1])]


def test_every_action_has_an_expectation_and_a_service_probe():
    assert set(EXPECTED) == set(Action)
    assert set(PROBES) == set(Action)
    assert all(PROBES[action] for action in Action)


def test_permission_table_matches_the_expected_matrix():
    actual = {action: tuple(is_allowed(role, action) for role in ROLES) for action in Action}

    assert actual == EXPECTED
    assert set(PERMISSIONS) == set(Action)


def test_both_outcomes_are_probed_for_every_role():
    # Guards the parametrisation itself: an empty list would pass vacuously.
    assert {case.values[0] for case in ALLOWED} == set(Role)
    assert {case.values[0] for case in DENIED} == {Role.COUNSELOR, Role.SCHEDULER}
    assert len(ALLOWED) + len(DENIED) == len(ROLES) * sum(len(p) for p in PROBES.values())


@pytest.mark.parametrize(("role", "action", "name"), ALLOWED)
def test_allowed_call_succeeds(staff, role, action, name):
    session = staff.sessions[role]
    before = head_seq(session)

    PROBES[action][name](staff, role)

    assert LogAction.PERMISSION_DENIED not in [e.action for e in entries_after(session, before)]


@pytest.mark.parametrize(("role", "action", "name"), DENIED)
def test_denied_call_raises_and_is_logged(staff, role, action, name):
    session = staff.sessions[role]
    before = head_seq(session)

    with pytest.raises(PermissionDenied) as denied:
        PROBES[action][name](staff, role)

    message = denied.value.describe()
    assert str(role.label) in message
    assert str(action.label) in message
    logged = entries_after(session, before)
    assert [(e.action, e.user_id, e.detail) for e in logged] == [
        (LogAction.PERMISSION_DENIED, session.user.id, action.value)
    ]


@pytest.mark.parametrize(
    ("action", "name"),
    [pytest.param(a, n, id=n) for a, probes in PROBES.items() for n in probes],
)
def test_every_probe_is_guarded_by_its_action(staff, monkeypatch, action, name):
    """The probe's service really consults the permission table for its action:
    taking the action from the lead in the table makes the lead's call fail."""
    monkeypatch.setitem(PERMISSIONS, action, PERMISSIONS[action] - {Role.LEAD})

    with pytest.raises(PermissionDenied):
        PROBES[action][name](staff, Role.LEAD)


def test_denied_call_changes_nothing(staff):
    counselor = staff.sessions[Role.COUNSELOR]
    lead = staff.sessions[Role.LEAD]
    users = lead.accounts.list_users()
    details = lead.clinic_settings.details()

    probes = [*PROBES[Action.MANAGE_USERS].values(), *PROBES[Action.EDIT_CLINIC_SETTINGS].values()]
    for probe in probes:
        with pytest.raises(PermissionDenied):
            probe(staff, Role.COUNSELOR)

    assert lead.accounts.list_users() == users
    assert lead.clinic_settings.details() == details
    assert counselor.user.role is Role.COUNSELOR


def test_a_demoted_lead_loses_lead_rights_in_an_open_session(staff):
    lead = staff.sessions[Role.LEAD]
    second = lead.accounts.create_user(
        NewUser("lisa", "Lisa Ledare", "", Role.LEAD), TEMPORARY_PASSWORD
    )
    other = staff.gate.login("lisa", TEMPORARY_PASSWORD)
    other.accounts.replace_temporary_password("tre kråkor på ett staket")

    lead.accounts.update_user(
        second.id, second.full_name, "", Role.COUNSELOR, temporary_password=TEMPORARY_PASSWORD
    )

    with pytest.raises(PermissionDenied):
        other.accounts.list_users()
