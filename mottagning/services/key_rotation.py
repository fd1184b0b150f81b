"""Replacing the clinic's keys: after an account is deactivated (or a role
loses keys, or the recovery key is replaced), so that an old copy of the key
file together with an old password opens nothing current.

The clinic lead starts it; nobody else needs to be present or to tell their
password. The new database key and journal key are sealed to each remaining
person's public key-agreement key (and to the recovery key's), and each folds
them into their own slot at their next login (services/grants.py).

Crash-safe, on a copy:
1. the database is copied under the new database key (SQLite's backup between
   two keyed databases) to `mottagning.db.rotating`, the journal re-sealed
   under the new journal key, the rotation logged there, and the copy checked;
2. the grants are written to the key file, marked as not yet in force;
3. the copy replaces the database (one rename);
4. the key file's generation moves on, and the grants come into force.
A crash before 3 leaves the old database as it was (the copy and the grants
are thrown away at the next start); a crash between 3 and 4 is completed at
the next start. `settle_interrupted_rotation` does both.
"""

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass

from mottagning.errors import DatabaseDamaged, RotationInterrupted
from mottagning.models.access_log import LogAction, LogEvent
from mottagning.models.staff_keys import KeyPurpose
from mottagning.models.users import Role
from mottagning.services.clock import Clock
from mottagning.services.key_ring import KeyRing, keys_for_role
from mottagning.services.unlocked_clinic import UnlockedClinic
from mottagning.storage import crypto
from mottagning.storage.database import Database
from mottagning.storage.files import ClinicFiles, require_free_space
from mottagning.storage.journal_cipher import JournalCipher
from mottagning.storage.journal_encryption import reseal
from mottagning.storage.key_bundle import KeyBundle
from mottagning.storage.keyslot_format import RECOVERY
from mottagning.storage.keyslots import KeySlotFile

log = logging.getLogger(__name__)

Progress = Callable[[float, str], None]  # (fraction done, what now: an English step name)


@dataclass(frozen=True)
class RotationReport:
    generation: int
    granted: int  # people who get the new keys at their next login
    without_keys: list[str]  # user ids of active accounts that could not be sealed to
    colleagues: int = 0  # of those granted, the people other than the lead


def settle_interrupted_rotation(files: ClinicFiles, keyslots: KeySlotFile) -> None:
    """Finish or undo a rotation a crash interrupted (see the module's steps)."""
    pending = keyslots.exists() and keyslots.pending_generation is not None
    if files.rotating_database.exists():
        log.warning("a key rotation stopped before its swap: undone")
        _remove_copy(files)
        if pending:
            keyslots.abandon_rotation()
    elif pending:
        log.warning("a key rotation stopped after its swap: completed")
        keyslots.finish_rotation()


@dataclass(frozen=True, repr=False)
class PreparedRotation:
    """Steps 1 and 2 done: the copy under the new keys, the grants written."""

    report: RotationReport
    bundle: KeyBundle  # the lead's keys of the new generation
    head_seq: int  # the old database's last entry when the copy was made

    def __repr__(self) -> str:
        return f"PreparedRotation({self.report!r})"


@dataclass(frozen=True, repr=False)
class KeyRotation:
    """A rotation the clinic lead may start, checked on the session's thread
    (their permission is read from the database there). `prepare` touches no
    connection of the session's: it runs on a worker thread while the window
    waits, and proves the lead's password first."""

    check_password: Callable[[str], object]  # raises WrongCredentials
    prepare_with: "Callable[[Progress], PreparedRotation]"

    def prepare(self, password: str, progress: Progress) -> "PreparedRotation":
        self.check_password(password)
        return self.prepare_with(progress)


def prepare_rotation(
    files: ClinicFiles,
    keyslots: KeySlotFile,
    ring: KeyRing,
    lead_id: str,
    clock: Clock,
    workstation: str,
    progress: Progress,
) -> PreparedRotation:
    """Steps 1 and 2, on a connection of its own (safe on a worker thread).
    Meanwhile nothing may be written to the clinic: `complete_rotation`
    refuses if something was."""
    old = ring.bundle
    if old.journal_key is None or old.root_private is None:
        raise RuntimeError("only a clinic lead's session with the journal key rotates keys")
    require_free_space(files.data_dir, 2 * files.database.stat().st_size + 10_000_000)
    new = KeyBundle(
        old.generation + 1,
        crypto.random_key(),
        crypto.random_key(),
        old.root_private,
        old.sign_private,
        old.agree_private,
    )
    source = Database.open(files.database, old.database_key)
    try:
        source.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        clinic = UnlockedClinic(files, source, keyslots, clock, workstation)
        grants, without = _grants(clinic, new)
        head = clinic.access_log.head()
        head_seq = head.seq if head else 0
        try:
            progress(0.05, "copying the database under the new key")
            _build_copy(clinic, new, files, progress)
            _reseal_copy(files, old, new, clinic, ring, lead_id, len(grants), progress)
        except BaseException:
            _remove_copy(files)
            raise
    finally:
        source.close()
    keyslots.begin_rotation(new.generation, grants, clock.now())
    colleagues = sum(1 for user_id, _, _ in grants if user_id not in (lead_id, RECOVERY))
    report = RotationReport(new.generation, len(grants), without, colleagues)
    return PreparedRotation(report, new, head_seq)


