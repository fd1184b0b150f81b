"""Per-user preferences <-> rows of `user_preferences` (JSON values)."""

import json
from typing import Any

from mottagning.storage.database import Database


class UserPreferenceRepository:
    def __init__(self, database: Database) -> None:
        self._db = database

    def get(self, user_id: str, key: str, default: Any = None) -> Any:
        value = self._db.scalar(
            "SELECT value FROM user_preferences WHERE user_id = ? AND key = ?", (user_id, key)
        )
        return default if value is None else json.loads(value)

    def set(self, user_id: str, key: str, value: Any) -> None:
        self._db.execute(
            "INSERT INTO user_preferences (user_id, key, value) VALUES (?, ?, ?)"
            " ON CONFLICT (user_id, key) DO UPDATE SET value = excluded.value",
            (user_id, key, json.dumps(value)),
        )
