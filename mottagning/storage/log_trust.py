"""Which staff keys to trust, and whether an access-log entry's signature holds.

The clinic's root key certifies each person's first keys; a person's later
keys are endorsed by their own earlier signing key (a new key at a password
change, so that the clinic lead who knew a temporary password never held the
key that signs for that person). Revocations are signed by the root key.

Every entry from the first signed one on must be signed by a trusted key of
the person it names (or, for a failed login, recorded by whoever logged in
next), not revoked before the entry was written, over the entry's mac. Since
the mac seals the whole chain before it, rewriting any earlier entry and
re-sealing the chain breaks every later signature of everyone else.
"""

import json
from dataclasses import dataclass

from mottagning.models.access_log import LogAction
from mottagning.models.staff_keys import ROOT, KeyPurpose, StaffKey
from mottagning.storage.access_log import signing_message
from mottagning.storage.codec import to_db_time
from mottagning.storage.crypto import signature_valid
from mottagning.storage.database import Row
from mottagning.storage.staff_keys import key_statement, revocation_statement

# Entries one person writes about another: a failed login is written into the
# log by the next successful login on that workstation.
_RECORDED_FOR_OTHERS = frozenset({LogAction.LOGIN_FAILED.value})


def signatures_start_statement(origin: str, seq: int) -> bytes:
    """What the root key signs: from which entry of a chain all are signed."""
    content = {"statement": "mottagning signed log v1", "origin": origin, "seq": seq}
    return json.dumps(content, sort_keys=True, separators=(",", ":")).encode("utf-8")


@dataclass(frozen=True)
class SignatureProblem:
    text: str  # English, for the command line and the log
    fatal: bool  # False: worth knowing (before signatures; a key awaiting the lead)


class SignatureCheck:
    """Judges entries against the keys the root key vouches for."""

    def __init__(
        self,
        root_public: bytes,
        keys: list[StaffKey],
        signed_from: dict[str, int],
        older_accounts: set[str],
    ) -> None:
        """`older_accounts`: the accounts made before signatures began, whose
        first keys may wait for a clinic lead's login to be certified; a key
        waiting for anyone else is a key no one vouches for."""
        self.root_public = root_public
        self.signed_from = signed_from  # origin -> first seq that must be signed
        self._older_accounts = older_accounts
        self.problems: list[str] = []  # about the keys themselves
        self._trusted: dict[str, StaffKey] = {}
        self._awaiting: set[str] = set()
        for key in sorted(keys, key=lambda k: k.created_at):
            self._judge(key)

    def _judge(self, key: StaffKey) -> None:
        if key.certificate is None:
            if key.user_id in self._older_accounts:
                self._awaiting.add(key.id)
            else:
                self.problems.append(
                    f"staff key {key.id} (user {key.user_id}) has no certificate, and its "
                    "account was not made by a clinic lead"
                )
            return
        if key.certified_by == ROOT:
            vouched = signature_valid(self.root_public, key.certificate, key_statement(key))
        else:
            endorser = self._trusted.get(key.certified_by or "")
            vouched = (
                endorser is not None
                and endorser.user_id == key.user_id
                and endorser.purpose is KeyPurpose.SIGN
                and (endorser.revoked_at is None or endorser.revoked_at >= key.created_at)
                and signature_valid(endorser.public_key, key.certificate, key_statement(key))
            )
        if not vouched:
            self.problems.append(
                f"staff key {key.id} (user {key.user_id}) has no valid certificate"
            )
            return
        if key.revoked_at is not None and not (
            key.revocation is not None
            and signature_valid(
                self.root_public, key.revocation, revocation_statement(key.id, key.revoked_at)
            )
        ):
            self.problems.append(f"the revocation of staff key {key.id} is not signed")
        self._trusted[key.id] = key

    def trusted(self, key_id: str) -> StaffKey | None:
        return self._trusted.get(key_id)

    def problem(self, origin: str, row: Row) -> SignatureProblem | None:
        """What is wrong with one entry's signature, or None."""
        if row["signature"] is None:
            start = self.signed_from.get(origin)
            if start is None or row["seq"] < start:
                return SignatureProblem("written before entries were signed", fatal=False)
            return SignatureProblem("is not signed", fatal=True)
        key = self._trusted.get(row["signer_key_id"])
        if key is None:
            if row["signer_key_id"] in self._awaiting:
                return SignatureProblem(
                    "signed by a key that awaits the clinic lead's certification", fatal=False
                )
            return SignatureProblem("is signed by a key the clinic does not vouch for", fatal=True)
        text = _mismatch(key, row)
        return None if text is None else SignatureProblem(text, fatal=True)


def _mismatch(key: StaffKey, row: Row) -> str | None:
    """Why a trusted key's signature does not hold for this entry, or None."""
    if key.user_id != row["user_id"] and row["action"] not in _RECORDED_FOR_OTHERS:
        return "is signed by another person's key"
    if key.revoked_at is not None and row["at"] > to_db_time(key.revoked_at):
        return "is signed with a key revoked before it"
    try:
        signature = bytes.fromhex(row["signature"])
    except (TypeError, ValueError):
        return "has a damaged signature"
    if not signature_valid(key.public_key, signature, signing_message(row["mac"])):
        return "has a signature that does not match it"
    return None
