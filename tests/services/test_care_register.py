"""The 重点关注 register (R20): lifecycle, history kept, who may see and change what, audit rows."""

from __future__ import annotations

from datetime import timedelta

import pytest

from rooms import SUPERVISOR
from counselroom.domain.audit import Action, AuditFilter
from counselroom.domain.care_register import (
    ChangeKind, EntryDraft, EntryFilter, Level, LevelWording, ReasonCategory, Source, Status,
)
from counselroom.domain.cases import CaseDraft, ProblemCategory
from counselroom.domain.clients import ClientDraft
from counselroom.domain.errors import PermissionDenied, ValidationError
from counselroom.domain.periods import month_period
from counselroom.domain.statistics import Section, TableId
from counselroom.services.audit_service import AuditService
from counselroom.services.care_register import CareRegisterService
from counselroom.services.cases import CaseService
from counselroom.services.clients import ClientService
from counselroom.services.follow_ups import FollowUpKind, FollowUpService
from counselroom.services.statistics import StatisticsService


def _draft(responsible: int, **changes) -> EntryDraft:
    values = dict(level=Level.LEVEL2, reason_category=ReasonCategory.EMOTIONAL, responsible_id=responsible,
                  concern="期中后情绪低落", head_teacher="陈老师", plan="每周约谈一次；与班主任保持联系")
    values.update(changes)
    return EntryDraft(**values)


@pytest.fixture
def people(staff):
    sessions = {name: staff.login(name) for name in ("li", "zhou", "zhao", SUPERVISOR)}
    yield sessions
    for session in sessions.values():
        session.logout()


def _student(session, name: str = "王䶮") -> int:
    return ClientService(session).register(ClientDraft(name=name, grade="初二", class_name="3班")).id


def test_an_entry_lives_changes_level_with_its_reason_is_reviewed_exits_and_may_come_back(people):
    li = people["li"]
    register = CareRegisterService(li)
    client = _student(li)
    today = li.today()
    entry = register.add(client, _draft(li.user.id, next_review=today + timedelta(days=14)), Source.TEACHER)
    assert (entry.level, entry.status, entry.source, entry.client_name) == (Level.LEVEL2, Status.OPEN,
                                                                          Source.TEACHER, "王䶮")
    assert [c.kind for c in entry.changes] == [ChangeKind.ENTERED]

    entry = register.change_level(entry.id, Level.LEVEL1, "自述有轻生念头")
    assert entry.level is Level.LEVEL1
    change = entry.changes[-1]
    assert (change.kind, change.level_before, change.level, change.note, change.by_name) == (
        ChangeKind.LEVEL, Level.LEVEL2, Level.LEVEL1, "自述有轻生念头", "李老师")
    with pytest.raises(ValidationError) as same:
        register.change_level(entry.id, Level.LEVEL1, "再次")
    assert same.value.code == "register.same_level"
    with pytest.raises(ValidationError) as no_reason:
        register.change_level(entry.id, Level.LEVEL3, "  ")
    assert no_reason.value.field == "reason"

    entry = register.review(entry.id, today, "情绪好转，继续每周约谈", today + timedelta(days=7))
    assert entry.next_review == today + timedelta(days=7)
    assert [r.note for r in entry.reviews] == ["情绪好转，继续每周约谈"]
    with pytest.raises(ValidationError) as past:
        register.review(entry.id, today, "x", today - timedelta(days=1))
    assert past.value.code == "register.review_in_past"

    entry = register.update(entry.id, _draft(li.user.id, plan="两周一次", next_review=today + timedelta(days=7)))
    assert entry.plan == "两周一次" and entry.changes[-1].kind is ChangeKind.DETAILS

    with pytest.raises(ValidationError) as twice:
        register.add(client, _draft(li.user.id), Source.PARENT)
    assert twice.value.code == "register.already_open"

    entry = register.exit(entry.id, "连续两月稳定，解除关注")
    assert entry.status is Status.EXITED and entry.exit_reason == "连续两月稳定，解除关注"
    assert entry.next_review is None
    assert [c.kind for c in entry.changes] == [ChangeKind.ENTERED, ChangeKind.LEVEL, ChangeKind.REVIEW,
                                               ChangeKind.DETAILS, ChangeKind.EXITED]
    with pytest.raises(ValidationError) as closed:
        register.review(entry.id, today, "x", None)
    assert closed.value.code == "register.exited"

    again = register.add(client, _draft(li.user.id, level=Level.LEVEL3), Source.SCREENING,
                         source_ref="screening_interview:7")
    assert again.id != entry.id and again.source_ref == "screening_interview:7"
    assert [e.id for e in register.find(EntryFilter(status=None))] == [again.id, entry.id]
    assert [e.id for e in register.find()] == [again.id]


