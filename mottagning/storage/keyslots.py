"""Key slots: one random database key, wrapped once per user and once for the
recovery key, in a small JSON file beside the database (like LUKS).

A password change rewraps one slot; the database is never re-encrypted for it.
A user is found by a keyed tag of the user name, so the file does not list the
staff by name. Each slot's description is authenticated together with the
wrapped key, so a slot cannot be moved to another account.
"""

import base64
import hashlib
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

FORMAT = 1
PASSWORD = "password"
RECOVERY = "recovery"
_RECOVERY_PURPOSE = b"mottagning recovery slot v1"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    """Raises ValueError (binascii.Error, UnicodeEncodeError) on anything but base64."""
    return base64.b64decode(text.encode("ascii"), validate=True)


@dataclass(frozen=True)
class Unlocked:
    """A successful unwrap: whose slot it was, and the database key."""

    user_id: str | None  # None for the recovery slot
    database_key: bytes


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
            _check_file(content)
        except (ValueError, KeyError, TypeError) as exc:
            raise KeySlotsDamaged(file=self.path.name) from exc
        assert isinstance(content, dict)
        return content

    def user_tag(self, username: str) -> str:
        return crypto.keyed_tag(_unb64(self._load()["tag_salt"]), username)

    def user_ids_with_slots(self) -> set[str]:
        return {s["user_id"] for s in self._load()["slots"] if s["kind"] == PASSWORD}

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
            key = crypto.unwrap(
                wrapping_key, _unb64(slot["nonce"]), _unb64(slot["wrapped"]), _aad(slot)
            )
        except crypto.UnwrapFailed:
            raise WrongCredentials() from None
        return Unlocked(user_id=slot["user_id"], database_key=key)

    def unlock_with_recovery_key(self, recovery_key: RecoveryKey) -> Unlocked:
        for slot in self._load()["slots"]:
            if slot["kind"] != RECOVERY:
                continue
            wrapping_key = crypto.derive_subkey(
                recovery_key.secret, _unb64(slot["salt"]), _RECOVERY_PURPOSE
            )
            try:
                key = crypto.unwrap(
                    wrapping_key, _unb64(slot["nonce"]), _unb64(slot["wrapped"]), _aad(slot)
                )
            except crypto.UnwrapFailed:
                continue
            return Unlocked(user_id=None, database_key=key)
        raise WrongRecoveryKey()

    # --- Writing ------------------------------------------------------------------

    def create(self) -> None:
        """Start an empty slot file; refuses to overwrite one."""
        if self.path.exists():
            raise FileExistsError(self.path)
        self._write({"format": FORMAT, "tag_salt": _b64(crypto.random_salt()), "slots": []})

    def set_password_slot(
        self, user_id: str, username: str, password: str, database_key: bytes, now: datetime
    ) -> None:
        """Give `user_id` a slot for `password`, replacing any slot it had."""
        content = self._load()
        slot: dict[str, Any] = {
            "id": str(uuid.uuid4()),
            "kind": PASSWORD,
            "user_id": user_id,
            "user_tag": crypto.keyed_tag(_unb64(content["tag_salt"]), username),
            "kdf": {"name": "argon2id", **self.kdf.__dict__},
            "created_at": now.isoformat(),
        }
        salt = crypto.random_salt()
        wrapping_key = crypto.derive_from_password(password, salt, self.kdf)
        self._seal(slot, salt, wrapping_key, database_key)
        others = [s for s in content["slots"] if s.get("user_id") != user_id]
        self._write({**content, "slots": [*others, slot]})

    def set_recovery_slot(
        self, recovery_key: RecoveryKey, database_key: bytes, now: datetime
    ) -> None:
        """Wrap the database key for `recovery_key`; an earlier recovery key stops working."""
        content = self._load()
        slot: dict[str, Any] = {
            "id": str(uuid.uuid4()),
            "kind": RECOVERY,
            "user_id": None,
            "user_tag": None,
            "kdf": {"name": "hkdf-sha256"},
            "created_at": now.isoformat(),
        }
        salt = crypto.random_salt()
        wrapping_key = crypto.derive_subkey(recovery_key.secret, salt, _RECOVERY_PURPOSE)
        self._seal(slot, salt, wrapping_key, database_key)
        others = [s for s in content["slots"] if s["kind"] != RECOVERY]
        self._write({**content, "slots": [*others, slot]})

    def remove_user(self, user_id: str) -> None:
        content = self._load()
        remaining = [s for s in content["slots"] if s.get("user_id") != user_id]
        self._write({**content, "slots": remaining})

    def _write(self, content: dict[str, Any]) -> None:
        """The whole file with its checksum; no older copy is kept, because it
        would still open the database for a removed slot."""
        body = {k: v for k, v in content.items() if k != "checksum"}
        write_json_atomically(self.path, {**body, "checksum": _checksum(body)}, keep_previous=False)

    @staticmethod
    def _seal(slot: dict[str, Any], salt: bytes, wrapping_key: bytes, key: bytes) -> None:
        nonce, wrapped = crypto.wrap(wrapping_key, key, _aad(slot))
        slot.update(salt=_b64(salt), nonce=_b64(nonce), wrapped=_b64(wrapped))


