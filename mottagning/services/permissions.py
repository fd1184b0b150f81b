"""Who may do what: the one declared table of role x action.

Services call `Context.require(action)` before they act; the UI only asks
`is_allowed` to decide what to show. A refusal is written to the access log.

The rule the journal relies on: an administrator (scheduler) never reads
session notes or questionnaires (READ_JOURNAL is clinical only). Counselors
read only their own clients' journals, or another's by stated emergency
access (services/journal.py).
"""

from collections.abc import Mapping
from enum import StrEnum

from mottagning.i18n import Text
from mottagning.models.users import Role


class Action(StrEnum):
    CHANGE_OWN_PASSWORD = "change_own_password"
    MANAGE_USERS = "manage_users"
    REPLACE_RECOVERY_KEY = "replace_recovery_key"
    EDIT_CLINIC_SETTINGS = "edit_clinic_settings"
    VIEW_ACCESS_LOG = "view_access_log"
    DOCUMENT_LOG_REVIEW = "document_log_review"
    VERIFY_DATABASE = "verify_database"
    VIEW_CLIENTS = "view_clients"
    EDIT_CLIENTS = "edit_clients"
    ASSIGN_COUNSELORS = "assign_counselors"
    CONSIDER_CONCERN = "consider_concern"
    VIEW_CALENDAR = "view_calendar"
    BOOK_APPOINTMENTS = "book_appointments"
    OVERRIDE_CLASHES = "override_clashes"
    MANAGE_CALENDAR = "manage_calendar"
    MANAGE_WAITING_LIST = "manage_waiting_list"
    RECORD_ANONYMOUS_CONTACTS = "record_anonymous_contacts"
    READ_JOURNAL = "read_journal"
    WRITE_JOURNAL = "write_journal"
    REVIEW_EMERGENCY_ACCESS = "review_emergency_access"
    RECORD_MEASURES = "record_measures"
    MANAGE_ADDRESS_BOOK = "manage_address_book"
    MANAGE_LEGAL_GROUNDS = "manage_legal_grounds"
    EDIT_LETTER_TEMPLATES = "edit_letter_templates"
    RECORD_CONSENT = "record_consent"
    SEND_REFERRALS = "send_referrals"
    PRINT_APPOINTMENT_LETTERS = "print_appointment_letters"
    REVIEW_ACCESS_REQUEST = "review_access_request"
    COMPILE_STATISTICS = "compile_statistics"
    RECORD_OUTWARD_WORK = "record_outward_work"
    CREATE_BACKUP = "create_backup"
    AUTOMATIC_BACKUP = "automatic_backup"
    RESTORE_BACKUP = "restore_backup"
    MANAGE_BACKUPS = "manage_backups"
    CONNECT_TO_SERVER = "connect_to_server"
    RESOLVE_SYNC_CONFLICTS = "resolve_sync_conflicts"
    MANAGE_RETENTION = "manage_retention"

    @property
    def label(self) -> Text:
        return _LABELS[self]


_LABELS = {
    Action.CHANGE_OWN_PASSWORD: Text("Actions", "change your own password"),
    Action.MANAGE_USERS: Text("Actions", "manage user accounts"),
    Action.REPLACE_RECOVERY_KEY: Text("Actions", "replace the recovery key"),
    Action.EDIT_CLINIC_SETTINGS: Text("Actions", "change the clinic's settings"),
    Action.VIEW_ACCESS_LOG: Text("Actions", "read the access log"),
    Action.DOCUMENT_LOG_REVIEW: Text("Actions", "document a log review"),
    Action.VERIFY_DATABASE: Text("Actions", "verify the database"),
    Action.VIEW_CLIENTS: Text("Actions", "see the client register"),
    Action.EDIT_CLIENTS: Text("Actions", "register or change clients"),
    Action.ASSIGN_COUNSELORS: Text("Actions", "choose a client's counselors"),
    Action.CONSIDER_CONCERN: Text("Actions", "answer a report-of-concern consideration"),
    Action.VIEW_CALENDAR: Text("Actions", "see the calendar"),
    Action.BOOK_APPOINTMENTS: Text("Actions", "book or change appointments"),
    Action.OVERRIDE_CLASHES: Text("Actions", "book despite a clash"),
    Action.MANAGE_CALENDAR: Text("Actions", "change rooms, opening hours or absences"),
    Action.MANAGE_WAITING_LIST: Text("Actions", "change the waiting list"),
    Action.RECORD_ANONYMOUS_CONTACTS: Text("Actions", "count anonymous contacts"),
    Action.READ_JOURNAL: Text("Actions", "read journal notes and questionnaires"),
    Action.WRITE_JOURNAL: Text("Actions", "write journal notes and plans"),
    Action.REVIEW_EMERGENCY_ACCESS: Text("Actions", "review emergency accesses"),
    Action.RECORD_MEASURES: Text("Actions", "record questionnaires"),
    Action.MANAGE_ADDRESS_BOOK: Text("Actions", "change the address book"),
    Action.MANAGE_LEGAL_GROUNDS: Text("Actions", "change the list of legal grounds"),
    Action.EDIT_LETTER_TEMPLATES: Text("Actions", "change the letter templates"),
    Action.RECORD_CONSENT: Text("Actions", "read or record consents"),
    Action.SEND_REFERRALS: Text("Actions", "write and send referrals"),
    Action.PRINT_APPOINTMENT_LETTERS: Text("Actions", "print appointment letters"),
    Action.REVIEW_ACCESS_REQUEST: Text("Actions", "review and release a record extract"),
    Action.COMPILE_STATISTICS: Text("Actions", "compile and export the yearly numbers"),
    Action.RECORD_OUTWARD_WORK: Text("Actions", "record outward work"),
    Action.CREATE_BACKUP: Text("Actions", "make a backup"),
    Action.AUTOMATIC_BACKUP: Text("Actions", "make the daily automatic backup"),
    Action.RESTORE_BACKUP: Text("Actions", "see, verify or restore backups"),
    Action.MANAGE_BACKUPS: Text("Actions", "change where backups go and how many are kept"),
    Action.CONNECT_TO_SERVER: Text("Actions", "connect this computer to the clinic server"),
    Action.RESOLVE_SYNC_CONFLICTS: Text("Actions", "resolve changes made on two computers"),
    Action.MANAGE_RETENTION: Text("Actions", "review and purge records (gallring)"),
}

