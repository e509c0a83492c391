"""The test-materials register (R6): counts that add up, the supervisor's stock, no lending, flags."""

from __future__ import annotations

from datetime import timedelta

import pytest
import sqlcipher3

from rooms import SUPERVISOR
from counselroom.domain.audit import Action, AuditFilter
from counselroom.domain.errors import PermissionDenied, ValidationError
from counselroom.domain.materials import DiscrepancyKind, MaterialDraft, MaterialKind, MovementKind, StockChange
from counselroom.services.audit_service import AuditService
from counselroom.services.materials import MaterialService


@pytest.fixture
def phq9(staff):
    """Twenty PHQ-9 answer sheets in the cabinet, added by the supervisor."""
    boss = staff.login(SUPERVISOR)
    material = MaterialService(boss).add(MaterialDraft("PHQ-9 答题纸", MaterialKind.FORM, "PHQ9", "档案柜 A 层"),
                                         20, "开学清点")
    boss.logout()
    return material


def _audit(session, action: Action) -> list:
    return [e for e in AuditService(session).search(AuditFilter(action=action.value, limit=50))]


def _counts(service, material_id) -> tuple[int, int, int]:
    m = service.get(material_id)
    assert m.adds_up and m.matches_history
    return m.on_hand, m.out, m.total


def test_counts_add_up_through_hand_out_return_and_used_forms(staff, phq9):
    assert phq9.scale_code == "phq9" and (phq9.on_hand, phq9.out, phq9.total) == (20, 0, 20)
    li = staff.login("li")
    service = MaterialService(li)
    handout = service.hand_out(phq9.id, 10, purpose="团体辅导 初二3班")
    assert handout.staff_id == staff.ids["li"] and handout.outstanding == 10
    assert _counts(service, phq9.id) == (10, 10, 20)
    # 9 came back blank, 1 was filled in and goes into the client's paper file.
    after = service.take_back(handout.id, back=9, used=1)
    assert (after.back, after.used, after.outstanding) == (9, 1, 0)
    assert _counts(service, phq9.id) == (19, 0, 19)
    assert service.outstanding() == []
    kinds = [m.kind for m in service.movements(phq9.id)]
    assert kinds == [MovementKind.RETURNED, MovementKind.HANDED_OUT, MovementKind.ADDED]   # newest first
    assert service.discrepancies() == []
    li.logout()


def test_a_partial_return_leaves_the_rest_outstanding(staff, phq9):
    li = staff.login("li")
    service = MaterialService(li)
    handout = service.hand_out(phq9.id, 3)
    service.take_back(handout.id, back=1)
    [still] = service.outstanding()
    assert still.id == handout.id and still.outstanding == 2 and not still.overdue(li.today())
    assert _counts(service, phq9.id) == (18, 2, 20)
    with pytest.raises(ValidationError) as err:
        service.take_back(handout.id, back=2, used=1)
    assert (err.value.field, err.value.code, err.value.params) == ("back", "material.return_too_many",
                                                                  {"outstanding": 2})
    with pytest.raises(ValidationError) as err:
        service.take_back(handout.id, back=0, used=0)
    assert err.value.code == "material.return_nothing"
    service.take_back(handout.id, back=1, used=1)
    with pytest.raises(ValidationError) as err:
        service.take_back(handout.id, back=1)
    assert err.value.code == "material.handout_settled"
    assert _counts(service, phq9.id) == (19, 0, 19)
    li.logout()


def test_handing_out_more_than_the_cabinet_holds_is_refused(staff, phq9):
    li = staff.login("li")
    service = MaterialService(li)
    service.hand_out(phq9.id, 15)
    with pytest.raises(ValidationError) as err:
        service.hand_out(phq9.id, 6)
    assert (err.value.field, err.value.code, err.value.params) == ("count", "material.not_enough", {"on_hand": 5})
    with pytest.raises(ValidationError) as err:
        service.hand_out(phq9.id, 0)
    assert err.value.code == "material.count_range"
    assert _counts(service, phq9.id) == (5, 15, 20)   # nothing changed by the refusals
    li.logout()


def test_kits_come_back_whole(staff):
    boss = staff.login(SUPERVISOR)
    service = MaterialService(boss)
    kit = service.add(MaterialDraft("沙盘游戏器材", MaterialKind.KIT, location="辅导室柜子"), 1, "学校配发")
    handout = service.hand_out(kit.id, 1)
    with pytest.raises(ValidationError) as err:
        service.take_back(handout.id, back=0, used=1)
    assert (err.value.field, err.value.code) == ("used", "material.kit_not_used")
    service.take_back(handout.id, back=1)
    assert _counts(service, kit.id) == (1, 0, 1)
    boss.logout()


