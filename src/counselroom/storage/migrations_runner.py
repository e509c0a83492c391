"""Schema migrations: one SQL file per version, ``PRAGMA user_version`` records it."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from importlib import resources
from pathlib import Path

import sqlcipher3

from counselroom.domain.backups import BackupKind, file_name, sidecar_path
from counselroom.domain.clock import wall_date
from counselroom.domain.errors import StorageError
from counselroom.storage.database import Database
from counselroom.storage.timestamps import to_db

_NAME_RE = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def bundled_migrations() -> list[Migration]:
    folder = resources.files("counselroom.storage") / "migrations"
    found = []
    for entry in folder.iterdir():
        m = _NAME_RE.match(entry.name)
        if m:
            found.append(Migration(int(m.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    return _checked(found)


def migrations_in(folder: Path) -> list[Migration]:
    found = []
    for entry in sorted(Path(folder).iterdir()):
        m = _NAME_RE.match(entry.name)
        if m:
            found.append(Migration(int(m.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    return _checked(found)


def _checked(found: list[Migration]) -> list[Migration]:
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if versions != list(range(1, len(found) + 1)):
        raise RuntimeError(f"migration files must be numbered 1..n without gaps: {versions}")
    return found


def latest_version(migrations: list[Migration] | None = None) -> int:
    migrations = bundled_migrations() if migrations is None else migrations
    return migrations[-1].version if migrations else 0


def pending(db: Database, migrations: list[Migration] | None = None) -> list[Migration]:
    migrations = bundled_migrations() if migrations is None else migrations
    current = db.user_version()
    newest = latest_version(migrations)
    if current > newest:
        raise StorageError("storage.too_new", found=current, supported=newest)
    return [m for m in migrations if m.version > current]


def backup_name(from_version: int, when: datetime) -> str:
    """``pre-migration-v{N}-{UTC time}.db``: listed with the other backups, never rotated away."""
    return file_name(BackupKind.PRE_MIGRATION, when, from_version=from_version)


def migrate(db: Database, *, key: bytes, backup_dir: Path, now: datetime,
            migrations: list[Migration] | None = None,
            sidecar: Callable[[bytes], bytes | None] | None = None) -> list[Migration]:
    """Bring ``db`` up to date. An existing database is backed up first, with its
    recovery keys beside it (``sidecar``: see ``Database.backup_to``).

    Each migration runs in its own transaction together with the version bump,
    so a crash leaves the database at a version it really has. A script may use
    ``:now`` (the moment, as stored) and ``:today`` (the room's date): SQLite's own clock would be the system's, not
    the application's.
    """
    todo = pending(db, migrations)
    if not todo:
        return []
    current = db.user_version()
    if current > 0:
        # The same encrypted, atomic copy as every other backup (Database.backup_to).
        serial = 1
        target = Path(backup_dir) / backup_name(current, now)
        while target.exists() or sidecar_path(target).exists():  # two updates within one second
            serial += 1
            target = Path(backup_dir) / file_name(BackupKind.PRE_MIGRATION, now, from_version=current,
                                                  serial=serial)
        db.backup_to(target, key, sidecar=sidecar)
    params = {"now": to_db(now), "today": wall_date(now).isoformat()}
    for migration in todo:
        with db.transaction():
            # executescript would COMMIT on its own; run statement by statement
            # inside our transaction instead.
            for statement in _statements(migration.sql):
                db.execute(statement, params)
            if _WRITES_SCHEMA_TEXT.search(migration.sql):
                _reload_schema(db)
            db.set_user_version(migration.version)
    return todo


_WRITES_SCHEMA_TEXT = re.compile(r"^\s*PRAGMA\s+writable_schema\s*=\s*(ON|1|TRUE)", re.IGNORECASE | re.MULTILINE)


def _reload_schema(db: Database) -> None:
    """After a script edited table definitions in ``sqlite_schema`` (a widened CHECK list): a new
    schema cookie makes every connection, this one included, parse them again; a definition that
    no longer parses fails here, inside the migration's transaction, and nothing is kept."""
    cookie = int(db.query_value("PRAGMA schema_version"))
    db.execute(f"PRAGMA schema_version = {cookie + 1}")
    db.query_one("SELECT count(*) FROM sqlite_schema")   # parses every definition again, or raises


def _statements(script: str) -> list[str]:
    """Split a migration script into statements (triggers keep their bodies)."""
    statements: list[str] = []
    buffer = ""
    for line in script.splitlines(keepends=True):
        if not buffer and line.strip().startswith("--"):
            continue
        buffer += line
        if sqlcipher3.complete_statement(buffer):
            if buffer.strip():
                statements.append(buffer.strip())
            buffer = ""
    if buffer.strip():
        statements.append(buffer.strip())
    return statements
