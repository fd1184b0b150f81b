"""Key slots: the clinic's keys, wrapped once per user and once for the
recovery key, in a small JSON file beside the database (like LUKS).

Each slot wraps a `KeyBundle`: what that person's role needs (a scheduler's
bundle holds no journal key). A password change rewraps one slot; the database
is never re-encrypted for it. A user is found by a keyed tag of the user name,
so the file does not list the staff by name. Each slot's description (whose it
is, what it holds, how its key is derived) is authenticated together with the
wrapped keys, so a slot cannot be moved to another account or relabelled.

Grants are keys sealed to one person's public key-agreement key while they are
away: a new role's keys, or the keys after a rotation. Their next login opens
the grant and folds it into their own slot. The clinic's root public key is
kept here too, outside the database, so that replacing it in the database is
noticed.

During the upgrade of a clinic made before the journal key existed, the new
keys are also wrapped under the database key (`transition`) until every
counselor and clinic lead has logged in once and holds them in their own
slot. Until then a scheduler's database key reaches them: the README says so.
"""

import base64
import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from mottagning.errors import KeySlotsDamaged, WrongCredentials, WrongRecoveryKey
from mottagning.models.recovery_key import RecoveryKey
from mottagning.storage import crypto
from mottagning.storage.files import read_json, write_json_atomically
from mottagning.storage.kdf import DEFAULT_KDF, KdfParams
from mottagning.storage.key_bundle import KeyBundle
from mottagning.storage.keyslot_format import (
    FORMAT,
    HOLDABLE,
    PASSWORD,
    RECOVERY,
    Grant,
    check_file,
    checksum,
    parse_grant,
)

_RECOVERY_PURPOSE = b"mottagning recovery slot v1"
_RECOVERY_AGREEMENT = b"mottagning recovery agreement key v1"
_TRANSITION_PURPOSE = b"mottagning key transition v1"
_GRANT_CONTEXT = "mottagning grant v1"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    """Raises ValueError (binascii.Error, UnicodeEncodeError) on anything but base64."""
    return base64.b64decode(text.encode("ascii"), validate=True)


def holdings(bundle: KeyBundle) -> list[str]:
    """The names of the keys a bundle holds, as a slot's description lists them."""
    return [name for name in HOLDABLE if getattr(bundle, name) is not None]


@dataclass(frozen=True)
class Unlocked:
    """A successful unwrap: whose slot it was, its keys, and the key that
    wrapped them (to fold grants into the same slot without the password)."""

    user_id: str | None  # None for the recovery slot
    bundle: KeyBundle
    slot_key: bytes

    def __repr__(self) -> str:
        return f"Unlocked(user_id={self.user_id!r}, {self.bundle!r})"


