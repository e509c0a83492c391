"""Crises and their steps."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime

from counselroom.domain.crisis import (
    Crisis, CrisisReport, CrisisSource, CrisisStatus, CrisisStep, StepRecord, StepState,
)
from counselroom.domain.scales import abbreviation
from counselroom.domain.visits import RiskLevel
from counselroom.storage.database import Database, Row
from counselroom.storage.timestamps import from_db, from_db_required, to_db

#: Schema 22 added the report of a crisis opened by hand. An archive exported before it (read with
#: these repositories, ``archive/verify.py``) has no such columns: its crises were all opened by a record.
REPORT_SCHEMA = 22
_REPORT = "k.source, k.reporter, k.reporter_contact, k.report, k.reported_at"
_NO_REPORT = "'', '', '', '', NULL"


def _select(report: str) -> str:
    return ("SELECT k.id, k.case_id, c.client_id, k.visit_id, k.risk, k.opened_at, k.status, k.closed_at, "
            "k.closing_note, k.last_reviewed_at, cl.name, cl.case_no, c.counsellor_id, u.display_name, "
            "v.session_no, v.visit_date, k.test_id, coalesce(s.code, ''), t.administered_on, "
            f"coalesce(json_extract(s.definition, '$.name.en'), ''), {report} FROM crises k "
            "JOIN cases c ON c.id = k.case_id JOIN clients cl ON cl.id = c.client_id "
            "LEFT JOIN users u ON u.id = c.counsellor_id LEFT JOIN visits v ON v.id = k.visit_id "
            "LEFT JOIN test_administrations t ON t.id = k.test_id LEFT JOIN scales s ON s.id = t.scale_id")


_STEP_COLUMNS = ("crisis_id, step, state, done_at, done_by, contact, method, note, reason, follow_up_dates, "
                 "recorded_by")


def _step(step: CrisisStep, r: Row) -> StepRecord:
    return StepRecord(step, StepState(r[2]), datetime.fromisoformat(r[3]) if r[3] else None,
                      r[4], r[5], r[6], r[7], r[8], _dates(r[9]), r[10])


def _dates(text: str) -> tuple[date, ...]:
    # Most steps have none: a few thousand open crises are read at once.
    return () if text == "[]" else tuple(date.fromisoformat(d) for d in json.loads(text))


def _report(row: Row) -> CrisisReport | None:
    if not row[20]:
        return None
    return CrisisReport(source=CrisisSource(row[20]), risk=RiskLevel(row[4]), report=row[23],
                        reported_at=datetime.fromisoformat(row[24]), reporter=row[21], reporter_contact=row[22])


def _crisis(row: Row, steps: tuple[StepRecord, ...]) -> Crisis:
    return Crisis(id=row[0], case_id=row[1], client_id=row[2], visit_id=row[3], risk=RiskLevel(row[4]),
                  opened_at=from_db_required(row[5]), status=CrisisStatus(row[6]), closed_at=from_db(row[7]),
                  closing_note=row[8], last_reviewed_at=from_db(row[9]), client_name=row[10],
                  client_case_no=row[11], counsellor_id=row[12], counsellor_name=row[13] or "",
                  visit_no=row[14], visit_date=date.fromisoformat(row[15]) if row[15] else None,
                  test_id=row[16], test_scale_code=row[17],
                  test_scale=abbreviation(row[19], row[17]) if row[17] else "",
                  test_date=date.fromisoformat(row[18]) if row[18] else None, steps=steps,
                  report=_report(row))


def _of_user(user_id: int | None) -> tuple[str, tuple[object, ...]]:
    if user_id is None:
        return "", ()
    return ("AND (c.counsellor_id = ? OR c.id IN (SELECT case_id FROM case_shares WHERE user_id = ?)) ",
            (user_id, user_id))


class CrisisRepository:
    def __init__(self, db: Database) -> None:
        self._db = db
        self._select_sql: str | None = None

    @property
    def _select_from(self) -> str:
        if self._select_sql is None:
            self._select_sql = _select(_REPORT if self._db.user_version() >= REPORT_SCHEMA else _NO_REPORT)
        return self._select_sql

    def steps(self, crisis_id: int) -> tuple[StepRecord, ...]:
        """One crisis's steps, in :class:`CrisisStep` order."""
        return self.steps_of([crisis_id])[crisis_id]

    def steps_of(self, crisis_ids: Iterable[int]) -> dict[int, tuple[StepRecord, ...]]:
        """The steps of many crises in one query (a list of open crises ran one per crisis:
        4,352 queries for a big school's Today page, issue 15). Every given id is a key."""
        ids = sorted(set(crisis_ids))
        if not ids:
            return {}
        # json_each: one parameter however many crises, within any SQLite's variable limit.
        rows = self._db.query_all(
            f"SELECT {_STEP_COLUMNS} FROM crisis_steps WHERE crisis_id IN (SELECT value FROM json_each(?))",
            (json.dumps(ids),))
        by_crisis: dict[int, dict[str, StepRecord]] = {crisis_id: {} for crisis_id in ids}
        # Records are immutable, and most steps of open crises read alike (still pending): one
        # record per distinct content instead of thousands of equal ones.
        made: dict[tuple[object, ...], StepRecord] = {}
        for r in rows:
            content = tuple(r[1:])
            record = made.get(content)
            if record is None:
                record = made[content] = _step(CrisisStep(r[1]), r)
            by_crisis[r[0]][r[1]] = record
        return {crisis_id: tuple(found[step.value] for step in CrisisStep) for crisis_id, found in by_crisis.items()}

    def _crises(self, rows: list[Row]) -> list[Crisis]:
        steps = self.steps_of(r[0] for r in rows)
        return [_crisis(r, steps[r[0]]) for r in rows]

    def _one(self, row: Row | None) -> Crisis | None:
        return None if row is None else self._crises([row])[0]

    def open(self, case_id: int, visit_id: int | None, risk: RiskLevel, opened_by: int, now: datetime,
             test_id: int | None = None, report: CrisisReport | None = None) -> int:
        """A new open crisis with its steps pending; ``report`` for one opened by hand."""
        given = ("", "", "", "", None) if report is None else (
            report.source.value, report.reporter, report.reporter_contact, report.report,
            report.reported_at.strftime("%Y-%m-%dT%H:%M"))
        cur = self._db.execute("INSERT INTO crises (case_id, visit_id, test_id, risk, opened_at, opened_by, "
                               "source, reporter, reporter_contact, report, reported_at) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                               (case_id, visit_id, test_id, risk.value, to_db(now), opened_by, *given))
        crisis_id = int(cur.lastrowid)
        for step in CrisisStep:
            self._db.execute("INSERT INTO crisis_steps (crisis_id, step) VALUES (?, ?)", (crisis_id, step.value))
        return crisis_id

    def get(self, crisis_id: int) -> Crisis | None:
        row = self._db.query_one(f"{self._select_from} WHERE k.id = ?", (crisis_id,))
        return self._one(row)

    def open_for_case(self, case_id: int) -> Crisis | None:
        row = self._db.query_one(f"{self._select_from} WHERE k.case_id = ? AND k.status = 'open' ORDER BY k.id LIMIT 1",
                                 (case_id,))
        return self._one(row)

    def latest_for_case(self, case_id: int) -> Crisis | None:
        """The case's open crisis, else the one closed last."""
        row = self._db.query_one(f"{self._select_from} WHERE k.case_id = ? ORDER BY k.status = 'open' DESC, "
                                 "k.closed_at DESC, k.id DESC LIMIT 1", (case_id,))
        return self._one(row)

    def for_case(self, case_id: int) -> list[Crisis]:
        """Every crisis of the case, open or closed, oldest first."""
        return self._crises(self._db.query_all(f"{self._select_from} WHERE k.case_id = ? ORDER BY k.id", (case_id,)))

    def all_open(self, *, of_user: int | None = None) -> list[Crisis]:
        """Open crises, the longest open first; with ``of_user``, only those of the cases assigned
        to or shared with that user."""
        mine, params = _of_user(of_user)
        return self._crises(self._db.query_all(
            f"{self._select_from} WHERE k.status = 'open' {mine}ORDER BY k.opened_at, k.id", params))

    def all_closed(self, limit: int, *, of_user: int | None = None) -> list[Crisis]:
        """Closed crises, the most recently closed first; with ``of_user``, only those of
        the cases assigned to or shared with that user."""
        mine, params = _of_user(of_user)
        return self._crises(self._db.query_all(
            f"{self._select_from} WHERE k.status = 'closed' {mine}ORDER BY k.closed_at DESC, k.id DESC LIMIT ?",
            (*params, limit)))

    def raise_risk(self, crisis_id: int, risk: RiskLevel) -> None:
        self._db.execute("UPDATE crises SET risk = ? WHERE id = ?", (risk.value, crisis_id))

    def settle(self, crisis_id: int, record: StepRecord, now: datetime) -> None:
        self._db.execute(
            "UPDATE crisis_steps SET state = ?, done_at = ?, done_by = ?, contact = ?, method = ?, note = ?, "
            "reason = ?, follow_up_dates = ?, recorded_by = ?, recorded_at = ? WHERE crisis_id = ? AND step = ?",
            (record.state.value, record.done_at.strftime("%Y-%m-%dT%H:%M") if record.done_at else None,
             record.done_by, record.contact, record.method, record.note, record.reason,
             json.dumps([d.isoformat() for d in record.follow_up_dates]), record.recorded_by, to_db(now),
             crisis_id, record.step.value))

    def reviewed(self, crisis_id: int, now: datetime) -> None:
        self._db.execute("UPDATE crises SET last_reviewed_at = ? WHERE id = ?", (to_db(now), crisis_id))

    def close(self, crisis_id: int, note: str, now: datetime) -> None:
        self._db.execute("UPDATE crises SET status = 'closed', closed_at = ?, closing_note = ? WHERE id = ?",
                         (to_db(now), note, crisis_id))