# --- Checking what was read ------------------------------------------------------

# Bounds of what a slot may ask of the key derivation: outside them the file was
# altered (and a huge memory cost would stall or kill the program).
_KDF_BOUNDS = {"time_cost": (1, 16), "memory_kib": (8, 4 * 1024 * 1024), "parallelism": (1, 64)}
_BYTES = {"salt": crypto.SALT_BYTES, "nonce": crypto.NONCE_BYTES, "wrapped": crypto.KEY_BYTES + 16}


def _checksum(body: dict[str, Any]) -> str:
    """SHA-256 over the content: accidental damage anywhere (a flipped bit on
    disk) is found, instead of looking like a wrong password."""
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return hashlib.sha256(canonical).hexdigest()


def _check_file(content: object) -> None:
    """Raise ValueError unless `content` is a key-slot file of this format."""
    if not isinstance(content, dict) or content.get("format") != FORMAT:
        raise ValueError("not a key-slot file of this format")
    body = {k: v for k, v in content.items() if k != "checksum"}
    if set(body) != {"format", "tag_salt", "slots"}:
        raise ValueError("unknown or missing fields")
    # Files written before the checksum have none; every write adds it.
    if "checksum" in content and content["checksum"] != _checksum(body):
        raise ValueError("checksum does not match")
    _check_bytes(content["tag_salt"], crypto.SALT_BYTES)
    slots = content["slots"]
    if not isinstance(slots, list):
        raise ValueError("slots is not a list")
    for slot in slots:
        _check_slot(slot)


def _check_slot(slot: object) -> None:
    if not isinstance(slot, dict) or not isinstance(slot["id"], str):
        raise ValueError("a slot is not an object with an id")
    for name, size in _BYTES.items():
        _check_bytes(slot[name], size)
    kdf = slot["kdf"]
    if not isinstance(kdf, dict):
        raise ValueError("kdf is not an object")
    if slot["kind"] == PASSWORD:
        if not isinstance(slot["user_id"], str) or not isinstance(slot["user_tag"], str):
            raise ValueError("a password slot without its user")
        if kdf.get("name") != "argon2id" or set(kdf) != {"name", *_KDF_BOUNDS}:
            raise ValueError("unknown key derivation")
        for name, (low, high) in _KDF_BOUNDS.items():
            value = kdf[name]
            if type(value) is not int or not low <= value <= high:
                raise ValueError(f"kdf {name} out of bounds")
        if kdf["memory_kib"] < 8 * kdf["parallelism"]:
            raise ValueError("kdf memory below what Argon2 allows")
    elif slot["kind"] == RECOVERY:
        if kdf != {"name": "hkdf-sha256"}:
            raise ValueError("unknown key derivation")
    else:
        raise ValueError("unknown slot kind")


def _check_bytes(text: object, size: int) -> None:
    if not isinstance(text, str) or len(_unb64(text)) != size:
        raise ValueError("not base64 of the expected length")


def _aad(slot: dict[str, Any]) -> bytes:
    described = {k: slot[k] for k in ("id", "kind", "user_id", "user_tag", "kdf")}
    return json.dumps({"format": FORMAT, **described}, sort_keys=True).encode("utf-8")
