"""Screening campaigns (心理普查, issue 17 §1): set-up, scope, sheets all or nothing, scoring with
subscale, validity and positive rules, interviews to each outcome, the summary, permissions, audit."""

from __future__ import annotations

import shutil
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from archive_fixtures import _TemplateKeyring
from rooms import STAFF_PW, SUPERVISOR, SUPERVISOR_PW, Room
from counselroom.domain.archive import Quarter
from counselroom.domain.audit import Action, AuditFilter
from counselroom.domain.care_register import EntryDraft, Level, ReasonCategory
from counselroom.domain.cases import CaseDraft, ProblemCategory
from counselroom.domain.clients import ClientDraft, ClientType
from counselroom.domain.errors import PermissionDenied, ValidationError
from counselroom.domain.screening import (
    CampaignDraft, CampaignStatus, ClassRef, EntryMethod, FollowUpState, InterviewOutcome, SheetDraft,
    SheetsRejected, SheetState,
)
from counselroom.domain.statistics import ScreeningTableId
from counselroom.services.audit_service import AuditService
from counselroom.services.auth import login
from counselroom.services.care_register import CareRegisterService
from counselroom.services.cases import CaseService
from counselroom.services.clients import ClientService
from counselroom.services.installation import Installation
from counselroom.services.scales import ScaleService
from counselroom.services.screening import ScreeningService
from counselroom.storage.quarter_repo import QuarterRepository

SCALES = Path(__file__).resolve().parents[1] / "fixtures" / "scales"
SCL, MHT = "scl90_like", "mht_like"
# The school: 初一 has two classes (1班: 6 students, 2班: 4), 初二 1班 has 3 and 2班 2; a parent and a
# student who left are in 初一 too and never screened.
CLASSES = {("初一", "1班"): 6, ("初一", "2班"): 4, ("初二", "1班"): 3, ("初二", "2班"): 2}


def _scl(level: str) -> dict[str, str]:
    return {str(i): level for i in range(1, 91)}           # "1": total 90, negative; "3": 270, positive


def _mht(content: str, validity: str) -> dict[str, str]:
    answers = {str(i): content for i in range(1, 91)}      # "yes": positive; "no": negative
    answers.update({str(i): validity for i in range(91, 101)})   # "no" to 8 or more: invalid
    return answers


def _build(room: Room) -> dict:
    boss = login(room.inst, SUPERVISOR, SUPERVISOR_PW)
    for code in (SCL, MHT):
        ScaleService(boss).import_definition((SCALES / f"{code}.json").read_bytes(), "测试用合成量表")
    clients = ClientService(boss)
    students: dict[tuple[str, str], list[int]] = {}
    for (grade, class_name), n in CLASSES.items():
        students[(grade, class_name)] = [
            clients.register(ClientDraft(name=f"{grade}{class_name}{k}号", grade=grade, class_name=class_name,
                                         student_no=f"{grade}{class_name}{k:02d}")).id for k in range(1, n + 1)]
    clients.register(ClientDraft(name="家长甲", client_type=ClientType.PARENT, grade="初一", class_name="1班"))
    left = clients.register(ClientDraft(name="已转学", grade="初一", class_name="1班"))
    clients.set_active(left.id, False)
    boss.logout()
    return {"students": students, "left": left.id}


@pytest.fixture(scope="module")
def _school_template(_staff_template, tmp_path_factory):
    template, ids = _staff_template
    with _TemplateKeyring(template.backend.entries) as backend:
        inst = Installation(tmp_path_factory.mktemp("screening") / "data")
        shutil.copytree(template.inst.data_dir, inst.data_dir)
        built = _build(Room(inst, backend, template.recovery_groups))
        entries = dict(backend.entries)
    return inst, entries, built | {"ids": ids}


