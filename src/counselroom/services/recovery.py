"""Recovery with the printed code: a new PC, a lost key-store entry, a forgotten
password, a lost or damaged key file, or a database that has to be brought back
from a backup file.

The code opens the recovery slot. That slot is in the key file and, as it was when
each backup was made, in the recovery keys beside every backup (``<backup>.keys``),
so a backup file and the printed code are enough on a brand-new computer. A sound
database in the data folder is never replaced by recovery (a backup is older): go
back to a backup from Settings → Backups, where it is verified first.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import os
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path


from counselroom.archive import backups as backup_files
from counselroom.domain.accounts import Role, validate_password
from counselroom.domain.audit import Action
from counselroom.domain.backups import sidecar_path
from counselroom.domain.clock import Clock, utc_now
from counselroom.domain.errors import (
    AuthenticationError, CounselRoomError, PermissionDenied, RecoveryNeeded, StorageError,
)
from counselroom.domain.installation import RecoveryReason
from counselroom.security import keyfile as keyfile_mod
from counselroom.security import recovery_code
from counselroom.security.audit import compare_anchor
from counselroom.security.keyfile import BackupKeys, KeyFile, KeyFileDamaged
from counselroom.security.keys import WrongSecret, random_key
from counselroom.security.keystore import Keystore
from counselroom.services.auth import INSTALLATION_ID, open_database
from counselroom.services.backups import renew_backup_keys
from counselroom.services.installation import Installation, database_problem
from counselroom.services.session import Session
from counselroom.storage.audit_repo import AuditRepository
from counselroom.storage import files
from counselroom.storage.database import Database, read_salt
from counselroom.storage.meta_repo import MetaRepository
from counselroom.storage.users_repo import UserRepository

if TYPE_CHECKING:  # keyring is imported by the key store when it is first used
    from keyring.backend import KeyringBackend

# Distinct recovery slots tried from the data folder's own backups (each try is one Argon2id).
MAX_LOCAL_SLOTS = 3


def _set_aside(path: Path, when: datetime) -> Path | None:
    """Keep a file we are about to replace under a dated name; never delete it."""
    if not path.exists():
        return None
    target = path.with_name(f"{path.name}.set-aside-{when:%Y%m%d-%H%M%S}")
    serial = 1
    while target.exists():
        serial += 1
        target = path.with_name(f"{path.name}.set-aside-{when:%Y%m%d-%H%M%S}-{serial}")
    files.replace(path, target)
    return target


def _prepare_folder(inst: Installation) -> None:
    """A new computer has no data folder yet (or only the language chosen on the first
    page): make it, for this OS user only, as set-up does."""
    inst.data_dir.mkdir(parents=True, exist_ok=True)
    if os.name != "nt":
        os.chmod(inst.data_dir, 0o700)


def _restore_database(inst: Installation, source: Path, key: bytes, installation_id: str,
                      when: datetime) -> Path | None:
    """Copy ``source`` (a backup of these records) into place with the backup API.

    The backup is only read (a USB drive's file is left exactly as it is); anything in
    the live file's place is kept aside under a dated name."""
    try:
        src = Database.open_backup(Path(source), key)
    except StorageError as exc:
        raise StorageError("recovery.source_not_ours", path=str(source)) from exc
    staging = inst.db_path.with_name(inst.db_path.name + ".restoring")
    try:
        try:
            ours = MetaRepository(src).get(INSTALLATION_ID) == installation_id
        except StorageError:
            ours = False
        if not ours:
            raise StorageError("recovery.source_not_ours", path=str(source))
        _prepare_folder(inst)
        if staging.exists():
            staging.unlink()
        src.backup_to(staging, key)
    finally:
        src.close()
    for suffix in ("-wal", "-shm"):
        side = inst.db_path.with_name(inst.db_path.name + suffix)
        if side.exists():
            _set_aside(side, when)
    aside = _set_aside(inst.db_path, when)
    files.replace(staging, inst.db_path)
    files.sync_folder(inst.db_path.parent)
    return aside


def backup_keys_for(backup: Path) -> BackupKeys:
    """The recovery keys beside ``backup`` (``<name>.keys``), checked against the file."""
    backup = Path(backup)
    keys_path = sidecar_path(backup)
    try:
        keys = keyfile_mod.load_backup_keys(keys_path)
    except FileNotFoundError:
        raise CounselRoomError("recovery.keys_missing", path=keys_path.name, backup=backup.name) from None
    except (KeyFileDamaged, OSError):
        raise CounselRoomError("recovery.keys_damaged", path=keys_path.name) from None
    if read_salt(backup) != keys.db_salt:
        raise CounselRoomError("recovery.keys_not_for_backup", path=keys_path.name, backup=backup.name)
    return keys


def local_backup_keys(inst: Installation) -> list[BackupKeys]:
    """Recovery keys of the data folder's own backups, newest first, one per distinct slot."""
    found: list[BackupKeys] = []
    seen: set[str] = set()
    try:
        backups = backup_files.scan(inst.backup_dir)
    except StorageError:
        return []
    for backup in backups:
        try:
            keys = backup_keys_for(backup.path)
        except CounselRoomError:
            continue
        if keys.recovery.id in seen:
            continue
        seen.add(keys.recovery.id)
        found.append(keys)
        if len(found) == MAX_LOCAL_SLOTS:
            break
    return found


def _live_keyfile(inst: Installation) -> tuple[KeyFile | None, str]:
    """The data folder's key file, or None and why not (a :class:`RecoveryReason` value)."""
    try:
        return keyfile_mod.load(inst.keyfile_path), ""
    except RecoveryNeeded as exc:
        return None, RecoveryReason(exc.reason).value


def _open_with_code(code_secret: bytes,
                    candidates: list[KeyFile | BackupKeys]) -> tuple[bytes, KeyFile | BackupKeys]:
    for candidate in candidates:
        try:
            if isinstance(candidate, KeyFile):
                return candidate.open_recovery_slot(code_secret), candidate
            return candidate.open(code_secret), candidate
        except WrongSecret:
            continue
    raise AuthenticationError("recovery.wrong_code")


def _live_database_is_ours(inst: Installation, key: bytes, installation_id: str, live: KeyFile | None) -> bool:
    """The data folder's database is there, opens with K and is this installation's."""
    if live is not None and database_problem(inst, live) is not None:
        return False
    if not inst.db_path.is_file() or inst.db_path.stat().st_size == 0:
        return False
    try:
        db = Database.open_existing(inst.db_path, key)
    except StorageError:
        return False
    try:
        return MetaRepository(db).get(INSTALLATION_ID) == installation_id
    except StorageError:
        return False
    finally:
        db.close()


def _database_reason(inst: Installation, live: KeyFile | None) -> RecoveryReason:
    if live is not None:
        problem = database_problem(inst, live)
        if problem is not None:
            return problem
    if not inst.db_path.is_file():
        return RecoveryReason.DATABASE_MISSING
    if inst.db_path.stat().st_size == 0:
        return RecoveryReason.DATABASE_EMPTY
    return RecoveryReason.DATABASE_FOREIGN if live is None else RecoveryReason.DATABASE_DAMAGED


@dataclass
class RecoveryResult:
    session: Session
    device_secret_renewed: bool
    database_restored_from: Path | None
    accounts_needing_reset: list[str]
    # A backup was named, but the data folder's own database was sound and kept
    # (it is newer); the backup gave only its recovery keys.
    database_kept: bool = False
    key_file_rebuilt: bool = False


def recover(inst: Installation, *, code: str, username: str, new_password: str,
            replacement_db: Path | None = None, backend: KeyringBackend | None = None,
            clock: Clock = utc_now) -> RecoveryResult:
    """Open the records with the recovery code and give ``username`` a new password.

    Where the code's slot comes from: the key file; else (key file missing or damaged)
    the recovery keys beside ``replacement_db``, or beside the data folder's own
    backups. The database: the data folder's if it is sound and ours, else
    ``replacement_db`` is restored (the file in the way is kept aside)."""
    code_secret = recovery_code.parse(code)
    new_password = validate_password(new_password, username=username, field="new_password")
    source = Path(replacement_db) if replacement_db is not None else None
    live, live_reason = _live_keyfile(inst)

    candidates: list[KeyFile | BackupKeys] = [live] if live is not None else []
    if source is not None:
        if not source.is_file():
            raise StorageError("storage.missing", path=str(source))
        if live is None:
            candidates.append(backup_keys_for(source))    # required: nothing else holds the slot
        else:
            try:  # a backup made before the code was renewed opens with the code of its time
                keys = backup_keys_for(source)
                if keys.installation_id == live.installation_id:
                    candidates.append(keys)
            except CounselRoomError:
                pass
    elif live is None:
        candidates += local_backup_keys(inst)
        if not candidates:
            raise RecoveryNeeded(live_reason)
    key, opened_by = _open_with_code(code_secret, candidates)
    installation_id = live.installation_id if live is not None else opened_by.installation_id
    # The key store is checked before anything is written (an unsafe one refuses here).
    keystore = Keystore(installation_id, backend)
    now = clock()

    restored_from = None
    db_reason = None
    if not _live_database_is_ours(inst, key, installation_id, live):
        db_reason = _database_reason(inst, live)
        if source is None:
            raise RecoveryNeeded(db_reason.value)
        _restore_database(inst, source, key, installation_id, now)
        restored_from = source
    kept = source is not None and restored_from is None
    db_salt = read_salt(inst.db_path) or b""
    if live is not None:
        kf = replace(live, db_salt=db_salt) if restored_from is not None else live
    else:
        # the key file the code opened (with no live one, rebuilt from a backup's recovery keys)
        kf = opened_by if isinstance(opened_by, KeyFile) else opened_by.keyfile(db_salt)
    db = open_database(inst, kf, key, now)
    try:
        users = UserRepository(db)
        user = users.by_username(username)
        if user is None:
            raise AuthenticationError("recovery.unknown_user")
        if not user.active:
            raise PermissionDenied("auth.disabled")
        stored_secret = keystore.device_secret()
        renewed = stored_secret is None
        device_secret = random_key() if stored_secret is None else stored_secret
        anchor_findings = compare_anchor(AuditRepository(db), keystore)
        everyone = users.all()
        kf = kf.upgraded(key, device_secret, [u.username for u in everyone])
        new_kf = kf.with_user_slot(user.username, new_password, device_secret, key)
        if renewed:
            # With a new device secret no other account's slot can open any more.
            new_kf = new_kf.only_user_slots({user.username}, device_secret)
        # Whoever has no slot now (new device secret, or a key file rebuilt from the
        # recovery keys) needs a new one-time password from the supervisor.
        others = [u for u in everyone if u.id != user.id and new_kf.user_slot(u.username, device_secret) is None]
        if renewed:
            keystore.store_device_secret(device_secret)
        if live is None:
            reason = live_reason
        elif db_reason is not None:
            reason = db_reason.value
        else:
            reason = "device_secret_missing" if renewed else "password"
        session = Session(installation=inst, keyfile=kf, keystore=keystore, db=db, key=key,
                          user=user, findings=[], clock=clock)
        session.audit.anchor_frozen = True
        with db.transaction():
            users.update_flags(user.id, locked=False, failed_logins=0, must_change_password=False,
                               needs_password_reset=False)
            for other in others:
                users.update_flags(other.id, needs_password_reset=True)
            session.audit.append(user, Action.RECOVERY, target=f"user:{user.id}", detail={
                "reason": reason,
                "device_secret_renewed": renewed,
                "database_restored": restored_from is not None,
                "database_kept": kept,
                "key_file_rebuilt": live is None,
                "accounts_needing_reset": [o.username for o in others],
                "anchor_findings": [f.code for f in anchor_findings],
            })
            if live is None:
                # The damaged key file is kept aside (never deleted) before the new one is written.
                _set_aside(inst.keyfile_path, now)
            session.save_keyfile(new_kf)
        # Recovery re-establishes the anchor from the recovered chain.
        session.audit.reset_anchor()
        session.guard.reset(user.username)
        session.refresh_user()
    except BaseException:
        db.close()
        raise
    return RecoveryResult(session, renewed, restored_from, [o.username for o in others],
                          database_kept=kept, key_file_rebuilt=live is None)


def previous_keyfile(inst: Installation) -> KeyFile | None:
    """``counselroom.keys.previous`` if it is sound and fits the database in the folder
    (same salt): what the recovery window offers when the key file is damaged."""
    previous = keyfile_mod.load_quietly(inst.keyfile_path.with_name(keyfile_mod.PREVIOUS_NAME))
    if previous is None or database_problem(inst, previous) is not None:
        return None
    return previous


def use_previous_keyfile(inst: Installation, clock: Clock = utc_now) -> Path | None:
    """Put the sound previous copy in place of a damaged (or missing) key file; the
    damaged one is kept aside, never deleted. Returns where it was put. Refuses if the
    key file is sound or there is no usable previous copy."""
    if keyfile_mod.load_quietly(inst.keyfile_path) is not None:
        raise CounselRoomError("recovery.key_file_sound")
    previous = previous_keyfile(inst)
    if previous is None:
        raise CounselRoomError("recovery.no_previous_key_file")
    data = inst.keyfile_path.with_name(keyfile_mod.PREVIOUS_NAME).read_bytes()
    aside = _set_aside(inst.keyfile_path, clock())
    keyfile_mod.write_atomically(inst.keyfile_path, data)
    return aside


def renew_recovery_code(session: Session) -> list[str]:
    """A new code replaces the old one (e.g. the sheet was lost or seen)."""
    user = session.require(Role.SUPERVISOR)
    groups = recovery_code.generate()
    secret = recovery_code.parse(recovery_code.format_code(groups))
    with session.db.transaction():
        session.audit.append(user, Action.RECOVERY_CODE_RENEWED)
        session.save_keyfile(session.keyfile.with_recovery_slot(secret, session.key))
    # The backups on this computer carry the new slot from now on, so the old code (a
    # lost or seen sheet) no longer opens them. Backups elsewhere (a USB drive) keep the
    # slot of their time: the Settings page says to make a new one after printing.
    try:
        renew_backup_keys(session)
    except (OSError, StorageError):
        pass
    return groups


def recovery_sheet_pdf(session: Session, groups: list[str], lang: str = "zh_CN") -> bytes:
    """The printable sheet, built in memory (it holds the code: never written to disk by us)."""
    from counselroom.reports.recovery_sheet import build_recovery_sheet
    from counselroom.services.settings_service import SettingsService

    user = session.require(Role.SUPERVISOR)
    return build_recovery_sheet(
        room_name=SettingsService(session).room_name(), installation_id=session.keyfile.installation_id,
        created_at=session.clock(), supervisor_name=user.display_name, code_groups=groups, lang=lang)


def record_sheet_output(session: Session, how: str) -> None:
    """Audit that the sheet was printed or saved (``how`` is "print" or "pdf")."""
    user = session.require(Role.SUPERVISOR)
    with session.db.transaction():
        session.audit.append(user, Action.RECOVERY_SHEET_PRINTED, detail={"output": how})
