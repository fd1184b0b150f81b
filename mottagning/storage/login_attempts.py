"""Failed logins, kept outside the database because it is locked until a
login succeeds. The next successful login moves them into the access log."""

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from mottagning.storage.codec import from_db_time, to_db_time
from mottagning.storage.files import read_json, write_json_atomically

MAX_PENDING = 1000  # a flood of attempts must not grow the file without bound


@dataclass
class AttemptState:
    failures: dict[str, int] = field(default_factory=dict)  # user tag -> consecutive failures
    last_failure: dict[str, datetime] = field(default_factory=dict)
    pending: list[tuple[str, datetime]] = field(default_factory=list)  # (tag, when) not yet logged


class LoginAttemptsFile:
    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> AttemptState:
        """The counters; empty when the file is missing or damaged in any way,
        because a damaged counter file must not lock everyone out."""
        try:
            content = read_json(self.path) or {}
            state = AttemptState()
            for tag, entry in content.get("users", {}).items():
                state.failures[str(tag)] = int(entry["failures"])
                state.last_failure[str(tag)] = from_db_time(entry["last"])
            state.pending = [
                (str(p["tag"]), from_db_time(p["at"])) for p in content.get("pending", [])
            ]
        except (ValueError, KeyError, TypeError, AttributeError):
            return AttemptState()
        return state

    def save(self, state: AttemptState) -> None:
        write_json_atomically(
            self.path,
            {
                "users": {
                    tag: {"failures": count, "last": to_db_time(state.last_failure[tag])}
                    for tag, count in state.failures.items()
                },
                "pending": [
                    {"tag": tag, "at": to_db_time(at)} for tag, at in state.pending[-MAX_PENDING:]
                ],
            },
        )
