"""Clients <-> rows of `clients` and friends, and the search index.

Search runs on an FTS5 trigram index over a folded text of the alias, names,
identity number (12 and 10 digits) and phone digits, so any fragment of three
characters or more is found through the index as the user types.
"""

from collections.abc import Collection
from datetime import date
from typing import Any

from mottagning.models.clients import (
    AgeBand,
    Client,
    ClientStatus,
    ClientSummary,
    ConcernAnswer,
    ConcernConsideration,
    ConcernReason,
    ContactRules,
    Gender,
    IdentityChange,
    ReferralSource,
    Strand,
    TargetGroup,
)
from mottagning.models.identity import IdentityKind, IdentityNumber, search_digits
from mottagning.storage.codec import from_db_time, optional_time, to_db_time
from mottagning.storage.database import Database, Row

_COLUMNS = (
    "id, alias, first_name, last_name, identity_kind, identity_number, no_identity_decision,"
    " strand, gender, birth_year, age_band, home_municipality, referral_source,"
    " interpreter_language, status, closed_reason, first_contact, phone, email, address,"
    " may_phone, may_leave_voicemail, may_send_letters, may_use_clinic_name,"
    " protected_identity, created_at, updated_at"
)
_SUMMARY = (
    "c.id, c.alias, c.first_name, c.last_name, c.strand, c.status, c.identity_kind,"
    " c.identity_number, c.protected_identity, c.first_contact,"
    " (SELECT group_concat(user_id) FROM client_counselors WHERE client_id = c.id) AS counselors"
)


def _identity(kind: str | None, number: str | None) -> IdentityNumber | None:
    if kind is None or number is None:
        return None
    return IdentityNumber(IdentityKind(kind), number)


def _summary(row: Row) -> ClientSummary:
    identity = _identity(row["identity_kind"], row["identity_number"])
    return ClientSummary(
        id=row["id"],
        alias=row["alias"],
        first_name=row["first_name"],
        last_name=row["last_name"],
        strand=Strand(row["strand"]),
        status=ClientStatus(row["status"]),
        identity_masked=identity.masked() if identity else "",
        protected_identity=bool(row["protected_identity"]),
        counselor_ids=frozenset(row["counselors"].split(",")) if row["counselors"] else frozenset(),
        first_contact=date.fromisoformat(row["first_contact"]) if row["first_contact"] else None,
    )


TRIGRAM = 3  # the trigram index answers fragments of three characters or more


def fold(text: str) -> str:
    """Case-folded for matching (the trigram index folds ASCII only)."""
    return text.casefold()


def digits(text: str) -> str:
    """ASCII digits only (see identity.search_digits): "²" or "٣" are no digits
    of a Swedish number."""
    return search_digits(text)


def phone_forms(number: str) -> list[str]:
    """A Swedish number as written at home (070...) and with the country code (4670...)."""
    if number.startswith("46") and len(number) > 8:
        return [number, "0" + number[2:]]
    if number.startswith("0") and not number.startswith("00"):
        return [number, "46" + number[1:]]
    return [number]


def search_text(client: Client) -> str:
    parts = [client.alias, client.first_name, client.last_name]
    if client.identity is not None:
        parts.append(client.identity.value)
        if client.identity.kind is not IdentityKind.RESERVNUMMER:
            parts.append(client.identity.value[2:])  # the 10-digit form people type
    if client.phone:
        parts += phone_forms(digits(client.phone))
    return fold(" ".join(part for part in parts if part))


class ClientRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    # --- Writing ------------------------------------------------------------------

    def add(self, client: Client) -> None:
        self._db.execute(
            f"INSERT INTO clients ({_COLUMNS}, alias_folded) VALUES ({', '.join('?' * 28)})",
            [*self._row(client), fold(client.alias)],
        )
        self._write_links(client)

    def update(self, client: Client) -> None:
        row = self._row(client)
        assignments = ", ".join(f"{name.strip()} = ?" for name in _COLUMNS.split(",")[1:])
        self._db.execute(
            f"UPDATE clients SET {assignments}, alias_folded = ? WHERE id = ?",
            [*row[1:], fold(client.alias), row[0]],
        )
        self._db.execute("DELETE FROM client_target_groups WHERE client_id = ?", (client.id,))
        self._db.execute("DELETE FROM client_counselors WHERE client_id = ?", (client.id,))
        self._db.execute("DELETE FROM client_search WHERE client_id = ?", (client.id,))
        self._write_links(client)

    def _write_links(self, client: Client) -> None:
        self._db.execute_many(
            "INSERT INTO client_target_groups (client_id, target_group) VALUES (?, ?)",
            [(client.id, group.value) for group in sorted(client.target_groups)],
        )
        self._db.execute_many(
            "INSERT INTO client_counselors (client_id, user_id) VALUES (?, ?)",
            [(client.id, user_id) for user_id in sorted(client.counselor_ids)],
        )
        self._db.execute(
            "INSERT INTO client_search (client_id, text) VALUES (?, ?)",
            (client.id, search_text(client)),
        )

    @staticmethod
    def _row(client: Client) -> list[Any]:
        rules = client.contact_rules
        return [
            client.id,
            client.alias,
            client.first_name,
            client.last_name,
            client.identity.kind.value if client.identity else None,
            client.identity.value if client.identity else None,
            client.no_identity_decision or None,
            client.strand.value,
            client.gender.value,
            client.birth_year,
            client.age_band.value if client.age_band else None,
            client.home_municipality,
            client.referral_source.value if client.referral_source else None,
            client.interpreter_language,
            client.status.value,
            client.closed_reason,
            client.first_contact.isoformat() if client.first_contact else None,
            client.phone,
            client.email,
            client.address,
            int(rules.may_phone),
            int(rules.may_leave_voicemail),
            int(rules.may_send_letters),
            int(rules.may_use_clinic_name),
            int(rules.protected_identity),
            to_db_time(client.created_at),
            to_db_time(client.updated_at),
        ]

    # --- Reading ------------------------------------------------------------------

    def get(self, client_id: str) -> Client | None:
        row = self._db.query_one(f"SELECT {_COLUMNS} FROM clients WHERE id = ?", (client_id,))
        if row is None:
            return None
        groups = self._db.query(
            "SELECT target_group FROM client_target_groups WHERE client_id = ?", (client_id,)
        )
        counselors = self._db.query(
            "SELECT user_id FROM client_counselors WHERE client_id = ?", (client_id,)
        )
        return Client(
            id=row["id"],
            alias=row["alias"],
            first_name=row["first_name"],
            last_name=row["last_name"],
            identity=_identity(row["identity_kind"], row["identity_number"]),
            no_identity_decision=row["no_identity_decision"] or "",
            strand=Strand(row["strand"]),
            target_groups=frozenset(TargetGroup(g["target_group"]) for g in groups),
            gender=Gender(row["gender"]),
            birth_year=row["birth_year"],
            age_band=AgeBand(row["age_band"]) if row["age_band"] else None,
            home_municipality=row["home_municipality"],
            referral_source=ReferralSource(row["referral_source"])
            if row["referral_source"]
            else None,
            interpreter_language=row["interpreter_language"],
            counselor_ids=frozenset(c["user_id"] for c in counselors),
            status=ClientStatus(row["status"]),
            closed_reason=row["closed_reason"],
            first_contact=date.fromisoformat(row["first_contact"])
            if row["first_contact"]
            else None,
            phone=row["phone"],
            email=row["email"],
            address=row["address"],
            contact_rules=ContactRules(
                may_phone=bool(row["may_phone"]),
                may_leave_voicemail=bool(row["may_leave_voicemail"]),
                may_send_letters=bool(row["may_send_letters"]),
                may_use_clinic_name=bool(row["may_use_clinic_name"]),
                protected_identity=bool(row["protected_identity"]),
            ),
            created_at=from_db_time(row["created_at"]),
            updated_at=from_db_time(row["updated_at"]),
        )

    def alias_with_identity(self, number: str, except_id: str | None = None) -> str | None:
        """The alias of another client registered with identity `number`, if any."""
        found = self._db.scalar(
            "SELECT alias FROM clients WHERE identity_number = ? AND id IS NOT ?",
            (number, except_id),
        )
        return None if found is None else str(found)

    def with_alias(self, alias: str) -> ClientSummary | None:
        """The client whose alias is `alias` (case folded), if any."""
        found = self._db.scalar("SELECT id FROM clients WHERE alias_folded = ?", (fold(alias),))
        return None if found is None else self.summaries_by_id({str(found)}).get(str(found))

    def alias_taken(self, alias: str, except_id: str | None = None) -> bool:
        found = self._db.scalar(
            "SELECT id FROM clients WHERE alias_folded = ? AND id IS NOT ?",
            (fold(alias), except_id),
        )
        return found is not None

    def search(self, terms: list[list[str]], limit: int) -> list[ClientSummary]:
        """Clients whose alias, name, identity or phone contain every term; each
        term is a list of alternatives (a code as typed, or its digits).

        No ESCAPE clause, because FTS5 would then not use the trigram index: a
        typed % or _ acts as a wildcard in SQL, so hits are checked again here
        for the literal text. A term of wildcards alone says nothing and is
        dropped."""
        alternatives = [[fold(option) for option in term if option.strip("%_")] for term in terms]
        alternatives = [term for term in alternatives if term]
        if not alternatives:
            return []
        if all(len(option) < TRIGRAM for term in alternatives for option in term):
            return self._by_alias_start(alternatives[0][0], limit)
        conditions = " AND ".join(
            "(" + " OR ".join("s.text LIKE ?" for _ in term) + ")" for term in alternatives
        )
        patterns = [f"%{option}%" for term in alternatives for option in term]
        wildcards = any("%" in p[1:-1] or "_" in p for p in patterns)
        # Ids first, summaries after: the summary's counselor list is a subquery
        # that should run for the hits shown, not for every match before LIMIT.
        rows = self._db.query(
            "SELECT c.id, s.text AS search_text FROM client_search s"
            f" JOIN clients c ON c.id = s.client_id WHERE {conditions}"
            " ORDER BY c.status = 'closed', c.alias_folded LIMIT ?",
            [*patterns, limit * 10 if wildcards else limit],
        )
        ids = [
            row["id"]
            for row in rows
            if all(any(option in row["search_text"] for option in term) for term in alternatives)
        ][:limit]
        return self._in_order(ids)

    def _by_alias_start(self, start: str, limit: int) -> list[ClientSummary]:
        """One or two characters say little and would scan the whole index: they
        match the start of aliases (an index range) instead."""
        rows = self._db.query(
            "SELECT id FROM clients WHERE alias_folded >= ? AND alias_folded < ?"
            " ORDER BY status = 'closed', alias_folded LIMIT ?",
            (start, start + "\U0010ffff", limit),
        )
        return self._in_order([row["id"] for row in rows])

    def _in_order(self, ids: list[str]) -> list[ClientSummary]:
        found = self.summaries_by_id(set(ids))
        return [found[client_id] for client_id in ids if client_id in found]

    def summaries(
        self,
        *,
        statuses: frozenset[ClientStatus] | None = None,
        counselor_id: str | None = None,
        limit: int = 1000,
        offset: int = 0,
    ) -> list[ClientSummary]:
        clauses, params = [], []
        if statuses:
            clauses.append(f"c.status IN ({', '.join('?' * len(statuses))})")
            params.extend(sorted(s.value for s in statuses))
        if counselor_id is not None:
            clauses.append("c.id IN (SELECT client_id FROM client_counselors WHERE user_id = ?)")
            params.append(counselor_id)
        where = "WHERE " + " AND ".join(clauses) if clauses else ""
        rows = self._db.query(
            f"SELECT {_SUMMARY} FROM clients c {where} ORDER BY c.alias COLLATE NOCASE"
            " LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        return [_summary(row) for row in rows]

    def summaries_by_id(self, client_ids: set[str]) -> dict[str, ClientSummary]:
        if not client_ids:
            return {}
        ordered = sorted(client_ids)
        rows = self._db.query(
            f"SELECT {_SUMMARY} FROM clients c WHERE c.id IN ({', '.join('?' * len(ordered))})",
            ordered,
        )
        return {row["id"]: _summary(row) for row in rows}

    def users_with_open_clients(self, user_ids: Collection[str]) -> set[str]:
        """Of `user_ids`, those assigned to at least one client who is not closed."""
        if not user_ids:
            return set()
        rows = self._db.query(
            "SELECT DISTINCT cc.user_id FROM client_counselors cc"
            " JOIN clients c ON c.id = cc.client_id"
            f" WHERE cc.user_id IN ({', '.join('?' * len(user_ids))}) AND c.status != 'closed'",
            list(user_ids),
        )
        return {row["user_id"] for row in rows}

    def count(self) -> int:
        return int(self._db.scalar("SELECT count(*) FROM clients"))

    # --- Identity history ---------------------------------------------------------

    def add_identity_change(self, change_id: str, client_id: str, change: IdentityChange) -> None:
        self._db.execute(
            "INSERT INTO client_identity_history (id, client_id, identity_kind, identity_number,"
            " no_identity_decision, changed_at, changed_by) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                change_id,
                client_id,
                change.identity.kind.value if change.identity else None,
                change.identity.value if change.identity else None,
                change.no_identity_decision or None,
                to_db_time(change.changed_at),
                change.changed_by,
            ),
        )

    def identity_history(self, client_id: str) -> list[IdentityChange]:
        rows = self._db.query(
            "SELECT identity_kind, identity_number, no_identity_decision, changed_at, changed_by"
            " FROM client_identity_history WHERE client_id = ? ORDER BY changed_at, rowid",
            (client_id,),
        )
        return [
            IdentityChange(
                identity=_identity(row["identity_kind"], row["identity_number"]),
                no_identity_decision=row["no_identity_decision"] or "",
                changed_at=from_db_time(row["changed_at"]),
                changed_by=row["changed_by"],
            )
            for row in rows
        ]

    # --- Report-of-concern considerations ------------------------------------------

    def add_consideration(self, item: ConcernConsideration) -> None:
        self._db.execute(
            "INSERT INTO concern_considerations (id, client_id, prompted_at, prompted_by, reason,"
            " answer, note, answered_at, answered_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                item.id,
                item.client_id,
                to_db_time(item.prompted_at),
                item.prompted_by,
                item.reason.value,
                item.answer.value if item.answer else None,
                item.note,
                to_db_time(item.answered_at) if item.answered_at else None,
                item.answered_by,
            ),
        )

    def answer_consideration(self, item: ConcernConsideration) -> None:
        assert item.answer is not None and item.answered_at is not None
        self._db.execute(
            "UPDATE concern_considerations SET answer = ?, note = ?, answered_at = ?,"
            " answered_by = ? WHERE id = ? AND answer IS NULL",
            (item.answer.value, item.note, to_db_time(item.answered_at), item.answered_by, item.id),
        )

    def considerations(
        self, *, client_id: str | None = None, pending_only: bool = False
    ) -> list[ConcernConsideration]:
        clauses, params = [], []
        if client_id is not None:
            clauses.append("client_id = ?")
            params.append(client_id)
        if pending_only:
            clauses.append("answer IS NULL")
        where = "WHERE " + " AND ".join(clauses) if clauses else ""
        rows = self._db.query(
            "SELECT id, client_id, reason, prompted_at, prompted_by, answer, note, answered_at,"
            f" answered_by FROM concern_considerations {where} ORDER BY prompted_at",
            params,
        )
        return [
            ConcernConsideration(
                id=row["id"],
                client_id=row["client_id"],
                reason=ConcernReason(row["reason"]),
                prompted_at=from_db_time(row["prompted_at"]),
                prompted_by=row["prompted_by"],
                answer=ConcernAnswer(row["answer"]) if row["answer"] else None,
                note=row["note"],
                answered_at=optional_time(row["answered_at"]),
                answered_by=row["answered_by"],
            )
            for row in rows
        ]
