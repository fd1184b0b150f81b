"""The counts behind the yearly numbers, in SQL over the clinic's own records,
and the final reports kept as they were published.

A period is given as UTC bounds of its first and last day at the clinic
(`start` included, `end` excluded: the visits' times) and as those local dates
(`first`, `last`: the columns that hold a date). A person counts in a period
with at least one attended contact in it (a visit marked attended or arrived).
"""

import hashlib
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from mottagning.storage.codec import to_db_time
from mottagning.storage.database import Database, Row

ATTENDED = "('attended', 'arrived')"
CANCELLED = "('cancelled_by_client', 'cancelled_by_clinic')"

# The persons of the period: one row each, with what the tables group by.
# Age: reached during the period's last year, from the birth year; else the
# band recorded when only an approximate age is known.
_PERSONS = f"""
WITH visits AS (
    SELECT client_id, count(*) AS n FROM appointments
    WHERE client_id IS NOT NULL AND status IN {ATTENDED}
      AND starts_at >= :start AND starts_at < :end
    GROUP BY client_id
),
persons AS (
    SELECT c.id, c.strand,
        c.identity_number IS NULL AS anonymous,
        NOT EXISTS (
            SELECT 1 FROM appointments e
            WHERE e.client_id = c.id AND e.status IN {ATTENDED} AND e.starts_at < :start
        ) AS new,
        c.gender,
        CASE
            WHEN c.birth_year IS NOT NULL THEN CASE
                WHEN :year - c.birth_year < 18 THEN 'under_18'
                WHEN :year - c.birth_year < 25 THEN '18_24'
                WHEN :year - c.birth_year < 35 THEN '25_34'
                WHEN :year - c.birth_year < 50 THEN '35_49'
                ELSE '50_plus' END
            ELSE coalesce(c.age_band, 'unknown')
        END AS age,
        c.home_municipality AS municipality,
        coalesce(c.referral_source, 'not_stated') AS referral,
        v.n AS visits
    FROM visits v JOIN clients c ON c.id = v.client_id
)
"""


@dataclass(frozen=True)
class Bounds:
    start: str  # UTC, included
    end: str  # UTC, excluded
    first: date
    last: date

    @classmethod
    def of(cls, start: datetime, end: datetime, first: date, last: date) -> "Bounds":
        return cls(to_db_time(start), to_db_time(end), first, last)

    def params(self) -> dict[str, object]:
        return {
            "start": self.start,
            "end": self.end,
            "first": self.first.isoformat(),
            "last": self.last.isoformat(),
            "year": self.last.year,
        }


class YearlyNumbersRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    def _persons(self, select: str, bounds: Bounds) -> list[Row]:
        return self._db.query(_PERSONS + select, bounds.params())

    def persons_by_target_group(self, bounds: Bounds) -> list[Row]:
        """strand, target_group ('' for none), new, continuing, total, anonymous."""
        return self._persons(
            "SELECT p.strand, coalesce(g.target_group, '') AS target_group,"
            " sum(p.new) AS new, sum(1 - p.new) AS continuing, count(*) AS total,"
            " sum(p.anonymous) AS anonymous"
            " FROM persons p LEFT JOIN client_target_groups g ON g.client_id = p.id"
            " GROUP BY p.strand, target_group",
            bounds,
        )

    def persons_by_strand(self, bounds: Bounds) -> list[Row]:
        """strand, new, continuing, total, anonymous: each person once."""
        return self._persons(
            "SELECT strand, sum(new) AS new, sum(1 - new) AS continuing, count(*) AS total,"
            " sum(anonymous) AS anonymous FROM persons GROUP BY strand",
            bounds,
        )

    def persons_by(self, column: str, bounds: Bounds) -> list[Row]:
        """strand, key, n for one of gender, age, municipality, referral."""
        if column not in ("gender", "age", "municipality", "referral"):
            raise ValueError(column)
        return self._persons(
            f"SELECT strand, {column} AS key, count(*) AS n FROM persons GROUP BY strand, key",
            bounds,
        )

    def sessions_per_person(self, bounds: Bounds) -> list[Row]:
        """strand, band (1, 2-5, 6-10, 11-20, 21+), n."""
        return self._persons(
            "SELECT strand, CASE WHEN visits = 1 THEN '1' WHEN visits <= 5 THEN '2_5'"
            " WHEN visits <= 10 THEN '6_10' WHEN visits <= 20 THEN '11_20' ELSE '21_plus' END"
            " AS band, count(*) AS n FROM persons GROUP BY strand, band",
            bounds,
        )

    def contacts_by_form(self, bounds: Bounds) -> list[Row]:
        """contact_form, attended, persons, no_shows, cancelled (visits in the period)."""
        return self._db.query(
            "SELECT contact_form,"
            f" sum(status IN {ATTENDED}) AS attended,"
            f" count(DISTINCT CASE WHEN status IN {ATTENDED} THEN client_id END) AS persons,"
            " sum(status = 'no_show') AS no_shows,"
            f" sum(status IN {CANCELLED}) AS cancelled"
            " FROM appointments WHERE starts_at >= :start AND starts_at < :end"
            " GROUP BY contact_form",
            bounds.params(),
        )

    def persons_reached(self, bounds: Bounds) -> int:
        return int(
            self._db.scalar(
                "SELECT count(DISTINCT client_id) FROM appointments WHERE client_id IS NOT NULL"
                f" AND status IN {ATTENDED} AND starts_at >= :start AND starts_at < :end",
                bounds.params(),
            )
        )

    def anonymous_contacts_by_form(self, bounds: Bounds) -> list[Row]:
        return self._db.query(
            "SELECT contact_form, count(*) AS n FROM anonymous_contacts"
            " WHERE occurred_on BETWEEN :first AND :last GROUP BY contact_form",
            bounds.params(),
        )

    def measured_series(self, bounds: Bounds) -> list[Row]:
        """Every administration up to the period's end of each (person, instrument)
        measured in the period, oldest first; sealed columns as stored."""
        return self._db.query(
            "SELECT m.id, m.client_id, m.instrument_id, m.administered_on, m.answers,"
            " c.gender FROM measure_results m JOIN clients c ON c.id = m.client_id"
            " WHERE m.administered_on <= :last AND EXISTS ("
            "   SELECT 1 FROM measure_results x WHERE x.client_id = m.client_id"
            "   AND x.instrument_id = m.instrument_id"
            "   AND x.administered_on BETWEEN :first AND :last)"
            " ORDER BY m.client_id, m.instrument_id, m.administered_on, m.created_at, m.id",
            bounds.params(),
        )

    def concern_considerations(self, bounds: Bounds) -> list[Row]:
        """reason, answer ('pending' when not answered), n: answered in the period,
        or prompted in it and not answered."""
        return self._db.query(
            "SELECT reason, coalesce(answer, 'pending') AS answer, count(*) AS n"
            " FROM concern_considerations"
            " WHERE (answered_at >= :start AND answered_at < :end)"
            "    OR (answer IS NULL AND prompted_at >= :start AND prompted_at < :end)"
            " GROUP BY reason, answer",
            bounds.params(),
        )

    def referral_letters(self, bounds: Bounds) -> list[Row]:
        """Referral letters sent in the period (by the day sent, a date at the
        clinic): id, client_id, the basis that let the letter go and its sealed
        content, which names the recipient's unit (NULL: no basis found)."""
        return self._db.query(
            "SELECT l.id, l.client_id, b.id AS basis_id, b.content FROM letters l"
            " LEFT JOIN disclosures d ON d.id = l.disclosure_id"
            " LEFT JOIN disclosure_bases b ON b.id = d.basis_id"
            " WHERE l.kind = 'referral' AND l.sent_on BETWEEN :first AND :last ORDER BY l.id",
            bounds.params(),
        )

    def unit_types(self) -> dict[str, str]:
        """unit id -> recipient type, from the address book (plain: no client in it)."""
        return {r["id"]: r["unit_type"] for r in self._db.query("SELECT id, unit_type FROM units")}

    def first_visits(self, bounds: Bounds) -> list[Row]:
        """Persons whose first attended contact ever is in the period: strand, the
        first contact (the register's or the waiting list's, the earlier) and the
        first attended visit's start (UTC)."""
        return self._db.query(
            "WITH firsts AS ("
            f"  SELECT client_id, min(starts_at) AS visit FROM appointments"
            f"  WHERE client_id IS NOT NULL AND status IN {ATTENDED} GROUP BY client_id)"
            " SELECT c.id, c.strand, f.visit,"
            "  min(coalesce(c.first_contact, w.first_contact),"
            "      coalesce(w.first_contact, c.first_contact)) AS first_contact"
            " FROM firsts f JOIN clients c ON c.id = f.client_id"
            " LEFT JOIN (SELECT client_id, min(first_contact) AS first_contact"
            "            FROM waiting_list GROUP BY client_id) w ON w.client_id = c.id"
            " WHERE f.visit >= :start AND f.visit < :end ORDER BY c.id",
            bounds.params(),
        )

    def outward_work(self, bounds: Bounds) -> list[Row]:
        """kind, audience, activities, participants, hours."""
        return self._db.query(
            "SELECT kind, audience, count(*) AS activities, sum(participants) AS participants,"
            " sum(hours) AS hours FROM outward_work"
            " WHERE removed_at IS NULL AND occurred_on BETWEEN :first AND :last"
            " GROUP BY kind, audience",
            bounds.params(),
        )

    def earliest_day(self) -> date | None:
        """The first day with anything to count (a visit, a tally, a letter, outward work)."""
        value = self._db.scalar(
            "SELECT min(day) FROM (SELECT min(substr(starts_at, 1, 10)) AS day FROM appointments"
            " UNION ALL SELECT min(occurred_on) FROM anonymous_contacts"
            " UNION ALL SELECT min(sent_on) FROM letters"
            " UNION ALL SELECT min(occurred_on) FROM outward_work WHERE removed_at IS NULL)"
        )
        # The UTC date of the first visit may be the day before the clinic's: a day's margin.
        return date.fromisoformat(value) - timedelta(days=1) if value else None

    def source_digest(self, bounds: Bounds) -> "hashlib._Hash":
        """SHA-256 over the rows the period's numbers come from, in a fixed order:
        the same records give the same digest, any change to them another."""
        digest = hashlib.sha256()
        queries = (
            _PERSONS + "SELECT p.*, (SELECT group_concat(target_group) FROM"
            " (SELECT target_group FROM client_target_groups g WHERE g.client_id = p.id"
            " ORDER BY target_group)) AS groups FROM persons p ORDER BY p.id",
            "SELECT id, client_id, contact_form, status, starts_at FROM appointments"
            " WHERE starts_at >= :start AND starts_at < :end ORDER BY id",
            "SELECT id, contact_form, occurred_on FROM anonymous_contacts"
            " WHERE occurred_on BETWEEN :first AND :last ORDER BY id",
            # Insert-only: the id stands for the answers (sealed: their bytes
            # change when the clinic's keys are replaced, the answers do not).
            "SELECT id, client_id, instrument_id, administered_on FROM measure_results"
            " WHERE administered_on <= :last ORDER BY id",
            "SELECT id, reason, answer, prompted_at, answered_at FROM concern_considerations"
            " ORDER BY id",
            "SELECT id, client_id, first_contact FROM waiting_list ORDER BY id",
            # Letters and their bases are insert-only: the basis id stands for the
            # sealed unit it names; the unit's type is the address book's.
            "SELECT l.id, l.client_id, l.kind, l.sent_on, d.basis_id FROM letters l"
            " LEFT JOIN disclosures d ON d.id = l.disclosure_id"
            " WHERE l.sent_on BETWEEN :first AND :last ORDER BY l.id",
            "SELECT id, unit_type FROM units ORDER BY id",
            "SELECT id, occurred_on, kind, audience, participants, hours FROM outward_work"
            " WHERE removed_at IS NULL AND occurred_on BETWEEN :first AND :last ORDER BY id",
        )
        for sql in queries:
            rows = self._db.query(sql, bounds.params())
            digest.update(
                "".join(
                    "\x1f".join("\x00" if v is None else str(v) for v in _values(row)) + "\n"
                    for row in rows
                ).encode()
            )
            digest.update(b"\x1e\n")
        return digest


