"""Staff public keys <-> rows of `staff_keys`, and the statements signed about
them. A key's statement (whose it is, what for, its bytes, since when) never
changes; its certificate is added once, its revocation once (triggers keep it so).
"""

import base64
import json
from datetime import datetime

from mottagning.models.staff_keys import KeyPurpose, StaffKey
from mottagning.storage.codec import from_db_time, optional_time, to_db_time
from mottagning.storage.database import Database, Row

_COLUMNS = (
    "id, user_id, purpose, public_key, created_at, certified_by, certificate, revoked_at,"
    " revocation"
)


def key_statement(key: StaffKey) -> bytes:
    """What a certificate signs: the key and whose it is."""
    return _canonical(
        {
            "statement": "mottagning staff key v1",
            "id": key.id,
            "user_id": key.user_id,
            "purpose": key.purpose.value,
            "public_key": base64.b64encode(key.public_key).decode("ascii"),
            "created_at": to_db_time(key.created_at),
        }
    )


def revocation_statement(key_id: str, revoked_at: datetime) -> bytes:
    return _canonical(
        {
            "statement": "mottagning key revoked v1",
            "id": key_id,
            "revoked_at": to_db_time(revoked_at),
        }
    )


def _canonical(content: dict[str, str]) -> bytes:
    return json.dumps(content, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _key(row: Row) -> StaffKey:
    return StaffKey(
        id=row["id"],
        user_id=row["user_id"],
        purpose=KeyPurpose(row["purpose"]),
        public_key=bytes(row["public_key"]),
        created_at=from_db_time(row["created_at"]),
        certified_by=row["certified_by"],
        certificate=None if row["certificate"] is None else bytes(row["certificate"]),
        revoked_at=optional_time(row["revoked_at"]),
        revocation=None if row["revocation"] is None else bytes(row["revocation"]),
    )


class StaffKeyRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    def add(self, key: StaffKey) -> None:
        self._db.execute(
            f"INSERT INTO staff_keys ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                key.id,
                key.user_id,
                key.purpose.value,
                key.public_key,
                to_db_time(key.created_at),
                key.certified_by,
                key.certificate,
                to_db_time(key.revoked_at) if key.revoked_at else None,
                key.revocation,
            ),
        )

    def certify(self, key_id: str, certified_by: str, certificate: bytes) -> None:
        self._db.execute(
            "UPDATE staff_keys SET certified_by = ?, certificate = ? WHERE id = ?"
            " AND certificate IS NULL",
            (certified_by, certificate, key_id),
        )

    def revoke(self, key_id: str, at: datetime, revocation: bytes) -> None:
        self._db.execute(
            "UPDATE staff_keys SET revoked_at = ?, revocation = ? WHERE id = ?"
            " AND revoked_at IS NULL",
            (to_db_time(at), revocation, key_id),
        )

    def get(self, key_id: str) -> StaffKey | None:
        row = self._db.query_one(f"SELECT {_COLUMNS} FROM staff_keys WHERE id = ?", (key_id,))
        return None if row is None else _key(row)

    def all(self) -> list[StaffKey]:
        rows = self._db.query(f"SELECT {_COLUMNS} FROM staff_keys ORDER BY created_at, rowid")
        return [_key(row) for row in rows]

    def current(self, user_id: str, purpose: KeyPurpose) -> StaffKey | None:
        """The person's newest key for `purpose` that is not revoked."""
        row = self._db.query_one(
            f"SELECT {_COLUMNS} FROM staff_keys WHERE user_id = ? AND purpose = ?"
            " AND revoked_at IS NULL ORDER BY created_at DESC, rowid DESC LIMIT 1",
            (user_id, purpose.value),
        )
        return None if row is None else _key(row)

    def by_public_key(self, public_key: bytes) -> StaffKey | None:
        row = self._db.query_one(
            f"SELECT {_COLUMNS} FROM staff_keys WHERE public_key = ?", (public_key,)
        )
        return None if row is None else _key(row)

    def of_user(self, user_id: str) -> list[StaffKey]:
        rows = self._db.query(
            f"SELECT {_COLUMNS} FROM staff_keys WHERE user_id = ? ORDER BY created_at, rowid",
            (user_id,),
        )
        return [_key(row) for row in rows]

    def awaiting_certification(self) -> list[StaffKey]:
        rows = self._db.query(
            f"SELECT {_COLUMNS} FROM staff_keys WHERE certificate IS NULL AND revoked_at IS NULL"
            " ORDER BY created_at, rowid"
        )
        return [_key(row) for row in rows]
