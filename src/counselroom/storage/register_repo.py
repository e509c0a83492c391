"""The 重点关注 register: its entries and their append-only history of changes."""

from __future__ import annotations

from datetime import date, datetime

from counselroom.domain.care_register import (
    Change, ChangeKind, Entry, EntryDraft, EntryFilter, Level, ReasonCategory, ReviewDue, Source, Status,
)
from counselroom.storage.database import Database, Row
from counselroom.storage.timestamps import from_db, from_db_required, to_db

_SELECT = ("SELECT e.id, e.client_id, e.level, e.status, e.reason_category, e.source, e.responsible_id, "
           "e.entered_at, e.entered_by, e.concern, e.source_ref, e.head_teacher, e.plan, e.next_review, "
           "e.exited_at, e.exit_reason, cl.name, cl.case_no, cl.grade, cl.class_name, "
           "coalesce(u.display_name, '') "
           "FROM register_entries e JOIN clients cl ON cl.id = e.client_id "
           "LEFT JOIN users u ON u.id = e.responsible_id ")


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _entry(r: Row, changes: tuple[Change, ...] = ()) -> Entry:
    return Entry(id=r[0], client_id=r[1], level=Level(r[2]), status=Status(r[3]),
                 reason_category=ReasonCategory(r[4]), source=Source(r[5]), responsible_id=r[6],
                 entered_at=from_db_required(r[7]), entered_by=r[8], concern=r[9], source_ref=r[10],
                 head_teacher=r[11], plan=r[12], next_review=_day(r[13]), exited_at=from_db(r[14]),
                 exit_reason=r[15], client_name=r[16], client_case_no=r[17], client_grade=r[18],
                 client_class=r[19], responsible_name=r[20], changes=changes)


def _visible(user_id: int | None) -> tuple[str, tuple[object, ...]]:
    """Entries one is responsible for, or about a client whose case one holds (or shares)."""
    if user_id is None:
        return "", ()
    return (" AND (e.responsible_id = ? OR e.client_id IN (SELECT c.client_id FROM cases c WHERE "
            "c.counsellor_id = ? OR c.id IN (SELECT case_id FROM case_shares WHERE user_id = ?)))",
            (user_id, user_id, user_id))


class RegisterRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    # -- reading -------------------------------------------------------------------------------------
    def get(self, entry_id: int, *, with_changes: bool = True) -> Entry | None:
        row = self._db.query_one(_SELECT + "WHERE e.id = ?", (entry_id,))
        if row is None:
            return None
        return _entry(row, self.changes(entry_id) if with_changes else ())

    def changes(self, entry_id: int) -> tuple[Change, ...]:
        rows = self._db.query_all(
            "SELECT g.id, g.kind, g.at, g.by_id, coalesce(u.display_name, ''), g.level, g.level_before, "
            "g.reviewed_on, g.next_review, g.note FROM register_changes g "
            "LEFT JOIN users u ON u.id = g.by_id WHERE g.entry_id = ? ORDER BY g.id", (entry_id,))
        return tuple(Change(id=r[0], kind=ChangeKind(r[1]), at=from_db_required(r[2]), by_id=r[3], by_name=r[4],
                            level=Level(r[5]), level_before=Level(r[6]) if r[6] else None,
                            reviewed_on=_day(r[7]), next_review=_day(r[8]), note=r[9]) for r in rows)

    def visible_to(self, entry_id: int, user_id: int) -> bool:
        clause, args = _visible(user_id)
        return self._db.query_one(f"SELECT 1 FROM register_entries e WHERE e.id = ?{clause}",
                                  (entry_id, *args)) is not None

    def open_for_client(self, client_id: int) -> int | None:
        row = self._db.query_one("SELECT id FROM register_entries WHERE client_id = ? AND status = 'open'",
                                 (client_id,))
        return None if row is None else int(row[0])

    def find(self, query: EntryFilter, *, of_user: int | None, limit: int) -> list[Entry]:
        """The entries the filter keeps, most serious first, then by the next review."""
        where, args = ["1 = 1"], []
        if query.status is not None:
            where.append("e.status = ?")
            args.append(query.status.value)
        if query.level is not None:
            where.append("e.level = ?")
            args.append(query.level.value)
        if query.due_by is not None:
            where.append("e.status = 'open' AND e.next_review <= ?")
            args.append(query.due_by.isoformat())
        if query.text:
            where.append("(instr(cl.name, ?) OR instr(cl.case_no, ?) OR instr(cl.class_name, ?) "
                         "OR instr(cl.grade, ?))")
            args += [query.text] * 4
        clause, extra = _visible(of_user)
        rows = self._db.query_all(
            _SELECT + "WHERE " + " AND ".join(where) + clause
            + " ORDER BY e.status <> 'open', e.level, e.next_review IS NULL, e.next_review, cl.name, e.id LIMIT ?",
            (*args, *extra, limit))
        return [_entry(r) for r in rows]

    def reviews_due(self, until: date, *, of_user: int | None) -> list[ReviewDue]:
        clause, args = _visible(of_user)
        rows = self._db.query_all(
            "SELECT e.id, e.next_review, e.level, cl.name, cl.case_no FROM register_entries e "
            "INDEXED BY register_review_due JOIN clients cl ON cl.id = e.client_id "
            f"WHERE e.status = 'open' AND e.next_review <= ?{clause} ORDER BY e.next_review, e.level, e.id",
            (until.isoformat(), *args))
        return [ReviewDue(r[0], date.fromisoformat(r[1]), Level(r[2]), r[3], r[4]) for r in rows]

    # -- writing -------------------------------------------------------------------------------------
    def add(self, client_id: int, draft: EntryDraft, source: Source, source_ref: str, *, by: int,
            now: datetime) -> int:
        cur = self._db.execute(
            "INSERT INTO register_entries (client_id, level, reason_category, concern, source, source_ref, "
            "responsible_id, head_teacher, plan, next_review, entered_at, entered_by) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (client_id, draft.level.value, draft.reason_category.value, draft.concern, source.value, source_ref,
             draft.responsible_id, draft.head_teacher, draft.plan, _iso(draft.next_review), to_db(now), by))
        entry_id = int(cur.lastrowid)
        self.add_change(entry_id, ChangeKind.ENTERED, draft.level, by=by, now=now, next_review=draft.next_review)
        return entry_id

    def update_details(self, entry_id: int, draft: EntryDraft) -> None:
        self._db.execute(
            "UPDATE register_entries SET reason_category = ?, concern = ?, responsible_id = ?, head_teacher = ?, "
            "plan = ?, next_review = ? WHERE id = ?",
            (draft.reason_category.value, draft.concern, draft.responsible_id, draft.head_teacher, draft.plan,
             _iso(draft.next_review), entry_id))

    def set_level(self, entry_id: int, level: Level) -> None:
        self._db.execute("UPDATE register_entries SET level = ? WHERE id = ?", (level.value, entry_id))

    def set_next_review(self, entry_id: int, day: date | None) -> None:
        self._db.execute("UPDATE register_entries SET next_review = ? WHERE id = ?", (_iso(day), entry_id))

    def exit(self, entry_id: int, reason: str, now: datetime) -> None:
        self._db.execute("UPDATE register_entries SET status = 'exited', exited_at = ?, exit_reason = ?, "
                         "next_review = NULL WHERE id = ?", (to_db(now), reason, entry_id))

    def add_change(self, entry_id: int, kind: ChangeKind, level: Level, *, by: int, now: datetime,
                   level_before: Level | None = None, reviewed_on: date | None = None,
                   next_review: date | None = None, note: str = "") -> None:
        self._db.execute(
            "INSERT INTO register_changes (entry_id, kind, at, by_id, level, level_before, reviewed_on, "
            "next_review, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (entry_id, kind.value, to_db(now), by, level.value, level_before.value if level_before else None,
             _iso(reviewed_on), _iso(next_review), note))


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()
