"""The activities log (活动记录) and its files; the files' bytes stay inside the encrypted database.

Days are wall-clock 'YYYY-MM-DD' text, so a period is ``held_on BETWEEN first AND last`` on the
index ``activities_day``, which also holds what the counts add up (kind, lessons, attendance).
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from datetime import date, datetime

from counselroom.domain.activities import (
    Activity, ActivityDraft, ActivityFile, ActivityKind, ActivityTotals, Audience, ClassLessons,
)
from counselroom.storage.database import Database, Row
from counselroom.storage.timestamps import from_db, from_db_required, to_db

_SELECT = ("SELECT a.id, a.held_on, a.kind, a.title, a.audience, a.audience_detail, a.attendance, a.lessons, "
           "a.outside_presenter, a.notes, a.created_by, coalesce(cb.display_name, ''), a.created_at, a.updated_by, "
           "a.updated_at FROM activities a LEFT JOIN users cb ON cb.id = a.created_by")
_FILES = "SELECT id, activity_id, name, mime, size, added_by, added_at FROM activity_attachments"
# Newest first; among one day's, the last logged first.
_ORDER = " ORDER BY a.held_on DESC, a.id DESC"
_PERIOD = "a.held_on BETWEEN ? AND ?"
# One person's activities: those they ran.
_RUN_BY = "a.id IN (SELECT activity_id FROM activity_presenters WHERE user_id = ?)"


def _file(r: Row) -> ActivityFile:
    return ActivityFile(id=r[0], activity_id=r[1], name=r[2], mime=r[3], size=r[4], added_by=r[5],
                        added_at=from_db_required(r[6]))


def _where(first: date, last: date, kind: ActivityKind | None,
           presenter_id: int | None) -> tuple[str, list[object]]:
    clauses: list[str] = [_PERIOD]
    params: list[object] = [first.isoformat(), last.isoformat()]
    if kind is not None:
        clauses.append("a.kind = ?")
        params.append(kind.value)
    if presenter_id is not None:
        clauses.append(_RUN_BY)
        params.append(presenter_id)
    return " WHERE " + " AND ".join(clauses), params


class ActivityRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- writing ------------------------------------------------------------------------------------
    def add(self, draft: ActivityDraft, by: int, now: datetime) -> int:
        cur = self._db.execute(
            "INSERT INTO activities (held_on, kind, title, audience, audience_detail, attendance, lessons, "
            "outside_presenter, notes, created_by, created_at, updated_by, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (*self._values(draft), by, to_db(now), by, to_db(now)))
        activity_id = int(cur.lastrowid)
        self._set_presenters(activity_id, draft.presenter_ids)
        return activity_id

    def update(self, activity_id: int, draft: ActivityDraft, by: int, now: datetime) -> None:
        self._db.execute(
            "UPDATE activities SET held_on = ?, kind = ?, title = ?, audience = ?, audience_detail = ?, "
            "attendance = ?, lessons = ?, outside_presenter = ?, notes = ?, updated_by = ?, updated_at = ? "
            "WHERE id = ?", (*self._values(draft), by, to_db(now), activity_id))
        self._db.execute("DELETE FROM activity_presenters WHERE activity_id = ?", (activity_id,))
        self._set_presenters(activity_id, draft.presenter_ids)

    @staticmethod
    def _values(draft: ActivityDraft) -> tuple[object, ...]:
        return (draft.held_on.isoformat(), draft.kind.value, draft.title, draft.audience.value,
                draft.audience_detail, draft.attendance, draft.lessons, draft.outside_presenter, draft.notes)

    def _set_presenters(self, activity_id: int, user_ids: tuple[int, ...]) -> None:
        for user_id in user_ids:
            self._db.execute("INSERT INTO activity_presenters (activity_id, user_id) VALUES (?, ?)",
                             (activity_id, user_id))

    def delete(self, activity_id: int) -> None:
        """The activity with its presenters and files."""
        for table in ("activity_attachments", "activity_presenters"):
            self._db.execute(f"DELETE FROM {table} WHERE activity_id = ?", (activity_id,))
        self._db.execute("DELETE FROM activities WHERE id = ?", (activity_id,))

    def add_file(self, activity_id: int, name: str, mime: str, data: bytes, by: int, now: datetime) -> int:
        cur = self._db.execute(
            "INSERT INTO activity_attachments (activity_id, name, mime, size, sha256, data, added_by, added_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (activity_id, name, mime, len(data), hashlib.sha256(data).hexdigest(), data, by, to_db(now)))
        return int(cur.lastrowid)

    def remove_file(self, file_id: int) -> None:
        self._db.execute("DELETE FROM activity_attachments WHERE id = ?", (file_id,))

    # -- reading ------------------------------------------------------------------------------------
    def get(self, activity_id: int) -> Activity | None:
        found = self._complete(self._db.query_all(f"{_SELECT} WHERE a.id = ?", (activity_id,)))
        return found[0] if found else None

    def in_period(self, first: date, last: date, *, kind: ActivityKind | None = None,
                  presenter_id: int | None = None) -> list[Activity]:
        """The activities held from ``first`` through ``last``, newest first."""
        where, params = _where(first, last, kind, presenter_id)
        return self._complete(self._db.query_all(f"{_SELECT}{where}{_ORDER}", params))

    def first_day(self) -> date | None:
        """The day of the earliest activity logged (where the page's list of terms starts)."""
        value = self._db.query_value("SELECT min(held_on) FROM activities")
        return None if value is None else date.fromisoformat(value)

    def file(self, file_id: int) -> ActivityFile | None:
        row = self._db.query_one(f"{_FILES} WHERE id = ?", (file_id,))
        return None if row is None else _file(row)

    def file_data(self, file_id: int) -> bytes | None:
        row = self._db.query_one("SELECT data FROM activity_attachments WHERE id = ?", (file_id,))
        return None if row is None else bytes(row[0])

    def _complete(self, rows: list[Row]) -> list[Activity]:
        """Activities from their rows, with their presenters and files (one query each for all of them)."""
        if not rows:
            return []
        ids = [r[0] for r in rows]
        marks = ", ".join("?" * len(ids))
        presenters: dict[int, list[tuple[int, str]]] = defaultdict(list)
        for activity_id, user_id, name in self._db.query_all(
                "SELECT p.activity_id, p.user_id, coalesce(u.display_name, '') FROM activity_presenters p "
                f"LEFT JOIN users u ON u.id = p.user_id WHERE p.activity_id IN ({marks}) "
                "ORDER BY p.activity_id, u.display_name, p.user_id", ids):
            presenters[activity_id].append((user_id, name))
        files: dict[int, list[ActivityFile]] = defaultdict(list)
        for row in self._db.query_all(f"{_FILES} WHERE activity_id IN ({marks}) ORDER BY id", ids):
            files[row[1]].append(_file(row))
        return [Activity(id=r[0], held_on=date.fromisoformat(r[1]), kind=ActivityKind(r[2]), title=r[3],
                         audience=Audience(r[4]), audience_detail=r[5], attendance=r[6], lessons=r[7],
                         outside_presenter=r[8], notes=r[9],
                         presenter_ids=tuple(p[0] for p in presenters[r[0]]),
                         presenter_names=tuple(p[1] for p in presenters[r[0]]),
                         files=tuple(files[r[0]]), created_by=r[10], created_by_name=r[11],
                         created_at=from_db(r[12]), updated_by=r[13], updated_at=from_db(r[14]))
                for r in rows]

    # -- counting (the statistics and the term report) ------------------------------------------------
    def totals_by_kind(self, first: date, last: date, *, presenter_id: int | None = None) -> list[ActivityTotals]:
        """Per kind (only kinds with activities), in the order of ActivityKind."""
        where, params = _where(first, last, None, presenter_id)
        rows = self._db.query_all(
            "SELECT a.kind, count(*), coalesce(sum(a.lessons), 0), coalesce(sum(a.attendance), 0) "
            f"FROM activities a{where} GROUP BY a.kind", params)
        order = list(ActivityKind)
        found = [ActivityTotals(ActivityKind(r[0]), r[1], r[2], r[3]) for r in rows]
        return sorted(found, key=lambda t: order.index(t.kind))

    def totals_by_month(self, first: date, last: date, *,
                        presenter_id: int | None = None) -> list[ActivityTotals]:
        """Per month and kind (only those with activities), by month, then in the order of ActivityKind."""
        where, params = _where(first, last, None, presenter_id)
        rows = self._db.query_all(
            "SELECT substr(a.held_on, 1, 7), a.kind, count(*), coalesce(sum(a.lessons), 0), "
            f"coalesce(sum(a.attendance), 0) FROM activities a{where} GROUP BY 1, 2", params)
        order = list(ActivityKind)
        found = [ActivityTotals(ActivityKind(r[1]), r[2], r[3], r[4], month=date.fromisoformat(f"{r[0]}-01"))
                 for r in rows]
        return sorted(found, key=lambda t: (t.month, order.index(t.kind)))

    def class_lessons(self, first: date, last: date, *, presenter_id: int | None = None) -> list[ClassLessons]:
        """Mental health lessons given to a class, per class as it was written ('初二(3)班'), by class."""
        where, params = _where(first, last, ActivityKind.LESSON, presenter_id)
        rows = self._db.query_all(
            "SELECT a.audience_detail, coalesce(sum(a.lessons), 0), count(*) FROM activities a"
            f"{where} AND a.audience = ? GROUP BY a.audience_detail ORDER BY a.audience_detail",
            [*params, Audience.CLASS.value])
        return [ClassLessons(r[0], r[1], r[2]) for r in rows]