class School:
    def __init__(self, inst: Installation, built: dict) -> None:
        self.inst = inst
        self.students = built["students"]
        self.left = built["left"]
        self.ids = built["ids"]
        self._open: list = []

    def login(self, name: str):
        session = login(self.inst, name, SUPERVISOR_PW if name == SUPERVISOR else STAFF_PW)
        self._open.append(session)
        return session

    def close(self) -> None:
        for session in self._open:
            if not session.locked:
                session.logout()


@pytest.fixture
def school(_school_template, tmp_path, memory_keyring):
    inst, entries, built = _school_template
    copy = Installation(tmp_path / "data")
    shutil.copytree(inst.data_dir, copy.data_dir)
    memory_keyring.entries.update(entries)
    made = School(copy, built)
    yield made
    made.close()


def _draft(session, **changes) -> CampaignDraft:
    today = session.today()
    base = dict(name="2026学年心理普查", scale_codes=(SCL, MHT), grades=("初一",), classes=(ClassRef("初二", "1班"),),
                starts_on=today - timedelta(days=3), ends_on=today + timedelta(days=10),
                notice="已于开学家长会告知，家长可书面申请不参加。")
    return CampaignDraft(**(base | changes))


def _opened(school, boss, **changes):
    """An open campaign over 初一 and 初二 1班: 初一 1班's first student excluded, its second opted out."""
    first, second = school.students[("初一", "1班")][:2]
    service = ScreeningService(boss)
    campaign = service.create(_draft(boss, excluded=(first,), opted_out=(second,), **changes))
    return service.open(campaign.id)


def _actions(boss, action: Action) -> list:
    return AuditService(boss).search(AuditFilter(action=action.value))


# -- set-up and scope ----------------------------------------------------------------------------------------
def test_campaign_set_up_scope_and_status(school):
    boss = school.login(SUPERVISOR)
    service = ScreeningService(boss)
    first, second = school.students[("初一", "1班")][:2]
    campaign = service.create(_draft(boss, notice="", excluded=(first, second), opted_out=(second,)))
    assert campaign.status is CampaignStatus.DRAFT and campaign.created_by == boss.user.id
    # the exact stored definitions, by digest
    assert [s.code for s in campaign.scales] == [SCL, MHT]
    assert campaign.scales[0].digest == ScaleService(boss).get(SCL).definition.digest
    # on both lists: the parents' word is what is kept
    assert campaign.excluded == (first,) and campaign.opted_out == (second,)
    scope = service.students_in_scope(campaign.id)
    # 初一 (6 + 4) and 初二 1班 (3); not 初二 2班, the parent or the student who left; two left out
    assert len(scope.students) == 6 + 4 + 3 - 2
    assert [s.client_id for s in scope.excluded] == [first] and [s.client_id for s in scope.opted_out] == [second]
    assert {s.grade + s.class_name for s in scope.students} == {"初一1班", "初一2班", "初二1班"}
    with pytest.raises(ValidationError) as no_notice:
        service.open(campaign.id)
    assert no_notice.value.code == "screening.notice_required"
    with pytest.raises(ValidationError) as not_open:
        service.record_sheets(campaign.id, [SheetDraft(school.students[("初一", "2班")][0], SCL, _scl("1"))])
    assert not_open.value.code == "screening.not_open"
    campaign = service.update(campaign.id, _draft(boss, scale_codes=(SCL,), opted_out=(second,)))
    assert campaign.scale_codes == (SCL,) and campaign.excluded == ()
    opened = service.open(campaign.id)
    assert opened.status is CampaignStatus.OPEN and opened.opened_at is not None
    with pytest.raises(ValidationError) as fixed:
        service.update(campaign.id, _draft(boss, scale_codes=(SCL, MHT)))
    assert fixed.value.code == "screening.scales_fixed"
    service.record_sheets(campaign.id, [SheetDraft(first, SCL, _scl("1"))])
    with pytest.raises(ValidationError) as screened:
        service.update(campaign.id, _draft(boss, scale_codes=(SCL,), excluded=(first,)))
    assert screened.value.code == "screening.left_out_screened"
    closed = service.close(campaign.id)
    assert closed.status is CampaignStatus.CLOSED
    with pytest.raises(ValidationError):
        service.record_sheets(campaign.id, [SheetDraft(school.students[("初一", "2班")][0], SCL, _scl("1"))])
    assert [c.id for c in service.campaigns()] == [campaign.id]
    assert len(_actions(boss, Action.SCREENING_CAMPAIGN_CREATED)) == 1
    assert len(_actions(boss, Action.SCREENING_CAMPAIGN_UPDATED)) == 1
    assert _actions(boss, Action.SCREENING_CAMPAIGN_OPENED)[0].detail == {"students": 12}
    assert _actions(boss, Action.SCREENING_CAMPAIGN_CLOSED)[0].detail == {"sheets": 1, "students": 12, "left_out": 1}


