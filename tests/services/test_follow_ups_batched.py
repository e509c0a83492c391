"""Follow-ups read the labels of every referral and draft in one query and list what reading
each case and client on its own listed (issue 15)."""

from __future__ import annotations

from datetime import date, time, timedelta

from rooms import SUPERVISOR
from counselroom.domain.cases import CaseDraft, ProblemCategory
from counselroom.domain.clients import ClientDraft, ClientType
from counselroom.domain.referrals import ReferralDraft
from counselroom.domain.visits import VisitContent
from counselroom.services.cases import CaseService
from counselroom.services.clients import ClientService
from counselroom.services.follow_ups import FollowUp, FollowUpKind, FollowUpService
from counselroom.services.referrals import ReferralService
from counselroom.services.visits import VisitService
from counselroom.storage.cases_repo import CaseRepository
from counselroom.storage.clients_repo import ClientRepository
from counselroom.storage.referrals_repo import ReferralRepository


def _one_by_one(session, until: date) -> list[FollowUp]:
    """Referral feedback and unsigned records as listed before: a case and a client read per row."""
    user, cases, clients = session.user, CaseRepository(session.db), ClientRepository(session.db)
    items = []
    for referral in ReferralRepository(session.db).awaiting_feedback():
        due = referral.follow_up_on or referral.referred_on
        case = cases.get(referral.case_id)
        mine = case.counsellor_id == user.id or user.id in cases.shared_with(case.id)
        if due <= until and (mine or user.is_supervisor):
            client = clients.get(case.client_id)
            items.append(FollowUp(FollowUpKind.REFERRAL_FEEDBACK, due, case.id, client.name, client.case_no,
                                  referral.id))
    for visit in VisitService(session).unsigned():
        case = cases.get(visit.case_id)
        client = clients.get(case.client_id)
        due = visit.content.visit_date or visit.created_at.astimezone().date()
        items.append(FollowUp(FollowUpKind.UNSIGNED_RECORD, due, case.id, client.name, client.case_no, visit.id))
    return items


def _parent_case(session, name: str):
    client = ClientService(session).register(ClientDraft(name=name, client_type=ClientType.PARENT))
    return CaseService(session).open(client.id, CaseDraft(date(2026, 9, 1), "亲子沟通", ProblemCategory.FAMILY))


def test_referrals_and_drafts_are_listed_as_before(staff):
    day = date(2026, 11, 20)
    li = staff.login("li")
    li_cases = [_parent_case(li, name) for name in ("王䶮", "欧阳子涵", "司马𠮷")]
    for n, case in enumerate(li_cases):
        ReferralService(li).create(case.id, ReferralDraft("家庭治疗中心", "家庭治疗", day - timedelta(days=n),
                                                          follow_up_on=day + timedelta(days=n)))
        VisitService(li).start(case.id, VisitContent(complaint="草稿", visit_date=day - timedelta(days=n)))
    li.logout()
    zhou = staff.login("zhou")
    own = _parent_case(zhou, "赵小明")
    ReferralService(zhou).create(own.id, ReferralDraft("市精神卫生中心", "评估", day))
    VisitService(zhou).start(own.id, VisitContent(complaint="草稿"))
    zhou.logout()
    sup = staff.login(SUPERVISOR)
    CaseService(sup).share(li_cases[1].id, staff.ids["zhou"])
    sup.logout()
    for who in ("li", "zhou", SUPERVISOR):
        session = staff.login(who)
        for until in (day - timedelta(days=1), day, day + timedelta(days=5)):
            due = [i for i in FollowUpService(session).due(until=until)
                   if i.kind in (FollowUpKind.REFERRAL_FEEDBACK, FollowUpKind.UNSIGNED_RECORD)]
            expected = _one_by_one(session, until)
            assert due == sorted(expected, key=lambda i: (i.due, i.kind.value, i.case_no)), (who, until)
        session.logout()
    zhou = staff.login("zhou")
    names = {i.client_name for i in FollowUpService(zhou).due(until=day + timedelta(days=5))
             if i.kind is FollowUpKind.REFERRAL_FEEDBACK}
    assert names == {"欧阳子涵", "赵小明"}      # the case shared with him, and his own
    zhou.logout()


def test_today_reuses_the_crises_it_read_and_leaves_drafts_to_their_block(staff):
    from counselroom.domain.visits import RiskLevel
    from counselroom.services.crisis import CrisisService

    day = date(2026, 11, 20)
    li = staff.login("li")
    cases = [_parent_case(li, name) for name in ("王䶮", "欧阳子涵")]
    ReferralService(li).create(cases[0].id, ReferralDraft("家庭治疗中心", "家庭治疗", day))
    VisitService(li).start(cases[1].id, VisitContent(complaint="草稿", visit_date=day))
    risky = VisitService(li).start(cases[1].id)
    VisitService(li).sign(risky.id, VisitContent(
        visit_date=day, start=time(9), end=time(9, 45), complaint="不想活了", process="评估自杀风险",
        assessment="高度风险", plan="联系家长", risk=RiskLevel.HIGH, risk_self_harm=True))
    crises = CrisisService(li).open_crises()
    assert crises
    full = FollowUpService(li).due()
    lean = FollowUpService(li).due(open_crises=crises, with_drafts=False)
    assert lean == [i for i in full if i.kind is not FollowUpKind.UNSIGNED_RECORD]
    assert any(i.kind is FollowUpKind.CRISIS_STEP for i in lean)
    li.logout()