class KeySlotFile:
    def __init__(self, path: Path, kdf: KdfParams = DEFAULT_KDF) -> None:
        self.path = path
        self.kdf = kdf  # cost for slots written from now on; each slot keeps its own

    # --- Reading ------------------------------------------------------------------

    def exists(self) -> bool:
        return self.path.exists()

    def _load(self) -> dict[str, Any]:
        """The file's content, checked whole: any damage (a flipped bit, a
        hand edit) is reported as damage before anything is derived from it,
        never as a wrong password and never as a crash."""
        try:
            content = read_json(self.path, fall_back_to_previous=False)
            check_file(content)
        except (ValueError, KeyError, TypeError) as exc:
            raise KeySlotsDamaged(file=self.path.name) from exc
        assert isinstance(content, dict)
        return content

    def user_tag(self, username: str) -> str:
        return crypto.keyed_tag(_unb64(self._load()["tag_salt"]), username)

    def user_ids_with_slots(self) -> set[str]:
        return {s["user_id"] for s in self._load()["slots"] if s["kind"] == PASSWORD}

    def holdings_of(self, user_id: str) -> list[str]:
        """What `user_id`'s slot holds (from its authenticated description)."""
        for slot in self._load()["slots"]:
            if slot["user_id"] == user_id:
                return list(slot.get("holds", ["database_key"]))
        return []

    @property
    def generation(self) -> int:
        return int(self._load().get("generation", 0))

    @property
    def root_public(self) -> bytes | None:
        """The clinic's root signing key as last written beside the database."""
        value = self._load().get("root_public")
        return None if value is None else _unb64(value)

    @property
    def format(self) -> int:
        return int(self._load()["format"])

    # --- Unlocking ----------------------------------------------------------------

    def unlock_with_password(self, username: str, password: str) -> Unlocked:
        content = self._load()
        tag = crypto.keyed_tag(_unb64(content["tag_salt"]), username)
        slot = next(
            (s for s in content["slots"] if s["kind"] == PASSWORD and s["user_tag"] == tag), None
        )
        if slot is None:
            # Spend the same time as a real attempt, so timing does not tell
            # which user names exist.
            crypto.derive_from_password(password, crypto.random_salt(), self.kdf)
            raise WrongCredentials()
        params = KdfParams(**{k: v for k, v in slot["kdf"].items() if k != "name"})
        wrapping_key = crypto.derive_from_password(password, _unb64(slot["salt"]), params)
        try:
            bundle = self._open(slot, wrapping_key, content["format"])
        except crypto.UnwrapFailed:
            raise WrongCredentials() from None
        return Unlocked(slot["user_id"], bundle, wrapping_key)

    def unlock_with_recovery_key(self, recovery_key: RecoveryKey) -> Unlocked:
        content = self._load()
        for slot in content["slots"]:
            if slot["kind"] != RECOVERY:
                continue
            wrapping_key = crypto.derive_subkey(
                recovery_key.secret, _unb64(slot["salt"]), _RECOVERY_PURPOSE
            )
            try:
                bundle = self._open(slot, wrapping_key, content["format"])
            except crypto.UnwrapFailed:
                continue
            agree = recovery_agreement_key(recovery_key)
            return Unlocked(None, bundle.with_keys(agree_private=agree), wrapping_key)
        raise WrongRecoveryKey()

    def _open(self, slot: dict[str, Any], wrapping_key: bytes, file_format: int) -> KeyBundle:
        data = crypto.unwrap(
            wrapping_key, _unb64(slot["nonce"]), _unb64(slot["wrapped"]), _aad(slot, file_format)
        )
        if _slot_format(slot, file_format) == 1:
            return KeyBundle(generation=0, database_key=data)
        try:
            return KeyBundle.parse(data)
        except ValueError as exc:  # authenticated, yet not a bundle: written by something else
            raise KeySlotsDamaged(file=self.path.name) from exc

    # --- Grants -------------------------------------------------------------------

    def grants_for(self, recipient: str) -> list[Grant]:
        """Grants to open now: not those of a rotation still under way."""
        content = self._load()
        current = content.get("generation", 0)
        return [
            parse_grant(g)
            for g in content.get("grants", [])
            if g["to"] == recipient and g["generation"] <= current
        ]

    def open_grant(self, grant: Grant, agree_private: bytes) -> dict[str, bytes]:
        """The keys of `grant`, for the holder of the recipient's private key."""
        stored = next(g for g in self._load().get("grants", []) if g["id"] == grant.id)
        secret = crypto.open_sealed(
            agree_private,
            _unb64(stored["ephemeral"]),
            _unb64(stored["nonce"]),
            _unb64(stored["sealed"]),
            _grant_context(stored),
        )
        keys: dict[str, str] = json.loads(secret)
        return {name: _unb64(value) for name, value in keys.items() if name in grant.keys}

    def add_grant(
        self,
        recipient: str,
        recipient_public: bytes,
        generation: int,
        keys: dict[str, bytes],
        now: datetime,
    ) -> None:
        content = self._load()
        grant = _sealed_grant(recipient, recipient_public, generation, keys, now)
        self._write({**content, "grants": [*content.get("grants", []), grant]})

    def remove_grants(self, grant_ids: set[str]) -> None:
        content = self._load()
        kept = [g for g in content.get("grants", []) if g["id"] not in grant_ids]
        self._write({**content, "grants": kept})

    # --- A rotation of the clinic's keys (services/key_rotation.py) -----------------

    @property
    def pending_generation(self) -> int | None:
        value = self._load().get("pending_generation")
        return None if value is None else int(value)

    def begin_rotation(
        self, generation: int, grants: list[tuple[str, bytes, dict[str, bytes]]], now: datetime
    ) -> None:
        """Seal the next generation's keys to each person (recipient, their
        public key-agreement key, the keys), all in one write, marked as not
        yet in force: until `finish_rotation` nobody opens them."""
        content = self._load()
        sealed = [_sealed_grant(to, public, generation, keys, now) for to, public, keys in grants]
        self._write(
            {
                **content,
                "pending_generation": generation,
                "grants": [*content.get("grants", []), *sealed],
            }
        )

    def finish_rotation(self) -> None:
        content = self._load()
        pending = content.get("pending_generation")
        if pending is None:
            return
        body = {k: v for k, v in content.items() if k != "pending_generation"}
        self._write({**body, "generation": pending})

    def abandon_rotation(self) -> None:
        """Forget a rotation that did not reach its swap: its grants go too."""
        content = self._load()
        pending = content.get("pending_generation")
        if pending is None:
            return
        body = {k: v for k, v in content.items() if k != "pending_generation"}
        grants = [g for g in content.get("grants", []) if g["generation"] < pending]
        self._write({**body, "grants": grants})

    # --- The transition from a clinic without a journal key -----------------------

    def transition_keys(self, database_key: bytes) -> dict[str, bytes]:
        """The keys wrapped under the database key during the upgrade (see above)."""
        transition = self._load().get("transition")
        if transition is None:
            return {}
        key = crypto.derive_subkey(database_key, b"", _TRANSITION_PURPOSE)
        try:
            secret = crypto.unwrap(
                key,
                _unb64(transition["nonce"]),
                _unb64(transition["wrapped"]),
                _transition_aad(transition),
            )
        except crypto.UnwrapFailed as exc:
            raise KeySlotsDamaged(file=self.path.name) from exc
        return {name: _unb64(value) for name, value in json.loads(secret).items()}

    def set_transition(self, database_key: bytes, keys: dict[str, bytes] | None) -> None:
        content = self._load()
        body = {k: v for k, v in content.items() if k != "transition"}
        if keys:
            transition: dict[str, Any] = {"keys": sorted(keys)}
            secret = json.dumps({name: _b64(value) for name, value in keys.items()}).encode()
            key = crypto.derive_subkey(database_key, b"", _TRANSITION_PURPOSE)
            nonce, wrapped = crypto.wrap(key, secret, _transition_aad(transition))
            transition.update(nonce=_b64(nonce), wrapped=_b64(wrapped))
            body["transition"] = transition
        self._write(body)

    def in_transition(self) -> bool:
        return "transition" in self._load()

    # --- Writing ------------------------------------------------------------------

    def create(self, root_public: bytes, generation: int = 1) -> None:
        """Start an empty slot file; refuses to overwrite one."""
        if self.path.exists():
            raise FileExistsError(self.path)
        self._write(
            {
                "format": FORMAT,
                "tag_salt": _b64(crypto.random_salt()),
                "generation": generation,
                "root_public": _b64(root_public),
                "slots": [],
                "grants": [],
            }
        )

    def upgrade_format(self, root_public: bytes, generation: int) -> None:
        """Format 2 for a file of format 1, whose slots keep working as they are
        until each is rewritten (they wrap the bare database key)."""
        content = self._load()
        if content["format"] == FORMAT:
            return
        slots = [{**slot, "format": 1} for slot in content["slots"]]
        self._write(
            {
                "format": FORMAT,
                "tag_salt": content["tag_salt"],
                "generation": generation,
                "root_public": _b64(root_public),
                "slots": slots,
                "grants": [],
            }
        )

    def set_root_public(self, root_public: bytes) -> None:
        self._write({**self._load(), "root_public": _b64(root_public)})

    def set_password_slot(
        self, user_id: str, username: str, password: str, bundle: KeyBundle, now: datetime
    ) -> None:
        """Give `user_id` a slot for `password`, replacing any slot it had."""
        salt = crypto.random_salt()
        wrapping_key = crypto.derive_from_password(password, salt, self.kdf)
        kdf = {"name": "argon2id", **self.kdf.__dict__}
        self._store_password_slot(user_id, username, salt, kdf, wrapping_key, bundle, now)

    def rewrap(self, unlocked: Unlocked, username: str, bundle: KeyBundle, now: datetime) -> None:
        """The same slot (password, salt, cost) with other keys in it."""
        content = self._load()
        slot = next(s for s in content["slots"] if s["user_id"] == unlocked.user_id)
        if slot["kind"] == RECOVERY:
            self._store_slot(content, slot, unlocked.slot_key, bundle, now)
            return
        assert unlocked.user_id is not None
        self._store_password_slot(
            unlocked.user_id,
            username,
            _unb64(slot["salt"]),
            slot["kdf"],
            unlocked.slot_key,
            bundle,
            now,
        )

    def _store_password_slot(
        self,
        user_id: str,
        username: str,
        salt: bytes,
        kdf: dict[str, Any],
        wrapping_key: bytes,
        bundle: KeyBundle,
        now: datetime,
    ) -> None:
        content = self._load()
        slot: dict[str, Any] = {
            "id": str(uuid.uuid4()),
            "kind": PASSWORD,
            "user_id": user_id,
            "user_tag": crypto.keyed_tag(_unb64(content["tag_salt"]), username),
            "kdf": kdf,
            "created_at": now.isoformat(),
            "salt": _b64(salt),
        }
        self._store_slot(content, slot, wrapping_key, bundle, now)

    def set_recovery_slot(
        self, recovery_key: RecoveryKey, bundle: KeyBundle, now: datetime
    ) -> None:
        """Wrap `bundle` for `recovery_key`; an earlier recovery key stops working."""
        content = self._load()
        salt = crypto.random_salt()
        slot: dict[str, Any] = {
            "id": str(uuid.uuid4()),
            "kind": RECOVERY,
            "user_id": None,
            "user_tag": None,
            "kdf": {"name": "hkdf-sha256"},
            "created_at": now.isoformat(),
            "salt": _b64(salt),
            "agree_public": _b64(crypto.agreement_public_key(recovery_agreement_key(recovery_key))),
        }
        wrapping_key = crypto.derive_subkey(recovery_key.secret, salt, _RECOVERY_PURPOSE)
        kept = [g for g in content.get("grants", []) if g["to"] != RECOVERY]
        self._store_slot({**content, "grants": kept}, slot, wrapping_key, bundle, now)

    def recovery_public(self) -> bytes | None:
        """The recovery key's public key-agreement key, to seal keys to it."""
        for slot in self._load()["slots"]:
            if slot["kind"] == RECOVERY and "agree_public" in slot:
                return _unb64(slot["agree_public"])
        return None

    def _store_slot(
        self,
        content: dict[str, Any],
        slot: dict[str, Any],
        wrapping_key: bytes,
        bundle: KeyBundle,
        now: datetime,
    ) -> None:
        slot = {k: v for k, v in slot.items() if k not in ("format", "nonce", "wrapped")}
        slot["holds"] = holdings(bundle)
        slot["generation"] = bundle.generation
        slot["created_at"] = now.isoformat()
        nonce, wrapped = crypto.wrap(wrapping_key, bundle.serialised(), _aad(slot, FORMAT))
        slot.update(nonce=_b64(nonce), wrapped=_b64(wrapped))
        others = [s for s in content["slots"] if not _same_owner(s, slot)]
        self._write({**content, "slots": [*others, slot]})

    def remove_user(self, user_id: str) -> None:
        content = self._load()
        remaining = [s for s in content["slots"] if s.get("user_id") != user_id]
        grants = [g for g in content.get("grants", []) if g["to"] != user_id]
        self._write({**content, "slots": remaining, "grants": grants})

    def _write(self, content: dict[str, Any]) -> None:
        """The whole file with its checksum; no older copy is kept, because it
        would still open the database for a removed slot."""
        body = {k: v for k, v in content.items() if k != "checksum"}
        write_json_atomically(self.path, {**body, "checksum": checksum(body)}, keep_previous=False)


