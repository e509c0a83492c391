import io
import sys

import pytest

from rooms import SUPERVISOR, SUPERVISOR_PW
from counselroom.cli import main
from counselroom.domain.clients import ClientQuery
from counselroom.domain.errors import PermissionDenied
from counselroom.services.audit_service import AuditService
from counselroom.services.clients import ClientService
from counselroom.services.demo import generate


def names(session):
    return [c.name for c in ClientService(session).search(ClientQuery(limit=10_000, sort="case_no"))]


def test_same_seed_same_data_and_every_seal_holds(staff, tmp_path, memory_keyring):
    sup = staff.login(SUPERVISOR)
    result = generate(sup, clients=40, seed=7)
    assert result.clients == 40 and result.visits >= 40
    first = names(sup)
    assert any("䶮" in n or "堃" in n or "喆" in n for n in first) or len(set(first)) > 10
    assert AuditService(sup).check() == []
    sup.logout()

    from rooms import ROOM
    from counselroom.services.installation import Installation
    from counselroom.services.setup import initialize

    other = initialize(Installation(tmp_path / "other"), room_name=ROOM, username="a1", display_name="a",
                       password=SUPERVISOR_PW).session
    generate(other, clients=40, seed=7)
    assert names(other) == first


def test_only_the_supervisor_adds_demo_data(staff):
    with pytest.raises(PermissionDenied):
        generate(staff.login("li"), clients=5)


def test_command_line(staff, monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO(SUPERVISOR_PW + "\n"))
    code = main(["--lang", "en", "admin", "demo", "--data-dir", str(staff.room.inst.data_dir), "--user", SUPERVISOR,
                 "--clients", "12", "--seed", "2"])
    assert code == 0 and "Added 12 clients" in capsys.readouterr().out
