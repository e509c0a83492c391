from datetime import date, datetime, time, timedelta

import pytest

from rooms import SUPERVISOR
from counselroom.domain.cases import CaseClosing, CaseDraft, Outcome, ProblemCategory
from counselroom.domain.clients import ClientDraft
from counselroom.domain.crisis import CrisisStep, StepRecord, StepState
from counselroom.domain.errors import PermissionDenied, ValidationError
from counselroom.domain.visits import RiskLevel, VisitContent
from counselroom.services.cases import CaseService
from counselroom.services.clients import ClientService
from counselroom.services.crisis import CrisisService
from counselroom.services.visits import VisitService

RISKY = VisitContent(visit_date=date(2026, 11, 20), start=time(9), end=time(9, 45), complaint="不想活了",
                     process="评估自杀风险", assessment="中度风险", plan="联系家长，转介", risk=RiskLevel.MEDIUM,
                     risk_self_harm=True)
WHEN = datetime(2026, 11, 20, 10, 0)


@pytest.fixture
def case(staff):
    session = staff.login("li")
    client = ClientService(session).register(ClientDraft(name="王䶮", grade="初二", class_name="3班"))
    case = CaseService(session).open(client.id, CaseDraft(date(2026, 9, 1), "情绪低落", ProblemCategory.EMOTION))
    session.logout()
    return case


def sign_risky(session, case, content=RISKY):
    service = VisitService(session)
    visit = service.start(case.id)
    return service.sign(visit.id, content)


def settle_all(service, crisis_id):
    done = {
        CrisisStep.GUARDIAN_INFORMED: StepRecord(CrisisStep.GUARDIAN_INFORMED, StepState.DONE, WHEN, "李老师",
                                                 "王䶮母亲", "电话"),
        CrisisStep.LEADERSHIP_INFORMED: StepRecord(CrisisStep.LEADERSHIP_INFORMED, StepState.DONE, WHEN, "李老师",
                                                   "德育处张主任", "当面"),
        CrisisStep.REFERRAL: StepRecord(CrisisStep.REFERRAL, StepState.NOT_APPLICABLE, reason="家长自行就医"),
        CrisisStep.SAFETY_PLAN: StepRecord(CrisisStep.SAFETY_PLAN, StepState.DONE, WHEN, "李老师"),
        CrisisStep.FOLLOW_UP: StepRecord(CrisisStep.FOLLOW_UP, StepState.DONE, WHEN, "李老师",
                                         follow_up_dates=(date(2026, 11, 27), date(2026, 12, 4))),
    }
    crisis = None
    for record in done.values():
        crisis = service.settle_step(crisis_id, record)
    return crisis


def test_medium_risk_visit_opens_a_crisis_shown_at_start(staff, case):
    li = staff.login("li")
    sign_risky(li, case)
    crises = CrisisService(li).open_crises()
    assert len(crises) == 1 and crises[0].risk is RiskLevel.MEDIUM and crises[0].client_name == "王䶮"
    assert set(crises[0].pending) == set(CrisisStep)
    li.logout()
    sup = staff.login(SUPERVISOR)
    assert len(CrisisService(sup).open_crises()) == 1   # the supervisor sees every open crisis
    sup.logout()
    zhou = staff.login("zhou")
    assert CrisisService(zhou).open_crises() == []
    zhou.logout()
    zhao = staff.login("zhao")
    with pytest.raises(PermissionDenied):
        CrisisService(zhao).open_crises()


def test_low_risk_opens_nothing_and_a_second_high_risk_raises_the_open_one(staff, case):
    li = staff.login("li")
    sign_risky(li, case, VisitContent(**{**RISKY.__dict__, "risk": RiskLevel.LOW}))
    assert CrisisService(li).open_crises() == []
    sign_risky(li, case)
    sign_risky(li, case, VisitContent(**{**RISKY.__dict__, "risk": RiskLevel.HIGH}))
    crises = CrisisService(li).open_crises()
    assert len(crises) == 1 and crises[0].risk is RiskLevel.HIGH


def test_cannot_close_until_every_step_is_settled(staff, case):
    li = staff.login("li")
    sign_risky(li, case)
    service = CrisisService(li)
    crisis = service.open_crises()[0]
    with pytest.raises(ValidationError) as err:
        service.close(crisis.id, "风险解除")
    assert err.value.code == "crisis.steps_open" and err.value.params == {"steps": 5}
    with pytest.raises(ValidationError) as err:  # n/a needs a reason
        service.settle_step(crisis.id, StepRecord(CrisisStep.REFERRAL, StepState.NOT_APPLICABLE, reason=" "))
    assert err.value.field == "reason"
    with pytest.raises(ValidationError) as err:  # the guardian step says who and how
        service.settle_step(crisis.id, StepRecord(CrisisStep.GUARDIAN_INFORMED, StepState.DONE, WHEN, "李老师"))
    assert err.value.field == "contact"
    with pytest.raises(ValidationError) as err:
        service.settle_step(crisis.id, StepRecord(CrisisStep.FOLLOW_UP, StepState.DONE, WHEN, "李老师"))
    assert err.value.field == "follow_up_dates"
    with pytest.raises(ValidationError) as err:
        service.settle_step(crisis.id, StepRecord(CrisisStep.SAFETY_PLAN, StepState.DONE,
                                                  li.wall_now() + timedelta(days=2), "李老师"))
    assert err.value.field == "done_at"
    # The case cannot be closed while its crisis is open.
    with pytest.raises(ValidationError) as err:
        CaseService(li).close(case.id, CaseClosing(date(2026, 11, 21), "结束", Outcome.REFERRED))
    assert err.value.code == "case.open_crisis"
    settled = settle_all(service, crisis.id)
    assert settled.pending == []
    with pytest.raises(ValidationError):
        service.close(crisis.id, "  ")
    closed = service.close(crisis.id, "风险解除，转为常规跟进")
    assert not closed.is_open and service.open_crises() == []
    assert CaseService(li).close(case.id, CaseClosing(date(2026, 11, 21), "结束", Outcome.REFERRED))


def test_other_counsellors_and_assistants_cannot_touch_the_crisis(staff, case):
    li = staff.login("li")
    sign_risky(li, case)
    crisis = CrisisService(li).open_crises()[0]
    li.logout()
    for who in ("zhou", "zhao"):
        session = staff.login(who)
        service = CrisisService(session)
        with pytest.raises(PermissionDenied):
            service.get(crisis.id)
        with pytest.raises(PermissionDenied):
            service.settle_step(crisis.id, StepRecord(CrisisStep.SAFETY_PLAN, StepState.DONE, WHEN, "x"))
        session.logout()
