"""Every backup carries what the printed recovery code needs (issue 12, items 1 and 9).

Before: a backup held only the ``.db``; the recovery slot lived only in ``counselroom.keys``
on the dead disk, so ``admin recover --from USB/…db`` on a new computer failed ("key file
missing"). Killed backups left ``.partial`` files behind (12 files, 60 MB after 21 kills).
"""

from __future__ import annotations

import os
import shutil
from datetime import date

import pytest

from rooms import SUPERVISOR, SUPERVISOR_PW, snapshot
from counselroom.archive import backups as backup_files
from counselroom.domain.backups import BackupKind, sidecar_path
from counselroom.domain.clients import ClientDraft, ClientQuery, ClientType, Gender
from counselroom.domain.errors import CounselRoomError, RecoveryNeeded
from counselroom.domain.installation import InstallState
from counselroom.security import keyfile as keyfile_mod
from counselroom.security.keyfile import KeyFileDamaged
from counselroom.services.audit_service import AuditService
from counselroom.security.anchor import flush_all
from counselroom.services.auth import check_records, login
from counselroom.services.backups import BackupService
from counselroom.services.clients import ClientService
from counselroom.services.installation import Installation, detect
from counselroom.services.recovery import recover, renew_recovery_code
from counselroom.storage.database import partial_name, read_salt
from counselroom.storage.writer_lock import WriterLock, lock_name

NEW_PW = "一个新的很长的密码2026"


def add_client(session, name: str):
    return ClientService(session).register(ClientDraft(
        name=name, gender=Gender.FEMALE, birth_date=date(2010, 3, 1), client_type=ClientType.STUDENT,
        grade="初二", class_name="3班"))


def names(session) -> set[str]:
    return {c.name for c in ClientService(session).search(ClientQuery())}


@pytest.fixture
def boss(room):
    session = login(room.inst, SUPERVISOR, SUPERVISOR_PW)
    yield session
    if not session.locked:
        session.logout()


def _keys_open_the_backup(backup, code_text: str) -> bool:
    from counselroom.security import recovery_code
    from counselroom.storage.database import Database

    keys = keyfile_mod.load_backup_keys(sidecar_path(backup))
    assert keys.db_salt == read_salt(backup)
    try:
        key = keys.open(recovery_code.parse(code_text))
    except Exception:  # noqa: BLE001
        return False
    Database.open_backup(backup, key).close()
    return True


# -- every kind of backup has its keys -----------------------------------------------------------

