"""kill -9 during backups (issue 12, items 1 and 9).

Before: killed backups left ``.partial`` files behind for good (12 files, 60 MB after 21 kills).
Now, after every kill, no backup looks complete without its recovery keys (a ``.db`` always has
its ``.keys``, and the pair opens with the recovery code), and the next backup removes whatever
the killed writers left: temporary files, lock files, keys without a ``.db``.

``bench/attack_backup_kills.py`` runs the same attack with more rounds.
"""

from __future__ import annotations

import pytest

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

from counselroom.archive import backups as backup_files
from counselroom.domain.backups import BackupKind, parse_name, sidecar_path
from counselroom.domain.clock import utc_now
from counselroom.security import keyfile as keyfile_mod
from counselroom.security import recovery_code
from counselroom.security.keyfile import KeyFile
from counselroom.security.keys import random_key
from counselroom.storage.database import Database, read_salt

pytestmark = pytest.mark.timeless   # see pyproject.toml: left out of CI's run at a pinned date


CHILD = Path(__file__).resolve().parents[1] / "backup_kill_child.py"


def _database(folder: Path, size_mb: int) -> tuple[Path, bytes, Path, str]:
    key = random_key()
    db_path = folder / "counselroom.db"
    db = Database.create_new(db_path, key)
    db.execute("CREATE TABLE blobs (id INTEGER PRIMARY KEY, data BLOB NOT NULL)")
    with db.transaction():
        for _ in range(size_mb * 16):
            db.execute("INSERT INTO blobs (data) VALUES (?)", (os.urandom(64 * 1024),))
    db.release()
    code = recovery_code.format_code(recovery_code.generate())
    kf = KeyFile(keyfile_mod.new_installation_id(), read_salt(db_path)).with_recovery_slot(
        recovery_code.parse(code), key)
    keys_path = folder / "counselroom.keys"
    keyfile_mod.save(keys_path, kf)
    return db_path, key, keys_path, code


def _leftovers(folder: Path) -> list[str]:
    names = {p.name for p in folder.iterdir()}
    return sorted(n for n in names if n.startswith(".")
                  or (n.endswith(".keys") and n[:-5] + ".db" not in names))


def _check_pairs(folder: Path, key: bytes) -> int:
    """Every backup with a final name has its recovery keys, which belong to it; returns the count."""
    count = 0
    for backup in folder.glob("*.db"):
        if parse_name(backup.name) is None:
            continue
        keys = keyfile_mod.load_backup_keys(sidecar_path(backup))   # raises if missing or damaged
        assert keys.db_salt == read_salt(backup), backup.name
        count += 1
    return count


def run_rounds(work: Path, rounds: int, *, seed: int = 1, size_mb: int = 12,
               max_delay: float = 0.6) -> dict:
    rng = random.Random(seed)
    live = work / "live"
    live.mkdir()
    folder = work / "usb"
    folder.mkdir()
    db_path, key, keys_path, code = _database(live, size_mb)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    stats = {"rounds": rounds, "kills_with_leftovers": 0, "most_leftovers": 0}
    for _ in range(rounds):
        child = subprocess.Popen([sys.executable, str(CHILD)], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                 text=True, env=env)
        child.stdin.write(json.dumps({"db": str(db_path), "key": key.hex(), "keyfile": str(keys_path),
                                      "folder": str(folder)}) + "\n")
        child.stdin.flush()
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.02, max_delay))
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=30)
        child.stdin.close()
        child.stdout.close()
        _check_pairs(folder, key)          # after any kill: no .db without its keys
        left = _leftovers(folder)
        stats["kills_with_leftovers"] += bool(left)
        stats["most_leftovers"] = max(stats["most_leftovers"], len(left))
        # a backup in the live folder keeps the folder from growing without end
        for backup in sorted(folder.glob("counselroom-*.db"))[:-2]:
            backup.unlink()
            backup_files.remove_keys(backup)
    made = backup_files.make(db_path, key, folder, BackupKind.MANUAL, utc_now(),
                             sidecar=backup_files.keys_for(keyfile_mod.load(keys_path), key))
    stats["left_after_next_backup"] = _leftovers(folder)
    stats["pairs"] = _check_pairs(folder, key)
    # and the newest pair opens with the printed code alone
    keys = keyfile_mod.load_backup_keys(sidecar_path(made.path))
    Database.open_backup(made.path, keys.open(recovery_code.parse(code))).close()
    return stats


def test_kills_during_backups_leave_nothing_that_the_next_backup_does_not_clean(tmp_path):
    stats = run_rounds(tmp_path, rounds=int(os.environ.get("COUNSELROOM_KILL_ROUNDS", "10")))
    assert stats["kills_with_leftovers"] >= 1, stats       # the kills did land while writing
    assert stats["left_after_next_backup"] == [], stats
    assert stats["pairs"] >= 1