def test_campaign_drafts_are_checked(school):
    boss = school.login(SUPERVISOR)
    for changes, field, code in [
        (dict(name=" "), "name", "field.required"),
        (dict(scale_codes=()), "scale_codes", "screening.no_scale"),
        (dict(scale_codes=("nosuch",)), "scale_codes", "screening.scale_unknown"),
        (dict(grades=(), classes=()), "scope", "screening.no_scope"),
        (dict(ends_on=None), "ends_on", "field.required"),
        (dict(ends_on=boss.today() - timedelta(days=30)), "ends_on", "screening.window_reversed"),
    ]:
        with pytest.raises(ValidationError) as err:
            ScreeningService(boss).create(_draft(boss, **changes))
        assert (err.value.field, err.value.code) == (field, code)
    assert ScreeningService(boss).campaigns() == []


# -- sheets ------------------------------------------------------------------------------------------------
def test_sheets_are_scored_with_subscales_validity_and_positive_rules(school):
    boss = school.login(SUPERVISOR)
    campaign = _opened(school, boss)
    a, b, c = school.students[("初一", "2班")][:3]
    li = school.login("li")
    recorded = ScreeningService(li).record_sheets(campaign.id, [
        SheetDraft(a, SCL, _scl("1"), EntryMethod.IMPORT, 2),
        SheetDraft(a, MHT, _mht("no", "yes"), EntryMethod.IMPORT, 2),
        SheetDraft(b, SCL, _scl("3"), EntryMethod.IMPORT, 3),
        SheetDraft(b, MHT, _mht("yes", "no"), EntryMethod.IMPORT, 3),     # validity > 7: not valid
        SheetDraft(c, MHT, _mht("yes", "yes"), EntryMethod.IMPORT, 4),
    ])
    assert (recorded.count, recorded.invalid, recorded.positive) == (5, 1, 2)
    sheets = {(s.client_id, s.scale_code): s for s in ScreeningService(li).results(campaign.id)}
    calm = sheets[(a, SCL)]
    assert (calm.total, calm.valid, calm.positive, calm.band, calm.state) == (90, True, False, "below", SheetState.NEGATIVE)
    assert calm.subscales["f1"] == 1 and calm.entered_how is EntryMethod.IMPORT and calm.source_row == 2
    assert calm.entered_by == li.user.id and calm.answers == _scl("1")
    high = sheets[(b, SCL)]
    assert high.positive and high.total == 270 and high.subscales["f1"] == 3
    assert [h.rule_id for h in high.positive_hits] == ["factor_mean", "total", "positive_items"]
    assert high.positive_hits[1].value == 270 and high.positive_hits[1].label.zh_CN == "总分≥160"
    void = sheets[(b, MHT)]
    assert (void.valid, void.positive, void.band, void.state) == (False, False, "", SheetState.INVALID)
    assert [h.rule_id for h in void.invalid_hits] == ["validity"] and void.invalid_hits[0].value == 10
    assert sheets[(c, MHT)].state is SheetState.POSITIVE and sheets[(c, MHT)].subscales["s1"] == 15
    assert sheets[(c, MHT)].subscale_bands  # every subscale's band id kept ("" where it has none)
    entry = _actions(boss, Action.SCREENING_SHEETS_RECORDED)[0]
    assert entry.target == f"screening_campaign:{campaign.id}"
    assert entry.detail | {"how": None} == {"sheets": 5, "how": None, "students": 3, "invalid": 1, "positive": 2,
                                             "alert": 0}


