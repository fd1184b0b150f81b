"""The keys a signed-in person holds, and what the role policy gives others.

A role's keys (see storage/key_bundle.py): everyone the database key; the
journal roles (counselor, clinic lead) the journal key; clinic leads the root
key that certifies staff keys. Each person has their own signing and key-
agreement keys, made on their own workstation: the clinic lead who creates an
account certifies its first keys with the root key; at the first password of
their own, the person makes new ones, endorsed by the first.
"""

import uuid
from dataclasses import dataclass, replace
from datetime import datetime

from mottagning.models.staff_keys import ROOT, KeyPurpose, StaffKey
from mottagning.models.users import Role
from mottagning.storage import crypto
from mottagning.storage.access_log import LogSigner
from mottagning.storage.journal_cipher import JournalCipher, JournalSeal, NoJournalKey
from mottagning.storage.key_bundle import KeyBundle
from mottagning.storage.staff_keys import key_statement

JOURNAL_ROLES = frozenset({Role.COUNSELOR, Role.LEAD})
ROOT_ROLES = frozenset({Role.LEAD})


def role_loses_keys(before: Role, after: Role) -> bool:
    """Whether a change of role takes a clinic-wide key away (then an old copy of
    the key file still holds it, until the keys are replaced)."""
    return (before in JOURNAL_ROLES and after not in JOURNAL_ROLES) or (
        before in ROOT_ROLES and after not in ROOT_ROLES
    )


def keys_for_role(role: Role, source: KeyBundle) -> dict[str, bytes | None]:
    """Of the clinic-wide keys in `source`, those `role` may hold."""
    return {
        "database_key": source.database_key,
        "journal_key": source.journal_key if role in JOURNAL_ROLES else None,
        "root_private": source.root_private if role in ROOT_ROLES else None,
    }


@dataclass(frozen=True)
class PersonalKeys:
    """A new pair of keys for one person: the private halves for their slot,
    the public halves (statements) for the database."""

    sign_private: bytes
    agree_private: bytes
    sign: StaffKey
    agree: StaffKey

    def __repr__(self) -> str:
        return f"PersonalKeys({self.sign.id!r}, {self.agree.id!r})"


def new_personal_keys(user_id: str, now: datetime) -> PersonalKeys:
    sign_private, agree_private = crypto.new_private_key(), crypto.new_private_key()
    return PersonalKeys(
        sign_private,
        agree_private,
        StaffKey(
            str(uuid.uuid4()),
            user_id,
            KeyPurpose.SIGN,
            crypto.signing_public_key(sign_private),
            now,
        ),
        StaffKey(
            str(uuid.uuid4()),
            user_id,
            KeyPurpose.AGREE,
            crypto.agreement_public_key(agree_private),
            now,
        ),
    )


class KeyRing:
    """One session's keys. The journal key and the root key are used only
    through it, so a session without them cannot use them by mistake."""

    def __init__(self, bundle: KeyBundle, sign_key_id: str | None) -> None:
        self.bundle = bundle
        self.sign_key_id = sign_key_id
        self._signer: LogSigner | None = None

    def __repr__(self) -> str:
        return f"KeyRing({self.bundle!r})"

    @property
    def signer(self) -> LogSigner:
        if self.bundle.sign_private is None or self.sign_key_id is None:
            raise RuntimeError("this session has no signing key yet")
        signer = self._signer
        # Kept while the key stays the same: every logged action signs, and
        # loading the key costs as much again as the signature.
        if (
            signer is None
            or signer.key_id != self.sign_key_id
            or signer.private_key != self.bundle.sign_private
        ):
            signer = self._signer = LogSigner(self.sign_key_id, self.bundle.sign_private)
        return signer

    @property
    def journal(self) -> JournalSeal:
        key = self.bundle.journal_key
        return NoJournalKey() if key is None else JournalCipher(key)

    @property
    def holds_root(self) -> bool:
        return self.bundle.root_private is not None

    def certified(self, key: StaffKey) -> StaffKey:
        """`key` with the root key's certificate (clinic leads only)."""
        if self.bundle.root_private is None:
            raise RuntimeError("only a clinic lead's session holds the root key")
        certificate = crypto.sign(self.bundle.root_private, key_statement(key))
        return replace(key, certified_by=ROOT, certificate=certificate)

    def endorsed(self, key: StaffKey) -> StaffKey:
        """A new key of this person's, vouched for by their current signing key."""
        if self.bundle.sign_private is None or self.sign_key_id is None:
            raise RuntimeError("no signing key to endorse with")
        certificate = crypto.sign(self.bundle.sign_private, key_statement(key))
        return replace(key, certified_by=self.sign_key_id, certificate=certificate)

    def root_signature(self, statement: bytes) -> bytes:
        if self.bundle.root_private is None:
            raise RuntimeError("only a clinic lead's session holds the root key")
        return crypto.sign(self.bundle.root_private, statement)
