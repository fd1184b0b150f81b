"""Keeping a person's keys in step at each login, on their own workstation.

- Grants sealed to them were folded into their slot already (grants.py).
- A clinic upgraded from before the journal key hands the journal and root
  keys to the roles that hold them, from the transition wrap, until everyone
  has them; then the wrap goes.
- Keys the role may not hold are dropped from the slot (an honest client does
  this; against a dishonest one, the clinic lead rotates the keys).
- Someone without signing keys of their own (an account from before schema 5)
  gets them; a clinic lead's login certifies keys that wait for the root key
  and revokes keys that their owner has replaced.
"""

import logging
from datetime import datetime

from mottagning.models.access_log import LogAction, LogEvent
from mottagning.models.staff_keys import KeyPurpose, StaffKey
from mottagning.models.users import Role, User
from mottagning.services.credentials import Credential
from mottagning.services.key_ring import JOURNAL_ROLES, KeyRing, keys_for_role, new_personal_keys
from mottagning.services.unlocked_clinic import UnlockedClinic
from mottagning.storage import crypto
from mottagning.storage.clinic_root import ClinicRoot
from mottagning.storage.key_bundle import KeyBundle
from mottagning.storage.staff_keys import revocation_statement

log = logging.getLogger(__name__)


class KeyKeeper:
    def __init__(self, clinic: UnlockedClinic) -> None:
        self._clinic = clinic
        self._keyslots = clinic.keyslots

    def ring_for(self, credential: Credential, user: User) -> KeyRing:
        """The session's keys, after bringing the slot and staff keys in step."""
        bundle = self._role_keys(credential.bundle, user.role)
        bundle, sign_key = self._own_keys(bundle, user)
        ring = KeyRing(bundle, sign_key.id)
        if bundle != credential.bundle:
            self._keyslots.rewrap(
                credential.unlocked, user.username, bundle, self._clinic.clock.now()
            )
        if ring.holds_root:
            self._vouch_for_staff_keys(ring, user)
        self._end_transition_when_done(bundle)
        return ring

    def _role_keys(self, bundle: KeyBundle, role: Role) -> KeyBundle:
        offered = self._keyslots.transition_keys(bundle.database_key)
        fuller = bundle.with_keys(
            **{name: key for name, key in offered.items() if getattr(bundle, name) is None}
        )
        return fuller.with_keys(**keys_for_role(role, fuller))

    def _own_keys(self, bundle: KeyBundle, user: User) -> tuple[KeyBundle, StaffKey]:
        keys = self._clinic.staff_keys
        if bundle.sign_private is not None and bundle.agree_private is not None:
            held = keys.by_public_key(crypto.signing_public_key(bundle.sign_private))
            if held is not None and held.user_id == user.id:
                return bundle, held
        now = self._clinic.clock.now()
        made = new_personal_keys(user.id, now)
        root_ring = KeyRing(bundle, None)
        sign, agree = made.sign, made.agree
        if root_ring.holds_root:
            sign, agree = root_ring.certified(sign), root_ring.certified(agree)
        with self._clinic.db.transaction():
            keys.add(sign)
            keys.add(agree)
        log.info("made signing keys for an account from before schema 5")
        return bundle.with_keys(
            sign_private=made.sign_private, agree_private=made.agree_private
        ), sign

    def _vouch_for_staff_keys(self, ring: KeyRing, lead: User) -> None:
        """Certify keys that wait for the root key; revoke keys replaced by their
        owner's newer ones (a key made under a temporary password was known to
        the lead who set it)."""
        keys = self._clinic.staff_keys
        # Only the first keys of accounts made before signing keys existed: a
        # key someone slipped into the database for an account of their own
        # making is never certified by a lead's login.
        root = ClinicRoot(self._clinic.meta)
        public = root.public_key()
        origin = self._clinic.access_log.origin
        start = root.trusted_starts(public).get(origin, 0) if public else 0
        older = self._clinic.access_log.accounts_created_before(start)
        waiting = [key for key in keys.awaiting_certification() if key.user_id in older]
        superseded = self._superseded(keys.all())
        if not waiting and not superseded:
            return
        with self._clinic.db.transaction():
            for key in waiting:
                certified = ring.certified(key)
                assert certified.certificate is not None and certified.certified_by is not None
                keys.certify(key.id, certified.certified_by, certified.certificate)
            # Revoked as of the moment the newer key took over, whatever this
            # workstation's clock says now.
            for key, since in superseded:
                signature = ring.root_signature(revocation_statement(key.id, since))
                keys.revoke(key.id, since, signature)
            if waiting:
                self._clinic.log(
                    LogEvent(LogAction.STAFF_KEYS_CERTIFIED, lead.id, detail=str(len(waiting))),
                    ring.signer,
                )
            if superseded:
                self._clinic.log(
                    LogEvent(LogAction.STAFF_KEYS_REVOKED, lead.id, detail=str(len(superseded))),
                    ring.signer,
                )

    @staticmethod
    def _superseded(keys: list[StaffKey]) -> list[tuple[StaffKey, datetime]]:
        """Keys a newer key of the same person and purpose replaced, with when."""
        newest: dict[tuple[str, KeyPurpose], StaffKey] = {}
        for key in keys:
            if key.revoked_at is None:
                current = newest.get((key.user_id, key.purpose))
                if current is None or key.created_at >= current.created_at:
                    newest[(key.user_id, key.purpose)] = key
        return [
            (key, newest[(key.user_id, key.purpose)].created_at)
            for key in keys
            if key.revoked_at is None and newest[(key.user_id, key.purpose)].id != key.id
        ]

    def _end_transition_when_done(self, bundle: KeyBundle) -> None:
        if not self._keyslots.in_transition():
            return
        journal_users = [
            u.id for u in self._clinic.users.all() if u.active and u.role in JOURNAL_ROLES
        ]
        if all("journal_key" in self._keyslots.holdings_of(uid) for uid in journal_users):
            self._keyslots.set_transition(bundle.database_key, None)
            log.info("every counselor and clinic lead holds the journal key: transition ended")