def test_a_batch_with_any_bad_sheet_stores_nothing(school):
    boss = school.login(SUPERVISOR)
    campaign = _opened(school, boss)
    excluded, opted_out = school.students[("初一", "1班")][:2]
    a, b = school.students[("初一", "2班")][:2]
    outside = school.students[("初二", "2班")][0]
    service = ScreeningService(boss)
    service.record_sheets(campaign.id, [SheetDraft(b, SCL, _scl("1"))])
    broken = _scl("1") | {"5": "9"}
    partial = {k: v for k, v in _scl("1").items() if k not in ("7", "8")}
    drafts = [
        SheetDraft(a, SCL, _scl("1"), EntryMethod.IMPORT, 2),            # good
        SheetDraft(a, MHT, _mht("no", "yes") | {"101": "yes"}, EntryMethod.IMPORT, 3),
        SheetDraft(a, "phq9", {}, EntryMethod.IMPORT, 4),
        SheetDraft(excluded, SCL, _scl("1"), EntryMethod.IMPORT, 5),
        SheetDraft(opted_out, SCL, _scl("1"), EntryMethod.IMPORT, 6),
        SheetDraft(outside, SCL, _scl("1"), EntryMethod.IMPORT, 7),
        SheetDraft(a, SCL, _scl("1"), EntryMethod.IMPORT, 8),            # the same student and scale again
        SheetDraft(b, SCL, _scl("1"), EntryMethod.IMPORT, 9),            # screened already
        SheetDraft(b, MHT, broken, EntryMethod.IMPORT, 10),
        SheetDraft(school.students[("初一", "2班")][2], SCL, partial, EntryMethod.IMPORT, 11),
    ]
    with pytest.raises(SheetsRejected) as rejected:
        service.record_sheets(campaign.id, drafts)
    problems = [(p.source_row, p.code) for p in rejected.value.problems]
    assert problems == [
        (3, "scale.answer_invalid"), (4, "screening.scale_not_in_campaign"), (5, "screening.student_excluded"),
        (6, "screening.student_opted_out"), (7, "screening.student_not_in_scope"), (8, "screening.duplicate_sheet"),
        (9, "screening.already_screened"), (10, "scale.answer_invalid"), (11, "screening.incomplete")]
    assert rejected.value.params == {"count": 9, "row": 3} and rejected.value.field == "sheets"
    assert rejected.value.problems[-1].params == {"missing": 2, "item": "7"}
    assert [s.client_id for s in service.results(campaign.id)] == [b]       # nothing of the batch stored
    assert len(_actions(boss, Action.SCREENING_SHEETS_RECORDED)) == 1
    with pytest.raises(ValidationError, match="no_sheets"):
        service.record_sheets(campaign.id, [])


