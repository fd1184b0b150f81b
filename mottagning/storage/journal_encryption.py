"""Schema 5's data step: seal the journal content already in the database
under the journal key (see journal_cipher.py), in the migration's transaction.

The journal's tables refuse updates by trigger (a signed note is locked, the
history is insert-only): the step lifts those triggers for itself and puts
them back, unchanged, before the transaction commits.
"""

import json
from collections.abc import Callable

from mottagning.storage.database import Database
from mottagning.storage.journal_cipher import JournalCipher

# (table, sealed text columns): each value is replaced by its sealed form.
SEALED_COLUMNS = {
    "journal_notes": ("body",),
    "journal_note_versions": ("body",),
    "journal_amendments": ("body", "reason"),
    "treatment_plans": ("goals", "interventions", "measures"),
    "measure_results": ("answers",),
    "emergency_accesses": ("reason", "review_note"),
}


def sealing_step(cipher: JournalCipher) -> Callable[[Database], None]:
    def seal_existing(database: Database) -> None:
        triggers = _update_triggers(database, set(SEALED_COLUMNS))
        for name, _ in triggers:
            database.execute(f'DROP TRIGGER "{name}"')
        for table, columns in SEALED_COLUMNS.items():
            _seal_table(database, cipher, table, columns)
        _seal_measure_scores(database, cipher)
        for _, sql in triggers:
            database.execute(sql)

    return seal_existing


def _update_triggers(database: Database, tables: set[str]) -> list[tuple[str, str]]:
    rows = database.query(
        "SELECT name, tbl_name, sql FROM sqlite_schema WHERE type = 'trigger' AND sql LIKE ?",
        ("%BEFORE UPDATE%",),
    )
    return [(row["name"], row["sql"]) for row in rows if row["tbl_name"] in tables]


def _seal_table(
    database: Database, cipher: JournalCipher, table: str, columns: tuple[str, ...]
) -> None:
    rows = database.query(f"SELECT id, {', '.join(columns)} FROM {table}")
    assignments = ", ".join(f"{column} = ?" for column in columns)
    database.execute_many(
        f"UPDATE {table} SET {assignments} WHERE id = ?",
        [
            [
                *(
                    cipher.seal(f"{table}.{column}", row["id"], str(row[column]))
                    for column in columns
                ),
                row["id"],
            ]
            for row in rows
        ],
    )


def _seal_measure_scores(database: Database, cipher: JournalCipher) -> None:
    """A questionnaire's total, band, flags and whether it was scorable go into
    one sealed value; the plain columns keep neutral placeholders."""
    rows = database.query("SELECT id, total, band, flags, scorable FROM measure_results")
    database.execute_many(
        "UPDATE measure_results SET result = ?, total = NULL, band = NULL, flags = '[]',"
        " scorable = 0 WHERE id = ?",
        [
            [
                cipher.seal_json(
                    "measure_results.result",
                    row["id"],
                    {
                        "total": row["total"],
                        "band": row["band"],
                        "flags": json.loads(row["flags"]),
                        "scorable": bool(row["scorable"]),
                    },
                ),
                row["id"],
            ]
            for row in rows
        ],
    )


# Every sealed value, with the one that holds the scores: what a key rotation re-seals.
ALL_SEALED = {
    **SEALED_COLUMNS,
    "measure_results": ("answers", "result"),
    # schema 6: the consent register, the letters and the documents sent
    "disclosure_bases": ("content",),
    "letter_documents": ("document",),
    "disclosures": ("details",),
    "letters": ("recipient", "reply_note"),
    "access_review_items": ("released",),
}


def reseal(
    database: Database,
    old: JournalCipher,
    new: JournalCipher,
    progress: Callable[[int, int], None] | None = None,
) -> None:
    """Open every sealed value with `old` and seal it with `new` (a rotation of
    the journal key), in the caller's transaction. `progress(done, total)`
    after each table."""
    with database.transaction():
        triggers = _update_triggers(database, set(ALL_SEALED))
        for name, _ in triggers:
            database.execute(f'DROP TRIGGER "{name}"')
        for done, (table, columns) in enumerate(ALL_SEALED.items(), start=1):
            rows = database.query(f"SELECT id, {', '.join(columns)} FROM {table}")
            assignments = ", ".join(f"{column} = ?" for column in columns)
            database.execute_many(
                f"UPDATE {table} SET {assignments} WHERE id = ?",
                [
                    [
                        *(
                            new.seal(
                                f"{table}.{column}",
                                row["id"],
                                old.open(f"{table}.{column}", row["id"], row[column]),
                            )
                            for column in columns
                        ),
                        row["id"],
                    ]
                    for row in rows
                ],
            )
            if progress is not None:
                progress(done, len(ALL_SEALED))
        for _, sql in triggers:
            database.execute(sql)
