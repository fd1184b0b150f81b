"""Journal notes, their draft history, and addenda and corrections.

Every text is sealed under the journal key (journal_cipher.py) and bound to
its row; what a scheduler's work needs (that a note exists, its date, type,
author, status) stays readable with the database key alone.
"""

from datetime import date, datetime

from mottagning.models.journal import (
    Amendment,
    AmendmentKind,
    Author,
    DraftSummary,
    DraftVersion,
    JournalNote,
    NoteStatus,
    NoteType,
)
from mottagning.storage.codec import from_db_time, optional_time, to_db_time
from mottagning.storage.database import Database, Row
from mottagning.storage.journal_cipher import JournalSeal

_NOTE = (
    "id, client_id, appointment_id, note_type, note_date, body, author_id, author_name,"
    " author_title, author_role, status, created_at, updated_at, signed_at"
)
_AMENDMENT = (
    "id, note_id, kind, body, reason, author_id, author_name, author_title, author_role, created_at"
)
NOTE_BODY, VERSION_BODY = "journal_notes.body", "journal_note_versions.body"
AMENDMENT_BODY, AMENDMENT_REASON = "journal_amendments.body", "journal_amendments.reason"


def _author(row: Row) -> Author:
    return Author(row["author_id"], row["author_name"], row["author_title"], row["author_role"])


def _note(row: Row, body: str, amendments: tuple[Amendment, ...] = ()) -> JournalNote:
    return JournalNote(
        id=row["id"],
        client_id=row["client_id"],
        appointment_id=row["appointment_id"],
        note_type=NoteType(row["note_type"]),
        note_date=date.fromisoformat(row["note_date"]),
        body=body,
        author=_author(row),
        status=NoteStatus(row["status"]),
        created_at=from_db_time(row["created_at"]),
        updated_at=from_db_time(row["updated_at"]),
        signed_at=optional_time(row["signed_at"]),
        amendments=amendments,
    )


def _amendment(row: Row, journal: JournalSeal) -> Amendment:
    return Amendment(
        id=row["id"],
        note_id=row["note_id"],
        kind=AmendmentKind(row["kind"]),
        body=journal.open(AMENDMENT_BODY, row["id"], row["body"]),
        reason=journal.open(AMENDMENT_REASON, row["id"], row["reason"]),
        author=_author(row),
        created_at=from_db_time(row["created_at"]),
    )


class JournalRepository:
    def __init__(self, database: Database, journal: JournalSeal) -> None:
        self._db = database
        self._journal = journal

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
                self._journal.seal(NOTE_BODY, note.id, note.body),
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

    def save_draft(
        self, note_id: str, body: str, note_type: NoteType, note_date: date, now: datetime
    ) -> None:
        """The draft as typed. A signed note is refused by a trigger, as a last line."""
        self._db.execute(
            "UPDATE journal_notes SET body = ?, note_type = ?, note_date = ?, updated_at = ?"
            " WHERE id = ? AND status = 'draft'",
            (
                self._journal.seal(NOTE_BODY, note_id, body),
                note_type.value,
                note_date.isoformat(),
                to_db_time(now),
                note_id,
            ),
        )

    def sign(self, note_id: str, author: Author, now: datetime) -> None:
        self._db.execute(
            "UPDATE journal_notes SET status = 'signed', signed_at = ?, updated_at = ?,"
            " author_name = ?, author_title = ?, author_role = ? WHERE id = ? AND status = 'draft'",
            (to_db_time(now), to_db_time(now), author.name, author.title, author.role, note_id),
        )

    def note(self, note_id: str) -> JournalNote | None:
        row = self._db.query_one(f"SELECT {_NOTE} FROM journal_notes WHERE id = ?", (note_id,))
        if row is None:
            return None
        amendments = tuple(self._amendments_of([note_id]).get(note_id, ()))
        return _note(row, self._journal.open(NOTE_BODY, row["id"], row["body"]), amendments)

    def client_notes(self, client_id: str) -> list[JournalNote]:
        """Every note of a client with its amendments, in journal order: two queries,
        however many notes there are."""
        rows = self._db.query(
            f"SELECT {_NOTE} FROM journal_notes WHERE client_id = ? ORDER BY note_date, created_at",
            (client_id,),
        )
        amendments = self._amendments_of_client(client_id)
        return [
            _note(
                row,
                self._journal.open(NOTE_BODY, row["id"], row["body"]),
                tuple(amendments.get(row["id"], ())),
            )
            for row in rows
        ]

    def _amendments_of(self, note_ids: list[str]) -> dict[str, list[Amendment]]:
        if not note_ids:
            return {}
        rows = self._db.query(
            f"SELECT {_AMENDMENT} FROM journal_amendments WHERE note_id IN"
            f" ({', '.join('?' * len(note_ids))}) ORDER BY created_at, rowid",
            note_ids,
        )
        return self._grouped(rows)

    def _amendments_of_client(self, client_id: str) -> dict[str, list[Amendment]]:
        rows = self._db.query(
            f"SELECT {', '.join('a.' + c.strip() for c in _AMENDMENT.split(','))}"
            " FROM journal_amendments a JOIN journal_notes n ON n.id = a.note_id"
            " WHERE n.client_id = ? ORDER BY a.created_at, a.rowid",
            (client_id,),
        )
        return self._grouped(rows)

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

    # --- History and amendments -------------------------------------------------------

    def add_version(self, version_id: str, note_id: str, version: DraftVersion) -> None:
        self._db.execute(
            "INSERT INTO journal_note_versions (id, note_id, body, saved_at, saved_by)"
            " VALUES (?, ?, ?, ?, ?)",
            (
                version_id,
                note_id,
                self._journal.seal(VERSION_BODY, version_id, version.body),
                to_db_time(version.saved_at),
                version.saved_by,
            ),
        )

    def versions(self, note_id: str) -> list[DraftVersion]:
        rows = self._db.query(
            "SELECT id, body, saved_at, saved_by FROM journal_note_versions WHERE note_id = ?"
            " ORDER BY saved_at, rowid",
            (note_id,),
        )
        return [
            DraftVersion(
                self._journal.open(VERSION_BODY, r["id"], r["body"]),
                from_db_time(r["saved_at"]),
                r["saved_by"],
            )
            for r in rows
        ]

    def last_version_body(self, note_id: str) -> str | None:
        row = self._db.query_one(
            "SELECT id, body FROM journal_note_versions WHERE note_id = ?"
            " ORDER BY saved_at DESC, rowid DESC LIMIT 1",
            (note_id,),
        )
        return None if row is None else self._journal.open(VERSION_BODY, row["id"], row["body"])

    def add_amendment(self, amendment: Amendment) -> None:
        self._db.execute(
            f"INSERT INTO journal_amendments ({_AMENDMENT}) VALUES ({', '.join('?' * 10)})",
            (
                amendment.id,
                amendment.note_id,
                amendment.kind.value,
                self._journal.seal(AMENDMENT_BODY, amendment.id, amendment.body),
                self._journal.seal(AMENDMENT_REASON, amendment.id, amendment.reason),
                amendment.author.user_id,
                amendment.author.name,
                amendment.author.title,
                amendment.author.role,
                to_db_time(amendment.created_at),
            ),
        )

    def _grouped(self, rows: list[Row]) -> dict[str, list[Amendment]]:
        grouped: dict[str, list[Amendment]] = {}
        for row in rows:
            grouped.setdefault(row["note_id"], []).append(_amendment(row, self._journal))
        return grouped
