"""The room's settings, stored as JSON values under a key."""

from __future__ import annotations

import json
from typing import Any

from counselroom.storage.database import Database


class SettingsRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, key: str, default: Any = None) -> Any:
        row = self._db.query_one("SELECT value FROM settings WHERE key = ?", (key,))
        return default if row is None else json.loads(row[0])

    def set(self, key: str, value: Any) -> None:
        self._db.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, json.dumps(value, ensure_ascii=False, sort_keys=True)),
        )

    def all(self) -> dict[str, Any]:
        return {k: json.loads(v) for k, v in self._db.query_all("SELECT key, value FROM settings")}
