from datetime import date, time

import pytest

from rooms import SUPERVISOR
from counselroom.domain.audit import AuditFilter
from counselroom.domain.cases import CaseDraft, ProblemCategory
from counselroom.domain.clients import ClientDraft
from counselroom.domain.errors import PermissionDenied
from counselroom.domain.visits import VisitContent
from counselroom.services.audit_service import AuditService
from counselroom.services.cases import CaseService
from counselroom.services.clients import ClientService
from counselroom.services.printing import PrintService
from counselroom.services.visits import VisitService
from reports.pdf_helpers import pdf_text, squeeze


@pytest.fixture
def visit(staff):
    li = staff.login("li")
    client = ClientService(li).register(ClientDraft(name="王䶮", grade="初二", class_name="3班"))
    case = CaseService(li).open(client.id, CaseDraft(date(2026, 9, 1), "焦虑", ProblemCategory.EMOTION))
    service = VisitService(li)
    visit = service.sign(service.start(case.id).id, VisitContent(
        visit_date=date(2026, 11, 20), start=time(9), end=time(9, 45), complaint="期末考试焦虑", process="放松训练",
        assessment="一般心理问题", plan="继续"))
    li.logout()
    return client, visit


def test_visit_record_and_case_file_print_for_the_owner_and_are_audited(staff, visit):
    client, record = visit
    li = staff.login("li")
    service = PrintService(li)
    assert "期末考试焦虑" in pdf_text(service.visit_record(record.id))
    text = pdf_text(service.case_file(client.id))
    assert "王䶮" in text and "心理咨询档案" in text
    service.record_output("case_file", client.id, "print", client_id=client.id)
    li.logout()
    rows = AuditService(staff.login(SUPERVISOR)).search(AuditFilter(action="record.printed"))
    assert rows[0].detail == {"document": "case_file", "id": client.id, "output": "print"}


def test_others_cannot_print_and_the_supervisor_needs_a_reason(staff, visit):
    client, record = visit
    for who in ("zhou", "zhao"):
        service = PrintService(staff.login(who))
        with pytest.raises(PermissionDenied):
            service.visit_record(record.id)
        with pytest.raises(PermissionDenied):
            service.case_file(client.id)
    sup = PrintService(staff.login(SUPERVISOR))
    with pytest.raises(PermissionDenied):
        sup.case_file(client.id)
    assert "王䶮" in pdf_text(sup.case_file(client.id, reason="档案归档"))


def test_referral_letter_for_the_case_holder_only(staff, visit):
    from counselroom.domain.referrals import ReferralDraft
    from counselroom.services.referrals import ReferralService

    client, record = visit
    li = staff.login("li")
    referral = ReferralService(li).create(record.case_id, ReferralDraft(
        "市精神卫生中心", "需要评估", date(2026, 11, 20), guardian_consent=True, consent_on=date(2026, 11, 20)))
    text = pdf_text(PrintService(li).referral_letter(referral.id))
    assert "转介函" in text and "回执" in text and "王䶮" in text
    li.logout()
    with pytest.raises(PermissionDenied):
        PrintService(staff.login("zhou")).referral_letter(referral.id)


def test_case_file_carries_the_case_crises_and_referrals(staff, visit):
    from counselroom.domain.referrals import ReferralDraft
    from counselroom.domain.visits import RiskLevel
    from counselroom.services.referrals import ReferralService

    client, record = visit
    li = staff.login("li")
    visits = VisitService(li)
    visits.sign(visits.start(record.case_id).id, VisitContent(
        visit_date=date(2026, 11, 21), start=time(10), end=time(10, 45), complaint="说不想活了", process="危机评估",
        assessment="高风险", plan="告知家长", risk=RiskLevel.HIGH, risk_self_harm=True))
    ReferralService(li).create(record.case_id, ReferralDraft(
        "市精神卫生中心儿少门诊", "需要精神科评估", date(2026, 11, 22), guardian_consent=True,
        consent_on=date(2026, 11, 21)))
    text = pdf_text(PrintService(li).case_file(client.id))
    for expected in ("危机干预记录 1", "告知监护人", "未完成", "转介记录 1", "市精神卫生中心儿少门诊"):
        assert expected in text, expected
    assert "启动依据第2次咨询记录（2026-11-21）" in squeeze(text)          # what opened it


