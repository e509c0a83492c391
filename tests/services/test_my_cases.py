from datetime import date

import pytest

from rooms import SUPERVISOR
from counselroom.domain.cases import CaseClosing, CaseDraft, Outcome, ProblemCategory
from counselroom.domain.clients import ClientDraft
from counselroom.domain.errors import PermissionDenied
from counselroom.services.cases import CaseService
from counselroom.services.clients import ClientService
from counselroom.services.my_cases import count_my_open_cases, my_open_cases


def _case(session, name, **kw):
    client = ClientService(session).register(ClientDraft(name=name, grade="初二", class_name="3班"))
    return CaseService(session).open(client.id, CaseDraft(date(2026, 9, 1), "焦虑", ProblemCategory.EMOTION),
                                     **kw), client


def test_own_and_shared_open_cases_only(staff):
    sup = staff.login(SUPERVISOR)
    mine, client = _case(sup, "王䶮", counsellor_id=staff.ids["li"])
    shared, _ = _case(sup, "张三", counsellor_id=staff.ids["zhou"])
    other, _ = _case(sup, "李四", counsellor_id=staff.ids["zhou"])
    own_sup, _ = _case(sup, "赵五")
    closed, _ = _case(sup, "钱六", counsellor_id=staff.ids["li"])
    CaseService(sup).share(shared.id, staff.ids["li"])
    sup.logout()

    li = staff.login("li")
    CaseService(li).close(closed.id, CaseClosing(date(2026, 10, 1), "好转", Outcome.IMPROVED))
    rows = my_open_cases(li)
    assert {c.id for c, _, _ in rows} == {mine.id, shared.id}
    entry = next(r for r in rows if r[0].id == mine.id)
    assert entry[1] == "王䶮" and entry[2] == client.case_no
    li.logout()

    sup = staff.login(SUPERVISOR)
    assert [c.id for c, _, _ in my_open_cases(sup)] == [own_sup.id]
    sup.logout()


def test_assistant_and_locked_session_are_refused(staff):
    zhao = staff.login("zhao")
    with pytest.raises(PermissionDenied):
        my_open_cases(zhao)
    zhao.logout()
    li = staff.login("li")
    li.lock()
    with pytest.raises(PermissionDenied):
        my_open_cases(li)


def test_case_labels(staff):
    from counselroom.services.my_cases import case_labels

    li = staff.login("li")
    case, client = _case(li, "王䶮")
    assert case_labels(li, [case.id, case.id]) == {case.id: ("王䶮", client.case_no, 1)}
    assert case_labels(li, []) == {}


def test_the_newest_page_and_the_count_agree_with_the_whole_list(staff):
    li = staff.login("li")
    clients = ClientService(li)
    for n in range(5):
        client = clients.register(ClientDraft(name=f"王{n}", grade="初一", class_name="1班"))
        CaseService(li).open(client.id, CaseDraft(date(2026, 9, 1 + n), "考试焦虑", ProblemCategory.EMOTION))
    everything = my_open_cases(li)
    assert count_my_open_cases(li) == len(everything) >= 5
    assert [c.id for c, _, _ in my_open_cases(li, limit=3)] == [c.id for c, _, _ in everything[:3]]
    li.logout()
