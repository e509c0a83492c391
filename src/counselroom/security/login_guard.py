"""Slowing down and locking out password guessing before the records open.

A wrong password cannot be written into the encrypted database (it cannot be
opened without the right one), so the count lives in the OS key store, next
to the device secret, and survives a restart. The failed attempts are copied
into the audit log by the next successful login, and the database keeps the
account's lock too, so removing the key-store entry does not unlock anyone.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from counselroom.domain.accounts import is_locked_out, login_delay_seconds
from counselroom.domain.errors import AuthenticationError
from counselroom.security.keystore import LOGIN_GUARD, Keystore

MAX_PENDING = 200


class LoginGuard:
    def __init__(self, keystore: Keystore) -> None:
        self._keystore = keystore

    def _load(self) -> dict:
        return self._keystore.get_json(LOGIN_GUARD) or {}

    def _save(self, state: dict) -> None:
        self._keystore.put_json(LOGIN_GUARD, state)

    @staticmethod
    def _key(username: str) -> str:
        return username.strip().casefold()

    def record(self, username: str) -> dict:
        return self._load().get(self._key(username), {"failures": 0, "pending": []})

    def check(self, username: str, now: datetime) -> None:
        """Raise if this account may not try a password now."""
        rec = self.record(username)
        if rec.get("locked") or is_locked_out(rec.get("failures", 0)):
            raise AuthenticationError("auth.locked")
        delay = login_delay_seconds(rec.get("failures", 0))
        if delay and rec.get("last"):
            ready = datetime.fromisoformat(rec["last"]) + timedelta(seconds=delay)
            if now < ready:
                raise AuthenticationError("auth.wait", seconds=int((ready - now).total_seconds()) + 1)

    def record_failure(self, username: str, now: datetime) -> int:
        state = self._load()
        rec = state.setdefault(self._key(username), {"failures": 0, "pending": []})
        rec["failures"] = rec.get("failures", 0) + 1
        rec["last"] = now.isoformat()
        rec["pending"] = (rec.get("pending", []) + [now.isoformat()])[-MAX_PENDING:]
        if is_locked_out(rec["failures"]):
            rec["locked"] = True
        self._save(state)
        return rec["failures"]

    def all_records(self) -> dict[str, dict]:
        return self._load()

    def clear_pending(self, username: str) -> None:
        state = self._load()
        rec = state.get(self._key(username))
        if rec and rec.get("pending"):
            rec["pending"] = []
            self._save(state)

    def reset(self, username: str) -> None:
        state = self._load()
        if state.pop(self._key(username), None) is not None:
            self._save(state)
