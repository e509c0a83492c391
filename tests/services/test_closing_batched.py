"""The closing checklist's live checks read only what they ask (three columns of the open crises; the
materials register once, through its sums) and give what they gave reading whole crises with their
steps and the register three times (issue 15: 152 / 238 ms on a big school's database)."""

from __future__ import annotations

from datetime import timedelta

from rooms import SUPERVISOR
from counselroom.domain.cases import CaseDraft, ProblemCategory
from counselroom.domain.clients import ClientDraft
from counselroom.domain.closing import CheckId, DataCheck
from counselroom.domain.materials import DiscrepancyKind, MaterialDraft, MaterialKind
from counselroom.domain.visits import RiskLevel
from counselroom.services import closing
from counselroom.services.cases import CaseService
from counselroom.services.clients import ClientService
from counselroom.services.closing import ClosingService
from counselroom.services.crisis import CrisisService
from counselroom.services.materials import MaterialService
from counselroom.storage.crises_repo import CrisisRepository
from test_closing import MONDAY, at, tick_all
from test_crisis import settle_all

WEEK_BEFORE = MONDAY - timedelta(days=7)
FRIDAY = MONDAY - timedelta(days=3)


def _crises_reviewed_before(session, day) -> DataCheck:
    """The check as it was: every open crisis read whole, with its steps."""
    crises = CrisisRepository(session.db).all_open()
    late = [c for c in crises if not c.reviewed_on(day)]
    return DataCheck(CheckId.CRISES_REVIEWED.value, not late, {"unreviewed": len(late), "open": len(crises)},
                     closing._per_person([c.counsellor_name for c in late]))


def _materials_returned_before(session, day) -> DataCheck:
    """The check as it was: the register read for what is out, then again for what does not add up."""
    register = MaterialService(session)
    out = register.outstanding()
    problems = [d for d in register.discrepancies() if d.kind is not DiscrepancyKind.OVERDUE]
    names = [f"{h.material_name} ×{h.outstanding} · {h.staff_name}" for h in out]
    names += [d.material_name for d in problems]
    return DataCheck(CheckId.MATERIALS_RETURNED.value, not out and not problems,
                     {"out": sum(h.outstanding for h in out), "handouts": len(out), "mismatched": len(problems)},
                     tuple(names))


PROVIDERS_BEFORE = [closing.visits_signed, closing.appointments_resolved, _crises_reviewed_before,
                    _materials_returned_before, closing.duty_ended, closing.backup_made]


def _crisis(session, name: str):
    client = ClientService(session).register(ClientDraft(name=name, grade="初二", class_name="3班"))
    case = CaseService(session).open(client.id, CaseDraft(WEEK_BEFORE - timedelta(days=30), "情绪低落",
                                                          ProblemCategory.EMOTION))
    return CrisisService(session).open_for_risk(case.id, RiskLevel.HIGH)


def _busy_week(staff):
    """Two counsellors' crises opened, reviewed and closed on different days, materials out since an
    earlier day, partly back and miscounted, and closings signed on two of the days."""
    li, zhou = staff.login("li"), staff.login("zhou")
    boss = at(staff.login(SUPERVISOR), WEEK_BEFORE, 9, backup=False)
    phq9 = MaterialService(boss).add(MaterialDraft("PHQ-9 答题纸", MaterialKind.FORM, "PHQ9"), 20, "开学清点")
    sand = MaterialService(boss).add(MaterialDraft("沙盘游戏套装", MaterialKind.KIT), 1, "新购")
    cards = MaterialService(boss).add(MaterialDraft("情绪卡片", MaterialKind.KIT), 4, "新购")

    at(li, WEEK_BEFORE, 10, backup=False)
    reviewed_friday, never_reviewed, closed = (_crisis(li, n) for n in ("王䶮", "欧阳子涵", "司马𠮷"))
    at(li, FRIDAY, 11, backup=False)
    CrisisService(li).review(reviewed_friday.id)
    settle_all(CrisisService(li), closed.id)
    CrisisService(li).close(closed.id, "风险解除")
    old = MaterialService(li).hand_out(phq9.id, 3)                  # never back: overdue by Monday
    at(zhou, FRIDAY, 14, backup=False)
    reviewed_monday = _crisis(zhou, "赵小明")
    at(li, FRIDAY, 17)
    service = ClosingService(li)
    service.sign(FRIDAY, tick_all(service), "危机个案周一复核")

    sunday = MONDAY - timedelta(days=1)
    at(zhou, sunday, 17)
    service = ClosingService(zhou)
    service.sign(sunday, tick_all(service), "材料周一清点")

    at(zhou, MONDAY, 8, backup=False)
    CrisisService(zhou).review(reviewed_monday.id)
    at(zhou, MONDAY, 10, backup=False)
    _crisis(zhou, "李子墨")                                         # opened today: looked at today
    kit = MaterialService(zhou).hand_out(sand.id, 1)
    MaterialService(zhou).take_back(kit.id, back=1)
    partly = MaterialService(zhou).hand_out(cards.id, 2)
    MaterialService(zhou).take_back(partly.id, back=1)
    with boss.db.transaction():                                      # counted outside the application
        boss.db.execute("UPDATE materials SET on_hand = on_hand - 1 WHERE id = ?", (phq9.id,))
    for session in (li, zhou, boss):
        session.logout()
    return old, never_reviewed


def test_the_live_checks_read_as_they_did_on_every_day_of_the_week(staff):
    old, never_reviewed = _busy_week(staff)
    for who in ("li", "zhou", SUPERVISOR):
        session = at(staff.login(who), MONDAY, 17)
        service = ClosingService(session)
        before = ClosingService(session, providers=PROVIDERS_BEFORE)
        for offset in range(-8, 3):
            day = MONDAY + timedelta(days=offset)
            assert service.checks(day) == before.checks(day), (who, day)
        today = {c.id: c for c in service.checks(MONDAY)}
        crises = today[CheckId.CRISES_REVIEWED]
        assert (crises.count("open"), crises.count("unreviewed"), crises.names) == (4, 2, ("李老师 ×2",))
        materials = today[CheckId.MATERIALS_RETURNED]
        assert (materials.count("out"), materials.count("handouts"), materials.count("mismatched")) == (4, 2, 1)
        assert materials.names == ("PHQ-9 答题纸 ×3 · 李老师", "情绪卡片 ×1 · 周老师", "PHQ-9 答题纸")
        assert service.checklist(MONDAY).checks == before.checklist(MONDAY).checks
        assert all(service.get(day) is not None for day in (FRIDAY, MONDAY - timedelta(days=1)))
        session.logout()
    assert old.outstanding == 3 and never_reviewed.last_reviewed_at is None
