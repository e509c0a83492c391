"""Writing files the Windows way (issue 13, item 5): ``storage.files`` is the one place that
writes under a temporary name, syncs, renames and syncs the folder; every writer uses it.

Windows is simulated where ``storage.files`` asks (``on_windows``), and a folder opened with
``os.open`` fails as it does there (PermissionError). A rename refused for a moment (an
antivirus holding the new file) is tried again, briefly and a bounded number of times.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from rooms import SUPERVISOR, SUPERVISOR_PW
from counselroom.archive import backups as backup_files
from counselroom.archive.export import write_to_drive
from counselroom.domain.archive import ArchiveError
from counselroom.security import keyfile as keyfile_mod
from counselroom.services.auth import login
from counselroom.services.backups import BackupService
from counselroom.services.setup import initialize
from counselroom.storage import files


@pytest.fixture
def windows(monkeypatch):
    """Windows as storage.files sees it; a folder opened for fsync fails as on Windows.
    Returns the folders something tried to open (there must be none)."""
    monkeypatch.setattr(files, "on_windows", lambda: True)
    opened: list[str] = []
    real_open = os.open

    def windows_open(path, flags, *args, **kwargs):
        if os.path.isdir(path):
            opened.append(str(path))
            raise PermissionError(errno.EACCES, "Access is denied", str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", windows_open)
    return opened


@pytest.fixture
def pauses(monkeypatch):
    slept: list[float] = []
    monkeypatch.setattr(files, "_sleep", slept.append)
    return slept


def busy_for(monkeypatch, times: int, *, exc=None) -> list:
    """``os.replace`` refused ``times`` times (a scanner holding the file), then done."""
    calls: list = []
    real_replace = os.replace

    def replace(src, dst):
        calls.append((Path(src).name, Path(dst).name))
        if len(calls) <= times:
            raise exc or PermissionError(errno.EACCES, "The process cannot access the file because it is "
                                                       "being used by another process", str(dst))
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    return calls


# -- the helper --------------------------------------------------------------------------------------

def test_on_windows_the_folder_is_not_opened_but_the_file_is_synced(windows, monkeypatch, tmp_path):
    synced = []
    real_fsync = os.fsync
    monkeypatch.setattr(os, "fsync", lambda fd: (synced.append(fd), real_fsync(fd)))
    target = tmp_path / "记录 数据" / "counselroom.keys"
    target.parent.mkdir()
    files.write_atomically(target, b"line 1\nline 2\n")
    assert target.read_bytes() == b"line 1\nline 2\n"
    assert windows == [] and len(synced) == 1              # the file's fsync, no folder's
    assert [p.name for p in target.parent.iterdir()] == ["counselroom.keys"]


def test_elsewhere_the_folder_is_synced(monkeypatch, tmp_path):
    opened = []
    real_open = os.open
    monkeypatch.setattr(os, "open", lambda path, flags, *a: (opened.append(Path(path)), real_open(path, flags, *a))[1])
    files.write_atomically(tmp_path / "x", b"1")
    assert tmp_path in opened


def test_files_are_opened_binary_where_that_exists(monkeypatch, tmp_path):
    """Windows' os.open is text mode without O_BINARY: "\\n" would be written as "\\r\\n"."""
    o_binary = 0x8000
    monkeypatch.setattr(files, "_BINARY", o_binary)
    seen = []
    real_open = os.open

    def spy(path, flags, *args):
        seen.append(flags)
        return real_open(path, flags & ~o_binary, *args)

    monkeypatch.setattr(os, "open", spy)
    files.write_synced(tmp_path / "a", b"\n", exclusive=True, private=True)
    assert seen and seen[0] & o_binary and seen[0] & os.O_EXCL
    assert (tmp_path / "a").read_bytes() == b"\n" and (tmp_path / "a").stat().st_mode & 0o077 == 0


def test_a_rename_refused_for_a_moment_is_tried_again(windows, pauses, monkeypatch, tmp_path):
    target = tmp_path / "counselroom.guard"
    target.write_bytes(b"old")
    calls = busy_for(monkeypatch, 2)
    files.write_atomically(target, b"new")
    assert target.read_bytes() == b"new" and len(calls) == 3
    assert pauses == [0.02, 0.04]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["counselroom.guard"]


