"""The key-slot file's format, and the check of everything read from it.

Every field is checked (types, base64 and its length, bounded key-derivation
costs, a checksum over the whole) before anything is derived from the file, so
damage is reported as damage: never as a wrong password, never as a crash.
"""

import base64
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from mottagning.storage import crypto

FORMAT = 2
FORMATS = (1, 2)  # format 1: a slot wraps the bare database key (schema 4 and older)
PASSWORD = "password"
RECOVERY = "recovery"
HOLDABLE = ("database_key", "journal_key", "root_private", "sign_private", "agree_private")


@dataclass(frozen=True)
class Grant:
    """Keys sealed to one person (a user id, or "recovery")."""

    id: str
    to: str
    generation: int
    keys: tuple[str, ...]


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


# Bounds of what a slot may ask of the key derivation: outside them the file was
# altered (and a huge memory cost would stall or kill the program).
_KDF_BOUNDS = {"time_cost": (1, 16), "memory_kib": (8, 4 * 1024 * 1024), "parallelism": (1, 64)}
_BYTES = {"salt": crypto.SALT_BYTES, "nonce": crypto.NONCE_BYTES}
_TOP_LEVEL = {
    1: {"format", "tag_salt", "slots"},
    2: {"format", "tag_salt", "generation", "root_public", "slots", "grants"},
}


def checksum(body: dict[str, Any]) -> str:
    """SHA-256 over the content: accidental damage anywhere (a flipped bit on
    disk) is found, instead of looking like a wrong password."""
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":")).encode("utf-8")
    return hashlib.sha256(canonical).hexdigest()


def check_file(content: object) -> None:
    """Raise ValueError unless `content` is a key-slot file of a known format."""
    if not isinstance(content, dict) or content.get("format") not in FORMATS:
        raise ValueError("not a key-slot file of a known format")
    body = {k: v for k, v in content.items() if k != "checksum"}
    optional = {"transition", "pending_generation"}
    fields = set(body) - optional
    if fields != _TOP_LEVEL[content["format"]] or (optional & set(body) and content["format"] < 2):
        raise ValueError("unknown or missing fields")
    pending = body.get("pending_generation")
    if pending is not None and (type(pending) is not int or pending <= body["generation"]):
        raise ValueError("bad pending generation")
    # Files written before the checksum have none; every write adds it.
    if "checksum" in content and content["checksum"] != checksum(body):
        raise ValueError("checksum does not match")
    _check_bytes(content["tag_salt"], crypto.SALT_BYTES)
    slots = content["slots"]
    if not isinstance(slots, list):
        raise ValueError("slots is not a list")
    for slot in slots:
        _check_slot(slot)
    if content["format"] == 2:
        if type(content["generation"]) is not int or content["generation"] < 0:
            raise ValueError("bad generation")
        if content["root_public"] is not None:
            _check_bytes(content["root_public"], crypto.KEY_BYTES)
        if not isinstance(content["grants"], list):
            raise ValueError("grants is not a list")
        for grant in content["grants"]:
            parse_grant(grant)
            for name in ("ephemeral", "nonce", "sealed"):
                _unb64(grant[name])


def _check_slot(slot: object) -> None:
    if not isinstance(slot, dict) or not isinstance(slot["id"], str):
        raise ValueError("a slot is not an object with an id")
    for name, size in _BYTES.items():
        _check_bytes(slot[name], size)
    if len(_unb64(slot["wrapped"])) < crypto.KEY_BYTES + 16:
        raise ValueError("wrapped keys too short")
    holds = slot.get("holds", ["database_key"])
    if not isinstance(holds, list) or not set(holds) <= set(HOLDABLE):
        raise ValueError("unknown holdings")
    generation = slot.get("generation", 0)
    if type(generation) is not int or generation < 0 or slot.get("format", 2) not in FORMATS:
        raise ValueError("bad slot generation or format")
    kdf = slot["kdf"]
    if not isinstance(kdf, dict):
        raise ValueError("kdf is not an object")
    if slot["kind"] == PASSWORD:
        if not isinstance(slot["user_id"], str) or not isinstance(slot["user_tag"], str):
            raise ValueError("a password slot without its user")
        _check_argon2(kdf)
    elif slot["kind"] == RECOVERY:
        if kdf != {"name": "hkdf-sha256"}:
            raise ValueError("unknown key derivation")
        if "agree_public" in slot:
            _check_bytes(slot["agree_public"], crypto.KEY_BYTES)
    else:
        raise ValueError("unknown slot kind")


def _check_argon2(kdf: dict[str, Any]) -> None:
    if kdf.get("name") != "argon2id" or set(kdf) != {"name", *_KDF_BOUNDS}:
        raise ValueError("unknown key derivation")
    for name, (low, high) in _KDF_BOUNDS.items():
        value = kdf[name]
        if type(value) is not int or not low <= value <= high:
            raise ValueError(f"kdf {name} out of bounds")
    if kdf["memory_kib"] < 8 * kdf["parallelism"]:
        raise ValueError("kdf memory below what Argon2 allows")


def _check_bytes(text: object, size: int) -> None:
    if not isinstance(text, str) or len(_unb64(text)) != size:
        raise ValueError("not base64 of the expected length")


def parse_grant(stored: object) -> Grant:
    if not isinstance(stored, dict):
        raise ValueError("a grant is not an object")
    keys = stored["keys"]
    if (
        not isinstance(stored["id"], str)
        or not isinstance(stored["to"], str)
        or type(stored["generation"]) is not int
        or not isinstance(keys, list)
        or not set(keys) <= set(HOLDABLE)
    ):
        raise ValueError("a damaged grant")
    return Grant(stored["id"], stored["to"], stored["generation"], tuple(keys))
