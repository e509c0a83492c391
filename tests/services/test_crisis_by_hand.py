"""A crisis opened by hand (issue 17 §5): a 班主任 calls about a student who never visited."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest

from old_schema import NOW, database_at, migrate_all
from pinned_clock import today
from rooms import SUPERVISOR
from counselroom.domain.audit import Action, AuditFilter
from counselroom.domain.cases import CaseClosing, CaseDraft, Outcome, ProblemCategory
from counselroom.domain.clients import ClientDraft, ClientQuery, ReferralSource
from counselroom.domain.crisis import CrisisReport, CrisisSource, CrisisStep, StepRecord, StepState
from counselroom.domain.errors import PermissionDenied, ValidationError
from counselroom.domain.visits import RiskLevel
from counselroom.services.audit_service import AuditService
from counselroom.services.cases import CaseService
from counselroom.services.clients import ClientService
from counselroom.services.crisis import CrisisService
from counselroom.storage.crises_repo import CrisisRepository


def report(**changes) -> CrisisReport:
    reported = datetime.combine(today(), datetime.min.time()) + timedelta(hours=8)
    return replace(CrisisReport(CrisisSource.HEAD_TEACHER, RiskLevel.HIGH, "学生在周记里写了想死，今天没来上课",
                                reported, "王老师（初二3班班主任）", "139 0000 1111"), **changes)


NEW = ClientDraft(name="张小雨", grade="初二", class_name="3班", guardian_name="张母", guardian_contact="13800001111")


def actions(staff) -> list[tuple[str, dict]]:
    boss = staff.login(SUPERVISOR)
    return [(e.action, e.detail) for e in reversed(AuditService(boss).search(AuditFilter(limit=20)))]


def settle_all(service: CrisisService, crisis_id: int) -> None:
    when = datetime.combine(today(), datetime.min.time()) + timedelta(hours=9)
    for step in CrisisStep:
        record = (StepRecord(step, StepState.NOT_APPLICABLE, reason="家长自行就医") if step is CrisisStep.REFERRAL
                  else StepRecord(step, StepState.DONE, when, "李老师", "张母", "电话",
                                  follow_up_dates=(today() + timedelta(days=7),)))
        service.settle_step(crisis_id, record)


def test_a_student_never_seen_is_registered_given_a_case_and_a_crisis_with_its_five_steps(staff):
    li = staff.login("li")
    crises = CrisisService(li)
    crisis = crises.open_by_hand(report(), new_client=NEW)

    client = ClientService(li).get(crisis.client_id)
    assert (client.name, client.referral_source) == ("张小雨", ReferralSource.HEAD_TEACHER)
    [entry] = CaseService(li).for_client(client.id)
    assert (entry.case.counsellor_id, entry.case.reason, entry.case.opened_on) == (
        li.user.id, "学生在周记里写了想死，今天没来上课", today())
    assert crisis.case_id == entry.case.id and crisis.is_open and crisis.risk is RiskLevel.HIGH
    assert crisis.visit_id is None and crisis.test_id is None and crisis.opened_by_hand
    assert crisis.pending == list(CrisisStep)
    assert crisis.report == report()
    assert [c.id for c in crises.open_crises()] == [crisis.id]
    audited = [(a, d) for a, d in actions(staff) if a != Action.LOGIN.value]
    assert [a for a, _ in audited][-4:] == [Action.CLIENT_CREATED.value, Action.CASE_OPENED.value,
                                            Action.CRISIS_OPENED.value, Action.CLIENT_VIEWED.value]
    assert audited[-2][1] == {"crisis": crisis.id, "risk": "high", "source": "head_teacher", "by_hand": True}

    # The same closed loop as any crisis: every step settled, then closed, then the case may close.
    settle_all(crises, crisis.id)
    assert not crises.close(crisis.id, "已转介并随访").is_open
    CaseService(li).close(crisis.case_id, CaseClosing(today(), "危机解除", Outcome.IMPROVED))


def test_it_joins_the_counsellors_open_case_and_one_crisis_at_a_time(staff):
    li, zhou = staff.login("li"), staff.login("zhou")
    client = ClientService(li).register(ClientDraft(name="王䶮", grade="初二", class_name="3班"))
    mine = CaseService(li).open(client.id, CaseDraft(date(2026, 9, 1), "焦虑", ProblemCategory.EMOTION))
    theirs = CaseService(zhou).open(client.id, CaseDraft(date(2026, 9, 1), "学业", ProblemCategory.STUDY))

    crisis = CrisisService(li).open_by_hand(report(source=CrisisSource.SELF, reporter=""), client_id=client.id)
    assert crisis.case_id == mine.id
    assert crisis.report is not None and crisis.report.source is CrisisSource.SELF
    with pytest.raises(ValidationError) as refused:
        CrisisService(li).open_by_hand(report(), client_id=client.id)
    assert (refused.value.field, refused.value.code) == ("client", "crisis.already_open")

    # zhou holds another open case of the client: zhou's crisis is in zhou's case, li's untouched.
    other = CrisisService(zhou).open_by_hand(report(risk=RiskLevel.MEDIUM), client_id=client.id)
    assert other.case_id == theirs.id and other.id != crisis.id
    assert [c.id for c in CrisisService(li).open_crises()] == [crisis.id]
    assert len(CaseService(li).for_client(client.id)) == 2


def test_the_supervisor_opens_one_for_a_colleague(staff):
    boss = staff.login(SUPERVISOR)
    crisis = CrisisService(boss).open_by_hand(report(source=CrisisSource.PARENT, reporter="张母"), new_client=NEW,
                                              counsellor_id=staff.ids["li"])
    li = staff.login("li")
    [seen] = CrisisService(li).open_crises()
    assert (seen.id, seen.counsellor_id) == (crisis.id, staff.ids["li"])
    assert ClientService(li).get(crisis.client_id).referral_source is ReferralSource.PARENT


@pytest.mark.parametrize(("changes", "field", "code"), [
    (dict(risk=RiskLevel.LOW), "risk", "crisis.level"),
    (dict(report=" \n "), "report", "field.required"),
    (dict(reporter=""), "reporter", "field.required"),
    (dict(reporter_contact="1" * 201), "reporter_contact", "text.too_long"),
    (dict(reported_at=datetime(2099, 1, 1, 8)), "reported_at", "date.in_future"),
])
def test_what_is_refused_at_its_field_stores_nothing(staff, changes, field, code):
    li = staff.login("li")
    before = len(ClientService(li).search(ClientQuery()))
    with pytest.raises(ValidationError) as refused:
        CrisisService(li).open_by_hand(report(**changes), new_client=NEW)
    assert (refused.value.field, refused.value.code) == (field, code)
    assert len(ClientService(li).search(ClientQuery())) == before and CrisisService(li).open_crises() == []


def test_a_client_is_named_once_and_a_bad_registration_stores_nothing(staff):
    li = staff.login("li")
    client = ClientService(li).register(ClientDraft(name="王䶮", grade="初二"))
    for given in (dict(), dict(client_id=client.id, new_client=NEW)):
        with pytest.raises(ValidationError) as refused:
            CrisisService(li).open_by_hand(report(), **given)
        assert refused.value.code == "crisis.client_required"
    with pytest.raises(ValidationError) as refused:
        CrisisService(li).open_by_hand(report(), new_client=ClientDraft(name="张小雨"))   # a student needs a class
    assert refused.value.code == "client.student_needs_class"
    assert [c.name for c in ClientService(li).search(ClientQuery())] == ["王䶮"]
    with pytest.raises(PermissionDenied):
        CrisisService(staff.login("zhao")).open_by_hand(report(), new_client=NEW)
    assert CrisisService(li).open_crises() == []


def test_an_archive_made_before_schema_22_reads_its_crises(tmp_path):
    """Archives are read with the live repositories; one exported before the report columns has none."""
    db, key = database_at(tmp_path, 21)
    try:
        with db.transaction():
            db.execute("INSERT INTO crises (id, case_id, risk, opened_at, opened_by) VALUES (1, 1, 'high', ?, 1)",
                       (NOW,))
            for step in CrisisStep:
                db.execute("INSERT INTO crisis_steps (crisis_id, step) VALUES (1, ?)", (step.value,))
        [old] = CrisisRepository(db).for_case(1)
        assert old.report is None and not old.opened_by_hand
        migrate_all(db, key, tmp_path)
        assert CrisisRepository(db).for_case(1) == [old]
    finally:
        db.close()
