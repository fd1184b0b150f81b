"""Measures taken in the benchmark's own process through the real services
(no Qt): key derivation, opening a session, search as you type, saving and
signing notes, the query set, and replacing the clinic's keys. Timings are in milliseconds."""

import shutil
import time
from collections.abc import Callable, Mapping
from functools import partial
from pathlib import Path

from bench.build import LEAD, PASSWORD
from bench.queries import SEARCH_LIMIT, Query
from bench.stats import timed
from mottagning.models.consent import (
    BasisDetails,
    BasisKind,
    ConsentForm,
    Recipient,
    Scope,
    UnitDetails,
    UnitType,
)
from mottagning.models.journal import NoteType
from mottagning.models.letters import Include, ReferralDraft
from mottagning.reports.pages import page_images
from mottagning.services.authentication import Authenticator
from mottagning.services.clock import SystemClock
from mottagning.services.credentials import Credential
from mottagning.services.session import Session
from mottagning.storage.address_book import AddressBookRepository
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


def referral(session: Session, client_id: str, runs: int) -> tuple[list[float], list[float]]:
    """(render, preview): ReferralService.preview of a two-page referral with the
    record's questionnaires; and that plus the page images the preview shows.
    The unit and the consent it needs are written first (the run works on a copy)."""
    unit_id = "bench-unit"
    AddressBookRepository(session.clinic.db).save_unit(
        unit_id,
        UnitDetails("Beroendemottagningen", UnitType.ADDICTION_CARE, "Box 1\n411 01 Staden"),
        session.clinic.clock.now(),
        session.user.id,
    )
    session.consents.record(
        client_id,
        BasisDetails(
            BasisKind.CONSENT,
            Recipient(unit_id),
            frozenset({Scope.IDENTITY, Scope.ASSESSMENTS, Scope.QUESTIONNAIRES}),
            "Bedömning",
            session.clinic.today(),
            form=ConsentForm.ORAL,
        ),
    )
    draft = ReferralDraft(
        client_id,
        unit_id,
        None,
        "Bedömning av alkoholbruk?",
        DRAFT_TEXT * 8,
        DRAFT_TEXT * 4,
        frozenset({Include.QUESTIONNAIRES}),
    )
    session.referrals.preview(draft)  # the fonts are read once per process
    render = [ms(partial(session.referrals.preview, draft)) for _ in range(runs)]
    preview = [ms(lambda: page_images(session.referrals.preview(draft).pdf)) for _ in range(runs)]
    return render, preview


def key_rotation(files: ClinicFiles, scratch: Path, runs: int) -> tuple[list[float], list[float]]:
    """Replacing the clinic's keys as the lead does (Authenticator.rotate_keys:
    the database copied under new keys, the journal re-sealed, checked and put
    in place, the lead logged in again), and, as its floor, copying the database
    file with shutil.copyfile. Each rotation writes a new database: run it last."""
    rotations, copies = [], []
    for _ in range(runs):
        target = scratch / "copied.db"
        copies.append(ms(partial(shutil.copyfile, files.database, target)))
        target.unlink()
        authenticator = gate(files)
        try:
            lead = authenticator.login(LEAD, PASSWORD)
            started = time.perf_counter()
            _, fresh = authenticator.rotate_keys(lead, PASSWORD, _no_progress)
            rotations.append(MS * (time.perf_counter() - started))
            fresh.logout()
        finally:
            authenticator.close()
    return rotations, copies


def _no_progress(_fraction: float, _step: str) -> None:
    pass


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