_EVERYONE = frozenset(Role)
_LEAD = frozenset({Role.LEAD})
_SCHEDULING = frozenset({Role.SCHEDULER, Role.LEAD})
_CLINICAL = frozenset({Role.COUNSELOR, Role.LEAD})

PERMISSIONS: Mapping[Action, frozenset[Role]] = {
    Action.CHANGE_OWN_PASSWORD: _EVERYONE,
    Action.MANAGE_USERS: _LEAD,
    Action.REPLACE_RECOVERY_KEY: _LEAD,
    Action.EDIT_CLINIC_SETTINGS: _LEAD,
    Action.VIEW_ACCESS_LOG: _LEAD,
    Action.DOCUMENT_LOG_REVIEW: _LEAD,
    Action.VERIFY_DATABASE: _EVERYONE,
    Action.VIEW_CLIENTS: _EVERYONE,
    Action.EDIT_CLIENTS: _EVERYONE,
    # Being a client's counselor opens their journal: a counselor cannot give
    # it to themselves (emergency access is the way, with a reason, reviewed).
    Action.ASSIGN_COUNSELORS: _SCHEDULING,
    Action.CONSIDER_CONCERN: _CLINICAL,
    Action.VIEW_CALENDAR: _EVERYONE,
    Action.BOOK_APPOINTMENTS: _EVERYONE,
    Action.OVERRIDE_CLASHES: _SCHEDULING,
    Action.MANAGE_CALENDAR: _SCHEDULING,
    Action.MANAGE_WAITING_LIST: _EVERYONE,
    Action.RECORD_ANONYMOUS_CONTACTS: _EVERYONE,
    # The rule everything else relies on: an administrator reads no notes.
    Action.READ_JOURNAL: _CLINICAL,
    Action.WRITE_JOURNAL: _CLINICAL,
    Action.REVIEW_EMERGENCY_ACCESS: _LEAD,
    Action.RECORD_MEASURES: _CLINICAL,
    # Letters: the reception keeps the address book with the lead; the consent
    # register and referrals reveal care, so they are clinical (need to know on top).
    Action.MANAGE_ADDRESS_BOOK: _SCHEDULING,
    Action.MANAGE_LEGAL_GROUNDS: _LEAD,
    Action.EDIT_LETTER_TEMPLATES: _LEAD,
    Action.RECORD_CONSENT: _CLINICAL,
    Action.SEND_REFERRALS: _CLINICAL,
    # A kallelse holds no journal content: the reception prints them too.
    Action.PRINT_APPOINTMENT_LETTERS: _EVERYONE,
    # The confidentiality review reads the whole journal: the counselor or the lead.
    Action.REVIEW_ACCESS_REQUEST: _CLINICAL,
    # The yearly numbers read every client's attendance and outcomes at once.
    Action.COMPILE_STATISTICS: _LEAD,
    Action.RECORD_OUTWARD_WORK: _EVERYONE,
    # A backup holds every record: made on demand, listed and restored by the
    # lead; the daily automatic one runs in anyone's session (it writes only
    # to the folders the lead chose).
    Action.CREATE_BACKUP: _LEAD,
    Action.AUTOMATIC_BACKUP: _EVERYONE,
    Action.RESTORE_BACKUP: _LEAD,
    Action.MANAGE_BACKUPS: _LEAD,
    Action.CONNECT_TO_SERVER: _LEAD,
    # The scheduler or the lead chooses between two PCs' versions of a record.
    Action.RESOLVE_SYNC_CONFLICTS: _SCHEDULING,
    # Retention: the lead sets the rules, reviews and confirms each purge.
    Action.MANAGE_RETENTION: _LEAD,
}


def is_allowed(role: Role, action: Action) -> bool:
    return role in PERMISSIONS[action]
