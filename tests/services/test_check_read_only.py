"""``admin check`` looks before it writes (issue 12, item 9): a damaged database gets
no login row, no migration, no anchor move, not a byte changed."""

from __future__ import annotations

import pytest

from rooms import SUPERVISOR, SUPERVISOR_PW, snapshot
from counselroom.domain.audit import AuditFilter
from counselroom.domain.errors import RecoveryNeeded, StorageError
from counselroom.security.keyfile import load as load_keyfile
from counselroom.security.keystore import AUDIT_ANCHOR, Keystore
from counselroom.services.audit_service import AuditService
from counselroom.services.auth import check_records, login

PAGE = 4096


def anchor(room):
    return Keystore(load_keyfile(room.inst.keyfile_path).installation_id).get(AUDIT_ANCHOR)


def damage(path, page: int) -> None:
    raw = bytearray(path.read_bytes())
    raw[(page - 1) * PAGE + 200] ^= 0x01
    path.write_bytes(bytes(raw))


def test_a_sound_database_is_checked_then_audited(room):
    assert check_records(room.inst, SUPERVISOR, SUPERVISOR_PW) == []
    session = login(room.inst, SUPERVISOR, SUPERVISOR_PW)
    actions = [e.action for e in AuditService(session).search(AuditFilter(limit=20))][::-1]
    assert actions[-5:] == ["logout", "login", "integrity.check", "logout", "login"]
    session.logout()


@pytest.mark.parametrize("page", [2, 5, "last"])
def test_a_damaged_database_is_reported_without_a_write(room, page):
    pages = room.inst.db_path.stat().st_size // PAGE
    damage(room.inst.db_path, pages if page == "last" else page)
    before, anchor_before = snapshot(room.inst.data_dir), anchor(room)
    try:
        findings = check_records(room.inst, SUPERVISOR, SUPERVISOR_PW)
    except (StorageError, RecoveryNeeded) as exc:   # a page that fails its HMAC when read
        assert exc.code in ("storage.damaged", "recovery.database_damaged")
    else:                                           # named by the check without failing a read
        assert findings and all(f.code == "db.integrity" for f in findings)
    assert snapshot(room.inst.data_dir) == before
    assert anchor(room) == anchor_before
