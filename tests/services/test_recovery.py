import pytest

from rooms import SUPERVISOR, SUPERVISOR_PW, snapshot
from counselroom.domain.accounts import Role
from counselroom.domain.errors import AuthenticationError, RecoveryNeeded, StorageError, ValidationError
from counselroom.domain.installation import InstallState
from counselroom.services.accounts import AccountService
from counselroom.services.auth import login
from counselroom.services.installation import Installation, detect
from counselroom.services.recovery import recover, renew_recovery_code
from counselroom.services.setup import initialize
from counselroom.storage.database import Database

NEW_PW = "一个新的很长的密码2026"


def _make_backup(room, tmp_path):
    session = login(room.inst, SUPERVISOR, SUPERVISOR_PW)
    target = tmp_path / "usb" / "backup.db"
    session.db.backup_to(target, session.key)
    session.logout()
    return target


def test_new_computer_device_secret_gone(room):
    session = login(room.inst, SUPERVISOR, SUPERVISOR_PW)
    AccountService(session).create(username="li", display_name="李老师", role=Role.COUNSELLOR)
    session.logout()
    room.backend.entries.clear()  # a new PC: the key store knows nothing
    assert detect(room.inst).state is InstallState.RECOVERY
    result = recover(room.inst, code=room.code, username=SUPERVISOR, new_password=NEW_PW)
    assert result.device_secret_renewed and result.accounts_needing_reset == ["li"]
    result.session.logout()
    assert detect(room.inst).state is InstallState.READY
    session = login(room.inst, SUPERVISOR, NEW_PW)
    li = next(u for u in AccountService(session).list() if u.username == "li")
    assert li.needs_password_reset
    _, otp = AccountService(session).reset_password(li.id)
    session.logout()
    li_session = login(room.inst, "li", otp)   # the new one-time password opens li's account again
    assert li_session.user.username == "li" and li_session.user.must_change_password
    li_session.logout()


def test_forgotten_password(room):
    result = recover(room.inst, code=" ".join(room.recovery_groups), username=SUPERVISOR,
                     new_password=NEW_PW)
    assert not result.device_secret_renewed
    result.session.logout()
    with pytest.raises(AuthenticationError):
        login(room.inst, SUPERVISOR, SUPERVISOR_PW)
    login(room.inst, SUPERVISOR, NEW_PW).logout()


def test_wrong_or_mistyped_code_changes_nothing(room):
    before = snapshot(room.inst.data_dir)
    other = initialize(Installation(room.inst.data_dir.parent / "x"), room_name="x", username="a1",
                       display_name="a", password=SUPERVISOR_PW)
    other.session.logout()
    with pytest.raises(AuthenticationError) as err:
        recover(room.inst, code="-".join(other.recovery_groups), username=SUPERVISOR, new_password=NEW_PW)
    assert err.value.code == "recovery.wrong_code"
    typo = room.code[:3] + ("1" if room.code[3] != "1" else "2") + room.code[4:]
    with pytest.raises(ValidationError):
        recover(room.inst, code=typo, username=SUPERVISOR, new_password=NEW_PW)
    assert snapshot(room.inst.data_dir) == before


@pytest.mark.parametrize("damage", ["missing", "empty"])
def test_restore_from_a_backup_when_the_database_is_gone(room, tmp_path, damage):
    backup = _make_backup(room, tmp_path)
    if damage == "missing":
        room.inst.db_path.unlink()
    else:
        room.inst.db_path.write_bytes(b"")
    with pytest.raises(RecoveryNeeded):
        recover(room.inst, code=room.code, username=SUPERVISOR, new_password=NEW_PW)
    result = recover(room.inst, code=room.code, username=SUPERVISOR, new_password=NEW_PW,
                     replacement_db=backup)
    result.session.logout()
    assert detect(room.inst).state is InstallState.READY
    login(room.inst, SUPERVISOR, NEW_PW).logout()
    if damage == "empty":  # the damaged file was kept aside, not deleted
        assert any(p.name.startswith("counselroom.db.set-aside-") for p in room.inst.data_dir.iterdir())


def test_restore_refuses_a_file_from_elsewhere(room, tmp_path):
    other = Installation(tmp_path / "other")
    initialize(other, room_name="x", username="a1", display_name="a", password=SUPERVISOR_PW).session.logout()
    room.inst.db_path.unlink()
    with pytest.raises(Exception) as err:
        recover(room.inst, code=room.code, username=SUPERVISOR, new_password=NEW_PW,
                replacement_db=other.db_path)
    assert getattr(err.value, "code", "") == "recovery.source_not_ours"
    assert not room.inst.db_path.exists()


def test_renewed_code_replaces_the_old_one(room):
    session = login(room.inst, SUPERVISOR, SUPERVISOR_PW)
    groups = renew_recovery_code(session)
    session.logout()
    with pytest.raises(AuthenticationError):
        recover(room.inst, code=room.code, username=SUPERVISOR, new_password=NEW_PW)
    recover(room.inst, code="-".join(groups), username=SUPERVISOR, new_password=NEW_PW).session.logout()


def test_recovery_key_file_keeps_previous_copy(room):
    session = login(room.inst, SUPERVISOR, SUPERVISOR_PW)
    AccountService(session).create(username="li", display_name="李", role=Role.ASSISTANT)
    session.logout()
    previous = room.inst.keyfile_path.with_name("counselroom.keys.previous")
    assert previous.exists() and previous.read_bytes() != room.inst.keyfile_path.read_bytes()


def test_backup_is_not_readable_without_the_key(room, tmp_path):
    backup = _make_backup(room, tmp_path)
    with pytest.raises(StorageError, match="storage.wrong_key"):
        Database.open_existing(backup, b"\0" * 32)
