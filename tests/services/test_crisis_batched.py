"""Lists of crises read every crisis's steps in one query, and give what reading them crisis by
crisis gave (issue 15: 4,352 open crises were 4,352 queries on Today, Crises, Follow-ups, Closing)."""

from __future__ import annotations

import json
from datetime import date, datetime

from rooms import SUPERVISOR
from counselroom.domain.cases import CaseDraft, ProblemCategory
from counselroom.domain.clients import ClientDraft
from counselroom.domain.crisis import CrisisStep, StepRecord, StepState
from counselroom.services.cases import CaseService
from counselroom.services.clients import ClientService
from counselroom.services.closing import crises_reviewed
from counselroom.services.crisis import CrisisService
from counselroom.services.follow_ups import FollowUpService
from counselroom.storage.cases_repo import CaseRepository
from counselroom.storage.crises_repo import CrisisRepository
from test_crisis import RISKY, WHEN, settle_all, sign_risky


def _steps_one_by_one(db, crisis_id: int) -> tuple[StepRecord, ...]:
    """The steps of one crisis read on their own, as every list did before."""
    rows = {r[0]: r for r in db.query_all(
        "SELECT step, state, done_at, done_by, contact, method, note, reason, follow_up_dates, recorded_by "
        "FROM crisis_steps WHERE crisis_id = ?", (crisis_id,))}
    return tuple(StepRecord(step, StepState(r[1]), datetime.fromisoformat(r[2]) if r[2] else None, r[3], r[4], r[5],
                            r[6], r[7], tuple(date.fromisoformat(d) for d in json.loads(r[8])), r[9])
                 for step in CrisisStep for r in [rows[step.value]])


def _crises(staff):
    """li: three cases in crisis (one with steps settled, one closed), one shared with zhou; zhou: one of his own."""
    li = staff.login("li")
    cases = []
    for name in ("王䶮", "欧阳子涵", "司马𠮷", "李子墨"):
        client = ClientService(li).register(ClientDraft(name=name, grade="初二", class_name="3班"))
        cases.append(CaseService(li).open(client.id, CaseDraft(date(2026, 9, 1), "情绪低落", ProblemCategory.EMOTION)))
        sign_risky(li, cases[-1])
    service = CrisisService(li)
    by_case = {c.case_id: c for c in service.open_crises()}
    service.settle_step(by_case[cases[1].id].id, StepRecord(CrisisStep.GUARDIAN_INFORMED, StepState.DONE, WHEN,
                                                            "李老师", "母亲", "电话"))
    settle_all(service, by_case[cases[2].id].id)
    settle_all(service, by_case[cases[3].id].id)
    service.close(by_case[cases[3].id].id, "风险解除")
    li.logout()
    zhou = staff.login("zhou")
    client = ClientService(zhou).register(ClientDraft(name="赵小明", grade="高一", class_name="1班"))
    own = CaseService(zhou).open(client.id, CaseDraft(date(2026, 9, 1), "失眠", ProblemCategory.EMOTION))
    sign_risky(zhou, own, RISKY)
    zhou.logout()
    sup = staff.login(SUPERVISOR)
    CaseService(sup).share(cases[0].id, staff.ids["zhou"])
    sup.logout()


def test_lists_hold_what_each_crisis_read_alone_holds(staff):
    _crises(staff)
    sup = staff.login(SUPERVISOR)
    repo = CrisisRepository(sup.db)
    listed = repo.all_open() + repo.all_closed(100) + [c for k in repo.all_open() for c in repo.for_case(k.case_id)]
    assert len(repo.all_open()) == 4 and len(repo.all_closed(100)) == 1
    for crisis in listed:
        assert crisis == repo.get(crisis.id)
        assert crisis.steps == _steps_one_by_one(sup.db, crisis.id) == repo.steps(crisis.id)
    ids = [c.id for c in listed]
    assert repo.steps_of(ids) == {i: _steps_one_by_one(sup.db, i) for i in ids}
    assert repo.steps_of([]) == {}
    assert any(s.state is StepState.DONE for c in listed for s in c.steps)
    sup.logout()


def test_a_counsellor_lists_own_and_shared_crises_as_before(staff):
    _crises(staff)
    for who in ("li", "zhou", SUPERVISOR):
        session = staff.login(who)
        cases = CaseRepository(session.db)
        everything = CrisisRepository(session.db).all_open()
        expected = everything if who == SUPERVISOR else [
            c for c in everything if c.counsellor_id == session.user.id or session.user.id in cases.shared_with(c.case_id)]
        assert CrisisService(session).open_crises() == expected
        assert {c.client_name for c in CrisisService(session).open_crises()} == {
            "li": {"王䶮", "欧阳子涵", "司马𠮷"}, "zhou": {"王䶮", "赵小明"},
            SUPERVISOR: {"王䶮", "欧阳子涵", "司马𠮷", "赵小明"}}[who]
        session.logout()


def _statements(session, call) -> int:
    found: list[str] = []
    session.db.conn.set_trace_callback(found.append)
    try:
        call()
    finally:
        session.db.conn.set_trace_callback(None)
    return len([s for s in found if s.lstrip().upper().startswith("SELECT")])


def test_the_number_of_queries_does_not_grow_with_the_crises(staff):
    li = staff.login("li")
    client = ClientService(li).register(ClientDraft(name="王䶮", grade="初二", class_name="3班"))
    case = CaseService(li).open(client.id, CaseDraft(date(2026, 9, 1), "情绪低落", ProblemCategory.EMOTION))
    sign_risky(li, case)
    calls = {"open": lambda: CrisisService(li).open_crises(), "follow-ups": lambda: FollowUpService(li).due(),
             "closing": lambda: crises_reviewed(li, li.today())}
    one = {name: _statements(li, call) for name, call in calls.items()}
    for name in ("欧阳子涵", "司马𠮷", "李子墨"):
        client = ClientService(li).register(ClientDraft(name=name, grade="初二", class_name="3班"))
        case = CaseService(li).open(client.id, CaseDraft(date(2026, 9, 1), "情绪低落", ProblemCategory.EMOTION))
        sign_risky(li, case)
    assert len(CrisisService(li).open_crises()) == 4
    assert {name: _statements(li, call) for name, call in calls.items()} == one
    li.logout()
