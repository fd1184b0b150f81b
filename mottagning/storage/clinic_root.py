"""The clinic's root public key as the database records it, and the root-
signed statement of where each access-log chain's signatures begin."""

import base64
import json
from dataclasses import dataclass

from mottagning.storage.crypto import signature_valid
from mottagning.storage.log_trust import signatures_start_statement
from mottagning.storage.settings import MetaRepository

_ROOT = "root_public"
_SIGNED_FROM = "signed_from"


@dataclass(frozen=True)
class SignedFrom:
    origin: str
    seq: int
    signature: bytes


class ClinicRoot:
    def __init__(self, meta: MetaRepository) -> None:
        self._meta = meta

    def public_key(self) -> bytes | None:
        value = self._meta.get(_ROOT)
        return None if value is None else base64.b64decode(value)

    def set_public_key(self, public: bytes) -> None:
        self._meta.set(_ROOT, base64.b64encode(public).decode("ascii"))

    def signed_from(self) -> list[SignedFrom]:
        value = self._meta.get(_SIGNED_FROM)
        if value is None:
            return []
        return [
            SignedFrom(item["origin"], int(item["seq"]), base64.b64decode(item["signature"]))
            for item in json.loads(value)
        ]

    def add_signed_from(self, origin: str, seq: int, signature: bytes) -> None:
        entries = [e for e in self.signed_from() if e.origin != origin]
        entries.append(SignedFrom(origin, seq, signature))
        self._meta.set(
            _SIGNED_FROM,
            json.dumps(
                [
                    {
                        "origin": e.origin,
                        "seq": e.seq,
                        "signature": base64.b64encode(e.signature).decode("ascii"),
                    }
                    for e in entries
                ]
            ),
        )

    def trusted_starts(self, root_public: bytes) -> dict[str, int]:
        """origin -> first seq that must be signed, for starts the root key signed."""
        return {
            entry.origin: entry.seq
            for entry in self.signed_from()
            if signature_valid(
                root_public, entry.signature, signatures_start_statement(entry.origin, entry.seq)
            )
        }
