"""Staff accounts: the clinic lead creates, changes, deactivates and resets them
without knowing anyone's password; everyone changes their own.

An account's password is its key slot. Creating or resetting an account writes
a slot for a temporary password that must be changed at the next login, with
the keys the role holds and new personal keys certified by the clinic's root
key; deactivating removes the slot and revokes the person's keys, so the
password no longer opens the database and their key no longer signs. A role
with more keys gets them sealed to the person (taken at their next login); a
role with fewer needs a new temporary password, since their slot cannot be
emptied without theirs (and the keys they saw are replaced by a rotation).
"""

import dataclasses
import re
import secrets
import uuid

from mottagning.errors import (
    AccountDeactivated,
    CurrentPasswordRequired,
    InvalidInput,
    LastClinicLead,
    NotFound,
    PasswordReused,
    TemporaryPasswordNeeded,
    UsernameTaken,
    WrongCredentials,
)
from mottagning.i18n import Text
from mottagning.models.access_log import LogAction
from mottagning.models.recovery_key import ALPHABET, RecoveryKey
from mottagning.models.staff_keys import KeyPurpose
from mottagning.models.users import NewUser, Role, User
from mottagning.services.context import Context
from mottagning.services.key_ring import (
    JOURNAL_ROLES,
    ROOT_ROLES,
    KeyRing,
    PersonalKeys,
    keys_for_role,
    new_personal_keys,
)
from mottagning.services.password_policy import check_password
from mottagning.services.permissions import Action
from mottagning.storage.key_bundle import KeyBundle
from mottagning.storage.staff_keys import revocation_statement

USERNAME = re.compile(r"^[a-z0-9][a-z0-9._-]{1,31}$")
MAX_NAME_LENGTH = 100
_TARGET = "user"


def generate_temporary_password() -> str:
    """Sixteen random characters in groups (80 bits), easy to read out over the phone."""
    chars = "".join(secrets.choice(ALPHABET) for _ in range(16))
    return "-".join(chars[i : i + 4] for i in range(0, 16, 4))


def validate_new_user(new: NewUser) -> NewUser:
    """The account as it will be stored (trimmed, user name in lower case)."""
    username = new.username.strip().lower()
    if not USERNAME.match(username):
        raise InvalidInput(
            field=Text("Fields", "User name"),
            problem=Text(
                "Fields",
                "use 2-32 letters a-z, digits, dots, dashes or underscores, starting with "
                "a letter or digit",
            ),
        )
    return NewUser(username, *_validated_names(new.full_name, new.title), _role(new.role))


def _role(value: str) -> Role:
    try:
        return Role(value)
    except ValueError:
        raise InvalidInput(
            field=Text("Fields", "Role"), problem=Text("Fields", "not a known role")
        ) from None


def _validated_names(full_name: str, title: str) -> tuple[str, str]:
    full_name, title = " ".join(full_name.split()), " ".join(title.split())
    if not full_name:
        raise InvalidInput(field=Text("Fields", "Name"), problem=Text("Fields", "required"))
    for label, value in ((Text("Fields", "Name"), full_name), (Text("Fields", "Title"), title)):
        if len(value) > MAX_NAME_LENGTH:
            raise InvalidInput(field=label, problem=Text("Fields", "at most 100 characters"))
    return full_name, title


def _keys_lost(before: Role, after: Role) -> bool:
    """Whether moving from `before` to `after` takes keys away."""
    return (before in JOURNAL_ROLES and after not in JOURNAL_ROLES) or (
        before in ROOT_ROLES and after not in ROOT_ROLES
    )


def recovery_bundle(source: KeyBundle) -> KeyBundle:
    """What the recovery key opens: every clinic-wide key, no person's own."""
    return KeyBundle(
        source.generation,
        source.database_key,
        journal_key=source.journal_key,
        root_private=source.root_private,
    )


def personal_words(username: str, full_name: str, clinic_name: str) -> list[str]:
    return [username, full_name, clinic_name, *full_name.split()]


