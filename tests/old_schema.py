"""A database made by an older schema, with one counsellor, one client and one case: to check that
a migration keeps rows, and that the repositories read an archive exported before it."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

from counselroom.domain.clock import utc_now
from counselroom.storage.database import Database
from counselroom.storage.migrations_runner import migrate, migrations_in

NOW = "2026-11-02T08:00:00.000000+00:00"


def database_at(tmp_path: Path, version: int) -> tuple[Database, bytes]:
    """Schema ``version`` with user 1 (李老师), client 1 (王䶮) and case 1, and its key; :func:`migrate_all`
    brings it up to date."""
    key = os.urandom(32)
    folder = Path(str(resources.files("counselroom.storage") / "migrations"))
    db = Database.create_new(tmp_path / "old.db", key)
    migrate(db, key=key, backup_dir=tmp_path / "b", now=utc_now(),
            migrations=[m for m in migrations_in(folder) if m.version <= version])
    with db.transaction():
        db.execute("INSERT INTO users (id, username, display_name, role, created_at) "
                   "VALUES (1, 'li', '李老师', 'counsellor', ?)", (NOW,))
        db.execute("INSERT INTO clients (id, case_no, name, gender, client_type, referral_source, created_at, "
                   "updated_at) VALUES (1, '2026-0001', '王䶮', 'female', 'student', 'self', ?, ?)", (NOW, NOW))
        db.execute("INSERT INTO cases (id, client_id, number, counsellor_id, opened_on, reason, category, "
                   "created_at, updated_at) VALUES (1, 1, 1, 1, '2026-11-02', '焦虑', 'emotion', ?, ?)", (NOW, NOW))
    return db, key


def migrate_all(db: Database, key: bytes, tmp_path: Path) -> None:
    migrate(db, key=key, backup_dir=tmp_path / "b", now=utc_now())
