"""Failed logins, kept outside the database because it is locked until a
login succeeds. The next successful login moves them into the access log.

The record is written twice: in the data folder and, where the program gives
one, in a second folder outside it (the OS user's state folder), and read as
the union of both. Deleting one file then neither resets the delay nor loses
the failures before they reach the access log.
"""

import logging
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from mottagning.errors import UserError
from mottagning.storage.codec import from_db_time, to_db_time
from mottagning.storage.files import read_json, write_json_atomically

log = logging.getLogger(__name__)

MAX_PENDING = 1000  # a flood of attempts must not grow the file without bound


@dataclass
class AttemptState:
    failures: dict[str, int] = field(default_factory=dict)  # user tag -> consecutive failures
    last_failure: dict[str, datetime] = field(default_factory=dict)
    pending: list[tuple[str, datetime]] = field(default_factory=list)  # (tag, when) not yet logged


class LoginAttemptsFile:
    def __init__(self, path: Path, copy: Path | None = None) -> None:
        self.path = path
        self.copy = copy

    def load(self) -> AttemptState:
        """Both records merged: the higher count and the later failure per
        user, every failure not yet logged."""
        states = [_read(self.path)] + ([_read(self.copy)] if self.copy else [])
        merged = AttemptState()
        for state in states:
            for tag, count in state.failures.items():
                if count >= merged.failures.get(tag, 0):
                    merged.failures[tag] = count
                    merged.last_failure[tag] = max(
                        state.last_failure[tag],
                        merged.last_failure.get(tag, state.last_failure[tag]),
                    )
            merged.pending += [item for item in state.pending if item not in merged.pending]
        merged.pending.sort(key=lambda item: item[1])
        return merged

    def save(self, state: AttemptState) -> None:
        content = {
            "users": {
                tag: {"failures": count, "last": to_db_time(state.last_failure[tag])}
                for tag, count in state.failures.items()
            },
            "pending": [
                {"tag": tag, "at": to_db_time(at)} for tag, at in state.pending[-MAX_PENDING:]
            ],
        }
        write_json_atomically(self.path, content)
        if self.copy is not None:
            try:
                self.copy.parent.mkdir(parents=True, exist_ok=True)
                write_json_atomically(self.copy, content)
            except (UserError, OSError) as error:  # the copy must not stop a login
                log.warning("second login record not written: %s", type(error).__name__)


def _read(path: Path) -> AttemptState:
    """One record; empty when missing or damaged in any way, because a damaged
    counter file must not lock everyone out."""
    try:
        content = read_json(path) or {}
        state = AttemptState()
        for tag, entry in content.get("users", {}).items():
            state.failures[str(tag)] = int(entry["failures"])
            state.last_failure[str(tag)] = from_db_time(entry["last"])
        state.pending = [(str(p["tag"]), from_db_time(p["at"])) for p in content.get("pending", [])]
    except (ValueError, KeyError, TypeError, AttributeError, OSError):
        return AttemptState()
    return state
