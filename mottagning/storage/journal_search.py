"""Searching the journal: within one client's notes or across one's own
clients, every word of the query as the start of a word in the text.

The journal's texts are sealed under the journal key (journal_cipher.py), so
no full-text index can hold them without leaking them to whoever holds the
database key. A search opens the searcher's own clients' notes and looks
through them in memory: the cost grows with one's own caseload, not with the
clinic, and nothing searchable is ever written to disk.
"""

import re
from collections.abc import Iterable, Iterator
from datetime import date

from mottagning.models.journal import SearchHit
from mottagning.storage.database import Database, Row
from mottagning.storage.journal import AMENDMENT_BODY, NOTE_BODY
from mottagning.storage.journal_cipher import JournalSeal

_WORD = re.compile(r"\w+", re.UNICODE)
_CONTEXT_WORDS = 12  # words of context shown around what matched, as before
_CHUNK = 500  # client ids per query


def query_words(text: str) -> list[str]:
    return [word.casefold() for word in _WORD.findall(text)]


def matches(words: list[str], text: str) -> bool:
    """Whether every query word starts a word of `text` (case folded)."""
    # Case folding is per character, so a word that starts a folded token is
    # also in the folded text: most texts are ruled out without splitting them.
    folded = text.casefold()
    if not all(word in folded for word in words):
        return False
    tokens = [token.casefold() for token in _WORD.findall(text)]
    return all(any(token.startswith(word) for token in tokens) for word in words)


def snippet(words: list[str], text: str) -> str:
    """The matching words in context, marked [like this], with … where cut."""
    found = list(_WORD.finditer(text))
    hit = next(
        (i for i, m in enumerate(found) if any(m[0].casefold().startswith(w) for w in words)), 0
    )
    first = max(0, hit - _CONTEXT_WORDS // 3)
    last = min(len(found), first + _CONTEXT_WORDS)
    if not found:
        return ""
    pieces = []
    for match in found[first:last]:
        word = match[0]
        marked = any(word.casefold().startswith(w) for w in words)
        pieces.append(f"[{word}]" if marked else word)
    return ("…" if first > 0 else "") + " ".join(pieces) + ("…" if last < len(found) else "")


class JournalSearch:
    def __init__(self, database: Database, journal: JournalSeal) -> None:
        self._db = database
        self._journal = journal

    def signed(self, text: str, client_ids: list[str], limit: int = 100) -> list[SearchHit]:
        """Signed notes of `client_ids` where the note or one of its addenda or
        corrections holds every word, newest first, a note once."""
        words = query_words(text)
        if not words or not client_ids:
            return []
        amendments = self._amendment_texts(client_ids)
        hits: list[SearchHit] = []
        for row in self._notes(client_ids, "signed"):
            texts = [self._journal.open(NOTE_BODY, row["id"], row["body"])]
            texts += amendments.get(row["id"], [])
            found = next((t for t in texts if matches(words, t)), None)
            if found is not None:
                hits.append(_hit(row, snippet(words, found)))
                if len(hits) == limit:
                    break
        return hits

    def drafts(self, text: str, author_id: str, client_ids: list[str]) -> list[SearchHit]:
        """One's own drafts of `client_ids` that hold every word."""
        words = query_words(text)
        if not words or not client_ids:
            return []
        hits = []
        for row in self._notes(client_ids, "draft", author_id):
            body = self._journal.open(NOTE_BODY, row["id"], row["body"])
            if matches(words, body):
                hits.append(_hit(row, snippet(words, body)))
        return hits

    def _notes(
        self, client_ids: list[str], status: str, author_id: str | None = None
    ) -> Iterator[Row]:
        author = " AND author_id = ?" if author_id else ""
        rows: list[Row] = []
        for chunk in _chunks(client_ids):
            rows += self._db.query(
                "SELECT id, client_id, note_date, created_at, body FROM journal_notes"
                f" WHERE status = ?{author} AND client_id IN ({', '.join('?' * len(chunk))})",
                [status, *([author_id] if author_id else []), *chunk],
            )
        rows.sort(key=lambda r: (r["note_date"], r["created_at"]), reverse=True)
        yield from rows

    def _amendment_texts(self, client_ids: list[str]) -> dict[str, list[str]]:
        texts: dict[str, list[str]] = {}
        for chunk in _chunks(client_ids):
            rows = self._db.query(
                "SELECT a.id, a.note_id, a.body FROM journal_amendments a"
                " JOIN journal_notes n ON n.id = a.note_id"
                f" WHERE n.client_id IN ({', '.join('?' * len(chunk))})",
                chunk,
            )
            for row in rows:
                body = self._journal.open(AMENDMENT_BODY, row["id"], row["body"])
                texts.setdefault(row["note_id"], []).append(body)
        return texts


def _hit(row: Row, excerpt: str) -> SearchHit:
    return SearchHit(row["id"], row["client_id"], date.fromisoformat(row["note_date"]), excerpt)


def _chunks(ids: list[str]) -> Iterable[list[str]]:
    for start in range(0, len(ids), _CHUNK):
        yield ids[start : start + _CHUNK]