def test_who_sees_and_changes_what(people):
    li, zhou, zhao, boss = people["li"], people["zhou"], people["zhao"], people[SUPERVISOR]
    mine = CareRegisterService(li).add(_student(li), _draft(li.user.id), Source.COUNSELLOR)
    # zhou holds a case of this student, so zhou sees li's entry about them.
    shared_client = _student(li, "张三")
    CaseService(boss).open(shared_client, CaseDraft(li.today(), "学业", ProblemCategory.STUDY),
                         counsellor_id=zhou.user.id)
    theirs = CareRegisterService(li).add(shared_client, _draft(li.user.id), Source.PARENT)

    assert {e.id for e in CareRegisterService(zhou).find()} == {theirs.id}
    with pytest.raises(PermissionDenied):
        CareRegisterService(zhou).get(mine.id)
    with pytest.raises(PermissionDenied):
        CareRegisterService(zhou).change_level(mine.id, Level.LEVEL1, "x")
    assert CareRegisterService(zhou).get(theirs.id).id == theirs.id
    assert {e.id for e in CareRegisterService(boss).find()} == {mine.id, theirs.id}

    # A counsellor is responsible only themselves; the supervisor names anyone.
    with pytest.raises(PermissionDenied):
        CareRegisterService(li).add(_student(li, "李四"), _draft(zhou.user.id), Source.SELF)
    assigned = CareRegisterService(boss).add(_student(boss, "赵五"), _draft(zhou.user.id), Source.SELF)
    assert assigned.responsible_name == "周老师"
    assert assigned.id in {e.id for e in CareRegisterService(zhou).find()}

    # The assistant: nothing at all, not even the due reviews or the level's words.
    for call in (lambda r: r.find(), lambda r: r.get(mine.id), lambda r: r.reviews_due(),
                 lambda r: r.add(_student(zhao, "钱六"), _draft(zhao.user.id), Source.SELF),
                 lambda r: r.exit(mine.id, "x"), lambda r: r.level_wording()):
        with pytest.raises(PermissionDenied):
            call(CareRegisterService(zhao))

    # The wording is the supervisor's setting.
    with pytest.raises(PermissionDenied):
        CareRegisterService(li).set_level_wording(LevelWording.COLOURS)
    CareRegisterService(boss).set_level_wording(LevelWording.COLOURS)
    assert CareRegisterService(li).level_wording() is LevelWording.COLOURS


def test_reads_and_writes_are_audited_and_reviews_due_reach_follow_ups(people):
    li, boss = people["li"], people[SUPERVISOR]
    register = CareRegisterService(li)
    today = li.today()
    entry = register.add(_student(li), _draft(li.user.id, next_review=today), Source.CRISIS, source_ref="crisis:3")
    register.find(EntryFilter(level=Level.LEVEL2))
    register.get(entry.id)
    register.change_level(entry.id, Level.LEVEL3, "好转")

    due = FollowUpService(li).due()
    reviews = [f for f in due if f.kind is FollowUpKind.REGISTER_REVIEW]
    assert [(f.target_id, f.due, f.client_name) for f in reviews] == [(entry.id, today, "王䶮")]
    assert [r.entry_id for r in register.reviews_due()] == [entry.id]

    register.review(entry.id, today, "稳定", today + timedelta(days=30))
    assert [f for f in FollowUpService(li).due() if f.kind is FollowUpKind.REGISTER_REVIEW] == []

    audit = AuditService(boss)
    rows = {a: audit.search(AuditFilter(action=a.value)) for a in (
        Action.REGISTER_ENTERED, Action.REGISTER_LISTED, Action.REGISTER_VIEWED, Action.REGISTER_LEVEL_CHANGED,
        Action.REGISTER_REVIEWED)}
    assert all(len(found) == 1 for found in rows.values()), {a.value: len(f) for a, f in rows.items()}
    assert rows[Action.REGISTER_ENTERED][0].detail["source_ref"] == "crisis:3"
    assert rows[Action.REGISTER_LISTED][0].detail["count"] == 1
    assert rows[Action.REGISTER_LEVEL_CHANGED][0].detail == {"from": "level2", "to": "level3"}
    assert rows[Action.REGISTER_VIEWED][0].target == f"register:{entry.id}"


def test_statistics_count_by_level_and_source_open_at_the_end_and_added(people):
    li, boss = people["li"], people[SUPERVISOR]
    register = CareRegisterService(li)
    first = register.add(_student(li), _draft(li.user.id, level=Level.LEVEL1), Source.CRISIS)
    register.add(_student(li, "张三"), _draft(li.user.id), Source.SCREENING)
    gone = register.add(_student(li, "李四"), _draft(li.user.id, level=Level.LEVEL3), Source.TEACHER)
    register.change_level(first.id, Level.LEVEL2, "好转")
    register.exit(gone.id, "稳定")
    today = li.today()
    figures = StatisticsService(boss).figures(month_period(today.year, today.month))
    assert figures.table(TableId.REGISTER_ADDED_BY_LEVEL).by_row() == {"level1": 1, "level2": 1, "level3": 1}
    assert figures.table(TableId.REGISTER_OPEN_BY_LEVEL).by_row() == {"level1": 0, "level2": 2, "level3": 0}
    assert figures.table(TableId.REGISTER_OPEN_BY_SOURCE).by_row()["crisis"] == 1
    assert figures.table(TableId.REGISTER_ADDED_BY_SOURCE).by_row()["teacher"] == 1
    assert figures.table(TableId.REGISTER_OPEN_BY_LEVEL).section is Section.REGISTER
    CareRegisterService(boss).set_level_wording(LevelWording.COLOURS)
    again = StatisticsService(boss).figures(month_period(today.year, today.month))
    assert [r.zh for r in again.table(TableId.REGISTER_OPEN_BY_LEVEL).rows] == ["红", "橙", "黄"]
    # Last month: nothing was on the register yet.
    before = today.replace(day=1) - timedelta(days=1)
    earlier = StatisticsService(boss).figures(month_period(before.year, before.month))
    assert earlier.table(TableId.REGISTER_OPEN_BY_LEVEL).total == 0
