"""The consent register <-> rows of `disclosure_bases`: the recipient, scope,
purpose, form and justification sealed in one value under the journal key;
the client, kind, dates and who recorded it in plain columns."""

from datetime import date, datetime
from typing import Any

from mottagning.models.consent import (
    BasisKind,
    ConsentForm,
    DisclosureBasis,
    Recipient,
    Scope,
)
from mottagning.storage.codec import from_db_time, to_db_time
from mottagning.storage.database import Database, Row
from mottagning.storage.journal_cipher import JournalSeal

CONTENT = "disclosure_bases.content"
_COLUMNS = (
    "id, client_id, kind, content, given_on, valid_until, withdrawn_on, withdrawn_by,"
    " recorded_by, recorded_at"
)


def _day(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


class ConsentRepository:
    def __init__(self, database: Database, journal: JournalSeal) -> None:
        self._db = database
        self._journal = journal

    def add(self, basis: DisclosureBasis) -> None:
        content: dict[str, Any] = {
            "unit_id": basis.recipient.unit_id,
            "person_name": basis.recipient.person_name,
            "person_address": basis.recipient.person_address,
            "scopes": sorted(scope.value for scope in basis.scopes),
            "purpose": basis.purpose,
            "form": basis.form.value if basis.form else None,
            "kept_at": basis.kept_at,
            "ground_id": basis.ground_id,
            "ground_name": basis.ground_name,
            "ground_reference": basis.ground_reference,
            "justification": basis.justification,
        }
        self._db.execute(
            f"INSERT INTO disclosure_bases ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                basis.id,
                basis.client_id,
                basis.kind.value,
                self._journal.seal_json(CONTENT, basis.id, content),
                basis.given_on.isoformat(),
                basis.valid_until.isoformat() if basis.valid_until else None,
                None,
                None,
                basis.recorded_by,
                to_db_time(basis.recorded_at),
            ),
        )

    def withdraw(self, basis_id: str, on: date, user_id: str, now: datetime) -> None:
        self._db.execute(
            "UPDATE disclosure_bases SET withdrawn_on = ?, withdrawn_by = ?, withdrawn_at = ?"
            " WHERE id = ? AND withdrawn_on IS NULL",
            (on.isoformat(), user_id, to_db_time(now), basis_id),
        )

    def get(self, basis_id: str) -> DisclosureBasis | None:
        row = self._db.query_one(
            f"SELECT {_COLUMNS} FROM disclosure_bases WHERE id = ?", (basis_id,)
        )
        return None if row is None else self._basis(row)

    def of_client(self, client_id: str) -> list[DisclosureBasis]:
        rows = self._db.query(
            f"SELECT {_COLUMNS} FROM disclosure_bases WHERE client_id = ?"
            " ORDER BY given_on DESC, recorded_at DESC, rowid DESC",
            (client_id,),
        )
        return [self._basis(row) for row in rows]

    def _basis(self, row: Row) -> DisclosureBasis:
        content = self._journal.open_json(CONTENT, row["id"], row["content"])
        return DisclosureBasis(
            id=row["id"],
            client_id=row["client_id"],
            kind=BasisKind(row["kind"]),
            recipient=Recipient(
                content["unit_id"], content["person_name"], content["person_address"]
            ),
            scopes=frozenset(Scope(value) for value in content["scopes"]),
            purpose=content["purpose"],
            given_on=date.fromisoformat(row["given_on"]),
            valid_until=_day(row["valid_until"]),
            form=ConsentForm(content["form"]) if content["form"] else None,
            kept_at=content["kept_at"],
            ground_id=content["ground_id"],
            ground_name=content["ground_name"],
            ground_reference=content["ground_reference"],
            justification=content["justification"],
            recorded_by=row["recorded_by"],
            recorded_at=from_db_time(row["recorded_at"]),
            withdrawn_on=_day(row["withdrawn_on"]),
            withdrawn_by=row["withdrawn_by"],
        )
