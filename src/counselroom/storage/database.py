"""Opening the encrypted database: SQLCipher 4 with a raw 256-bit key.

The rules here come from products that lost their users' data: a missing or
empty file must never silently become a new database, and a wrong key must be
noticed at once (SQLCipher only complains at the first read).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, cast

import sqlcipher3

from counselroom.domain.backups import sidecar_path
from counselroom.domain.errors import StorageError
from counselroom.storage import files
from counselroom.storage.writer_lock import WriterLock, lock_name

DB_FILENAME = "counselroom.db"
SALT_BYTES = 16
KEY_BYTES = 32
BUSY_TIMEOUT_MS = 5000
APPLICATION_ID = 0x43526D31  # "CRm1"

DatabaseError = sqlcipher3.dbapi2.DatabaseError

#: A result row: SQLite values, whose types only the query that asked for them knows.
Row = tuple[Any, ...]


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


def _key_pragma(key: bytes, salt: bytes | None = None) -> str:
    if len(key) != KEY_BYTES:
        raise ValueError("database key must be 32 bytes")
    if salt is None:
        return f"PRAGMA key = \"x'{key.hex()}'\""
    if len(salt) != SALT_BYTES:
        raise ValueError("database salt must be 16 bytes")
    # Raw key followed by the salt a new file is to carry (SQLCipher's raw key + salt form).
    return f"PRAGMA key = \"x'{key.hex()}{salt.hex()}'\""


def _connect(path: Path, key: bytes, mode: str, *, salt: bytes | None = None) -> sqlcipher3.Connection:
    """``mode`` is "rw", or "backup" for a closed backup file opened read-only."""
    uri = _uri(path, "ro") + "&immutable=1" if mode == "backup" else _uri(path, mode)
    try:
        conn = sqlcipher3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    except sqlcipher3.dbapi2.OperationalError as exc:
        raise StorageError("storage.cannot_open", path=str(path)) from exc
    # Silence SQLCipher's own stderr logging before the key is tried.
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(_key_pragma(key, salt))
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except DatabaseError as exc:
        conn.close()
        raise StorageError("storage.wrong_key") from exc
    conn.execute("PRAGMA temp_store = MEMORY")  # FILE would spill plaintext
    if mode == "backup":
        conn.execute("PRAGMA query_only = ON")
        return conn
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    return conn


def _fsync_file(path: Path) -> None:
    files.sync_file(path)


def _write_synced(path: Path, data: bytes) -> None:
    files.write_synced(path, data, exclusive=True, private=True)


def _fsync_dir(folder: Path) -> None:
    files.sync_folder(folder)   # a no-op on Windows (see storage/files.py)


def partial_name(target: Path) -> Path:
    """Where a copy is written before it gets its final name (never looks complete)."""
    return target.with_name(f".{target.name}.partial")


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


def _with_side_files(path: Path) -> list[Path]:
    """A database file and the side files SQLite may leave beside it."""
    return [path] + [path.with_name(path.name + side) for side in ("-wal", "-shm", "-journal")]


def _remove_quietly(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


class Database:
    """One keyed connection. Not shared across threads: workers open their own."""

    def __init__(self, conn: sqlcipher3.Connection, path: Path) -> None:
        self._conn: sqlcipher3.Connection | None = conn
        self.path = path
        self._depth = 0
        self._after_commit: list[Callable[[], object]] = []

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
    def open_reader(cls, path: Path, key: bytes) -> "Database":
        """A second connection to the live database that only reads (a worker thread's):
        it sees every committed row and refuses any write, so a read path that tries to
        write fails loudly instead of writing behind the window's back."""
        db = cls.open_existing(path, key)
        db.execute("PRAGMA query_only = ON")
        return db

    @classmethod
    def open_backup(cls, path: Path, key: bytes) -> "Database":
        """Open a backup file read-only, as it is: no journal, no side files, no writes.

        Only for closed files (backups, a database set aside): ``immutable`` tells
        SQLite that nobody changes the file while it is read.
        """
        path = Path(path)
        if not path.is_file():
            raise StorageError("storage.missing", path=str(path))
        if path.stat().st_size == 0:
            raise StorageError("storage.empty", path=str(path))
        return cls(_connect(path, key, "backup"), path)

    @classmethod
    def create_new(cls, path: Path, key: bytes, *, salt: bytes | None = None) -> "Database":
        """Create a brand-new database; refuses if anything is at ``path``.

        ``salt``: the file's salt (default: a random one). A copy meant to take
        the live file's place keeps the live salt, which the key file records.
        """
        path = Path(path)
        # O_EXCL reserves the name so two set-ups cannot race for it.
        try:
            fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        except FileExistsError as exc:
            raise StorageError("storage.exists", path=str(path)) from exc
        os.close(fd)
        try:
            db = cls(_connect(path, key, "rw", salt=salt), path)
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

    def query_one(self, sql: str, params: Any = ()) -> Row | None:
        with _damage_reported():
            # sqlcipher3 has no type information; its rows are plain tuples
            return cast("Row | None", self.conn.execute(sql, params).fetchone())

    def query_all(self, sql: str, params: Any = ()) -> list[Row]:
        with _damage_reported():
            return cast("list[Row]", self.conn.execute(sql, params).fetchall())

    def query_value(self, sql: str, params: Any = ()) -> Any:
        """The first column of a query that always returns a row (an aggregate, a PRAGMA)."""
        row = self.query_one(sql, params)
        if row is None:
            raise StorageError()
        return row[0]

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

    def after_commit(self, callback: Callable[[], object]) -> None:
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

    def backup_to(self, target: Path, key: bytes, *, salt: bytes | None = None,
                  sidecar: Callable[[bytes], bytes | None] | None = None) -> None:
        """Encrypted copy through SQLite's backup API (never a file copy of a live DB).

        The copy is one snapshot: a single backup step under one read
        transaction, so writes by other connections meanwhile are simply not in
        it. It is written under a temporary name, synced, and only then renamed
        to ``target``, so a file with the final name is always complete. It is a
        single file (rollback-journal mode), readable with :meth:`open_backup`.

        ``sidecar``: given the copy's salt, the bytes of the recovery keys that go
        with it (``domain.backups.sidecar_path``). They are written and synced under
        a temporary name too, and renamed into place just before the copy, so a
        crash never leaves a complete-looking copy without its keys (at worst keys
        without a copy, which the next backup removes). The whole time, the
        writer holds ``.<target>.lock`` (``storage.writer_lock``), so the cleaning
        of a later backup never takes these files from under it.
        """
        target = Path(target)
        if target.exists():
            raise StorageError("storage.exists", path=str(target))
        partial = partial_name(target)
        keys = sidecar_path(target)
        keys_partial = partial_name(keys)
        keys_placed = False
        lock: WriterLock | None = None
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            lock = WriterLock.acquire(lock_name(target))
            if target.exists():  # written by another writer while we waited for the lock
                raise StorageError("storage.exists", path=str(target))
            for leftover in (*_with_side_files(partial), keys_partial):
                if leftover.exists():
                    leftover.unlink()  # left by a copy that did not finish
            dest = Database.create_new(partial, key, salt=salt)
            try:
                self.conn.backup(dest.conn)
                dest.conn.execute("PRAGMA journal_mode = DELETE")
            finally:
                dest.close()
            _fsync_file(partial)
            if target.exists():
                raise StorageError("storage.exists", path=str(target))
            data = sidecar(read_salt(partial) or b"") if sidecar is not None else None
            if data is not None:
                _write_synced(keys_partial, data)
                files.replace(keys_partial, keys)
                keys_placed = True
            files.replace(partial, target)
            _fsync_dir(target.parent)
        except StorageError as exc:
            for leftover in _with_side_files(partial):
                _remove_quietly(leftover)
            _remove_quietly(keys_partial)
            if keys_placed:
                _remove_quietly(keys)
            if exc.code == "storage.exists":
                raise
            raise StorageError("storage.backup_failed", path=str(target)) from exc
        except (OSError, sqlcipher3.Error) as exc:
            for leftover in _with_side_files(partial):
                _remove_quietly(leftover)
            _remove_quietly(keys_partial)
            if keys_placed:
                _remove_quietly(keys)
            raise StorageError("storage.backup_failed", path=str(target)) from exc
        finally:
            if lock is not None:
                lock.release()

    def release(self) -> None:
        """Close for good as the only connection: the WAL is folded into the file,
        which is left as one self-contained file (rollback-journal mode).

        Refuses (``storage.in_use``) while another connection has the file open,
        and then stays open."""
        try:
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            mode = self.conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        except sqlcipher3.dbapi2.OperationalError as exc:
            raise StorageError("storage.in_use") from exc
        if str(mode).lower() != "delete":
            # SQLite keeps WAL mode while another connection is open.
            self.conn.execute("PRAGMA journal_mode = WAL")
            raise StorageError("storage.in_use")
        self.close()

    def integrity_problems(self) -> list[str]:
        """Page HMACs (SQLCipher) and the b-tree structure (SQLite)."""
        with _damage_reported():
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


def sqlcipher_version() -> str:
    """The linked SQLCipher's version (e.g. "4.6.1 community"), "" if the library is plain SQLite."""
    connection = sqlcipher3.connect(":memory:")
    try:
        row = connection.execute("PRAGMA cipher_version").fetchone()
    finally:
        connection.close()
    return row[0] if row and row[0] else ""
