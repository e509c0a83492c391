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


def test_verify_archive_tells_the_archive_as_exported_from_one_altered_with_the_passphrase(room, tmp_path):
    """Issue 12, item 7, end to end: 7-Zip extracts, the database is edited, the manifest's hash fixed,
    7-Zip packs it again with the same passphrase. ``verify-archive`` with the passphrase alone finds it
    sound (and says it did not check more); with the data folder or the receipt's figures: exit 1."""
    import hashlib
    import json

    from archive_fixtures import seven_zip
    from counselroom.archive.verify import unpack

    seven_zip()
    env, data = room
    quarter = Quarter.last_complete(pinned_clock.today())
    usb = tmp_path / "usb"
    usb.mkdir()
    done = cli(env, "admin", "export", "--data-dir", str(data), "--user", "wang", "--quarter", str(quarter),
               "--out", str(usb), "--acknowledge-unsettled", stdin=f"{PW}\n{PASSPHRASE}\n")
    assert done.returncode == 0, done.stderr
    path = Path(done.stdout.strip())
    sha = hashlib.sha256(path.read_bytes()).hexdigest()
    seal = json.loads(unpack(path.read_bytes(), PASSPHRASE)["manifest.json"])["seal"]["value"]
    receipt_sha = " ".join(sha[i:i + 8] for i in range(0, 64, 8))          # as printed, in groups

    def verify(file: Path, *extra: str, stdin: str = PASSPHRASE + "\n") -> subprocess.CompletedProcess:
        return cli(env, "admin", "verify-archive", str(file), *extra, stdin=stdin)

    from_data = ("--data-dir", str(data), "--user", "wang")
    ours = verify(path, *from_data, stdin=f"{PW}\n{PASSPHRASE}\n")
    assert ours.returncode == 0 and "as this room exported it" in ours.stdout and seal in ours.stdout, ours.stderr
    by_receipt = verify(path, "--sha256", receipt_sha, "--seal", seal)
    assert by_receipt.returncode == 0 and "as this room exported it" in by_receipt.stdout
    plain = verify(path)
    assert plain.returncode == 0 and "is sound" in plain.stdout and "not checked" in plain.stdout

    # The insider's edit.
    from archive_fixtures import tamper_with_7zip      # the same steps as tests/archive/test_archive_seal.py
    work = tmp_path / "work"
    work.mkdir()
    forged = tamper_with_7zip(path, PASSPHRASE, work)
    assert verify(forged).returncode == 0                                 # the passphrase alone: it passes
    for extra, stdin in ((from_data, f"{PW}\n{PASSPHRASE}\n"), (("--sha256", receipt_sha), PASSPHRASE + "\n"),
                         (("--sha256", receipt_sha, "--seal", seal), PASSPHRASE + "\n")):
        caught = verify(forged, *extra, stdin=stdin)
        assert caught.returncode == 1, (extra, caught.stdout, caught.stderr)
        assert "not as this room exported it" in one_line_error(caught)
        assert caught.stdout.strip() in ("seal.broken", "sha256.differs")

    # Bytes appended after the 7z end: refused as damage, whatever else is given.
    padded = tmp_path / "padded.7z"
    padded.write_bytes(path.read_bytes() + b"\0" * 64)
    for extra, stdin in (((), PASSPHRASE + "\n"), (from_data, f"{PW}\n{PASSPHRASE}\n")):
        refused = verify(padded, *extra, stdin=stdin)
        assert refused.returncode == 1 and "damaged" in one_line_error(refused)
        assert refused.stdout.strip() == "archive.trailing_bytes"

    half = verify(path, "--data-dir", str(data), stdin=f"{PW}\n{PASSPHRASE}\n")
    assert half.returncode == 2
    one_line_error(half)
