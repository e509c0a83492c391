"""The scale library: each definition's JSON text, one row per code and version."""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache

from counselroom.domain.scales import Scale, ScaleDefinition, parse_definition
from counselroom.storage.database import Database, Row
from counselroom.storage.timestamps import from_db, to_db

_SELECT = ("SELECT s.id, s.definition, s.licence_note, s.builtin, s.active, s.imported_by, "
           "coalesce(u.display_name, ''), s.imported_at FROM scales s LEFT JOIN users u ON u.id = s.imported_by")


@lru_cache(maxsize=64)
def stored_definition(text: str) -> ScaleDefinition:
    """A stored definition, parsed (it was validated when it was stored; parsed once per text)."""
    return parse_definition(text.encode("utf-8"))


def _scale(row: Row) -> Scale:
    return Scale(id=row[0], definition=stored_definition(row[1]), licence_note=row[2], builtin=bool(row[3]),
                 active=bool(row[4]), imported_by=row[5], imported_by_name=row[6], imported_at=from_db(row[7]))


class ScaleRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, definition: ScaleDefinition, text: str, *, licence_note: str, builtin: bool,
            imported_by: int | None, now: datetime) -> int:
        cur = self._db.execute(
            "INSERT INTO scales (code, version, definition, licence_note, builtin, imported_by, imported_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?)",
            (definition.code, definition.version, text, licence_note, int(builtin), imported_by, to_db(now)))
        return int(cur.lastrowid)

    def get(self, scale_id: int) -> Scale | None:
        row = self._db.query_one(f"{_SELECT} WHERE s.id = ?", (scale_id,))
        return None if row is None else _scale(row)

    def find(self, code: str, version: str) -> Scale | None:
        row = self._db.query_one(f"{_SELECT} WHERE s.code = ? AND s.version = ?", (code, version))
        return None if row is None else _scale(row)

    def latest(self, code: str) -> Scale | None:
        """The newest active version of a scale (the one installed or imported last)."""
        row = self._db.query_one(f"{_SELECT} WHERE s.code = ? AND s.active = 1 ORDER BY s.id DESC LIMIT 1",
                                 (code,))
        return None if row is None else _scale(row)

    def all(self, *, active_only: bool = True) -> list[Scale]:
        clause = "WHERE s.active = 1 " if active_only else ""
        return [_scale(r) for r in self._db.query_all(f"{_SELECT} {clause}ORDER BY s.code, s.id")]

    def versions(self) -> set[tuple[str, str]]:
        return {(r[0], r[1]) for r in self._db.query_all("SELECT code, version FROM scales")}

    def count(self) -> int:
        return int(self._db.query_value("SELECT count(*) FROM scales"))
