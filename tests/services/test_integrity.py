"""Tampering behind the application's back is reported by the check."""

import io
import shutil

import pytest

from rooms import SUPERVISOR, SUPERVISOR_PW
from counselroom.cli import main
from counselroom.services.audit_service import AuditService
from counselroom.services.auth import login
from counselroom.storage.database import Database


def _key(room) -> bytes:
    session = login(room.inst, SUPERVISOR, SUPERVISOR_PW)
    key = session.key
    session.logout()
    return key


def _raw(room, key, *statements):
    db = Database.open_existing(room.inst.db_path, key)
    db.execute("DROP TRIGGER audit_no_update")
    db.execute("DROP TRIGGER audit_no_delete")
    for sql in statements:
        db.execute(sql)
    db.close()


def check_codes(room) -> set[str]:
    session = login(room.inst, SUPERVISOR, SUPERVISOR_PW)
    try:
        return {f.code for f in AuditService(session).check()}
    finally:
        session.logout()


def test_sound_installation_passes(room):
    assert check_codes(room) == set()
    assert check_codes(room) == set()  # and keeps passing as rows are added


@pytest.mark.parametrize("tamper, expected", [
    (["UPDATE audit SET actor = 'someone' WHERE seq = 2"], "audit.bad_mac"),
    (["UPDATE audit SET detail = '{}' WHERE seq = 1"], "audit.bad_mac"),
    (["DELETE FROM audit WHERE seq = 3"], "audit.gap"),
    # swap the contents of two rows, keeping their numbers
    (["UPDATE audit SET seq = -2 WHERE seq = 2", "UPDATE audit SET seq = 2 WHERE seq = 3",
      "UPDATE audit SET seq = 3 WHERE seq = -2"], "audit.broken_link"),
])
def test_edited_deleted_or_swapped_rows(room, tamper, expected):
    key = _key(room)
    _raw(room, key, *tamper)
    assert expected in check_codes(room)


def test_truncated_history(room):
    key = _key(room)
    db = Database.open_existing(room.inst.db_path, key)
    last = db.query_one("SELECT max(seq) FROM audit")[0]
    db.close()
    _raw(room, key, f"DELETE FROM audit WHERE seq > {last - 2}")
    assert "audit.rolled_back" in check_codes(room)


def test_older_copy_of_the_file_is_noticed(room):
    old = room.inst.data_dir.parent / "old-copy"
    old.mkdir()
    for f in room.inst.data_dir.glob("counselroom.db*"):
        shutil.copy2(f, old / f.name)
    for _ in range(3):
        login(room.inst, SUPERVISOR, SUPERVISOR_PW).logout()
    for f in room.inst.data_dir.glob("counselroom.db*"):
        f.unlink()
    for f in old.iterdir():
        shutil.copy2(f, room.inst.data_dir / f.name)
    codes = check_codes(room)
    assert codes & {"audit.rolled_back", "audit.diverged"}
    # The alert holds until a supervisor acknowledges it.
    assert check_codes(room) & {"audit.rolled_back", "audit.diverged"}
    session = login(room.inst, SUPERVISOR, SUPERVISOR_PW)
    assert session.findings
    AuditService(session).acknowledge_alert("restored an older copy on purpose")
    session.logout()
    assert check_codes(room) == set()


def test_flipped_byte_in_a_page_is_reported(room, monkeypatch, capsys):
    key = _key(room)
    db = Database.open_existing(room.inst.db_path, key)
    with db.transaction():
        for i in range(200):
            db.execute("INSERT INTO meta VALUES (?, ?)", (f"filler{i}", "x" * 400))
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    data = bytearray(room.inst.db_path.read_bytes())
    assert len(data) > 5 * 4096
    data[4 * 4096 + 100] ^= 0x01
    room.inst.db_path.write_bytes(bytes(data))
    # Whether the login itself trips over the page or the check finds it, the
    # command line says "problems found" (exit 1), in one line, no traceback.
    stdin = io.StringIO(SUPERVISOR_PW + "\n")
    monkeypatch.setattr("sys.stdin", stdin)
    assert main(["--lang", "en", "admin", "check", "--data-dir", str(room.inst.data_dir),
                 "--user", SUPERVISOR]) == 1
    out = capsys.readouterr()
    assert "damaged" in (out.out + out.err).lower() or "integrity" in (out.out + out.err).lower()
    assert "Traceback" not in out.err
