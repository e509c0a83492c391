from datetime import datetime, timedelta, timezone

import pytest
from keyring.backends import null

from rooms import ROOM, SUPERVISOR, SUPERVISOR_PW, snapshot
from counselroom.domain.audit import AuditFilter
from counselroom.domain.errors import AuthenticationError, CounselRoomError, KeystoreError, RecoveryNeeded, ValidationError
from counselroom.domain.installation import InstallState
from counselroom.services.audit_service import AuditService
from counselroom.services.auth import login
from counselroom.services.installation import detect
from counselroom.services.settings_service import SettingsService
from counselroom.services.setup import initialize


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 23, 8, 0, tzinfo=timezone.utc)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)


def actions(session) -> list[str]:
    return [e.action for e in AuditService(session).search(AuditFilter(limit=1000))][::-1]


def test_setup_then_login(room):
    assert detect(room.inst).state is InstallState.READY
    session = login(room.inst, SUPERVISOR, SUPERVISOR_PW)
    assert session.user.display_name == "王老师"
    assert SettingsService(session).get().room_name == ROOM
    assert actions(session) == ["setup", "account.created", "logout", "login"]
    session.logout()


def test_wrong_password_is_refused_and_audited_at_next_login(room):
    with pytest.raises(AuthenticationError) as err:
        login(room.inst, SUPERVISOR, "not the password at all")
    assert err.value.code == "auth.wrong_password"
    session = login(room.inst, SUPERVISOR, SUPERVISOR_PW)
    assert actions(session)[-2:] == ["login.failed", "login"]
    session.logout()


def test_username_is_case_insensitive_and_unknown_user_is_wrong_password(room):
    login(room.inst, SUPERVISOR.upper(), SUPERVISOR_PW).logout()
    with pytest.raises(AuthenticationError) as err:
        login(room.inst, "nobody", SUPERVISOR_PW)
    assert err.value.code == "auth.wrong_password"


def test_growing_delay_then_lockout_survives_a_restart(room):
    clock = Clock()
    for attempt in range(5):
        with pytest.raises(AuthenticationError) as err:
            login(room.inst, SUPERVISOR, f"wrong password {attempt}", clock=clock)
        assert err.value.code == "auth.wrong_password"
    # After five failures the next try must wait, even with the right password.
    with pytest.raises(AuthenticationError) as err:
        login(room.inst, SUPERVISOR, SUPERVISOR_PW, clock=clock)
    assert err.value.code == "auth.wait" and err.value.params["seconds"] >= 1
    waits = []
    for attempt in range(15):
        clock.advance(400)
        with pytest.raises(AuthenticationError) as err:
            login(room.inst, SUPERVISOR, f"still wrong {attempt}", clock=clock)
        waits.append(err.value.code)
    assert waits[-1] == "auth.locked"
    # "Restart": nothing in memory is reused; only the folder and the key store remain.
    clock.advance(86400)
    with pytest.raises(AuthenticationError) as err:
        login(room.inst, SUPERVISOR, SUPERVISOR_PW, clock=clock)
    assert err.value.code == "auth.locked"


def test_lock_recorded_in_database_survives_losing_the_key_store_entry(room, memory_keyring):
    from counselroom.services.accounts import AccountService
    from counselroom.domain.accounts import Role

    session = login(room.inst, SUPERVISOR, SUPERVISOR_PW)
    user, otp = AccountService(session).create(username="li", display_name="李老师", role=Role.COUNSELLOR)
    session.logout()
    clock = Clock()
    for attempt in range(20):
        clock.advance(400)
        with pytest.raises(AuthenticationError):
            login(room.inst, "li", f"wrong {attempt}", clock=clock)
    with pytest.raises(AuthenticationError) as err:
        login(room.inst, "li", otp, clock=clock)
    assert err.value.code == "auth.locked"
    # The next login of anyone copies the lock into the database (after the minute every
    # name waits once 10 wrong passwords were typed on this computer).
    clock.advance(61)
    login(room.inst, SUPERVISOR, SUPERVISOR_PW, clock=clock).logout()
    # Someone deletes the throttle entry from the key store: the database still says locked.
    guard_keys = [k for k in memory_keyring.entries if k[1].endswith("/login-guard")]
    for k in guard_keys:
        del memory_keyring.entries[k]
    with pytest.raises(AuthenticationError) as err:
        login(room.inst, "li", otp, clock=clock)
    assert err.value.code == "auth.locked"
    # The supervisor unlocks; the failed attempts are in the audit log.
    session = login(room.inst, SUPERVISOR, SUPERVISOR_PW, clock=clock)
    AccountService(session).unlock(user.id)
    log = actions(session)
    assert log.count("login.failed") >= 20 and "account.locked" in log and "account.unlocked" in log
    session.logout()
    login(room.inst, "li", otp, clock=clock).logout()


@pytest.mark.parametrize("backend_factory", [null.Keyring, lambda: __import__("keyrings.alt.file").alt.file.PlaintextKeyring()])
def test_refused_key_store_creates_nothing(inst, backend_factory):
    with pytest.raises(KeystoreError):
        initialize(inst, room_name=ROOM, username=SUPERVISOR, display_name="王老师",
                   password=SUPERVISOR_PW, backend=backend_factory())
    assert not inst.data_dir.exists()


def test_setup_refuses_a_folder_with_records(room):
    before = snapshot(room.inst.data_dir)
    with pytest.raises(CounselRoomError, match="setup.not_empty"):
        initialize(room.inst, room_name=ROOM, username="other", display_name="x", password=SUPERVISOR_PW)
    assert snapshot(room.inst.data_dir) == before


def test_setup_validates_at_the_field(inst, memory_keyring):
    with pytest.raises(ValidationError) as err:
        initialize(inst, room_name=ROOM, username=SUPERVISOR, display_name="王老师", password="short")
    assert err.value.field == "password" and err.value.code == "password.too_short"
    with pytest.raises(ValidationError) as err:
        initialize(inst, room_name=" ", username=SUPERVISOR, display_name="王老师", password=SUPERVISOR_PW)
    assert err.value.field == "room_name"
    assert not inst.data_dir.exists()


def _remove_device_secret(room):
    for key in [k for k in room.backend.entries if k[1].endswith("/device-secret")]:
        del room.backend.entries[key]


def _foreign_database(room, tmp_path, memory_keyring):
    from counselroom.services.installation import Installation

    other = Installation(tmp_path / "other")
    initialize(other, room_name="别的学校", username="zhao", display_name="赵",
               password=SUPERVISOR_PW).session.logout()
    room.inst.db_path.write_bytes(other.db_path.read_bytes())


KEY_LOSS = {
    "device_secret_missing": lambda room, tmp, kr: _remove_device_secret(room),
    "database_missing": lambda room, tmp, kr: room.inst.db_path.unlink(),
    "database_empty": lambda room, tmp, kr: room.inst.db_path.write_bytes(b""),
    "database_foreign": _foreign_database,
}


@pytest.mark.parametrize("case", sorted(KEY_LOSS))
def test_key_loss_leads_to_recovery_and_touches_nothing(room, tmp_path, memory_keyring, case):
    KEY_LOSS[case](room, tmp_path, memory_keyring)
    before = snapshot(room.inst.data_dir)
    state = detect(room.inst)
    assert state.state is InstallState.RECOVERY and state.reason.value == case
    with pytest.raises(RecoveryNeeded) as err:
        login(room.inst, SUPERVISOR, SUPERVISOR_PW)
    assert err.value.reason == case
    assert snapshot(room.inst.data_dir) == before
