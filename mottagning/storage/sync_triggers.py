"""The SQL triggers that note rows written here for the sync, made from a
table's place in sync_tables.py and its columns.

The migrations hold these triggers as text (a migration never changes);
tests/storage/test_sync_tables.py checks that every synced table has exactly
the triggers made here for its columns today, so a column added later without
its baseline, or a new synced table without triggers, fails there. To write
the triggers of new synced tables into a migration:
    python -m mottagning.storage.sync_triggers TABLE...
"""

import sys

from mottagning.storage.sync_tables import BY_NAME, EDITABLE, MEMBERSHIP, SyncedTable

_WHEN = "WHEN (SELECT capturing FROM sync_guard) = 1"


def _key(table: SyncedTable, row: str) -> str:
    return f"json_array({', '.join(f'{row}.{column}' for column in table.key)})"


def _noting(table: SyncedTable, event: str, row: str, *, baseline: bool = False) -> str:
    lines = [
        f"CREATE TRIGGER {table.name}_sync_{event.lower()} AFTER {event} ON {table.name}",
        _WHEN,
        "BEGIN",
        f"    INSERT INTO sync_dirty (tbl, row_key) VALUES ('{table.name}', {_key(table, row)});",
    ]
    if baseline:
        lines.append(
            "    INSERT OR REPLACE INTO sync_baseline (tbl, row_key, image) VALUES"
            f" ('{table.name}', {_key(table, row)}, 'null');"
        )
    return "\n".join([*lines, "END;"])


def _baseline(table: SyncedTable, columns: list[str]) -> str:
    image = ",\n".join(
        f"        '{c}', json_array(typeof(OLD.{c}), CASE typeof(OLD.{c})"
        f" WHEN 'blob' THEN hex(OLD.{c}) ELSE OLD.{c} END)"
        for c in columns
    )
    return "\n".join(
        [
            f"CREATE TRIGGER {table.name}_sync_baseline BEFORE UPDATE ON {table.name}",
            _WHEN,
            f"    AND NOT EXISTS (SELECT 1 FROM sync_fields WHERE tbl = '{table.name}'"
            f" AND row_key = {_key(table, 'OLD')})",
            "BEGIN",
            "    INSERT OR IGNORE INTO sync_baseline (tbl, row_key, image) VALUES"
            f" ('{table.name}', {_key(table, 'OLD')}, json_object(\n{image}));",
            "END;",
        ]
    )


def triggers(table: SyncedTable, columns: list[str]) -> dict[str, str]:
    """Each trigger's name and SQL: what `table` needs for its kind."""
    made = [_noting(table, "INSERT", "NEW", baseline=table.kind == EDITABLE)]
    if table.kind in (EDITABLE, MEMBERSHIP):
        made.append(_noting(table, "UPDATE", "NEW"))
    if table.kind == MEMBERSHIP:
        made.append(_noting(table, "DELETE", "OLD"))
    if table.kind == EDITABLE:
        made.append(_baseline(table, columns))
    return {sql.split()[2]: sql for sql in made}


def normalised(sql: str) -> str:
    """SQL compared without regard to spacing."""
    return " ".join(sql.replace("(", " ( ").replace(")", " ) ").replace(",", " , ").split())


def main(names: list[str]) -> int:
    import sqlite3  # noqa: PLC0415
    from importlib import resources  # noqa: PLC0415

    folder = resources.files("mottagning.storage") / "migrations"
    connection = sqlite3.connect(":memory:")
    connection.create_function("casefold", 1, lambda s: s and s.casefold(), deterministic=True)
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".sql"):
            connection.executescript(entry.read_text(encoding="utf-8"))
    for name in names:
        columns = [r[1] for r in connection.execute(f"PRAGMA table_info({name})")]
        for sql in triggers(BY_NAME[name], columns).values():
            print(sql + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
