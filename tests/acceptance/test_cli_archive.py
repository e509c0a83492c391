"""``admin export`` and ``admin verify-archive`` through real processes, a real Secret Service
and the real 7-Zip program: exit codes, one-line errors, the path on standard output."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

import pinned_clock
from cli_process import one_line_error, run_cli
from counselroom.domain.archive import Quarter

pytestmark = pytest.mark.secret_service

PW = "春眠不觉晓处处闻啼鸟"
PASSPHRASE = "K7QM-3XRT-9HNY-2SP6-RS2S-DQ2E"


def cli(env, *args, stdin: str = "") -> subprocess.CompletedProcess:
    return run_cli(env, "--lang", "en", *args, stdin=stdin)


@pytest.fixture
def room(secret_service_env, tmp_path):
    data = tmp_path / "data"
    env = secret_service_env
    assert cli(env, "admin", "init", "--data-dir", str(data), "--user", "wang", stdin=PW + "\n").returncode == 0
    demo = cli(env, "admin", "demo", "--data-dir", str(data), "--user", "wang", "--clients", "25", "--seed", "3",
               stdin=PW + "\n")
    assert demo.returncode == 0, demo.stderr
    return env, data


def test_export_prints_the_path_and_verify_archive_exit_codes(room, tmp_path):
    assert shutil.which("7z") or shutil.which("7zz"), "the 7-Zip program (Debian package 7zip) is missing"
    env, data = room
    quarter = Quarter.last_complete(pinned_clock.today())
    usb = tmp_path / "usb"
    usb.mkdir()
    args = ("admin", "export", "--data-dir", str(data), "--user", "wang", "--quarter", str(quarter),
            "--out", str(usb), "--acknowledge-unsettled")

    weak = cli(env, *args, stdin=f"{PW}\nshort\n")
    assert weak.returncode == 2 and "too easy to guess" in one_line_error(weak)
    wrong = cli(env, *args, stdin=f"wrong password\n{PASSPHRASE}\n")
    assert wrong.returncode == 2
    one_line_error(wrong)
    assert list(usb.iterdir()) == []

    done = cli(env, *args, stdin=f"{PW}\n{PASSPHRASE}\n")
    assert done.returncode == 0, done.stderr
    path = Path(done.stdout.strip())
    assert path == usb / f"CounselRoom-{quarter}.7z" and path.is_file()
    assert "written and verified" in done.stderr

    again = cli(env, *args, stdin=f"{PW}\n{PASSPHRASE}\n")
    assert again.returncode == 1 and "already exists" in one_line_error(again)

    def verify(file: Path, passphrase: str) -> subprocess.CompletedProcess:
        return cli(env, "admin", "verify-archive", str(file), stdin=passphrase + "\n")

    sound = verify(path, PASSPHRASE)
    assert sound.returncode == 0, sound.stderr
    assert "is sound" in sound.stdout and str(quarter) in sound.stdout
    assert "7-Zip" not in sound.stderr                        # as typed: nothing to say
    loose = verify(path, PASSPHRASE.lower())                  # 7-Zip refuses this form: checked, and told
    assert loose.returncode == 0 and "is sound" in loose.stdout
    assert PASSPHRASE in one_line_error(loose) and "7-Zip" in loose.stderr

    bad_phrase = verify(path, "not the passphrase")
    assert bad_phrase.returncode == 2 and "does not open" in one_line_error(bad_phrase)

    raw = path.read_bytes()
    truncated = tmp_path / "truncated.7z"
    truncated.write_bytes(raw[: len(raw) * 2 // 3])
    flipped = tmp_path / "flipped.7z"
    changed = bytearray(raw)
    changed[len(raw) // 2] ^= 0x10
    flipped.write_bytes(bytes(changed))
    for damaged in (truncated, flipped):
        result = verify(damaged, PASSPHRASE)
        assert result.returncode == 1, (damaged.name, result.stdout, result.stderr)
        assert "damaged" in one_line_error(result) and result.stdout.strip()

    text = tmp_path / "notes.txt"
    text.write_text("不是归档", encoding="utf-8")
    not_archive = verify(text, PASSPHRASE)
    assert not_archive.returncode == 2 and "not a CounselRoom archive" in one_line_error(not_archive)
    missing = verify(tmp_path / "nowhere.7z", PASSPHRASE)
    assert missing.returncode == 2
    one_line_error(missing)
    no_stdin = cli(env, "admin", "verify-archive", str(path))
    assert no_stdin.returncode == 2
    one_line_error(no_stdin)


def test_export_refuses_a_quarter_not_over_or_not_a_quarter(room, tmp_path):
    env, data = room
    quarter = Quarter.last_complete(pinned_clock.today())
    not_over = cli(env, "admin", "export", "--data-dir", str(data), "--user", "wang", "--quarter",
                   str(quarter.next()), "--out", str(tmp_path), stdin=f"{PW}\n{PASSPHRASE}\n")
    assert not_over.returncode == 2 and "has not ended" in one_line_error(not_over)
    bad = cli(env, "admin", "export", "--data-dir", str(data), "--user", "wang", "--quarter", "Q3",
              "--out", str(tmp_path), stdin=f"{PW}\n{PASSPHRASE}\n")
    assert bad.returncode == 2
    one_line_error(bad)
    assert os.listdir(tmp_path) == ["data"]
