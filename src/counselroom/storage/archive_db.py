"""The plain SQLite database inside an archive, built and read in memory only.

It is made with the standard ``sqlite3`` module in ``:memory:`` and serialized to
bytes, which go straight into the encrypted archive: the quarter's records never
touch the disk in plaintext. Reading is the reverse (``deserialize``). The tables
keep the live database's column names and layout (without STRICT, so any SQLite
tool reads them), so the repositories that read the live database read an
archive too.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from counselroom.domain.archive import ArchiveError
from counselroom.storage.database import Database, Row
from counselroom.storage.quarter_repo import TableRows

#: ``PRAGMA application_id`` of an archive database: "CRa1".
ARCHIVE_APPLICATION_ID = 0x43526131
INFO_TABLE = "archive_info"


def build_archive_database(tables: Iterable[TableRows], info: dict[str, str], *, schema_version: int) -> bytes:
    """The tables and the ``archive_info`` key/value pairs as the bytes of an SQLite file."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        conn.execute(f"PRAGMA application_id = {ARCHIVE_APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {int(schema_version)}")
        conn.execute("BEGIN")
        conn.execute(f"CREATE TABLE {INFO_TABLE} (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        conn.executemany(f"INSERT INTO {INFO_TABLE} (key, value) VALUES (?, ?)", sorted(info.items()))
        for table in tables:
            conn.execute(table.create_sql)
            if table.rows:
                cols = ", ".join(table.columns)
                marks = ", ".join("?" for _ in table.columns)
                conn.executemany(f"INSERT INTO {table.table} ({cols}) VALUES ({marks})", table.rows)
        conn.execute("COMMIT")
        conn.execute("VACUUM")
        return conn.serialize()
    finally:
        conn.close()


class ArchiveDatabase(Database):
    """An archive's database opened from bytes, read-only, in memory."""

    @classmethod
    def from_bytes(cls, data: bytes) -> "ArchiveDatabase":
        conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        try:
            conn.deserialize(data)
            conn.execute("PRAGMA query_only = ON")
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            conn.execute(f"SELECT count(*) FROM {INFO_TABLE}").fetchone()
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise ArchiveError("archive.damaged") from exc
        if app_id != ARCHIVE_APPLICATION_ID:
            conn.close()
            raise ArchiveError("archive.not_ours")
        return cls(conn, Path(":memory:"))

    def info(self) -> dict[str, str]:
        return dict(self._query(f"SELECT key, value FROM {INFO_TABLE}"))

    def _query(self, sql: str, params: Any = ()) -> list[Row]:
        try:
            # the connection is sqlite3's, typed as the base class's (untyped) sqlcipher3 one
            rows: list[Row] = self.conn.execute(sql, params).fetchall()
            return rows
        except sqlite3.DatabaseError as exc:
            raise ArchiveError("archive.damaged") from exc

    def query_one(self, sql: str, params: Any = ()) -> Row | None:
        rows = self._query(sql, params)
        return rows[0] if rows else None

    def query_all(self, sql: str, params: Any = ()) -> list[Row]:
        return self._query(sql, params)

    def execute(self, sql: str, params: Any = ()) -> sqlite3.Cursor:
        try:
            cursor: sqlite3.Cursor = self.conn.execute(sql, params)
            return cursor
        except sqlite3.DatabaseError as exc:
            raise ArchiveError("archive.damaged") from exc

    def tables(self) -> list[str]:
        return [r[0] for r in self._query(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name <> ? ORDER BY name", (INFO_TABLE,))]

    def _has_table(self, table: str) -> bool:
        # ``tables()`` leaves ``archive_info`` out (it is about the archive, not records), but it is
        # a table of the file all the same: its columns and rows are described in the README.
        return table == INFO_TABLE or table in self.tables()

    def table_columns(self, table: str) -> list[tuple[str, str]]:
        if not self._has_table(table):
            return []
        return [(r[1], r[2]) for r in self._query(f"PRAGMA table_info({table})")]

    def count(self, table: str) -> int:
        if not self._has_table(table):
            return 0
        return int(self._query(f"SELECT count(*) FROM {table}")[0][0])

    def integrity_problems(self) -> list[str]:
        return [r[0] for r in self._query("PRAGMA integrity_check") if r[0] != "ok"]

    def search_clients(self, text: str, limit: int = 500) -> list[int]:
        """Ids of the archived clients whose name, case number, class or student number contains ``text``."""
        from counselroom.storage.clients_repo import escape_like

        text = (text or "").strip()
        if not text:
            return [r[0] for r in self._query("SELECT id FROM clients ORDER BY case_no LIMIT ?", (limit,))]
        like = f"%{escape_like(text)}%"
        return [r[0] for r in self._query(
            "SELECT id FROM clients WHERE name LIKE ? ESCAPE '\\' OR case_no LIKE ? ESCAPE '\\' "
            "OR (grade || class_name) LIKE ? ESCAPE '\\' OR student_no LIKE ? ESCAPE '\\' "
            "OR pinyin_keys LIKE ? ESCAPE '\\' ORDER BY case_no LIMIT ?",
            (like, like, like, like, f"%{escape_like(text.lower())}%", limit))]

    def client_ids(self) -> list[int]:
        return [r[0] for r in self._query("SELECT id FROM clients ORDER BY case_no")]

    def case_ids_of(self, client_id: int) -> list[int]:
        return [r[0] for r in self._query("SELECT id FROM cases WHERE client_id = ? ORDER BY number", (client_id,))]

    def visit_ids_of_case(self, case_id: int) -> list[int]:
        return [r[0] for r in self._query("SELECT id FROM visits WHERE case_id = ? ORDER BY session_no", (case_id,))]

    def appointments_of(self, client_id: int) -> list[dict[str, Any]]:
        rows = self._query(
            "SELECT a.id, a.case_id, a.starts_at, a.ends_at, a.status, a.cancel_reason, a.note, "
            "coalesce(u.display_name, '') FROM appointments a LEFT JOIN users u ON u.id = a.counsellor_id "
            "WHERE a.client_id = ? ORDER BY a.starts_at", (client_id,))
        keys = ("id", "case_id", "starts_at", "ends_at", "status", "cancel_reason", "note", "counsellor")
        return [dict(zip(keys, r)) for r in rows]

    def late_addenda(self) -> dict[int, str]:
        if "late_addenda" not in self.tables():
            return {}
        return dict(self._query("SELECT addendum_id, visit_quarter FROM late_addenda"))

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
