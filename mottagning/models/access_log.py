"""The access log (åtkomstlogg): who did what, when, to which record."""

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from mottagning.i18n import Text


class LogAction(StrEnum):
    CLINIC_CREATED = "clinic_created"
    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
    LOGOUT = "logout"
    LOCK = "lock"
    UNLOCK = "unlock"
    RECOVERY_KEY_USED = "recovery_key_used"
    RECOVERY_KEY_REPLACED = "recovery_key_replaced"
    PASSWORD_CHANGED = "password_changed"
    PERMISSION_DENIED = "permission_denied"
    USER_CREATED = "user_created"
    USER_UPDATED = "user_updated"
    USER_DEACTIVATED = "user_deactivated"
    USER_REACTIVATED = "user_reactivated"
    PASSWORD_RESET = "password_reset"
    CLINIC_SETTINGS_CHANGED = "clinic_settings_changed"
    ACCESS_LOG_VIEWED = "access_log_viewed"
    ACCESS_LOG_VERIFIED = "access_log_verified"
    ACCESS_LOG_REVIEWED = "access_log_reviewed"
    ANCHOR_SAVED = "anchor_saved"
    CHAIN_HEAD_MISMATCH = "chain_head_mismatch"
    CLIENT_CREATED = "client_created"
    CLIENT_VIEWED = "client_viewed"
    CLIENT_UPDATED = "client_updated"
    CLIENT_IDENTITY_CHANGED = "client_identity_changed"
    CONCERN_PROMPTED = "concern_prompted"
    CONCERN_CONSIDERED = "concern_considered"
    APPOINTMENT_BOOKED = "appointment_booked"
    APPOINTMENT_CHANGED = "appointment_changed"
    APPOINTMENT_STATUS_CHANGED = "appointment_status_changed"
    CLASH_OVERRIDDEN = "clash_overridden"
    WAITING_LIST_CHANGED = "waiting_list_changed"
    ANONYMOUS_CONTACT_RECORDED = "anonymous_contact_recorded"
    CALENDAR_SETTINGS_CHANGED = "calendar_settings_changed"
    JOURNAL_READ = "journal_read"
    JOURNAL_REFUSED = "journal_refused"
    NOTE_CHANGE_REFUSED = "note_change_refused"
    JOURNAL_SEARCHED = "journal_searched"
    NOTE_CREATED = "note_created"
    DRAFT_SAVED = "draft_saved"
    NOTE_SIGNED = "note_signed"
    NOTE_ADDENDUM = "note_addendum"
    NOTE_CORRECTED = "note_corrected"
    EMERGENCY_ACCESS = "emergency_access"
    EMERGENCY_ACCESS_REVIEWED = "emergency_access_reviewed"
    PLAN_SAVED = "plan_saved"
    MEASURE_RECORDED = "measure_recorded"
    STAFF_KEYS_CERTIFIED = "staff_keys_certified"
    STAFF_KEYS_REVOKED = "staff_keys_revoked"
    KEYS_GRANTED = "keys_granted"
    KEYS_ROTATED = "keys_rotated"
    SCHEMA_UPGRADED = "schema_upgraded"
    ADDRESS_BOOK_CHANGED = "address_book_changed"
    LEGAL_GROUNDS_CHANGED = "legal_grounds_changed"
    LETTER_TEMPLATE_SAVED = "letter_template_saved"
    CONSENTS_READ = "consents_read"
    CONSENT_RECORDED = "consent_recorded"
    CONSENT_WITHDRAWN = "consent_withdrawn"
    DISCLOSURE_REFUSED = "disclosure_refused"
    REFERRAL_PREVIEWED = "referral_previewed"
    REFERRAL_SENT = "referral_sent"
    LETTERS_READ = "letters_read"
    LETTER_REPLY_RECORDED = "letter_reply_recorded"
    LETTER_DOCUMENT_OPENED = "letter_document_opened"
    APPOINTMENT_LETTER_PRINTED = "appointment_letter_printed"
    QUESTIONNAIRE_REPORT_MADE = "questionnaire_report_made"
    SCHEDULE_PRINTED = "schedule_printed"
    ACCESS_REVIEW_STARTED = "access_review_started"
    ACCESS_REVIEW_MARKED = "access_review_marked"
    ACCESS_EXTRACT_RELEASED = "access_extract_released"
    STATISTICS_COMPUTED = "statistics_computed"
    STATISTICS_EXPORTED = "statistics_exported"
    STATISTICS_FROZEN = "statistics_frozen"
    OUTWARD_WORK_RECORDED = "outward_work_recorded"
    OUTWARD_WORK_CHANGED = "outward_work_changed"
    BACKUP_CREATED = "backup_created"
    BACKUP_FAILED = "backup_failed"
    BACKUP_REMOVED = "backup_removed"
    BACKUP_RESTORED = "backup_restored"
    RETENTION_REVIEWED = "retention_reviewed"
    RETENTION_EXEMPTED = "retention_exempted"
    RETENTION_PURGED = "retention_purged"
    RECORD_PURGED = "record_purged"

    @property
    def label(self) -> Text:
        return _LABELS[self]


