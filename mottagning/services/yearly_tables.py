"""The yearly numbers of one period before suppression: each table's counts
by row and column key, and the relations between cells that a reader of the
published tables can use (the suppression must hold against them all).

Cells are named "table|row|column". The persons of tables 1, 2, 4 are the
same persons (each table adds up to table 1's deduplicated total), which is
how the relations link the tables. Table 6a's persons are not: a client may
be referred on in a year without an attended contact in it (from the waiting
list, say), so nothing ties them to table 1."""

import statistics
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from math import ceil
from zoneinfo import ZoneInfo

from mottagning.models.calendar import ContactForm
from mottagning.models.clients import (
    AgeBand,
    ConcernAnswer,
    ConcernReason,
    Gender,
    ReferralSource,
    TargetGroup,
)
from mottagning.models.consent import UnitType
from mottagning.models.outward_work import Audience, OutwardKind
from mottagning.models.yearly_numbers import StatisticsSettings
from mottagning.reports.yearly.suppression import Relation, at_most, same, total_of
from mottagning.scoring import ChangeCategory, ScoreResult, classify_change
from mottagning.services.measures import scored
from mottagning.storage.codec import from_db_time
from mottagning.storage.consents import CONTENT
from mottagning.storage.journal_cipher import JournalSeal
from mottagning.storage.yearly_numbers import Bounds, YearlyNumbersRepository

STRANDS = ("mika", "kast", "all")
T1_MEASURES = ("new", "continuing", "total", "anonymous")
GROUP_ROWS = (*(g.value for g in TargetGroup), "none", "all")
GENDER_ROWS = tuple(g.value for g in Gender)
AGE_ROWS = (*(a.value for a in AgeBand), "unknown")
MERGED_AGE = {"18_24": "18_34", "25_34": "18_34", "35_49": "35_plus", "50_plus": "35_plus"}
MERGED_AGE_ROWS = ("under_18", "18_34", "35_plus", "unknown")
REFERRAL_ROWS = (*(r.value for r in ReferralSource), "not_stated")
SESSION_ROWS = ("1", "2_5", "6_10", "11_20", "21_plus", "all")
FORM_ROWS = (*(f.value for f in ContactForm), "all")
FORM_COLUMNS = ("attended", "persons", "no_shows", "cancelled", "anonymous")
OUTCOME_COLUMNS = ("n", *(c.value for c in ChangeCategory), "not_classifiable")
RECIPIENT_ROWS = (*(t.value for t in UnitType), "all")
RECIPIENT_COLUMNS = ("referrals", "persons")
CONCERN_ROWS = (*(a.value for a in ConcernAnswer), "pending", "all")
CONCERN_COLUMNS = (*(r.value for r in ConcernReason), "all")
WAIT_ROWS = STRANDS
WAIT_COLUMNS = ("persons", "median", "p90")
WORK_COLUMNS = ("activities", "participants", "hours")
KIND_ROWS = (*(k.value for k in OutwardKind), "all")
AUDIENCE_ROWS = (*(a.value for a in Audience), "all")
OTHER_MUNICIPALITY, UNKNOWN_MUNICIPALITY = "\x00other", "\x00unknown"


def cid(table: str, row: str, column: str) -> str:
    return f"{table}|{row}|{column}"


@dataclass
class RawTable:
    key: str
    rows: tuple[str, ...]
    columns: tuple[str, ...]
    values: dict[tuple[str, str], float] = field(default_factory=dict)
    suppressed: bool = True
    medians: frozenset[str] = frozenset()  # columns of order statistics, not counts
    persons_column: str = ""  # the count a median column is over

    def get(self, row: str, column: str) -> float:
        return self.values.get((row, column), 0)

    def add(self, row: str, column: str, amount: float) -> None:
        self.values[(row, column)] = self.values.get((row, column), 0) + amount