def test_keyboard_entry_replaces_only_when_asked(school):
    boss = school.login(SUPERVISOR)
    campaign = _opened(school, boss)
    a = school.students[("初一", "2班")][0]
    zhou = school.login("zhou")
    service = ScreeningService(zhou)
    first = service.enter_sheet(campaign.id, SheetDraft(a, SCL, _scl("1")))
    assert first.entered_how is EntryMethod.KEYBOARD and first.source_row is None and not first.positive
    with pytest.raises(ValidationError) as twice:
        service.enter_sheet(campaign.id, SheetDraft(a, SCL, _scl("3")))
    assert (twice.value.field, twice.value.code) == ("client", "screening.already_screened")
    with pytest.raises(ValidationError) as bad:
        service.enter_sheet(campaign.id, SheetDraft(a, MHT, {"1": "maybe"}))
    assert (bad.value.field, bad.value.code) == ("answers", "scale.answer_invalid")
    again = service.enter_sheet(campaign.id, SheetDraft(a, SCL, _scl("3")), replace_existing=True)
    assert again.positive and [s.id for s in service.results_of(campaign.id, a)] == [again.id]
    replaced = _actions(boss, Action.SCREENING_SHEET_REPLACED)[0]
    assert replaced.detail["replaced"] == first.id and replaced.detail["sheet"] == again.id


# -- positives and interviews --------------------------------------------------------------------------------
def test_positives_and_interviews_to_each_outcome(school):
    boss = school.login(SUPERVISOR)
    campaign = _opened(school, boss)
    a, b, c, d = school.students[("初一", "2班")]
    li = school.login("li")
    service = ScreeningService(li)
    service.record_sheets(campaign.id, [SheetDraft(a, SCL, _scl("3")), SheetDraft(b, MHT, _mht("yes", "yes")),
                                        SheetDraft(c, SCL, _scl("3")), SheetDraft(d, SCL, _scl("1")),
                                        SheetDraft(d, MHT, _mht("yes", "no"))])   # d: negative, invalid
    positives = service.positives(campaign.id)
    assert [p.student.client_id for p in positives] == [a, b, c]
    assert [h.rule_id for h in positives[1].hits] == ["total", "content_scale"]
    assert positives[0].student.grade == "初一" and positives[0].state is FollowUpState.NOT_INVITED
    today = li.today()
    invited = {x: service.invite(campaign.id, x) for x in (a, b, c)}
    with pytest.raises(ValidationError, match="already_invited"):
        service.invite(campaign.id, a)
    with pytest.raises(ValidationError, match="not_screened"):
        service.invite(campaign.id, school.students[("初一", "1班")][3])
    with pytest.raises(ValidationError, match="not_interviewed"):
        service.set_outcome(invited[a].id, InterviewOutcome.NO_CONCERN)
    with pytest.raises(ValidationError, match="in_future"):
        service.record_interview(invited[a].id, today + timedelta(days=1), "")
    held = {x: service.record_interview(i.id, today, "谈话约二十分钟，情绪稳定。") for x, i in invited.items()}
    assert held[a].interviewed_by == li.user.id and held[a].state is FollowUpState.INTERVIEWED
    calm = service.set_outcome(held[a].id, InterviewOutcome.NO_CONCERN)
    assert calm.state is FollowUpState.NO_CONCERN and calm.outcome_by == li.user.id
    with pytest.raises(ValidationError, match="outcome_set"):
        service.set_outcome(held[a].id, InterviewOutcome.NO_CONCERN)
    with pytest.raises(ValidationError):
        service.set_outcome(held[b].id, InterviewOutcome.CASE)        # which case: required
    opened = service.set_outcome(held[b].id, InterviewOutcome.CASE,
                                 case=CaseDraft(today, "普查后约谈：情绪低落", ProblemCategory.EMOTION))
    case = CaseService(li).get(opened.case_id)
    assert case.client_id == b and case.counsellor_id == li.user.id
    entered = service.set_outcome(held[c].id, InterviewOutcome.REGISTER, register=EntryDraft(
        Level.LEVEL3, ReasonCategory.EMOTIONAL, li.user.id, next_review=today + timedelta(days=14)))
    entry = CareRegisterService(li).get(entered.register_entry_id)
    assert entry.client_id == c and entry.source.value == "screening"
    assert [p.state for p in service.positives(campaign.id)] == [
        FollowUpState.NO_CONCERN, FollowUpState.CASE, FollowUpState.REGISTER]
    outcomes = _actions(boss, Action.SCREENING_OUTCOME)
    assert sorted(o.detail["outcome"] for o in outcomes) == ["case", "no_concern", "register"]
    assert len(_actions(boss, Action.SCREENING_POSITIVES_VIEWED)) == 2
    assert len(_actions(boss, Action.SCREENING_INVITED)) == 3
    assert len(_actions(boss, Action.SCREENING_INTERVIEWED)) == 3
    # the student's record shows the screening, once they are a client with a case
    history = service.history_for_client(b)
    assert [(h.campaign_name, h.sheet.scale_code, h.interview.case_id) for h in history] == [
        (campaign.name, MHT, opened.case_id)]
    viewed = _actions(boss, Action.SCREENING_RESULTS_VIEWED)
    assert viewed[0].target == f"client:{b}" and viewed[0].actor_id == li.user.id