_LABELS = {
    LogAction.CLINIC_CREATED: Text("LogAction", "Clinic created"),
    LogAction.STAFF_KEYS_CERTIFIED: Text("LogAction", "Staff keys certified"),
    LogAction.STAFF_KEYS_REVOKED: Text("LogAction", "Staff keys revoked"),
    LogAction.KEYS_GRANTED: Text("LogAction", "Keys granted for a new role"),
    LogAction.KEYS_ROTATED: Text("LogAction", "The clinic's keys replaced"),
    LogAction.SCHEMA_UPGRADED: Text("LogAction", "Database upgraded"),
    LogAction.STATISTICS_COMPUTED: Text("LogAction", "Yearly numbers computed"),
    LogAction.STATISTICS_EXPORTED: Text("LogAction", "Yearly numbers exported"),
    LogAction.STATISTICS_FROZEN: Text("LogAction", "Yearly numbers frozen as final"),
    LogAction.OUTWARD_WORK_RECORDED: Text("LogAction", "Outward work recorded"),
    LogAction.OUTWARD_WORK_CHANGED: Text("LogAction", "Outward work changed"),
    LogAction.BACKUP_CREATED: Text("LogAction", "Backup made"),
    LogAction.BACKUP_FAILED: Text("LogAction", "Backup failed"),
    LogAction.BACKUP_REMOVED: Text("LogAction", "Old backup removed"),
    LogAction.BACKUP_RESTORED: Text("LogAction", "Backup restored"),
    LogAction.RETENTION_REVIEWED: Text("LogAction", "Retention review made"),
    LogAction.RETENTION_EXEMPTED: Text("LogAction", "Record exempted from retention"),
    LogAction.RETENTION_PURGED: Text("LogAction", "Records purged (gallring)"),
    LogAction.RECORD_PURGED: Text("LogAction", "Record purged"),
    LogAction.LOGIN: Text("LogAction", "Logged in"),
    LogAction.LOGIN_FAILED: Text("LogAction", "Failed login"),
    LogAction.LOGOUT: Text("LogAction", "Logged out"),
    LogAction.LOCK: Text("LogAction", "Locked"),
    LogAction.UNLOCK: Text("LogAction", "Unlocked"),
    LogAction.RECOVERY_KEY_USED: Text("LogAction", "Recovery key used"),
    LogAction.RECOVERY_KEY_REPLACED: Text("LogAction", "Recovery key replaced"),
    LogAction.PASSWORD_CHANGED: Text("LogAction", "Own password changed"),
    LogAction.PERMISSION_DENIED: Text("LogAction", "Permission denied"),
    LogAction.USER_CREATED: Text("LogAction", "Account created"),
    LogAction.USER_UPDATED: Text("LogAction", "Account changed"),
    LogAction.USER_DEACTIVATED: Text("LogAction", "Account deactivated"),
    LogAction.USER_REACTIVATED: Text("LogAction", "Account reactivated"),
    LogAction.PASSWORD_RESET: Text("LogAction", "Password reset"),
    LogAction.CLINIC_SETTINGS_CHANGED: Text("LogAction", "Clinic settings changed"),
    LogAction.ACCESS_LOG_VIEWED: Text("LogAction", "Access log viewed"),
    LogAction.ACCESS_LOG_VERIFIED: Text("LogAction", "Access log verified"),
    LogAction.ACCESS_LOG_REVIEWED: Text("LogAction", "Log review documented"),
    LogAction.ANCHOR_SAVED: Text("LogAction", "Anchor of the access log saved"),
    LogAction.CHAIN_HEAD_MISMATCH: Text("LogAction", "Database older than expected"),
    LogAction.CLIENT_CREATED: Text("LogAction", "Client registered"),
    LogAction.CLIENT_VIEWED: Text("LogAction", "Client record opened"),
    LogAction.CLIENT_UPDATED: Text("LogAction", "Client record changed"),
    LogAction.CLIENT_IDENTITY_CHANGED: Text("LogAction", "Client identity changed"),
    LogAction.CONCERN_PROMPTED: Text("LogAction", "Report of concern to consider"),
    LogAction.CONCERN_CONSIDERED: Text("LogAction", "Report of concern considered"),
    LogAction.APPOINTMENT_BOOKED: Text("LogAction", "Appointment booked"),
    LogAction.APPOINTMENT_CHANGED: Text("LogAction", "Appointment changed"),
    LogAction.APPOINTMENT_STATUS_CHANGED: Text("LogAction", "Appointment status changed"),
    LogAction.CLASH_OVERRIDDEN: Text("LogAction", "Booked despite a clash"),
    LogAction.WAITING_LIST_CHANGED: Text("LogAction", "Waiting list changed"),
    LogAction.ANONYMOUS_CONTACT_RECORDED: Text("LogAction", "Anonymous contact counted"),
    LogAction.CALENDAR_SETTINGS_CHANGED: Text("LogAction", "Rooms, hours or absences changed"),
    LogAction.JOURNAL_READ: Text("LogAction", "Journal read"),
    LogAction.JOURNAL_REFUSED: Text("LogAction", "Journal refused: not one's client"),
    LogAction.NOTE_CHANGE_REFUSED: Text("LogAction", "Change of a note refused"),
    LogAction.JOURNAL_SEARCHED: Text("LogAction", "Journal searched"),
    LogAction.NOTE_CREATED: Text("LogAction", "Note started"),
    LogAction.DRAFT_SAVED: Text("LogAction", "Draft saved"),
    LogAction.NOTE_SIGNED: Text("LogAction", "Note signed"),
    LogAction.NOTE_ADDENDUM: Text("LogAction", "Addendum to a note"),
    LogAction.NOTE_CORRECTED: Text("LogAction", "Note corrected"),
    LogAction.EMERGENCY_ACCESS: Text("LogAction", "Emergency access"),
    LogAction.EMERGENCY_ACCESS_REVIEWED: Text("LogAction", "Emergency access reviewed"),
    LogAction.PLAN_SAVED: Text("LogAction", "Treatment plan saved"),
    LogAction.MEASURE_RECORDED: Text("LogAction", "Questionnaire recorded"),
    LogAction.ADDRESS_BOOK_CHANGED: Text("LogAction", "Address book changed"),
    LogAction.LEGAL_GROUNDS_CHANGED: Text("LogAction", "Legal grounds changed"),
    LogAction.LETTER_TEMPLATE_SAVED: Text("LogAction", "Letter template saved"),
    LogAction.CONSENTS_READ: Text("LogAction", "Consent register read"),
    LogAction.CONSENT_RECORDED: Text("LogAction", "Consent or legal ground recorded"),
    LogAction.CONSENT_WITHDRAWN: Text("LogAction", "Consent withdrawn"),
    LogAction.DISCLOSURE_REFUSED: Text("LogAction", "Letter refused: no consent"),
    LogAction.REFERRAL_PREVIEWED: Text("LogAction", "Referral previewed"),
    LogAction.REFERRAL_SENT: Text("LogAction", "Referral sent"),
    LogAction.LETTERS_READ: Text("LogAction", "Letter register read"),
    LogAction.LETTER_REPLY_RECORDED: Text("LogAction", "Reply to a letter recorded"),
    LogAction.LETTER_DOCUMENT_OPENED: Text("LogAction", "Sent document opened"),
    LogAction.APPOINTMENT_LETTER_PRINTED: Text("LogAction", "Appointment letter made"),
    LogAction.QUESTIONNAIRE_REPORT_MADE: Text("LogAction", "Questionnaire report made"),
    LogAction.SCHEDULE_PRINTED: Text("LogAction", "Schedule printed"),
    LogAction.ACCESS_REVIEW_STARTED: Text("LogAction", "Confidentiality review started"),
    LogAction.ACCESS_REVIEW_MARKED: Text("LogAction", "Text masked in a review"),
    LogAction.ACCESS_EXTRACT_RELEASED: Text("LogAction", "Record extract released"),
}


