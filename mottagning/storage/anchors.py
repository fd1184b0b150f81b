"""Anchors: the access log's head and the clinic's root fingerprint, written
down outside the data folder (a backup's manifest, the clinic lead's printed
log review, a file IT keeps), so that what an insider with the data folder can
still do, rolling it all back or rewriting only their own latest entries, is
found by comparing with an anchor made before.

An anchor file is JSON: {"origin", "seq", "mac", "root_fingerprint", "at"}.
"""

import json
from pathlib import Path

from mottagning.models.access_log import Anchor
from mottagning.storage.codec import from_db_time, to_db_time

__all__ = ["Anchor", "anchor_from_json", "anchor_json", "read_anchor", "write_anchor"]


def anchor_json(anchor: Anchor) -> dict[str, object]:
    return {
        "origin": anchor.origin,
        "seq": anchor.seq,
        "mac": anchor.mac,
        "root_fingerprint": anchor.root_fingerprint,
        "at": to_db_time(anchor.at),
    }


def anchor_from_json(content: object) -> Anchor:
    """Raises ValueError unless `content` is an anchor's JSON object."""
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


def read_anchor(path: Path) -> Anchor:
    """Raises ValueError (or OSError) unless `path` holds an anchor: an anchor
    file, or a backup's manifest.json (which carries the anchor of its day)."""
    content = json.loads(path.read_text(encoding="utf-8"))
    if isinstance(content, dict) and "origin" not in content and "anchor" in content:
        content = content["anchor"]
    return anchor_from_json(content)


def write_anchor(path: Path, anchor: Anchor) -> None:
    path.write_text(json.dumps(anchor_json(anchor), indent=2) + "\n", encoding="utf-8")
