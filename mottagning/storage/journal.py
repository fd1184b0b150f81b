"""Journal notes, their history and amendments, plans and emergency accesses.

Signed notes and amendments are indexed for full-text search (FTS5, words,
diacritics kept); drafts are not indexed while they are typed, because they
change with every keystroke.
"""

import json
import re
from datetime import date, datetime
from typing import Any

from mottagning.models.journal import (
    Amendment,
    AmendmentKind,
    Author,
    DraftSummary,
    DraftVersion,
    EmergencyAccess,
    JournalNote,
    NoteStatus,
    NoteType,
    PlannedMeasure,
    SearchHit,
    TreatmentPlan,
)
from mottagning.storage.codec import from_db_time, optional_time, to_db_time
from mottagning.storage.database import Database, Row

_NOTE = (
    "id, client_id, appointment_id, note_type, note_date, body, author_id, author_name,"
    " author_title, author_role, status, created_at, updated_at, signed_at"
)
_AMENDMENT = (
    "id, note_id, kind, body, reason, author_id, author_name, author_title, author_role, created_at"
)
_WORD = re.compile(r"\w+", re.UNICODE)


def _author(row: Row) -> Author:
    return Author(row["author_id"], row["author_name"], row["author_title"], row["author_role"])


def _note(row: Row, amendments: tuple[Amendment, ...] = ()) -> JournalNote:
    return JournalNote(
        id=row["id"],
        client_id=row["client_id"],
        appointment_id=row["appointment_id"],
        note_type=NoteType(row["note_type"]),
        note_date=date.fromisoformat(row["note_date"]),
        body=row["body"],
        author=_author(row),
        status=NoteStatus(row["status"]),
        created_at=from_db_time(row["created_at"]),
        updated_at=from_db_time(row["updated_at"]),
        signed_at=optional_time(row["signed_at"]),
        amendments=amendments,
    )


def _amendment(row: Row) -> Amendment:
    return Amendment(
        id=row["id"],
        note_id=row["note_id"],
        kind=AmendmentKind(row["kind"]),
        body=row["body"],
        reason=row["reason"],
        author=_author(row),
        created_at=from_db_time(row["created_at"]),
    )


def fts_query(text: str) -> str:
    """Words of `text` as an FTS5 query: every word must occur, each as a prefix.

    Quoting each word keeps FTS5 syntax (AND, NEAR, "*") typed by the user
    from being interpreted."""
    words = _WORD.findall(text)
    return " ".join(f'"{word}"*' for word in words)


class JournalRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    # --- Notes ------------------------------------------------------------------------

    def add_note(self, note: JournalNote) -> None:
        self._db.execute(
            f"INSERT INTO journal_notes ({_NOTE}) VALUES ({', '.join('?' * 14)})",
            (
                note.id,
                note.client_id,
                note.appointment_id,
                note.note_type.value,
                note.note_date.isoformat(),
                note.body,
                note.author.user_id,
                note.author.name,
                note.author.title,
                note.author.role,
                note.status.value,
                to_db_time(note.created_at),
                to_db_time(note.updated_at),
                to_db_time(note.signed_at) if note.signed_at else None,
            ),
        )
        if note.status is NoteStatus.SIGNED:  # imported already signed: searchable at once
            self._index(note.id, note.client_id, note.author.user_id, note.body)

    def save_draft(
        self, note_id: str, body: str, note_type: NoteType, note_date: date, now: datetime
    ) -> None:
        """The draft as typed. A signed note is refused by a trigger, as a last line."""
        self._db.execute(
            "UPDATE journal_notes SET body = ?, note_type = ?, note_date = ?, updated_at = ?"
            " WHERE id = ? AND status = 'draft'",
            (body, note_type.value, note_date.isoformat(), to_db_time(now), note_id),
        )

    def sign(self, note_id: str, author: Author, now: datetime) -> None:
        self._db.execute(
            "UPDATE journal_notes SET status = 'signed', signed_at = ?, updated_at = ?,"
            " author_name = ?, author_title = ?, author_role = ? WHERE id = ? AND status = 'draft'",
            (to_db_time(now), to_db_time(now), author.name, author.title, author.role, note_id),
        )
        row = self._db.query_one(
            "SELECT client_id, author_id, body FROM journal_notes WHERE id = ?", (note_id,)
        )
        if row is not None:
            self._index(note_id, row["client_id"], row["author_id"], row["body"])

    def note(self, note_id: str) -> JournalNote | None:
        row = self._db.query_one(f"SELECT {_NOTE} FROM journal_notes WHERE id = ?", (note_id,))
        if row is None:
            return None
        return _note(row, tuple(self._amendments_of([note_id]).get(note_id, ())))

    def client_notes(self, client_id: str) -> list[JournalNote]:
        """Every note of a client with its amendments, in journal order: two queries,
        however many notes there are."""
        rows = self._db.query(
            f"SELECT {_NOTE} FROM journal_notes WHERE client_id = ? ORDER BY note_date, created_at",
            (client_id,),
        )
        amendments = self._amendments_of_client(client_id)
        return [_note(row, tuple(amendments.get(row["id"], ()))) for row in rows]

    def _amendments_of(self, note_ids: list[str]) -> dict[str, list[Amendment]]:
        if not note_ids:
            return {}
        rows = self._db.query(
            f"SELECT {_AMENDMENT} FROM journal_amendments WHERE note_id IN"
            f" ({', '.join('?' * len(note_ids))}) ORDER BY created_at, rowid",
            note_ids,
        )
        return _grouped(rows)

    def _amendments_of_client(self, client_id: str) -> dict[str, list[Amendment]]:
        rows = self._db.query(
            f"SELECT {', '.join('a.' + c.strip() for c in _AMENDMENT.split(','))}"
            " FROM journal_amendments a JOIN journal_notes n ON n.id = a.note_id"
            " WHERE n.client_id = ? ORDER BY a.created_at, a.rowid",
            (client_id,),
        )
        return _grouped(rows)

    def drafts(
        self, author_id: str | None = None, older_than: datetime | None = None
    ) -> list[DraftSummary]:
        clauses, params = ["status = 'draft'"], []
        if author_id is not None:
            clauses.append("author_id = ?")
            params.append(author_id)
        if older_than is not None:
            clauses.append("created_at < ?")
            params.append(to_db_time(older_than))
        rows = self._db.query(
            "SELECT id, client_id, author_id, note_type, note_date, updated_at, created_at"
            f" FROM journal_notes WHERE {' AND '.join(clauses)} ORDER BY created_at, rowid",
            params,
        )
        return [
            DraftSummary(
                row["id"],
                row["client_id"],
                row["author_id"],
                NoteType(row["note_type"]),
                date.fromisoformat(row["note_date"]),
                from_db_time(row["updated_at"]),
                from_db_time(row["created_at"]),
            )
            for row in rows
        ]

    def count_notes(self) -> int:
        return int(self._db.scalar("SELECT count(*) FROM journal_notes"))

    # --- History and amendments -------------------------------------------------------

    def add_version(self, version_id: str, note_id: str, version: DraftVersion) -> None:
        self._db.execute(
            "INSERT INTO journal_note_versions (id, note_id, body, saved_at, saved_by)"
            " VALUES (?, ?, ?, ?, ?)",
            (version_id, note_id, version.body, to_db_time(version.saved_at), version.saved_by),
        )

    def versions(self, note_id: str) -> list[DraftVersion]:
        rows = self._db.query(
            "SELECT body, saved_at, saved_by FROM journal_note_versions WHERE note_id = ?"
            " ORDER BY saved_at, rowid",
            (note_id,),
        )
        return [DraftVersion(r["body"], from_db_time(r["saved_at"]), r["saved_by"]) for r in rows]

    def last_version_body(self, note_id: str) -> str | None:
        value = self._db.scalar(
            "SELECT body FROM journal_note_versions WHERE note_id = ?"
            " ORDER BY saved_at DESC, rowid DESC LIMIT 1",
            (note_id,),
        )
        return None if value is None else str(value)

    def add_amendment(self, amendment: Amendment, client_id: str) -> None:
        self._db.execute(
            f"INSERT INTO journal_amendments ({_AMENDMENT}) VALUES ({', '.join('?' * 10)})",
            (
                amendment.id,
                amendment.note_id,
                amendment.kind.value,
                amendment.body,
                amendment.reason,
                amendment.author.user_id,
                amendment.author.name,
                amendment.author.title,
                amendment.author.role,
                to_db_time(amendment.created_at),
            ),
        )
        self._index(amendment.note_id, client_id, amendment.author.user_id, amendment.body)

    # --- Search -----------------------------------------------------------------------

    def _index(self, note_id: str, client_id: str, author_id: str, body: str) -> None:
        """Index a signed text; its owner goes beside it in an ordinary table first,
        and the index row takes the same number."""
        self._db.execute(
            "INSERT INTO journal_search_rows (note_id, client_id) VALUES (?, ?)",
            (note_id, client_id),
        )
        self._db.execute(
            "INSERT INTO journal_search (rowid, note_id, client_id, author_id, body)"
            " VALUES (last_insert_rowid(), ?, ?, ?, ?)",
            (note_id, client_id, author_id, body),
        )

    def search(self, text: str, client_ids: list[str], limit: int = 100) -> list[SearchHit]:
        """Signed notes and amendments of `client_ids` with every word of `text`,
        newest first, a note once however many of its parts match."""
        query = fts_query(text)
        if not query or not client_ids:
            return []
        marks = ", ".join("?" * len(client_ids))
        # Only row numbers leave the full-text index here, checked against the
        # clients' rows (`+`: as a set, not one index lookup per number), so the
        # cost follows the searcher's notes rather than every match in the clinic.
        rows = self._db.query(
            "SELECT r.search_rowid, r.note_id, r.client_id, n.note_date"
            " FROM journal_search s"
            " JOIN journal_search_rows r ON r.search_rowid = s.rowid"
            " JOIN journal_notes n ON n.id = r.note_id"
            " WHERE journal_search MATCH ? AND +s.rowid IN (SELECT search_rowid"
            f" FROM journal_search_rows WHERE client_id IN ({marks}))"
            " ORDER BY n.note_date DESC, r.search_rowid DESC",
            [query, *client_ids],
        )
        chosen: dict[str, Row] = {}
        for row in rows:
            if len(chosen) == limit:
                break
            chosen.setdefault(row["note_id"], row)
        snippets = self._snippets(query, [row["search_rowid"] for row in chosen.values()])
        return [
            SearchHit(
                row["note_id"],
                row["client_id"],
                date.fromisoformat(row["note_date"]),
                snippets.get(row["search_rowid"], ""),
            )
            for row in chosen.values()
        ]

    def _snippets(self, query: str, search_rowids: list[int]) -> dict[int, str]:
        """The matching words in context, only for the hits that are shown."""
        if not search_rowids:
            return {}
        # `+rowid`: one pass over the matches. Seeking each row instead costs a
        # walk of the whole index per row for a prefix query (ours all are).
        rows = self._db.query(
            "SELECT rowid AS search_rowid, snippet(journal_search, 3, '[', ']', '…', 12) AS snippet"
            " FROM journal_search"
            f" WHERE journal_search MATCH ? AND +rowid IN ({', '.join('?' * len(search_rowids))})",
            [query, *search_rowids],
        )
        return {int(row["search_rowid"]): str(row["snippet"]) for row in rows}

    def search_drafts(self, text: str, author_id: str, client_ids: list[str]) -> list[SearchHit]:
        """One's own drafts that contain every word (drafts are not indexed)."""
        words = [w.casefold() for w in _WORD.findall(text)]
        if not words or not client_ids:
            return []
        marks = ", ".join("?" * len(client_ids))
        rows = self._db.query(
            "SELECT id, client_id, note_date, body FROM journal_notes WHERE status = 'draft'"
            f" AND author_id = ? AND client_id IN ({marks})",
            [author_id, *client_ids],
        )
        hits = []
        for row in rows:
            folded = row["body"].casefold()
            if all(word in folded for word in words):
                at = folded.find(words[0])
                excerpt = row["body"][max(0, at - 30) : at + 60]
                hits.append(
                    SearchHit(
                        row["id"], row["client_id"], date.fromisoformat(row["note_date"]), excerpt
                    )
                )
        return hits

    # --- Emergency access -------------------------------------------------------------

    def add_emergency_access(self, access: EmergencyAccess) -> None:
        self._db.execute(
            "INSERT INTO emergency_accesses (id, client_id, user_id, reason, granted_at,"
            " expires_at) VALUES (?, ?, ?, ?, ?, ?)",
            (
                access.id,
                access.client_id,
                access.user_id,
                access.reason,
                to_db_time(access.granted_at),
                to_db_time(access.expires_at),
            ),
        )

    def has_emergency_access(self, user_id: str, client_id: str, now: datetime) -> bool:
        return self.emergency_access_at(user_id, client_id, now) is not None

    def emergency_access_at(
        self, user_id: str, client_id: str, now: datetime
    ) -> EmergencyAccess | None:
        """The user's emergency access to the client in force at `now` (the latest)."""
        rows = self._db.query(
            "SELECT id, client_id, user_id, reason, granted_at, expires_at, reviewed_at,"
            " reviewed_by, review_note FROM emergency_accesses WHERE user_id = ?"
            " AND client_id = ? AND granted_at <= ? AND expires_at > ?"
            " ORDER BY granted_at DESC LIMIT 1",
            (user_id, client_id, to_db_time(now), to_db_time(now)),
        )
        return _emergency_access(rows[0]) if rows else None

    def emergency_accesses(self, *, unreviewed_only: bool = False) -> list[EmergencyAccess]:
        where = "WHERE reviewed_at IS NULL" if unreviewed_only else ""
        rows = self._db.query(
            "SELECT id, client_id, user_id, reason, granted_at, expires_at, reviewed_at,"
            f" reviewed_by, review_note FROM emergency_accesses {where} ORDER BY granted_at DESC"
        )
        return [_emergency_access(r) for r in rows]

    def review_emergency_access(
        self, access_id: str, reviewer: str, note: str, now: datetime
    ) -> None:
        self._db.execute(
            "UPDATE emergency_accesses SET reviewed_at = ?, reviewed_by = ?, review_note = ?"
            " WHERE id = ? AND reviewed_at IS NULL",
            (to_db_time(now), reviewer, note, access_id),
        )

    # --- Treatment plans --------------------------------------------------------------

    def add_plan(self, plan: TreatmentPlan) -> None:
        self._db.execute(
            "INSERT INTO treatment_plans (id, client_id, goals, interventions, measures,"
            " review_date, author_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                plan.id,
                plan.client_id,
                plan.goals,
                plan.interventions,
                json.dumps([m.__dict__ for m in plan.measures]),
                plan.review_date.isoformat() if plan.review_date else None,
                plan.author_id,
                to_db_time(plan.created_at),
            ),
        )

    def plans(self, client_id: str) -> list[TreatmentPlan]:
        """Every version of the client's plan, the newest last."""
        rows = self._db.query(
            "SELECT id, client_id, goals, interventions, measures, review_date, author_id,"
            " created_at FROM treatment_plans WHERE client_id = ? ORDER BY created_at, rowid",
            (client_id,),
        )
        return [_plan(row) for row in rows]


def _emergency_access(row: Row) -> EmergencyAccess:
    return EmergencyAccess(
        row["id"],
        row["client_id"],
        row["user_id"],
        row["reason"],
        from_db_time(row["granted_at"]),
        from_db_time(row["expires_at"]),
        optional_time(row["reviewed_at"]),
        row["reviewed_by"],
        row["review_note"],
    )


def _plan(row: Row) -> TreatmentPlan:
    measures: list[dict[str, Any]] = json.loads(row["measures"])
    return TreatmentPlan(
        id=row["id"],
        client_id=row["client_id"],
        goals=row["goals"],
        interventions=row["interventions"],
        measures=tuple(
            PlannedMeasure(m["instrument_id"], int(m["every_sessions"])) for m in measures
        ),
        review_date=date.fromisoformat(row["review_date"]) if row["review_date"] else None,
        author_id=row["author_id"],
        created_at=from_db_time(row["created_at"]),
    )


def _grouped(rows: list[Row]) -> dict[str, list[Amendment]]:
    grouped: dict[str, list[Amendment]] = {}
    for row in rows:
        grouped.setdefault(row["note_id"], []).append(_amendment(row))
    return grouped