@dataclass
class PeriodNumbers:
    tables: list[RawTable]
    relations: list[Relation]

    def counts(self) -> dict[str, int]:
        """Every cell the suppression looks after, by name."""
        return {
            cid(t.key, row, column): int(t.get(row, column))
            for t in self.tables
            if t.suppressed
            for row in t.rows
            for column in t.columns
            if column not in t.medians
        }


@dataclass(frozen=True)
class Choices:
    """Rows that depend on the data, chosen once for every period of a report."""

    municipalities: tuple[str, ...]
    instruments: tuple[str, ...]


def choose_municipalities(
    repo: YearlyNumbersRepository, bounds: Bounds, settings: StatisticsSettings
) -> tuple[str, ...]:
    """The agreement municipalities, or else those with at least the threshold of
    persons in the chosen period; the others are merged into one row."""
    if settings.agreement_municipalities:
        return settings.agreement_municipalities
    totals: dict[str, int] = defaultdict(int)
    for row in repo.persons_by("municipality", bounds):
        if row["key"]:
            totals[row["key"]] += row["n"]
    return tuple(sorted(name for name, n in totals.items() if n >= settings.threshold))


def _municipality_row(name: str, chosen: Sequence[str]) -> str:
    if not name:
        return UNKNOWN_MUNICIPALITY
    folded = {c.casefold(): c for c in chosen}
    return folded.get(name.strip().casefold(), OTHER_MUNICIPALITY)


def _by_strand(table: RawTable, row: str, strand: str, n: float) -> None:
    table.add(row, strand, n)
    table.add(row, "all", n)


def _strand_relations(
    table: RawTable, rows: Iterable[str], total_row: str | None
) -> list[Relation]:
    """MIKA + KAST = all in every row; rows add up to `total_row` in every column."""
    relations = [
        total_of(
            cid(table.key, row, "all"), [cid(table.key, row, "mika"), cid(table.key, row, "kast")]
        )
        for row in table.rows
    ]
    if total_row is not None:
        for column in table.columns:
            relations.append(
                total_of(
                    cid(table.key, total_row, column), [cid(table.key, r, column) for r in rows]
                )
            )
    return relations


def outcomes(
    repo: YearlyNumbersRepository,
    bounds: Bounds,
    journal: JournalSeal,
    scores: dict[str, ScoreResult] | None = None,
) -> dict[str, dict[str, int]]:
    """instrument -> column -> persons (table 5), rescored with the scoring
    engine from the answers as recorded. `scores` keeps the scoring of each
    administration between the periods of one report (results never change)."""
    scores = {} if scores is None else scores
    series: dict[tuple[str, str], list[tuple[date, ScoreResult]]] = defaultdict(list)
    for row in repo.measured_series(bounds):
        result = scores.get(row["id"])
        if result is None:
            answers = journal.open_json("measure_results.answers", row["id"], row["answers"])
            result = scored(Gender(row["gender"]), row["instrument_id"], answers)
            scores[row["id"]] = result
        series[(row["client_id"], row["instrument_id"])].append(
            (date.fromisoformat(row["administered_on"]), result)
        )
    table: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for (_, instrument_id), results in series.items():
        usable = [(day, result) for day, result in results if result.scorable]
        if len(usable) < 2 or usable[-1][0] < bounds.first:
            continue
        change = classify_change(instrument_id, usable[0][1], usable[-1][1])
        column = change.category.value if change.category else "not_classifiable"
        table[instrument_id]["n"] += 1
        table[instrument_id][column] += 1
    return {k: dict(v) for k, v in table.items()}


def referrals(
    repo: YearlyNumbersRepository,
    bounds: Bounds,
    journal: JournalSeal,
    units: dict[str, str | None] | None = None,
) -> list[tuple[str, str]]:
    """(client id, recipient type) of each referral letter sent in the period
    (table 6a). The recipient's unit is named only in the sealed content of the
    basis that let the letter go: each basis is opened once (`units` keeps the
    unit of each basis between the periods of one report), for counting only;
    the type is the address book's. A person named by the basis, not a unit of
    the address book, is of the type "other"."""
    units = {} if units is None else units
    types = repo.unit_types()
    found = []
    for row in repo.referral_letters(bounds):
        basis_id = row["basis_id"]
        if basis_id is not None and basis_id not in units:
            units[basis_id] = journal.open_json(CONTENT, basis_id, row["content"])["unit_id"]
        unit = units.get(basis_id) if basis_id is not None else None
        kind = types.get(unit, UnitType.OTHER.value) if unit else UnitType.OTHER.value
        found.append((row["client_id"], kind if kind in RECIPIENT_ROWS else UnitType.OTHER.value))
    return found


