"""The encryption cost: the query set on the clinic and on its plain export.

Two figures: on connections kept open (the page cache warm, as during a
working day: the target applies here), and on fresh connections, where every
page is read, and decrypted, for the first time. The OS file cache is warm
for both files in both cases; the two sides alternate which runs first.
"""

import contextlib
from collections.abc import Iterator
from pathlib import Path

from bench import measures
from bench.dataset import Dataset, database_key, journal_cipher
from bench.figures import Figure, figure
from bench.plain import export_plain, open_plain, pragmas
from bench.queries import LABELS, query_set
from bench.stats import median
from mottagning.storage.database import Database

SIDES = ("encrypted", "plain")
Rounds = dict[str, list[dict[str, float]]]


@contextlib.contextmanager
def _connections(data: Dataset, key: bytes, plain_path: Path) -> Iterator[dict[str, Database]]:
    encrypted = Database.open(data.files.database, key)
    try:
        plain = open_plain(plain_path, like=encrypted)
        try:
            yield {"encrypted": encrypted, "plain": plain}
        finally:
            plain.close()
    finally:
        encrypted.close()


def _order(run: int) -> tuple[str, ...]:
    return SIDES if run % 2 == 0 else SIDES[::-1]


def measure(data: Dataset, repeat: int, scratch: Path, notes: dict[str, object]) -> list[Figure]:
    key = database_key(data.files)
    cipher = journal_cipher(data.files)
    plain_path = scratch / f"plain-{data.size}.db"
    encrypted = Database.open(data.files.database, key)
    try:
        export_plain(encrypted, plain_path)
    finally:
        encrypted.close()
    first: Rounds = {side: [] for side in SIDES}
    warm: Rounds = {side: [] for side in SIDES}
    try:
        for run in range(repeat):
            with _connections(data, key, plain_path) as databases:
                for side in _order(run):
                    first[side].append(
                        measures.query_times(query_set(databases[side], data, cipher))
                    )
        with _connections(data, key, plain_path) as databases:
            notes["connection_settings"] = {side: pragmas(db) for side, db in databases.items()}
            sets = {side: query_set(db, data, cipher) for side, db in databases.items()}
            for queries in sets.values():
                measures.query_times(queries)  # the first touches were measured above
            for run in range(repeat):
                for side in _order(run):
                    warm[side].append(measures.query_times(sets[side]))
    finally:
        for suffix in ("", "-wal", "-shm"):
            plain_path.with_name(plain_path.name + suffix).unlink(missing_ok=True)
    return _figures(data.size, first, warm)


def _total(size: str, key: str, label: str, rounds: Rounds) -> Figure:
    return figure(
        key,
        label,
        size,
        [sum(r.values()) for r in rounds["encrypted"]],
        floor=median([sum(r.values()) for r in rounds["plain"]]),
        floor_label="plain SQLite",
    )


def _figures(size: str, first: Rounds, warm: Rounds) -> list[Figure]:
    figures = [
        _total(size, "encryption", "encryption cost: the query set, warm", warm),
        _total(size, "encryption.first_read", "encryption cost: the query set, fresh", first),
    ]
    for name, label in LABELS.items():
        figures.append(
            figure(
                f"query.{name}",
                f"query: {label}",
                size,
                [r[name] for r in warm["encrypted"]],
                floor=median([r[name] for r in warm["plain"]]),
                floor_label="plain SQLite",
            )
        )
    return figures