def complete_rotation(
    files: ClinicFiles, keyslots: KeySlotFile, prepared: PreparedRotation, head_now: int
) -> None:
    """Steps 3 and 4, once every connection to the database is closed.
    `head_now`: the old database's last entry now; if anything was written
    since the copy was made, the rotation is undone rather than lose it."""
    if head_now != prepared.head_seq:
        _remove_copy(files)
        keyslots.abandon_rotation()
        raise RotationInterrupted()
    files.rotating_database.replace(files.database)
    _fsync_folder(files)
    keyslots.finish_rotation()
    log.info("keys rotated to generation %d", prepared.report.generation)


def _reseal_copy(
    files: ClinicFiles,
    old: KeyBundle,
    new: KeyBundle,
    clinic: UnlockedClinic,
    ring: KeyRing,
    lead_id: str,
    grants: int,
    progress: Progress,
) -> None:
    progress(0.55, "re-sealing the journal under the new journal key")
    copy = Database.open(files.rotating_database, new.database_key)
    try:
        assert old.journal_key is not None and new.journal_key is not None
        reseal(
            copy,
            JournalCipher(old.journal_key),
            JournalCipher(new.journal_key),
            lambda done, total: progress(0.55 + 0.3 * done / total, "re-sealing"),
        )
        _log_rotation(copy, clinic, ring, lead_id, new.generation, grants)
        progress(0.88, "checking the new database")
        # Every page read back under the new key and every b-tree walked; the
        # index-against-table match is left out: copying pages and re-sealing
        # values change no index (the old database stays until the swap anyway).
        if copy.integrity_problems(thorough=False):
            raise DatabaseDamaged()
    finally:
        copy.close()


def _grants(
    clinic: UnlockedClinic, new: KeyBundle
) -> tuple[list[tuple[str, bytes, dict[str, bytes]]], list[str]]:
    """The new keys sealed to every active account's key-agreement key (the
    lead's own too: their slot takes them at their next login) and to the
    recovery key."""
    grants: list[tuple[str, bytes, dict[str, bytes]]] = []
    without: list[str] = []
    for user in clinic.users.all():
        if not user.active:
            continue
        agree = clinic.staff_keys.current(user.id, KeyPurpose.AGREE)
        if agree is None or user.id not in clinic.keyslots.user_ids_with_slots():
            without.append(user.id)
            continue
        keys = {k: v for k, v in keys_for_role(user.role, new).items() if v is not None}
        grants.append((user.id, agree.public_key, keys))
    recovery = clinic.keyslots.recovery_public()
    if recovery is not None:
        keys = {k: v for k, v in keys_for_role(Role.LEAD, new).items() if v is not None}
        grants.append((RECOVERY, recovery, keys))
    return grants, without


def _build_copy(
    clinic: UnlockedClinic, new: KeyBundle, files: ClinicFiles, progress: Progress
) -> None:
    files.rotating_database.unlink(missing_ok=True)
    clinic.db.copy_to(
        files.rotating_database,
        key=new.database_key,
        progress=lambda done, total: progress(0.05 + 0.5 * done / max(total, 1), "copying"),
    )


def _log_rotation(
    copy: Database, clinic: UnlockedClinic, ring: KeyRing, lead_id: str, generation: int, count: int
) -> None:
    from mottagning.storage.access_log import AccessLogRepository  # noqa: PLC0415
    from mottagning.storage.settings import MetaRepository  # noqa: PLC0415

    log_repo = AccessLogRepository(
        copy, MetaRepository(copy).origin(), clinic.access_log.workstation
    )
    log_repo.append(
        LogEvent(
            LogAction.KEYS_ROTATED, lead_id, detail=f"generation {generation}, {count} grants"
        ),
        clinic.clock.now(),
        ring.signer,
    )


def _remove_copy(files: ClinicFiles) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        files.rotating_database.with_name(files.rotating_database.name + suffix).unlink(
            missing_ok=True
        )


def _fsync_folder(files: ClinicFiles) -> None:
    if os.name != "posix":
        return
    fd = os.open(files.data_dir, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