# -- summary ---------------------------------------------------------------------------------------------------
def test_summary_by_grade_and_class_against_a_hand_count(school):
    boss = school.login(SUPERVISOR)
    campaign = _opened(school, boss)
    one = school.students[("初一", "1班")]        # [0] excluded, [1] opted out
    two = school.students[("初一", "2班")]
    three = school.students[("初二", "1班")]
    service = ScreeningService(boss)
    service.record_sheets(campaign.id, [
        SheetDraft(one[2], SCL, _scl("3")), SheetDraft(one[3], SCL, _scl("1")), SheetDraft(one[4], SCL, _scl("1")),
        SheetDraft(two[0], SCL, _scl("1")), SheetDraft(three[0], SCL, _scl("3")), SheetDraft(three[1], SCL, _scl("1")),
        SheetDraft(one[2], MHT, _mht("no", "no")), SheetDraft(two[0], MHT, _mht("yes", "yes")),
    ])
    interview = service.invite(campaign.id, one[2])
    service.record_interview(interview.id, boss.today(), "")
    service.invite(campaign.id, three[0])
    summary = service.summary(campaign.id)
    assert summary.internal and (summary.students, summary.excluded, summary.opted_out) == (11, 1, 1)

    def grid(table_id, subject=None):
        table = next(t for t in summary.tables_of(table_id) if subject is None or t.subject.key == subject)
        return {row.key: {col.key: n for col, n in zip(table.columns, cells) if n}
                for row, cells in zip(table.rows, table.cells)}

    # hand count, SCL: 初一 1班 six students: excluded 1, opted out 1, positive 1, negative 2, not screened 1
    assert grid(ScreeningTableId.RESULTS_BY_CLASS, SCL) == {
        "初一/1班": {"excluded": 1, "opted_out": 1, "not_screened": 1, "negative": 2, "positive": 1},
        "初一/2班": {"not_screened": 3, "negative": 1},
        "初二/1班": {"not_screened": 1, "negative": 1, "positive": 1}}
    assert grid(ScreeningTableId.RESULTS_BY_GRADE, SCL) == {
        "初一": {"excluded": 1, "opted_out": 1, "not_screened": 4, "negative": 3, "positive": 1},
        "初二": {"not_screened": 1, "negative": 1, "positive": 1}}
    assert grid(ScreeningTableId.RESULTS_BY_GRADE, MHT) == {
        "初一": {"excluded": 1, "opted_out": 1, "not_screened": 6, "invalid": 1, "positive": 1},
        "初二": {"not_screened": 3}}
    # students to interview: one[2] (SCL), two[0] (MHT), three[0] (SCL)
    assert grid(ScreeningTableId.FOLLOW_UP_BY_CLASS) == {
        "初一/1班": {"interviewed": 1}, "初一/2班": {"not_invited": 1}, "初二/1班": {"invited": 1}}
    table = summary.tables_of(ScreeningTableId.FOLLOW_UP_BY_GRADE)[0]
    assert table.rows[0].text("en") == "初一" and table.columns[0].text("en") == "Not invited"
    # leaving the room: every count here is below k = 5, so nothing small shows
    published = service.published_summary(campaign.id)
    assert published.k == 5 and published.campaign_name == campaign.name
    texts = {text for t in published.tables for row in t.cells for text in row} | {t.total for t in published.tables}
    assert not texts & {"1", "2", "3", "4"}


