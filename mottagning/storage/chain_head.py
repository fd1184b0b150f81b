"""The access log's head, kept outside the database (`audit-head.json`).

Written after every commit that logs, so that whatever the database loses
afterwards is noticed at the next open and by `verify`: an older copy of the
file put back, or the commits SQLite drops silently after a damaged frame of
its write-ahead log. Beside the head it keeps the last entries' number, time
and kind (sealed under a key derived from the database key: nothing readable
without it), to say what is missing.
"""

import json
import logging
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from mottagning.models.access_log import LogAction
from mottagning.storage import crypto
from mottagning.storage.codec import from_db_time, to_db_time
from mottagning.storage.database import Database
from mottagning.storage.files import read_json, write_json_atomically

log = logging.getLogger(__name__)

RECENT = 64  # entries whose summary the head keeps
_WRITING = threading.Lock()  # one writer of a head file at a time in this process
_PURPOSE = b"mottagning chain head v1"


@dataclass(frozen=True)
class ChainHead:
    origin: str
    seq: int
    mac: str


@dataclass(frozen=True)
class EntrySummary:
    """What the head remembers of an entry: enough to name it, no client."""

    seq: int
    at: datetime
    action: LogAction


@dataclass(frozen=True)
class HeadRecord:
    head: ChainHead
    recent: tuple[EntrySummary, ...]  # oldest first; empty when it cannot be read

    def missing_after(self, seq: int) -> tuple[EntrySummary, ...]:
        """The remembered entries after `seq` (those the database no longer has)."""
        return tuple(entry for entry in self.recent if entry.seq > seq)


def head_key(database: Database) -> bytes:
    """The key that seals what the head remembers, derived from the database key."""
    return database.derive_key(_PURPOSE)


class ChainHeadFile:
    def __init__(self, path: Path) -> None:
        self.path = path

    def read(self, key: bytes | None = None) -> HeadRecord | None:
        """The record, or None when the file is missing, damaged or edited (the
        check at login then warns). `key` (see `head_key`) reads what it remembers."""
        try:
            content = read_json(self.path, fall_back_to_previous=False)
        except ValueError:
            return None
        if not isinstance(content, dict):
            return None
        origin, seq, mac = content.get("origin"), content.get("seq"), content.get("mac")
        if not (isinstance(origin, str) and isinstance(mac, str) and type(seq) is int):
            return None
        if not 0 <= seq < 2**63:
            return None
        head = ChainHead(origin, seq, mac)
        return HeadRecord(head, _opened(content.get("recent"), key, head))

    def write(
        self, head: ChainHead, recent: list[EntrySummary], key: bytes, *, replace: bool = False
    ) -> None:
        """Write `head` unless the file already holds a later one of the same
        chain (two connections of this workstation commit in turn, and the one
        that commits first may come here last). `replace`: write it anyway
        (after a restore, which put an older database in place on purpose)."""
        with _WRITING:
            written = self.read()
            if (
                not replace
                and written is not None
                and written.head.origin == head.origin
                and written.head.seq > head.seq
            ):
                return
            self._write(head, recent, key)

    def _write(self, head: ChainHead, recent: list[EntrySummary], key: bytes) -> None:
        summaries = [[e.seq, to_db_time(e.at), e.action.value] for e in recent[-RECENT:]]
        nonce, sealed = crypto.wrap(key, json.dumps(summaries).encode(), _aad(head))
        write_json_atomically(
            self.path,
            {
                "origin": head.origin,
                "seq": head.seq,
                "mac": head.mac,
                "recent": {"nonce": nonce.hex(), "sealed": sealed.hex()},
            },
            # Written after every logged commit, so not waited for on the disk: the
            # commit itself is (synchronous=FULL). What the head guards against, an
            # acknowledged commit lost later to a damaged WAL, happens long after
            # the kernel has written this file out; a power cut within those
            # seconds can take back only the head's newest update, which then
            # reads as an older head (no alarm), never as a damaged one.
            keep_previous=False,
            durable=False,
        )


def _aad(head: ChainHead) -> bytes:
    return f"{head.origin}:{head.seq}:{head.mac}".encode()


def _opened(stored: Any, key: bytes | None, head: ChainHead) -> tuple[EntrySummary, ...]:
    if key is None or not isinstance(stored, dict):
        return ()
    try:
        plain = crypto.unwrap(
            key, bytes.fromhex(stored["nonce"]), bytes.fromhex(stored["sealed"]), _aad(head)
        )
        return tuple(
            EntrySummary(int(seq), from_db_time(at), LogAction(action))
            for seq, at, action in json.loads(plain)
        )
    except (crypto.UnwrapFailed, ValueError, KeyError, TypeError) as error:
        log.warning("the head's recent entries do not read: %s", type(error).__name__)
        return ()