def test_manual_daily_and_usb_backups_carry_the_recovery_keys(room, boss, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    service = BackupService(boss)
    made = []
    for make in (service.make_daily_if_due, service.make, lambda: service.make(usb)):
        backup = make()     # (rotation keeps one per day: each is looked at as it is made)
        made.append(backup)
        assert sidecar_path(backup.path).is_file(), backup.name
        assert _keys_open_the_backup(backup.path, room.code)
    assert made[0].kind is BackupKind.DAILY
    keys = sidecar_path(made[2].path).read_bytes()
    # Nothing in the clear: no user name, no key, no code.
    assert SUPERVISOR.encode() not in keys and boss.key.hex().encode() not in keys
    assert room.code.replace("-", "").encode() not in keys.replace(b"-", b"")
    assert {e.has_keys for e in service.list(usb)} == {True}


def test_pre_migration_backup_carries_the_keys(room, monkeypatch):
    from counselroom.storage import migrations_runner
    from counselroom.storage.migrations_runner import Migration

    bundled = migrations_runner.bundled_migrations()
    extra = Migration(len(bundled) + 1, f"{len(bundled) + 1:04d}_test_extra.sql",
                      "CREATE TABLE test_extra (x INTEGER);")
    monkeypatch.setattr(migrations_runner, "bundled_migrations", lambda: bundled + [extra])
    login(room.inst, SUPERVISOR, SUPERVISOR_PW).logout()
    [pre] = [b for b in backup_files.scan(room.inst.backup_dir) if b.kind is BackupKind.PRE_MIGRATION]
    assert _keys_open_the_backup(pre.path, room.code)


def test_before_restore_backup_carries_the_keys(room, boss):
    service = BackupService(boss)
    made = service.make()
    add_client(boss, "林小雨")
    result = service.restore(made.path, "test")
    assert sidecar_path(result.set_aside).is_file()
    assert _keys_open_the_backup(result.set_aside, room.code)


def test_rotation_removes_the_keys_with_their_backup(room, boss, tmp_path):
    from datetime import datetime, timezone

    folder = tmp_path / "b"
    folder.mkdir()
    sidecar = backup_files.keys_for(boss.keyfile, boss.key)
    made = [backup_files.make(room.inst.db_path, boss.key, folder, BackupKind.MANUAL,
                              datetime(2026, 3, day, 12, tzinfo=timezone.utc), sidecar=sidecar)
            for day in range(1, 10)]
    removed = backup_files.rotate(folder, keep=made[-1].path, tz=timezone.utc)
    assert [r.path for r in removed] == [made[1].path]      # 2 March: neither a kept day, week nor month
    assert not made[1].path.exists() and not sidecar_path(made[1].path).exists()
    assert all(sidecar_path(m.path).exists() for m in made if m is not made[1])


def test_backups_made_before_keys_existed_get_them(room, boss):
    service = BackupService(boss)
    made = service.make()
    old = made.path.with_name("pre-migration-v1-20260101-000000.db")    # never rotated away
    shutil.copy(made.path, old)                                          # as an earlier version left it
    service.make()
    assert _keys_open_the_backup(old, room.code)


def test_a_foreign_backup_in_the_folder_gets_no_keys(room, boss, tmp_path):
    other = Installation(tmp_path / "other")
    from counselroom.services.setup import initialize

    result = initialize(other, room_name="x", username="a1", display_name="a", password=SUPERVISOR_PW)
    foreign = BackupService(result.session).make()
    result.session.logout()
    sidecar_path(foreign.path).unlink()
    target = room.inst.backup_dir / foreign.name
    room.inst.backup_dir.mkdir(exist_ok=True)
    shutil.copy(foreign.path, target)
    BackupService(boss).make()
    assert not sidecar_path(target).exists()


# -- a crash never leaves a backup that looks complete without its keys ----------------------------

def test_the_keys_are_in_place_before_the_backup_gets_its_name(room, boss, monkeypatch):
    import counselroom.storage.database as database_mod

    seen = []
    real_replace = os.replace

    def watching(src, dst):
        seen.append(os.path.basename(dst))
        if str(dst).endswith(".db") and "counselroom-" in str(dst):
            assert sidecar_path(dst).is_file()          # keys first, then the .db
        return real_replace(src, dst)

    monkeypatch.setattr(database_mod.os, "replace", watching)
    made = BackupService(boss).make()
    assert seen[-2:] == [sidecar_path(made.path).name, made.name]


def test_a_failed_rename_leaves_neither_file(room, boss, monkeypatch):
    import counselroom.storage.database as database_mod

    real_replace = os.replace

    def failing(src, dst):
        if str(dst).endswith(".db"):
            raise OSError(5, "I/O error")
        return real_replace(src, dst)

    monkeypatch.setattr(database_mod.os, "replace", failing)
    with pytest.raises(CounselRoomError):
        BackupService(boss).make()
    assert sorted(p.name for p in room.inst.backup_dir.iterdir()) == []


def _leftovers(folder, name: str):
    """What a writer killed at each stage leaves: temporary files, its lock, keys without a .db."""
    target = folder / name
    partial_name(target).write_bytes(os.urandom(5000))
    for side in ("-wal", "-shm"):
        partial_name(target).with_name(partial_name(target).name + side).write_bytes(os.urandom(100))
    partial_name(sidecar_path(target)).write_bytes(b"{")
    lock_name(target).write_bytes(b"")
    sidecar_path(target).write_bytes(b"{}")
    return target


def test_leftovers_of_killed_backups_are_removed_at_the_next_backup(room, boss):
    folder = room.inst.backup_dir
    folder.mkdir(exist_ok=True)
    for second in range(12):
        _leftovers(folder, f"counselroom-20260101-0000{second:02d}-manual.db")
    made = BackupService(boss).make()
    assert sorted(p.name for p in folder.iterdir()) == sorted([made.name, sidecar_path(made.path).name])


def test_the_files_of_a_backup_still_being_written_are_never_removed(room, boss):
    folder = room.inst.backup_dir
    folder.mkdir(exist_ok=True)
    busy = folder / "counselroom-20260101-000000-manual.db"
    writer = WriterLock.acquire(lock_name(busy))       # another writer, in the middle of its copy
    try:
        partial_name(busy).write_bytes(b"half a copy")
        sidecar_path(busy).write_bytes(b"{}")          # its keys renamed, its .db not yet
        BackupService(boss).make()
        assert partial_name(busy).exists() and sidecar_path(busy).exists()
    finally:
        writer.release()
    BackupService(boss).make()
    assert not partial_name(busy).exists() and not sidecar_path(busy).exists()
    assert not lock_name(busy).exists()


def test_the_lock_is_held_in_another_process_too(room, boss, tmp_path):
    import subprocess
    import sys
    import textwrap

    folder = room.inst.backup_dir
    folder.mkdir(exist_ok=True)
    busy = folder / "counselroom-20260101-000000-manual.db"
    partial_name(busy).write_bytes(b"half a copy")
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent(f"""
        import sys, time
        from counselroom.storage.writer_lock import WriterLock
        lock = WriterLock.acquire({str(lock_name(busy))!r})
        print("locked", flush=True)
        sys.stdin.readline()
        lock.release()
    """)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        assert backup_files.clean_leftovers(folder) == []
        assert partial_name(busy).exists()
    finally:
        holder.stdin.write("\n")
        holder.stdin.close()
        holder.wait(timeout=10)
    assert partial_name(busy) in backup_files.clean_leftovers(folder)


# -- recovery from a backup and its keys ---------------------------------------------------------

def _usb_backup(room, tmp_path):
    session = login(room.inst, SUPERVISOR, SUPERVISOR_PW)
    add_client(session, "林小雨")
    add_client(session, "王䶮")
    usb = tmp_path / "usb"
    usb.mkdir()
    made = BackupService(session).make(usb)
    expected = names(session)
    session.logout()
    # The anchor's writer thread may still be putting the last head into the key store: wait, so that
    # a test clearing the store (a new computer) does not see it come back.
    assert flush_all()
    return made.path, expected


def test_a_usb_backup_and_the_code_restore_the_records_on_a_new_computer(room, tmp_path):
    backup, expected = _usb_backup(room, tmp_path)
    shutil.rmtree(room.inst.data_dir)
    room.backend.entries.clear()
    new = Installation(tmp_path / "new-pc" / "CounselRoom")
    assert detect(new).state is InstallState.FIRST_RUN
    result = recover(new, code=room.code, username=SUPERVISOR, new_password=NEW_PW, replacement_db=backup)
    assert result.device_secret_renewed and result.database_restored_from == backup
    assert names(result.session) == expected
    assert AuditService(result.session).find_problems() == []
    result.session.logout()
    assert detect(new).state is InstallState.READY
    assert check_records(new, SUPERVISOR, NEW_PW) == []
    if os.name != "nt":
        assert new.data_dir.stat().st_mode & 0o077 == 0


def test_the_backup_on_the_usb_drive_is_only_read(room, tmp_path):
    backup, _ = _usb_backup(room, tmp_path)
    before = snapshot(backup.parent)
    shutil.rmtree(room.inst.data_dir)
    room.backend.entries.clear()
    recover(Installation(tmp_path / "new"), code=room.code, username=SUPERVISOR, new_password=NEW_PW,
            replacement_db=backup).session.logout()
    assert snapshot(backup.parent) == before


def test_without_its_keys_or_with_another_backup_s_keys_the_backup_is_refused(room, tmp_path):
    backup, _ = _usb_backup(room, tmp_path)
    session = login(room.inst, SUPERVISOR, SUPERVISOR_PW)
    other_usb = tmp_path / "usb2"
    other_usb.mkdir()
    second = BackupService(session).make(other_usb)
    session.logout()
    shutil.rmtree(room.inst.data_dir)
    room.backend.entries.clear()
    new = Installation(tmp_path / "new")
    keys = sidecar_path(backup)
    saved = keys.read_bytes()
    keys.unlink()
    with pytest.raises(CounselRoomError) as err:
        recover(new, code=room.code, username=SUPERVISOR, new_password=NEW_PW, replacement_db=backup)
    assert err.value.code == "recovery.keys_missing"
    keys.write_bytes(sidecar_path(second.path).read_bytes())
    with pytest.raises(CounselRoomError) as err:
        recover(new, code=room.code, username=SUPERVISOR, new_password=NEW_PW, replacement_db=backup)
    assert err.value.code == "recovery.keys_not_for_backup"
    keys.write_bytes(saved[:-30] + b"X" + saved[-29:])
    with pytest.raises(CounselRoomError) as err:
        recover(new, code=room.code, username=SUPERVISOR, new_password=NEW_PW, replacement_db=backup)
    assert err.value.code == "recovery.keys_damaged"
    assert not new.data_dir.exists()      # nothing created while refusing


def test_a_wrong_code_creates_nothing_on_the_new_computer(room, tmp_path):
    backup, _ = _usb_backup(room, tmp_path)
    room.backend.entries.clear()
    new = Installation(tmp_path / "new")
    from counselroom.security import recovery_code

    other = recovery_code.format_code(recovery_code.generate())
    with pytest.raises(CounselRoomError) as err:
        recover(new, code=other, username=SUPERVISOR, new_password=NEW_PW, replacement_db=backup)
    assert err.value.code == "recovery.wrong_code"
    assert not new.data_dir.exists() and room.backend.entries == {}


def test_a_lost_key_file_is_rebuilt_from_the_local_backups_and_the_newer_database_kept(room, boss):
    BackupService(boss).make()
    add_client(boss, "备份之后登记的")    # newer than every backup
    boss.logout()
    room.inst.keyfile_path.unlink()
    room.inst.keyfile_path.with_name("counselroom.keys.previous").unlink()
    result = recover(room.inst, code=room.code, username=SUPERVISOR, new_password=NEW_PW)
    assert result.key_file_rebuilt and result.database_restored_from is None
    assert "备份之后登记的" in names(result.session)
    result.session.logout()
    assert check_records(room.inst, SUPERVISOR, NEW_PW) == []


def test_a_sound_database_is_kept_even_when_a_backup_is_named(room, tmp_path):
    backup, _ = _usb_backup(room, tmp_path)
    session = login(room.inst, SUPERVISOR, SUPERVISOR_PW)
    add_client(session, "备份之后登记的")
    session.logout()
    result = recover(room.inst, code=room.code, username=SUPERVISOR, new_password=NEW_PW, replacement_db=backup)
    assert result.database_kept and result.database_restored_from is None
    assert "备份之后登记的" in names(result.session)
    result.session.logout()


def test_a_renewed_code_replaces_the_keys_of_the_local_backups_not_those_on_usb(room, tmp_path):
    usb_backup, expected = _usb_backup(room, tmp_path)
    session = login(room.inst, SUPERVISOR, SUPERVISOR_PW)
    local = BackupService(session).make()
    groups = renew_recovery_code(session)
    session.logout()
    new_code = "-".join(groups)
    assert _keys_open_the_backup(local.path, new_code) and not _keys_open_the_backup(local.path, room.code)
    # the USB drive was not there: its backup still opens with the code of its time
    assert _keys_open_the_backup(usb_backup, room.code)
    # and so the old sheet plus that old USB backup still restore the records on a new PC
    shutil.rmtree(room.inst.data_dir)
    room.backend.entries.clear()
    result = recover(Installation(tmp_path / "new"), code=room.code, username=SUPERVISOR,
                     new_password=NEW_PW, replacement_db=usb_backup)
    assert result.database_restored_from == usb_backup and names(result.session) == expected
    result.session.logout()


def test_damaged_backup_keys_are_named(tmp_path):
    path = tmp_path / "x.keys"
    path.write_bytes(b'{"format": "counselroom-backup-keys"}')
    with pytest.raises(KeyFileDamaged):
        keyfile_mod.load_backup_keys(path)


def test_keys_missing_from_a_damaged_key_file_and_no_backup_say_what_to_do(room):
    room.inst.keyfile_path.write_bytes(b"garbage")
    room.inst.keyfile_path.with_name("counselroom.keys.previous").unlink()
    with pytest.raises(RecoveryNeeded) as err:
        recover(room.inst, code=room.code, username=SUPERVISOR, new_password=NEW_PW)
    assert err.value.reason == "key_file_damaged"