class AccountService:
    def __init__(self, context: Context) -> None:
        self._ctx = context
        self._users = context.clinic.users

    # --- Reading ------------------------------------------------------------------

    def list_users(self) -> list[User]:
        """Every account, active or not (the lead's administration view)."""
        self._ctx.require(Action.MANAGE_USERS)
        return self._users.all()

    def _get(self, user_id: str) -> User:
        user = self._users.get(user_id)
        if user is None:
            raise NotFound(what=Text("Things", "account"))
        return user

    def _clinic_name(self) -> str:
        return self._ctx.clinic.settings.details().name

    # --- The lead's administration ------------------------------------------------

    def create_user(self, new: NewUser, temporary_password: str) -> User:
        self._ctx.require(Action.MANAGE_USERS)
        new = validate_new_user(new)
        if self._users.by_username(new.username) is not None:
            raise UsernameTaken(username=new.username)
        check_password(
            temporary_password, personal_words(new.username, new.full_name, self._clinic_name())
        )
        now = self._ctx.clinic.clock.now()
        user = User(
            id=str(uuid.uuid4()),
            username=new.username,
            full_name=new.full_name,
            title=new.title,
            role=new.role,
            active=True,
            must_change_password=True,
            created_at=now,
            updated_at=now,
        )
        # The slot first: if the database write then fails, an orphan slot opens
        # nothing (its user id is unknown), whereas the reverse would leave an
        # account nobody can log in to.
        made = self._issue_slot(user, temporary_password)
        try:
            with self._ctx.db.transaction():
                self._users.add(user)
                self._register(made)
                self._ctx.record(
                    LogAction.USER_CREATED,
                    target_type=_TARGET,
                    target_id=user.id,
                    detail=user.role.value,
                )
        except BaseException:
            self._ctx.clinic.keyslots.remove_user(user.id)
            raise
        return user

    def _issue_slot(self, user: User, temporary_password: str) -> PersonalKeys:
        """A slot for `temporary_password` with the role's keys and new personal
        keys, certified by the root key this (clinic lead's) session holds."""
        ring = self._ctx.keys
        made = new_personal_keys(user.id, self._ctx.clinic.clock.now())
        bundle = KeyBundle(
            ring.bundle.generation,
            **keys_for_role(user.role, ring.bundle),  # type: ignore[arg-type]
            sign_private=made.sign_private,
            agree_private=made.agree_private,
        )
        self._ctx.clinic.keyslots.set_password_slot(
            user.id, user.username, temporary_password, bundle, self._ctx.clinic.clock.now()
        )
        return dataclasses.replace(
            made, sign=ring.certified(made.sign), agree=ring.certified(made.agree)
        )

    def _register(self, made: PersonalKeys) -> None:
        """The new public keys into the database, the person's earlier ones revoked."""
        self._revoke_keys(made.sign.user_id)
        self._ctx.clinic.staff_keys.add(made.sign)
        self._ctx.clinic.staff_keys.add(made.agree)

    def _revoke_keys(self, user_id: str) -> None:
        now = self._ctx.clinic.clock.now()
        for key in self._ctx.clinic.staff_keys.of_user(user_id):
            if key.revoked_at is None:
                signature = self._ctx.keys.root_signature(revocation_statement(key.id, now))
                self._ctx.clinic.staff_keys.revoke(key.id, now, signature)

    def update_user(
        self,
        user_id: str,
        full_name: str,
        title: str,
        role: Role,
        temporary_password: str | None = None,
    ) -> User:
        """Change an account. A role with fewer keys (a counselor becoming an
        administrator, say) takes `temporary_password`: the account's slot is
        replaced by one without the keys it may no longer hold."""
        self._ctx.require(Action.MANAGE_USERS)
        user = self._get(user_id)
        full_name, title = _validated_names(full_name, title)
        role = _role(role)
        losing = _keys_lost(user.role, role)
        with self._ctx.db.transaction():
            if user.role is Role.LEAD and role is not Role.LEAD and user.active:
                self._keep_a_lead()
            if losing and temporary_password is None:
                raise TemporaryPasswordNeeded()
            changed = self._with(user, full_name=full_name, title=title, role=role)
            if losing and temporary_password is not None:
                check_password(
                    temporary_password,
                    personal_words(user.username, user.full_name, self._clinic_name()),
                )
                changed = self._with(changed, must_change_password=True)
                self._register(self._issue_slot(changed, temporary_password))
            self._users.update(changed)
            self._ctx.record(
                LogAction.USER_UPDATED,
                target_type=_TARGET,
                target_id=user.id,
                detail=f"role={role.value}" if role is not user.role else "",
            )
            if not losing and role is not user.role:
                self._grant_role_keys(changed)
        self._refresh_actor(changed)
        return changed

    def _grant_role_keys(self, user: User) -> None:
        """Seal the keys of a fuller role to the person, for their next login."""
        offered = {
            name: key
            for name, key in keys_for_role(user.role, self._ctx.keys.bundle).items()
            if key is not None and name != "database_key"
        }
        agree = self._ctx.clinic.staff_keys.current(user.id, KeyPurpose.AGREE)
        if not offered or agree is None:
            return
        self._ctx.clinic.keyslots.add_grant(
            user.id,
            agree.public_key,
            self._ctx.keys.bundle.generation,
            offered,
            self._ctx.clinic.clock.now(),
        )
        self._ctx.record(
            LogAction.KEYS_GRANTED, target_type=_TARGET, target_id=user.id, detail=user.role.value
        )

    def deactivate(self, user_id: str) -> User:
        self._ctx.require(Action.MANAGE_USERS)
        user = self._get(user_id)
        if not user.active:
            return user
        with self._ctx.db.transaction():
            if user.role is Role.LEAD:
                self._keep_a_lead()
            changed = self._with(user, active=False)
            self._users.update(changed)
            self._revoke_keys(user.id)
            self._ctx.record(LogAction.USER_DEACTIVATED, target_type=_TARGET, target_id=user.id)
        # After the commit: should removing the slot fail, the account is still
        # refused at login because it is inactive in the database.
        self._ctx.clinic.keyslots.remove_user(user.id)
        return changed

    def reactivate(self, user_id: str, temporary_password: str) -> User:
        self._ctx.require(Action.MANAGE_USERS)
        user = self._get(user_id)
        if user.active:
            raise InvalidInput(
                field=Text("Fields", "Account"), problem=Text("Fields", "it is already active")
            )
        check_password(
            temporary_password, personal_words(user.username, user.full_name, self._clinic_name())
        )
        made = self._issue_slot(user, temporary_password)
        with self._ctx.db.transaction():
            changed = self._with(user, active=True, must_change_password=True)
            self._users.update(changed)
            self._register(made)
            self._ctx.record(LogAction.USER_REACTIVATED, target_type=_TARGET, target_id=user.id)
        return changed

    def reset_password(self, user_id: str, temporary_password: str) -> User:
        """Give an account a temporary password, to be changed at its next login."""
        self._ctx.require(Action.MANAGE_USERS)
        user = self._get(user_id)
        if not user.active:
            raise AccountDeactivated()
        check_password(
            temporary_password, personal_words(user.username, user.full_name, self._clinic_name())
        )
        made = self._issue_slot(user, temporary_password)
        with self._ctx.db.transaction():
            changed = self._with(user, must_change_password=True)
            self._users.update(changed)
            self._register(made)
            self._ctx.record(LogAction.PASSWORD_RESET, target_type=_TARGET, target_id=user.id)
        self._refresh_actor(changed)
        return changed

    def replace_recovery_key(self) -> RecoveryKey:
        """A new recovery key (shown once); the old one stops working at once."""
        self._ctx.require(Action.REPLACE_RECOVERY_KEY)
        recovery_key = RecoveryKey.generate()
        bundle = self._ctx.keys.bundle
        self._ctx.clinic.keyslots.set_recovery_slot(
            recovery_key, recovery_bundle(bundle), self._ctx.clinic.clock.now()
        )
        self._ctx.record(LogAction.RECOVERY_KEY_REPLACED)
        return recovery_key

    # --- One's own account --------------------------------------------------------

    def change_own_password(self, current_password: str, new_password: str) -> User:
        self._ctx.require(Action.CHANGE_OWN_PASSWORD)
        me = self._get(self._ctx.actor.id)
        self._ctx.confirm_own_password(current_password)
        if new_password == current_password:
            raise PasswordReused()
        return self._store_own_password(me, new_password)

    def replace_temporary_password(self, new_password: str) -> User:
        """Right after a login with a temporary password, which that login proved."""
        self._ctx.require(Action.CHANGE_OWN_PASSWORD)
        me = self._get(self._ctx.actor.id)
        if not me.must_change_password:
            raise CurrentPasswordRequired()
        if self._opens_own_slot(me, new_password):
            raise PasswordReused()  # the temporary password someone else has seen
        return self._store_own_password(me, new_password)

    def _opens_own_slot(self, me: User, password: str) -> bool:
        try:
            self._ctx.clinic.keyslots.unlock_with_password(me.username, password)
        except WrongCredentials:
            return False
        return True

    def _store_own_password(self, me: User, new_password: str) -> User:
        """A slot for the new password. Leaving a temporary password, the person
        also makes new personal keys of their own, endorsed by the first ones
        (the clinic lead who set the temporary password could reach those)."""
        check_password(new_password, personal_words(me.username, me.full_name, self._clinic_name()))
        ring = self._ctx.keys
        now = self._ctx.clinic.clock.now()
        made = new_personal_keys(me.id, now) if me.must_change_password else None
        bundle = ring.bundle
        if made is not None:
            bundle = bundle.with_keys(
                sign_private=made.sign_private, agree_private=made.agree_private
            )
        self._ctx.clinic.keyslots.set_password_slot(me.id, me.username, new_password, bundle, now)
        with self._ctx.db.transaction():
            if made is not None:
                self._ctx.clinic.staff_keys.add(ring.endorsed(made.sign))
                self._ctx.clinic.staff_keys.add(ring.endorsed(made.agree))
                self._ctx.keys = KeyRing(bundle, made.sign.id)
            changed = self._with(me, must_change_password=False)
            self._users.update(changed)
            self._ctx.record(LogAction.PASSWORD_CHANGED, target_type=_TARGET, target_id=me.id)
        self._refresh_actor(changed)
        return changed

    # --- Helpers ------------------------------------------------------------------

    def _keep_a_lead(self) -> None:
        if self._users.count_active(Role.LEAD) <= 1:
            raise LastClinicLead()

    def _with(self, user: User, **changes: object) -> User:
        return dataclasses.replace(user, **changes, updated_at=self._ctx.clinic.clock.now())  # type: ignore[arg-type]

    def _refresh_actor(self, changed: User) -> None:
        if changed.id == self._ctx.actor.id:
            self._ctx.actor = changed
