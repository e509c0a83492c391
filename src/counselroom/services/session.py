"""A logged-in session: who is acting, and the open, keyed database.

Locking closes the connection and overwrites the key held in memory;
unlocking derives it again from the same user's password.
"""

from __future__ import annotations

import copy
from datetime import date, datetime
from types import TracebackType

from counselroom.domain.accounts import Role, User
from counselroom.domain.audit import Action
from counselroom.domain.clock import Clock, utc_now, wall_date, wall_time
from counselroom.domain.errors import AuthenticationError, PermissionDenied, StorageError
from counselroom.domain.integrity import Finding
from counselroom.security import keyfile as keyfile_mod
from counselroom.security.audit import AuditLog
from counselroom.security.keyfile import KeyFile
from counselroom.security.keys import audit_key
from counselroom.security.keystore import Keystore
from counselroom.security.login_guard import LoginGuard, guard_path
from counselroom.services.installation import Installation
from counselroom.storage.database import Database
from counselroom.storage.users_repo import UserRepository

def _wipe(buffer: bytearray) -> None:
    for i in range(len(buffer)):
        buffer[i] = 0


class Session:
    def __init__(self, *, installation: Installation, keyfile: KeyFile, keystore: Keystore,
                 db: Database, key: bytes, user: User, findings: list[Finding],
                 clock: Clock = utc_now) -> None:
        self.installation = installation
        self.keyfile = keyfile
        self.keystore = keystore
        self.guard = LoginGuard(keystore, guard_path(installation.data_dir), clock=clock)
        self.clock = clock
        self._db: Database | None = db
        self._key = bytearray(key)
        self.user = user
        # Integrity problems noticed at login (rolled-back or spliced audit chain).
        self.findings = findings
        self.audit = AuditLog(db, audit_key(key), keystore, anchor_frozen=bool(findings), clock=clock)
        # For the greeting: when this account last logged in before now, and how
        # many wrong passwords were tried on it in between.
        # Cases the supervisor opened with a stated reason in this session (break-glass):
        # not asked again until the session locks or ends.
        self.break_glass: dict[int, str] = {}
        # When each draft's edits were last written to the audit log (autosave coalescing).
        self.draft_audited: dict[int, datetime] = {}
        self.previous_login_at: datetime | None = None
        self.failed_since_last_login = 0

    # -- state ---------------------------------------------------------------
    @property
    def locked(self) -> bool:
        return self._db is None

    @property
    def db(self) -> Database:
        if self._db is None:
            raise StorageError("storage.closed")
        return self._db

    @property
    def key(self) -> bytes:
        if self._db is None:
            raise StorageError("storage.closed")
        return bytes(self._key)

    def wall_now(self) -> datetime:
        """The room's wall-clock time without a zone, as people type times."""
        return wall_time(self.clock())

    def today(self) -> date:
        """The date on the room's wall clock (local time), for dates people type."""
        return wall_date(self.clock())

    @property
    def must_change_password(self) -> bool:
        return self.user.must_change_password or self.user.needs_password_reset

    def refresh_user(self) -> User:
        fresh = UserRepository(self.db).get(self.user.id)
        if fresh is not None:
            self.user = fresh
        return self.user

    def require(self, *roles: Role) -> User:
        """The acting user, if unlocked and allowed; raises otherwise."""
        if self.locked:
            raise PermissionDenied("session.locked")
        if self.must_change_password:
            raise PermissionDenied("auth.must_change_password")
        if roles and self.user.role not in roles:
            raise PermissionDenied("permission.denied")
        return self.user

    def save_keyfile(self, keyfile: KeyFile) -> None:
        keyfile_mod.save(self.installation.keyfile_path, keyfile)
        self.keyfile = keyfile

    # -- lock / unlock -------------------------------------------------------
    def lock(self, *, reason: str = "manual") -> None:
        if self.locked:
            return
        try:
            with self.db.transaction():
                self.audit.append(self.user, Action.LOCK, detail={"reason": reason})
        finally:
            self.audit.hurry_anchor()
            self._close()

    def _close(self) -> None:
        self.break_glass.clear()
        if self._db is not None:
            self._db.close()
            self._db = None
        _wipe(self._key)

    def unlock(self, password: str) -> None:
        from counselroom.services.auth import open_records

        if not self.locked:
            return
        try:
            opened = open_records(self.installation, self.user.username, password,
                                  backend=self.keystore.backend, clock=self.clock)
        except AuthenticationError as exc:
            if exc.code != "auth.wrong_password":
                raise
            # Only the password was asked for: say so, not "user name or password".
            raise AuthenticationError("auth.wrong_unlock_password", **exc.params) from None
        user = UserRepository(opened.db).get(self.user.id)
        if user is None or not user.active or user.locked:
            opened.db.close()
            raise AuthenticationError("auth.locked" if user and user.locked else "auth.disabled")
        self._db = opened.db
        self._key = bytearray(opened.key)
        self.keyfile = opened.keyfile
        self.user = user
        self.audit = AuditLog(opened.db, audit_key(opened.key), self.keystore,
                              anchor_frozen=self.audit.anchor_frozen, clock=self.clock)
        self.guard.reset(user.username)
        with self.db.transaction():
            self.audit.append(user, Action.UNLOCK)

    def replace_database(self, db: Database) -> None:
        """Go on with ``db``, opened with this session's key, in place of the current
        connection (already closed): a restore put another file in the live file's place.
        What the session remembered about the old file's records is forgotten."""
        self._db = db
        self.audit = AuditLog(db, audit_key(bytes(self._key)), self.keystore, clock=self.clock)
        self.findings = []
        self.break_glass.clear()
        self.draft_audited.clear()
        self.refresh_user()

    def reader(self) -> WorkerSession:
        """What a worker thread needs to read as this session, taken now (on the thread that
        owns the session): see :class:`WorkerSession`."""
        if self.locked:
            raise PermissionDenied("session.locked")
        return WorkerSession(self, audits=False)

    def auditing_reader(self) -> WorkerSession:
        """As :meth:`reader`, for reads the rules audit (a case file printed, a case opened
        with a stated reason): its connection may append audit rows, nothing else is meant
        to write through it."""
        if self.locked:
            raise PermissionDenied("session.locked")
        return WorkerSession(self, audits=True)

    def logout(self) -> None:
        if self.locked:
            return
        try:
            with self.db.transaction():
                self.audit.append(self.user, Action.LOGOUT)
        finally:
            self.audit.hurry_anchor()
            self._close()


