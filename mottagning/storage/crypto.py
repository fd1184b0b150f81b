"""Key derivation and authenticated encryption for key slots and the log seal.

Argon2id turns a password into a wrapping key (memory-hard, so a stolen key
file is slow to attack); HKDF does the same for the random recovery key, which
needs no stretching. AES-256-GCM wraps the database key and authenticates the
slot's description with it, so a slot cannot be moved to another account.
"""

import hashlib
import hmac
import secrets

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from mottagning.storage.kdf import KdfParams, derivation_form

KEY_BYTES = 32
SALT_BYTES = 16
NONCE_BYTES = 12


class UnwrapFailed(Exception):
    """The wrapping key is wrong or the slot was altered."""


def random_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def random_salt() -> bytes:
    return secrets.token_bytes(SALT_BYTES)


def normalise_password(password: str) -> bytes:
    return derivation_form(password).encode("utf-8")


def derive_from_password(password: str, salt: bytes, params: KdfParams) -> bytes:
    return hash_secret_raw(
        normalise_password(password),
        salt,
        time_cost=params.time_cost,
        memory_cost=params.memory_kib,
        parallelism=params.parallelism,
        hash_len=KEY_BYTES,
        type=Type.ID,
    )


def derive_subkey(key: bytes, salt: bytes, purpose: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=purpose).derive(key)


def wrap(wrapping_key: bytes, secret: bytes, associated_data: bytes) -> tuple[bytes, bytes]:
    nonce = secrets.token_bytes(NONCE_BYTES)
    return nonce, AESGCM(wrapping_key).encrypt(nonce, secret, associated_data)


def unwrap(wrapping_key: bytes, nonce: bytes, wrapped: bytes, associated_data: bytes) -> bytes:
    try:
        return AESGCM(wrapping_key).decrypt(nonce, wrapped, associated_data)
    except InvalidTag as exc:
        raise UnwrapFailed from exc


def mac(key: bytes, message: bytes) -> bytes:
    return hmac.new(key, message, hashlib.sha256).digest()


def keyed_tag(key: bytes, text: str) -> str:
    """A stable, non-reversible label for `text` (user names in the key file)."""
    return mac(key, text.casefold().encode("utf-8")).hex()
