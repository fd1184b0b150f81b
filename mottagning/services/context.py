"""What every service of a signed-in session shares: the clinic, the actor,
the permission check and the access log."""

from mottagning.errors import AccountDeactivated, PermissionDenied, WrongCredentials
from mottagning.models.access_log import LogAction, LogEntry, LogEvent
from mottagning.models.users import User
from mottagning.services.credentials import Credential, PasswordCheck
from mottagning.services.key_ring import KeyRing
from mottagning.services.permissions import Action, is_allowed
from mottagning.services.unlocked_clinic import UnlockedClinic
from mottagning.storage.database import Database
from mottagning.storage.journal_cipher import JournalSeal


class Context:
    def __init__(
        self, clinic: UnlockedClinic, actor: User, keys: KeyRing, check_password: PasswordCheck
    ) -> None:
        self.clinic = clinic
        self.actor = actor  # refreshed by services when the actor's own account changes
        self.keys = keys
        self._check_password = check_password

    def confirm_own_password(self, password: str) -> None:
        """Raise WrongCredentials unless `password` is the actor's (throttled)."""
        credential = self._check_password(self.actor.username, password)
        if credential.user_id != self.actor.id:
            raise WrongCredentials()

    def prove_password(self, username: str, password: str) -> Credential:
        """Another person's password proven here (throttled like a login): a
        second confirmation at this workstation."""
        return self._check_password(username, password)

    @property
    def db(self) -> Database:
        return self.clinic.db

    @property
    def journal(self) -> JournalSeal:
        """Seals and opens journal content: fails for a session without the journal key."""
        return self.keys.journal

    def require(self, action: Action) -> None:
        """Raise PermissionDenied (and log the attempt) unless the actor may `action`.

        The account is read afresh: a role taken away or an account deactivated
        by the clinic lead counts at once, not at the next login."""
        current = self.clinic.users.get(self.actor.id)
        if current is None or not current.active:
            raise AccountDeactivated()
        self.actor = current
        if is_allowed(self.actor.role, action):
            return
        self.record(LogAction.PERMISSION_DENIED, detail=action.value)
        raise PermissionDenied(role=self.actor.role.label, action=action.label)

    def record(
        self,
        action: LogAction,
        *,
        client_id: str | None = None,
        target_type: str | None = None,
        target_id: str | None = None,
        detail: str = "",
    ) -> LogEntry:
        return self.clinic.log(
            LogEvent(action, self.actor.id, client_id, target_type, target_id, detail),
            self.keys.signer,
        )