def test_only_the_taker_or_the_supervisor_takes_back_and_only_the_supervisor_hands_to_others(staff, phq9):
    li, zhou = staff.login("li"), staff.login("zhou")
    handout = MaterialService(li).hand_out(phq9.id, 2)
    with pytest.raises(PermissionDenied) as err:
        MaterialService(zhou).take_back(handout.id, back=2)
    assert err.value.code == "material.not_your_handout"
    with pytest.raises(PermissionDenied) as err:
        MaterialService(zhou).hand_out(phq9.id, 1, staff_id=staff.ids["li"])
    assert err.value.code == "material.hand_out_for_others"
    zhou.logout()
    boss = staff.login(SUPERVISOR)
    service = MaterialService(boss)
    # The supervisor (who manages the materials) hands them to a counsellor and records returns for anyone.
    for_zhou = service.hand_out(phq9.id, 1, staff_id=staff.ids["zhou"], purpose="个体咨询")
    assert for_zhou.staff_name == "周老师" and for_zhou.recorded_by_name == "王老师"
    with pytest.raises(ValidationError) as err:
        service.hand_out(phq9.id, 1, staff_id=staff.ids["zhao"])   # an assistant never takes test materials
    assert (err.value.field, err.value.code) == ("staff", "material.taker_invalid")
    service.take_back(handout.id, back=2)
    service.take_back(for_zhou.id, back=1)
    assert _counts(service, phq9.id) == (20, 0, 20)
    entries = _audit(boss, Action.MATERIAL_RETURNED)
    assert {e.actor for e in entries} == {SUPERVISOR}
    assert entries[0].detail["staff"] in (staff.ids["li"], staff.ids["zhou"])
    boss.logout()
    li.logout()


def test_stock_changes_need_the_supervisor_a_reason_and_leave_an_audit_row(staff, phq9):
    li = staff.login("li")
    for change in StockChange:
        with pytest.raises(PermissionDenied):
            MaterialService(li).change_stock(phq9.id, change, 5, "新到")
    with pytest.raises(PermissionDenied):
        MaterialService(li).add(MaterialDraft("SDS 答题纸"))
    li.logout()

    boss = staff.login(SUPERVISOR)
    service = MaterialService(boss)
    with pytest.raises(ValidationError) as err:
        service.change_stock(phq9.id, StockChange.ADD, 5, "   ")
    assert (err.value.field, err.value.code) == ("reason", "material.reason_required")
    assert service.get(phq9.id).total == 20

    service.change_stock(phq9.id, StockChange.ADD, 30, "向出版社购买 30 份")
    assert _counts(service, phq9.id) == (50, 0, 50)
    service.change_stock(phq9.id, StockChange.WRITE_OFF, 2, "受潮破损")
    assert _counts(service, phq9.id) == (48, 0, 48)
    with pytest.raises(ValidationError) as err:
        service.change_stock(phq9.id, StockChange.WRITE_OFF, 49, "破损")
    assert err.value.code == "material.write_off_too_many"
    service.change_stock(phq9.id, StockChange.CORRECT, 45, "期末清点少 3 份")
    assert _counts(service, phq9.id) == (45, 0, 45)
    with pytest.raises(ValidationError) as err:
        service.change_stock(phq9.id, StockChange.CORRECT, 45, "再清点")
    assert err.value.code == "material.count_unchanged"

    rows = _audit(boss, Action.MATERIAL_STOCK_CHANGED)
    assert len(rows) == 3
    newest = rows[0]
    assert newest.actor == SUPERVISOR and newest.target == f"material:{phq9.id}"
    assert newest.detail["reason"] == "期末清点少 3 份" and newest.detail["stock_change"] == "correct"
    assert newest.detail["in_cabinet"] == {"old": 48, "new": 45}
    history = service.movements(phq9.id)
    assert [(m.kind, m.count, m.delta_total) for m in history[:3]] == [
        (MovementKind.CORRECTED, 45, -3), (MovementKind.WRITTEN_OFF, 2, -2), (MovementKind.ADDED, 30, 30)]
    assert history[0].reason == "期末清点少 3 份" and history[0].recorded_by_name == "王老师"
    boss.logout()


def test_material_details_are_checked_and_edited_by_the_supervisor(staff, phq9):
    boss = staff.login(SUPERVISOR)
    service = MaterialService(boss)
    with pytest.raises(ValidationError) as err:
        service.add(MaterialDraft("phq-9 答题纸".upper()))   # the same name, other case
    assert (err.value.field, err.value.code) == ("name", "material.name_taken")
    with pytest.raises(ValidationError) as err:
        service.add(MaterialDraft("SCL-90", scale_code="SCL 90"))
    assert (err.value.field, err.value.code) == ("scale_code", "material.scale_code_format")
    with pytest.raises(ValidationError) as err:
        service.add(MaterialDraft("  "))
    assert (err.value.field, err.value.code) == ("name", "material.name_empty")
    with pytest.raises(ValidationError) as err:
        service.add(MaterialDraft("SCL-90 答题纸"), 10, "")
    assert err.value.field == "reason"
    assert [m.name for m in service.list()] == ["PHQ-9 答题纸"]
    moved = service.update(phq9.id, MaterialDraft("PHQ-9 答题纸", MaterialKind.FORM, "phq9", "档案柜 B 层"))
    assert moved.location == "档案柜 B 层" and moved.total == 20
    [row] = _audit(boss, Action.MATERIAL_UPDATED)
    assert row.detail == {"location": {"old": "档案柜 A 层", "new": "档案柜 B 层"}}
    boss.logout()