@dataclass(frozen=True)
class LogEvent:
    """What a service asks to be logged; the log adds time, order and seal."""

    action: LogAction
    user_id: str | None
    client_id: str | None = None
    target_type: str | None = None  # "user", "settings", ... for non-client records
    target_id: str | None = None
    detail: str = ""  # short and free of client data: ids and codes, never names


@dataclass(frozen=True)
class LogEntry:
    id: str
    origin: str  # the database instance that wrote it: one chain per origin
    seq: int
    at: datetime
    action: LogAction
    user_id: str | None
    client_id: str | None
    target_type: str | None
    target_id: str | None
    detail: str
    workstation: str
    mac: str
    signer_key_id: str | None = None  # whose signing key signed it (None: before signatures)


@dataclass(frozen=True)
class LogQuery:
    """Filters for reading the log; all optional, newest first."""

    since: datetime | None = None
    until: datetime | None = None
    user_id: str | None = None
    client_id: str | None = None
    actions: frozenset[LogAction] | None = None
    limit: int = 500
    offset: int = 0


@dataclass(frozen=True)
class ChainReport:
    """The result of checking the hash chain of one origin."""

    origin: str
    entries_checked: int
    first_broken_seq: int | None  # None when the chain is whole
    problem: str = ""  # English, for logs and the CLI; the UI shows its own text
    warnings: tuple[str, ...] = ()  # not broken, but to know (entries before signatures)

    @property
    def intact(self) -> bool:
        return self.first_broken_seq is None and not self.problem


