"""What the retention review reads (each record's last entry, its identity and
home municipality) and keeps (record exemptions, purge records)."""

import json
import uuid
from dataclasses import dataclass
from datetime import date, datetime

from mottagning.models.clients import Strand
from mottagning.models.retention import PurgeRecord
from mottagning.storage.codec import from_db_time, to_db_time
from mottagning.storage.database import Database

# Every dated entry of a record, as (client, ISO date or time). A record's last
# entry is the latest of them; a later change of the register row counts too
# (closing a record is an entry).
_ENTRIES = """
    SELECT id AS client_id, updated_at AS at FROM clients
    UNION ALL SELECT client_id, max(note_date, updated_at, coalesce(signed_at, ''))
        FROM journal_notes
    UNION ALL SELECT n.client_id, a.created_at FROM journal_amendments a
        JOIN journal_notes n ON n.id = a.note_id
    UNION ALL SELECT client_id, starts_at FROM appointments WHERE client_id IS NOT NULL
    UNION ALL SELECT client_id, max(administered_on, created_at) FROM measure_results
    UNION ALL SELECT client_id, created_at FROM treatment_plans
    UNION ALL SELECT client_id, max(sent_on, coalesce(reply_received_on, '')) FROM letters
    UNION ALL SELECT client_id, recorded_at FROM disclosure_bases
    UNION ALL SELECT client_id, added_at FROM waiting_list
"""


@dataclass(frozen=True)
class RecordFacts:
    """What the rules look at for one client record."""

    client_id: str
    alias: str
    strand: Strand
    closed: bool
    identity_kind: str | None
    identity_number: str | None
    home_municipality: str
    last_entry: date
    # Other data on the person still in use: a booking to come, a waiting-list
    # place, an unanswered report-of-concern consideration, a record extract not
    # yet released, an emergency access not yet reviewed.
    pending: bool


class RetentionRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    def facts(self, today: date) -> list[RecordFacts]:
        rows = self._db.query(
            f"""
            WITH entries AS ({_ENTRIES}),
            latest AS (SELECT client_id, max(substr(at, 1, 10)) AS last FROM entries
                       GROUP BY client_id)
            SELECT c.id, c.alias, c.strand, c.status, c.identity_kind, c.identity_number,
                   c.home_municipality, latest.last AS last,
                   EXISTS (SELECT 1 FROM appointments a WHERE a.client_id = c.id
                           AND substr(a.starts_at, 1, 10) >= :today
                           AND a.status = 'booked')
                   OR EXISTS (SELECT 1 FROM waiting_list w WHERE w.client_id = c.id
                           AND w.removed_at IS NULL)
                   OR EXISTS (SELECT 1 FROM concern_considerations k WHERE k.client_id = c.id
                           AND k.answer IS NULL)
                   OR EXISTS (SELECT 1 FROM access_reviews r WHERE r.client_id = c.id
                           AND r.released_at IS NULL)
                   OR EXISTS (SELECT 1 FROM emergency_accesses e WHERE e.client_id = c.id
                           AND e.reviewed_at IS NULL) AS pending
            FROM clients c JOIN latest ON latest.client_id = c.id
            ORDER BY latest.last, c.alias
            """,
            {"today": today.isoformat()},
        )
        return [
            RecordFacts(
                row["id"],
                row["alias"],
                Strand(row["strand"]),
                row["status"] == "closed",
                row["identity_kind"],
                row["identity_number"],
                row["home_municipality"],
                date.fromisoformat(row["last"]),
                bool(row["pending"]),
            )
            for row in rows
        ]

    def syncing(self) -> bool:
        """Whether this replica syncs with a clinic server (sync_guard)."""
        return bool(self._db.scalar("SELECT capturing FROM sync_guard"))

    # --- Record exemptions --------------------------------------------------------

    def exemptions(self) -> dict[str, str]:
        rows = self._db.query("SELECT client_id, reason FROM retention_exemptions")
        return {str(row["client_id"]): str(row["reason"]) for row in rows}

    def exempt(self, client_id: str, reason: str, user_id: str, now: datetime) -> None:
        self._db.execute(
            "INSERT INTO retention_exemptions (client_id, reason, decided_by, decided_at)"
            " VALUES (?, ?, ?, ?) ON CONFLICT (client_id) DO UPDATE SET reason = excluded.reason,"
            " decided_by = excluded.decided_by, decided_at = excluded.decided_at",
            (client_id, reason, user_id, to_db_time(now)),
        )

    def lift_exemption(self, client_id: str) -> bool:
        return (
            self._db.execute("DELETE FROM retention_exemptions WHERE client_id = ?", (client_id,))
            > 0
        )

    # --- Purge records ------------------------------------------------------------

    def add_purge(
        self,
        now: datetime,
        rule: dict[str, object],
        records: int,
        rows_by_kind: dict[str, int],
        purged_by: str,
        confirmed_by: str | None,
    ) -> PurgeRecord:
        record = PurgeRecord(
            str(uuid.uuid4()), now, rule, records, rows_by_kind, purged_by, confirmed_by
        )
        self._db.execute(
            "INSERT INTO retention_purges (id, purged_at, rule, records, rows_by_kind,"
            " purged_by, confirmed_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                record.id,
                to_db_time(now),
                json.dumps(rule, sort_keys=True, ensure_ascii=False),
                records,
                json.dumps(rows_by_kind, sort_keys=True),
                purged_by,
                confirmed_by,
            ),
        )
        return record

    def purges(self) -> list[PurgeRecord]:
        rows = self._db.query(
            "SELECT id, purged_at, rule, records, rows_by_kind, purged_by, confirmed_by"
            " FROM retention_purges ORDER BY purged_at DESC"
        )
        return [
            PurgeRecord(
                row["id"],
                from_db_time(row["purged_at"]),
                json.loads(row["rule"]),
                int(row["records"]),
                json.loads(row["rows_by_kind"]),
                row["purged_by"],
                row["confirmed_by"],
            )
            for row in rows
        ]
