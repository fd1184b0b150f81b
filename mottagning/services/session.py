"""A signed-in user: the services they may call, and locking.

The UI holds one Session per signed-in user. Locking keeps the session (and
the user's unsaved work in the UI) while hiding it; another user may sign in
meanwhile with a session of their own.
"""

from collections.abc import Callable

from mottagning.errors import AccountDeactivated
from mottagning.models.access_log import LogAction, LogEntry
from mottagning.models.users import User
from mottagning.services.access_log import AccessLogService
from mottagning.services.access_requests import AccessRequestService
from mottagning.services.accounts import AccountService
from mottagning.services.address_book import AddressBookService
from mottagning.services.anonymous_contacts import AnonymousContactService
from mottagning.services.appointment_letters import AppointmentLetterService
from mottagning.services.backups import BackupService
from mottagning.services.calendar_settings import CalendarSettingsService
from mottagning.services.clients import ClientService
from mottagning.services.clinic_settings import ClinicSettingsService
from mottagning.services.clinic_time import ClinicTime
from mottagning.services.consents import ConsentService
from mottagning.services.context import Context
from mottagning.services.credentials import Credential, PasswordCheck
from mottagning.services.emergency_access import EmergencyAccessService
from mottagning.services.journal import JournalService
from mottagning.services.key_ring import KeyRing
from mottagning.services.measures import MeasureService
from mottagning.services.need_to_know import NeedToKnow
from mottagning.services.note_templates import NoteTemplateService
from mottagning.services.outward_work import OutwardWorkService
from mottagning.services.permissions import Action
from mottagning.services.preferences import UserPreferences
from mottagning.services.questionnaire_reports import QuestionnaireReportService
from mottagning.services.referrals import ReferralService
from mottagning.services.restore_notice import RestoreNotice
from mottagning.services.retention import RetentionService
from mottagning.services.schedule_print import SchedulePrintService
from mottagning.services.scheduling import SchedulingService
from mottagning.services.sync import SyncService
from mottagning.services.treatment_plans import TreatmentPlanService
from mottagning.services.unlocked_clinic import HeadCheck, UnlockedClinic
from mottagning.services.waiting_list import WaitingListService
from mottagning.services.yearly_numbers import YearlyNumbersService


class Session:
    def __init__(
        self,
        clinic: UnlockedClinic,
        user: User,
        keys: KeyRing,
        check_password: PasswordCheck,
        log_pending_failures: Callable[[], None],
    ) -> None:
        """`check_password` proves a password (slow, throttled); after an
        unlock, `log_pending_failures` moves the failed attempts kept outside
        the database into the access log. Both come from the Authenticator,
        which this module does not know."""
        self._check_password = check_password
        self._log_pending_failures = log_pending_failures
        self._context = Context(clinic, user, keys, check_password)
        self.clinic = clinic  # storage: for services' tests, never the UI
        self.time = ClinicTime(clinic)
        self.accounts = AccountService(self._context)
        self.access_log = AccessLogService(self._context)
        self.clinic_settings = ClinicSettingsService(self._context)
        self.clients = ClientService(self._context)
        self.calendar_settings = CalendarSettingsService(self._context)
        self.scheduling = SchedulingService(self._context, self.calendar_settings)
        self.waiting_list = WaitingListService(self._context, self.scheduling)
        self.anonymous_contacts = AnonymousContactService(self._context)
        self.preferences = UserPreferences(self._context)
        need_to_know = NeedToKnow(self._context)
        self.note_templates = NoteTemplateService(self._context)
        self.journal = JournalService(self._context, need_to_know, self.note_templates)
        self.emergency_access = EmergencyAccessService(self._context)
        self.plans = TreatmentPlanService(self._context, need_to_know)
        self.measures = MeasureService(self._context, need_to_know, self.journal)
        self.address_book = AddressBookService(self._context)
        self.consents = ConsentService(self._context, need_to_know)
        self.referrals = ReferralService(self._context, need_to_know, self.address_book)
        self.appointment_letters = AppointmentLetterService(self._context)
        self.schedule_print = SchedulePrintService(self._context)
        self.access_requests = AccessRequestService(self._context, need_to_know)
        self.questionnaire_reports = QuestionnaireReportService(
            self._context, need_to_know, self.measures
        )
        self.outward_work = OutwardWorkService(self._context)
        self.yearly_numbers = YearlyNumbersService(self._context)
        self.backups = BackupService(self._context)
        self.sync = SyncService(self._context)
        self.retention = RetentionService(self._context)
        self.warnings: list[HeadCheck] = []  # shown to the user once after login
        self.restored: RestoreNotice | None = None  # the first login after a restore
        self.open = True

    @property
    def user(self) -> User:
        return self._context.actor

    @property
    def keys(self) -> KeyRing:
        """This person's keys, for tools that write as them (the synthetic clinic)."""
        return self._context.keys

    def require(self, action: Action) -> None:
        """Raise PermissionDenied (logged) unless this person may `action`."""
        self._context.require(action)

    def record(self, action: LogAction, **details: str) -> LogEntry:
        return self._context.record(action, **details)

    def lock(self) -> None:
        self.record(LogAction.LOCK)

    def unlock(self, password: str) -> bool:
        """True, and logged, when `password` is this user's; raises on throttling."""
        return self.resume(self._check_password(self.user.username, password))

    def resume(self, credential: Credential) -> bool:
        """Unlock with a password proven elsewhere (the UI proves it off the GUI thread)."""
        if credential.user_id != self.user.id:
            return False
        current = self.clinic.users.get(self.user.id)
        if current is None or not current.active:
            raise AccountDeactivated()
        self._context.actor = current
        self._log_pending_failures()
        self.record(LogAction.UNLOCK)
        return True

    def on_this_thread(self) -> "Session":
        """This person's session on a database connection of its own, for a
        worker thread: made and closed (`close_connection`) on that thread."""
        return Session(
            self.clinic.reopened(),
            self.user,
            self.keys,
            self._check_password,
            self._log_pending_failures,
        )

    def close_connection(self) -> None:
        """Close the connection of a session made by `on_this_thread`."""
        self.clinic.close()

    def end_unlogged(self) -> None:
        """End the session without writing to the log (the database is about to
        be replaced; the key rotation's own entry records it)."""
        self.open = False

    def logout(self) -> None:
        if self.open:
            self.record(LogAction.LOGOUT)
            self.open = False
