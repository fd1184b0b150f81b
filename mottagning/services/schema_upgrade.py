"""Bringing a clinic's database to this version's schema, with the keys that
schema 5 needs (the journal key, the clinic's root key).

An older clinic has neither. The first login after the update makes them and
writes them to the key file (wrapped under the database key for the time
being: see storage/keyslots.py, "transition") before the database is touched,
so that a crash in between loses no key: the next attempt finds them there and
uses them. Then the migration seals the journal under the new journal key, in
one transaction with the schema change.
"""

import logging
from collections.abc import Callable

from mottagning.services.clock import Clock
from mottagning.services.credentials import Credential
from mottagning.storage import crypto
from mottagning.storage.access_log import keep_log_seal_key
from mottagning.storage.clinic_root import ClinicRoot
from mottagning.storage.database import Database
from mottagning.storage.files import ClinicFiles
from mottagning.storage.journal_cipher import JournalCipher
from mottagning.storage.journal_encryption import sealing_step
from mottagning.storage.keyslots import KeySlotFile
from mottagning.storage.log_trust import signatures_start_statement
from mottagning.storage.schema import DataStep, migrate, pending_versions
from mottagning.storage.settings import MetaRepository

log = logging.getLogger(__name__)

JOURNAL_KEY_SCHEMA = 5


def schema_five_step(journal_key: bytes, root_private: bytes) -> DataStep:
    """Seal what the journal holds, record the root key, and mark where the
    access log's signatures begin (signed by the root key)."""
    seal = sealing_step(JournalCipher(journal_key))

    def step(database: Database) -> None:
        seal(database)
        keep_log_seal_key(database)
        meta = MetaRepository(database)
        root = ClinicRoot(meta)
        root.set_public_key(crypto.signing_public_key(root_private))
        origin = meta.origin()
        last = database.scalar("SELECT max(seq) FROM access_log WHERE origin = ?", (origin,))
        first_signed = int(last or 0) + 1
        root.add_signed_from(
            origin,
            first_signed,
            crypto.sign(root_private, signatures_start_statement(origin, first_signed)),
        )

    return step


def upgrade_schema(
    files: ClinicFiles, keyslots: KeySlotFile, credential: Credential, clock: Clock
) -> None:
    """Migrate the database on its own connection (safe on a worker thread)."""
    database = Database.open(files.database, credential.database_key)
    try:
        pending = pending_versions(database)
        if not pending:
            return
        steps: dict[int, Callable[[Database], None]] = {}
        if JOURNAL_KEY_SCHEMA in pending:
            steps[JOURNAL_KEY_SCHEMA] = _prepare_schema_five(keyslots, credential.database_key)
        migrate(database, files.backups, clock.now(), data_steps=steps)
        log.info("database upgraded to schema %d", pending[-1])
    finally:
        database.close()


def _prepare_schema_five(keyslots: KeySlotFile, database_key: bytes) -> DataStep:
    kept = keyslots.transition_keys(database_key)
    journal_key = kept.get("journal_key") or crypto.random_key()
    root_private = kept.get("root_private") or crypto.new_private_key()
    if not kept:
        keyslots.upgrade_format(crypto.signing_public_key(root_private), generation=1)
        keyslots.set_transition(
            database_key, {"journal_key": journal_key, "root_private": root_private}
        )
    return schema_five_step(journal_key, root_private)
