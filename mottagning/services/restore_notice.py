"""The first login after a restore: the restore goes into the restored
database's access log, with what it lost, instead of the rollback alarm the
older access log would otherwise raise (the restore was meant)."""

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from mottagning.models.access_log import HeadStatus, LogAction
from mottagning.services.unlocked_clinic import HeadCheck, UnlockedClinic
from mottagning.storage.codec import from_db_time

if TYPE_CHECKING:
    from mottagning.services.session import Session


@dataclass(frozen=True)
class RestoreNotice:
    """Shown to the person who logs in first after a restore."""

    backup: str
    backup_created_at: datetime | None
    lost_entries: int  # access-log entries written here after the backup (0: none or unknown)
    known_before: bool  # False: this computer kept no record of the log (a new PC)


def record_restore(
    session: "Session", clinic: UnlockedClinic, head: HeadCheck, marker: dict[str, Any]
) -> RestoreNotice:
    found = head.found.seq if head.found else 0
    lost = 0
    if head.status is HeadStatus.ROLLED_BACK and head.expected is not None:
        lost = head.expected.seq - found
    backup = str(marker.get("backup", "?"))
    detail = f"restored {backup} (access log at entry {found}); {head.describe()}"
    session.record(LogAction.BACKUP_RESTORED, target_type="backup", target_id=backup, detail=detail)
    clinic.save_chain_head(replace=True)
    created = marker.get("backup_created_at")
    return RestoreNotice(
        backup,
        from_db_time(created) if isinstance(created, str) else None,
        lost,
        head.status not in (HeadStatus.MISSING, HeadStatus.NOT_RECORDED),
    )
