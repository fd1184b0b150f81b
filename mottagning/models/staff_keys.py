"""Staff members' public keys: signing keys (their access-log entries) and
key-agreement keys (keys sealed to them), each certified by the clinic's
root key or endorsed by an earlier key of the same person."""

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum


class KeyPurpose(StrEnum):
    SIGN = "sign"
    AGREE = "agree"


ROOT = "root"  # `certified_by` of a key the clinic's root key certified


@dataclass(frozen=True)
class StaffKey:
    id: str
    user_id: str
    purpose: KeyPurpose
    public_key: bytes
    created_at: datetime
    certified_by: str | None = None  # ROOT, or the id of an endorsing key; None: awaits the lead
    certificate: bytes | None = None
    revoked_at: datetime | None = None
    revocation: bytes | None = None

    @property
    def certified(self) -> bool:
        return self.certificate is not None
