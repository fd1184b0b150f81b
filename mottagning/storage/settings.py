"""Clinic-wide settings (JSON values by key) and facts about this database."""

import json
import uuid
from datetime import datetime
from typing import Any

from mottagning.models.clinic import ClinicDetails, ClinicSettings
from mottagning.storage.codec import to_db_time
from mottagning.storage.database import Database

ORIGIN = "origin"
DETAILS = "clinic_details"
SETTINGS = "clinic_settings"


class SettingsRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    def get(self, key: str) -> Any | None:
        value = self._db.scalar("SELECT value FROM clinic_settings WHERE key = ?", (key,))
        return None if value is None else json.loads(value)

    def set(self, key: str, value: Any, now: datetime, user_id: str | None) -> None:
        self._db.execute(
            "INSERT INTO clinic_settings (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value,"
            " updated_at = excluded.updated_at, updated_by = excluded.updated_by",
            (key, json.dumps(value, ensure_ascii=False), to_db_time(now), user_id),
        )

    def details(self) -> ClinicDetails:
        stored = self.get(DETAILS) or {}
        return ClinicDetails(**stored) if stored else ClinicDetails(name="")

    def set_details(self, details: ClinicDetails, now: datetime, user_id: str | None) -> None:
        self.set(DETAILS, details.__dict__, now, user_id)

    def clinic_settings(self) -> ClinicSettings:
        defaults = ClinicSettings().__dict__
        stored = self.get(SETTINGS) or {}
        # Unknown keys from a newer version are ignored; missing ones take defaults.
        return ClinicSettings(**{k: stored.get(k, v) for k, v in defaults.items()})

    def set_clinic_settings(
        self, settings: ClinicSettings, now: datetime, user_id: str | None
    ) -> None:
        self.set(SETTINGS, settings.__dict__, now, user_id)


class MetaRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    def origin(self) -> str:
        """This database instance's id; it names the instance's access-log chain."""
        value = self._db.scalar("SELECT value FROM meta WHERE key = ?", (ORIGIN,))
        if value is None:
            value = str(uuid.uuid4())
            self._db.execute("INSERT INTO meta (key, value) VALUES (?, ?)", (ORIGIN, value))
        return str(value)

    def get(self, key: str) -> str | None:
        value = self._db.scalar("SELECT value FROM meta WHERE key = ?", (key,))
        return None if value is None else str(value)

    def set(self, key: str, value: str) -> None:
        self._db.execute(
            "INSERT INTO meta (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, value),
        )
