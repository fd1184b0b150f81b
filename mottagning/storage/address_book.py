"""The address book of receiving units, the clinic lead's list of legal
grounds, and the letter templates in versions: plain rows, since none of
them says anything about a client."""

import json
from datetime import datetime

from mottagning.models.consent import LegalGround, Unit, UnitDetails, UnitType
from mottagning.models.letters import LetterTemplate
from mottagning.storage.codec import from_db_time, to_db_time
from mottagning.storage.database import Database, Row

_UNIT = "id, name, unit_type, address, phone, secure_email, active, updated_at, updated_by"


def _unit(row: Row) -> Unit:
    return Unit(
        id=row["id"],
        name=row["name"],
        unit_type=UnitType(row["unit_type"]),
        address=row["address"],
        phone=row["phone"],
        secure_email=row["secure_email"],
        active=bool(row["active"]),
        updated_at=from_db_time(row["updated_at"]),
        updated_by=row["updated_by"],
    )


class AddressBookRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    # --- Units ------------------------------------------------------------------

    def units(self, include_inactive: bool = False) -> list[Unit]:
        where = "" if include_inactive else " WHERE active = 1"
        rows = self._db.query(f"SELECT {_UNIT} FROM units{where} ORDER BY name COLLATE NOCASE")
        return [_unit(row) for row in rows]

    def unit(self, unit_id: str) -> Unit | None:
        row = self._db.query_one(f"SELECT {_UNIT} FROM units WHERE id = ?", (unit_id,))
        return None if row is None else _unit(row)

    def save_unit(self, unit_id: str, details: UnitDetails, now: datetime, user_id: str) -> None:
        self._db.execute(
            f"INSERT INTO units ({_UNIT}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (id) DO UPDATE SET name = excluded.name, unit_type = excluded.unit_type,"
            " address = excluded.address, phone = excluded.phone,"
            " secure_email = excluded.secure_email, active = excluded.active,"
            " updated_at = excluded.updated_at, updated_by = excluded.updated_by",
            (
                unit_id,
                details.name,
                details.unit_type.value,
                details.address,
                details.phone,
                details.secure_email,
                int(details.active),
                to_db_time(now),
                user_id,
            ),
        )

    # --- Legal grounds ------------------------------------------------------------

    def legal_grounds(self, include_inactive: bool = False) -> list[LegalGround]:
        where = "" if include_inactive else " WHERE active = 1"
        rows = self._db.query(
            f"SELECT id, name, reference, active FROM legal_grounds{where} ORDER BY position, id"
        )
        return [
            LegalGround(row["id"], row["name"], row["reference"], bool(row["active"]))
            for row in rows
        ]

    def legal_ground(self, ground_id: str) -> LegalGround | None:
        row = self._db.query_one(
            "SELECT id, name, reference, active FROM legal_grounds WHERE id = ?", (ground_id,)
        )
        if row is None:
            return None
        return LegalGround(row["id"], row["name"], row["reference"], bool(row["active"]))

    def save_legal_ground(self, ground: LegalGround) -> None:
        position = self._db.scalar("SELECT COALESCE(MAX(position), 0) + 1 FROM legal_grounds")
        self._db.execute(
            "INSERT INTO legal_grounds (id, name, reference, active, position)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name,"
            " reference = excluded.reference, active = excluded.active",
            (ground.id, ground.name, ground.reference, int(ground.active), position),
        )

    # --- Letter templates -----------------------------------------------------------

    def template(self, unit_type: UnitType, language: str) -> LetterTemplate | None:
        """The newest version, or None when the lead has saved none."""
        row = self._db.query_one(
            "SELECT unit_type, language, version, body FROM letter_templates"
            " WHERE unit_type = ? AND language = ? ORDER BY version DESC LIMIT 1",
            (unit_type.value, language),
        )
        if row is None:
            return None
        body = json.loads(row["body"])
        return LetterTemplate(
            UnitType(row["unit_type"]),
            row["language"],
            int(row["version"]),
            str(body["opening"]),
            str(body["closing"]),
        )

    def add_template(
        self, template_id: str, template: LetterTemplate, now: datetime, user_id: str
    ) -> None:
        self._db.execute(
            "INSERT INTO letter_templates"
            " (id, unit_type, language, version, body, created_at, created_by)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (
                template_id,
                template.unit_type.value,
                template.language,
                template.version,
                json.dumps(
                    {"opening": template.opening, "closing": template.closing},
                    ensure_ascii=False,
                ),
                to_db_time(now),
                user_id,
            ),
        )
