"""Notes search: the newest records first, a page at a time, saying whether older ones match too."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from rooms import SUPERVISOR
from counselroom.domain.audit import Action, AuditFilter
from counselroom.domain.cases import CaseDraft, ProblemCategory
from counselroom.domain.clients import ClientDraft
from counselroom.domain.visits import VisitContent
from counselroom.services.audit_service import AuditService
from counselroom.services.cases import CaseService
from counselroom.services.clients import ClientService
from counselroom.services.search import SearchService
from counselroom.services.visits import VisitService


def _note(day: date, complaint: str) -> VisitContent:
    return VisitContent(visit_date=day, start=time(9), end=time(9, 45), presenting_issue="考试焦虑",
                        complaint=complaint, process="放松训练", assessment="焦虑情绪", plan="下周继续")


@pytest.fixture
def records(staff):
    """li: eleven records mentioning 考试压力 (one only in an addendum) and one that does not."""
    li = staff.login("li")
    client = ClientService(li).register(ClientDraft(name="王䶮", grade="初二", class_name="3班"))
    case = CaseService(li).open(client.id, CaseDraft(date(2026, 9, 1), "焦虑", ProblemCategory.EMOTION))
    visits = VisitService(li)
    ids = []
    for n in range(12):
        text = "最近考试压力很大" if n not in (3, 7) else "和同学闹矛盾"
        visit = visits.sign(visits.start(case.id).id, _note(date(2026, 10, 1) + timedelta(days=n), text))
        if n == 7:
            visits.add_addendum(visit.id, "补充：其实也有考试压力")
        if n != 3:
            ids.append(visit.id)
    li.logout()
    return sorted(ids, reverse=True)


@pytest.mark.parametrize("words", ["考试压力", "压力"])   # the trigram index, and the scan
def test_pages_of_the_newest_first_until_none_is_left(staff, records, words):
    li = staff.login("li")
    service = SearchService(li)
    everything = service.find(words, limit=100)
    assert [h.visit_id for h in everything.hits] == records and not everything.more
    pages, older_than = [], None
    while True:
        page = service.find(words, limit=4, older_than=older_than)
        pages.append([h.visit_id for h in page.hits])
        if not page.more:
            break
        older_than = page.hits[-1].visit_id
    assert pages == [records[0:4], records[4:8], records[8:11]]
    assert service.find(words, limit=11).more is False and service.find(words, limit=10).more is True
    assert service.search(words, limit=3) == everything.hits[:3]
    addendum_only = next(h for h in everything.hits if h.fields == ("addendum",))
    assert addendum_only.visit_id in pages[1]
    li.logout()


def test_others_see_nothing_and_each_page_of_an_all_cases_search_is_audited(staff, records):
    zhou = staff.login("zhou")
    assert SearchService(zhou).find("考试压力") == SearchService(zhou).find("考试压力", limit=1)
    assert SearchService(zhou).find("考试压力").hits == [] and not SearchService(zhou).find("压力").more
    zhou.logout()
    sup = staff.login(SUPERVISOR)
    service = SearchService(sup)
    assert service.find("考试压力").hits == []
    first = service.find("考试压力", all_cases_reason="家长投诉核查", limit=5)
    second = service.find("考试压力", all_cases_reason="家长投诉核查", limit=5, older_than=first.hits[-1].visit_id)
    assert [h.visit_id for h in first.hits + second.hits] == records[:10] and second.more
    rows = AuditService(sup).search(AuditFilter(action=Action.NOTES_SEARCHED.value))
    assert sorted(r.detail["hits"] for r in rows) == [5, 5]
    sup.logout()


def test_many_or_few_records_in_scope_give_the_same_hits(staff, records, monkeypatch):
    """A counsellor with few records lists them before asking the index; with many, each hit's
    record says whether it is in scope: the same hits either way."""
    from counselroom.storage import search_repo

    li = staff.login("li")
    found, usual = {}, search_repo._FEW_VISITS
    for few in (usual, 0):
        monkeypatch.setattr(search_repo, "_FEW_VISITS", few)
        found[few] = [(SearchService(li).find(w, limit=4, older_than=o).hits) for w in ("考试压力", "压力")
                      for o in (None, records[3])]
    assert found[0] == found[usual] and all(found[0])
    li.logout()
