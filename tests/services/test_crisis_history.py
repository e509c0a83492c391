"""Closed crises and a case's latest crisis, for the crises page and the case window."""

from datetime import date, datetime, time

import pytest

from rooms import SUPERVISOR
from counselroom.domain.audit import AuditFilter
from counselroom.domain.cases import CaseDraft, ProblemCategory
from counselroom.domain.clients import ClientDraft
from counselroom.domain.crisis import CrisisStep, StepRecord, StepState
from counselroom.domain.errors import PermissionDenied
from counselroom.domain.visits import RiskLevel, VisitContent
from counselroom.services.audit_service import AuditService
from counselroom.services.cases import CaseService
from counselroom.services.clients import ClientService
from counselroom.services.crisis import CrisisService
from counselroom.services.visits import VisitService

WHEN = datetime(2026, 11, 20, 10, 0)


def _case(session, name, counsellor_id=None):
    client = ClientService(session).register(ClientDraft(name=name, grade="初二", class_name="3班"))
    kw = {"counsellor_id": counsellor_id} if counsellor_id else {}
    return CaseService(session).open(client.id, CaseDraft(date(2026, 9, 1), "情绪低落", ProblemCategory.EMOTION),
                                     **kw)


def _sign(session, case, risk=RiskLevel.HIGH):
    service = VisitService(session)
    visit = service.start(case.id)
    return service.sign(visit.id, VisitContent(
        visit_date=date(2026, 11, 20), start=time(9), end=time(9, 45), complaint="不想活了", process="评估",
        assessment="高风险", plan="联系家长", risk=risk, risk_self_harm=True))


def _settle_and_close(service, crisis_id, note="风险解除"):
    for step in CrisisStep:
        service.settle_step(crisis_id, StepRecord(step, StepState.NOT_APPLICABLE, reason="测试"))
    return service.close(crisis_id, note)


def test_crisis_knows_its_visit_and_counsellor(staff):
    li = staff.login("li")
    case = _case(li, "王䶮")
    _sign(li, case, RiskLevel.MEDIUM)
    visit = _sign(li, case)
    crisis = CrisisService(li).open_crises()[0]
    assert crisis.visit_no == 1 and crisis.visit_date == date(2026, 11, 20)
    assert crisis.counsellor_name == "李老师"
    assert visit.session_no == 2 and crisis.risk is RiskLevel.HIGH  # the second visit raised the level


def test_closed_crises_are_listed_by_the_same_rule_as_open_ones(staff):
    li = staff.login("li")
    case = _case(li, "王䶮")
    _sign(li, case)
    service = CrisisService(li)
    crisis = service.open_crises()[0]
    assert service.closed_crises() == []
    _settle_and_close(service, crisis.id)
    _sign(li, case)  # a new crisis for the same case
    closed = service.closed_crises()
    assert [c.id for c in closed] == [crisis.id] and closed[0].closing_note == "风险解除"
    assert len(service.open_crises()) == 1
    li.logout()

    zhou = staff.login("zhou")
    other = _case(zhou, "张三")
    _sign(zhou, other)
    zhou_service = CrisisService(zhou)
    _settle_and_close(zhou_service, zhou_service.open_crises()[0].id, "已转介")
    assert [c.client_name for c in zhou_service.closed_crises()] == ["张三"]  # not li's
    zhou.logout()

    sup = staff.login(SUPERVISOR)
    assert {c.client_name for c in CrisisService(sup).closed_crises()} == {"王䶮", "张三"}
    assert len(CrisisService(sup).closed_crises(limit=1)) == 1
    sup.logout()
    zhao = staff.login("zhao")
    with pytest.raises(PermissionDenied):
        CrisisService(zhao).closed_crises()


def test_for_case_gives_the_open_crisis_else_the_latest_closed_one(staff):
    li = staff.login("li")
    case = _case(li, "王䶮")
    service = CrisisService(li)
    assert service.for_case(case.id) is None
    _sign(li, case)
    first = service.open_crises()[0]
    assert service.for_case(case.id).id == first.id
    _settle_and_close(service, first.id)
    latest = service.for_case(case.id)
    assert latest.id == first.id and not latest.is_open
    _sign(li, case, RiskLevel.MEDIUM)
    second = service.for_case(case.id)
    assert second.id != first.id and second.is_open
    li.logout()

    zhou = staff.login("zhou")
    with pytest.raises(PermissionDenied):
        CrisisService(zhou).for_case(case.id)
    zhou.logout()
    sup = staff.login(SUPERVISOR)
    with pytest.raises(PermissionDenied) as err:
        CrisisService(sup).for_case(case.id)
    assert err.value.code == "case.reason_required"
    assert CrisisService(sup).for_case(case.id, reason="督导抽查").id == second.id
    rows = AuditService(sup).search(AuditFilter(action="case.break_glass"))
    assert len(rows) == 1 and rows[0].detail == {"reason": "督导抽查"}
    viewed = AuditService(sup).search(AuditFilter(action="case.viewed"))
    assert viewed[0].detail == {"crisis": second.id} and viewed[0].actor_id == staff.ids[SUPERVISOR]
