"""Opening the encrypted database: SQLCipher 4 with a raw 256-bit key.

The rules here come from products that lost their users' data: a missing or
empty file must never silently become a new database, and a wrong key must be
noticed at once (SQLCipher only complains at the first read).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import sqlcipher3

from counselroom.domain.errors import StorageError

DB_FILENAME = "counselroom.db"
SALT_BYTES = 16
KEY_BYTES = 32
BUSY_TIMEOUT_MS = 5000
APPLICATION_ID = 0x43526D31  # "CRm1"

DatabaseError = sqlcipher3.dbapi2.DatabaseError


def _uri(path: Path, mode: str) -> str:
    # as_uri() percent-encodes non-ASCII folder names (a teacher's 桌面 folder).
    return f"{path.resolve().as_uri()}?mode={mode}"


def read_salt(path: Path) -> bytes | None:
    """The first 16 bytes of an SQLCipher file are its random salt (not secret)."""
    try:
        with open(path, "rb") as fh:
            salt = fh.read(SALT_BYTES)
    except FileNotFoundError:
        return None
    return salt if len(salt) == SALT_BYTES else None


def _key_pragma(key: bytes) -> str:
    if len(key) != KEY_BYTES:
        raise ValueError("database key must be 32 bytes")
    return f"PRAGMA key = \"x'{key.hex()}'\""


def _connect(path: Path, key: bytes, mode: str) -> sqlcipher3.Connection:
    try:
        conn = sqlcipher3.connect(_uri(path, mode), uri=True, isolation_level=None,
                                  check_same_thread=False)
    except sqlcipher3.dbapi2.OperationalError as exc:
        raise StorageError("storage.cannot_open", path=str(path)) from exc
    # Silence SQLCipher's own stderr logging before the key is tried.
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(_key_pragma(key))
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except DatabaseError as exc:
        conn.close()
        raise StorageError("storage.wrong_key") from exc
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA temp_store = MEMORY")  # FILE would spill plaintext
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    return conn


@contextlib.contextmanager
def _damage_reported() -> Iterator[None]:
    """A page that fails its HMAC or a malformed b-tree becomes one clear error.

    Only the plain DatabaseError class means damage; its subclasses (constraint
    violations, busy, misuse) keep their own meaning for the caller.
    """
    try:
        yield
    except DatabaseError as exc:
        if type(exc) is DatabaseError:
            raise StorageError("storage.damaged") from exc
        raise


class Database:
    """One keyed connection. Not shared across threads: workers open their own."""

    def __init__(self, conn: sqlcipher3.Connection, path: Path) -> None:
        self._conn: sqlcipher3.Connection | None = conn
        self.path = path
        self._depth = 0
        self._after_commit: list = []

    # -- opening -------------------------------------------------------------
    @classmethod
    def open_existing(cls, path: Path, key: bytes) -> "Database":
        """Open a database that must already exist; never creates one."""
        path = Path(path)
        if not path.is_file():
            raise StorageError("storage.missing", path=str(path))
        if path.stat().st_size == 0:
            raise StorageError("storage.empty", path=str(path))
        return cls(_connect(path, key, "rw"), path)

    @classmethod
    def create_new(cls, path: Path, key: bytes) -> "Database":
        """Create a brand-new database; refuses if anything is at ``path``."""
        path = Path(path)
        # O_EXCL reserves the name so two set-ups cannot race for it.
        try:
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        except FileExistsError as exc:
            raise StorageError("storage.exists", path=str(path)) from exc
        os.close(fd)
        try:
            db = cls(_connect(path, key, "rw"), path)
            # Setting the header field writes page 1 now, so the salt is on
            # disk for the key file to record.
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            return db
        except Exception:
            with contextlib.suppress(OSError):
                path.unlink()
            raise

    # -- use -----------------------------------------------------------------
    @property
    def conn(self) -> sqlcipher3.Connection:
        if self._conn is None:
            raise StorageError("storage.closed")
        return self._conn

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    def execute(self, sql: str, params: Any = ()) -> sqlcipher3.Cursor:
        with _damage_reported():
            return self.conn.execute(sql, params)

    def query_one(self, sql: str, params: Any = ()) -> tuple | None:
        with _damage_reported():
            return self.conn.execute(sql, params).fetchone()

    def query_all(self, sql: str, params: Any = ()) -> list[tuple]:
        with _damage_reported():
            return self.conn.execute(sql, params).fetchall()

    @contextlib.contextmanager
    def transaction(self) -> Iterator["Database"]:
        """BEGIN IMMEDIATE … COMMIT; nested calls join the outer transaction."""
        if self._depth:
            self._depth += 1
            try:
                yield self
            finally:
                self._depth -= 1
            return
        self.conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        self._after_commit = []
        try:
            yield self
        except BaseException:
            self._depth = 0
            self._after_commit = []
            self.conn.execute("ROLLBACK")
            raise
        self._depth = 0
        self.conn.execute("COMMIT")
        callbacks, self._after_commit = self._after_commit, []
        for callback in callbacks:
            callback()

    def after_commit(self, callback) -> None:
        """Run ``callback`` once the current transaction has committed."""
        if not self._depth:
            raise RuntimeError("after_commit outside a transaction")
        self._after_commit.append(callback)

    @property
    def in_transaction(self) -> bool:
        return self._depth > 0

    def user_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])

    def set_user_version(self, version: int) -> None:
        self.conn.execute(f"PRAGMA user_version = {int(version)}")

    def backup_to(self, target: Path, key: bytes) -> None:
        """Encrypted copy through SQLite's backup API (never a file copy of a live DB)."""
        target = Path(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        dest = Database.create_new(target, key)
        try:
            self.conn.backup(dest.conn)
        finally:
            dest.close()

    def integrity_problems(self) -> list[str]:
        """Page HMACs (SQLCipher) and the b-tree structure (SQLite)."""
        problems = [row[0] for row in self.conn.execute("PRAGMA cipher_integrity_check")]
        rows = [row[0] for row in self.conn.execute("PRAGMA integrity_check")]
        problems += [r for r in rows if r != "ok"]
        problems += [f"foreign key: {r}" for r in self.conn.execute("PRAGMA foreign_key_check")]
        return problems

    def close(self) -> None:
        if self._conn is not None:
            try:
                self._conn.close()
            finally:
                self._conn = None
