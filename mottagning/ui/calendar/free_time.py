"""Finding a free time for one or more counselors (and a room) with the
service's next_free_time, which looks at one counselor at a time."""

from collections.abc import Sequence
from datetime import datetime, timedelta

from mottagning.errors import UserError
from mottagning.services.scheduling import SchedulingService
from mottagning.ui.calendar.layout import SLOT

ROUNDS = 20  # tries to agree on a time; each round moves past someone's visit


def next_free_for_all(
    scheduling: SchedulingService,
    counselor_ids: Sequence[str],
    after: datetime,
    length: timedelta,
    room_id: str | None,
) -> datetime | None:
    """The first time every counselor (and the room) is free: take the latest
    of their next free times and ask again from there until they agree."""
    for _ in range(ROUNDS):
        found = [
            scheduling.next_free_time(user_id, after, length, room_id) for user_id in counselor_ids
        ]
        times = [moment for moment in found if moment is not None]
        if len(times) < len(found) or not times:
            return None
        latest = max(times)
        if all(moment == latest for moment in times):
            return latest
        after = latest
    return None


def suggested_start(
    scheduling: SchedulingService,
    counselor_ids: frozenset[str],
    room_id: str | None,
    now: datetime,
    length: timedelta,
) -> datetime:
    """Where a booking without a chosen time starts: the counselors' next free
    time, else the next quarter hour."""
    if counselor_ids:
        try:
            found = next_free_for_all(scheduling, sorted(counselor_ids), now, length, room_id)
        except UserError:
            found = None
        if found is not None:
            return found
    base = now.replace(second=0, microsecond=0)
    return base + timedelta(minutes=(-base.minute) % SLOT)
