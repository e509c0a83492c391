"""Logging in: the password opens a key slot, the slot gives the database key.

Before the slot is tried, the login guard (``security/login_guard.py``) may make
the attempt wait or refuse it; a wrong password or an unknown user name is counted
there, under the name and under all names together, with the same work and time
either way. The next successful login copies the counted attempts into the audit
log (bounded: one row per attempt up to a limit, then one row that counts the
rest) and compares the guard with what the database remembers of it, so a guard
that vanished or went back is reported.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any


from counselroom.domain.accounts import User, is_locked_out, normalize_password
from counselroom.domain.audit import Action, AuditEntry, AuditFilter
from counselroom.domain.clock import Clock, utc_now
from counselroom.domain.errors import (
    AuthenticationError, CounselRoomError, KeystoreError, RecoveryNeeded, StorageError,
)
from counselroom.domain.installation import RecoveryReason
from counselroom.domain.integrity import Finding
from counselroom.security import keyfile as keyfile_mod
from counselroom.security.audit import AuditLog, compare_anchor
from counselroom.security.keyfile import KeyFile
from counselroom.security.keys import DEFAULT_KDF, KdfParams, WrongSecret, audit_key, try_missing_user_slot
from counselroom.security.keystore import Keystore
from counselroom.security.login_guard import (
    FINDING_PREFIX, LOST, GuardState, LoginGuard, guard_path, moment,
)
from counselroom.services.installation import Installation, database_problem
from counselroom.services.keyslots import migration_sidecar, seal_keyfile
from counselroom.services.session import Session
from counselroom.storage.audit_repo import AuditRepository
from counselroom.storage.database import Database
from counselroom.storage.meta_repo import MetaRepository
from counselroom.storage.migrations_runner import migrate
from counselroom.storage.users_repo import UserRepository

if TYPE_CHECKING:  # keyring is imported by the key store when it is first used
    from keyring.backend import KeyringBackend

    from counselroom.services.audit_service import CheckProgress

INSTALLATION_ID = "installation_id"
# What the last login saw of the login guard: its id, its generation (everything up to
# it is in the audit log) and the audit row that login wrote.
GUARD_SEEN = "login_guard_seen"


@dataclass
class OpenedRecords:
    keyfile: KeyFile
    keystore: Keystore
    db: Database
    key: bytes
    guard: LoginGuard | None = field(default=None, repr=False)
    migrated: bool = True


def open_database(inst: Installation, kf: KeyFile, key: bytes, now: datetime, *,
                  migrate_now: bool = True) -> Database:
    """Open (and migrate) the database with a key that a slot has vouched for.

    ``migrate_now=False`` opens it without writing (``admin check`` looks first)."""
    try:
        db = Database.open_existing(inst.db_path, key)
    except StorageError as exc:
        if exc.code == "storage.wrong_key":
            # The slot opened, so the key is right: the file carries our salt
            # (checked before) but its first page no longer authenticates.
            raise RecoveryNeeded(RecoveryReason.DATABASE_DAMAGED.value) from exc
        raise
    try:
        if migrate_now:
            migrate(db, key=key, backup_dir=inst.backup_dir, now=now, sidecar=migration_sidecar(kf, key))
        if MetaRepository(db).get(INSTALLATION_ID) != kf.installation_id:
            raise RecoveryNeeded(RecoveryReason.DATABASE_FOREIGN.value)
    except BaseException:
        db.close()
        raise
    return db


def _reference_kdf(kf: KeyFile) -> KdfParams:
    """The costliest Argon2id of the user slots: what a name without a slot is made to pay."""
    costs = [s.kdf for s in kf.slots if s.kind == "user"]
    return max(costs, key=lambda k: (k.memory_kib, k.time_cost, k.parallelism), default=DEFAULT_KDF)


def _open_user_slot(kf: KeyFile, username: str, password: str, device_secret: bytes) -> bytes:
    """K from the user's slot; a user name without a slot does the same work before
    it is refused, so the time taken does not tell which names exist."""
    if kf.user_slot(username, device_secret) is None:
        try_missing_user_slot(password, _reference_kdf(kf), device_secret)
        raise WrongSecret()
    return kf.open_user_slot(username, password, device_secret)


def open_records(inst: Installation, username: str, password: str, *,
                 backend: KeyringBackend | None = None, clock: Clock = utc_now,
                 migrate_now: bool = True) -> OpenedRecords:
    """Check the throttle, open the user's slot and the database. Writes nothing to it
    (but migrates it, unless ``migrate_now`` is False)."""
    if not inst.has_anything():
        raise CounselRoomError("records.none", path=str(inst.data_dir))
    kf = keyfile_mod.load(inst.keyfile_path)
    keystore = Keystore(kf.installation_id, backend)
    device_secret = keystore.device_secret()
    if device_secret is None:
        raise RecoveryNeeded(RecoveryReason.DEVICE_SECRET_MISSING.value)
    guard = LoginGuard(keystore, guard_path(inst.data_dir), device_secret)
    guard.check(username, clock())
    problem = database_problem(inst, kf)
    if problem is not None:
        raise RecoveryNeeded(problem.value)
    try:
        key = _open_user_slot(kf, username, normalize_password(password), device_secret)
    except WrongSecret:
        failures = guard.record_failure(username, clock(), known=kf.user_slot(username, device_secret) is not None)
        if is_locked_out(failures):
            raise AuthenticationError("auth.locked") from None
        raise AuthenticationError("auth.wrong_password", failures=failures) from None
    db = open_database(inst, kf, key, clock(), migrate_now=migrate_now)
    return OpenedRecords(kf, keystore, db, key, guard, migrated=migrate_now)


def login(inst: Installation, username: str, password: str, *, backend: KeyringBackend | None = None,
          clock: Clock = utc_now) -> Session:
    opened = open_records(inst, username, password, backend=backend, clock=clock)
    return start_session(inst, opened, username, clock=clock)


def start_session(inst: Installation, opened: OpenedRecords, username: str, *,
                  clock: Clock = utc_now) -> Session:
    """The writing half of a login: audit what the guard holds, then the login itself."""
    db = opened.db
    try:
        if not opened.migrated:
            migrate(db, key=opened.key, backup_dir=inst.backup_dir, now=clock(),
                    sidecar=migration_sidecar(opened.keyfile, opened.key))
            opened.migrated = True
        users = UserRepository(db)
        user = users.by_username(username)
        if user is None:
            raise AuthenticationError("auth.wrong_password", failures=0)
        audit_repo = AuditRepository(db)
        anchor_findings = compare_anchor(audit_repo, opened.keystore)
        audit = AuditLog(db, audit_key(opened.key), opened.keystore,
                         anchor_frozen=bool(anchor_findings), clock=clock)
        guard = opened.guard or LoginGuard(opened.keystore, guard_path(inst.data_dir))
        state = guard.load()
        meta = MetaRepository(db)
        seen = _guard_seen(meta)
        through = int(seen["gen"]) if seen is not None and seen["id"] == state.id else 0
        guard_findings = _guard_findings(state, seen, audit_repo, through)
        earlier = _unacknowledged_guard_alerts(audit_repo)
        refusal: AuthenticationError | None = None
        with db.transaction():
            # Any login copies every name's failed attempts and lockouts from the
            # guard into the database, where they are kept for good.
            _audit_failed_logins(audit, users, state, through, clock)
            for finding in anchor_findings + guard_findings:
                audit.append(user, Action.INTEGRITY_ALERT, detail={"code": finding.code, **finding.params})
            user = _account(users, user.id)
            if user.locked or not user.active:
                refusal = AuthenticationError("auth.locked" if user.locked else "auth.disabled")
                last = audit.append(user, Action.LOGIN_FAILED, target=f"user:{user.id}",
                                    detail={"reason": refusal.code})
            else:
                users.record_login(user.id, clock())
                last = audit.append(user, Action.LOGIN, target=f"user:{user.id}")
            seen_now = {"id": state.id, "gen": state.gen, "min": state.gen, "seq": last.seq}
            meta.set(GUARD_SEEN, json.dumps(seen_now))
        # Only now that the attempts are in the audit log may the guard forget them.
        try:
            written = guard.after_login(state, clock(), username=None if refusal is not None else user.username)
        except (KeystoreError, OSError):
            written = None  # the guard keeps more than it needs; the next login skips what is audited
        if written is not None and written.id == state.id and written.gen > state.gen:
            # From now on the guard must be at least this new: a copy of it taken
            # before this login and put back later is noticed.
            with db.transaction():
                meta.set(GUARD_SEEN, json.dumps({**seen_now, "min": written.gen}))
        if refusal is not None:
            raise refusal
        findings = list(anchor_findings)
        findings += [f for f in guard_findings + earlier if f not in findings]
        session = Session(installation=inst, keyfile=opened.keyfile, keystore=opened.keystore,
                          db=db, key=opened.key, user=_account(users, user.id), findings=findings,
                          clock=clock)
        # Only a rolled-back or diverged chain freezes the anchor; a guard finding does not.
        session.audit.anchor_frozen = bool(anchor_findings)
        session.previous_login_at = user.last_login_at
        session.failed_since_last_login = _pending_for(state, user.username, through)
        # A version 1 key file gets its slot MACs and device-keyed owner tags (needs K).
        seal_keyfile(session)
        return session
    except BaseException:
        db.close()
        raise


def check_records(inst: Installation, username: str, password: str, *,
                  backend: KeyringBackend | None = None, clock: Clock = utc_now,
                  progress: CheckProgress | None = None) -> list[Finding]:
    """``admin check``: look before writing anything. The file's pages and structure are
    checked first, read-only; a damaged file gets no row at all (no login, no migration,
    nothing from the guard, the anchor unmoved). A sound one is logged into, checked in
    full (audit chain, seals, anchor, …) and the check is audited, as before."""
    from counselroom.services.audit_service import AuditService, page_findings

    opened = open_records(inst, username, password, backend=backend, clock=clock, migrate_now=False)
    try:
        damage = page_findings(opened.db, progress)
    except BaseException:
        opened.db.close()
        raise
    if damage:
        opened.db.close()
        return damage
    session = start_session(inst, opened, username, clock=clock)
    try:
        # Pages and structure were checked just now, on this same file: not twice (a minute on a big room).
        return AuditService(session).check(pages=False, progress=progress)
    finally:
        session.logout()


# -- the login guard, seen from the database --------------------------------------------

def _account(users: UserRepository, user_id: int) -> User:
    """The account found by its name a moment ago, as stored now."""
    user = users.get(user_id)
    if user is None:
        raise AuthenticationError("auth.wrong_password", failures=0)
    return user


def _guard_seen(meta: MetaRepository) -> dict[str, Any] | None:
    text = meta.get(GUARD_SEEN)
    if not text:
        return None
    try:
        seen = json.loads(text)
        return {"id": str(seen["id"]), "gen": int(seen["gen"]), "min": int(seen.get("min", seen["gen"])),
                "seq": int(seen["seq"])}
    except (ValueError, KeyError, TypeError):
        return {"id": "", "gen": 0, "min": 0, "seq": 0}   # unreadable: the guard cannot match it


def _latest(repo: AuditRepository, action: Action, limit: int = 1) -> list[AuditEntry]:
    return repo.search(AuditFilter(action=action.value, limit=limit))


def _guard_findings(state: GuardState, seen: dict[str, Any] | None, repo: AuditRepository,
                    through: int) -> list[Finding]:
    findings: list[Finding] = []
    if seen is not None:
        recovery = _latest(repo, Action.RECOVERY)
        # A recovery (new computer, new device secret) starts a new guard on purpose.
        recovered = bool(recovery) and recovery[0].seq > seen["seq"]
        if not recovered and (not state.present or state.id != seen["id"] or state.gen < seen["min"]):
            findings.append(Finding(LOST))
    codes = list(state.problems) + [code for code, gen, _ in state.notes if gen > through]
    findings += [Finding(code) for code in dict.fromkeys(codes)]
    return findings


def _unacknowledged_guard_alerts(repo: AuditRepository) -> list[Finding]:
    """Guard findings of earlier logins that no supervisor has acknowledged yet:
    shown again at every login until one does."""
    acknowledged = _latest(repo, Action.INTEGRITY_ACKNOWLEDGED)
    since = acknowledged[0].seq if acknowledged else 0
    codes = [str(row.detail.get("code", "")) for row in _latest(repo, Action.INTEGRITY_ALERT, 50)
             if row.seq > since]
    return [Finding(code) for code in dict.fromkeys(reversed(codes)) if code.startswith(FINDING_PREFIX)]


def _pending_for(state: GuardState, username: str, through: int) -> int:
    rec = state.record(username)
    if rec is None:
        return 0
    return sum(1 for gen, _ in rec.events if gen > through) + (rec.more if rec.more_gen > through else 0)


def _audit_failed_logins(audit: AuditLog, users: UserRepository, state: GuardState, through: int,
                         clock: Clock) -> None:
    """One row per attempt kept with its time (at most ``MAX_EVENTS``), one row per name
    for attempts only counted, one for names no longer followed; and the locks."""
    accounts = {rec.key: users.by_username(rec.name) for rec in state.names.values()}

    def target(key: str) -> str:
        account = accounts[key]
        return f"user:{account.id}" if account is not None else ""

    def who(key: str, name: str) -> dict[str, str]:
        # A name that is no account may be a password typed into the name field: never in the clear.
        return {"username": name} if accounts[key] is not None else {"unknown_user_name": audit.pseudonym(name)}

    attempts = sorted((when, rec.key, rec.name) for rec in state.names.values()
                      for gen, when in rec.events if gen > through)
    for when, key, name in attempts:
        audit.append(accounts[key], Action.LOGIN_FAILED, ts=moment(when), target=target(key),
                     detail={**who(key, name), "recorded_at_next_login": True})
    for rec in state.names.values():
        if rec.more and rec.more_gen > through:
            audit.append(accounts[rec.key], Action.LOGIN_FAILED,
                         ts=moment(rec.more_last) if rec.more_last is not None else clock(),
                         target=target(rec.key),
                         detail={**who(rec.key, rec.name), "failed_attempts": rec.more,
                                 "recorded_at_next_login": True})
    others = state.others
    if others.attempts and others.gen > through:
        audit.append(None, Action.LOGIN_FAILED, ts=moment(others.last) if others.last is not None else clock(),
                     detail={"failed_attempts": others.attempts, "user_names": others.names,
                             "recorded_at_next_login": True})
    for rec in state.names.values():
        account = accounts[rec.key]
        if account is not None and rec.locked and not account.locked:
            users.update_flags(account.id, locked=True)
            audit.append(account, Action.ACCOUNT_LOCKED, target=target(rec.key),
                         detail={"failed_attempts": rec.failures})
