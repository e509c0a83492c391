"""Local backups: made once a day when the application is used, before every schema
update (``migrations_runner``) and on demand; listed, verified and restored by the
supervisor.

Who may do what:

- a backup into the data folder's ``backups/``: anyone logged in (the daily one
  is made for whoever uses the application first that day; it only protects the
  records and shows nobody anything);
- a backup into another folder or drive: the supervisor only, because the
  records then leave this computer (encrypted, but still);
- listing, describing, verifying and restoring: the supervisor only.

Making and verifying run through connections of their own (safe on a worker
thread while the window goes on using the session's connection); their audit
rows are written through that own connection too. Only the last step of a
restore (:meth:`BackupService.finish_restore`) uses the session's connection,
and so runs on the session's thread.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from counselroom.archive import backups as backup_files
from counselroom.domain.accounts import Role, User
from counselroom.domain.audit import Action
from counselroom.domain.backups import (
    REASON_MAX, BackupContents, BackupFile, BackupKind, local_day, parse_name_serial, sidecar_path,
)
from counselroom.domain.errors import CounselRoomError, StorageError, ValidationError
from counselroom.domain.integrity import Finding
from counselroom.security import keyfile as keyfile_mod
from counselroom.security.audit import AuditLog
from counselroom.security.keyfile import KeyFile
from counselroom.security.keys import audit_key
from counselroom.services.audit_service import database_findings
from counselroom.services.auth import open_database
from counselroom.services.session import Session
from counselroom.storage.backup_repo import BackupContentsRepository
from counselroom.storage.database import Database, read_salt
from counselroom.storage.migrations_runner import latest_version
from counselroom.storage.users_repo import UserRepository

# One backup or restore at a time in this process: a restore must not swap the
# file under a backup that is still reading it.
_busy = threading.Lock()


@dataclass(frozen=True)
class BackupEntry:
    """A row of the list: the file, and what it holds if it opens with K."""
    file: BackupFile
    contents: BackupContents | None = None
    problem: str | None = None      # error code when it does not open
    has_keys: bool = False          # its recovery keys (``.keys``) are beside it: it opens on a new PC


@dataclass(frozen=True)
class BackupCheck:
    """The result of verifying a backup: nothing found means sound."""
    file: BackupFile
    contents: BackupContents | None
    findings: tuple[Finding, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.findings


@dataclass(frozen=True)
class PreparedRestore:
    """A verified backup, already copied next to the live file, waiting to be swapped in."""
    source: BackupFile
    check: BackupCheck
    staging: Path | None = None
    staged_size: int = 0
    staged_mtime_ns: int = 0

    @property
    def ready(self) -> bool:
        return self.check.ok and self.staging is not None


@dataclass(frozen=True)
class RestoreResult:
    source: BackupFile
    contents: BackupContents
    set_aside: Path
    replaced_audit_rows: int
    migrated: bool = field(default=False)


def current_keyfile(session: Session) -> KeyFile:
    """The key file on disk if it is sound and ours (it may have changed in another
    process), else the one this session opened with."""
    on_disk = keyfile_mod.load_quietly(session.installation.keyfile_path)
    if on_disk is not None and on_disk.installation_id == session.keyfile.installation_id:
        return on_disk
    return session.keyfile


def renew_backup_keys(session: Session) -> list[Path]:
    """After a new recovery code: the backups in the data folder carry the new recovery
    slot, so the old code no longer opens them (backups elsewhere cannot be reached)."""
    key = session.key
    with _busy:
        return backup_files.add_missing_keys(session.installation.backup_dir, key,
                                             backup_files.keys_for(current_keyfile(session), key),
                                             replace_all=True)


def validate_reason(reason: str) -> str:
    text = (reason or "").strip()
    if not text:
        raise ValidationError("reason", "backup.reason_required")
    if len(text) > REASON_MAX:
        raise ValidationError("reason", "text.too_long", max=REASON_MAX)
    return text


class BackupService:
    def __init__(self, session: Session) -> None:
        self._s = session

    # -- where ---------------------------------------------------------------------
    @property
    def folder(self) -> Path:
        """The data folder's ``backups/``: daily, pre-migration and before-restore backups."""
        return self._s.installation.backup_dir

    def _is_default(self, folder: Path | None) -> bool:
        if folder is None:
            return True
        try:
            return Path(folder).resolve() == self.folder.resolve()
        except OSError:
            return False

    def _backup_file(self, path: Path) -> BackupFile:
        path = Path(path)
        parsed = parse_name_serial(path.name)
        if parsed is None:
            raise CounselRoomError("backup.not_a_backup", path=str(path))
        try:
            size = path.stat().st_size
        except OSError as exc:
            raise StorageError("storage.missing", path=str(path)) from exc
        return BackupFile(path, parsed[0], parsed[1], size, parsed[2])

    # -- making --------------------------------------------------------------------
    def make(self, target_dir: Path | None = None) -> BackupFile:
        """A backup now ("Back up now", ``admin backup``), rotated with the daily ones.

        ``target_dir`` None: the data folder's backups; another existing folder
        (a USB drive) is for the supervisor only."""
        if target_dir is None or self._is_default(target_dir):
            user = self._s.require()
            folder = self.folder
        else:
            user = self._s.require(Role.SUPERVISOR)
            folder = Path(target_dir)
            if not folder.is_dir():
                raise CounselRoomError("backup.folder_missing", path=str(folder))
        return self._make(user, folder, BackupKind.MANUAL)

    def make_daily_if_due(self) -> BackupFile | None:
        """The day's backup, if none was made today; for whoever uses the application.

        Takes as long as copying the database: call it off the GUI thread."""
        user = self._s.require()
        if not self.daily_due():
            return None
        key = self._s.key
        with _busy:
            if not self.daily_due():
                return None  # another thread made it meanwhile
            return self._make_holding_lock(user, key, self.folder, BackupKind.DAILY)

    def _make(self, user: User, folder: Path, kind: BackupKind) -> BackupFile:
        key = self._s.key
        with _busy:
            return self._make_holding_lock(user, key, folder, kind)

    def _make_holding_lock(self, user: User, key: bytes, folder: Path, kind: BackupKind) -> BackupFile:
        # Read under the lock: a new recovery code rewrites the keys under it too.
        sidecar = backup_files.keys_for(current_keyfile(self._s), key)
        try:
            made = backup_files.make(self._s.installation.db_path, key, folder, kind, self._s.clock(),
                                     sidecar=sidecar)
            contents = backup_files.describe(made.path, key)
        except CounselRoomError as exc:
            self._audit_quietly(key, user, Action.BACKUP_FAILED, {
                "backup_kind": kind.value, "folder": str(folder), "reason": exc.code})
            raise
        removed = backup_files.rotate(folder, keep=made.path)
        # Backups made by an earlier version get their recovery keys now.
        backup_files.add_missing_keys(folder, key, sidecar)
        self._audit(key, user, Action.BACKUP_MADE, {
            "backup_file": made.name, "backup_kind": kind.value, "folder": str(folder),
            "audit_rows": contents.audit_head.seq if contents.audit_head else 0,
            "removed": [r.name for r in removed]})
        return made

    # -- what there is -------------------------------------------------------------
    def files(self, folder: Path | None = None) -> list[BackupFile]:
        """The backups in ``folder`` (default: the data folder's), newest first; no key needed."""
        self._s.require(Role.SUPERVISOR)
        return backup_files.scan(folder or self.folder)

    def last_backup(self) -> BackupFile | None:
        """The newest backup of the current records in the data folder (any account)."""
        self._s.require()
        return next((f for f in backup_files.scan(self.folder) if f.kind is not BackupKind.BEFORE_RESTORE), None)

    def made_today(self) -> bool:
        """Whether a backup of the records was made today (the room's local day) in the
        data folder: daily, on demand or before an update. For the closing checklist."""
        self._s.require()
        return self._made_on(self._s.today())

    def made_on(self, day: date) -> bool:
        self._s.require()
        return self._made_on(day)

    def daily_due(self) -> bool:
        self._s.require()
        return not self._made_on(self._s.today())

    def _made_on(self, day: date) -> bool:
        return any(local_day(f.made_at) == day for f in backup_files.scan(self.folder)
                   if f.kind is not BackupKind.BEFORE_RESTORE)

    def list(self, folder: Path | None = None) -> list[BackupEntry]:
        """Every backup in ``folder`` with what it holds (opens each read-only with K:
        call it off the GUI thread)."""
        self._s.require(Role.SUPERVISOR)
        key = self._s.key
        entries = []
        for backup in backup_files.scan(folder or self.folder):
            has_keys = sidecar_path(backup.path).is_file()
            try:
                entries.append(BackupEntry(backup, backup_files.describe(backup.path, key), has_keys=has_keys))
            except CounselRoomError as exc:
                entries.append(BackupEntry(backup, problem=exc.code, has_keys=has_keys))
        return entries

    def describe(self, path: Path) -> BackupContents:
        self._s.require(Role.SUPERVISOR)
        self._backup_file(path)
        return backup_files.describe(Path(path), self._s.key)

    # -- verifying -----------------------------------------------------------------
    def verify(self, path: Path) -> BackupCheck:
        """Opens with K? Pages, structure, audit chain and signed records sound? Audited."""
        user = self._s.require(Role.SUPERVISOR)
        key = self._s.key
        check = self._check(self._backup_file(path), key)
        self._audit(key, user, Action.BACKUP_VERIFIED, {
            "backup_file": check.file.name, "sound": check.ok,
            "problems": [f.code for f in check.findings][:20]})
        return check

    def _check(self, backup: BackupFile, key: bytes, *, for_user: User | None = None) -> BackupCheck:
        try:
            db = Database.open_backup(backup.path, key)
        except StorageError as exc:
            return BackupCheck(backup, None, (Finding("backup.unreadable", {"detail": exc.code}),))
        contents = None
        findings: list[Finding] = []
        try:
            contents = BackupContentsRepository(db).contents()
            if contents.installation_id != self._s.keyfile.installation_id:
                findings.append(Finding("backup.foreign"))
            supported = latest_version()
            if contents.schema_version > supported:
                findings.append(Finding("backup.too_new", {"found": contents.schema_version,
                                                           "supported": supported}))
            findings += database_findings(db, key)
            if for_user is not None:
                account = UserRepository(db).by_username(for_user.username)
                if account is None or not account.active or account.role is not Role.SUPERVISOR:
                    findings.append(Finding("backup.no_supervisor", {"username": for_user.username}))
        except StorageError as exc:
            # Opened with K, then a page failed while being read: damaged, not foreign.
            findings.append(Finding("backup.damaged" if exc.code == "storage.damaged" else "backup.unreadable",
                                    {"detail": exc.code}))
        except (ValueError, KeyError, TypeError):
            findings.append(Finding("backup.damaged", {"detail": "unreadable row"}))
        finally:
            db.close()
        return BackupCheck(backup, contents, tuple(findings))

    # -- restoring -----------------------------------------------------------------
    def restore(self, path: Path, reason: str) -> RestoreResult:
        """Verify, keep the current database aside, put the backup in its place, re-open."""
        self._s.require(Role.SUPERVISOR)
        reason = validate_reason(reason)
        prepared = self.prepare_restore(path)
        if not prepared.ready:
            raise CounselRoomError("backup.restore_refused", problems=len(prepared.check.findings))
        return self.finish_restore(prepared, reason)

    def prepare_restore(self, path: Path) -> PreparedRestore:
        """Verify the backup and copy it next to the live file (slow: off the GUI thread).

        Nothing of the live records is touched. A backup that fails its check is
        refused (and that is audited); the result then carries the findings."""
        user = self._s.require(Role.SUPERVISOR)
        key = self._s.key
        backup = self._backup_file(path)
        check = self._check(backup, key, for_user=user)
        if not check.ok or check.contents is None:   # a sound backup always has its contents read
            self._audit(key, user, Action.BACKUP_RESTORE_REFUSED, {
                "backup_file": backup.name, "problems": [f.code for f in check.findings][:20]})
            return PreparedRestore(backup, check)
        staging = self._staging_path()
        with _busy:
            staged = backup_files.stage(backup.path, key, staging, salt=self._s.keyfile.db_salt)
        if staged.audit_head != check.contents.audit_head or staged.counts != check.contents.counts:
            staging.unlink(missing_ok=True)
            raise CounselRoomError("backup.stage_mismatch")
        stat = staging.stat()
        return PreparedRestore(backup, check, staging, stat.st_size, stat.st_mtime_ns)

    def _staging_path(self) -> Path:
        db_path = self._s.installation.db_path
        return db_path.with_name(db_path.name + ".restoring")

    def discard_prepared(self, prepared: PreparedRestore) -> None:
        """The supervisor changed their mind: remove the staged copy."""
        if prepared.staging is not None:
            prepared.staging.unlink(missing_ok=True)

    def finish_restore(self, prepared: PreparedRestore, reason: str) -> RestoreResult:
        """Swap the prepared copy in. Quick; uses the session's connection, so call it
        on the session's thread. The replaced database is kept in the backups folder
        as ``before-restore-….db``; both databases record what happened."""
        user = self._s.require(Role.SUPERVISOR)
        reason = validate_reason(reason)
        if not prepared.ready:
            raise CounselRoomError("backup.restore_refused", problems=len(prepared.check.findings))
        staging, contents = prepared.staging, prepared.check.contents
        if staging is None or contents is None:     # both are there when it is ready
            raise CounselRoomError("backup.restore_refused", problems=len(prepared.check.findings))
        try:
            stat = staging.stat()
        except OSError:
            stat = None
        if stat is None or (stat.st_size, stat.st_mtime_ns) != (prepared.staged_size, prepared.staged_mtime_ns):
            raise CounselRoomError("backup.stage_mismatch")
        if not _busy.acquire(blocking=False):
            raise CounselRoomError("backup.busy")
        try:
            return self._swap(user, prepared, staging, contents, reason)
        finally:
            _busy.release()

    def _swap(self, user: User, prepared: PreparedRestore, staging: Path, contents: BackupContents,
              reason: str) -> RestoreResult:
        session, inst = self._s, self._s.installation
        key = session.key
        now = session.clock()
        aside = backup_files.target_for(self.folder, BackupKind.BEFORE_RESTORE, now)
        old = session.db
        backup_rows = contents.audit_head.seq if contents.audit_head else 0
        with old.transaction():
            last = session.audit.append(user, Action.BACKUP_RESTORE_REPLACED, detail={
                "backup_file": prepared.source.name, "reason": reason, "set_aside": aside.name,
                "audit_rows": backup_rows})
        replaced_rows = last.seq
        try:
            old.release()
        except StorageError as exc:
            self._record_failure(old, user, prepared, exc.code)
            raise CounselRoomError("backup.in_use") from exc
        try:
            # The replaced database keeps its recovery keys, like every backup: the keys
            # first, then the file, under the lock a cleaning respects.
            with backup_files.writing(aside):
                live_salt = read_salt(inst.db_path)
                keys = backup_files.keys_for(current_keyfile(session), key)(live_salt) if live_salt else None
                if keys is not None:
                    backup_files.place_keys(aside, keys)
                try:
                    backup_files.swap_in(inst.db_path, staging, aside)
                except OSError:
                    backup_files.remove_keys(aside)
                    raise
        except OSError as exc:
            session.replace_database(Database.open_existing(inst.db_path, key))
            self._record_failure(session.db, session.user, prepared, "backup.swap_failed")
            raise CounselRoomError("backup.swap_failed") from exc
        new_db: Database | None = None
        try:
            new_db = Database.open_existing(inst.db_path, key)
            version_before = new_db.user_version()
            new_db.close()
            new_db = open_database(inst, session.keyfile, key, session.clock())  # brings an older schema up to date
            migrated = new_db.user_version() != version_before
            account = UserRepository(new_db).by_username(user.username)
            log = AuditLog(new_db, audit_key(key), session.keystore, clock=session.clock)
            with new_db.transaction():
                log.append(account, Action.BACKUP_RESTORED, detail={
                    "backup_file": prepared.source.name, "reason": reason, "set_aside": aside.name,
                    "audit_rows": backup_rows, "replaced_audit_rows": replaced_rows})
            # The rollback to the backup is deliberate and recorded: the key store's
            # anchor follows the restored chain, so the next login raises no alarm.
            log.reset_anchor()
        except BaseException as exc:
            if new_db is not None:
                new_db.close()
            # The copy that would not open stays for inspection, under a name no list shows.
            failed = aside.with_name(aside.name.replace("before-restore-", "failed-restore-", 1))
            backup_files.swap_back(inst.db_path, aside, failed)
            backup_files.remove_keys(aside)
            session.replace_database(Database.open_existing(inst.db_path, key))
            self._record_failure(session.db, session.user, prepared,
                                 exc.code if isinstance(exc, CounselRoomError) else "error")
            raise
        session.replace_database(new_db)
        return RestoreResult(prepared.source, contents, aside, replaced_rows, migrated)

    def _record_failure(self, db: Database, user: User, prepared: PreparedRestore, code: str) -> None:
        log = self._s.audit if db is self._s.db else AuditLog(db, audit_key(self._s.key), self._s.keystore,
                                                              clock=self._s.clock)
        with db.transaction():
            log.append(user, Action.BACKUP_RESTORE_FAILED, detail={
                "backup_file": prepared.source.name, "reason": code})

    # -- audit through a connection of our own ------------------------------------------
    def _audit(self, key: bytes, user: User, action: Action, detail: dict[str, Any]) -> None:
        """Append one row through a connection of this call's own, so it may run on a
        worker thread while the window holds the session's connection."""
        db = Database.open_existing(self._s.installation.db_path, key)
        try:
            log = AuditLog(db, audit_key(key), self._s.keystore,
                           anchor_frozen=self._s.audit.anchor_frozen, clock=self._s.clock)
            with db.transaction():
                log.append(user, action, detail=detail)
        finally:
            db.close()

    def _audit_quietly(self, key: bytes, user: User, action: Action, detail: dict[str, Any]) -> None:
        try:
            self._audit(key, user, action, detail)
        except CounselRoomError:
            pass  # the failure itself is what the caller reports

