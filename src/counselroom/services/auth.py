"""Logging in: the password opens a key slot, the slot gives the database key."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from counselroom.domain.accounts import normalize_password
from counselroom.domain.audit import Action
from counselroom.domain.clock import Clock, utc_now
from counselroom.domain.errors import AuthenticationError, CounselRoomError, RecoveryNeeded, StorageError
from counselroom.domain.installation import RecoveryReason
from counselroom.security import keyfile as keyfile_mod
from counselroom.security.audit import AuditLog, compare_anchor
from counselroom.security.keyfile import KeyFile
from counselroom.security.keys import WrongSecret, audit_key
from counselroom.security.keystore import Keystore
from counselroom.security.login_guard import LoginGuard
from counselroom.services.installation import Installation, database_problem
from counselroom.services.session import Session
from counselroom.storage.audit_repo import AuditRepository
from counselroom.storage.database import Database
from counselroom.storage.meta_repo import MetaRepository
from counselroom.storage.migrations_runner import migrate
from counselroom.storage.users_repo import UserRepository

INSTALLATION_ID = "installation_id"


@dataclass
class OpenedRecords:
    keyfile: KeyFile
    keystore: Keystore
    db: Database
    key: bytes


def open_database(inst: Installation, kf: KeyFile, key: bytes, now: datetime) -> Database:
    """Open (and migrate) the database with a key that a slot has vouched for."""
    try:
        db = Database.open_existing(inst.db_path, key)
    except StorageError as exc:
        if exc.code == "storage.wrong_key":
            # The slot opened, so the key is right: the file carries our salt
            # (checked before) but its first page no longer authenticates.
            raise RecoveryNeeded(RecoveryReason.DATABASE_DAMAGED.value) from exc
        raise
    try:
        migrate(db, key=key, backup_dir=inst.backup_dir, now=now)
        if MetaRepository(db).get(INSTALLATION_ID) != kf.installation_id:
            raise RecoveryNeeded(RecoveryReason.DATABASE_FOREIGN.value)
    except BaseException:
        db.close()
        raise
    return db


def open_records(inst: Installation, username: str, password: str, *, backend=None,
                 clock: Clock = utc_now) -> OpenedRecords:
    """Check the throttle, open the user's slot and the database. Writes nothing to it."""
    if not inst.has_anything():
        raise CounselRoomError("records.none", path=str(inst.data_dir))
    kf = keyfile_mod.load(inst.keyfile_path)
    keystore = Keystore(kf.installation_id, backend)
    guard = LoginGuard(keystore)
    guard.check(username, clock())
    device_secret = keystore.device_secret()
    if device_secret is None:
        raise RecoveryNeeded(RecoveryReason.DEVICE_SECRET_MISSING.value)
    problem = database_problem(inst, kf)
    if problem is not None:
        raise RecoveryNeeded(problem.value)
    try:
        key = kf.open_user_slot(username, normalize_password(password), device_secret)
    except WrongSecret:
        failures = guard.record_failure(username, clock())
        try:
            guard.check(username, clock())
        except AuthenticationError as exc:
            if exc.code == "auth.locked":
                raise
        raise AuthenticationError("auth.wrong_password", failures=failures) from None
    return OpenedRecords(kf, keystore, open_database(inst, kf, key, clock()), key)


def login(inst: Installation, username: str, password: str, *, backend=None,
          clock: Clock = utc_now) -> Session:
    opened = open_records(inst, username, password, backend=backend, clock=clock)
    db = opened.db
    try:
        users = UserRepository(db)
        user = users.by_username(username)
        if user is None:
            raise AuthenticationError("auth.wrong_password", failures=0)
        findings = compare_anchor(AuditRepository(db), opened.keystore)
        audit = AuditLog(db, audit_key(opened.key), opened.keystore,
                         anchor_frozen=bool(findings), clock=clock)
        guard = LoginGuard(opened.keystore)
        throttled = guard.all_records()
        refusal: AuthenticationError | None = None
        with db.transaction():
            # Any login copies every account's failed attempts and lockouts from
            # the key store into the database, where they are kept for good.
            for name, rec in throttled.items():
                _record_throttle(audit, users, name, rec)
            for finding in findings:
                audit.append(user, Action.INTEGRITY_ALERT, detail={"code": finding.code, **finding.params})
            user = users.get(user.id)
            if user.locked or not user.active:
                refusal = AuthenticationError("auth.locked" if user.locked else "auth.disabled")
                audit.append(user, Action.LOGIN_FAILED, target=f"user:{user.id}",
                             detail={"reason": refusal.code})
            else:
                users.record_login(user.id, clock())
                audit.append(user, Action.LOGIN, target=f"user:{user.id}")
        # Only now that the attempts are in the audit log may the key store forget them.
        for name in throttled:
            guard.clear_pending(name)
        if refusal is not None:
            raise refusal
        guard.reset(user.username)
        session = Session(installation=inst, keyfile=opened.keyfile, keystore=opened.keystore,
                          db=db, key=opened.key, user=users.get(user.id), findings=findings,
                          clock=clock)
        session.previous_login_at = user.last_login_at
        session.failed_since_last_login = sum(
            len(rec.get("pending", [])) for name, rec in throttled.items()
            if name.casefold() == user.username.casefold())
        return session
    except BaseException:
        db.close()
        raise


def _record_throttle(audit: AuditLog, users: UserRepository, name: str, rec: dict) -> None:
    account = users.by_username(name)
    for attempt in rec.get("pending", []):
        audit.append(account, Action.LOGIN_FAILED, ts=datetime.fromisoformat(attempt),
                     target=f"user:{account.id}" if account else "",
                     detail={"username": name, "recorded_at_next_login": True})
    if account is not None and rec.get("locked") and not account.locked:
        users.update_flags(account.id, locked=True)
        audit.append(account, Action.ACCOUNT_LOCKED, target=f"user:{account.id}",
                     detail={"failed_attempts": rec.get("failures", 0)})
