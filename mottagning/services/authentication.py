"""Logging in: from a user name and password to a signed-in Session.

Login has two halves so that the UI can run the slow one on a worker thread:
`check_password` derives the key (Argon2id, ~0.2 s) and unwraps the user's
slot, touching no database; `open_session` opens the database (on the thread
that will use it) and signs the user in. `login` does both.

Failed attempts are throttled per user name and kept outside the database;
they are moved into the access log by the next successful login.
"""

import dataclasses
import functools
import logging
import socket
from pathlib import Path
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
from mottagning.services.grants import fold_grants
from mottagning.services.throttle import LoginThrottle
from mottagning.storage.files import ClinicFiles
from mottagning.storage.kdf import DEFAULT_KDF, KdfParams
from mottagning.storage.keyslots import KeySlotFile
from mottagning.storage.login_attempts import LoginAttemptsFile
from mottagning.storage.restore_files import clear_marker, read_marker
from mottagning.storage.restore_files import settle as settle_restore

if TYPE_CHECKING:  # these load at the first login, not at start-up
    from mottagning.services.key_rotation import (
        KeyRotation,
        PreparedRotation,
        Progress,
        RotationReport,
    )
    from mottagning.services.session import Session
    from mottagning.services.unlocked_clinic import UnlockedClinic
    from mottagning.storage.access_log import LogSigner

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
        self._pending_signer: LogSigner | None = None  # the last session's, for failed logins
        self._sessions: list[Session] = []  # opened on this workstation, for a key rotation
        self._settled = False  # an interrupted key rotation was looked for
        self._checked = False  # the quick integrity check ran

    @property
    def clinic(self) -> "UnlockedClinic | None":
        return self._clinic

    # --- Passwords ----------------------------------------------------------------

    def check_password(self, username: str, password: str) -> Credential:
        """Prove `password` for `username` (slow; safe on a worker thread). Keys
        sealed to the user while they were away are folded into their slot."""
        username = username.strip()
        self._settle_rotation()
        tag = self.keyslots.user_tag(username)
        self.throttle.check(tag)
        try:
            unlocked = self.keyslots.unlock_with_password(username, password)
        except WrongCredentials:
            self.throttle.record_failure(tag)
            raise
        self.throttle.record_success(tag)
        user_id = unlocked.user_id
        assert user_id is not None
        unlocked = fold_grants(self.keyslots, unlocked, username, self.clock)
        return Credential(user_id, tag, unlocked)

    def upgrade_schema(self, credential: Credential) -> None:
        """Bring the database to this version's schema, on its own connection
        (safe on a worker thread: after an update, a large clinic's migration
        takes minutes, and the window must not freeze meanwhile). Nothing to do
        when the clinic is already open: it was migrated when it was opened."""
        if self._clinic is not None:
            return
        from mottagning.services.schema_upgrade import upgrade_schema  # noqa: PLC0415

        upgrade_schema(self.files, self.keyslots, credential, self.clock)

    def check_integrity(self, credential: Credential) -> None:
        """At the first sign-in on this workstation: `PRAGMA quick_check` within
        a time budget, on its own connection (safe on a worker thread). Damage
        found: DatabaseDamagedAtSignIn, naming the newest backup, and nothing
        is written to the database."""
        if self._clinic is not None or self._checked:
            return
        from mottagning.services.integrity import check_at_sign_in  # noqa: PLC0415

        check_at_sign_in(self.files, credential.database_key)
        self._checked = True

    def open_session(self, credential: Credential) -> "Session":
        """Sign in the owner of `credential` (on the thread that will use the session)."""
        # The services are imported at the first login, not at start-up: the
        # login window then shows sooner (app.py preloads them meanwhile).
        from mottagning.services.key_keeper import KeyKeeper  # noqa: PLC0415
        from mottagning.services.restore_notice import record_restore  # noqa: PLC0415
        from mottagning.services.session import Session  # noqa: PLC0415

        clinic = self._open_clinic(credential.database_key)
        user = clinic.users.get(credential.user_id)
        if user is None or not user.active:
            raise AccountDeactivated()
        keys = KeyKeeper(clinic).ring_for(credential, user)
        session = Session(clinic, user, keys, self.check_password, self.log_pending_failures)
        self._sessions.append(session)
        self._pending_signer = keys.signer
        self.log_pending_failures()
        head = clinic.check_chain_head()
        restored = read_marker(self.files)
        if restored is not None:
            session.restored = record_restore(session, clinic, head, restored)
            clear_marker(self.files)
        elif not head.ok:
            log.warning("chain head check at login: %s", head.status)
            session.record(LogAction.CHAIN_HEAD_MISMATCH, detail=head.describe())
            session.warnings.append(head)
        session.record(LogAction.LOGIN)
        return session

    def login(self, username: str, password: str) -> "Session":
        credential = self.check_password(username, password)
        self.check_integrity(credential)
        self.upgrade_schema(credential)
        return self.open_session(credential)

    # --- The recovery key ---------------------------------------------------------

    def recover(self, recovery_key_text: str, lead_username: str, new_password: str) -> "Session":
        """Open the clinic with the recovery key and give a clinic-lead account
        a new password (reactivating it if needed), with keys of its own."""
        self._settle_rotation()
        self.throttle.check(RECOVERY_TAG)
        try:
            recovery_key = RecoveryKey.parse(recovery_key_text)
            unlocked = self.keyslots.unlock_with_recovery_key(recovery_key)
        except (ValueError, WrongRecoveryKey):
            self.throttle.record_failure(RECOVERY_TAG)
            raise WrongRecoveryKey() from None
        self.throttle.record_success(RECOVERY_TAG)
        unlocked = fold_grants(self.keyslots, unlocked, "", self.clock)
        clinic = self._open_clinic(unlocked.bundle.database_key)
        lead = clinic.users.by_username(lead_username.strip())
        if lead is None or lead.role is not Role.LEAD:
            raise NoSuchClinicLead(username=lead_username.strip())
        from mottagning.services.accounts import personal_words  # noqa: PLC0415 (see open_session)
        from mottagning.services.key_ring import (  # noqa: PLC0415
            KeyRing,
            keys_for_role,
            new_personal_keys,
        )
        from mottagning.services.password_policy import check_password  # noqa: PLC0415

        clinic_name = clinic.settings.details().name
        check_password(new_password, personal_words(lead.username, lead.full_name, clinic_name))
        recovery = KeyRing(unlocked.bundle, None)
        made = new_personal_keys(lead.id, self.clock.now())
        bundle = unlocked.bundle.with_keys(
            **keys_for_role(Role.LEAD, unlocked.bundle),
            sign_private=made.sign_private,
            agree_private=made.agree_private,
        )
        self.keyslots.set_password_slot(
            lead.id, lead.username, new_password, bundle, self.clock.now()
        )
        lead_ring = KeyRing(bundle, made.sign.id)
        with clinic.db.transaction():
            clinic.staff_keys.add(recovery.certified(made.sign))
            clinic.staff_keys.add(recovery.certified(made.agree))
            restored = dataclasses.replace(
                lead, active=True, must_change_password=False, updated_at=self.clock.now()
            )
            clinic.users.update(restored)
            clinic.log(
                LogEvent(
                    LogAction.RECOVERY_KEY_USED, lead.id, target_type="user", target_id=lead.id
                ),
                lead_ring.signer,
            )
        return self.login(lead.username, new_password)

    # --- Replacing the clinic's keys ----------------------------------------------

    def key_rotation(self, lead: "Session") -> "KeyRotation":
        """Replacing the clinic's keys (services/key_rotation.py), allowed to
        `lead`: its `prepare(password, progress)` is the slow half, on a
        connection of its own and safe on a worker thread. Nothing may be
        written meanwhile; then `complete_key_rotation` on the session's thread."""
        from mottagning.services.key_rotation import KeyRotation, prepare_rotation  # noqa: PLC0415
        from mottagning.services.permissions import Action  # noqa: PLC0415

        lead.require(Action.MANAGE_USERS)
        username, lead_id = lead.user.username, lead.user.id

        def check(password: str) -> Credential:
            credential = self.check_password(username, password)
            if credential.user_id != lead_id:
                raise WrongCredentials()
            return credential

        return KeyRotation(
            check,
            functools.partial(
                prepare_rotation,
                self.files,
                self.keyslots,
                lead.keys,
                lead_id,
                self.clock,
                self.workstation,
            ),
        )

    def prepare_key_rotation(
        self, lead: "Session", password: str, progress: "Progress"
    ) -> "PreparedRotation":
        return self.key_rotation(lead).prepare(password, progress)

    def complete_key_rotation(
        self, lead: "Session", password: str, prepared: "PreparedRotation"
    ) -> "Session":
        """Put the new database in place: every session on this workstation is
        logged out, and the lead's comes back under the new keys (everyone
        else takes them at their next login)."""
        from mottagning.services.key_rotation import complete_rotation  # noqa: PLC0415

        clinic = self._clinic
        assert clinic is not None
        head = clinic.access_log.head()
        head_now = head.seq if head else 0
        for session in self._sessions:  # nothing more is written to the old file
            session.end_unlogged()
        self._sessions = []
        clinic.close()
        self._clinic = None
        complete_rotation(self.files, self.keyslots, prepared, head_now)  # on failure: log in again
        return self.login(lead.user.username, password)

    def rotate_keys(
        self, lead: "Session", password: str, progress: "Progress"
    ) -> tuple["RotationReport", "Session"]:
        """Both halves on this thread (the command line, the tests)."""
        prepared = self.prepare_key_rotation(lead, password, progress)
        progress(0.95, "putting the new database in place")
        fresh = self.complete_key_rotation(lead, password, prepared)
        progress(1.0, "done")
        return prepared.report, fresh

    # --- Restoring a backup (services/restore.py) ------------------------------------

    def leave_for_restore(self, lead: "Session", credential: Credential) -> None:
        """The clinic lead, password proven (`check_password`, slow), ends every
        session on this workstation and closes the database, so that a backup
        can take its place (`restore_from`, safe on a worker thread; then log in
        again)."""
        from mottagning.services.permissions import Action  # noqa: PLC0415

        lead.require(Action.RESTORE_BACKUP)
        if credential.user_id != lead.user.id:
            raise WrongCredentials()
        for session in self._sessions:
            session.logout()
        self._sessions = []
        self.close()

    def prove_for_restore(self, folder: str, username: str, password: str) -> Credential:
        """Before anyone is logged out (slow; safe on a worker thread): the
        password opens this clinic and the backup's own key slots, so that a
        password changed since the backup is said now, not after the logout."""
        from mottagning.services.backups import load_backup  # noqa: PLC0415
        from mottagning.services.restore import (  # noqa: PLC0415
            RestoreAuthority,
            database_key_for,
        )

        credential = self.check_password(username, password)
        backup = load_backup(Path(folder))
        database_key_for(backup, RestoreAuthority(username, password), self.keyslots.kdf)
        return credential

    def restore_from(self, folder: str, username: str, password: str) -> None:
        """Put the backup in `folder` in place (nothing may be open: see above)."""
        from mottagning.services.restore import RestoreAuthority, restore_backup  # noqa: PLC0415

        if self._clinic is not None:
            raise RuntimeError("close the clinic before restoring a backup")
        authority = RestoreAuthority(username=username, password=password)
        restore_backup(self.files, Path(folder), authority, self.clock, self.keyslots.kdf)

    def restore(self, lead: "Session", folder: str, password: str) -> "Session":
        """All three steps on this thread (the tests)."""
        from mottagning.services.permissions import Action  # noqa: PLC0415

        username = lead.user.username
        lead.require(Action.RESTORE_BACKUP)
        self.leave_for_restore(lead, self.prove_for_restore(folder, username, password))
        self.restore_from(folder, username, password)
        return self.login(username, password)

    def _settle_rotation(self) -> None:
        if not self._settled:
            from mottagning.services.key_rotation import settle_interrupted_rotation  # noqa: PLC0415

            settle_interrupted_rotation(self.files, self.keyslots)
            settle_restore(self.files)
            self._settled = True

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
        """Move failed attempts kept outside the database into the access log,
        recorded (and signed) by the session that just opened."""
        clinic = self._clinic
        pending = self.throttle.pending()
        signer = self._pending_signer
        if clinic is None or not pending or signer is None:
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
                clinic.access_log.append(event, at, signer)
        self.throttle.forget_pending(pending)

    def close(self) -> None:
        clinic, self._clinic = self._clinic, None
        if clinic is not None:
            clinic.close()
