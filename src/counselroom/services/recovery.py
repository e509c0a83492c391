"""Recovery with the printed code: a new PC, a lost key-store entry, a forgotten
password, or a database that has to be brought back from a backup file."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from counselroom.domain.accounts import Role, validate_password
from counselroom.domain.audit import Action
from counselroom.domain.clock import Clock, utc_now
from counselroom.domain.errors import AuthenticationError, PermissionDenied, RecoveryNeeded, StorageError
from counselroom.security import keyfile as keyfile_mod
from counselroom.security import recovery_code
from counselroom.security.audit import compare_anchor
from counselroom.security.keys import WrongSecret, random_key
from counselroom.security.keystore import Keystore
from counselroom.services.auth import open_database
from counselroom.services.installation import Installation, database_problem
from counselroom.services.session import Session
from counselroom.storage.audit_repo import AuditRepository
from counselroom.storage.database import Database, read_salt
from counselroom.storage.users_repo import UserRepository


def _set_aside(path: Path, when: datetime) -> Path | None:
    """Keep a file we are about to replace under a dated name; never delete it."""
    if not path.exists():
        return None
    target = path.with_name(f"{path.name}.set-aside-{when:%Y%m%d-%H%M%S}")
    os.replace(path, target)
    return target


def _restore_database(inst: Installation, source: Path, key: bytes, when: datetime) -> Path | None:
    """Copy ``source`` (a backup of these records) into place with the backup API."""
    try:
        src = Database.open_existing(Path(source), key)
    except StorageError as exc:
        raise StorageError("recovery.source_not_ours", path=str(source)) from exc
    staging = inst.db_path.with_name(inst.db_path.name + ".restoring")
    if staging.exists():
        staging.unlink()
    try:
        src.backup_to(staging, key)
    finally:
        src.close()
    aside = None
    for suffix in ("-wal", "-shm"):
        side = inst.db_path.with_name(inst.db_path.name + suffix)
        if side.exists():
            _set_aside(side, when)
    aside = _set_aside(inst.db_path, when)
    os.replace(staging, inst.db_path)
    return aside


@dataclass
class RecoveryResult:
    session: Session
    device_secret_renewed: bool
    database_restored_from: Path | None
    accounts_needing_reset: list[str]


def recover(inst: Installation, *, code: str, username: str, new_password: str,
            replacement_db: Path | None = None, backend=None,
            clock: Clock = utc_now) -> RecoveryResult:
    code_secret = recovery_code.parse(code)
    new_password = validate_password(new_password, username=username, field="new_password")
    kf = keyfile_mod.load(inst.keyfile_path)
    try:
        key = kf.open_recovery_slot(code_secret)
    except WrongSecret:
        raise AuthenticationError("recovery.wrong_code") from None
    keystore = Keystore(kf.installation_id, backend)
    now = clock()

    problem = database_problem(inst, kf)
    restored_from = None
    if replacement_db is not None:
        _restore_database(inst, replacement_db, key, now)
        restored_from = Path(replacement_db)
        kf = keyfile_mod.KeyFile(kf.installation_id, read_salt(inst.db_path) or b"", kf.slots)
    elif problem is not None:
        # Without a file to restore from, a missing or foreign database stays as it is.
        raise RecoveryNeeded(problem.value)
    db = open_database(inst, kf, key, now)
    try:
        users = UserRepository(db)
        user = users.by_username(username)
        if user is None:
            raise AuthenticationError("recovery.unknown_user")
        if not user.active:
            raise PermissionDenied("auth.disabled")
        device_secret = keystore.device_secret()
        renewed = device_secret is None
        if renewed:
            device_secret = random_key()
        anchor_findings = compare_anchor(AuditRepository(db), keystore)
        # With a new device secret no other account's slot can open any more.
        others = [u for u in users.all() if u.id != user.id] if renewed else []
        if renewed:
            keystore.store_device_secret(device_secret)
        new_kf = kf.with_user_slot(user.username, new_password, device_secret, key)
        if renewed:
            new_kf = new_kf.only_user_slots({user.username})
        session = Session(installation=inst, keyfile=kf, keystore=keystore, db=db, key=key,
                          user=user, findings=[], clock=clock)
        session.audit.anchor_frozen = True
        with db.transaction():
            users.update_flags(user.id, locked=False, failed_logins=0, must_change_password=False,
                               needs_password_reset=False)
            for other in others:
                users.update_flags(other.id, needs_password_reset=True)
            session.audit.append(user, Action.RECOVERY, target=f"user:{user.id}", detail={
                "reason": problem.value if problem else ("device_secret_missing" if renewed else "password"),
                "device_secret_renewed": renewed,
                "database_restored": restored_from is not None,
                "accounts_needing_reset": [o.username for o in others],
                "anchor_findings": [f.code for f in anchor_findings],
            })
            session.save_keyfile(new_kf)
        # Recovery re-establishes the anchor from the recovered chain.
        session.audit.reset_anchor()
        session.guard.reset(user.username)
        session.refresh_user()
    except BaseException:
        db.close()
        raise
    return RecoveryResult(session, renewed, restored_from, [o.username for o in others])


def renew_recovery_code(session: Session) -> list[str]:
    """A new code replaces the old one (e.g. the sheet was lost or seen)."""
    user = session.require(Role.SUPERVISOR)
    groups = recovery_code.generate()
    secret = recovery_code.parse(recovery_code.format_code(groups))
    with session.db.transaction():
        session.audit.append(user, Action.RECOVERY_CODE_RENEWED)
        session.save_keyfile(session.keyfile.with_recovery_slot(secret, session.key))
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
