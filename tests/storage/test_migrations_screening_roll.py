"""Migration 25 (a closed campaign's roll) on a database made before it: a campaign already closed gets
its roll, best effort, from its sheets and the roster; an open one gets none; a roll is never changed."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

import pytest
import sqlcipher3

from counselroom.domain.clock import utc_now
from counselroom.storage.database import Database
from counselroom.storage.migrations_runner import migrate, migrations_in

BEFORE, CLOSED, AFTER = "2026-09-01T00:00:00+00:00", "2026-10-20T08:00:00+00:00", "2026-11-01T00:00:00+00:00"

#: id, type, grade, class, active, registered
CLIENTS = [(1, "student", "初二", "3班", 1, BEFORE),     # screened in 初一 1班, moved up since
           (2, "student", "初一", "2班", 1, BEFORE),     # not screened
           (3, "student", "初一", "1班", 1, BEFORE),     # opted out
           (4, "student", "初一", "1班", 1, AFTER),      # registered after the campaign closed
           (5, "student", "初一", "1班", 0, BEFORE),     # left school
           (6, "parent", "初一", "1班", 1, BEFORE),
           (7, "student", "初二", "2班", 1, BEFORE),     # outside the campaign
           (8, "student", "初二", "1班", 1, BEFORE)]     # in the class the campaign names


def test_closed_campaigns_get_their_roll_and_open_ones_none(tmp_path):
    key = os.urandom(32)
    folder = Path(str(resources.files("counselroom.storage") / "migrations"))
    db = Database.create_new(tmp_path / "x.db", key)
    migrate(db, key=key, backup_dir=tmp_path / "b", now=utc_now(),
            migrations=[m for m in migrations_in(folder) if m.version <= 24])
    with db.transaction():
        db.execute("INSERT INTO users (id, username, display_name, role, created_at) "
                   "VALUES (1, 'wang', '王老师', 'supervisor', ?)", (BEFORE,))
        for client_id, kind, grade, class_name, active, at in CLIENTS:
            db.execute("INSERT INTO clients (id, case_no, name, gender, client_type, grade, class_name, "
                       "referral_source, active, created_at, updated_at) "
                       "VALUES (?, ?, ?, 'female', ?, ?, ?, 'self', ?, ?, ?)",
                       (client_id, f"2026-{client_id:04d}", f"学生{client_id}", kind, grade, class_name, active, at, at))
        db.execute("INSERT INTO scales (id, code, version, definition, imported_at) VALUES (1, 'x', '1', '{}', ?)",
                   (BEFORE,))
        for campaign_id, status, closed_at in ((1, "closed", CLOSED), (2, "open", None)):
            db.execute("INSERT INTO screening_campaigns (id, name, starts_on, ends_on, status, created_by, "
                       "created_at, updated_at, closed_at) VALUES (?, '普查', '2026-10-09', '2026-10-20', ?, 1, ?, ?, ?)",
                       (campaign_id, status, BEFORE, BEFORE, closed_at))
            db.execute("INSERT INTO screening_campaign_scope (campaign_id, grade, class_name) VALUES (?, '初一', '')",
                       (campaign_id,))
            db.execute("INSERT INTO screening_campaign_scope (campaign_id, grade, class_name) VALUES (?, '初二', '1班')",
                       (campaign_id,))
            db.execute("INSERT INTO screening_campaign_left_out (campaign_id, client_id, why) VALUES (?, 3, 'opted_out')",
                       (campaign_id,))
            db.execute("INSERT INTO screening_sheets (campaign_id, client_id, scale_id, grade, class_name, answers, "
                       "valid, positive, entered_how, entered_by, entered_at) "
                       "VALUES (?, 1, 1, '初一', '1班', '{}', 1, 0, 'import', 1, ?)", (campaign_id, BEFORE))
    done = migrate(db, key=key, backup_dir=tmp_path / "b", now=utc_now())
    assert 25 in [m.version for m in done]
    roll = db.query_all("SELECT campaign_id, client_id, grade, class_name, left_out FROM screening_campaign_roll "
                        "ORDER BY campaign_id, client_id")
    assert [tuple(r) for r in roll] == [(1, 1, "初一", "1班", ""), (1, 2, "初一", "2班", ""),
                                        (1, 3, "初一", "1班", "opted_out"), (1, 8, "初二", "1班", "")]
    with pytest.raises(sqlcipher3.dbapi2.IntegrityError, match="kept as it closed"):
        with db.transaction():
            db.execute("UPDATE screening_campaign_roll SET class_name = '9班'")
    assert db.query_one("PRAGMA integrity_check")[0] == "ok"
    db.close()
