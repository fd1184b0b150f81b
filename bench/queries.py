"""The query set: the reads behind the main screens, through the real
repositories (their SQL and their row mapping), on any Database.

It runs on the encrypted clinic and on its plain copy (the encryption cost),
and on each size (growth). Repositories, not services: services write to the
access log, which would make the two databases drift apart as they run.
"""

from collections.abc import Callable
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from bench.dataset import Dataset
from mottagning.models.access_log import LogQuery
from mottagning.models.clients import ClientStatus
from mottagning.storage.access_log import AccessLogRepository
from mottagning.storage.calendar import CalendarRepository
from mottagning.storage.clients import ClientRepository, digits
from mottagning.storage.database import Database
from mottagning.storage.journal import JournalRepository
from mottagning.storage.journal_cipher import JournalCipher
from mottagning.storage.journal_search import JournalSearch
from mottagning.storage.measures import MeasureRepository
from mottagning.storage.settings import SettingsRepository

Query = Callable[[], object]
SEARCH_LIMIT = 200  # the register page's: the bigger of the two searches as you type
JOURNAL_WORD = "strategier"  # common in the synthetic notes
CURRENT = frozenset({ClientStatus.WAITING, ClientStatus.ACTIVE})


def query_set(db: Database, data: Dataset, cipher: JournalCipher) -> dict[str, Query]:
    """Name -> a call that runs one query on `db` (names are stable JSON keys);
    `cipher` opens the journal, as a counselor's session would."""
    clients = ClientRepository(db)
    calendar = CalendarRepository(db)
    journal = JournalRepository(db, cipher)
    search = JournalSearch(db, cipher)
    log = AccessLogRepository(db, data.origin, "BENCH")
    zone = ZoneInfo(SettingsRepository(db).clinic_settings().time_zone)
    start = datetime.combine(data.mondays[1], time(0), zone)  # last week: a full one
    end = start + timedelta(days=7)
    counselor = frozenset({data.counselor_id})
    heavy = data.heavy_client_id
    name, number = data.name_text, digits(data.number_text)

    def clinic_week() -> object:
        visits = calendar.appointments_between(start, end)
        return clients.summaries_by_id({v.client_id for v in visits if v.client_id})

    return {
        "search_name": lambda: clients.search([[w.casefold()] for w in name.split()], SEARCH_LIMIT),
        "search_identity": lambda: clients.search([[number]], SEARCH_LIMIT),
        "register": lambda: clients.summaries(statuses=CURRENT),
        "week_counselor": lambda: calendar.appointments_between(
            start, end, counselor_ids=counselor
        ),
        "week_clinic": clinic_week,
        "client_record": lambda: (clients.get(heavy), calendar.client_appointments(heavy)),
        "client_notes": lambda: journal.client_notes(heavy),
        "client_questionnaires": lambda: MeasureRepository(db, cipher).for_client(heavy),
        "journal_search": lambda: search.signed(JOURNAL_WORD, list(data.own_client_ids)),
        "access_log_page": lambda: log.query(LogQuery(limit=500)),
        "access_log_client": lambda: log.query(LogQuery(client_id=heavy, limit=500)),
    }


LABELS = {
    "search_name": "search a name",
    "search_identity": "search an identity number",
    "register": "register, waiting and active",
    "week_counselor": "week of one counselor",
    "week_clinic": "week of the whole clinic",
    "client_record": "big record: client and visits",
    "client_notes": "big record: journal notes",
    "client_questionnaires": "big record: questionnaires",
    "journal_search": "journal search, own clients",
    "access_log_page": "access log, first page",
    "access_log_client": "access log of one client",
}
