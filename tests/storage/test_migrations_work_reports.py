"""Migration 18 (work reports) on a database made before it: the rows stay, a report is drafted and
signed through the repository, and the database keeps a signed one as signed."""

from __future__ import annotations

import os
from datetime import date, datetime, timezone
from importlib import resources
from pathlib import Path

import pytest
import sqlcipher3

from counselroom.domain.clock import utc_now
from counselroom.domain.periods import month_period
from counselroom.domain.statistics import Label, Statistics, Table, TableId, Unit
from counselroom.domain.work_reports import Narrative, ReportKind, ReportStatus, Snapshot
from counselroom.storage.database import Database
from counselroom.storage.migrations_runner import migrate, migrations_in
from counselroom.storage.work_reports_repo import WorkReportRepository

NOW = datetime(2026, 12, 2, 8, 0, tzinfo=timezone.utc)


def test_a_database_of_schema_17_takes_work_reports_and_keeps_signed_ones(tmp_path):
    key = os.urandom(32)
    folder = Path(str(resources.files("counselroom.storage") / "migrations"))
    db = Database.create_new(tmp_path / "x.db", key)
    migrate(db, key=key, backup_dir=tmp_path / "b", now=utc_now(),
            migrations=[m for m in migrations_in(folder) if m.version <= 17])
    with db.transaction():
        db.execute("INSERT INTO users (id, username, display_name, role, created_at) "
                   "VALUES (1, 'wang', '王老师', 'supervisor', ?)", (NOW.isoformat(),))
    done = migrate(db, key=key, backup_dir=tmp_path / "b", now=utc_now())
    assert 18 in [m.version for m in done]
    assert db.query_value("SELECT display_name FROM users WHERE id = 1") == "王老师"

    repo = WorkReportRepository(db)
    with db.transaction():
        report_id = repo.add(ReportKind.MONTH, "2026-11", 1, NOW)
        repo.save_narrative(report_id, Narrative("小结", "问题", "计划"), 1, NOW)
    with pytest.raises(sqlcipher3.dbapi2.IntegrityError):
        with db.transaction():
            repo.add(ReportKind.MONTH, "2026-11", 1, NOW)           # one report per period
    with pytest.raises(sqlcipher3.dbapi2.IntegrityError):
        with db.transaction():
            db.execute("UPDATE work_reports SET status = 'signed' WHERE id = ?", (report_id,))  # no snapshot
    table = Table(TableId.VISITS_BY_KIND, Unit.SESSIONS, (Label("individual", "个体", "Individual"),),
                  (Label("sessions", "次数", "Sessions"),), ((7,),))
    stats = Statistics(month_period(2026, 11), None, "", date(2026, 12, 2), (table,), ())
    with db.transaction():
        repo.sign(report_id, Snapshot(stats, 5, Narrative("小结", "问题", "计划"), "心理辅导室"), 1, NOW)
    signed = repo.get(report_id)
    assert signed is not None and signed.status is ReportStatus.SIGNED and signed.signed_by_name == "王老师"
    assert signed.snapshot is not None and signed.snapshot.statistics.tables == (table,)
    for bad in ("UPDATE work_reports SET summary = '改'", "DELETE FROM work_reports"):
        with pytest.raises(sqlcipher3.dbapi2.IntegrityError, match="kept as signed"):
            with db.transaction():
                db.execute(bad)
    assert db.query_one("PRAGMA integrity_check")[0] == "ok"
    db.close()