@dataclass(frozen=True)
class Anchor:
    """The access log's head and the clinic's root fingerprint at a moment,
    written down outside the data folder (see storage/anchors.py)."""

    origin: str
    seq: int
    mac: str
    root_fingerprint: str
    at: datetime

    def printed(self) -> str:
        """One line to print on paper and compare by eye."""
        return f"{self.origin}:{self.seq}:{self.mac}:{self.root_fingerprint}"


@dataclass(frozen=True)
class LogReview:
    """A documented sample check of the access log (loggkontroll)."""

    id: str
    reviewer_id: str
    period_from: date
    period_to: date
    scope: str  # what was sampled, e.g. "10 random client records, all emergency accesses"
    findings: str
    created_at: datetime
    # The log's head when the review was documented (kept in the signed entry
    # that records the review), to print and keep outside the data folder.
    anchor: Anchor | None = None


class HeadStatus(StrEnum):
    """How the database's access log compares with the head kept beside it."""

    MATCHES = "matches"
    NOT_RECORDED = "not_recorded"  # a database with no access log yet
    MISSING = "missing"  # the log has entries but no head is kept here: moved, or removed
    ROLLED_BACK = "rolled_back"  # the database is older than the last one used here
    REPLACED = "replaced"  # the entry the head points at is different: another file