def _values(row: Row) -> tuple[object, ...]:
    return tuple(row)  # type: ignore[arg-type]


class FrozenReportRepository:
    """Final reports as published: insert-only (triggers refuse changes)."""

    def __init__(self, database: Database) -> None:
        self._db = database

    def add(
        self, report_id: str, first: date, last: date, content: str, at: datetime, by: str
    ) -> None:
        self._db.execute(
            "INSERT INTO yearly_reports (id, first_day, last_day, content, content_sha256,"
            " frozen_at, frozen_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                report_id,
                first.isoformat(),
                last.isoformat(),
                content,
                hashlib.sha256(content.encode()).hexdigest(),
                to_db_time(at),
                by,
            ),
        )

    def content(self, first: date, last: date) -> str | None:
        """The frozen report of exactly this period; checked against its digest."""
        row = self._db.query_one(
            "SELECT content, content_sha256 FROM yearly_reports"
            " WHERE first_day = ? AND last_day = ?",
            (first.isoformat(), last.isoformat()),
        )
        if row is None:
            return None
        content: str = row["content"]
        if hashlib.sha256(content.encode()).hexdigest() != row["content_sha256"]:
            raise ValueError("a frozen report does not match its digest")
        return content

    def periods(self) -> list[tuple[date, date]]:
        rows = self._db.query("SELECT first_day, last_day FROM yearly_reports ORDER BY first_day")
        return [
            (date.fromisoformat(r["first_day"]), date.fromisoformat(r["last_day"])) for r in rows
        ]
