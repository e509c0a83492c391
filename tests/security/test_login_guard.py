"""The failed-login record: two sealed copies, the larger wins, bounded whatever is tried."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

from counselroom.domain.accounts import LOCK_AFTER
from counselroom.domain.errors import AuthenticationError
from counselroom.security.keystore import LOGIN_GUARD, SERVICE, Keystore
from counselroom.security.login_guard import (
    FILE_COPY_LOST, KEYSTORE_COPY_LOST, MAX_EVENTS, MAX_NAMES, LoginGuard, guard_path,
)

INSTALLATION = "0123456789abcdef0123456789abcdef"
SECRET = bytes(range(32))
START = datetime(2026, 11, 23, 8, 0, tzinfo=timezone.utc)


@pytest.fixture
def keystore(memory_keyring) -> Keystore:
    return Keystore(INSTALLATION, memory_keyring)


@pytest.fixture
def guard(keystore, tmp_path) -> LoginGuard:
    return LoginGuard(keystore, guard_path(tmp_path), SECRET, clock=lambda: START)


def entry_key():
    return (SERVICE, f"{INSTALLATION}/{LOGIN_GUARD}")


def fail(guard: LoginGuard, name: str, times: int, *, known: bool = False, start: datetime = START,
         step: float = 400) -> datetime:
    now = start
    for _ in range(times):
        now += timedelta(seconds=step)
        guard.check(name, now)
        guard.record_failure(name, now, known=known)
    return now


def test_both_copies_are_written_sealed_and_show_no_name(guard, memory_keyring):
    fail(guard, "li", 3, known=True)
    stored = memory_keyring.entries[entry_key()]
    on_disk = guard.path.read_text(encoding="utf-8")
    for text in (stored, on_disk):
        envelope = json.loads(text)
        assert envelope["format"] == "counselroom-login-guard" and set(envelope) == {"format", "version", "nonce", "ct"}
    assert guard.load().record("li").failures == 3
    # Another device secret (another computer, a forged file) opens neither copy.
    stranger = LoginGuard(guard._keystore, guard.path, bytes(32))
    assert stranger.load().record("li") is None and not stranger.load().present


@pytest.mark.parametrize("removed", ["keystore", "file"])
def test_deleting_one_copy_keeps_the_lockout_and_is_noted(guard, memory_keyring, removed):
    now = fail(guard, "li", LOCK_AFTER, known=True)
    if removed == "keystore":
        del memory_keyring.entries[entry_key()]
    else:
        guard.path.unlink()
    with pytest.raises(AuthenticationError) as err:
        guard.check("li", now + timedelta(days=30))
    assert err.value.code == "auth.locked"
    state = guard.load()
    assert state.record("li").pending == LOCK_AFTER
    assert state.problems == [KEYSTORE_COPY_LOST if removed == "keystore" else FILE_COPY_LOST]
    # The next write puts the copy back and keeps the note for the next login.
    fail(guard, "someone", 1, start=now)
    assert entry_key() in memory_keyring.entries and guard.path.exists()
    again = guard.load()
    assert again.problems == [] and [n[0] for n in again.notes] == state.problems


def test_a_damaged_copy_counts_as_missing(guard):
    now = fail(guard, "li", LOCK_AFTER, known=True)
    raw = bytearray(guard.path.read_bytes())
    raw[-5] = ord("A") if raw[-5] != ord("A") else ord("B")
    guard.path.write_bytes(bytes(raw))
    with pytest.raises(AuthenticationError) as err:
        guard.check("li", now + timedelta(days=1))
    assert err.value.code == "auth.locked"
    assert guard.load().problems == [FILE_COPY_LOST]


def test_the_larger_copy_wins(guard, memory_keyring):
    fail(guard, "li", 2, known=True)
    old_entry = memory_keyring.entries[entry_key()]
    fail(guard, "li", 10, known=True, start=START + timedelta(hours=1))
    new_entry = memory_keyring.entries[entry_key()]
    # An older copy put back into the key store does not lower the count.
    memory_keyring.entries[entry_key()] = old_entry
    assert guard.load().record("li").failures == 12
    # Nor an older file.
    memory_keyring.entries[entry_key()] = new_entry
    guard.path.write_text(old_entry, encoding="utf-8")
    assert guard.load().record("li").failures == 12
    # Both old: the guard cannot tell; the database does (its generation went back).
    memory_keyring.entries[entry_key()] = old_entry
    assert guard.load().record("li").failures == 2


def test_guessing_across_names_slows_every_name(guard):
    now = START
    for i in range(10):
        guard.check(f"name{i}", now)
        guard.record_failure(f"name{i}", now, known=False)
    with pytest.raises(AuthenticationError) as err:
        guard.check("wanglaoshi", now)   # a name never tried before waits too
    assert err.value.code == "auth.wait_all" and err.value.params["seconds"] >= 1
    guard.check("wanglaoshi", now + timedelta(seconds=61))


def test_500_names_stay_bounded_and_every_attempt_is_counted(guard, memory_keyring):
    now = fail(guard, "li", LOCK_AFTER - 1, known=True)
    for i in range(500):
        now += timedelta(seconds=61)   # the installation-wide wait, capped at 60 s
        guard.check(f"guess{i:03d}", now)
        guard.record_failure(f"guess{i:03d}", now, known=False)
    state = guard.load()
    assert len(state.names) <= MAX_NAMES and state.pending_events() <= MAX_EVENTS
    counted = sum(r.pending for r in state.names.values()) + state.others.attempts
    assert counted == 500 + LOCK_AFTER - 1
    assert len(memory_keyring.entries[entry_key()]) < 8_000 and guard.path.stat().st_size < 8_000
    # The account's count survived the flood: one more wrong password locks it.
    assert state.record("li").failures == LOCK_AFTER - 1
    guard.record_failure("li", now + timedelta(seconds=400), known=True)
    with pytest.raises(AuthenticationError) as err:
        guard.check("li", now + timedelta(days=1))
    assert err.value.code == "auth.locked"


def test_a_name_hammered_after_a_flood_is_still_locked_whether_it_exists_or_not(guard):
    """Making room drops the least recently tried name: a name being guessed keeps its place,
    so the lock does not tell an existing name from an unknown one."""
    now = START
    for i in range(MAX_NAMES * 2):
        now += timedelta(seconds=61)
        guard.record_failure(f"junk{i}", now, known=False)
    for name in ("nobody", "li"):
        now = fail(guard, name, LOCK_AFTER, known=name == "li", start=now)
        with pytest.raises(AuthenticationError) as err:
            guard.check(name, now + timedelta(days=1))
        assert err.value.code == "auth.locked"


def test_reset_keeps_attempts_for_the_audit_log(guard):
    now = fail(guard, "li", 6, known=True)
    guard.reset("li")
    rec = guard.load().record("li")
    assert rec.failures == 0 and not rec.locked and rec.pending == 6
    guard.check("li", now)


def test_the_old_plain_entry_is_read_once(guard, memory_keyring):
    old = {"li": {"failures": 20, "locked": True, "last": START.isoformat(),
                  "pending": [(START + timedelta(minutes=i)).isoformat() for i in range(20)]}}
    old.update({f"n{i}": {"failures": 1, "last": START.isoformat(), "pending": [START.isoformat()]}
                for i in range(300)})
    memory_keyring.entries[entry_key()] = json.dumps(old)
    state = guard.load()
    assert state.problems == []          # no file beside an old entry is no finding
    assert state.record("li").locked and len(state.names) <= MAX_NAMES + 1
    with pytest.raises(AuthenticationError):
        guard.check("li", START + timedelta(days=1))
