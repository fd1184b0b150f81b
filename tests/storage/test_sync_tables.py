"""The sync's contract with the schema: every table travels or stays on its PC
for a stated reason, and every table that travels has its triggers."""

from mottagning.services.session import Session
from mottagning.storage.sync_envelope import CLINIC, JOURNAL
from mottagning.storage.sync_tables import (
    BY_NAME,
    LOCAL_TABLES,
    NOT_SYNCED_YET,
    SYNCED_TABLES,
    UNIQUE_FIELDS,
)
from mottagning.storage.sync_triggers import normalised, triggers


def _tables(lead: Session) -> set[str]:
    db = lead.clinic.db
    names = {r["name"] for r in db.query("SELECT name FROM sqlite_master WHERE type = 'table'")}
    # The search index's own shadow tables belong to it.
    shadows = {n for n in names if any(n.startswith(f"{v}_") for v in LOCAL_TABLES)}
    return {n for n in names if not n.startswith("sqlite_")} - shadows


def test_every_table_travels_or_is_said_to_stay_on_each_pc(lead: Session) -> None:
    synced = [table.name for table in SYNCED_TABLES]
    assert len(synced) == len(set(synced))
    decided = set(synced) | set(LOCAL_TABLES) | set(NOT_SYNCED_YET)
    # A new table fails here: add it to sync_tables.py, as travelling or local, with why.
    assert _tables(lead) - decided == set()
    assert decided - _tables(lead) == set()  # nothing listed that the schema lacks
    assert set(synced) & set(LOCAL_TABLES) == set() == set(synced) & set(NOT_SYNCED_YET)
    assert set(LOCAL_TABLES) & set(NOT_SYNCED_YET) == set()
    assert all(reason.strip() for reason in (*LOCAL_TABLES.values(), *NOT_SYNCED_YET.values()))


def test_every_synced_table_has_the_triggers_of_its_columns_today(lead: Session) -> None:
    db = lead.clinic.db
    installed = {
        r["name"]: r["sql"]
        for r in db.query("SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
        if "_sync_" in r["name"]
    }
    expected: dict[str, str] = {}
    for table in SYNCED_TABLES:
        columns = [r["name"] for r in db.query(f"PRAGMA table_info({table.name})")]
        expected.update(triggers(table, columns))
    # A column added to a synced table needs its baseline trigger made again
    # (python -m mottagning.storage.sync_triggers TABLE, in a new migration).
    assert sorted(installed) == sorted(expected)
    for name, sql in expected.items():
        assert normalised(installed[name].rstrip(";")) == normalised(sql.rstrip(";")), name


def test_no_clinic_row_refers_to_a_journal_row(lead: Session) -> None:
    """A scheduler's PC pulls only the clinic channel: a clinic row that referred
    to a journal row would arrive there pointing at nothing."""
    db = lead.clinic.db
    for table in SYNCED_TABLES:
        for ref in db.query(f"PRAGMA foreign_key_list({table.name})"):
            parent = BY_NAME.get(ref["table"])
            assert parent is not None, f"{table.name} refers to {ref['table']}, which stays local"
            if table.channel == CLINIC:
                assert parent.channel == CLINIC, f"{table.name}.{ref['from']}"


def test_what_is_sealed_under_the_journal_key_travels_on_the_journal_channel() -> None:
    sealed_like_the_journal = {
        "journal_notes",
        "journal_note_versions",
        "journal_amendments",
        "treatment_plans",
        "measure_results",
        "disclosure_bases",
        "letter_documents",
        "disclosures",
        "letters",
        "access_review_items",
    }
    assert all(BY_NAME[name].channel == JOURNAL for name in sealed_like_the_journal)


def test_unique_fields_are_of_editable_synced_tables(lead: Session) -> None:
    for unique in UNIQUE_FIELDS:
        assert BY_NAME[unique.table].kind == "editable"
        columns = {r["name"] for r in lead.clinic.db.query(f"PRAGMA table_info({unique.table})")}
        assert unique.column in columns and (unique.folded is None or unique.folded in columns)