def test_a_rename_refused_for_good_fails_after_a_bounded_wait(windows, pauses, monkeypatch, tmp_path):
    target = tmp_path / "counselroom.keys"
    target.write_bytes(b"old")
    calls = busy_for(monkeypatch, 1000)
    with pytest.raises(PermissionError):
        files.write_atomically(target, b"new")
    assert len(calls) == files.REPLACE_ATTEMPTS
    assert len(pauses) == files.REPLACE_ATTEMPTS - 1 and sum(pauses) < 1.0
    assert target.read_bytes() == b"old"                                    # untouched
    assert sorted(p.name for p in tmp_path.iterdir()) == ["counselroom.keys"]  # temporary file removed


def test_not_on_windows_a_refused_rename_is_not_tried_again(pauses, monkeypatch, tmp_path):
    calls = busy_for(monkeypatch, 1)
    with pytest.raises(PermissionError):
        files.replace(tmp_path / "a", tmp_path / "b")
    assert len(calls) == 1 and pauses == []


def test_other_errors_are_not_tried_again(windows, pauses, monkeypatch, tmp_path):
    calls = busy_for(monkeypatch, 1, exc=FileNotFoundError(errno.ENOENT, "gone"))
    with pytest.raises(FileNotFoundError):
        files.replace(tmp_path / "a", tmp_path / "b")
    assert len(calls) == 1 and pauses == []


# -- every writer, on "Windows" --------------------------------------------------------------------------

def test_set_up_login_backup_to_usb_and_restore_on_windows(windows, pauses, memory_keyring, inst, tmp_path,
                                                          monkeypatch):
    """The key file, its .previous, the login guard, a backup with its recovery keys on a USB
    drive, and a restore (two renames of the live file), all with a scanner in the way once."""
    result = initialize(inst, room_name="䶮山中学心理辅导室", username=SUPERVISOR, display_name="王老师",
                        password=SUPERVISOR_PW)
    result.session.logout()
    assert keyfile_mod.load(inst.keyfile_path)
    session = login(inst, SUPERVISOR, SUPERVISOR_PW)
    try:
        usb = tmp_path / "U盘 (E)"
        usb.mkdir()
        calls = busy_for(monkeypatch, 1)                  # the first rename of the backup: refused once
        made = BackupService(session).make(usb)
        assert made.path.parent == usb and len(calls) >= 3 and pauses[:1] == [0.02]
        assert sorted(p.name for p in usb.iterdir()) == sorted([made.path.name, made.path.with_suffix(".keys").name])
        assert BackupService(session).verify(made.path).ok
        BackupService(session).restore(made.path, "检查恢复流程是否可用")
    finally:
        session.logout()
    login(inst, SUPERVISOR, SUPERVISOR_PW).logout()
    assert windows == []


def test_recovery_keys_beside_a_backup_on_windows(windows, pauses, monkeypatch, tmp_path):
    backup = tmp_path / "counselroom-20260315-073000-manual.db"
    backup.write_bytes(b"not really a database")
    busy_for(monkeypatch, 2)
    with backup_files.writing(backup):
        keys = backup_files.place_keys(backup, b'{\n "format": "x"\n}\n')
    assert keys.read_bytes() == b'{\n "format": "x"\n}\n' and pauses == [0.02, 0.04] and windows == []


def test_an_archive_on_a_usb_drive_on_windows(windows, pauses, monkeypatch, tmp_path):
    busy_for(monkeypatch, 3)                    # the scanner looks at the new .7z before it gets its name
    path = write_to_drive(b"7z" * 1000, tmp_path, "CounselRoom-2026Q3.7z")
    assert path.read_bytes() == b"7z" * 1000 and len(pauses) == 3 and windows == []
    assert [p.name for p in tmp_path.iterdir()] == ["CounselRoom-2026Q3.7z"]


def test_an_archive_whose_name_stays_refused_is_the_usual_error_and_leaves_nothing(windows, pauses, monkeypatch,
                                                                                tmp_path):
    busy_for(monkeypatch, 1000)
    with pytest.raises(ArchiveError):
        write_to_drive(b"7z" * 1000, tmp_path, "CounselRoom-2026Q3.7z")
    assert list(tmp_path.iterdir()) == [] and len(pauses) == files.REPLACE_ATTEMPTS - 1
