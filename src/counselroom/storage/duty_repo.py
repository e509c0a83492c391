"""Duty shifts (值班记录). Wall-clock times as 'YYYY-MM-DDTHH:MM:SS' text; moments in UTC."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from counselroom.domain.duty import DutyShift, Entry
from counselroom.storage.database import Database, Row
from counselroom.storage.timestamps import from_db, to_db

_SELECT = (
    "SELECT d.id, d.user_id, u.display_name, d.started_at, d.ended_at, d.visitors, d.notes, d.entry, "
    "d.finished_at, d.corrections, d.created_by, cb.display_name, d.created_at, d.updated_by, d.updated_at, "
    "d.withdrawn_at IS NOT NULL, d.withdraw_reason "
    "FROM duty_shifts d JOIN users u ON u.id = d.user_id JOIN users cb ON cb.id = d.created_by")
_LIVE = " d.withdrawn_at IS NULL"
_ORDER = " ORDER BY d.started_at, d.id"


def wall_text(value: datetime) -> str:
    return value.strftime("%Y-%m-%dT%H:%M:%S")


def _wall(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


def _shift(r: Row) -> DutyShift:
    return DutyShift(id=r[0], user_id=r[1], person=r[2], started_at=datetime.fromisoformat(r[3]),
                     ended_at=_wall(r[4]), visitors=r[5], notes=r[6], entry=Entry(r[7]),
                     finished_at=from_db(r[8]), corrections=r[9],
                     created_by=r[10], created_by_name=r[11], created_at=from_db(r[12]), updated_by=r[13],
                     updated_at=from_db(r[14]), withdrawn=bool(r[15]), withdraw_reason=r[16])


class DutyRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, *, user_id: int, started_at: datetime, ended_at: datetime | None, visitors: int, notes: str,
            entry: Entry, by: int, now: datetime) -> int:
        cur = self._db.execute(
            "INSERT INTO duty_shifts (user_id, started_at, ended_at, visitors, notes, entry, finished_at, "
            "created_by, created_at, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (user_id, wall_text(started_at), None if ended_at is None else wall_text(ended_at), visitors, notes,
             entry.value, None if ended_at is None else to_db(now), by, to_db(now), by, to_db(now)))
        return int(cur.lastrowid)

    def update(self, shift_id: int, *, started_at: datetime, ended_at: datetime | None, visitors: int, notes: str,
               by: int, now: datetime, finished: bool = False, correction: bool = False) -> None:
        """New values; ``finished`` records now as the moment the end was entered, ``correction`` counts one."""
        self._db.execute(
            "UPDATE duty_shifts SET started_at = ?, ended_at = ?, visitors = ?, notes = ?, "
            "finished_at = CASE WHEN ? THEN ? ELSE finished_at END, corrections = corrections + ?, "
            "updated_by = ?, updated_at = ? WHERE id = ?",
            (wall_text(started_at), None if ended_at is None else wall_text(ended_at), visitors, notes,
             int(finished), to_db(now), int(correction), by, to_db(now), shift_id))

    def withdraw(self, shift_id: int, *, by: int, reason: str, now: datetime) -> None:
        self._db.execute(
            "UPDATE duty_shifts SET withdrawn_at = ?, withdrawn_by = ?, withdraw_reason = ?, updated_by = ?, "
            "updated_at = ? WHERE id = ?",
            (to_db(now), by, reason, by, to_db(now), shift_id))

    def get(self, shift_id: int) -> DutyShift | None:
        row = self._db.query_one(f"{_SELECT} WHERE d.id = ?", (shift_id,))
        return None if row is None else _shift(row)

    def open_for(self, user_id: int) -> DutyShift | None:
        row = self._db.query_one(f"{_SELECT} WHERE d.user_id = ? AND d.ended_at IS NULL AND{_LIVE}", (user_id,))
        return None if row is None else _shift(row)

    def open_shifts(self) -> list[DutyShift]:
        return [_shift(r) for r in self._db.query_all(f"{_SELECT} WHERE d.ended_at IS NULL AND{_LIVE}{_ORDER}")]

    def person_on(self, user_id: int, day: date) -> list[DutyShift]:
        """The person's shifts that started on ``day`` (a shift never passes midnight)."""
        low = wall_text(datetime.combine(day, time()))
        high = wall_text(datetime.combine(day + timedelta(days=1), time()))
        rows = self._db.query_all(
            f"{_SELECT} WHERE d.user_id = ? AND d.started_at >= ? AND d.started_at < ? AND{_LIVE}{_ORDER}",
            (user_id, low, high))
        return [_shift(r) for r in rows]

    def between(self, start: date, end: date) -> list[DutyShift]:
        """Shifts that started from ``start`` up to but excluding ``end`` (days), withdrawn ones left out."""
        low = wall_text(datetime.combine(start, time()))
        high = wall_text(datetime.combine(end, time()))
        rows = self._db.query_all(f"{_SELECT} WHERE d.started_at >= ? AND d.started_at < ? AND{_LIVE}{_ORDER}",
                                  (low, high))
        return [_shift(r) for r in rows]
