"""The cryptographic primitives, in one place.

Argon2id turns a password into a wrapping key (memory-hard, so a stolen key
file is slow to attack); HKDF does the same for the random recovery key, which
needs no stretching. AES-256-GCM wraps keys and authenticates the slot's
description with them, so a slot cannot be moved to another account. Ed25519
signs (the access log, the certificates of staff keys); X25519 seals keys to a
person who is not at the keyboard (a key rotation, a new role).
"""

import hashlib
import hmac
import secrets

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import (
    Ed25519PrivateKey,
    Ed25519PublicKey,
)
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
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


def random_nonce() -> bytes:
    return secrets.token_bytes(NONCE_BYTES)


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
    nonce = random_nonce()
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


# --- Signatures (Ed25519) and sealing to a person (X25519) -------------------------
# Keys travel as raw bytes: 32 for a private key, 32 for a public key, 64 for a
# signature. Loading one that is not of that form raises ValueError.

_SEAL_PURPOSE = b"mottagning sealed box v1"


def new_private_key() -> bytes:
    """32 random bytes: a valid Ed25519 or X25519 private key."""
    return secrets.token_bytes(KEY_BYTES)


def signing_public_key(private: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(private).public_key().public_bytes_raw()


def sign(private: bytes, message: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(private).sign(message)


class Signer:
    """An Ed25519 private key loaded once, for many signatures: loading the raw
    bytes derives the public key (about half the cost of a signature); the
    signatures are the same as `sign`'s."""

    def __init__(self, private: bytes) -> None:
        self._key = Ed25519PrivateKey.from_private_bytes(private)

    def sign(self, message: bytes) -> bytes:
        return self._key.sign(message)

    def __repr__(self) -> str:
        return "Signer(…)"


def signature_valid(public: bytes, signature: bytes, message: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


def agreement_public_key(private: bytes) -> bytes:
    return X25519PrivateKey.from_private_bytes(private).public_key().public_bytes_raw()


def seal_to(recipient_public: bytes, secret: bytes, context: bytes) -> tuple[bytes, bytes, bytes]:
    """Encrypt `secret` so that only the holder of the recipient's private key can
    read it (an ephemeral X25519 agreement, HKDF, AES-GCM). `context` names what
    it is for and whom, and must be given again to open it.

    Returns (ephemeral public key, nonce, ciphertext)."""
    ephemeral = X25519PrivateKey.generate()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(recipient_public))
    ephemeral_public = ephemeral.public_key().public_bytes_raw()
    key = derive_subkey(shared, ephemeral_public + recipient_public, _SEAL_PURPOSE)
    nonce, sealed = wrap(key, secret, context)
    return ephemeral_public, nonce, sealed


def open_sealed(
    recipient_private: bytes, ephemeral_public: bytes, nonce: bytes, sealed: bytes, context: bytes
) -> bytes:
    """The secret `seal_to` sealed for this recipient; raises UnwrapFailed otherwise."""
    private = X25519PrivateKey.from_private_bytes(recipient_private)
    try:
        shared = private.exchange(X25519PublicKey.from_public_bytes(ephemeral_public))
    except ValueError as exc:
        raise UnwrapFailed from exc
    recipient_public = private.public_key().public_bytes_raw()
    key = derive_subkey(shared, ephemeral_public + recipient_public, _SEAL_PURPOSE)
    return unwrap(key, nonce, sealed, context)


def fingerprint(public: bytes) -> str:
    """A short, readable fingerprint of a public key: 80 bits of its SHA-256 in
    groups of four (Crockford base32), for print-outs and comparing by eye."""
    digest = hashlib.sha256(public).digest()[:10]
    number = int.from_bytes(digest, "big")
    chars = "".join(_CROCKFORD[(number >> shift) & 31] for shift in range(75, -1, -5))
    return "-".join(chars[i : i + 4] for i in range(0, 16, 4))


_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
