"""Where a booking without a chosen time starts: the counselors' next free time."""

from datetime import datetime, timedelta

from mottagning.errors import UserError
from mottagning.services.scheduling import SchedulingService
from mottagning.ui.calendar.layout import SLOT


def suggested_start(
    scheduling: SchedulingService,
    counselor_ids: frozenset[str],
    room_id: str | None,
    now: datetime,
    length: timedelta,
) -> datetime:
    """The counselors' (and the room's) next free time, else the next quarter hour."""
    if counselor_ids:
        try:
            found = scheduling.next_free_time(counselor_ids, now, length, room_id)
        except UserError:
            found = None
        if found is not None:
            return found
    base = now.replace(second=0, microsecond=0)
    return base + timedelta(minutes=(-base.minute) % SLOT)
