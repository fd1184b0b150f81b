"""A growing delay after repeated failed logins, kept on disk so that a
restart does not reset it.

Four failures in a row cost nothing; from the fifth the next attempt waits
5 s, then 10 s, 20 s ... up to 15 minutes. A success resets the count. Counts
are per user name (as a keyed tag), so one person's typos do not lock out the
rest of the staff; the recovery key has its own count.
"""

from datetime import datetime, timedelta

from mottagning.errors import TooManyAttempts
from mottagning.services.clock import Clock
from mottagning.storage.login_attempts import AttemptState, LoginAttemptsFile

FREE_FAILURES = 4
FIRST_DELAY = timedelta(seconds=5)
MAX_DELAY = timedelta(minutes=15)


def delay_after(failures: int) -> timedelta:
    if failures <= FREE_FAILURES:
        return timedelta(0)
    doublings = min(failures - FREE_FAILURES - 1, 16)  # 5 s * 2**16 is far past the cap
    return min(FIRST_DELAY * (1 << doublings), MAX_DELAY)


class LoginThrottle:
    def __init__(self, attempts: LoginAttemptsFile, clock: Clock) -> None:
        self._file = attempts
        self._clock = clock

    def check(self, tag: str) -> None:
        """Raise TooManyAttempts while `tag` must still wait."""
        state = self._file.load()
        failures = state.failures.get(tag, 0)
        if failures <= FREE_FAILURES:
            return
        ready_at = state.last_failure[tag] + delay_after(failures)
        remaining = ready_at - self._clock.now()
        if remaining > timedelta(0):
            raise TooManyAttempts(seconds=max(1, round(remaining.total_seconds())))

    def record_failure(self, tag: str) -> None:
        state = self._file.load()
        now = self._clock.now()
        state.failures[tag] = state.failures.get(tag, 0) + 1
        state.last_failure[tag] = now
        state.pending.append((tag, now))
        self._file.save(state)

    def record_success(self, tag: str) -> None:
        state = self._file.load()
        if tag in state.failures:
            del state.failures[tag]
            del state.last_failure[tag]
            self._file.save(state)

    def pending(self) -> list[tuple[str, datetime]]:
        """Failures not yet written to the access log, oldest first."""
        return self._file.load().pending

    def forget_pending(self, logged: list[tuple[str, datetime]]) -> None:
        """Drop the failures that are now in the access log."""
        state = self._file.load()
        remaining = [item for item in state.pending if item not in logged]
        self._file.save(AttemptState(state.failures, state.last_failure, remaining))
