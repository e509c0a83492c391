"""``admin check`` on a damaged database, through a real process and a real Secret Service:
exit 1, one sentence, and the data folder and the key store as they were, byte for byte."""

from __future__ import annotations

import pytest

from cli_process import one_line_error, run_cli
from rooms import snapshot

pytestmark = pytest.mark.secret_service

PW = "春眠不觉晓处处闻啼鸟"


def test_check_of_a_damaged_database_writes_nothing(secret_service_env, secret_service, tmp_path):
    from counselroom.security.keyfile import load as load_keyfile
    from counselroom.security.keystore import AUDIT_ANCHOR, SERVICE

    data = tmp_path / "data"
    env = {**secret_service_env, "LANG": "en_US.UTF-8"}
    assert run_cli(env, "admin", "init", "--data-dir", str(data), "--user", "wang",
                   stdin=PW + "\n", timeout=120).returncode == 0
    db = data / "counselroom.db"
    raw = bytearray(db.read_bytes())
    raw[len(raw) - 4096 + 200] ^= 0x01          # one bit of the last page
    db.write_bytes(bytes(raw))
    entry = f"{load_keyfile(data / 'counselroom.keys').installation_id}/{AUDIT_ANCHOR}"
    before, anchor = snapshot(data), secret_service.get_password(SERVICE, entry)
    result = run_cli(env, "--lang", "en", "admin", "check", "--data-dir", str(data), "--user", "wang",
                     stdin=PW + "\n", timeout=120)
    assert result.returncode == 1, result.stderr
    assert "damaged" in one_line_error(result).lower() or "damaged" in result.stdout.lower()
    assert snapshot(data) == before
    assert secret_service.get_password(SERVICE, entry) == anchor
