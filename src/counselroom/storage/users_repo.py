"""Accounts."""

from __future__ import annotations

from datetime import datetime

from counselroom.domain.accounts import Role, User
from counselroom.domain.errors import StorageError
from counselroom.storage.database import Database, Row
from counselroom.storage.timestamps import from_db, to_db

_COLUMNS = ("id, username, display_name, role, active, locked, must_change_password, "
            "failed_logins, created_at, last_login_at, needs_password_reset")


def _user(row: Row) -> User:
    return User(
        id=row[0], username=row[1], display_name=row[2], role=Role(row[3]),
        active=bool(row[4]), locked=bool(row[5]), must_change_password=bool(row[6]),
        failed_logins=row[7], created_at=from_db(row[8]), last_login_at=from_db(row[9]),
        needs_password_reset=bool(row[10]),
    )


class UserRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, *, username: str, display_name: str, role: Role, created_at: datetime,
            must_change_password: bool) -> User:
        cur = self._db.execute(
            "INSERT INTO users (username, display_name, role, must_change_password, created_at) "
            "VALUES (?, ?, ?, ?, ?)",
            (username, display_name, role.value, int(must_change_password), to_db(created_at)),
        )
        user = self.get(cur.lastrowid)
        if user is None:    # the row just inserted: only a failing database gets here
            raise StorageError()
        return user

    def get(self, user_id: int) -> User | None:
        row = self._db.query_one(f"SELECT {_COLUMNS} FROM users WHERE id = ?", (user_id,))
        return None if row is None else _user(row)

    def by_username(self, username: str) -> User | None:
        row = self._db.query_one(f"SELECT {_COLUMNS} FROM users WHERE username = ?", (username,))
        return None if row is None else _user(row)

    def all(self) -> list[User]:
        rows = self._db.query_all(f"SELECT {_COLUMNS} FROM users ORDER BY role DESC, username")
        return [_user(r) for r in rows]

    def count_active_supervisors(self) -> int:
        return int(self._db.query_value("SELECT count(*) FROM users WHERE role = 'supervisor' AND active = 1"))

    def update_flags(self, user_id: int, **flags: bool | int) -> None:
        allowed = {"active", "locked", "must_change_password", "needs_password_reset",
                   "failed_logins"}
        unknown = set(flags) - allowed
        if unknown:
            raise ValueError(f"not updatable: {unknown}")
        assignments = ", ".join(f"{name} = ?" for name in flags)
        self._db.execute(f"UPDATE users SET {assignments} WHERE id = ?",
                         (*(int(v) for v in flags.values()), user_id))

    def record_login(self, user_id: int, when: datetime) -> None:
        self._db.execute(
            "UPDATE users SET last_login_at = ?, failed_logins = 0 WHERE id = ?",
            (to_db(when), user_id))
