"""Erasing client records for good: the one audited exception to "never delete".

Which rows: the client's row and every row that refers to it, or to such a
row, through a foreign key, found from the schema itself (a table added later
is covered without touching this module); the client-name search index; the
sync bookkeeping of those rows. The access log is kept: its entries name only
a client id (a purge is the reason the log has no foreign key).

How: inside one transaction the tables' "never delete" triggers are lifted and
put back exactly as they were, with `secure_delete` on (freed cells and pages
are zeroed before they are written); then the full-text index is merged (FTS5
only marks deletions until then), and after the commit the WAL is
checkpointed, the file rebuilt (VACUUM: every page written afresh, free pages
gone) and the WAL checkpointed and truncated again, so neither the database
file nor its WAL holds any page of what was erased.
"""

import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from mottagning.errors import MottagningError
from mottagning.storage.database import Database

CLIENTS = "clients"
# Tables that name a row by key without a foreign key, handled here by name.
_SEARCH_INDEX = "client_search"
SECURE_DELETE = "ON"  # zero what is deleted before it is written (a test turns it off)
_SYNC_TABLES = ("sync_dirty", "sync_baseline", "sync_fields", "sync_versions", "sync_conflicts")


class PurgeRefused(MottagningError):
    """A row to erase belongs to another client too (a bug or a damaged file):
    nothing is erased rather than another person's record."""


class NotOverwritten(MottagningError):
    """The checkpoint could not finish (another program held the database): the
    erased rows are gone, but old pages may remain in the WAL until it does."""


@dataclass(frozen=True)
class _ForeignKey:
    table: str
    column: str
    parent: str
    parent_column: str


def _tables(db: Database) -> list[str]:
    rows = db.query(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
        " AND name NOT LIKE 'sqlite_%' AND name NOT LIKE ? ORDER BY name",
        (f"{_SEARCH_INDEX}%",),
    )
    return [str(row["name"]) for row in rows]


def foreign_keys(db: Database) -> list[_ForeignKey]:
    found = []
    for table in _tables(db):
        for row in db.query(f"SELECT * FROM pragma_foreign_key_list('{table}')"):
            found.append(_ForeignKey(table, str(row["from"]), str(row["table"]), str(row["to"])))
    return found


def _in(values: Iterable[object]) -> str:
    return json.dumps(sorted(values, key=str))


class RowSet:
    """The rows a purge of some clients erases: per table, the values of the
    columns other tables refer to, and the conditions that select its rows."""

    def __init__(self, db: Database, client_ids: list[str]) -> None:
        self._db = db
        self._keys = foreign_keys(db)
        self.values: dict[str, dict[str, set[object]]] = defaultdict(lambda: defaultdict(set))
        self.values[CLIENTS]["id"] = set(client_ids)
        self._grow()

    def _referenced(self, table: str) -> set[str]:
        return {k.parent_column for k in self._keys if k.parent == table}

    def condition(self, table: str) -> tuple[str, list[str]] | None:
        """SQL selecting `table`'s rows in the set, with its parameters."""
        parts, params = [], []
        if table == CLIENTS:
            parts.append("id IN (SELECT value FROM json_each(?))")
            params.append(_in(self.values[CLIENTS]["id"]))
        for key in self._keys:
            doomed = self.values.get(key.parent, {}).get(key.parent_column)
            if key.table == table and doomed:
                parts.append(f'"{key.column}" IN (SELECT value FROM json_each(?))')
                params.append(_in(doomed))
        return (" OR ".join(parts), params) if parts else None

    def _grow(self) -> None:
        """Follow the foreign keys until no new row joins the set."""
        changed = True
        while changed:
            changed = False
            for table in {k.table for k in self._keys} | {CLIENTS}:
                columns = self._referenced(table)
                where = self.condition(table)
                if not columns or where is None:
                    continue
                listed = ", ".join(f'"{c}"' for c in sorted(columns))
                for row in self._db.query(
                    f'SELECT {listed} FROM "{table}" WHERE {where[0]}', where[1]
                ):
                    for column in columns:
                        value = row[column]
                        if value is not None and value not in self.values[table][column]:
                            self.values[table][column].add(value)
                            changed = True

    def tables(self) -> list[str]:
        return sorted({k.table for k in self._keys} | {CLIENTS})

    def counts(self) -> dict[str, int]:
        """Rows per table the purge would erase (the preview)."""
        counts = {}
        for table in self.tables():
            where = self.condition(table)
            if where is not None:
                count = int(
                    self._db.scalar(f'SELECT count(*) FROM "{table}" WHERE {where[0]}', where[1])
                )
                if count:
                    counts[table] = count
        return counts

    def check_own(self, client_ids: list[str]) -> None:
        """Every erased row that names a client names one of `client_ids`."""
        allowed = _in(client_ids)
        for table in self.tables():
            where = self.condition(table)
            columns = {
                str(r["name"])
                for r in self._db.query(f"SELECT name FROM pragma_table_info('{table}')")
            }
            if where is None or table == CLIENTS or "client_id" not in columns:
                continue
            stray = self._db.scalar(
                f'SELECT count(*) FROM "{table}" WHERE ({where[0]}) AND client_id IS NOT NULL'
                " AND client_id NOT IN (SELECT value FROM json_each(?))",
                [*where[1], allowed],
            )
            if stray:
                raise PurgeRefused(f"{table}: {stray} rows of another client")


