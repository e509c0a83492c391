"""Search hits say where the words were found and carry a plain excerpt (addenda included)."""

from datetime import date, time

import pytest

from rooms import SUPERVISOR
from counselroom.domain.cases import CaseDraft, ProblemCategory
from counselroom.domain.clients import ClientDraft
from counselroom.domain.visits import VisitContent
from counselroom.services.cases import CaseService
from counselroom.services.clients import ClientService
from counselroom.services.search import SearchService
from counselroom.services.visits import VisitService
from counselroom.storage.search_repo import SNIPPET_AFTER, SNIPPET_BEFORE, excerpt

LONG = "开学第一周适应良好。" * 8


def _note(**fields) -> VisitContent:
    base = dict(visit_date=date(2026, 11, 20), start=time(9), end=time(9, 45), presenting_issue="适应问题",
                complaint="同学关系紧张", process="倾听", assessment="一般适应困难", plan="下周继续")
    return VisitContent(**{**base, **fields})


@pytest.fixture
def li_case(staff):
    session = staff.login("li")
    client = ClientService(session).register(ClientDraft(name="王䶮", grade="初二", class_name="3班"))
    case = CaseService(session).open(client.id, CaseDraft(date(2026, 9, 1), "适应", ProblemCategory.STUDY))
    yield session, case
    session.logout()


def test_hits_name_the_fields_in_record_order(li_case):
    li, case = li_case
    visits = VisitService(li)
    signed = visits.sign(visits.start(case.id).id,
                         _note(process=LONG + "提到失眠，" + LONG, plan="关注失眠情况"))
    [hit] = SearchService(li).search("失眠")          # two characters: the scan
    assert hit.visit_id == signed.id and hit.fields == ("process", "plan")
    assert hit.session_no == signed.session_no and hit.visit_date == "2026-11-20"
    assert "失眠" in hit.snippet and hit.snippet.startswith("…") and hit.snippet.endswith("…")
    assert len(hit.snippet) <= SNIPPET_BEFORE + len("失眠") + SNIPPET_AFTER + 2
    assert "[" not in hit.snippet and "]" not in hit.snippet
    [hit] = SearchService(li).search("失眠情况")      # three or more: the index
    assert hit.fields == ("plan",) and hit.snippet == "关注失眠情况"


def test_the_excerpt_prefers_the_narrative_to_the_presenting_issue(li_case):
    li, case = li_case
    visits = VisitService(li)
    visits.sign(visits.start(case.id).id, _note(presenting_issue="考试焦虑", assessment="中等程度的考试焦虑"))
    [hit] = SearchService(li).search("考试焦虑")
    assert hit.fields == ("presenting_issue", "assessment") and hit.snippet == "中等程度的考试焦虑"
    visits.sign(visits.start(case.id).id, _note(presenting_issue="厌学情绪"))
    assert [h.snippet for h in SearchService(li).search("厌学")] == ["厌学情绪"]


def test_addenda_are_searched_with_long_and_short_words(li_case):
    li, case = li_case
    visits = VisitService(li)
    signed = visits.sign(visits.start(case.id).id, _note())
    visits.add_addendum(signed.id, "补充：家长来电反映孩子夜里哭泣")
    for words in ("哭泣", "家长来电"):
        [hit] = SearchService(li).search(words)
        assert hit.fields == ("addendum",) and words in hit.snippet


def test_addenda_of_other_counsellors_cases_stay_out_of_reach(staff, li_case):
    li, case = li_case
    visits = VisitService(li)
    visits.add_addendum(visits.sign(visits.start(case.id).id, _note()).id, "家长来电反映情况")
    zhou = staff.login("zhou")
    assert SearchService(zhou).search("家长来电") == [] and SearchService(zhou).search("来电") == []
    zhou.logout()
    sup = staff.login(SUPERVISOR)
    assert SearchService(sup).search("来电") == []
    assert [h.fields for h in SearchService(sup).search("来电", all_cases_reason="家长投诉核查")] == [("addendum",)]
    sup.logout()


def test_case_and_line_breaks_do_not_spoil_the_excerpt(li_case):
    li, case = li_case
    visits = VisitService(li)
    visits.start(case.id, VisitContent(complaint="说自己是 INFP 性格\n所以不爱说话"))
    [hit] = SearchService(li).search("infp")
    assert hit.fields == ("complaint",) and hit.snippet == "说自己是 INFP 性格 所以不爱说话"


def test_excerpt_keeps_the_match_length():
    assert excerpt("a\tb\nc", 2, 1) == "a b c"
    text = "x" * 100 + "MATCH" + "y" * 100
    cut = excerpt(text, 100, 5)
    assert cut == "…" + "x" * SNIPPET_BEFORE + "MATCH" + "y" * SNIPPET_AFTER + "…"
