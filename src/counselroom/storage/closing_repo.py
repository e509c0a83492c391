"""The closing checklist's items and the signed closings (append-only, with JSON snapshots)."""

from __future__ import annotations

import json
from datetime import date, datetime

from counselroom.domain.closing import ChecklistItem, Closing, DataCheck, ItemAnswer
from counselroom.storage.database import Database, Row
from counselroom.storage.meta_repo import MetaRepository
from counselroom.storage.timestamps import from_db, from_db_required, to_db

SINCE_KEY = "closings_since"

_ITEM_SELECT = "SELECT id, label, position, code FROM closing_items"
_CLOSING_SELECT = ("SELECT k.id, k.day, k.signed_by, u.display_name, k.signed_at, k.items, k.checks, k.reason "
                   "FROM closings k JOIN users u ON u.id = k.signed_by")


def _item(r: Row) -> ChecklistItem:
    return ChecklistItem(id=r[0], label=r[1], position=r[2], code=r[3])


def _items_json(items: tuple[ItemAnswer, ...]) -> str:
    return json.dumps([{"id": a.item_id, "code": a.code, "label": a.label, "checked": a.checked} for a in items],
                      ensure_ascii=False)


def _checks_json(checks: tuple[DataCheck, ...]) -> str:
    return json.dumps([{"id": c.id, "passed": c.passed, "counts": dict(c.counts), "names": list(c.names)}
                       for c in checks], ensure_ascii=False)


def _closing(r: Row) -> Closing:
    items = tuple(ItemAnswer(item_id=int(a["id"]), label=str(a["label"]), checked=bool(a["checked"]),
                             code=a.get("code")) for a in json.loads(r[5]))
    checks = tuple(DataCheck(id=str(c["id"]), passed=bool(c["passed"]),
                             counts={str(k): int(v) for k, v in (c.get("counts") or {}).items()},
                             names=tuple(str(n) for n in c.get("names") or ()))
                   for c in json.loads(r[6]))
    return Closing(id=r[0], day=date.fromisoformat(r[1]), signed_by=r[2], signed_by_name=r[3],
                   signed_at=from_db_required(r[4]), items=items, checks=checks, reason=r[7])


class ClosingRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- the physical items ----------------------------------------------------------------
    def items(self) -> list[ChecklistItem]:
        """The current list, in its order."""
        rows = self._db.query_all(f"{_ITEM_SELECT} WHERE active = 1 ORDER BY position, id")
        return [_item(r) for r in rows]

    def add_item(self, label: str, position: int, now: datetime) -> int:
        cur = self._db.execute(
            "INSERT INTO closing_items (label, position, created_at, updated_at) VALUES (?, ?, ?, ?)",
            (label, position, to_db(now), to_db(now)))
        return int(cur.lastrowid)

    def update_item(self, item_id: int, label: str, position: int, now: datetime) -> None:
        self._db.execute("UPDATE closing_items SET label = ?, position = ?, updated_at = ? "
                         "WHERE id = ? AND active = 1", (label, position, to_db(now), item_id))

    def retire_item(self, item_id: int, now: datetime) -> None:
        """Off the list; the row stays (signed closings keep their own copy of the words anyway)."""
        self._db.execute("UPDATE closing_items SET active = 0, updated_at = ? WHERE id = ?", (to_db(now), item_id))

    # -- signed closings -----------------------------------------------------------------------
    def add(self, day: date, signed_by: int, signed_at: datetime, items: tuple[ItemAnswer, ...],
            checks: tuple[DataCheck, ...], reason: str) -> int:
        cur = self._db.execute(
            "INSERT INTO closings (day, signed_by, signed_at, items, checks, reason) VALUES (?, ?, ?, ?, ?, ?)",
            (day.isoformat(), signed_by, to_db(signed_at), _items_json(items), _checks_json(checks), reason))
        return int(cur.lastrowid)

    def get(self, day: date) -> Closing | None:
        row = self._db.query_one(f"{_CLOSING_SELECT} WHERE k.day = ?", (day.isoformat(),))
        return None if row is None else _closing(row)

    def between(self, first: date, last: date) -> list[Closing]:
        """Signed closings from ``first`` to ``last`` (both included), by day."""
        rows = self._db.query_all(f"{_CLOSING_SELECT} WHERE k.day BETWEEN ? AND ? ORDER BY k.day",
                                  (first.isoformat(), last.isoformat()))
        return [_closing(r) for r in rows]

    def signed_days(self, first: date, last: date) -> set[date]:
        rows = self._db.query_all("SELECT day FROM closings WHERE day BETWEEN ? AND ?",
                                  (first.isoformat(), last.isoformat()))
        return {date.fromisoformat(r[0]) for r in rows}

    # -- what the live checks read about the room ----------------------------------------------------
    def open_crises(self) -> list[tuple[datetime, datetime | None, str]]:
        """Each open crisis's opening, last review and counsellor's name, the longest open first
        (``CrisisRepository.all_open``'s order): all the closing check asks, and nothing about the client."""
        rows = self._db.query_all(
            "SELECT k.opened_at, k.last_reviewed_at, coalesce(u.display_name, '') FROM crises k "
            "JOIN cases c ON c.id = k.case_id LEFT JOIN users u ON u.id = c.counsellor_id "
            "WHERE k.status = 'open' ORDER BY k.opened_at, k.id")
        return [(from_db_required(r[0]), from_db(r[1]), r[2]) for r in rows]

    def in_use_since(self) -> date | None:
        """The first day closings count: when the checklist came into use, or an earlier signed one."""
        found = MetaRepository(self._db).get(SINCE_KEY)
        since = date.fromisoformat(found) if found else None
        row = self._db.query_one("SELECT min(day) FROM closings")
        earliest = date.fromisoformat(row[0]) if row and row[0] else None
        candidates = [d for d in (since, earliest) if d is not None]
        return min(candidates) if candidates else None
