"""Is the access log what its writers wrote? One check for the clinic lead's
view and for `mottagning verify`:

- the hash chain of every origin, and every entry's signature against the
  staff keys the clinic's root key vouches for (storage/log_trust.py);
- the root key recorded in the database against the copy beside it (and, when
  given, an anchor's fingerprint), so that a swapped root key is noticed;
- the append-only and locking triggers, against the schema's own;
- with an anchor: that the chain still holds the entry the anchor names.

What this cannot see without an anchor: a whole data folder put back to an
older state, or someone rewriting only their own latest entries (no one
signed after them). The README's security section says so too.
"""

import hmac
from dataclasses import dataclass, field

from mottagning.models.access_log import ChainReport, LogAction, LogQuery
from mottagning.services.unlocked_clinic import UnlockedClinic
from mottagning.storage.anchors import Anchor
from mottagning.storage.clinic_root import ClinicRoot
from mottagning.storage.crypto import fingerprint
from mottagning.storage.log_trust import SignatureCheck
from mottagning.storage.schema import expected_triggers


@dataclass
class LogIntegrity:
    chains: list[ChainReport] = field(default_factory=list)
    key_problems: list[str] = field(default_factory=list)
    root_problems: list[str] = field(default_factory=list)
    trigger_problems: list[str] = field(default_factory=list)
    anchor_problems: list[str] = field(default_factory=list)
    recorded_mismatches: list[str] = field(default_factory=list)  # found at earlier logins

    @property
    def problems(self) -> list[str]:
        """English sentences, for the command line and the log."""
        found = [*self.root_problems, *self.key_problems, *self.trigger_problems]
        found += [f"access log ({c.origin}): {c.problem}" for c in self.chains if not c.intact]
        return found + self.anchor_problems

    @property
    def warnings(self) -> list[str]:
        found = [f"access log ({c.origin}): {w}" for c in self.chains for w in c.warnings]
        return found + self.recorded_mismatches

    @property
    def intact(self) -> bool:
        return not self.problems


def check_access_log(clinic: UnlockedClinic, anchor: Anchor | None = None) -> LogIntegrity:
    result = LogIntegrity()
    root = ClinicRoot(clinic.meta)
    recorded = root.public_key()
    signatures: SignatureCheck | None = None
    if recorded is not None:
        if clinic.keyslots.root_public != recorded:
            result.root_problems.append(
                "the clinic's root key in the database differs from the one kept beside it"
            )
        if anchor is not None and anchor.root_fingerprint != fingerprint(recorded):
            result.root_problems.append(
                "the clinic's root key is not the one the anchor names (fingerprint "
                f"{fingerprint(recorded)}, anchor {anchor.root_fingerprint})"
            )
        starts = root.trusted_starts(recorded)
        origin = clinic.access_log.origin
        if clinic.access_log.head(origin) is not None and origin not in starts:
            result.root_problems.append(
                "the record of where the access log's signatures begin is missing or not "
                "signed by the clinic's root key"
            )
        older = clinic.access_log.accounts_created_before(starts.get(origin, 0))
        signatures = SignatureCheck(recorded, clinic.staff_keys.all(), starts, older)
        result.key_problems = list(signatures.problems)
    result.chains = clinic.access_log.verify(signatures)
    result.trigger_problems = _trigger_problems(clinic)
    result.recorded_mismatches = [
        f"at {entry.at:%Y-%m-%d %H:%M} UTC a login found: {entry.detail}"
        for entry in clinic.access_log.query(
            LogQuery(actions=frozenset({LogAction.CHAIN_HEAD_MISMATCH}), limit=50)
        )
    ]
    if anchor is not None:
        result.anchor_problems = _anchor_problems(clinic, anchor)
    return result


def _trigger_problems(clinic: UnlockedClinic) -> list[str]:
    present = clinic.db.triggers()
    problems = []
    for name, sql in sorted(expected_triggers(clinic.db.user_version).items()):
        if name not in present:
            problems.append(f"the database's trigger {name} is missing (it was dropped)")
        elif " ".join(present[name].split()) != " ".join(sql.split()):
            problems.append(f"the database's trigger {name} was changed")
    return problems


def _anchor_problems(clinic: UnlockedClinic, anchor: Anchor) -> list[str]:
    if anchor.origin != clinic.access_log.origin:
        return ["the anchor was made for another database (its origin differs)"]
    head = clinic.access_log.head()
    if head is None or head.seq < anchor.seq:
        found = head.seq if head else 0
        return [
            f"the access log ends at entry {found}, but the anchor of "
            f"{anchor.at:%Y-%m-%d %H:%M} names entry {anchor.seq}: entries were removed or an "
            "older copy of the data folder was put back"
        ]
    mac = clinic.access_log.mac_at(anchor.origin, anchor.seq)
    if mac is None or not hmac.compare_digest(mac, anchor.mac):
        return [
            f"access-log entry {anchor.seq} is not the one the anchor names: the log was "
            "rewritten after the anchor was made"
        ]
    return []


def root_fingerprint(clinic: UnlockedClinic) -> str:
    """The clinic's root key in short, to print and compare by eye ("" before schema 5)."""
    recorded = ClinicRoot(clinic.meta).public_key()
    return fingerprint(recorded) if recorded is not None else ""


def current_anchor(clinic: UnlockedClinic) -> Anchor | None:
    """This database's access-log head now, as an anchor to keep outside the folder."""
    head = clinic.access_log.head()
    if head is None:
        return None
    return Anchor(head.origin, head.seq, head.mac, root_fingerprint(clinic), clinic.clock.now())
