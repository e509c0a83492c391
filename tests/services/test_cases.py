from datetime import date, timedelta

import pytest

from rooms import SUPERVISOR
from counselroom.domain.access import CaseAccess
from counselroom.domain.audit import AuditFilter
from counselroom.domain.cases import CaseClosing, CaseDraft, Outcome, ProblemCategory
from counselroom.domain.clients import ClientDraft
from counselroom.domain.errors import PermissionDenied, ValidationError
from counselroom.services.audit_service import AuditService
from counselroom.services.cases import CaseService
from counselroom.services.clients import ClientService

DRAFT = CaseDraft(opened_on=date(2026, 9, 1), reason="考试焦虑，失眠", category=ProblemCategory.EMOTION,
                  plan="每周一次，共六次")


@pytest.fixture
def li_case(staff):
    session = staff.login("li")
    client = ClientService(session).register(ClientDraft(name="张三", grade="初二", class_name="3班"))
    case = CaseService(session).open(client.id, DRAFT)
    session.logout()
    return client, case


def test_counsellor_opens_own_case(li_case, staff):
    client, case = li_case
    assert case.number == 1 and case.counsellor_id == staff.ids["li"] and case.is_open
    session = staff.login("li")
    entries = CaseService(session).for_client(client.id)
    assert [(e.case.id, e.access) for e in entries] == [(case.id, CaseAccess.OWN)]
    assert CaseService(session).get(case.id).reason == "考试焦虑，失眠"


def test_other_counsellor_is_refused_until_shared(li_case, staff):
    _, case = li_case
    zhou = staff.login("zhou")
    with pytest.raises(PermissionDenied) as err:
        CaseService(zhou).get(case.id)
    assert err.value.code == "case.not_yours"
    zhou.logout()
    sup = staff.login(SUPERVISOR)
    CaseService(sup).share(case.id, staff.ids["zhou"])
    sup.logout()
    zhou = staff.login("zhou")
    assert CaseService(zhou).get(case.id).id == case.id


def test_listing_anothers_case_gives_no_clinical_text(li_case, staff):
    client, case = li_case
    for who in ("zhou", SUPERVISOR):
        session = staff.login(who)
        [entry] = CaseService(session).for_client(client.id)
        assert entry.access in (CaseAccess.NONE, CaseAccess.BREAK_GLASS)
        assert (entry.case.reason, entry.case.plan, entry.case.closing_summary) == ("", "", "")
        assert entry.counsellor_name and entry.case.number == 1
        session.logout()


def test_assistant_never_sees_cases(li_case, staff):
    client, case = li_case
    zhao = staff.login("zhao")
    service = CaseService(zhao)
    for call in (lambda: service.get(case.id), lambda: service.for_client(client.id),
                 lambda: service.open(client.id, DRAFT),
                 lambda: service.close(case.id, CaseClosing(date(2026, 10, 1), "好转", Outcome.IMPROVED)),
                 lambda: service.update_plan(case.id, DRAFT), lambda: service.reopen(case.id),
                 lambda: service.reassign(case.id, staff.ids["zhou"]),
                 lambda: service.share(case.id, staff.ids["zhou"])):
        with pytest.raises(PermissionDenied):
            call()


def test_supervisor_break_glass_needs_a_reason_and_is_audited(li_case, staff):
    _, case = li_case
    sup = staff.login(SUPERVISOR)
    service = CaseService(sup)
    with pytest.raises(PermissionDenied) as err:
        service.get(case.id)
    assert err.value.code == "case.reason_required"
    with pytest.raises(PermissionDenied):
        service.get(case.id, reason="   ")
    service.get(case.id, reason="家长投诉，需要核实记录")
    service.get(case.id)  # asked once per session
    rows = AuditService(sup).search(AuditFilter(action="case.break_glass"))
    assert len(rows) == 1 and rows[0].detail == {"reason": "家长投诉，需要核实记录"}
    sup.lock()
    sup.unlock("春眠不觉晓处处闻啼鸟")
    with pytest.raises(PermissionDenied):  # asked again after the lock
        service.get(case.id)


def test_only_the_supervisor_reassigns(li_case, staff):
    _, case = li_case
    li = staff.login("li")
    with pytest.raises(PermissionDenied):
        CaseService(li).reassign(case.id, staff.ids["zhou"])
    with pytest.raises(PermissionDenied):
        CaseService(li).open(case.client_id, DRAFT, counsellor_id=staff.ids["zhou"])
    li.logout()
    sup = staff.login(SUPERVISOR)
    with pytest.raises(ValidationError):
        CaseService(sup).reassign(case.id, staff.ids["zhao"])  # an assistant cannot hold a case
    assert CaseService(sup).reassign(case.id, staff.ids["zhou"]).counsellor_id == staff.ids["zhou"]
    sup.logout()
    li = staff.login("li")
    with pytest.raises(PermissionDenied):
        CaseService(li).get(case.id)


def test_close_with_outcome_and_satisfaction(li_case, staff):
    _, case = li_case
    li = staff.login("li")
    service = CaseService(li)
    with pytest.raises(ValidationError) as err:
        service.close(case.id, CaseClosing(date(2026, 8, 1), "好转", Outcome.IMPROVED))
    assert err.value.field == "closed_on"
    with pytest.raises(ValidationError) as err:
        service.close(case.id, CaseClosing(date(2026, 10, 1), "好转", Outcome.IMPROVED, satisfaction=6))
    assert err.value.field == "satisfaction"
    with pytest.raises(ValidationError) as err:
        service.close(case.id, CaseClosing(li.today() + timedelta(days=1), "好转", Outcome.IMPROVED))
    closed = service.close(case.id, CaseClosing(date(2026, 10, 1), "睡眠改善，焦虑减轻", Outcome.IMPROVED, 4))
    assert not closed.is_open and closed.satisfaction == 4 and closed.outcome is Outcome.IMPROVED
    with pytest.raises(ValidationError):
        service.close(case.id, CaseClosing(date(2026, 10, 1), "x", Outcome.IMPROVED))
    assert service.reopen(case.id).is_open
    second = service.open(case.client_id, DRAFT)
    assert second.number == 2