def nearest_rank(values: Sequence[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[max(1, ceil(fraction * len(ordered))) - 1]


def _persons_table(
    repo: YearlyNumbersRepository, bounds: Bounds, relations: list[Relation]
) -> RawTable:
    """1: persons by target group, MIKA and KAST apart and together."""
    t1 = RawTable("1", GROUP_ROWS, tuple(f"{s}.{m}" for s in STRANDS for m in T1_MEASURES))
    rows = [(r["target_group"] or "none", r) for r in repo.persons_by_target_group(bounds)]
    rows += [("all", r) for r in repo.persons_by_strand(bounds)]
    for key, row in rows:
        for measure in T1_MEASURES:
            t1.add(key, f"{row['strand']}.{measure}", row[measure])
            t1.add(key, f"all.{measure}", row[measure])
    groups = [r for r in GROUP_ROWS if r != "all"]
    for row_key in t1.rows:
        for strand in STRANDS:
            prefix = f"{strand}."
            relations.append(
                total_of(
                    cid("1", row_key, prefix + "total"),
                    [cid("1", row_key, prefix + "new"), cid("1", row_key, prefix + "continuing")],
                )
            )
            relations.append(
                at_most(
                    cid("1", row_key, prefix + "anonymous"), cid("1", row_key, prefix + "total")
                )
            )
        for measure in T1_MEASURES:
            relations.append(
                total_of(
                    cid("1", row_key, f"all.{measure}"),
                    [cid("1", row_key, f"{s}.{measure}") for s in ("mika", "kast")],
                )
            )
    for strand in STRANDS:
        for measure in T1_MEASURES:
            everyone = cid("1", "all", f"{strand}.{measure}")
            parts = [cid("1", g, f"{strand}.{measure}") for g in groups]
            relations.extend(at_most(part, everyone) for part in parts)
            # Everyone is in at least one row (no target group: "none").
            relations.append(Relation(((everyone, 1), *((p, -1) for p in parts)), equal=False))
    return t1


def build(
    repo: YearlyNumbersRepository,
    bounds: Bounds,
    settings: StatisticsSettings,
    choices: Choices,
    outcome_counts: dict[str, dict[str, int]],
    referred: Sequence[tuple[str, str]],
    zone: ZoneInfo,
) -> PeriodNumbers:
    """The period's tables; `outcome_counts` and `referred` come from sealed
    records, opened by the caller (see outcomes() and referrals())."""
    relations: list[Relation] = []
    tables = [
        _persons_table(repo, bounds, relations),
        *_distributions(repo, bounds, settings, choices, relations),
        _contacts_table(repo, bounds, relations),
        _sessions_table(repo, bounds, relations),
        _outcomes_table(choices, outcome_counts, relations),
        _referrals_table(referred, relations),
        _concern_table(repo, bounds, relations),
        _waiting_table(repo, bounds, zone, relations),
        *_outward_tables(repo, bounds),
    ]
    return PeriodNumbers(tables, relations)


def _persons_total(strand: str) -> str:
    return cid("1", "all", f"{strand}.total")


def _distributions(
    repo: YearlyNumbersRepository,
    bounds: Bounds,
    settings: StatisticsSettings,
    choices: Choices,
    relations: list[Relation],
) -> list[RawTable]:
    """2a-2d: the same persons by gender, age band, municipality, referral source."""
    age_rows = MERGED_AGE_ROWS if settings.merge_age_bands else AGE_ROWS
    municipality_rows = (*choices.municipalities, OTHER_MUNICIPALITY, UNKNOWN_MUNICIPALITY)

    def age(key: str) -> str:
        return MERGED_AGE.get(key, key) if settings.merge_age_bands else key

    def municipality(key: str) -> str:
        return _municipality_row(key, choices.municipalities)

    distributions: tuple[tuple[str, str, tuple[str, ...], Callable[[str], str]], ...] = (
        ("2a", "gender", GENDER_ROWS, str),
        ("2b", "age", age_rows, age),
        ("2c", "municipality", municipality_rows, municipality),
        ("2d", "referral", REFERRAL_ROWS, str),
    )
    tables = []
    for key, column, rows, place in distributions:
        table = RawTable(key, (*rows, "all"), STRANDS)
        for row in repo.persons_by(column, bounds):
            _by_strand(table, place(row["key"]), row["strand"], row["n"])
            _by_strand(table, "all", row["strand"], row["n"])
        relations.extend(_strand_relations(table, rows, "all"))
        relations.extend(same(cid(key, "all", s), _persons_total(s)) for s in STRANDS)
        tables.append(table)
    return tables


def _contacts_table(
    repo: YearlyNumbersRepository, bounds: Bounds, relations: list[Relation]
) -> RawTable:
    """3: contacts by contact form."""
    t3 = RawTable("3", FORM_ROWS, FORM_COLUMNS)
    for row in repo.contacts_by_form(bounds):
        for column in ("attended", "persons", "no_shows", "cancelled"):
            t3.add(row["contact_form"], column, row[column])
            if column != "persons":
                t3.add("all", column, row[column])
    t3.values[("all", "persons")] = repo.persons_reached(bounds)
    for row in repo.anonymous_contacts_by_form(bounds):
        t3.add(row["contact_form"], "anonymous", row["n"])
        t3.add("all", "anonymous", row["n"])
    forms = [r for r in FORM_ROWS if r != "all"]
    for column in ("attended", "no_shows", "cancelled", "anonymous"):
        relations.append(total_of(cid("3", "all", column), [cid("3", f, column) for f in forms]))
    everyone = cid("3", "all", "persons")
    relations.extend(at_most(cid("3", f, "persons"), everyone) for f in forms)
    relations.append(
        Relation(((everyone, 1), *((cid("3", f, "persons"), -1) for f in forms)), equal=False)
    )
    relations.extend(at_most(cid("3", f, "persons"), cid("3", f, "attended")) for f in FORM_ROWS)
    relations.append(same(everyone, _persons_total("all")))
    return t3


def _sessions_table(
    repo: YearlyNumbersRepository, bounds: Bounds, relations: list[Relation]
) -> RawTable:
    """4: attended contacts per person."""
    t4 = RawTable("4", SESSION_ROWS, STRANDS)
    for row in repo.sessions_per_person(bounds):
        _by_strand(t4, row["band"], row["strand"], row["n"])
        _by_strand(t4, "all", row["strand"], row["n"])
    relations.extend(_strand_relations(t4, SESSION_ROWS[:-1], "all"))
    relations.extend(same(cid("4", "all", s), _persons_total(s)) for s in STRANDS)
    return t4


def _outcomes_table(
    choices: Choices, outcome_counts: dict[str, dict[str, int]], relations: list[Relation]
) -> RawTable:
    """5: outcomes per questionnaire."""
    t5 = RawTable("5", choices.instruments, OUTCOME_COLUMNS)
    for instrument, counts in outcome_counts.items():
        for column, n in counts.items():
            t5.values[(instrument, column)] = n
    for instrument in choices.instruments:
        relations.append(
            total_of(
                cid("5", instrument, "n"), [cid("5", instrument, c) for c in OUTCOME_COLUMNS[1:]]
            )
        )
    return t5


def _referrals_table(referred: Sequence[tuple[str, str]], relations: list[Relation]) -> RawTable:
    """6a: referrals out by the recipient's type, and the unique persons referred."""
    t6 = RawTable("6a", RECIPIENT_ROWS, RECIPIENT_COLUMNS)
    persons: dict[str, set[str]] = defaultdict(set)
    for client_id, kind in referred:
        for row in (kind, "all"):
            t6.add(row, "referrals", 1)
            persons[row].add(client_id)
    for row, who in persons.items():
        t6.values[(row, "persons")] = len(who)
    kinds = RECIPIENT_ROWS[:-1]
    relations.append(
        total_of(cid("6a", "all", "referrals"), [cid("6a", k, "referrals") for k in kinds])
    )
    # A person referred to several types counts once in the total: the types'
    # persons add up to at least the total, each at most the total.
    everyone = cid("6a", "all", "persons")
    relations.extend(at_most(cid("6a", k, "persons"), everyone) for k in kinds)
    relations.append(
        Relation(((everyone, 1), *((cid("6a", k, "persons"), -1) for k in kinds)), equal=False)
    )
    relations.extend(
        at_most(cid("6a", r, "persons"), cid("6a", r, "referrals")) for r in RECIPIENT_ROWS
    )
    return t6


def _concern_table(
    repo: YearlyNumbersRepository, bounds: Bounds, relations: list[Relation]
) -> RawTable:
    """6b: reports of concern about minors."""
    t6 = RawTable("6b", CONCERN_ROWS, CONCERN_COLUMNS)
    for row in repo.concern_considerations(bounds):
        for r in (row["answer"], "all"):
            for c in (row["reason"], "all"):
                t6.add(r, c, row["n"])
    for r in CONCERN_ROWS:
        relations.append(
            total_of(cid("6b", r, "all"), [cid("6b", r, c) for c in CONCERN_COLUMNS[:-1]])
        )
    for c in CONCERN_COLUMNS:
        relations.append(
            total_of(cid("6b", "all", c), [cid("6b", r, c) for r in CONCERN_ROWS[:-1]])
        )
    return t6


def _waiting_table(
    repo: YearlyNumbersRepository, bounds: Bounds, zone: ZoneInfo, relations: list[Relation]
) -> RawTable:
    """7: waiting time from first contact to the first attended visit."""
    t7 = RawTable(
        "7", WAIT_ROWS, WAIT_COLUMNS, medians=frozenset({"median", "p90"}), persons_column="persons"
    )
    waits: dict[str, list[float]] = defaultdict(list)
    for row in repo.first_visits(bounds):
        if row["first_contact"] is None:
            continue
        visit_day = from_db_time(row["visit"]).astimezone(zone).date()
        days = max(0, (visit_day - date.fromisoformat(row["first_contact"])).days)
        waits[row["strand"]].append(days)
        waits["all"].append(days)
    for strand in STRANDS:
        days_list = waits.get(strand, [])
        t7.values[(strand, "persons")] = len(days_list)
        if days_list:
            t7.values[(strand, "median")] = float(statistics.median(days_list))
            t7.values[(strand, "p90")] = float(nearest_rank(days_list, 0.9))
    relations.append(
        total_of(cid("7", "all", "persons"), [cid("7", s, "persons") for s in ("mika", "kast")])
    )
    relations.extend(at_most(cid("7", s, "persons"), cid("1", "all", f"{s}.new")) for s in STRANDS)
    return t7


def _outward_tables(repo: YearlyNumbersRepository, bounds: Bounds) -> list[RawTable]:
    """8a-8b: outward work (about professionals, not clients: not suppressed)."""
    t8a = RawTable("8a", KIND_ROWS, WORK_COLUMNS, suppressed=False)
    t8b = RawTable("8b", AUDIENCE_ROWS, WORK_COLUMNS, suppressed=False)
    for row in repo.outward_work(bounds):
        for column in WORK_COLUMNS:
            for table, key in ((t8a, row["kind"]), (t8b, row["audience"])):
                table.add(key, column, row[column])
                table.add("all", column, row[column])
    return [t8a, t8b]
