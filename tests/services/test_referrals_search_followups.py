from datetime import date, datetime, time

import pytest

from rooms import SUPERVISOR
from counselroom.domain.cases import CaseDraft, ProblemCategory
from counselroom.domain.clients import ClientDraft, ClientType
from counselroom.domain.crisis import CrisisStep, StepRecord, StepState
from counselroom.domain.errors import PermissionDenied, ValidationError
from counselroom.domain.referrals import ReferralDraft, ReferralStatus
from counselroom.domain.visits import RiskLevel, VisitContent
from counselroom.services.cases import CaseService
from counselroom.services.clients import ClientService
from counselroom.services.crisis import CrisisService
from counselroom.services.follow_ups import FollowUpKind, FollowUpService
from counselroom.services.referrals import ReferralService
from counselroom.services.search import SearchService
from counselroom.services.visits import VisitService

NOTE = VisitContent(visit_date=date(2026, 11, 20), start=time(9), end=time(9, 45), presenting_issue="考试焦虑",
                    complaint="期末考试前焦虑，睡不着", process="认知调整", assessment="中等程度的考试焦虑",
                    plan="继续放松训练")


@pytest.fixture
def case(staff):
    session = staff.login("li")
    client = ClientService(session).register(ClientDraft(name="王䶮", grade="初二", class_name="3班"))
    case = CaseService(session).open(client.id, CaseDraft(date(2026, 9, 1), "焦虑", ProblemCategory.EMOTION))
    session.logout()
    return case


def test_referral_needs_guardian_consent_for_a_student(staff, case):
    li = staff.login("li")
    service = ReferralService(li)
    draft = ReferralDraft(institution="市精神卫生中心", reason="需要专业评估", referred_on=date(2026, 11, 20))
    with pytest.raises(ValidationError) as err:
        service.create(case.id, draft)
    assert err.value.field == "guardian_consent"
    with pytest.raises(ValidationError) as err:
        service.create(case.id, ReferralDraft(**{**draft.__dict__, "guardian_consent": True}))
    assert err.value.field == "consent_on"
    referral = service.create(case.id, ReferralDraft(**{**draft.__dict__, "guardian_consent": True,
                                                       "consent_on": date(2026, 11, 19),
                                                       "follow_up_on": date(2026, 11, 22)}))
    assert referral.status is ReferralStatus.SENT
    with pytest.raises(ValidationError):
        service.record_feedback(referral.id, "已就诊", date(2026, 11, 1))
    done = service.record_feedback(referral.id, "已就诊，建议药物配合咨询", date(2026, 11, 23))
    assert done.status is ReferralStatus.FEEDBACK and done.feedback_on == date(2026, 11, 23)


def test_adults_consent_for_themselves(staff):
    li = staff.login("li")
    parent = ClientService(li).register(ClientDraft(name="张母", client_type=ClientType.PARENT))
    case = CaseService(li).open(parent.id, CaseDraft(date(2026, 9, 1), "亲子沟通", ProblemCategory.FAMILY))
    assert ReferralService(li).create(case.id, ReferralDraft("家庭治疗中心", "家庭治疗", date(2026, 11, 20)))


def test_search_long_and_short_words_only_in_cases_you_may_see(staff, case):
    li = staff.login("li")
    visits = VisitService(li)
    signed = visits.sign(visits.start(case.id).id, NOTE)
    draft = visits.start(case.id, VisitContent(complaint="还是很焦虑"))
    search = SearchService(li)
    assert {h.visit_id for h in search.search("考试焦虑")} == {signed.id}        # trigram index
    assert {h.visit_id for h in search.search("焦虑")} == {signed.id, draft.id}  # two characters: scan
    assert "考试焦虑" in search.search("考试焦虑")[0].snippet
    assert search.search("%") == [] and search.search("不存在的词") == []
    li.logout()
    zhou = staff.login("zhou")
    assert SearchService(zhou).search("焦虑") == []
    with pytest.raises(PermissionDenied):
        SearchService(zhou).search("焦虑", all_cases_reason="好奇")
    zhou.logout()
    sup = staff.login(SUPERVISOR)
    assert SearchService(sup).search("焦虑") == []
    assert len(SearchService(sup).search("焦虑", all_cases_reason="家长投诉核查")) == 2
    sup.logout()
    with pytest.raises(PermissionDenied):
        SearchService(staff.login("zhao")).search("焦虑")


def test_follow_ups_list_what_is_due(staff, case):
    li = staff.login("li")
    visits = VisitService(li)
    visits.start(case.id, VisitContent(complaint="草稿", visit_date=date(2026, 11, 21)))
    visits.sign(visits.start(case.id).id, VisitContent(**{**NOTE.__dict__, "risk": RiskLevel.HIGH,
                                                          "risk_self_harm": True}))
    crisis = CrisisService(li).open_crises()[0]
    CrisisService(li).settle_step(crisis.id, StepRecord(CrisisStep.FOLLOW_UP, StepState.DONE,
                                                        datetime(2026, 11, 20, 11), "李老师",
                                                        follow_up_dates=(date(2026, 11, 22), date(2099, 1, 1))))
    ReferralService(li).create(case.id, ReferralDraft("医院", "评估", date(2026, 11, 20), guardian_consent=True,
                                                      consent_on=date(2026, 11, 20), follow_up_on=date(2026, 11, 22)))
    items = FollowUpService(li).due(until=date(2026, 11, 23))
    kinds = [i.kind for i in items]
    assert kinds.count(FollowUpKind.UNSIGNED_RECORD) == 1
    assert kinds.count(FollowUpKind.CRISIS_STEP) == 4          # the four other steps are open
    assert kinds.count(FollowUpKind.CRISIS_FOLLOW_UP) == 1     # 2099 is not due yet
    assert kinds.count(FollowUpKind.REFERRAL_FEEDBACK) == 1
    assert all(i.client_name == "王䶮" for i in items)
    li.logout()
    zhou = staff.login("zhou")
    assert FollowUpService(zhou).due(until=date(2026, 11, 23)) == []
