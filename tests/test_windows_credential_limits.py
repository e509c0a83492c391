"""What the application keeps in the OS key store fits Windows Credential Manager (issue 13,
item 5): a secret of at most 2560 bytes stored as UTF-16-LE (1280 ASCII characters), a user
name of at most 513 characters, a target name of at most 32767 ("<user name>@CounselRoom",
keyring's WinVaultKeyring).

The entries, per installation (``security/keystore.py``): ``<installation id>/device-secret``
(base64 of 32 bytes), ``/audit-anchor`` (JSON: row number and MAC) and ``/login-guard`` (the
sealed record of wrong passwords, whose size follows what was typed). Measured here on the
values the application really writes, with the longest names it accepts and a flood of long
guessed names; the key store refuses anything larger with a clear error on every system.
"""

from __future__ import annotations

import random
import sys
import types
from datetime import datetime, timedelta, timezone

import pytest
from argon2.low_level import Type, hash_secret_raw

from counselroom.domain.accounts import (
    DISPLAY_NAME_MAX_LENGTH, LOCK_AFTER, USERNAME_MAX_LENGTH, Role,
)
from counselroom.domain.errors import AuthenticationError, KeystoreError
from counselroom.domain.settings import ROOM_NAME_MAX_LENGTH
from counselroom.security import keys
from counselroom.security import keystore as keystore_mod
from counselroom.security.keyfile import new_installation_id
from counselroom.security.keystore import (
    AUDIT_ANCHOR, CRED_MAX_CREDENTIAL_BLOB_SIZE, CRED_MAX_GENERIC_TARGET_NAME_LENGTH, CRED_MAX_USERNAME_LENGTH,
    DEVICE_SECRET, LOGIN_GUARD, SERVICE, Keystore, fits, stored_size,
)
from counselroom.security.login_guard import NAME_CHARS, LoginGuard, guard_path
from counselroom.services.accounts import AccountService
from counselroom.services.auth import login
from counselroom.services.installation import Installation
from counselroom.services.setup import initialize

PW = "春眠不觉晓处处闻啼鸟"


def utf16_units(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def assert_fits_credential_manager(entries: dict[tuple[str, str], str]) -> None:
    """Every (service, user name) -> value as WinVaultKeyring would store it."""
    assert entries
    for (service, username), value in entries.items():
        assert len(value.encode("utf-16-le")) <= CRED_MAX_CREDENTIAL_BLOB_SIZE, (username, stored_size(value))
        assert utf16_units(username) <= CRED_MAX_USERNAME_LENGTH
        for target in (service, f"{username}@{service}"):
            assert utf16_units(target) <= CRED_MAX_GENERIC_TARGET_NAME_LENGTH


def chinese(rnd: random.Random, length: int) -> str:
    """Random common characters: incompressible, 3 bytes each in UTF-8 (the worst case)."""
    return "".join(chr(rnd.randint(0x4E00, 0x9FA5)) for _ in range(length))


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 23, 8, 0, tzinfo=timezone.utc)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def cheap_kdf(monkeypatch):
    """Argon2id at 8 KiB: the same code paths, a thousandth of the time."""
    monkeypatch.setattr(keys, "argon2id", lambda secret, salt, params: hash_secret_raw(
        secret, salt, time_cost=1, memory_cost=8, parallelism=1, hash_len=keys.KEY_BYTES, type=Type.ID))


# -- the measure --------------------------------------------------------------------------------------

def test_values_are_measured_as_credential_manager_stores_them():
    assert CRED_MAX_CREDENTIAL_BLOB_SIZE == 2560
    assert fits("a" * 1280) and not fits("a" * 1281)
    assert stored_size("张") == 2 and stored_size("𠀀") == 4          # a character outside the BMP: two units
    assert fits("张" * 1280) and not fits("𠀀" * 641)


def test_entry_and_target_names_fit():
    installation = new_installation_id()
    for entry in (DEVICE_SECRET, AUDIT_ANCHOR, LOGIN_GUARD):
        username = f"{installation}/{entry}"
        assert utf16_units(username) <= CRED_MAX_USERNAME_LENGTH
        assert utf16_units(f"{username}@{SERVICE}") <= CRED_MAX_GENERIC_TARGET_NAME_LENGTH


def test_a_value_too_large_is_refused_clearly_and_nothing_is_written(memory_keyring):
    store = Keystore(new_installation_id(), memory_keyring)
    store.put(LOGIN_GUARD, "x" * 1280)
    with pytest.raises(KeystoreError) as err:
        store.put(LOGIN_GUARD, "x" * 1281)
    assert err.value.code == "keyring.failed"
    assert "login-guard" in err.value.params["detail"] and "2562 bytes" in err.value.params["detail"]
    assert "2560" in err.value.params["detail"]
    assert store.get(LOGIN_GUARD) == "x" * 1280                          # the old value stays


