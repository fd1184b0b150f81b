"""The journal's content, encrypted a second time inside the database.

The database key (SQLCipher) is held by every member of staff; the journal key
only by counselors, clinic leads and the recovery key. Each text is sealed
with AES-256-GCM under the journal key and bound to its place (table, column,
row): a sealed note body copied into another row, or into a plan, does not
open. What stays readable with the database key alone is what a scheduler's
work needs: that a note exists, its date, type, author and status.

A sealed value is a BLOB: version (1 byte), nonce (12 bytes), ciphertext.
"""

import json
from typing import Any

from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from mottagning.errors import DatabaseDamaged, JournalKeyMissing
from mottagning.storage import crypto

_VERSION = b"\x01"
_HEADER = len(_VERSION) + crypto.NONCE_BYTES


class JournalCipher:
    def __init__(self, key: bytes) -> None:
        self._aead = AESGCM(key)

    def seal(self, place: str, row_id: str, text: str) -> bytes:
        nonce = crypto.random_nonce()
        return (
            _VERSION + nonce + self._aead.encrypt(nonce, text.encode("utf-8"), _aad(place, row_id))
        )

    def open(self, place: str, row_id: str, sealed: object) -> str:
        """The text sealed at `place` for `row_id`. A value that does not open
        (altered, moved, or not sealed at all) is damage."""
        if not isinstance(sealed, bytes) or len(sealed) < _HEADER or sealed[:1] != _VERSION:
            raise DatabaseDamaged()
        nonce, body = sealed[1:_HEADER], sealed[_HEADER:]
        try:
            return self._aead.decrypt(nonce, body, _aad(place, row_id)).decode("utf-8")
        except Exception as exc:  # InvalidTag, or bytes that are not UTF-8
            raise DatabaseDamaged() from exc

    def seal_json(self, place: str, row_id: str, value: Any) -> bytes:
        return self.seal(place, row_id, json.dumps(value, ensure_ascii=False))

    def open_json(self, place: str, row_id: str, sealed: object) -> Any:
        return json.loads(self.open(place, row_id, sealed))


class NoJournalKey:
    """What a session without the journal key has instead of a cipher: every
    attempt to read or write journal content says so."""

    def seal(self, place: str, row_id: str, text: str) -> bytes:
        raise JournalKeyMissing()

    def open(self, place: str, row_id: str, sealed: object) -> str:
        raise JournalKeyMissing()

    def seal_json(self, place: str, row_id: str, value: Any) -> bytes:
        raise JournalKeyMissing()

    def open_json(self, place: str, row_id: str, sealed: object) -> Any:
        raise JournalKeyMissing()


JournalSeal = JournalCipher | NoJournalKey


def _aad(place: str, row_id: str) -> bytes:
    return f"mottagning journal v1\x00{place}\x00{row_id}".encode()
