"""The day the recovery sheet and the USB backups exist for (issue 12, item 1), end to end:
real processes, a real Secret Service, and a brand-new computer with its own empty one.

init → work (demo data) → backup --out a "USB" folder → the old computer's disk is gone
(data folder deleted, key-store entries deleted) → on a fresh HOME with a fresh key store,
``admin recover --from USB/counselroom-….db`` with the printed code and a new password →
every record back, the audit chain intact, ``admin check`` exit 0.

Before this issue the recover step exited 2 with "key file … missing".
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from cli_process import run_cli

pytestmark = pytest.mark.secret_service

PW = "春眠不觉晓处处闻啼鸟"
NEW_PW = "夜来风雨声花落知多少"
USER = "sup"


def _in_process_backend():
    from keyring.backends import SecretService

    from counselroom.security import keystore

    backend = SecretService.Keyring()
    keystore.check_backend(backend)
    return backend


def _contents(inst_dir: Path, password: str, backup: Path):
    """Counts of the live records, and what the backup holds (read with the live K)."""
    from counselroom.archive import backups as backup_files
    from counselroom.services.auth import login
    from counselroom.services.installation import Installation
    from counselroom.storage.audit_repo import AuditRepository
    from counselroom.storage.backup_repo import BackupContentsRepository

    session = login(Installation(inst_dir), USER, password, backend=_in_process_backend())
    try:
        live = BackupContentsRepository(session.db).counts()
        in_backup = backup_files.describe(backup, session.key)
        head = in_backup.audit_head
        row = AuditRepository(session.db).get(head.seq)
        same_row = row is not None and row.mac == head.mac
    finally:
        session.logout()
    return live, in_backup, same_row


def test_a_usb_backup_and_the_printed_code_bring_everything_back_on_a_new_computer(secret_service_env, tmp_path):
    from secret_service import running_secret_service

    old_pc = secret_service_env
    data = tmp_path / "old-pc" / "CounselRoom"
    usb = tmp_path / "usb"
    usb.mkdir()

    def cli(env, *args, stdin):
        return run_cli(env, "--lang", "en", "admin", *args, stdin=stdin, timeout=300)

    init = cli(old_pc, "init", "--data-dir", str(data), "--user", USER, stdin=PW + "\n")
    assert init.returncode == 0, init.stderr
    code = init.stdout.strip()
    demo = cli(old_pc, "demo", "--data-dir", str(data), "--user", USER, "--clients", "25", "--seed", "7",
               stdin=PW + "\n")
    assert demo.returncode == 0, demo.stderr
    made = cli(old_pc, "backup", "--data-dir", str(data), "--user", USER, "--out", str(usb), stdin=PW + "\n")
    assert made.returncode == 0, made.stderr
    backup = Path(made.stdout.strip())
    assert backup.parent == usb
    assert sorted(p.name for p in usb.iterdir()) == sorted([backup.name, backup.stem + ".keys"])

    before, in_backup, _ = _contents(data, PW, backup)
    assert before["clients"] == 25 and before["visits"] > 0
    backed_up = {k: v for k, v in in_backup.counts.items() if k != "audit"}
    assert backed_up == {k: v for k, v in before.items() if k != "audit"}

    # The old computer's disk is gone: its data folder and its key-store entries.
    from counselroom.security.keystore import AUDIT_ANCHOR, DEVICE_SECRET, LOGIN_GUARD, Keystore

    old_store = Keystore(in_backup.installation_id, _in_process_backend())
    for entry in (DEVICE_SECRET, AUDIT_ANCHOR, LOGIN_GUARD):
        old_store.delete(entry)
    assert old_store.device_secret() is None
    shutil.rmtree(data.parent)

    # A brand-new computer: a fresh HOME, its own empty key store, nothing but the USB drive.
    with running_secret_service() as new_pc:
        home = tmp_path / "new-home"
        home.mkdir()
        new_pc = {**new_pc, "HOME": str(home), "XDG_DATA_HOME": str(home / ".local" / "share")}
        new_data = home / ".local" / "share" / "CounselRoom"
        assert not new_data.exists()

        wrong = cli(new_pc, "recover", "--data-dir", str(new_data), "--user", USER, "--from", str(backup),
                    stdin="000000-000001-000002-000003-000004-000005-000006-000007\n" + NEW_PW + "\n")
        assert wrong.returncode == 2 and not new_data.exists()

        recovered = cli(new_pc, "recover", "--data-dir", str(new_data), "--user", USER, "--from", str(backup),
                        stdin=f"{code}\n{NEW_PW}\n")
        assert recovered.returncode == 0, recovered.stderr
        assert "Access restored" in recovered.stdout

        check = cli(new_pc, "check", "--data-dir", str(new_data), "--user", USER, stdin=NEW_PW + "\n")
        assert check.returncode == 0, check.stdout + check.stderr
        assert "passed" in check.stdout

        after, restored_backup, same_row = _contents(new_data, NEW_PW, backup)
        assert {k: v for k, v in after.items() if k != "audit"} == backed_up
        # The audit chain goes on from the backup's last row, unchanged (recovery, logins, the check after it).
        assert same_row and after["audit"] > in_backup.counts["audit"]

        # The new computer's own backups carry its recovery keys in turn.
        again = cli(new_pc, "backup", "--data-dir", str(new_data), "--user", USER, stdin=NEW_PW + "\n")
        assert again.returncode == 0, again.stderr
        new_backup = Path(again.stdout.strip())
        assert new_backup.with_suffix(".keys").is_file()
        # The USB drive was only read.
        assert sorted(p.name for p in usb.iterdir()) == sorted([backup.name, backup.stem + ".keys"])