def test_case_file_says_who_reported_a_crisis_opened_by_hand_and_what(staff):
    from datetime import datetime

    from counselroom.domain.crisis import CrisisReport, CrisisSource
    from counselroom.domain.visits import RiskLevel
    from counselroom.services.crisis import CrisisService
    from pinned_clock import today

    li = staff.login("li")
    reported = datetime.combine(today(), time(8, 10))
    crisis = CrisisService(li).open_by_hand(
        CrisisReport(CrisisSource.HEAD_TEACHER, RiskLevel.HIGH, "学生在周记里写了想死，今天没来上课", reported,
                     "王老师（初二3班班主任）", "139 0000 1111"),
        new_client=ClientDraft(name="张小雨", grade="初二", class_name="3班"))
    text = squeeze(pdf_text(PrintService(li).case_file(crisis.client_id)))
    for expected in ("危机干预记录1", "报告来源班主任/任课教师", f"报告时间{reported:%Y-%m-%d%H:%M}",
                     "报告人王老师（初二3班班主任）", "联系方式13900001111", "报告内容学生在周记里写了想死，今天没来上课"):
        assert expected in text, expected
    assert "启动依据" not in text


def test_a_group_record_prints_the_participants_names(staff, visit):
    from counselroom.domain.visits import VisitKind

    client, record = visit
    li = staff.login("li")
    other = ClientService(li).register(ClientDraft(name="陈一", grade="初二", class_name="3班"))
    visits = VisitService(li)
    group = visits.sign(visits.start(record.case_id).id, VisitContent(
        kind=VisitKind.GROUP, visit_date=date(2026, 11, 23), start=time(14), end=time(15), complaint="团体辅导",
        process="人际沟通练习", assessment="积极参与", plan="下周继续", participants=(other.id,)))
    text = pdf_text(PrintService(li).visit_record(group.id))
    assert "陈一" in text and "参与者" in text
    assert "陈一" not in pdf_text(PrintService(li).case_file(client.id))


def test_a_test_report_prints_for_the_case_holder_and_is_audited(staff, visit):
    from counselroom.domain.audit import Action
    from counselroom.services.tests import TestService

    client, record = visit
    li = staff.login("li")
    tests = TestService(li)
    earlier = tests.start(record.case_id, "phq9", date(2026, 10, 8))
    tests.save_answers(earlier.id, {str(n): "2" for n in range(1, 10)}, True)      # 18, item 9 critical
    tests.sign(earlier.id)
    draft = tests.start(record.case_id, "phq9", date(2026, 11, 20))
    tests.save_answers(draft.id, {**{str(n): "1" for n in range(1, 9)}, "9": "0"}, True,
                       interpretation="情绪较上次明显好转，建议一个月后复测。")
    signed = tests.sign(draft.id)
    service = PrintService(li)
    text = pdf_text(service.test_report(signed.id))
    flat = "".join(text.split())
    for expected in ("心理测验报告", "王䶮", client.case_no, "患者健康问卷抑郁量表（PHQ-9）", "李老师",
                     "总分8", "轻度抑郁", "情绪较上次明显好转", "历次测验趋势", "2026-10-08", "已签署"):
        assert expected in flat, expected
    assert "危急项目提示" not in flat and "草稿" not in flat
    assert "危急项目提示" in "".join(pdf_text(service.test_report(earlier.id)).split())
    english = pdf_text(PrintService(li, lang="en").test_report(signed.id))
    assert "Psychological test report" in english and "Several days" in english
    service.record_output("test_report", signed.id, "pdf", client_id=client.id)
    li.logout()
    sup = staff.login(SUPERVISOR)
    audit = AuditService(sup)
    printed = audit.search(AuditFilter(action=Action.RECORD_PRINTED.value))
    assert printed[0].detail == {"document": "test_report", "id": signed.id, "output": "pdf"}
    viewed = [e.detail for e in audit.search(AuditFilter(action=Action.TEST_VIEWED.value))]
    assert {"test": signed.id} in viewed and {"trend": "phq9"} in viewed
    sup.logout()

    for who in ("zhou", "zhao"):
        with pytest.raises(PermissionDenied):
            PrintService(staff.login(who)).test_report(signed.id)
    sup = PrintService(staff.login(SUPERVISOR))
    with pytest.raises(PermissionDenied):
        sup.test_report(signed.id)
    assert "王䶮" in pdf_text(sup.test_report(signed.id, reason="督导复核测验结果"))
