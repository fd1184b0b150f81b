"""Where a booking without a chosen time starts: the chosen counselors' next
free time; with no counselor chosen, whichever counselor is free first; with
no counselors at all, the clinic's next opening (never 04:00 in the night)."""

from collections.abc import Sequence
from datetime import datetime, timedelta

from mottagning.errors import UserError
from mottagning.services.scheduling import SchedulingService


def suggested_start(
    scheduling: SchedulingService,
    counselor_ids: frozenset[str],
    room_id: str | None,
    now: datetime,
    length: timedelta,
    candidates: Sequence[str] = (),
) -> tuple[datetime, frozenset[str]]:
    """The start, and the counselors to book (`counselor_ids`, or the one of
    `candidates` found free first when none is chosen)."""
    try:
        if counselor_ids:
            found = scheduling.next_free_time(counselor_ids, now, length, room_id)
            if found is not None:
                return found, counselor_ids
        elif candidates:
            free = scheduling.next_free_counselor(candidates, now, length, room_id)
            if free is not None:
                return free[0], frozenset({free[1]})
    except UserError:
        pass
    return scheduling.next_opening(now), counselor_ids
