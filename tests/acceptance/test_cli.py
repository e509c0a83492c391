"""The headless contract, through real processes and a real Secret Service."""

from __future__ import annotations

import os
import re
import subprocess

import pytest

from cli_process import one_line_error, run_cli
from rooms import snapshot

pytestmark = pytest.mark.secret_service

PW = "春眠不觉晓处处闻啼鸟"
NEW_PW = "夜来风雨声花落知多少"


def cli(env, *args, stdin: str = "") -> subprocess.CompletedProcess:
    return run_cli(env, *args, stdin=stdin, timeout=120)


@pytest.fixture
def data(tmp_path):
    return tmp_path / "data"


def test_init_check_recover_round_trip(secret_service_env, data):
    env = secret_service_env
    init = cli(env, "--lang", "en", "admin", "init", "--data-dir", str(data), "--user", "wang",
               "--room", "䶮山中学心理辅导室", stdin=PW + "\n")
    assert init.returncode == 0, init.stderr
    code = init.stdout.strip()
    assert re.fullmatch(r"\d{6}(-\d{6}){7}", code)
    assert "Traceback" not in init.stderr

    check = cli(env, "--lang", "en", "admin", "check", "--data-dir", str(data), "--user", "wang",
                stdin=PW + "\n")
    assert check.returncode == 0, check.stderr
    assert "passed" in check.stdout

    wrong = cli(env, "--lang", "en", "admin", "check", "--data-dir", str(data), "--user", "wang",
                stdin="wrong password here\n")
    assert wrong.returncode == 2
    assert "Wrong user name or password" in one_line_error(wrong)

    again = cli(env, "admin", "init", "--data-dir", str(data), "--user", "x", stdin=PW + "\n")
    assert again.returncode == 2
    one_line_error(again)

    recover = cli(env, "--lang", "en", "admin", "recover", "--data-dir", str(data), "--user", "wang",
                  stdin=f"{code}\n{NEW_PW}\n")
    assert recover.returncode == 0, recover.stderr
    assert cli(env, "admin", "check", "--data-dir", str(data), "--user", "wang",
               stdin=NEW_PW + "\n").returncode == 0


def test_chinese_messages_by_default_for_chinese_locale(secret_service_env, data):
    env = {**secret_service_env, "LANG": "zh_CN.UTF-8"}
    result = cli(env, "admin", "check", "--data-dir", str(data), "--user", "wang", stdin=PW + "\n")
    assert result.returncode == 2
    line = one_line_error(result)
    assert re.search(r"[\u4e00-\u9fff]", line), line


def test_missing_secret_on_stdin_is_a_usage_error(secret_service_env, data):
    result = cli(secret_service_env, "--lang", "en", "admin", "init", "--data-dir", str(data),
                 "--user", "wang")
    assert result.returncode == 2
    assert "standard input" in one_line_error(result)
    assert not data.exists()


def test_no_key_store_at_all_creates_nothing(tmp_path, data):
    # A bare environment: no D-Bus session, so keyring finds no usable backend.
    env = {k: v for k, v in os.environ.items() if k not in ("DBUS_SESSION_BUS_ADDRESS",)}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    result = cli(env, "--lang", "en", "admin", "init", "--data-dir", str(data), "--user", "wang",
                 stdin=PW + "\n")
    assert result.returncode == 2
    assert "key store" in one_line_error(result)
    assert not data.exists()


def test_recovery_mode_from_the_command_line_leaves_the_folder_untouched(secret_service_env, data, tmp_path):
    env = secret_service_env
    assert cli(env, "admin", "init", "--data-dir", str(data), "--user", "wang",
               stdin=PW + "\n").returncode == 0
    (data / "counselroom.db").write_bytes(b"")
    before = snapshot(data)
    result = cli(env, "--lang", "en", "admin", "check", "--data-dir", str(data), "--user", "wang",
                 stdin=PW + "\n")
    assert result.returncode == 2
    assert "empty" in one_line_error(result)
    assert snapshot(data) == before