def _sealed_grant(
    recipient: str, public: bytes, generation: int, keys: dict[str, bytes], now: datetime
) -> dict[str, Any]:
    grant: dict[str, Any] = {
        "id": str(uuid.uuid4()),
        "to": recipient,
        "generation": generation,
        "keys": sorted(keys),
        "created_at": now.isoformat(),
    }
    secret = json.dumps({name: _b64(value) for name, value in keys.items()}).encode()
    ephemeral, nonce, sealed = crypto.seal_to(public, secret, _grant_context(grant))
    grant.update(ephemeral=_b64(ephemeral), nonce=_b64(nonce), sealed=_b64(sealed))
    return grant


def _same_owner(one: dict[str, Any], other: dict[str, Any]) -> bool:
    if other["kind"] == RECOVERY:
        return bool(one["kind"] == RECOVERY)
    return bool(one.get("user_id") == other["user_id"])


def recovery_agreement_key(recovery_key: RecoveryKey) -> bytes:
    """The recovery key's own key-agreement private key, derived from it, so
    that keys can be sealed to the recovery key (after a rotation)."""
    return crypto.derive_subkey(recovery_key.secret, b"", _RECOVERY_AGREEMENT)


def _slot_format(slot: dict[str, Any], file_format: int) -> int:
    """1 for a slot written before bundles (it wraps the bare database key)."""
    return 1 if file_format == 1 or slot.get("format") == 1 else FORMAT


def _aad(slot: dict[str, Any], file_format: int) -> bytes:
    """What a slot's wrapped keys are bound to: its whole description."""
    if _slot_format(slot, file_format) == 1:
        described = {k: slot[k] for k in ("id", "kind", "user_id", "user_tag", "kdf")}
        return json.dumps({"format": 1, **described}, sort_keys=True).encode("utf-8")
    described = {k: v for k, v in slot.items() if k not in ("nonce", "wrapped", "created_at")}
    return json.dumps({"format": FORMAT, **described}, sort_keys=True).encode("utf-8")


def _grant_context(grant: dict[str, Any]) -> bytes:
    described = {k: grant[k] for k in ("id", "to", "generation", "keys")}
    return json.dumps({"context": _GRANT_CONTEXT, **described}, sort_keys=True).encode("utf-8")


def _transition_aad(transition: dict[str, Any]) -> bytes:
    return json.dumps({"transition": transition["keys"]}, sort_keys=True).encode("utf-8")