def _primary_key(db: Database, table: str) -> list[str]:
    rows = db.query(f"SELECT name, pk FROM pragma_table_info('{table}') WHERE pk > 0 ORDER BY pk")
    return [str(row["name"]) for row in rows]


def _delete_triggers(db: Database, tables: list[str]) -> dict[str, str]:
    rows = db.query(
        "SELECT name, sql FROM sqlite_schema WHERE type = 'trigger'"
        " AND tbl_name IN (SELECT value FROM json_each(?)) AND sql LIKE '%DELETE ON%'",
        (json.dumps(tables),),
    )
    return {str(row["name"]): str(row["sql"]) for row in rows}


def erase(
    db: Database, client_ids: list[str], record: Callable[[dict[str, int]], None]
) -> dict[str, int]:
    """Erase `client_ids`' records in one transaction; `record(counts)` writes
    the purge record and the log entry inside it. Returns rows per table.
    Call `overwrite_freed` after it."""
    db.execute(f"PRAGMA secure_delete = {SECURE_DELETE}")
    with db.transaction():
        rows = RowSet(db, client_ids)
        rows.check_own(client_ids)
        counts = rows.counts()
        triggers = _delete_triggers(db, rows.tables())
        for name in triggers:
            db.execute(f'DROP TRIGGER "{name}"')
        db.execute("PRAGMA defer_foreign_keys = ON")  # checked at the commit, all at once
        for table in rows.tables():
            where = rows.condition(table)
            if where is None:
                continue
            key = ", ".join(f'"{c}"' for c in _primary_key(db, table))
            if key:
                for sync in _SYNC_TABLES:
                    db.execute(
                        f"DELETE FROM {sync} WHERE tbl = ? AND row_key IN"
                        f' (SELECT json_array({key}) FROM "{table}" WHERE {where[0]})',
                        [table, *where[1]],
                    )
            db.execute(f'DELETE FROM "{table}" WHERE {where[0]}', where[1])
        for client_id in client_ids:
            db.execute(f"DELETE FROM {_SEARCH_INDEX} WHERE client_id = ?", (client_id,))
        # FTS5 only marks a deleted row in its index until the segments merge.
        db.execute(f"INSERT INTO {_SEARCH_INDEX} ({_SEARCH_INDEX}) VALUES ('optimize')")
        for sql in triggers.values():
            db.execute(sql)
        record(counts)
    db.execute("PRAGMA secure_delete = OFF")
    return counts


def overwrite_freed(db: Database) -> None:
    """Rebuild the file so no free page keeps old content, and leave the WAL empty."""
    _checkpoint(db)
    db.execute("VACUUM")
    _checkpoint(db)


def _checkpoint(db: Database) -> None:
    row = db.query_one("PRAGMA wal_checkpoint(TRUNCATE)")
    if row is None or int(row["busy"]) != 0:
        raise NotOverwritten("the write-ahead log could not be checkpointed")
