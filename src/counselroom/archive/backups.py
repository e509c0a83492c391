"""Local backups on disk: making, finding, describing and rotating the files.

Every backup is an encrypted copy made with SQLite's backup API through a
connection of its own (``Database.backup_to``: temporary name, sync, rename),
never a copy of the live file's bytes. Who may do what, and the audit rows,
are the service's business (``services/backups.py``).
"""

from __future__ import annotations

import contextlib
import os
from datetime import datetime, timedelta, tzinfo
from pathlib import Path

from counselroom.domain.backups import (
    BackupContents, BackupFile, BackupKind, file_name, parse_name_serial, rotation_victims,
)
from counselroom.domain.errors import StorageError
from counselroom.storage.backup_repo import BackupContentsRepository
from counselroom.storage.database import Database, partial_name

# A temporary file this old is left over from a copy that never finished.
STALE_PARTIAL = timedelta(hours=24)


def scan(folder: Path) -> list[BackupFile]:
    """The backups in ``folder``, newest first (other files are ignored)."""
    folder = Path(folder)
    found: list[BackupFile] = []
    try:
        entries = list(folder.iterdir())
    except (FileNotFoundError, NotADirectoryError):
        return []
    except OSError as exc:
        raise StorageError("backup.folder_unreadable", path=str(folder)) from exc
    for entry in entries:
        parsed = parse_name_serial(entry.name)
        if parsed is None:
            continue
        try:
            stat = entry.stat()
        except OSError:
            continue
        if not entry.is_file():
            continue
        found.append(BackupFile(entry, parsed[0], parsed[1], stat.st_size, parsed[2]))
    return sorted(found, key=lambda b: b.order, reverse=True)


def target_for(folder: Path, kind: BackupKind, when: datetime) -> Path:
    """A free file name for a backup made at ``when`` (a second one in the same second gets ``-2``)."""
    serial = 1
    while True:
        target = Path(folder) / file_name(kind, when, serial=serial)
        if not target.exists() and not partial_name(target).exists():
            return target
        serial += 1


def make(live_db: Path, key: bytes, folder: Path, kind: BackupKind, when: datetime) -> BackupFile:
    """Copy the live database into ``folder`` through a connection of its own.

    Safe on a worker thread while the window keeps writing: the copy is one
    consistent snapshot (see ``Database.backup_to``).
    """
    folder = Path(folder)
    clean_partials(folder, when)
    target = target_for(folder, kind, when)
    source = Database.open_existing(live_db, key)
    try:
        source.backup_to(target, key)
    finally:
        source.close()
    _, made_at, serial = parse_name_serial(target.name)
    return BackupFile(target, kind, made_at, target.stat().st_size, serial)


def clean_partials(folder: Path, now: datetime) -> list[Path]:
    """Remove temporary files of copies that never finished (a day old or more)."""
    removed = []
    with contextlib.suppress(OSError):
        for entry in Path(folder).glob(".*.db.partial"):
            with contextlib.suppress(OSError):
                age = now.timestamp() - entry.stat().st_mtime
                if age >= STALE_PARTIAL.total_seconds():
                    entry.unlink()
                    removed.append(entry)
    return removed


def rotate(folder: Path, *, keep: Path | None = None, tz: tzinfo | None = None) -> list[BackupFile]:
    """Remove the daily and on-demand backups the rotation does not keep; returns them.

    ``keep`` (the backup just made) is never removed, whatever the clock says."""
    removed = []
    for victim in rotation_victims(scan(folder), tz=tz):
        if keep is not None and victim.path == Path(keep):
            continue
        try:
            victim.path.unlink()
        except FileNotFoundError:
            continue
        except OSError:
            continue  # in use or read-only: tried again at the next backup
        removed.append(victim)
    return removed


def describe(path: Path, key: bytes) -> BackupContents:
    """Open the backup read-only with K and count what it holds."""
    db = Database.open_backup(path, key)
    try:
        return BackupContentsRepository(db).contents()
    finally:
        db.close()


def stage(source: Path, key: bytes, staging: Path, *, salt: bytes) -> BackupContents:
    """Copy a backup to ``staging`` (next to the live file) carrying the live file's ``salt``,
    so that it can take the live file's place with one rename; returns what the copy holds."""
    staging = Path(staging)
    with contextlib.suppress(FileNotFoundError):
        staging.unlink()
    src = Database.open_backup(source, key)
    try:
        src.backup_to(staging, key, salt=salt)
    finally:
        src.close()
    return describe(staging, key)


def swap_in(live_db: Path, staging: Path, aside: Path) -> None:
    """Move the (closed) live file to ``aside`` and the staged copy into its place.

    If the second rename fails the first is undone, so the live file is never missing."""
    live_db, staging, aside = Path(live_db), Path(staging), Path(aside)
    aside.parent.mkdir(parents=True, exist_ok=True)
    os.replace(live_db, aside)
    try:
        os.replace(staging, live_db)
    except OSError:
        os.replace(aside, live_db)
        raise
    _fsync_dirs(live_db.parent, aside.parent)


def swap_back(live_db: Path, aside: Path, failed: Path) -> None:
    """Undo :func:`swap_in`: the restored file goes to ``failed``, the set-aside one back in place."""
    os.replace(live_db, failed)
    os.replace(aside, live_db)
    _fsync_dirs(live_db.parent, aside.parent)


def _fsync_dirs(*folders: Path) -> None:
    if os.name == "nt":
        return
    for folder in {Path(f) for f in folders}:
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
