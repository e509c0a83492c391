"""Local backups on disk: making, finding, describing and rotating the files.

Every backup is an encrypted copy made with SQLite's backup API through a
connection of its own (``Database.backup_to``: temporary name, sync, rename),
never a copy of the live file's bytes, with its recovery keys beside it
(``<name>.keys``: what the printed recovery code needs to open it on a new
computer, see ``security/keyfile.py``). Who may do what, and the audit rows,
are the service's business (``services/backups.py``).
"""

from __future__ import annotations

import contextlib
import hmac
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import datetime, tzinfo
from pathlib import Path

from counselroom.domain.backups import (
    BackupContents, BackupFile, BackupKind, backup_name_of_sidecar, file_name, parse_name_serial,
    rotation_victims, sidecar_path,
)
from counselroom.domain.errors import CounselRoomError, StorageError
from counselroom.security.keyfile import BackupKeys, KeyFile, slot_mac
from counselroom.storage import files
from counselroom.storage.backup_repo import BackupContentsRepository
from counselroom.storage.database import Database, partial_name, read_salt
from counselroom.storage.writer_lock import WriterLock, lock_name

Sidecar = Callable[[bytes], "bytes | None"]


def keys_for(keyfile: KeyFile, db_key: bytes) -> Sidecar:
    """Given a backup's salt, the bytes of its recovery keys. None when the key file has no
    sound recovery slot (none, or one that fails its MAC): such keys could not open the
    backup, and ``admin check`` reports the slot as a problem to fix now."""
    recovery = keyfile.recovery_slot()
    if recovery is not None:
        mac = slot_mac(keyfile.installation_id, recovery, db_key)
        if recovery.mac is None:          # a version 1 key file, not yet rewritten
            recovery = replace(recovery, mac=mac)
        elif not hmac.compare_digest(recovery.mac, mac):
            recovery = None

    def build(salt: bytes) -> bytes | None:
        if recovery is None:
            return None
        return BackupKeys(keyfile.installation_id, salt, recovery).to_bytes()
    return build


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
        taken = (target, partial_name(target), sidecar_path(target), lock_name(target))
        if not any(p.exists() for p in taken):
            return target
        serial += 1


def make(live_db: Path, key: bytes, folder: Path, kind: BackupKind, when: datetime,
         sidecar: Sidecar | None = None) -> BackupFile:
    """Copy the live database into ``folder`` through a connection of its own, with
    its recovery keys (``sidecar``) beside it.

    Safe on a worker thread while the window keeps writing: the copy is one
    consistent snapshot (see ``Database.backup_to``). What killed copies left
    behind is removed first (:func:`clean_leftovers`).
    """
    folder = Path(folder)
    clean_leftovers(folder)
    target = target_for(folder, kind, when)
    source = Database.open_existing(live_db, key)
    try:
        source.backup_to(target, key, sidecar=sidecar)
    finally:
        source.close()
    parsed = parse_name_serial(target.name)
    if parsed is None:      # target_for gave it a backup's name
        raise CounselRoomError("backup.not_a_backup", path=str(target))
    _, made_at, serial = parsed
    return BackupFile(target, kind, made_at, target.stat().st_size, serial)


# What a killed copy can leave of its temporary database: the file, and SQLite's side files.
_PARTIAL_SIDES = ("", "-wal", "-shm", "-journal")


def _leftover_group(name: str) -> str | None:
    """The backup a leftover file belongs to: ``.X.db.partial`` (and its ``-wal``, ``-shm``,
    ``-journal``), ``.X.keys.partial``, ``.X.db.lock`` → ``X.db``; None for any other file."""
    for suffix in (*(".partial" + side for side in _PARTIAL_SIDES), ".lock"):
        if name.startswith(".") and name.endswith(suffix):
            inner = name[1:-len(suffix)]
            if parse_name_serial(inner) is not None:
                return inner
            return backup_name_of_sidecar(inner)
    return None


