"""Creating a clinic: new random keys (the database's, the journal's, the
clinic's root signing key), the encrypted database, the first clinic-lead
account with keys of its own, and the recovery key (shown once, for printing)."""

import contextlib
import logging
import uuid

from mottagning.errors import ClinicAlreadyExists
from mottagning.models.access_log import LogAction, LogEvent
from mottagning.models.clinic import ClinicDetails
from mottagning.models.recovery_key import RecoveryKey
from mottagning.models.users import NewUser, Role, User
from mottagning.services.accounts import personal_words, recovery_bundle, validate_new_user
from mottagning.services.clinic_settings import validate_details
from mottagning.services.clock import Clock
from mottagning.services.key_ring import KeyRing, new_personal_keys
from mottagning.services.password_policy import check_password
from mottagning.services.schema_upgrade import JOURNAL_KEY_SCHEMA, schema_five_step
from mottagning.services.unlocked_clinic import UnlockedClinic
from mottagning.storage import crypto
from mottagning.storage.files import ClinicFiles, previous_version
from mottagning.storage.kdf import DEFAULT_KDF, KdfParams
from mottagning.storage.key_bundle import KeyBundle
from mottagning.storage.keyslots import KeySlotFile

log = logging.getLogger(__name__)


def create_clinic(
    files: ClinicFiles,
    details: ClinicDetails,
    lead: NewUser,
    lead_password: str,
    clock: Clock,
    kdf: KdfParams = DEFAULT_KDF,
    workstation: str = "setup",
) -> RecoveryKey:
    """Create the clinic in `files.data_dir`; returns the recovery key to print.

    Everything is checked before anything is written; should writing fail
    part-way, the half-made files are removed so that setup can simply be run again.
    """
    if files.clinic_exists():
        raise ClinicAlreadyExists(folder=str(files.data_dir))
    details = validate_details(details)
    lead = validate_new_user(NewUser(lead.username, lead.full_name, lead.title, Role.LEAD))
    check_password(lead_password, personal_words(lead.username, lead.full_name, details.name))

    files.ensure_data_dir()
    keyslots = KeySlotFile(files.keyslots, kdf)
    recovery_key = RecoveryKey.generate()
    root_private, journal_key = crypto.new_private_key(), crypto.random_key()
    bundle = KeyBundle(
        generation=1,
        database_key=crypto.random_key(),
        journal_key=journal_key,
        root_private=root_private,
    )
    try:
        keyslots.create(crypto.signing_public_key(root_private), bundle.generation)
        clinic = UnlockedClinic.open(
            files,
            bundle.database_key,
            keyslots,
            clock,
            workstation,
            create=True,
            data_steps={JOURNAL_KEY_SCHEMA: schema_five_step(journal_key, root_private)},
        )
        try:
            now = clock.now()
            user = User(
                str(uuid.uuid4()),
                lead.username,
                lead.full_name,
                lead.title,
                Role.LEAD,
                active=True,
                must_change_password=False,
                created_at=now,
                updated_at=now,
            )
            made = new_personal_keys(user.id, now)
            root = KeyRing(bundle, None)
            lead_bundle = bundle.with_keys(
                sign_private=made.sign_private, agree_private=made.agree_private
            )
            signer = KeyRing(lead_bundle, made.sign.id).signer
            with clinic.db.transaction():
                clinic.settings.set_details(details, now, None)
                clinic.users.add(user)
                clinic.staff_keys.add(root.certified(made.sign))
                clinic.staff_keys.add(root.certified(made.agree))
                clinic.log(LogEvent(LogAction.CLINIC_CREATED, user.id), signer)
                clinic.log(
                    LogEvent(
                        LogAction.USER_CREATED,
                        user.id,
                        target_type="user",
                        target_id=user.id,
                        detail=Role.LEAD.value,
                    ),
                    signer,
                )
            keyslots.set_password_slot(user.id, user.username, lead_password, lead_bundle, now)
            keyslots.set_recovery_slot(recovery_key, recovery_bundle(bundle), now)
        finally:
            clinic.close()
    except BaseException:
        _remove_half_made_clinic(files)
        raise
    log.info("created a new clinic database")
    return recovery_key


def root_fingerprint(files: ClinicFiles) -> str:
    """The clinic's root key as a short fingerprint, to print with the recovery
    key and compare later (`mottagning verify --anchor`, the log review)."""
    public = KeySlotFile(files.keyslots).root_public
    return crypto.fingerprint(public) if public is not None else ""


def _remove_half_made_clinic(files: ClinicFiles) -> None:
    paths = [files.database, files.keyslots, files.audit_head]
    paths += [p.with_name(p.name + suffix) for p in paths for suffix in ("-wal", "-shm")]
    paths += [previous_version(files.keyslots), previous_version(files.audit_head)]
    for path in paths:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
