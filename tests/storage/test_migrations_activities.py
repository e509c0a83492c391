"""Migration 16 (the activities log) on a database made before it: the rows stay, the new tables take
an activity through the repository, and the tables refuse what no form may write."""

from __future__ import annotations

import os
from datetime import date, datetime, timezone
from importlib import resources
from pathlib import Path

import pytest
import sqlcipher3

from counselroom.domain.activities import ActivityDraft, ActivityKind, Audience
from counselroom.domain.clock import utc_now
from counselroom.storage.activities_repo import ActivityRepository
from counselroom.storage.database import Database
from counselroom.storage.migrations_runner import migrate, migrations_in

NOW = datetime(2026, 11, 2, 8, 0, tzinfo=timezone.utc)


def test_a_database_of_schema_15_takes_the_activities_log(tmp_path):
    key = os.urandom(32)
    folder = Path(str(resources.files("counselroom.storage") / "migrations"))
    db = Database.create_new(tmp_path / "x.db", key)
    migrate(db, key=key, backup_dir=tmp_path / "b", now=utc_now(),
            migrations=[m for m in migrations_in(folder) if m.version <= 15])
    with db.transaction():
        db.execute("INSERT INTO users (id, username, display_name, role, created_at) "
                   "VALUES (1, 'li', '李老师', 'counsellor', ?)", (NOW.isoformat(),))
    done = migrate(db, key=key, backup_dir=tmp_path / "b", now=utc_now())
    assert 16 in [m.version for m in done]
    assert db.query_value("SELECT display_name FROM users WHERE id = 1") == "李老师"

    repo = ActivityRepository(db)
    with db.transaction():
        activity_id = repo.add(ActivityDraft(date(2026, 11, 2), ActivityKind.PARENTS, "家长会", Audience.PARENTS,
                                             attendance=None, lessons=0, presenter_ids=(1,)), 1, NOW)
        repo.add_file(activity_id, "签到表.pdf", "application/pdf", b"%PDF-1.4 x", 1, NOW)
    saved = repo.get(activity_id)
    assert saved is not None and saved.presenter_names == ("李老师",) and saved.files[0].size == 10

    for bad in ("UPDATE activities SET kind = 'group'",          # a visit's kind, not an activity's
                "UPDATE activities SET audience = 'students'",
                "UPDATE activities SET held_on = '2026-11-2'",
                "UPDATE activities SET title = ''",
                "UPDATE activities SET lessons = -1",
                "UPDATE activity_attachments SET mime = 'image/gif'",
                "INSERT INTO activity_presenters VALUES (1, 1)"):   # once each
        with pytest.raises(sqlcipher3.dbapi2.IntegrityError):
            with db.transaction():
                db.execute(bad)
    assert db.query_one("PRAGMA integrity_check")[0] == "ok"
    assert db.query_all("PRAGMA foreign_key_check") == []
    db.close()
