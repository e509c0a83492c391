"""De-identified case export through the real services: planted markers in every field never reach
the confirmed text, who may prepare it, and the audit row of its output."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest

import pinned_clock
from rooms import SUPERVISOR
from counselroom.domain.audit import Action, AuditFilter
from counselroom.domain.cases import CaseClosing, CaseDraft, Outcome, ProblemCategory
from counselroom.domain.clients import ClientDraft, Gender
from counselroom.domain.crisis import CrisisStep, StepRecord, StepState
from counselroom.domain.deidentify_patterns import FlagReason, ReplacementKind
from counselroom.domain.deidentify_review import DEIDENTIFIED_MARK, confirmed_text
from counselroom.domain.errors import CounselRoomError, NotFound, PermissionDenied, ValidationError
from counselroom.domain.referrals import ReferralDraft
from counselroom.domain.visits import RiskLevel, VisitContent
from counselroom.services.audit_service import AuditService
from counselroom.services.cases import CaseService
from counselroom.services.clients import ClientService
from counselroom.services.crisis import CrisisService
from counselroom.services.deidentify import DeidentifyService
from counselroom.services.referrals import ReferralService
from counselroom.services.tests import TestService
from counselroom.services.visits import VisitService

PHQ9 = {**{str(n): "1" for n in range(1, 9)}, "9": "0"}   # item 9 (self-harm) unanswered high: no crisis


def _zh(day) -> str:
    return f"{day.year}年{day.month}月{day.day}日"


@pytest.fixture
def room(staff):
    """li's client 欧阳晓䶮 with a closed case: two signed visits (one risky, so a crisis with its steps),
    a draft, an addendum, a referral, a signed test; a classmate 周梓萱 registered too."""
    today = pinned_clock.today()
    opened, first, second = today - timedelta(days=40), today - timedelta(days=30), today - timedelta(days=16)
    li = staff.login("li")
    clients = ClientService(li)
    classmate = clients.register(ClientDraft(name="周梓萱", grade="初二", class_name="7班", guardian_name="周建国"))
    client = clients.register(ClientDraft(
        name="欧阳晓䶮", gender=Gender.FEMALE, birth_date=first.replace(year=first.year - 13) - timedelta(days=20),
        grade="初二", class_name="7班", student_no="2026001234", contact="13698765432",
        guardian_name="林美珍（母亲）", guardian_contact="13912345678"))
    case = CaseService(li).open(client.id, CaseDraft(
        opened, f"林美珍来电（13912345678）说欧阳晓䶮在{_zh(opened)}后不愿上学", ProblemCategory.EMOTION,
        "每周一次，与周老师和班主任张老师协作"))
    visits = VisitService(li)
    free_text = (f"欧阳晓䶮说同桌周梓萱嘲笑她，梓萱还在QQ群里发消息。QQ：551234567，微信号 ouyang_xy2012。"
                 f"班主任张老师（电话0755-88886666）找她谈话。{_zh(first)}（周四）她在初二(7)班哭了，"
                 f"身份证440305201101012345，她今年13岁，学号2026001234。妈妈林美珍说家里叫她小䶮，"
                 f"网名 Ouyang Xiaoyan。外婆陈秀英陪她来。档案号{client.case_no}。")
    one = visits.sign(visits.start(case.id).id, VisitContent(
        visit_date=first, start=time(9), end=time(9, 45), presenting_issue="同伴冲突", complaint=free_text,
        process="倾听，在䶮山中学心理辅导室做放松训练；她住在解放路302号", assessment="晓䶮情绪低落，有自伤念头",
        plan=f"{second.month}月{second.day}日复诊", risk=RiskLevel.MEDIUM, risk_self_harm=True))
    visits.add_addendum(one.id, "补充：周老师反映欧阳晓䶮近况稳定，母亲电话13912345678")
    two = visits.sign(visits.start(case.id).id, VisitContent(
        visit_date=second, start=time(10), end=time(10, 45), complaint="晓䶮说和周梓萱和好了",
        process="巩固", assessment="平稳", plan="结束，已转介市精神卫生中心赵医生"))
    draft = visits.start(case.id, VisitContent(visit_date=second, complaint="草稿里的欧阳晓䶮"))
    crisis = CrisisService(li).open_crises()[0]
    done = datetime.combine(first, time(11))
    for step, contact in ((CrisisStep.GUARDIAN_INFORMED, "外婆陈秀英 13700001111"),
                          (CrisisStep.LEADERSHIP_INFORMED, "德育处主任"), (CrisisStep.REFERRAL, "市精神卫生中心")):
        CrisisService(li).settle_step(crisis.id, StepRecord(step, StepState.DONE, done, "李老师", contact,
                                                            method="电话"))
    CrisisService(li).settle_step(crisis.id, StepRecord(CrisisStep.SAFETY_PLAN, StepState.DONE, done, "李老师"))
    CrisisService(li).settle_step(crisis.id, StepRecord(CrisisStep.FOLLOW_UP, StepState.DONE, done, "李老师",
                                                        follow_up_dates=(second,)))
    CrisisService(li).close(crisis.id, "危机解除")
    ReferralService(li).create(case.id, ReferralDraft("市精神卫生中心", "评估", first, contact="赵医生 010-66668888",
                                                      guardian_consent=True, consent_on=first))
    tests = TestService(li)
    test = tests.sign(tests.save_answers(tests.start(case.id, "phq9", second).id, PHQ9, True,
                                         interpretation=f"欧阳晓䶮{_zh(second)}测得轻度抑郁，林美珍已知悉").id)
    CaseService(li).close(case.id, CaseClosing(today - timedelta(days=2), "欧阳晓䶮与周梓萱关系改善，结案",
                                               Outcome.IMPROVED))
    li.logout()
    return dict(client=client, classmate=classmate, case=case, visits=(one, two), draft=draft, test=test,
                dates=(opened, first, second))


def _markers(room) -> list[str]:
    opened, first, second = room["dates"]
    return ["欧阳晓䶮", "晓䶮", "小䶮", "林美珍", "周梓萱", "梓萱", "周建国", "陈秀英", "李老师", "周老师", "张老师", "赵医生",
            "13698765432", "13912345678", "13700001111", "0755-88886666", "010-66668888", "2026001234",
            "551234567", "ouyang_xy2012", "Ouyang Xiaoyan", "440305201101012345", "7班", "13岁",
            room["client"].case_no, "䶮山中学", "辅导室", "市精神卫生中心", _zh(opened), _zh(first), _zh(second),
            f"{second.month}月{second.day}日", first.isoformat(), second.isoformat()]


def test_no_planted_marker_survives_in_the_confirmed_text(staff, room):
    li = staff.login("li")
    result = DeidentifyService(li).prepare(room["case"].id)
    final = confirmed_text(result, (), {f.id for f in result.flags})
    data = final.encode("utf-8")
    survivors = [m for m in _markers(room) if m.encode("utf-8") in data]
    assert survivors == [], (survivors, final)
    assert final.startswith(DEIDENTIFIED_MARK)
    # what the export kept and said instead
    for words in ("来访者", "母亲", "同学A", "咨询师", "老师A", "某老师", "联系人A", "初二某班", "【电话】", "【账号】",
                  "【身份证号】", "【学号】", "【档案号】", "12–14岁", "第 1 次咨询当天", "第 2 次咨询当天", "心理咨询室",
                  "某机构", "某医生", "第 1 次咨询（个体，第 1 天）", "测验：", "补充说明", "结案小结", "中，自伤/自杀风险"):
        assert words in final, words
    assert "草稿里的" not in final              # drafts only when chosen
    kinds = {r.kind for r in result.replacements}
    assert {ReplacementKind.NAME, ReplacementKind.PHONE, ReplacementKind.DATE, ReplacementKind.CLASS,
            ReplacementKind.ACCOUNT, ReplacementKind.ID_NUMBER, ReplacementKind.AGE, ReplacementKind.TITLE} <= kinds


def test_flags_must_be_ticked_before_the_text_is_confirmed(staff, room):
    li = staff.login("li")
    result = DeidentifyService(li).prepare(room["case"].id)
    assert result.flags, "the room's texts hold digits and a place-like word to judge"
    assert {f.reason for f in result.flags} & {FlagReason.DIGITS, FlagReason.PLACE_LIKE, FlagReason.NAME_LIKE}
    with pytest.raises(CounselRoomError) as refused:
        confirmed_text(result, (), ())
    assert refused.value.code == "deidentify.flags_open"


def test_chosen_visits_and_tests_only(staff, room):
    li = staff.login("li")
    one, _ = room["visits"]
    result = DeidentifyService(li).prepare(room["case"].id, visit_ids=[one.id, room["draft"].id], test_ids=[])
    assert "第 1 次咨询（" in result.text and "第 2 次咨询（" not in result.text
    assert "草稿" in result.text and "测验：" not in result.text and "欧阳晓䶮" not in result.text
    with pytest.raises(NotFound):
        DeidentifyService(li).prepare(room["case"].id, visit_ids=[999_999])
    with pytest.raises(NotFound):
        DeidentifyService(li).prepare(room["case"].id, test_ids=[999_999])


def test_who_may_prepare_and_output(staff, room):
    case_id = room["case"].id
    for who in ("zhou", "zhao"):
        service = DeidentifyService(staff.login(who))
        assert not service.may_prepare(case_id)
        with pytest.raises(PermissionDenied):
            service.prepare(case_id)
        with pytest.raises(PermissionDenied):
            service.record_output(case_id, "pdf")
    boss = staff.login(SUPERVISOR)
    boss_service = DeidentifyService(boss)
    assert boss_service.may_prepare(case_id)
    with pytest.raises(PermissionDenied) as refused:
        boss_service.prepare(case_id)
    assert refused.value.code == "case.reason_required"
    assert "来访者" in boss_service.prepare(case_id, reason="督导案例讨论").text
    boss_service.record_output(case_id, "text")      # the reason given once this session suffices
    # shared with zhou: he reads the case, but it leaves the room only through its holder or the supervisor
    CaseService(boss).share(case_id, staff.ids["zhou"])
    zhou = DeidentifyService(staff.login("zhou"))
    with pytest.raises(PermissionDenied) as refused:
        zhou.prepare(case_id)
    assert refused.value.code == "case.not_yours"


def test_the_output_is_audited_by_case_and_names_nobody(staff, room):
    li = staff.login("li")
    service = DeidentifyService(li)
    service.prepare(room["case"].id)
    with pytest.raises(ValidationError):
        service.record_output(room["case"].id, "fax")
    service.record_output(room["case"].id, "pdf")
    li.logout()
    audit = AuditService(staff.login(SUPERVISOR))
    rows = audit.search(AuditFilter(action=Action.CASE_DEIDENTIFIED_OUTPUT.value))
    assert len(rows) == 1
    assert rows[0].actor == "li" and rows[0].target == f"case:{room['case'].id}" and rows[0].detail == {"output": "pdf"}
    viewed = audit.search(AuditFilter(action=Action.CASE_VIEWED.value))
    one, two = room["visits"]
    assert {"visits": [one.id, two.id], "tests": [room["test"].id]} in [r.detail for r in viewed]