def test_movements_are_append_only_in_the_database(staff, phq9):
    li = staff.login("li")
    MaterialService(li).hand_out(phq9.id, 1)
    with pytest.raises(sqlcipher3.dbapi2.IntegrityError):
        li.db.execute("UPDATE material_movements SET count = 0")
    with pytest.raises(sqlcipher3.dbapi2.IntegrityError):
        li.db.execute("DELETE FROM material_movements")
    assert li.db.query_one("SELECT count(*) FROM material_movements")[0] == 2
    li.logout()


def test_an_old_hand_out_is_overdue_and_flagged(staff, phq9):
    li = staff.login("li")
    service = MaterialService(li)
    real_clock = li.clock
    li.clock = lambda: real_clock() - timedelta(days=2)   # handed out two days ago, never returned
    old = service.hand_out(phq9.id, 2, purpose="个体咨询")
    li.clock = real_clock
    today_one = service.hand_out(phq9.id, 1)
    outstanding = service.outstanding()
    assert [h.id for h in outstanding] == [old.id, today_one.id]
    assert outstanding[0].overdue(li.today()) and outstanding[0].days_out(li.today()) == 2
    assert not outstanding[1].overdue(li.today())
    [flag] = service.discrepancies()
    assert flag.kind is DiscrepancyKind.OVERDUE and flag.handout.id == old.id and flag.out == 2
    # The page hands over what it has just read (one read of the register, not two): the same answer.
    assert service.discrepancies(materials=service.list(), outstanding=outstanding) == [flag]
    li.logout()

    # The supervisor settles it: one came back, one is lost and leaves the stock.
    boss = staff.login(SUPERVISOR)
    service = MaterialService(boss)
    service.take_back(old.id, back=1)
    with pytest.raises(ValidationError) as err:
        service.write_off_missing(old.id, 1, "")
    assert err.value.code == "material.reason_required"
    settled = service.write_off_missing(old.id, 1, "学生带走，已联系家长未找回")
    assert settled.missing == 1 and settled.outstanding == 0
    assert _counts(service, phq9.id) == (18, 1, 19)
    assert service.discrepancies() == []
    [row] = _audit(boss, Action.MATERIAL_MISSING)
    assert row.detail["reason"] == "学生带走，已联系家长未找回" and row.detail["staff"] == staff.ids["li"]
    boss.logout()
    zhou = staff.login("zhou")
    with pytest.raises(PermissionDenied):
        MaterialService(zhou).write_off_missing(today_one.id, 1, "丢失")
    zhou.logout()


def test_counts_that_do_not_add_up_are_flagged(staff, phq9):
    li = staff.login("li")
    MaterialService(li).hand_out(phq9.id, 4)
    # Someone changes the cabinet count outside the application.
    li.db.execute("UPDATE materials SET on_hand = on_hand - 1 WHERE id = ?", (phq9.id,))
    [flag] = MaterialService(li).discrepancies()
    assert flag.kind is DiscrepancyKind.COUNT and flag.material_id == phq9.id
    assert (flag.on_hand, flag.out, flag.total) == (15, 4, 20)
    assert (flag.expected_on_hand, flag.expected_total) == (16, 20)
    # Both counts changed together still add up, but not to what the movements say.
    li.db.execute("UPDATE materials SET on_hand = 26, total = 30 WHERE id = ?", (phq9.id,))
    [flag] = MaterialService(li).discrepancies()
    assert flag.kind is DiscrepancyKind.HISTORY and (flag.total, flag.expected_total) == (30, 20)
    service = MaterialService(li)
    assert service.discrepancies(materials=service.list(), outstanding=service.outstanding()) == [flag]
    li.logout()


def test_assistants_have_no_part_in_test_materials(staff, phq9):
    zhao = staff.login("zhao")
    service = MaterialService(zhao)
    for call in (service.list, service.outstanding, service.discrepancies, lambda: service.movements(phq9.id),
                 lambda: service.hand_out(phq9.id, 1)):
        with pytest.raises(PermissionDenied):
            call()
    zhao.logout()


def test_there_is_no_lending():
    # The rules forbid lending or copying test materials: the register has no such movement or call.
    assert not any("lend" in kind.value or "loan" in kind.value for kind in MovementKind)
    assert not any("lend" in name or "loan" in name for name in dir(MaterialService))
