"""Logging in: from a user name and password to a signed-in Session.

Login has two halves so that the UI can run the slow one on a worker thread:
`check_password` derives the key (Argon2id, ~0.2 s) and unwraps the user's
slot, touching no database; `open_session` opens the database (on the thread
that will use it) and signs the user in. `login` does both.

Failed attempts are throttled per user name and kept outside the database;
they are moved into the access log by the next successful login.
"""

import dataclasses
import logging
import socket
from typing import TYPE_CHECKING

from mottagning.errors import (
    AccountDeactivated,
    NoSuchClinicLead,
    WrongCredentials,
    WrongRecoveryKey,
)
from mottagning.models.access_log import LogAction, LogEvent
from mottagning.models.recovery_key import RecoveryKey
from mottagning.models.users import Role
from mottagning.services.clock import Clock
from mottagning.services.credentials import Credential
from mottagning.services.throttle import LoginThrottle
from mottagning.storage.files import ClinicFiles
from mottagning.storage.kdf import DEFAULT_KDF, KdfParams
from mottagning.storage.keyslots import KeySlotFile
from mottagning.storage.login_attempts import LoginAttemptsFile

if TYPE_CHECKING:  # both load at the first login, not at start-up
    from mottagning.services.session import Session
    from mottagning.services.unlocked_clinic import UnlockedClinic

log = logging.getLogger(__name__)

RECOVERY_TAG = "recovery-key"


class Authenticator:
    """The gate of one clinic data folder on this workstation."""

    def __init__(
        self,
        files: ClinicFiles,
        clock: Clock,
        kdf: KdfParams = DEFAULT_KDF,
        workstation: str | None = None,
    ) -> None:
        self.files = files
        self.clock = clock
        self.keyslots = KeySlotFile(files.keyslots, kdf)
        attempts = LoginAttemptsFile(files.login_throttle, files.login_throttle_copy)
        self.throttle = LoginThrottle(attempts, clock)
        self.workstation = workstation or socket.gethostname()
        self._clinic: UnlockedClinic | None = None

    @property
    def clinic(self) -> "UnlockedClinic | None":
        return self._clinic

    # --- Passwords ----------------------------------------------------------------

    def check_password(self, username: str, password: str) -> Credential:
        """Prove `password` for `username` (slow; safe on a worker thread)."""
        tag = self.keyslots.user_tag(username.strip())
        self.throttle.check(tag)
        try:
            unlocked = self.keyslots.unlock_with_password(username.strip(), password)
        except WrongCredentials:
            self.throttle.record_failure(tag)
            raise
        self.throttle.record_success(tag)
        assert unlocked.user_id is not None
        return Credential(unlocked.user_id, tag, unlocked.database_key)

    def upgrade_schema(self, credential: Credential) -> None:
        """Bring the database to this version's schema, on its own connection
        (safe on a worker thread: after an update, a large clinic's migration
        takes minutes, and the window must not freeze meanwhile). Nothing to do
        when the clinic is already open: it was migrated when it was opened."""
        if self._clinic is not None:
            return
        from mottagning.storage.database import Database  # noqa: PLC0415 (see open_session)
        from mottagning.storage.schema import migrate  # noqa: PLC0415

        database = Database.open(self.files.database, credential.database_key)
        try:
            migrate(database, self.files.backups, self.clock.now())
        finally:
            database.close()

    def open_session(self, credential: Credential) -> "Session":
        """Sign in the owner of `credential` (on the thread that will use the session)."""
        # The services are imported at the first login, not at start-up: the
        # login window then shows sooner (app.py preloads them meanwhile).
        from mottagning.services.session import Session  # noqa: PLC0415

        clinic = self._open_clinic(credential.database_key)
        user = clinic.users.get(credential.user_id)
        if user is None or not user.active:
            clinic.log(
                LogEvent(LogAction.LOGIN_FAILED, credential.user_id, detail="account inactive")
            )
            raise AccountDeactivated()
        session = Session(clinic, user, self.check_password, self.log_pending_failures)
        self.log_pending_failures()
        head = clinic.check_chain_head()
        if not head.ok:
            log.warning("chain head check at login: %s", head.status)
            session.record(LogAction.CHAIN_HEAD_MISMATCH, detail=head.describe())
            session.warnings.append(head)
        session.record(LogAction.LOGIN)
        clinic.save_chain_head()
        return session

    def login(self, username: str, password: str) -> "Session":
        return self.open_session(self.check_password(username, password))

    # --- The recovery key ---------------------------------------------------------

    def recover(self, recovery_key_text: str, lead_username: str, new_password: str) -> "Session":
        """Open the clinic with the recovery key and give a clinic-lead account
        a new password (reactivating it if needed)."""
        self.throttle.check(RECOVERY_TAG)
        try:
            recovery_key = RecoveryKey.parse(recovery_key_text)
            unlocked = self.keyslots.unlock_with_recovery_key(recovery_key)
        except (ValueError, WrongRecoveryKey):
            self.throttle.record_failure(RECOVERY_TAG)
            raise WrongRecoveryKey() from None
        self.throttle.record_success(RECOVERY_TAG)
        clinic = self._open_clinic(unlocked.database_key)
        lead = clinic.users.by_username(lead_username.strip())
        if lead is None or lead.role is not Role.LEAD:
            raise NoSuchClinicLead(username=lead_username.strip())
        from mottagning.services.accounts import personal_words  # noqa: PLC0415 (see open_session)
        from mottagning.services.password_policy import check_password  # noqa: PLC0415

        clinic_name = clinic.settings.details().name
        check_password(new_password, personal_words(lead.username, lead.full_name, clinic_name))
        clinic.set_password(lead.id, lead.username, new_password)
        with clinic.db.transaction():
            restored = dataclasses.replace(
                lead, active=True, must_change_password=False, updated_at=self.clock.now()
            )
            clinic.users.update(restored)
            clinic.log(
                LogEvent(
                    LogAction.RECOVERY_KEY_USED, lead.id, target_type="user", target_id=lead.id
                )
            )
        tag = self.keyslots.user_tag(lead.username)
        return self.open_session(Credential(lead.id, tag, unlocked.database_key))

    # --- The open database --------------------------------------------------------

    def _open_clinic(self, database_key: bytes) -> "UnlockedClinic":
        from mottagning.services.unlocked_clinic import UnlockedClinic  # noqa: PLC0415

        if self._clinic is not None:
            if not self._clinic.holds_key(database_key):
                raise RuntimeError("a key slot unwrapped a key other than the open database's")
            return self._clinic
        self._clinic = UnlockedClinic.open(
            self.files, database_key, self.keyslots, self.clock, self.workstation
        )
        return self._clinic

    def log_pending_failures(self) -> None:
        """Move failed attempts kept outside the database into the access log."""
        clinic = self._clinic
        pending = self.throttle.pending()
        if clinic is None or not pending:
            return
        tags = {self.keyslots.user_tag(u.username): u.id for u in clinic.users.all()}
        with clinic.db.transaction():
            for tag, at in pending:
                user_id = tags.get(tag)
                if tag == RECOVERY_TAG:
                    detail = "recovery key"
                else:
                    detail = "" if user_id else "unknown user name"
                event = LogEvent(LogAction.LOGIN_FAILED, user_id, detail=detail)
                clinic.access_log.append(event, at)
        self.throttle.forget_pending(pending)

    def close(self) -> None:
        clinic, self._clinic = self._clinic, None
        if clinic is not None:
            clinic.close()
