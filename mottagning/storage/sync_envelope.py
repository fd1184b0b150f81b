"""Envelopes: the changes one sync carries, encrypted before they leave the PC.

The clinic channel (register, calendar, accounts, the access log) is sealed
under a key derived from the database key; the journal channel under a key
derived from the journal key, so a PC where only schedulers sign in pulls
nothing it could open. AES-256-GCM, bound to the envelope's id, channel and
device: the server cannot move an envelope to another device or channel, nor
alter one unnoticed. What the server sees: those three, the size and times.

An envelope is: version (1 byte), nonce (12 bytes), ciphertext of JSON.
"""

import base64
import json
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from mottagning.storage import crypto

CLINIC, JOURNAL = "clinic", "journal"
CHANNELS = (CLINIC, JOURNAL)
_VERSION = b"\x01"
_PURPOSES = {CLINIC: b"mottagning sync clinic v1", JOURNAL: b"mottagning sync journal v1"}


class EnvelopeUnreadable(Exception):
    """Not sealed with this clinic's key for this place: altered, or foreign."""


def channel_key(channel: str, source_key: bytes) -> bytes:
    """The sync key of `channel`, from the database key (clinic) or the journal key."""
    return crypto.derive_subkey(source_key, b"", _PURPOSES[channel])


def seal(key: bytes, envelope_id: str, channel: str, device: str, changes: list[Any]) -> bytes:
    nonce = crypto.random_nonce()
    body = json.dumps({"changes": changes}, separators=(",", ":"), ensure_ascii=False)
    aad = _aad(envelope_id, channel, device)
    return _VERSION + nonce + AESGCM(key).encrypt(nonce, body.encode("utf-8"), aad)


def open_envelope(
    key: bytes, envelope_id: str, channel: str, device: str, data: bytes
) -> list[Any]:
    if len(data) < 1 + crypto.NONCE_BYTES or data[:1] != _VERSION:
        raise EnvelopeUnreadable()
    nonce, body = data[1 : 1 + crypto.NONCE_BYTES], data[1 + crypto.NONCE_BYTES :]
    try:
        plain = AESGCM(key).decrypt(nonce, body, _aad(envelope_id, channel, device))
    except InvalidTag as exc:
        raise EnvelopeUnreadable() from exc
    changes: list[Any] = json.loads(plain)["changes"]
    return changes


def _aad(envelope_id: str, channel: str, device: str) -> bytes:
    return f"mottagning sync v1\x00{envelope_id}\x00{channel}\x00{device}".encode()


def encode_value(value: object) -> str:
    """A column's value as canonical JSON (bytes as {"b": base64})."""
    if isinstance(value, bytes):
        return json.dumps({"b": base64.b64encode(value).decode("ascii")})
    return json.dumps(value, ensure_ascii=False)


def decode_value(text: str) -> object:
    value = json.loads(text)
    if isinstance(value, dict):
        return base64.b64decode(value["b"])
    return value
