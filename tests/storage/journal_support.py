"""Helpers for the journal and outcome-measure tests: short ways to write a
signed note, assign counselors, answer a PHQ-9 with a given total, and find
note text that leaked into the access log."""

import dataclasses
from collections.abc import Iterable

from mottagning.models.access_log import LogEntry
from mottagning.models.clients import Client
from mottagning.models.journal import JournalNote, NoteType
from mottagning.services.session import Session
from tests.storage.reception import edited


def signed_note(
    session: Session, client_id: str, text: str, note_type: NoteType = NoteType.SESSION
) -> JournalNote:
    """A note written and signed by `session`'s user."""
    draft = session.journal.start_note(client_id, note_type, body=text)
    return session.journal.sign(draft.id)


def assign(lead: Session, client: Client, *user_ids: str) -> Client:
    """Give the client (also) these counselors."""
    counselors = client.counselor_ids | frozenset(user_ids)
    changed, _ = lead.clients.update(client.id, edited(client, counselor_ids=counselors))
    return changed


def phq9(total: int, item9: int = 0) -> list[int]:
    """PHQ-9 answers (0-3 each) adding up to `total`, item 9 as given."""
    rest = total - item9
    assert 0 <= rest <= 24, total
    answers = []
    for _ in range(8):
        answer = min(3, rest)
        answers.append(answer)
        rest -= answer
    return [*answers, item9]


def leaked(entries: Iterable[LogEntry], texts: Iterable[str]) -> list[str]:
    """The texts, or their longer words, that appear in any field of the log entries."""
    fields = [str(value) for entry in entries for value in dataclasses.astuple(entry)]
    found = []
    for text in texts:
        for word in {text, *(word.strip(".,:") for word in text.split() if len(word) >= 6)}:
            found += [word for field in fields if word.casefold() in field.casefold()]
    return found
