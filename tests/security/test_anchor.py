"""The audit anchor moves on a thread of its own, at most every few seconds (issue 15):
a burst of audited writes costs the key store one or two writes, never one per row; the
anchor only moves forward unless a reset says otherwise; it is written before the process
reads it or exits; a process killed in between leaves it behind, never ahead, so no false
alarm, and every committed row is still there."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import pinned_clock
from cli_process import run_cli
from memory_keyring import MemoryKeyring
from counselroom.domain.errors import KeystoreError
from counselroom.security.anchor import AnchorKeeper
from counselroom.security.keyfile import load as load_keyfile
from counselroom.security.keystore import AUDIT_ANCHOR, Keystore

CHILD = Path(__file__).resolve().parents[1] / "anchor_child.py"
PW = "春眠不觉晓处处闻啼鸟"


class Counting:
    """The memory key store, counting anchor writes and refusing the next ``fail_next``."""

    def __init__(self, backend: MemoryKeyring) -> None:
        self.writes: list[str] = []
        self.fail_next = 0
        self._set = backend.set_password
        backend.set_password = self.set_password  # type: ignore[method-assign]

    def set_password(self, service, username, password):
        if self.fail_next:
            self.fail_next -= 1
            raise OSError("the key store is busy")
        self.writes.append(password)
        self._set(service, username, password)


def keeper(backend: MemoryKeyring, interval: float) -> tuple[AnchorKeeper, Counting, Keystore]:
    counting = Counting(backend)
    store = Keystore("inst", backend)
    return AnchorKeeper(store, interval=interval), counting, store


def anchor_seq(store: Keystore) -> int | None:
    value = store.get_json(AUDIT_ANCHOR)
    return None if value is None else int(value["seq"])


def test_a_burst_of_rows_is_one_or_two_key_store_writes_ending_at_the_newest(memory_keyring):
    anchors, backend, store = keeper(memory_keyring, interval=3600)
    for seq in range(1, 201):
        anchors.move(seq, f"{seq:064x}")
    assert anchors.flush()
    # The first move may be written at once (nothing was written for an interval); the
    # rest wait for the flush, which writes only the newest.
    assert 1 <= len(backend.writes) <= 2
    assert anchor_seq(store) == 200
    assert json.loads(backend.writes[-1])["mac"] == f"{200:064x}"


def test_the_anchor_never_moves_back_unless_reset(memory_keyring):
    anchors, _backend, store = keeper(memory_keyring, interval=0)
    anchors.move(10, "a" * 64)
    assert anchors.flush()
    anchors.move(7, "b" * 64)  # a row audited through another connection, already covered
    assert anchors.flush()
    assert anchor_seq(store) == 10
    anchors.write_now(4, "c" * 64)  # a restore put an older chain in place, deliberately
    assert anchor_seq(store) == 4
    anchors.move(5, "d" * 64)
    assert anchors.flush()
    assert anchor_seq(store) == 5


def test_hurry_writes_without_waiting_for_the_interval_or_the_caller(memory_keyring):
    slow, _backend, store = keeper(memory_keyring, interval=3600)
    slow.move(1, "a" * 64)
    slow.flush()
    slow.move(2, "b" * 64)
    assert anchor_seq(store) == 1  # waiting for the interval
    slow.hurry()
    deadline = time.monotonic() + 10
    while anchor_seq(store) != 2 and time.monotonic() < deadline:
        time.sleep(0.01)
    assert anchor_seq(store) == 2


def test_a_failed_write_leaves_the_anchor_behind_and_the_next_one_catches_up(memory_keyring):
    anchors, backend, store = keeper(memory_keyring, interval=0)
    backend.fail_next = 1
    anchors.move(3, "a" * 64)
    assert anchors.flush()
    assert anchor_seq(store) is None
    anchors.move(4, "b" * 64)
    assert anchors.flush()
    assert anchor_seq(store) == 4


def test_a_reset_the_key_store_refuses_is_an_error_for_the_caller(memory_keyring):
    anchors, backend, _store = keeper(memory_keyring, interval=0)
    backend.fail_next = 1
    with pytest.raises(KeystoreError):
        anchors.write_now(1, "a" * 64)


def test_every_audit_log_of_an_installation_shares_one_writer(room):
    store = Keystore(load_keyfile(room.inst.keyfile_path).installation_id)
    assert AnchorKeeper.for_store(store) is AnchorKeeper.for_store(Keystore(store.installation_id))


# -- in a real child process, against a real Secret Service ----------------------------------------
def _room(env: dict, tmp_path: Path) -> Path:
    data = tmp_path / "data"
    result = run_cli(env, "--lang", "en", "admin", "init", "--data-dir", str(data), "--user", "wang",
                     stdin=PW + "\n")
    assert result.returncode == 0, result.stderr
    return data


def _child(env: dict, data: Path, rows: int, mode: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(CHILD), str(data), "wang", str(rows), mode],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                            env={**env, **pinned_clock.child_environment()})


def _anchor_and_check(env: dict, data: Path) -> tuple[int, subprocess.CompletedProcess]:
    from keyring.backends import SecretService

    store = Keystore(load_keyfile(data / "counselroom.keys").installation_id, SecretService.Keyring())
    anchor = int(store.get_json(AUDIT_ANCHOR)["seq"])
    check = run_cli(env, "--lang", "en", "admin", "check", "--data-dir", str(data), "--user", "wang",
                    stdin=PW + "\n")
    return anchor, check


def _clients(data: Path) -> int:
    from counselroom.services.auth import login
    from counselroom.services.installation import Installation

    session = login(Installation(data), "wang", PW)
    try:
        return int(session.db.query_one("SELECT count(*) FROM clients")[0])
    finally:
        session.logout()


@pytest.mark.secret_service
@pytest.mark.timeless
def test_a_process_that_ends_without_logging_out_still_writes_the_newest_anchor(
        secret_service_env, tmp_path):
    data = _room(secret_service_env, tmp_path)
    child = _child(secret_service_env, data, 30, "exit")
    out, _ = child.communicate(PW + "\n", timeout=120)
    assert child.returncode == 0
    anchor, check = _anchor_and_check(secret_service_env, data)
    assert anchor == int(out.split()[-1])
    assert check.returncode == 0, check.stdout + check.stderr


@pytest.mark.secret_service
@pytest.mark.timeless
def test_kill_9_within_the_interval_loses_no_row_and_raises_no_false_alarm(secret_service, tmp_path,
                                                                            secret_service_env):
    data = _room(secret_service_env, tmp_path)
    child = _child(secret_service_env, data, 30, "hang")
    assert child.stdin is not None and child.stdout is not None
    child.stdin.write(PW + "\n")
    child.stdin.flush()
    committed = int(child.stdout.readline().split()[-1])
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    anchor, check = _anchor_and_check(secret_service_env, data)
    # Behind (the last few seconds' rows) or at the head, never ahead of it: no alarm.
    assert anchor <= committed
    assert check.returncode == 0, check.stdout + check.stderr
    assert _clients(data) == 30
