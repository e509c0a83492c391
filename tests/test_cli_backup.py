"""``counselroom admin backup``: prints the backup's path; one line on errors; exit codes."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from cli_process import run_cli
from rooms import STAFF_PW, SUPERVISOR, SUPERVISOR_PW
from counselroom.cli import main
from counselroom.domain.backups import BackupKind, parse_name
from counselroom.services.backups import BackupService


def run(monkeypatch, capsys, staff, user: str, password: str, *extra: str) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(password + "\n"))
    code = main(["--lang", "en", "admin", "backup", "--data-dir", str(staff.room.inst.data_dir),
                 "--user", user, *extra])
    out = capsys.readouterr()
    assert "Traceback" not in out.err
    return code, out.out, out.err


def test_backup_prints_the_path_of_a_sound_backup(staff, monkeypatch, capsys):
    code, out, err = run(monkeypatch, capsys, staff, SUPERVISOR, SUPERVISOR_PW)
    assert code == 0, err
    path = Path(out.strip())
    assert path.parent == staff.room.inst.backup_dir and path.is_file()
    assert parse_name(path.name)[0] is BackupKind.MANUAL
    session = staff.login(SUPERVISOR)
    try:
        assert BackupService(session).verify(path).ok
    finally:
        session.logout()


def test_out_folder_for_the_supervisor_only(staff, monkeypatch, capsys, tmp_path):
    usb = tmp_path / "U盘"
    usb.mkdir()
    code, out, err = run(monkeypatch, capsys, staff, "li", STAFF_PW, "--out", str(usb))
    assert code == 2 and out == ""
    assert err.strip() == "counselroom: Your role does not allow this."
    assert list(usb.iterdir()) == []
    # Into the data folder, a counsellor may (it only protects the records).
    code, out, err = run(monkeypatch, capsys, staff, "li", STAFF_PW)
    assert code == 0 and Path(out.strip()).parent == staff.room.inst.backup_dir

    code, out, err = run(monkeypatch, capsys, staff, SUPERVISOR, SUPERVISOR_PW, "--out", str(usb))
    assert code == 0, err
    assert Path(out.strip()).parent == usb


def test_errors_are_one_line_with_their_exit_code(staff, monkeypatch, capsys, tmp_path):
    code, out, err = run(monkeypatch, capsys, staff, SUPERVISOR, "wrong password, wrong")
    assert code == 2 and len(err.strip().splitlines()) == 1 and "Wrong user name or password" in err

    code, out, err = run(monkeypatch, capsys, staff, SUPERVISOR, SUPERVISOR_PW, "--out", str(tmp_path / "gone"))
    assert code == 2 and len(err.strip().splitlines()) == 1 and "does not exist" in err

    drive = tmp_path / "drive"
    drive.mkdir()
    import counselroom.storage.database as database_mod

    def fail(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(database_mod, "_fsync_file", fail)
    code, out, err = run(monkeypatch, capsys, staff, SUPERVISOR, SUPERVISOR_PW, "--out", str(drive))
    assert code == 1 and out == ""
    assert len(err.strip().splitlines()) == 1 and "could not be written" in err
    assert list(drive.iterdir()) == []  # nothing that looks like a backup


@pytest.mark.secret_service
def test_backup_through_a_real_process(secret_service_env, tmp_path):
    data = tmp_path / "data"

    def cli(*args, stdin: str):
        return run_cli(secret_service_env, "--lang", "en", "admin", *args, stdin=stdin, timeout=120)

    assert cli("init", "--data-dir", str(data), "--user", "wang", stdin=SUPERVISOR_PW + "\n").returncode == 0
    result = cli("backup", "--data-dir", str(data), "--user", "wang", stdin=SUPERVISOR_PW + "\n")
    assert result.returncode == 0, result.stderr
    path = Path(result.stdout.strip())
    assert path.is_file() and path.parent == data / "backups"
    assert cli("check", "--data-dir", str(data), "--user", "wang", stdin=SUPERVISOR_PW + "\n").returncode == 0
