"""What the benchmarks need to know about a built clinic, read once up front:
row counts, the big record and its counselor, realistic search texts, weeks.

Facts are read straight from the database (opened with the key from the
lead's key slot), not through a session, so reading them logs nothing.
"""

import random
import shutil
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from bench.build import LEAD, PASSWORD, TABLES
from mottagning.services.authentication import Authenticator
from mottagning.services.clock import SystemClock
from mottagning.storage.database import Database
from mottagning.storage.files import ClinicFiles
from mottagning.storage.journal_cipher import JournalCipher
from mottagning.storage.settings import MetaRepository, SettingsRepository

WEEKS = 4  # this week and the three before: full weeks of visits
SEARCH_SEED = 5  # the same clients are looked up on every run of a dataset


@dataclass(frozen=True)
class Dataset:
    size: str
    files: ClinicFiles
    rows: dict[str, int]
    database_bytes: int
    heavy_client_id: str  # the client with the biggest record
    heavy_notes: int
    heavy_questionnaires: int
    counselor_id: str  # the heavy client's counselor: the benchmarks sign in as them
    counselor_username: str
    origin: str  # of the access log
    own_client_ids: tuple[str, ...]  # the counselor's clients (journal search)
    search_texts: tuple[str, ...]
    mondays: tuple[date, ...]  # newest first

    @property
    def name_text(self) -> str:
        """A client's first and last name, as typed."""
        return next(t for t in self.search_texts if " " in t and not any(c.isdigit() for c in t))

    @property
    def number_text(self) -> str:
        """An identity number, as typed."""
        return next(t for t in self.search_texts if sum(c.isdigit() for c in t) == 10)

    def describe(self) -> dict[str, object]:
        return {
            "size": self.size,
            "folder": str(self.files.data_dir),
            "rows": self.rows,
            "database_bytes": self.database_bytes,
            "heavy_client": {
                "notes": self.heavy_notes,
                "questionnaires": self.heavy_questionnaires,
            },
            "signed_in_as": self.counselor_username,
            "search_texts": list(self.search_texts),
            "weeks": [monday.isoformat() for monday in self.mondays],
        }


def working_copy(source: Path, target: Path) -> Path:
    """Logging in writes to the access log: the benchmarks run on a copy."""
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("logs", "*.lock"))
    return target


def database_key(files: ClinicFiles) -> bytes:
    gate = Authenticator(files, SystemClock(), workstation="BENCH")
    return gate.check_password(LEAD, PASSWORD).database_key


def journal_cipher(files: ClinicFiles) -> JournalCipher:
    """The journal key, as the lead's slot holds it (the query set opens notes)."""
    gate = Authenticator(files, SystemClock(), workstation="BENCH")
    key = gate.check_password(LEAD, PASSWORD).bundle.journal_key
    assert key is not None, "the bench lead's slot holds the journal key"
    return JournalCipher(key)


def load(size: str, files: ClinicFiles) -> Dataset:
    db = Database.open(files.database, database_key(files))
    try:
        return _facts(size, files, db)
    finally:
        db.close()


def _facts(size: str, files: ClinicFiles, db: Database) -> Dataset:
    rows = {table: int(db.scalar(f"SELECT count(*) FROM {table}")) for table in TABLES}
    heavy = db.query_one(
        "SELECT client_id, count(*) AS notes FROM journal_notes"
        " GROUP BY client_id ORDER BY notes DESC LIMIT 1"
    )
    if heavy is None:
        raise ValueError(f"{files.data_dir}: no journal notes; build the clinic with bench.build")
    client_id = str(heavy["client_id"])
    counselor = db.query_one(
        "SELECT u.id, u.username FROM client_counselors cc JOIN users u ON u.id = cc.user_id"
        " WHERE cc.client_id = ? ORDER BY u.username LIMIT 1",
        (client_id,),
    )
    if counselor is None:
        raise ValueError(f"{files.data_dir}: the biggest record has no counselor")
    own = db.query("SELECT client_id FROM client_counselors WHERE user_id = ?", (counselor["id"],))
    zone = ZoneInfo(SettingsRepository(db).clinic_settings().time_zone)
    today = datetime.now(zone).date()
    monday = today - timedelta(days=today.weekday())
    return Dataset(
        size=size,
        files=files,
        rows=rows,
        database_bytes=files.database.stat().st_size,
        heavy_client_id=client_id,
        heavy_notes=int(heavy["notes"]),
        heavy_questionnaires=int(
            db.scalar("SELECT count(*) FROM measure_results WHERE client_id = ?", (client_id,))
        ),
        counselor_id=str(counselor["id"]),
        counselor_username=str(counselor["username"]),
        origin=MetaRepository(db).origin(),
        own_client_ids=tuple(str(row["client_id"]) for row in own),
        search_texts=_search_texts(db),
        mondays=tuple(monday - timedelta(weeks=n) for n in range(WEEKS)),
    )


def _search_texts(db: Database) -> tuple[str, ...]:
    """What a receptionist types: aliases, first and last names, 10-digit
    identity numbers with and without the dash, phone numbers as written, a
    surname alone, and a name nobody has."""
    rng = random.Random(SEARCH_SEED)
    clients = db.query(
        "SELECT alias, first_name, last_name, identity_kind, identity_number, phone"
        " FROM clients ORDER BY alias"
    )
    named = [c for c in clients if c["first_name"] and c["last_name"]]
    numbered = [c for c in clients if c["identity_kind"] in ("personnummer", "samordningsnummer")]
    phoned = [c for c in clients if c["phone"]]
    texts = [c["alias"] for c in rng.sample(clients, min(3, len(clients)))]
    texts += [f"{c['first_name']} {c['last_name']}" for c in rng.sample(named, min(3, len(named)))]
    for n, c in enumerate(rng.sample(numbered, min(3, len(numbered)))):
        ten = str(c["identity_number"])[2:]
        texts.append(f"{ten[:6]}-{ten[6:]}" if n else ten)
    texts += [c["phone"] for c in rng.sample(phoned, min(2, len(phoned)))]
    texts += [c["last_name"] for c in rng.sample(named, min(1, len(named)))]
    texts.append("Zebulon Quist")  # no such client: every keystroke misses
    return tuple(str(text) for text in texts)