def clean_leftovers(folder: Path) -> list[Path]:
    """Remove what killed copies left behind: temporary files, lock files, and recovery
    keys whose backup is gone. Never the files of a copy that is still being written:
    its writer holds its lock (``storage.writer_lock``), and a group whose lock is
    held is left alone."""
    folder = Path(folder)
    try:
        names = {entry.name for entry in folder.iterdir()}
    except OSError:
        return []
    groups: set[str] = set()
    for name in names:
        group = _leftover_group(name)
        if group is not None:
            groups.add(group)
        backup = backup_name_of_sidecar(name)
        if backup is not None and backup not in names:
            groups.add(backup)
    removed: list[Path] = []
    for group in sorted(groups):
        target = folder / group
        try:
            lock = WriterLock.acquire(lock_name(target), wait=False)
        except OSError:
            continue  # read-only folder, or a drive that went away: tried again next time
        if lock is None:
            continue  # still being written
        try:
            partial = partial_name(target)
            victims = [partial.with_name(partial.name + side) for side in _PARTIAL_SIDES]
            victims.append(partial_name(sidecar_path(target)))
            if not target.exists():
                victims.append(sidecar_path(target))
            for victim in victims:
                with contextlib.suppress(FileNotFoundError):
                    victim.unlink()
                    removed.append(victim)
        except OSError:
            pass
        finally:
            lock.release()
    return removed


@contextlib.contextmanager
def writing(target: Path) -> Iterator[None]:
    """Hold ``target``'s writer lock while files of that backup are put in place (the folder
    is made first: a restore from a USB drive may come before the first local backup)."""
    Path(target).parent.mkdir(parents=True, exist_ok=True)
    lock = WriterLock.acquire(lock_name(Path(target)))
    try:
        yield
    finally:
        lock.release()


def place_keys(backup: Path, data: bytes) -> Path:
    """Write ``backup``'s recovery keys (temporary name, sync, rename). Call it while
    holding :func:`writing` for ``backup``."""
    keys = sidecar_path(backup)
    partial = partial_name(keys)
    with contextlib.suppress(FileNotFoundError):
        partial.unlink()
    files.write_synced(partial, data, exclusive=True)
    files.replace(partial, keys)
    files.sync_folder(keys.parent)
    return keys


def remove_keys(backup: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        sidecar_path(backup).unlink()


def add_missing_keys(folder: Path, key: bytes, sidecar: Sidecar, *, replace_all: bool = False) -> list[Path]:
    """Give every backup of these records in ``folder`` that has no recovery keys yet
    (made by an earlier version) the current ones; with ``replace_all``, every backup
    (a new recovery code: the old one must not open the backups on this computer any
    more). A file that does not open with K is not ours and is left alone."""
    written = []
    for backup in scan(folder):
        if not replace_all and sidecar_path(backup.path).exists():
            continue
        try:
            Database.open_backup(backup.path, key).close()
        except StorageError:
            continue
        salt = read_salt(backup.path)
        data = sidecar(salt) if salt else None
        if data is None:
            continue
        try:
            with writing(backup.path):
                if backup.path.exists() and (replace_all or not sidecar_path(backup.path).exists()):
                    written.append(place_keys(backup.path, data))
        except OSError:
            continue  # a read-only drive: the backup itself is still there
    return written


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
        # The backup first, then its keys: keys left alone are removed by the next cleaning.
        with contextlib.suppress(OSError):
            remove_keys(victim.path)
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
    files.replace(live_db, aside)
    try:
        files.replace(staging, live_db)
    except OSError:
        files.replace(aside, live_db)
        raise
    files.sync_folder(live_db.parent, aside.parent)


def swap_back(live_db: Path, aside: Path, failed: Path) -> None:
    """Undo :func:`swap_in`: the restored file goes to ``failed``, the set-aside one back in place."""
    files.replace(live_db, failed)
    files.replace(aside, live_db)
    files.sync_folder(live_db.parent, aside.parent)
