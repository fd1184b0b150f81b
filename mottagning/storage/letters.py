"""Letters sent: the documents as sent (sealed), the append-only disclosure
log, and the letter register with its replies."""

import base64
import json
from datetime import date, datetime

from mottagning.models.letters import Channel, Disclosure, SentLetter
from mottagning.storage.codec import from_db_time, to_db_time
from mottagning.storage.database import Database, Row
from mottagning.storage.journal_cipher import JournalSeal

DOCUMENT = "letter_documents.document"
DETAILS = "disclosures.details"
RECIPIENT, REPLY_NOTE = "letters.recipient", "letters.reply_note"
_LETTER = (
    "id, client_id, kind, sender_id, sent_on, recipient, disclosure_id, note_id,"
    " reply_expected_by, reply_received_on, reply_note"
)


def _day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


class LetterRepository:
    def __init__(self, database: Database, journal: JournalSeal) -> None:
        self._db = database
        self._journal = journal

    # --- Documents --------------------------------------------------------------------

    def add_document(
        self, document_id: str, client_id: str, pdf: bytes, sha256: str, now: datetime
    ) -> None:
        """The PDF sealed like the journal (as base64 text, so a key rotation
        re-seals it with everything else)."""
        self._db.execute(
            "INSERT INTO letter_documents (id, client_id, document, sha256, created_at)"
            " VALUES (?, ?, ?, ?, ?)",
            (
                document_id,
                client_id,
                self._journal.seal(DOCUMENT, document_id, base64.b64encode(pdf).decode("ascii")),
                sha256,
                to_db_time(now),
            ),
        )

    def document(self, document_id: str) -> tuple[str, bytes] | None:
        """(client id, the PDF as sent)."""
        row = self._db.query_one(
            "SELECT client_id, document FROM letter_documents WHERE id = ?", (document_id,)
        )
        if row is None:
            return None
        text = self._journal.open(DOCUMENT, document_id, row["document"])
        return row["client_id"], base64.b64decode(text)

    # --- The disclosure log ---------------------------------------------------------

    def add_disclosure(self, disclosure: Disclosure) -> None:
        details = {
            "recipient": disclosure.recipient,
            "basis": disclosure.basis_text,
            "includes": list(disclosure.includes),
        }
        self._db.execute(
            "INSERT INTO disclosures (id, client_id, basis_id, channel, details, document_id,"
            " document_hash, user_id, disclosed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                disclosure.id,
                disclosure.client_id,
                disclosure.basis_id,
                disclosure.channel.value,
                self._journal.seal(DETAILS, disclosure.id, json.dumps(details, ensure_ascii=False)),
                disclosure.document_id,
                disclosure.document_hash,
                disclosure.user_id,
                to_db_time(disclosure.disclosed_at),
            ),
        )

    def disclosures(self, client_id: str) -> list[Disclosure]:
        rows = self._db.query(
            "SELECT id, client_id, basis_id, channel, details, document_id, document_hash,"
            " user_id, disclosed_at FROM disclosures WHERE client_id = ?"
            " ORDER BY disclosed_at, rowid",
            (client_id,),
        )
        found = []
        for row in rows:
            details = json.loads(self._journal.open(DETAILS, row["id"], row["details"]))
            found.append(
                Disclosure(
                    id=row["id"],
                    client_id=row["client_id"],
                    basis_id=row["basis_id"],
                    channel=Channel(row["channel"]),
                    recipient=details["recipient"],
                    basis_text=details["basis"],
                    includes=tuple(details["includes"]),
                    document_id=row["document_id"],
                    document_hash=row["document_hash"],
                    user_id=row["user_id"],
                    disclosed_at=from_db_time(row["disclosed_at"]),
                )
            )
        return found

    # --- The letter register ----------------------------------------------------------

    def add_letter(self, letter: SentLetter) -> None:
        self._db.execute(
            f"INSERT INTO letters ({_LETTER}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                letter.id,
                letter.client_id,
                letter.kind,
                letter.sender_id,
                letter.sent_on.isoformat(),
                self._journal.seal(RECIPIENT, letter.id, letter.recipient),
                letter.disclosure_id,
                letter.note_id,
                letter.reply_expected_by.isoformat() if letter.reply_expected_by else None,
                None,
                self._journal.seal(REPLY_NOTE, letter.id, ""),
            ),
        )

    def record_reply(self, letter_id: str, on: date, note: str, user_id: str) -> None:
        self._db.execute(
            "UPDATE letters SET reply_received_on = ?, reply_note = ?, reply_noted_by = ?"
            " WHERE id = ? AND reply_received_on IS NULL",
            (on.isoformat(), self._journal.seal(REPLY_NOTE, letter_id, note), user_id, letter_id),
        )

    def letter(self, letter_id: str) -> SentLetter | None:
        row = self._db.query_one(f"SELECT {_LETTER} FROM letters WHERE id = ?", (letter_id,))
        return None if row is None else self._letter(row)

    def letters(
        self,
        client_id: str | None = None,
        sender_id: str | None = None,
        awaiting_reply: bool = False,
    ) -> list[SentLetter]:
        clauses, params = [], []
        if client_id is not None:
            clauses.append("client_id = ?")
            params.append(client_id)
        if sender_id is not None:
            clauses.append("sender_id = ?")
            params.append(sender_id)
        if awaiting_reply:
            clauses.append("reply_received_on IS NULL AND reply_expected_by IS NOT NULL")
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self._db.query(
            f"SELECT {_LETTER} FROM letters{where} ORDER BY sent_on DESC, rowid DESC", params
        )
        return [self._letter(row) for row in rows]

    def _letter(self, row: Row) -> SentLetter:
        return SentLetter(
            id=row["id"],
            client_id=row["client_id"],
            kind=row["kind"],
            sender_id=row["sender_id"],
            sent_on=date.fromisoformat(row["sent_on"]),
            recipient=self._journal.open(RECIPIENT, row["id"], row["recipient"]),
            disclosure_id=row["disclosure_id"],
            note_id=row["note_id"],
            reply_expected_by=_day(row["reply_expected_by"]),
            reply_received_on=_day(row["reply_received_on"]),
            reply_note=self._journal.open(REPLY_NOTE, row["id"], row["reply_note"]),
        )