def test_a_closed_campaign_keeps_its_roll(school):
    """Closing writes down who was in scope. A student registered in the grade afterwards, one who moved
    class and one who left change nothing in the closed campaign; an open one sees all three."""
    boss = school.login(SUPERVISOR)
    service = ScreeningService(boss)
    closed = _opened(school, boss)
    one = school.students[("初一", "1班")]        # [0] excluded, [1] opted out
    service.record_sheets(closed.id, [SheetDraft(one[2], SCL, _scl("3")), SheetDraft(one[3], SCL, _scl("1"))])
    scope, summary, published = (service.students_in_scope(closed.id), service.summary(closed.id),
                                 service.published_summary(closed.id))
    service.close(closed.id)
    still_open = service.open(service.create(_draft(boss, name="补测")).id)
    clients = ClientService(boss)
    newcomer = clients.register(ClientDraft(name="插班生", grade="初一", class_name="2班", student_no="初一2班99")).id
    moved, left = one[4], one[5]
    clients.update(moved, replace(clients.get(moved).draft, class_name="2班"))
    clients.set_active(left, False)

    assert service.students_in_scope(closed.id) == scope
    after = service.summary(closed.id)
    assert (after.students, after.excluded, after.opted_out, after.tables) == (
        summary.students, summary.excluded, summary.opted_out, summary.tables)
    assert service.published_summary(closed.id).tables == published.tables
    assert {s.client_id: s.class_name for s in scope.students}[moved] == "1班"
    live = service.students_in_scope(still_open.id)
    assert {newcomer, moved} <= live.client_ids and left not in live.client_ids
    assert {s.client_id: s.class_name for s in live.students}[moved] == "2班"
    assert len(live.students) == 6 + 4 + 3 + 1 - 1        # nobody left out of this one; one in, one out
    # The archive of the quarter carries the roll with its campaign (the open campaign has none yet).
    counts = QuarterRepository(boss.db).counts(Quarter.of(boss.today()))
    assert counts["screening_campaign_roll"] == len(scope.students) + 2


# -- who may -------------------------------------------------------------------------------------------------
def test_who_may_do_what(school):
    boss = school.login(SUPERVISOR)
    campaign = _opened(school, boss)
    a = school.students[("初一", "2班")][0]
    ScreeningService(boss).record_sheets(campaign.id, [SheetDraft(a, SCL, _scl("3"))])
    zhao, li = school.login("zhao"), school.login("li")
    assistant, counsellor = ScreeningService(zhao), ScreeningService(li)
    for call in (lambda s: s.campaigns(), lambda s: s.get(campaign.id), lambda s: s.students_in_scope(campaign.id),
                 lambda s: s.record_sheets(campaign.id, [SheetDraft(a, MHT, _mht("no", "yes"))]),
                 lambda s: s.enter_sheet(campaign.id, SheetDraft(a, MHT, _mht("no", "yes")), replace_existing=True),
                 lambda s: s.results(campaign.id), lambda s: s.positives(campaign.id),
                 lambda s: s.history_for_client(a), lambda s: s.invite(campaign.id, a)):
        with pytest.raises(PermissionDenied):
            call(assistant)
        call(counsellor)
    for call in (lambda s: s.create(_draft(li)), lambda s: s.update(campaign.id, _draft(li)),
                 lambda s: s.open(campaign.id), lambda s: s.close(campaign.id), lambda s: s.summary(campaign.id),
                 lambda s: s.published_summary(campaign.id)):
        for session in (counsellor, assistant):
            with pytest.raises(PermissionDenied):
                call(session)
