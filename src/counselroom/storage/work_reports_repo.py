"""Work reports (schema 18): one per kind and period; a signed one is kept as signed by the database."""

from __future__ import annotations

from datetime import datetime

from counselroom.domain.work_reports import (
    Narrative, ReportKind, ReportStatus, Snapshot, WorkReport, snapshot_from_json, snapshot_json,
)
from counselroom.storage.database import Database, Row
from counselroom.storage.timestamps import from_db, from_db_required, to_db

_SELECT = ("SELECT r.id, r.kind, r.period, r.summary, r.problems, r.plans, r.status, r.updated_at, "
           "coalesce(u.display_name, ''), r.signed_at, coalesce(s.display_name, ''), r.snapshot "
           "FROM work_reports r LEFT JOIN users u ON u.id = r.updated_by LEFT JOIN users s ON s.id = r.signed_by")


def _report(r: Row) -> WorkReport:
    return WorkReport(id=r[0], kind=ReportKind(r[1]), period_code=r[2], narrative=Narrative(r[3], r[4], r[5]),
                      status=ReportStatus(r[6]), updated_at=from_db_required(r[7]), updated_by_name=r[8],
                      signed_at=from_db(r[9]), signed_by_name=r[10],
                      snapshot=None if r[11] is None else snapshot_from_json(r[11]))


class WorkReportRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, report_id: int) -> WorkReport | None:
        row = self._db.query_one(f"{_SELECT} WHERE r.id = ?", (report_id,))
        return None if row is None else _report(row)

    def find(self, kind: ReportKind, period_code: str) -> WorkReport | None:
        row = self._db.query_one(f"{_SELECT} WHERE r.kind = ? AND r.period = ?", (kind.value, period_code))
        return None if row is None else _report(row)

    def all(self) -> list[WorkReport]:
        """Every report, the latest period of each kind first."""
        rows = self._db.query_all(f"{_SELECT} ORDER BY r.kind, r.period DESC")
        return [_report(r) for r in rows]

    def add(self, kind: ReportKind, period_code: str, user_id: int, now: datetime) -> int:
        cur = self._db.execute(
            "INSERT INTO work_reports (kind, period, created_by, created_at, updated_by, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?)", (kind.value, period_code, user_id, to_db(now), user_id, to_db(now)))
        return int(cur.lastrowid)

    def save_narrative(self, report_id: int, narrative: Narrative, user_id: int, now: datetime) -> None:
        self._db.execute(
            "UPDATE work_reports SET summary = ?, problems = ?, plans = ?, updated_by = ?, updated_at = ? "
            "WHERE id = ?", (narrative.summary, narrative.problems, narrative.plans, user_id, to_db(now), report_id))

    def sign(self, report_id: int, snapshot: Snapshot, user_id: int, now: datetime) -> None:
        n = snapshot.narrative
        self._db.execute(
            "UPDATE work_reports SET summary = ?, problems = ?, plans = ?, status = 'signed', signed_by = ?, "
            "signed_at = ?, suppression_k = ?, snapshot = ?, updated_by = ?, updated_at = ? WHERE id = ?",
            (n.summary, n.problems, n.plans, user_id, to_db(now), snapshot.k, snapshot_json(snapshot), user_id,
             to_db(now), report_id))