def test_a_credential_manager_error_is_a_key_store_error(memory_keyring, monkeypatch):
    """pywin32(-ctypes) raises ``pywintypes.error`` (not an OSError, not a keyring error)."""
    fake = types.ModuleType("pywintypes")
    fake.error = type("error", (Exception,), {})
    monkeypatch.setitem(sys.modules, "pywintypes", fake)
    keystore_mod._platform_errors.cache_clear()
    try:
        def refuse(*args):
            raise fake.error(1783, "CredWrite", "The stub received bad data.")

        monkeypatch.setattr(memory_keyring, "set_password", refuse)
        with pytest.raises(KeystoreError) as err:
            Keystore("inst", memory_keyring).put(DEVICE_SECRET, "x")
        assert err.value.code == "keyring.failed" and err.value.params["detail"] == "error"
    finally:
        keystore_mod._platform_errors.cache_clear()


def test_the_audit_anchor_fits_at_any_row_count(memory_keyring):
    store = Keystore(new_installation_id(), memory_keyring)
    store.put_json(AUDIT_ANCHOR, {"seq": 2 ** 63 - 1, "mac": "f" * 64})
    assert_fits_credential_manager(memory_keyring.entries)


# -- the login guard under a flood of long names ----------------------------------------------------------

def test_a_flood_of_long_guessed_names_fits_and_every_attempt_is_counted(memory_keyring, tmp_path):
    rnd = random.Random(13)
    store = Keystore(new_installation_id(), memory_keyring)
    start = datetime(2026, 11, 23, 8, 0, tzinfo=timezone.utc)
    guard = LoginGuard(store, guard_path(tmp_path), bytes(range(32)), clock=lambda: start)
    now = start
    accounts = [chinese(rnd, USERNAME_MAX_LENGTH) for _ in range(3)]
    for name in accounts:                       # accounts with the longest names, one short of the lock
        for _ in range(LOCK_AFTER - 1):
            now += timedelta(seconds=61)
            guard.record_failure(name, now, known=True)
    for _ in range(200):                        # 200 guesses, each a new name longer than any kept
        now += timedelta(seconds=61)
        guard.record_failure(chinese(rnd, NAME_CHARS + 10), now, known=False)
        assert_fits_credential_manager(memory_keyring.entries)
    hammered = chinese(rnd, NAME_CHARS)
    for _ in range(LOCK_AFTER):                 # a name guessed over and over is locked, and stays so
        now += timedelta(seconds=400)
        guard.record_failure(hammered, now, known=False)
    assert_fits_credential_manager(memory_keyring.entries)

    state = guard.load()
    counted = sum(r.pending for r in state.names.values()) + state.others.attempts
    assert counted == 3 * (LOCK_AFTER - 1) + 200 + LOCK_AFTER
    for name in accounts:                       # accounts keep their count: one more locks them
        assert state.record(name).failures == LOCK_AFTER - 1
    with pytest.raises(AuthenticationError) as err:
        guard.check(hammered, now + timedelta(days=1))
    assert err.value.code == "auth.locked"


def test_the_longest_names_the_application_accepts_through_real_logins(tmp_path, memory_keyring, cheap_kdf):
    """Set-up with the longest room, user and display names, three more accounts with the
    longest user names, all three locked by wrong passwords, 60 guessed long names, then the
    supervisor's login that copies it all to the audit log: every entry fits at every step."""
    rnd = random.Random(5)
    clock = Clock()
    inst = Installation(tmp_path / "咨询室 数据")
    supervisor = chinese(rnd, USERNAME_MAX_LENGTH)
    result = initialize(inst, room_name="䶮" * ROOM_NAME_MAX_LENGTH, username=supervisor,
                        display_name="王" * DISPLAY_NAME_MAX_LENGTH, password=PW, clock=clock)
    names = []
    for _ in range(3):
        name = chinese(rnd, USERNAME_MAX_LENGTH)
        AccountService(result.session).create(username=name, display_name="李" * DISPLAY_NAME_MAX_LENGTH,
                                              role=Role.COUNSELLOR)
        names.append(name)
    result.session.logout()
    assert_fits_credential_manager(memory_keyring.entries)

    def wrong(name: str, seconds: float) -> str:
        clock.now += timedelta(seconds=seconds)
        with pytest.raises(AuthenticationError) as err:
            login(inst, name, "这不是密码这不是密码", clock=clock)
        assert_fits_credential_manager(memory_keyring.entries)
        return err.value.code

    for name in names:
        codes = [wrong(name, 400) for _ in range(LOCK_AFTER + 1)]
        assert codes[-1] == "auth.locked"
    for _ in range(60):
        wrong(chinese(rnd, NAME_CHARS), 61)
    clock.now += timedelta(seconds=400)
    session = login(inst, supervisor, PW, clock=clock)
    session.logout()
    assert_fits_credential_manager(memory_keyring.entries)
    assert set(memory_keyring.entries) == {(SERVICE, f"{session.keystore.installation_id}/{entry}")
                                           for entry in (DEVICE_SECRET, AUDIT_ANCHOR, LOGIN_GUARD)}
    for name in names:                          # still locked after the flood and the login
        assert wrong(name, 400) == "auth.locked"
