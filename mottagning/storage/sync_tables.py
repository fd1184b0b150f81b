"""Which tables travel, how they merge, and on which channel.

- editable: merged per field by version (HLC); a change on both sides since the
  common version is a conflict kept with both values;
- membership: rows of a set (a client's counselors), present or absent, merged
  as one field "_present" like any other;
- insert-only: written once, never changed (signed log entries, draft history,
  addenda and corrections, plan versions, questionnaire results): they never
  conflict.

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
    SyncedTable("staff_keys", ("id",), EDITABLE, CLINIC),
    SyncedTable("clients", ("id",), EDITABLE, CLINIC),
    SyncedTable("client_target_groups", ("client_id", "target_group"), MEMBERSHIP, CLINIC),
    SyncedTable("client_counselors", ("client_id", "user_id"), MEMBERSHIP, CLINIC),
    SyncedTable("rooms", ("id",), EDITABLE, CLINIC),
    SyncedTable("appointment_series", ("id",), EDITABLE, CLINIC),
    SyncedTable("appointments", ("id",), EDITABLE, CLINIC),
    SyncedTable("appointment_counselors", ("appointment_id", "user_id"), MEMBERSHIP, CLINIC),
    SyncedTable("access_log", ("id",), INSERT_ONLY, CLINIC),
    SyncedTable("journal_notes", ("id",), EDITABLE, JOURNAL),
    SyncedTable("journal_note_versions", ("id",), INSERT_ONLY, JOURNAL),
    SyncedTable("journal_amendments", ("id",), INSERT_ONLY, JOURNAL),
    SyncedTable("treatment_plans", ("id",), INSERT_ONLY, JOURNAL),
    SyncedTable("measure_results", ("id",), INSERT_ONLY, JOURNAL),
)
BY_NAME = {table.name: table for table in SYNCED_TABLES}
