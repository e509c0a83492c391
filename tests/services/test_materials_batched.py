"""The register's sums come from one GROUP BY over the ledger (and hand-outs still out from two narrow
indexes), and give what the per-material and per-hand-out queries gave before (issue 15: the
Materials page and the closing checklist read 53,653 movements row by row, three times per material)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from rooms import SUPERVISOR
from counselroom.domain.errors import NotFound
from counselroom.domain.materials import MaterialDraft, MaterialKind, MovementKind, StockChange
from counselroom.services.materials import MaterialService
from counselroom.storage import materials_repo
from counselroom.storage.materials_repo import MaterialRepository

# The queries as they were before schema 15, word for word: the reference.
_MATERIALS_BEFORE = (
    "SELECT m.id, m.name, m.kind, m.scale_code, m.location, m.note, m.on_hand, m.total, "
    "COALESCE((SELECT sum(CASE x.kind WHEN 'handed_out' THEN x.count ELSE -(x.count + x.used) END) "
    "          FROM material_movements x "
    "          WHERE x.material_id = m.id AND x.kind IN ('handed_out', 'returned', 'missing')), 0), "
    "COALESCE((SELECT sum(delta_on_hand) FROM material_movements x WHERE x.material_id = m.id), 0), "
    "COALESCE((SELECT sum(delta_total) FROM material_movements x WHERE x.material_id = m.id), 0) "
    "FROM materials m")
_OPEN_BEFORE = " HAVING h.count - COALESCE(sum(r.count + r.used), 0) > 0"


def _materials_before(db) -> list:
    return [materials_repo._material(r) for r in db.query_all(f"{_MATERIALS_BEFORE} ORDER BY m.name")]


def _open_before(db) -> list:
    rows = db.query_all(f"{materials_repo._HANDOUT_SELECT}{materials_repo._HANDOUT_GROUP}{_OPEN_BEFORE} ORDER BY h.id")
    return [materials_repo._handout(r) for r in rows]


def _all_handouts(db) -> list[int]:
    return [r[0] for r in db.query_all("SELECT id FROM material_movements WHERE kind = 'handed_out' ORDER BY id")]


def _assert_same_as_before(db) -> None:
    repo = MaterialRepository(db)
    before = _materials_before(db)
    assert repo.all() == before
    for material in before:
        assert repo.get(material.id) == material
        assert repo.named(material.name.lower()) == material
    assert repo.get(10_000) is None and repo.named("没有这种材料") is None
    assert repo.open_handouts() == _open_before(db)
    one_by_one = [materials_repo._handout(r) for h in _all_handouts(db) for r in db.query_all(
        f"{materials_repo._HANDOUT_SELECT} AND h.id = ?{materials_repo._HANDOUT_GROUP}{_OPEN_BEFORE}", (h,))]
    assert repo.open_handouts() == one_by_one


@pytest.fixture
def busy_room(staff):
    """Five materials through everything the register records: stock added, written off and corrected,
    hand-outs by two counsellors and by the supervisor for a colleague, full, partial and used-up
    returns, copies written off as missing, an old hand-out never back, one material never moved."""
    boss = staff.login(SUPERVISOR)
    register = MaterialService(boss)
    phq9 = register.add(MaterialDraft("PHQ-9 答题纸", MaterialKind.FORM, "PHQ9", "档案柜 A 层"), 40, "开学清点")
    gad7 = register.add(MaterialDraft("GAD-7 答题纸", MaterialKind.FORM, "GAD7"), 30, "开学清点")
    sand = register.add(MaterialDraft("沙盘游戏套装", MaterialKind.KIT, location="沙盘室"), 2, "新购")
    cards = register.add(MaterialDraft("情绪卡片", MaterialKind.KIT), 5, "新购")
    register.add(MaterialDraft("房树人绘画材料包", MaterialKind.KIT))          # registered, never moved
    register.change_stock(phq9.id, StockChange.ADD, 10, "补印")
    register.change_stock(gad7.id, StockChange.WRITE_OFF, 3, "受潮")
    register.change_stock(cards.id, StockChange.CORRECT, 4, "清点少一张")
    real_clock = boss.clock
    boss.clock = lambda: real_clock() - timedelta(days=3)
    old = register.hand_out(gad7.id, 4, staff_id=staff.ids["zhou"], purpose="团体辅导")
    boss.clock = real_clock
    register.take_back(old.id, back=1)                       # three still out since three days ago
    boss.logout()

    for who in ("li", "zhou"):
        session = staff.login(who)
        mine = MaterialService(session)
        back = mine.hand_out(phq9.id, 6, purpose="个体咨询")
        mine.take_back(back.id, back=5, used=1)              # fully back, one filled in
        partly = mine.hand_out(phq9.id, 3)
        mine.take_back(partly.id, back=1)                    # two still out
        kit = mine.hand_out(sand.id, 1)
        mine.take_back(kit.id, back=1)
        mine.hand_out(cards.id, 1)                           # out, nothing back yet
        session.logout()

    boss = staff.login(SUPERVISOR)
    register = MaterialService(boss)
    lost = register.hand_out(phq9.id, 2, staff_id=staff.ids["li"])
    register.take_back(lost.id, back=1)
    register.write_off_missing(lost.id, 1, "学生带走，未找回")   # settled: one back, one missing
    gone = register.hand_out(gad7.id, 3, staff_id=staff.ids["li"])
    register.write_off_missing(gone.id, 1, "丢失")            # two still out
    yield boss
    boss.logout()


def test_the_register_reads_as_it_did_per_material_and_per_hand_out(busy_room):
    register = MaterialService(busy_room)
    materials = register.list()
    assert len(materials) == 5 and all(m.adds_up and m.matches_history for m in materials)
    assert {m.name: m.out for m in materials} == {"PHQ-9 答题纸": 4, "GAD-7 答题纸": 5, "沙盘游戏套装": 0,
                                                  "情绪卡片": 2, "房树人绘画材料包": 0}
    assert [h.outstanding for h in register.outstanding()] == [3, 2, 1, 2, 1, 2]
    assert [m.kind for m in register.movements(materials[0].id)][-1] is MovementKind.ADDED   # oldest last
    with pytest.raises(NotFound):
        register.movements(10_000)
    _assert_same_as_before(busy_room.db)


def test_counts_changed_outside_the_application_read_as_before(busy_room):
    db = busy_room.db
    with db.transaction():
        db.execute("UPDATE materials SET on_hand = on_hand - 1 WHERE name = '情绪卡片'")           # COUNT
        db.execute("UPDATE materials SET on_hand = on_hand + 5, total = total + 5 WHERE name = '沙盘游戏套装'")  # HISTORY
    flags = {d.material_name: d.kind.value for d in MaterialService(busy_room).discrepancies()
             if d.handout is None}
    assert flags == {"情绪卡片": "count", "沙盘游戏套装": "history"}
    _assert_same_as_before(db)


def test_a_ledger_written_outside_the_application_reads_as_before(busy_room):
    """Rows no service writes (more back than was out, a return booked to another material's hand-out,
    a hand-out of nothing): the sums are the same arithmetic, whatever the rows say."""
    db = busy_room.db
    repo = MaterialRepository(db)
    by_name = {m.name: m for m in repo.all()}
    [first, *_] = repo.open_handouts()
    now = busy_room.clock()
    user = busy_room.user.id
    with db.transaction():
        repo.record(first.material_id, MovementKind.RETURNED, count=first.outstanding + 2, used=1,
                    delta_on_hand=first.outstanding + 2, delta_total=0, recorded_by=user, now=now,
                    handout_id=first.id, staff_id=first.staff_id)
        repo.record(by_name["沙盘游戏套装"].id, MovementKind.MISSING, count=1, delta_on_hand=0, delta_total=0,
                    recorded_by=user, now=now, handout_id=repo.open_handouts()[-1].id)
        repo.record(by_name["房树人绘画材料包"].id, MovementKind.HANDED_OUT, count=0, delta_on_hand=0,
                    delta_total=0, recorded_by=user, now=now, staff_id=user)
    _assert_same_as_before(db)


def test_an_empty_register_reads_as_before(staff):
    boss = staff.login(SUPERVISOR)
    assert MaterialService(boss).list() == [] and MaterialService(boss).outstanding() == []
    _assert_same_as_before(boss.db)
    boss.logout()
