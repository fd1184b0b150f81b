"""Anchors: the access log's head and the clinic's root fingerprint, written
down outside the data folder (a backup's manifest, the clinic lead's printed
log review, a file IT keeps), so that what an insider with the data folder can
still do, rolling it all back or rewriting only their own latest entries, is
found by comparing with an anchor made before.

An anchor file is JSON: {"origin", "seq", "mac", "root_fingerprint", "at"}.
"""

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from mottagning.storage.codec import from_db_time, to_db_time


@dataclass(frozen=True)
class Anchor:
    origin: str
    seq: int
    mac: str
    root_fingerprint: str
    at: datetime

    def as_json(self) -> dict[str, object]:
        return {
            "origin": self.origin,
            "seq": self.seq,
            "mac": self.mac,
            "root_fingerprint": self.root_fingerprint,
            "at": to_db_time(self.at),
        }

    def printed(self) -> str:
        """One line to print on paper and compare by eye or type back in."""
        return f"{self.origin}:{self.seq}:{self.mac[:16]}:{self.root_fingerprint}"


def read_anchor(path: Path) -> Anchor:
    """Raises ValueError (or OSError) unless `path` holds an anchor."""
    content = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(content, dict):
        raise ValueError("not an anchor")
    origin, seq, mac = content.get("origin"), content.get("seq"), content.get("mac")
    fingerprint, at = content.get("root_fingerprint"), content.get("at")
    if not (
        isinstance(origin, str)
        and type(seq) is int
        and seq >= 0
        and isinstance(mac, str)
        and isinstance(fingerprint, str)
        and isinstance(at, str)
    ):
        raise ValueError("not an anchor")
    return Anchor(origin, seq, mac, fingerprint, from_db_time(at))


def write_anchor(path: Path, anchor: Anchor) -> None:
    path.write_text(json.dumps(anchor.as_json(), indent=2) + "\n", encoding="utf-8")
