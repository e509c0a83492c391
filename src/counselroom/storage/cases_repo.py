"""Cases and who they are shared with."""

from __future__ import annotations

from datetime import date, datetime

from counselroom.domain.cases import Case, CaseClosing, CaseDraft, CaseStatus, Outcome, ProblemCategory
from counselroom.storage.database import Database, Row
from counselroom.storage.timestamps import from_db, to_db

_COLUMNS = ("id, client_id, number, counsellor_id, opened_on, reason, category, plan, status, "
            "closed_on, closing_summary, outcome, satisfaction, created_at")


def _case(row: Row) -> Case:
    return Case(id=row[0], client_id=row[1], number=row[2], counsellor_id=row[3],
                opened_on=date.fromisoformat(row[4]), reason=row[5], category=ProblemCategory(row[6]),
                plan=row[7], status=CaseStatus(row[8]),
                closed_on=date.fromisoformat(row[9]) if row[9] else None, closing_summary=row[10],
                outcome=Outcome(row[11]) if row[11] else None, satisfaction=row[12],
                created_at=from_db(row[13]))


class CaseRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, client_id: int, counsellor_id: int, draft: CaseDraft, now: datetime) -> int:
        number = self._db.query_value("SELECT coalesce(max(number), 0) + 1 FROM cases WHERE client_id = ?",
                                      (client_id,))
        cur = self._db.execute(
            "INSERT INTO cases (client_id, number, counsellor_id, opened_on, reason, category, plan, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (client_id, number, counsellor_id, draft.opened_on.isoformat(), draft.reason,
             draft.category.value, draft.plan, to_db(now), to_db(now)))
        return int(cur.lastrowid)

    def get(self, case_id: int) -> Case | None:
        row = self._db.query_one(f"SELECT {_COLUMNS} FROM cases WHERE id = ?", (case_id,))
        return None if row is None else _case(row)

    def for_client(self, client_id: int) -> list[Case]:
        rows = self._db.query_all(f"SELECT {_COLUMNS} FROM cases WHERE client_id = ? ORDER BY number",
                                  (client_id,))
        return [_case(r) for r in rows]

    def update_plan(self, case_id: int, draft: CaseDraft, now: datetime) -> None:
        self._db.execute("UPDATE cases SET reason = ?, category = ?, plan = ?, updated_at = ? WHERE id = ?",
                         (draft.reason, draft.category.value, draft.plan, to_db(now), case_id))

    def close(self, case_id: int, closing: CaseClosing, now: datetime) -> None:
        self._db.execute(
            "UPDATE cases SET status = 'closed', closed_on = ?, closing_summary = ?, outcome = ?, "
            "satisfaction = ?, updated_at = ? WHERE id = ?",
            (closing.closed_on.isoformat(), closing.summary, closing.outcome.value,
             closing.satisfaction, to_db(now), case_id))

    def reopen(self, case_id: int, now: datetime) -> None:
        self._db.execute("UPDATE cases SET status = 'open', closed_on = NULL, updated_at = ? WHERE id = ?",
                         (to_db(now), case_id))

    def reassign(self, case_id: int, counsellor_id: int, now: datetime) -> None:
        self._db.execute("UPDATE cases SET counsellor_id = ?, updated_at = ? WHERE id = ?",
                         (counsellor_id, to_db(now), case_id))

    def shared_with(self, case_id: int) -> set[int]:
        return {r[0] for r in self._db.query_all("SELECT user_id FROM case_shares WHERE case_id = ?",
                                                 (case_id,))}

    def share(self, case_id: int, user_id: int, granted_by: int, now: datetime) -> None:
        self._db.execute("INSERT OR IGNORE INTO case_shares (case_id, user_id, granted_by, granted_at) "
                         "VALUES (?, ?, ?, ?)", (case_id, user_id, granted_by, to_db(now)))

    def unshare(self, case_id: int, user_id: int) -> None:
        self._db.execute("DELETE FROM case_shares WHERE case_id = ? AND user_id = ?", (case_id, user_id))
