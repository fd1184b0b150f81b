"""`mottagning verify`: is the clinic's database sound?

Checks, in order: the key slots open the database; SQLCipher's page HMACs and
SQLite's structure; the schema version; the access log (services/
log_integrity.py: chains, signatures, staff keys, the root key, the triggers,
an anchor when given); the chain head kept outside the database. Reading only:
nothing is migrated or repaired.
"""

from dataclasses import dataclass, field

from mottagning.errors import AccountDeactivated, DatabaseDamaged, PermissionDenied
from mottagning.models.access_log import ChainReport
from mottagning.services.clock import Clock
from mottagning.services.credentials import Credential
from mottagning.services.log_integrity import LogIntegrity, check_access_log
from mottagning.services.permissions import Action, is_allowed
from mottagning.services.unlocked_clinic import HeadCheck, UnlockedClinic
from mottagning.storage.anchors import Anchor
from mottagning.storage.database import Database
from mottagning.storage.files import ClinicFiles
from mottagning.storage.keyslots import KeySlotFile
from mottagning.storage.schema import LATEST_VERSION
from mottagning.storage.users import UserRepository


@dataclass
class VerificationReport:
    schema_version: int | None = None
    integrity_problems: list[str] = field(default_factory=list)
    log: LogIntegrity = field(default_factory=LogIntegrity)
    head: HeadCheck | None = None
    damaged: bool = False

    @property
    def chains(self) -> list[ChainReport]:
        return self.log.chains

    @property
    def warnings(self) -> list[str]:
        return self.log.warnings

    @property
    def problems(self) -> list[str]:
        """English sentences for the command line; empty when all is well."""
        found: list[str] = []
        if self.damaged:
            found.append(
                "the database file is damaged, empty or was tampered with (it does not decrypt)"
            )
        found += [f"integrity: {problem}" for problem in self.integrity_problems]
        if self.schema_version is not None and self.schema_version > LATEST_VERSION:
            found.append(
                f"schema {self.schema_version} is newer than this program ({LATEST_VERSION})"
            )
        found += self.log.problems
        if self.head is not None and not self.head.ok:
            found.append(f"access-log head: {self.head.describe()}")
        return found

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_clinic(
    files: ClinicFiles,
    credential: Credential,
    clock: Clock,
    workstation: str,
    anchor: Anchor | None = None,
) -> VerificationReport:
    """Open the database with a proven credential and check it all; writes nothing
    (not even to the access log: a check must not change what it checks)."""
    report = VerificationReport()
    try:
        database = Database.open(files.database, credential.database_key)
    except DatabaseDamaged:
        report.damaged = True
        return report
    try:
        _require_verifier(database, credential)
        report.schema_version = database.user_version
        report.integrity_problems = database.integrity_problems()
        if report.integrity_problems or report.schema_version > LATEST_VERSION:
            return report
        clinic = UnlockedClinic(files, database, KeySlotFile(files.keyslots), clock, workstation)
        report.log = check_access_log(clinic, anchor)
        report.head = clinic.check_chain_head()
    except DatabaseDamaged:
        report.damaged = True
    finally:
        database.close()
    return report


def _require_verifier(database: Database, credential: Credential) -> None:
    """The account behind the password must be active and allowed to verify."""
    user = UserRepository(database).get(credential.user_id)
    if user is None or not user.active:
        raise AccountDeactivated()
    if not is_allowed(user.role, Action.VERIFY_DATABASE):
        raise PermissionDenied(role=user.role.label, action=Action.VERIFY_DATABASE.label)
