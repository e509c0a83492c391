"""Local backups: what a backup file is, how it is named, and which ones rotation keeps.

A backup is an encrypted copy of the whole database (same key K), made with
SQLite's backup API. Its file name says what kind it is and when it was made
(UTC), so listing a folder needs no key:

- ``counselroom-20260315-073000-daily.db``    the first use of the day
- ``counselroom-20260315-120000-manual.db``   "Back up now", ``admin backup``
- ``pre-migration-v9-20260315-073000.db``     before a schema update
- ``before-restore-20260315-160000.db``       the database a restore replaced

Next to each backup, ``<same name>.keys`` carries what the printed recovery code
needs to open it on a new computer (the recovery slot valid when it was made, the
installation id, the backup's salt, the key-file version); see
``security/keyfile.py``. The two are written, synced and renamed together, the
``.keys`` first, so a ``.db`` with a final name always has its keys.

Daily and on-demand backups are rotated: the newest of each of the last 7
days, 4 weeks and 12 months that have backups is kept. The other two kinds
are never removed by rotation.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timezone, tzinfo
from enum import Enum
from pathlib import Path

KEEP_DAILY = 7
KEEP_WEEKLY = 4
KEEP_MONTHLY = 12
REASON_MAX = 500
STAMP = "%Y%m%d-%H%M%S"


class BackupKind(str, Enum):
    DAILY = "daily"
    MANUAL = "manual"
    PRE_MIGRATION = "pre-migration"
    BEFORE_RESTORE = "before-restore"

    @property
    def rotated(self) -> bool:
        return self in (BackupKind.DAILY, BackupKind.MANUAL)


_REGULAR = re.compile(r"^counselroom-(\d{8}-\d{6})-(daily|manual)(?:-(\d+))?\.db$")
_PRE_MIGRATION = re.compile(r"^pre-migration-v(\d+)-(\d{8}-\d{6})(?:-(\d+))?\.db$")
_BEFORE_RESTORE = re.compile(r"^before-restore-(\d{8}-\d{6})(?:-(\d+))?\.db$")


@dataclass(frozen=True)
class BackupFile:
    """A backup as its folder shows it (no key needed)."""
    path: Path
    kind: BackupKind
    made_at: datetime          # aware, UTC, from the name
    size: int = 0
    serial: int = 1            # 2, 3, … for more backups within the same second

    @property
    def order(self) -> tuple[datetime, int]:
        """Sorts backups by when they were made."""
        return self.made_at, self.serial

    @property
    def name(self) -> str:
        return self.path.name


@dataclass(frozen=True)
class AuditHead:
    seq: int
    ts: datetime
    mac: str


@dataclass(frozen=True)
class BackupContents:
    """What a backup holds (needs the key to read)."""
    schema_version: int
    counts: dict[str, int] = field(default_factory=dict)
    audit_head: AuditHead | None = None
    installation_id: str | None = None


def _stamp(when: datetime) -> str:
    return when.astimezone(timezone.utc).strftime(STAMP)


def _parse_stamp(text: str) -> datetime:
    return datetime.strptime(text, STAMP).replace(tzinfo=timezone.utc)


def file_name(kind: BackupKind, when: datetime, *, from_version: int = 0, serial: int = 1) -> str:
    """The file name for a backup of ``kind`` made at ``when``; ``serial`` > 1 if that name is taken."""
    more = f"-{serial}" if serial > 1 else ""
    if kind is BackupKind.PRE_MIGRATION:
        return f"pre-migration-v{from_version}-{_stamp(when)}{more}.db"
    if kind is BackupKind.BEFORE_RESTORE:
        return f"before-restore-{_stamp(when)}{more}.db"
    return f"counselroom-{_stamp(when)}-{kind.value}{more}.db"


SIDECAR_SUFFIX = ".keys"


def sidecar_name(backup_name: str) -> str:
    """The recovery keys that go with a backup: ``counselroom-…-manual.db`` → ``counselroom-…-manual.keys``."""
    stem = backup_name[:-3] if backup_name.endswith(".db") else backup_name
    return stem + SIDECAR_SUFFIX


def sidecar_path(backup: Path) -> Path:
    backup = Path(backup)
    return backup.with_name(sidecar_name(backup.name))


def backup_name_of_sidecar(name: str) -> str | None:
    """``counselroom-…-manual.keys`` → ``counselroom-…-manual.db`` if that is a backup's name."""
    if not name.endswith(SIDECAR_SUFFIX):
        return None
    backup = name[:-len(SIDECAR_SUFFIX)] + ".db"
    return backup if parse_name_serial(backup) is not None else None


def parse_name(name: str) -> tuple[BackupKind, datetime] | None:
    """Kind and time of a backup file name; None for any other file."""
    parsed = parse_name_serial(name)
    return None if parsed is None else parsed[:2]


def parse_name_serial(name: str) -> tuple[BackupKind, datetime, int] | None:
    """Kind, time and serial (1 for the first in its second) of a backup file name."""
    m = _REGULAR.match(name)
    if m:
        return BackupKind(m.group(2)), _parse_stamp(m.group(1)), int(m.group(3) or 1)
    m = _PRE_MIGRATION.match(name)
    if m:
        return BackupKind.PRE_MIGRATION, _parse_stamp(m.group(2)), int(m.group(3) or 1)
    m = _BEFORE_RESTORE.match(name)
    if m:
        return BackupKind.BEFORE_RESTORE, _parse_stamp(m.group(1)), int(m.group(2) or 1)
    return None


def local_day(when: datetime, tz: tzinfo | None = None) -> date:
    """The day on the room's wall clock (``tz`` None: this computer's zone)."""
    return when.astimezone(tz).date()


def _newest_per(files: list[BackupFile], bucket: Callable[[BackupFile], Hashable], count: int) -> set[Path]:
    kept: set[Path] = set()
    seen: set[Hashable] = set()
    for backup in files:  # newest first
        key = bucket(backup)
        if key in seen:
            continue
        if len(seen) == count:
            break
        seen.add(key)
        kept.add(backup.path)
    return kept


def rotation_victims(files: Iterable[BackupFile], *, tz: tzinfo | None = None, daily: int = KEEP_DAILY,
                     weekly: int = KEEP_WEEKLY, monthly: int = KEEP_MONTHLY) -> list[BackupFile]:
    """The daily and on-demand backups rotation removes, oldest first.

    Kept: the newest backup of each of the ``daily`` most recent days that have
    one, of each of the ``weekly`` most recent ISO weeks and of each of the
    ``monthly`` most recent months. Days the room was closed do not use up a
    place. Pre-migration and before-restore backups are never victims.
    """
    regular = sorted((f for f in files if f.kind.rotated), key=lambda f: f.order, reverse=True)
    kept = _newest_per(regular, lambda f: local_day(f.made_at, tz), daily)
    kept |= _newest_per(regular, lambda f: local_day(f.made_at, tz).isocalendar()[:2], weekly)
    kept |= _newest_per(regular, lambda f: (local_day(f.made_at, tz).year, local_day(f.made_at, tz).month),
                        monthly)
    return sorted((f for f in regular if f.path not in kept), key=lambda f: f.order)