class WorkerSession:
    """This session as a worker thread uses it: the same user, clock, findings and
    break-glass reasons, with a key of its own copied when it was made, and a connection
    of its own, opened by ``with`` in the worker and closed (its key copy wiped) when the
    block ends. A reader's connection is read-only (``PRAGMA query_only``): a read path
    that tries to write fails there rather than writing from the wrong thread. An auditing
    reader's connection appends audit rows through the installation's one anchor writer;
    the reasons it was given are in ``reasons`` afterwards, for the owning session to keep.
    """

    def __init__(self, session: Session, *, audits: bool) -> None:
        view = copy.copy(session)
        view._db = None
        view._key = bytearray(session._key)
        view.break_glass = dict(session.break_glass)
        view.draft_audited = dict(session.draft_audited)
        self._view = view
        self._audits = audits
        self._anchor_frozen = session.audit.anchor_frozen
        self.reasons: dict[int, str] = {}

    def __enter__(self) -> Session:
        view = self._view
        key = bytes(view._key)
        try:
            view._db = (Database.open_existing if self._audits else Database.open_reader)(
                view.installation.db_path, key)
        except BaseException:
            _wipe(view._key)
            raise
        if self._audits:
            view.audit = AuditLog(view._db, audit_key(key), view.keystore, anchor_frozen=self._anchor_frozen,
                                  clock=view.clock)
        else:
            # No key store: an append fails on the read-only connection, the anchor is out of reach.
            view.audit = AuditLog(view._db, audit_key(key), None, anchor_frozen=True, clock=view.clock)
        return view

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.reasons = dict(self._view.break_glass)
        self._view._close()
