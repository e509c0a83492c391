"""A data folder under a Chinese user name with a space in it (issue 13, item 5): on Windows it
is ``C:\\Users\\张老师\\AppData\\Local\\CounselRoom``; the USB drive's folders are Chinese too.

Every headless command runs as its own process through the command line (real Secret
Service, the tests' clock), then the GUI opens to the login window on that folder and the
records open; a backup made there restores into another Chinese folder.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import pinned_clock
from cli_process import run_cli
from counselroom.domain.archive import Quarter

pytestmark = pytest.mark.secret_service

USER = "张老师"
PW = "春眠不觉晓处处闻啼鸟"
NEW_PW = "夜来风雨声花落知多少"
PASSPHRASE = "K7QM-3XRT-9HNY-2SP6-RS2S-DQ2E"
PROBE = Path(__file__).with_name("gui_probe.py")


def cli(env, *args, stdin: str = "") -> subprocess.CompletedProcess:
    result = run_cli(env, "--lang", "en", *args, stdin=stdin, timeout=180)
    assert "Traceback" not in result.stderr, result.stderr
    return result


def test_a_chinese_data_folder_from_set_up_to_archive_gui_and_recovery(secret_service_env, tmp_path):
    env = secret_service_env
    home = tmp_path / "张老师" / "AppData"
    home.mkdir(parents=True)
    data = home / "咨询室 数据"
    usb = tmp_path / "U盘 (E)"

    init = cli(env, "admin", "init", "--data-dir", str(data), "--user", USER, "--room", "䶮山中学 心理辅导室",
               stdin=PW + "\n")
    assert init.returncode == 0, init.stderr
    code = init.stdout.strip()
    assert re.fullmatch(r"\d{6}(-\d{6}){7}", code)
    assert (data / "counselroom.db").is_file() and (data / "counselroom.keys").is_file()

    demo = cli(env, "admin", "demo", "--data-dir", str(data), "--user", USER, "--clients", "6", "--seed", "7",
               stdin=PW + "\n")
    assert demo.returncode == 0, demo.stderr
    check = cli(env, "admin", "check", "--data-dir", str(data), "--user", USER, stdin=PW + "\n")
    assert check.returncode == 0 and "passed" in check.stdout, check.stdout + check.stderr

    backups = usb / "张老师的 备份"
    backups.mkdir(parents=True)
    backup = cli(env, "admin", "backup", "--data-dir", str(data), "--user", USER, "--out", str(backups),
                 stdin=PW + "\n")
    assert backup.returncode == 0, backup.stderr
    made = Path(backup.stdout.strip())
    assert made.parent == backups and made.is_file() and made.with_suffix(".keys").is_file()

    assert shutil.which("7z") or shutil.which("7zz"), "the 7-Zip program (Debian package 7zip) is missing"
    archives = usb / "归档 2026"
    archives.mkdir()
    quarter = Quarter.last_complete(pinned_clock.today())
    export = cli(env, "admin", "export", "--data-dir", str(data), "--user", USER, "--quarter", str(quarter),
                 "--out", str(archives), "--acknowledge-unsettled", stdin=f"{PW}\n{PASSPHRASE}\n")
    assert export.returncode == 0, export.stderr
    archive = Path(export.stdout.strip())
    assert archive.parent == archives and archive.is_file()
    verify = cli(env, "admin", "verify-archive", str(archive), stdin=PASSPHRASE + "\n")
    assert verify.returncode == 0 and "is sound" in verify.stdout, verify.stdout + verify.stderr

    # The GUI, started as `counselroom --data-dir …`, opens to the login window there and logs in.
    gui = subprocess.run(
        [sys.executable, str(PROBE), "--login", USER, "--", "--lang", "zh_CN", "--data-dir", str(data)],
        input=PW + "\n", text=True, capture_output=True, timeout=180,
        env={**env, "QT_QPA_PLATFORM": "offscreen", **pinned_clock.child_environment()})
    assert gui.returncode == 0, gui.stdout + gui.stderr
    seen = json.loads(gui.stdout.strip().splitlines()[-1])
    assert [w["class"] for w in seen["windows"]] == ["LoginDialog"]
    assert seen["main"]["class"] == "MainWindow" and "䶮山中学 心理辅导室" in seen["main"]["title"]

    # A new computer (another Chinese user's folder, an empty key store): the backup and the code.
    from keyring.backends import SecretService

    from counselroom.security.keyfile import load
    from counselroom.security.keystore import AUDIT_ANCHOR, DEVICE_SECRET, LOGIN_GUARD, SERVICE

    installation = load(data / "counselroom.keys").installation_id
    for entry in (DEVICE_SECRET, AUDIT_ANCHOR, LOGIN_GUARD):
        SecretService.Keyring().delete_password(SERVICE, f"{installation}/{entry}")
    other = tmp_path / "李 老师" / "AppData" / "咨询室 数据"
    recover = cli(env, "admin", "recover", "--data-dir", str(other), "--user", USER, "--from", str(made),
                  stdin=f"{code}\n{NEW_PW}\n")
    assert recover.returncode == 0, recover.stderr
    check = cli(env, "admin", "check", "--data-dir", str(other), "--user", USER, stdin=NEW_PW + "\n")
    assert check.returncode == 0, check.stdout + check.stderr
