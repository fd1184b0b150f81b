"""Measures taken in the benchmark's own process through the real services
(no Qt): key derivation, opening a session, search as you type, saving and
signing notes, and the query set. Timings are in milliseconds."""

from collections.abc import Callable, Mapping
from functools import partial

from bench.build import LEAD, PASSWORD
from bench.queries import SEARCH_LIMIT, Query
from bench.stats import timed
from mottagning.models.journal import NoteType
from mottagning.services.authentication import Authenticator
from mottagning.services.clock import SystemClock
from mottagning.services.credentials import Credential
from mottagning.services.session import Session
from mottagning.storage.files import ClinicFiles

MS = 1000.0
DRAFT_TEXT = (
    "Klienten kommer i tid och berättar att veckan har varit lugnare än vanligt. "
    "Vi går igenom strategier för att hantera oro, bland annat andningsövningar, "
    "och återkommer till målen i planen inför nästa samtal om en vecka."
)


def ms(call: Callable[[], object]) -> float:
    return MS * timed(call)[0]


def gate(files: ClinicFiles) -> Authenticator:
    return Authenticator(files, SystemClock(), workstation="BENCH")


def key_derivation(files: ClinicFiles, username: str, runs: int) -> list[float]:
    """Authenticator.check_password: the Argon2id derivation and the slot unwrap."""
    authenticator = gate(files)
    return [ms(partial(authenticator.check_password, username, PASSWORD)) for _ in range(runs)]


def key_to_session(files: ClinicFiles, credential: Credential, runs: int) -> list[float]:
    """Authenticator.open_session from a proven key: open, migrate check, log in.
    A fresh Authenticator each time, so the database is opened each time."""
    times = []
    for _ in range(runs):
        authenticator = gate(files)
        try:
            seconds, session = timed(partial(authenticator.open_session, credential))
            times.append(MS * seconds)
            session.logout()
        finally:
            authenticator.close()
    return times


def search_keystrokes(session: Session, texts: tuple[str, ...]) -> list[float]:
    """One ClientService.search per keystroke, as the register page searches."""
    times = []
    for text in texts:
        for end in range(1, len(text) + 1):
            times.append(ms(partial(session.clients.search, text[:end], SEARCH_LIMIT)))
    return times


def save_draft(session: Session, client_id: str) -> list[float]:
    """A note typed word by word, the draft saved after each word (as the editor does)."""
    note = session.journal.start_note(client_id, NoteType.SESSION)
    times = []
    body = note.body
    for word in DRAFT_TEXT.split():
        body = f"{body} {word}"
        times.append(ms(partial(session.journal.save_draft, note.id, body)))
    session.journal.end_writing_session(note.id)
    return times


def sign(session: Session, client_id: str, notes: int) -> list[float]:
    """JournalService.sign on finished drafts of the big record."""
    times = []
    for n in range(notes):
        note = session.journal.start_note(client_id, NoteType.SESSION)
        session.journal.save_draft(note.id, f"{note.body}\n{DRAFT_TEXT} ({n})")
        times.append(ms(partial(session.journal.sign, note.id)))
    return times


def query_times(queries: Mapping[str, Query]) -> dict[str, float]:
    """One run of every query in the set."""
    return {name: ms(query) for name, query in queries.items()}


def yearly_numbers(files: ClinicFiles, year: int, years_before: int, runs: int) -> list[float]:
    """YearlyNumbersService.compute for one calendar year as the clinic lead:
    the SQL counts, the outcomes rescored, the suppression and its checks;
    `years_before` earlier years beside it (each computed and suppressed too)."""
    from mottagning.i18n import untranslated  # noqa: PLC0415
    from mottagning.models.yearly_numbers import Period, StatisticsSettings  # noqa: PLC0415

    authenticator = gate(files)
    try:
        session = authenticator.login(LEAD, PASSWORD)
        numbers = session.yearly_numbers
        numbers.update_settings(StatisticsSettings(years_before=years_before))
        times = [ms(partial(numbers.compute, Period.year(year), untranslated)) for _ in range(runs)]
        session.logout()
    finally:
        authenticator.close()
    return times
