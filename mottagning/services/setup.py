"""Creating a clinic: a new random database key, the encrypted database, the
first clinic-lead account and the recovery key (shown once, for printing)."""

import contextlib
import logging
import uuid

from mottagning.errors import ClinicAlreadyExists
from mottagning.models.access_log import LogAction, LogEvent
from mottagning.models.clinic import ClinicDetails
from mottagning.models.recovery_key import RecoveryKey
from mottagning.models.users import NewUser, Role, User
from mottagning.services.accounts import personal_words, validate_new_user
from mottagning.services.clinic_settings import validate_details
from mottagning.services.clock import Clock
from mottagning.services.password_policy import check_password
from mottagning.services.unlocked_clinic import UnlockedClinic
from mottagning.storage.crypto import random_key
from mottagning.storage.files import ClinicFiles, previous_version
from mottagning.storage.kdf import DEFAULT_KDF, KdfParams
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
    database_key = random_key()
    recovery_key = RecoveryKey.generate()
    try:
        keyslots.create()
        clinic = UnlockedClinic.open(files, database_key, keyslots, clock, workstation, create=True)
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
            with clinic.db.transaction():
                clinic.settings.set_details(details, now, None)
                clinic.users.add(user)
                clinic.log(LogEvent(LogAction.CLINIC_CREATED, user.id))
                clinic.log(
                    LogEvent(
                        LogAction.USER_CREATED,
                        user.id,
                        target_type="user",
                        target_id=user.id,
                        detail=Role.LEAD.value,
                    )
                )
            clinic.set_password(user.id, user.username, lead_password)
            clinic.set_recovery_key(recovery_key)
        finally:
            clinic.close()
    except BaseException:
        _remove_half_made_clinic(files)
        raise
    log.info("created a new clinic database")
    return recovery_key


def _remove_half_made_clinic(files: ClinicFiles) -> None:
    paths = [files.database, files.keyslots, files.audit_head]
    paths += [p.with_name(p.name + suffix) for p in paths for suffix in ("-wal", "-shm")]
    paths += [previous_version(files.keyslots), previous_version(files.audit_head)]
    for path in paths:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
