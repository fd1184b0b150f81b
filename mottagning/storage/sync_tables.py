"""Which tables travel, how they merge, and on which channel; which stay on
each PC, and why. Every table of the schema is in exactly one of
SYNCED_TABLES, LOCAL_TABLES and NOT_SYNCED_YET (tests/storage/
test_sync_tables.py fails on a new table that is in none).

- editable: merged per field by version (HLC); a change on both sides since the
  common version is a conflict kept with both values;
- membership: rows of a set (a client's counselors), present or absent, merged
  as one field "_present" like any other;
- insert-only: written once, never changed (signed log entries, draft history,
  addenda and corrections, plan versions, questionnaire results): they never
  conflict.

The journal channel carries what is sealed under the journal key or tells of
the journal (letters and disclosures, emergency accesses to a journal, access
reviews): a scheduler's PC never pulls it. Everything else is the clinic channel.

Order matters: a parent table comes before the tables that refer to it.
"""

from dataclasses import dataclass

from mottagning.storage.sync_envelope import CLINIC, JOURNAL

EDITABLE, MEMBERSHIP, INSERT_ONLY = "editable", "membership", "insert-only"
PRESENT = "_present"
# Kept by the program, not typed by anyone: two values are no conflict, the later stands.
BOOKKEEPING = frozenset({"updated_at"})


@dataclass(frozen=True)
class SyncedTable:
    name: str
    key: tuple[str, ...]
    kind: str
    channel: str


SYNCED_TABLES = (
    SyncedTable("users", ("id",), EDITABLE, CLINIC),
    SyncedTable("clinic_settings", ("key",), EDITABLE, CLINIC),
    SyncedTable("staff_keys", ("id",), EDITABLE, CLINIC),
    SyncedTable("clients", ("id",), EDITABLE, CLINIC),
    SyncedTable("client_target_groups", ("client_id", "target_group"), MEMBERSHIP, CLINIC),
    SyncedTable("client_counselors", ("client_id", "user_id"), MEMBERSHIP, CLINIC),
    SyncedTable("client_identity_history", ("id",), INSERT_ONLY, CLINIC),
    SyncedTable("concern_considerations", ("id",), EDITABLE, CLINIC),
    SyncedTable("rooms", ("id",), EDITABLE, CLINIC),
    SyncedTable("absences", ("id",), EDITABLE, CLINIC),
    SyncedTable("appointment_series", ("id",), EDITABLE, CLINIC),
    SyncedTable("appointments", ("id",), EDITABLE, CLINIC),
    SyncedTable("appointment_counselors", ("appointment_id", "user_id"), MEMBERSHIP, CLINIC),
    SyncedTable("waiting_list", ("id",), EDITABLE, CLINIC),
    SyncedTable("anonymous_contacts", ("id",), INSERT_ONLY, CLINIC),
    SyncedTable("units", ("id",), EDITABLE, CLINIC),
    SyncedTable("legal_grounds", ("id",), EDITABLE, CLINIC),
    SyncedTable("outward_work", ("id",), EDITABLE, CLINIC),
    SyncedTable("outward_work_staff", ("work_id", "user_id"), MEMBERSHIP, CLINIC),
    SyncedTable("access_log", ("id",), INSERT_ONLY, CLINIC),
    SyncedTable("log_reviews", ("id",), INSERT_ONLY, CLINIC),
    SyncedTable("journal_notes", ("id",), EDITABLE, JOURNAL),
    SyncedTable("journal_note_versions", ("id",), INSERT_ONLY, JOURNAL),
    SyncedTable("journal_amendments", ("id",), INSERT_ONLY, JOURNAL),
    SyncedTable("treatment_plans", ("id",), INSERT_ONLY, JOURNAL),
    SyncedTable("measure_results", ("id",), INSERT_ONLY, JOURNAL),
    SyncedTable("emergency_accesses", ("id",), EDITABLE, JOURNAL),
    SyncedTable("disclosure_bases", ("id",), EDITABLE, JOURNAL),
    SyncedTable("letter_documents", ("id",), INSERT_ONLY, JOURNAL),
    SyncedTable("disclosures", ("id",), INSERT_ONLY, JOURNAL),
    SyncedTable("letters", ("id",), EDITABLE, JOURNAL),
    SyncedTable("access_reviews", ("id",), EDITABLE, JOURNAL),
    SyncedTable("access_review_items", ("id",), EDITABLE, JOURNAL),
)
BY_NAME = {table.name: table for table in SYNCED_TABLES}

# Tables that stay on each PC by design.
LOCAL_TABLES = {
    "meta": "this database's own facts: its origin (the device id), its clock, its"
    " connection to the server, its schema and trust anchors",
    "user_preferences": "a person's choices on this PC (full names shown, journal order)",
    "client_search": "the search index, derived from the clients on each PC",
    "sync_guard": "the sync's own bookkeeping on this PC",
    "sync_dirty": "the sync's own bookkeeping on this PC",
    "sync_baseline": "the sync's own bookkeeping on this PC",
    "sync_fields": "the sync's own bookkeeping on this PC",
    "sync_outbox": "the sync's own bookkeeping on this PC",
    "sync_applied": "the sync's own bookkeeping on this PC",
    "sync_cursor": "the sync's own bookkeeping on this PC",
    "sync_versions": "the sync's own bookkeeping on this PC",
    "sync_conflicts": "the sync's own bookkeeping on this PC",
}

# Tables that ought to travel and do not yet: each PC keeps its own (README).
NOT_SYNCED_YET = {
    "retention_exemptions": "retention is refused on a workstation that syncs (the server and"
    " the other PCs would keep the records); a purge that travels is not built",
    "retention_purges": "written only by a purge, which a workstation that syncs refuses",
    "opening_hours": "rewritten whole (deleted and inserted) when saved: rows that vanish"
    " need a deletion that merges, not built",
    "opening_exceptions": "closed days and changed hours, rewritten whole like opening_hours",
    "letter_templates": "its version numbers are unique: two PCs saving a template apart"
    " would both take the next one",
    "yearly_reports": "one frozen report per period (unique): two PCs freezing the same"
    " year apart would collide",
}


@dataclass(frozen=True)
class UniqueField:
    """A unique column two replicas can both fill with one value while apart.
    The row with the greater id takes the value with a piece of its id
    (`suffix`), on every replica alike; `folded` is a column kept in step."""

    table: str
    column: str
    suffix: str
    max_length: int | None = None
    folded: str | None = None


UNIQUE_FIELDS = (
    UniqueField("clients", "alias", " ({})", folded="alias_folded"),
    UniqueField("users", "username", ".{}", max_length=32),
)
UNIQUE_BY_TABLE = {field.table: field for field in UNIQUE_FIELDS}
