"""Migrations 17 and 24 (the statistics' indexes) on a database made before them, and the statistics' queries
reading a period through those indexes: no query walks a whole table of records (a term of a big
school is ~75,000 visits; the timings are in bench/bench_statistics.py)."""

from __future__ import annotations

import os
import re
from datetime import date, datetime, timezone
from importlib import resources
from pathlib import Path

from counselroom.domain.clock import utc_now
from counselroom.storage.database import Database
from counselroom.storage.migrations_runner import migrate, migrations_in
from counselroom.storage.statistics_repo import StatisticsRepository

NOW = "2026-11-02T08:00:00.000000+00:00"
# The tables of records a period selects from, as the queries name them (table, alias). Crises and
# referrals are a few a week even in a big school: those are read whole and joined to their cases by index.
_RECORD_ALIAS = re.compile(r"(?:FROM|JOIN) (visits|test_administrations|cases|clients|appointments|duty_shifts|"
                           r"visit_participants|crisis_steps|screening_sheets|screening_interviews) (\w+)")


def _schema_16_with_a_visit(tmp_path: Path) -> tuple[Database, bytes]:
    key = os.urandom(32)
    folder = Path(str(resources.files("counselroom.storage") / "migrations"))
    db = Database.create_new(tmp_path / "x.db", key)
    migrate(db, key=key, backup_dir=tmp_path / "b", now=utc_now(),
            migrations=[m for m in migrations_in(folder) if m.version <= 16])
    with db.transaction():
        db.execute("INSERT INTO users (id, username, display_name, role, created_at) "
                   "VALUES (1, 'li', '李老师', 'counsellor', ?)", (NOW,))
        db.execute("INSERT INTO clients (id, case_no, name, gender, client_type, grade, class_name, referral_source, "
                   "created_at, updated_at) VALUES (1, '2026-0001', '王䶮', 'female', 'student', '初二', '3班', 'self', "
                   "?, ?)", (NOW, NOW))
        db.execute("INSERT INTO cases (id, client_id, number, counsellor_id, opened_on, reason, category, created_at, "
                   "updated_at) VALUES (1, 1, 1, 1, '2026-11-02', '焦虑', 'emotion', ?, ?)", (NOW, NOW))
        db.execute("INSERT INTO visits (case_id, counsellor_id, session_no, kind, visit_date, status, created_at, "
                   "updated_at) VALUES (1, 1, 1, 'individual', '2026-11-02', 'signed', ?, ?)", (NOW, NOW))
    return db, key


def test_schema_16_takes_the_indexes_and_keeps_its_rows(tmp_path):
    db, key = _schema_16_with_a_visit(tmp_path)
    try:
        done = migrate(db, key=key, backup_dir=tmp_path / "b", now=utc_now())
        assert {17, 24} <= {m.version for m in done}
        names = {r[0] for r in db.query_all("SELECT name FROM sqlite_schema WHERE type = 'index'")}
        assert {"visits_statistics", "tests_statistics", "cases_opened", "cases_closed", "cases_by_id",
                "clients_by_id", "screening_sheets_statistics", "screening_interviews_statistics"} <= names
        repo = StatisticsRepository(db)
        assert repo.visits_by_kind_and_month(date(2026, 11, 1), date(2026, 11, 30), None) == [
            ("individual", "2026-11", 1)]
        assert repo.visit_profile(date(2026, 11, 1), date(2026, 11, 30), 1) == [
            ("student", "初二", "female", "emotion", 1, 1)]
    finally:
        db.close()


def test_every_query_reads_a_period_through_an_index(tmp_path):
    db, key = _schema_16_with_a_visit(tmp_path)
    try:
        migrate(db, key=key, backup_dir=tmp_path / "b", now=utc_now())
        statements: list[str] = []
        db.conn.set_trace_callback(statements.append)
        try:
            repo = StatisticsRepository(db)
            first, last = date(2026, 9, 1), date(2027, 1, 31)
            since = datetime(2026, 8, 31, 16, tzinfo=timezone.utc)
            before = datetime(2027, 1, 31, 16, tzinfo=timezone.utc)
            for who in (None, 1):
                repo.visits_by_kind_and_month(first, last, who)
                repo.visit_profile(first, last, who)
                repo.clients_seen(first, last, who)
                repo.group_attendance(first, last, who)
                repo.unsigned_drafts(first, last, who)
                repo.appointments_by_status(first, last, who)
                repo.cases_opened(first, last, who)
                repo.cases_closed(first, last, who)
                repo.crises_by_level(since, before, who)
                repo.median_days_to_close(since, before, who)
                repo.overdue_steps(since, before, before, who)
                repo.referrals_by_destination(first, last, who)
                repo.feedback_overdue(first, last, date(2026, 12, 10), who)
                repo.tests_by_scale_and_band(first, last, who)
                repo.duty_days(first, last, who, datetime(2026, 12, 10, 10))
                repo.screened_students(since, before, who)
                repo.screening_sheets(since, before, who)
                repo.screening_interviews(first, last, who)
        finally:
            db.conn.set_trace_callback(None)
        assert len(statements) == 36
        for sql in statements:
            plan = [row[3] for row in db.query_all(f"EXPLAIN QUERY PLAN {sql}")]
            aliases = {alias for _table, alias in _RECORD_ALIAS.findall(sql)}
            assert aliases, sql
            scans = [step for step in plan if step.startswith("SCAN ") and step.split()[1] in aliases]
            assert scans == [], (sql, plan)
        visit_plans = [db.query_all(f"EXPLAIN QUERY PLAN {sql}") for sql in statements if "FROM visits v" in sql]
        assert visit_plans and all("visits_statistics" in str(plan) for plan in visit_plans)
        # A sheet's row holds every answer: the period's sheets are read from migration 24's index alone.
        sheet_plans = [str(db.query_all(f"EXPLAIN QUERY PLAN {sql}")) for sql in statements
                       if "FROM screening_sheets s" in sql]
        assert len(sheet_plans) == 4 and all("COVERING INDEX screening_sheets_statistics" in p for p in sheet_plans)
    finally:
        db.close()
