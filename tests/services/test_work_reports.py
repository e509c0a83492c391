"""Work reports (issue 16 §3): drafts, signing into a frozen snapshot, suppression in what leaves the room,
no client's name or case number in the PDF or the workbook, who may, and the audit rows.

The room is built day by day on a clock of its own in November 2026 (so the test does not depend
on the day it runs): marked clients ("MARKER…" names, guardians, student numbers, notes) with
few visits each, so most cells are small and must be hidden.
"""

from __future__ import annotations

import io
import json
import zipfile
from datetime import date, datetime, time

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader

from rooms import STAFF_PW, SUPERVISOR, SUPERVISOR_PW, Staff
from counselroom.domain.activities import ActivityDraft, ActivityKind, Audience
from counselroom.domain.cases import CaseDraft, ProblemCategory
from counselroom.domain.clients import ClientDraft, ClientType, Gender
from counselroom.domain.errors import PermissionDenied, ValidationError
from counselroom.domain.periods import month_period, parse_period
from counselroom.domain.statistics import TableId
from counselroom.domain.visits import VisitContent, VisitKind
from counselroom.domain.work_reports import Narrative, ReportStatus, published_number
from counselroom.services.activities import ActivityService
from counselroom.services.auth import login
from counselroom.services.cases import CaseService
from counselroom.services.clients import ClientService
from counselroom.services.settings_service import SettingsService
from counselroom.services.visits import VisitService
from counselroom.services.work_reports import WorkReportService

NOVEMBER = month_period(2026, 11)
AUTUMN_TERM = parse_period("2026-2027-1")
MARKERS = ("MARKERALPHA", "标记欧阳", "MARKERGUARD", "MARKERNOTE", "13800138000", "S2026MARK")


class WallClock:
    def __init__(self) -> None:
        self.wall = datetime(2026, 11, 2, 8, 0)

    def __call__(self) -> datetime:
        return self.wall.astimezone()

    def at(self, *when: int) -> None:
        self.wall = datetime(*when)


def _content(day: date, kind: VisitKind = VisitKind.INDIVIDUAL, note: str = "过程") -> VisitContent:
    return VisitContent(kind=kind, visit_date=day, start=time(10), end=time(10, 45), complaint="主诉",
                        process=note, assessment="评估", plan="计划")


def _sign(session, case_id: int, day: date, kind: VisitKind = VisitKind.INDIVIDUAL, note: str = "过程") -> None:
    visits = VisitService(session)
    visits.sign(visits.start(case_id).id, _content(day, kind, note))


@pytest.fixture
def built(staff: Staff):
    """Three marked students: A (初二, 6 visits), B (初二, 2), C (高一, 1); all li's; in November."""
    clock = WallClock()
    li = login(staff.room.inst, "li", STAFF_PW, clock=clock)
    boss = login(staff.room.inst, SUPERVISOR, SUPERVISOR_PW, clock=clock)
    case_numbers = []
    try:
        clients = []
        for i, (name, grade) in enumerate((("MARKERALPHA", "初二"), ("标记欧阳", "初二"), ("MARKERBETA", "高一"))):
            client = ClientService(li).register(ClientDraft(
                name, Gender.FEMALE if i % 2 else Gender.MALE, grade=grade, class_name="3班",
                student_no=f"S2026MARK{i}", guardian_name="MARKERGUARD", guardian_contact="13800138000",
                notes="MARKERNOTE"))
            clients.append(client)
            case_numbers.append(client.case_no)
        cases = [CaseService(li).open(c.id, CaseDraft(date(2026, 11, 2), "MARKERNOTE 情绪", ProblemCategory.EMOTION))
                 for c in clients]
        day = 2
        for case, count in zip(cases, (6, 2, 1)):
            for _ in range(count):
                clock.at(2026, 11, day, 11)
                _sign(li, case.id, date(2026, 11, day), note="MARKERALPHA 说 13800138000")
                day += 1
        clock.at(2026, 12, 2, 9)
        yield staff, boss, li, clock, tuple(case_numbers)
    finally:
        li.logout()
        boss.logout()


def _published_counts(service: WorkReportService, report) -> list[str]:
    texts = []
    for table in service.published_tables(report):
        if table.counts:
            texts += [c for row in table.cells for c in row] + list(table.row_totals) + list(table.column_totals)
            texts.append(table.total)
    return texts


def _no_small_counts(texts: list[str], k: int) -> None:
    numbers = [published_number(t) for t in texts]
    assert not [n for n in numbers if n is not None and 0 < n < k], texts


def _pdf_text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def _xlsx_text(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as book:
        return "\n".join(book.read(name).decode("utf-8") for name in book.namelist())


def test_a_draft_prints_suppressed_figures_marked_draft_and_no_client(built):
    _staff, boss, _li, _clock, case_numbers = built
    service = WorkReportService(boss)
    report = service.draft(NOVEMBER)
    assert report.status is ReportStatus.DRAFT and report.period_code == "2026-11"
    assert service.draft(NOVEMBER).id == report.id            # one per period
    report = service.save_narrative(report.id, Narrative("本月完成个别咨询。", "场地不足。", "开展团体辅导。"))

    counts = _published_counts(service, report)
    _no_small_counts(counts, 5)
    by_kind = service.publication(report).tables_of(TableId.VISITS_BY_KIND)[0]
    assert by_kind.total == "9" and by_kind.cells[0] == ("9",)     # individual 9, the others 0

    pdf = service.pdf(report.id)
    text = _pdf_text(pdf)
    assert "月度工作报告" in text and "草稿" in text and "本月完成个别咨询。" in text and "<5" in text
    xlsx = service.xlsx(report.id)
    book = _xlsx_text(xlsx)
    assert "&lt;5" in book or "<5" in book
    for marker in (*MARKERS, *case_numbers):
        assert marker not in text and marker.encode() not in pdf
        assert marker not in book


def test_grade_by_problem_never_shows_a_small_cell_in_either_file(built):
    _staff, boss, _li, _clock, _numbers = built
    service = WorkReportService(boss)
    report = service.draft(NOVEMBER)
    grade = service.publication(report).tables_of(TableId.VISITS_BY_GRADE_CATEGORY)
    assert grade
    for table in grade:
        texts = [c for row in table.cells for c in row] + list(table.row_totals) + list(table.column_totals)
        _no_small_counts(texts, 5)
    # The workbook's numeric cells are published counts, and k on the notes sheet.
    book = load_workbook(io.BytesIO(service.xlsx(report.id)))
    numbers = [v for sheet in book for row in sheet.iter_rows(values_only=True) for v in row if isinstance(v, int)]
    texts = [v for sheet in book for row in sheet.iter_rows(values_only=True) for v in row if isinstance(v, str)]
    assert numbers and not [n for n in numbers if 0 < n < 5]
    assert "<5" in texts


def test_signing_freezes_the_figures_and_the_database_keeps_it(built):
    _staff, boss, li, clock, _numbers = built
    service = WorkReportService(boss)
    report = service.draft(NOVEMBER)
    with pytest.raises(ValidationError) as empty:
        service.sign(report.id)
    assert empty.value.field == "summary" and empty.value.code == "work_report.summary_empty"
    signed = service.sign(report.id, Narrative("小结", "", ""))
    assert signed.signed and signed.snapshot is not None and signed.snapshot.k == 5
    assert signed.signed_by_name == "王老师"
    before = service.publication(signed)

    # A visit dated in November signed afterwards does not change the signed report.
    clock.at(2026, 12, 3, 9)
    client = ClientService(li).register(ClientDraft("MARKERLATE", Gender.MALE, grade="初一"))
    case = CaseService(li).open(client.id, CaseDraft(date(2026, 11, 20), "迟", ProblemCategory.STUDY))
    _sign(li, case.id, date(2026, 11, 20))
    assert service.publication(service.get(signed.id)) == before
    assert service.draft(NOVEMBER).id == signed.id
    text = _pdf_text(service.pdf(signed.id))
    assert "草稿，未签署" not in text and "签署人：王老师" in text and "小结" in text

    with pytest.raises(ValidationError) as locked:
        service.save_narrative(signed.id, Narrative("改"))
    assert locked.value.code == "work_report.signed"
    with pytest.raises(Exception, match="kept as signed"):
        boss.db.execute("UPDATE work_reports SET summary = 'x' WHERE id = ?", (signed.id,))
    with pytest.raises(Exception, match="kept as signed"):
        boss.db.execute("DELETE FROM work_reports WHERE id = ?", (signed.id,))


def test_the_signed_report_uses_the_k_it_was_signed_with(built):
    _staff, boss, _li, _clock, _numbers = built
    SettingsService(boss).update(suppression_k=10)
    service = WorkReportService(boss)
    report = service.sign(service.draft(NOVEMBER).id, Narrative("小结"))
    assert report.snapshot is not None and report.snapshot.k == 10
    _no_small_counts(_published_counts(service, report), 10)
    SettingsService(boss).update(suppression_k=3)
    assert service.publication(service.get(report.id)).k == 10
    with pytest.raises(ValidationError) as low:
        SettingsService(boss).update(suppression_k=2)
    assert low.value.field == "suppression_k"


def test_only_the_supervisor_may(built):
    staff, _boss, li, _clock, _numbers = built
    with pytest.raises(PermissionDenied):
        WorkReportService(li).draft(NOVEMBER)
    assert not WorkReportService(li).may_manage()
    zhao = staff.login("zhao")
    try:
        with pytest.raises(PermissionDenied):
            WorkReportService(zhao).all()
    finally:
        zhao.logout()


def test_writing_signing_and_output_are_audited_without_the_text(built):
    _staff, boss, _li, _clock, _numbers = built
    service = WorkReportService(boss)
    report = service.draft(NOVEMBER)
    service.save_narrative(report.id, Narrative("MARKERNOTE 小结"))
    service.sign(report.id)
    service.record_output(report.id, "xlsx")
    with pytest.raises(ValidationError):
        service.record_output(report.id, "email")
    rows = boss.db.query_all("SELECT action, target, detail FROM audit WHERE action LIKE 'work_report.%' ORDER BY seq")
    assert [r[0] for r in rows] == ["work_report.saved", "work_report.saved", "work_report.signed",
                                    "work_report.output"]
    assert all(r[1] == f"work_report:{report.id}" for r in rows)
    assert json.loads(rows[-1][2])["output"] == "xlsx" and "MARKERNOTE" not in "".join(r[2] for r in rows)


def test_a_client_type_with_no_visits_is_zero_not_hidden(built):
    _staff, boss, _li, _clock, _numbers = built
    service = WorkReportService(boss)
    table = service.publication(service.draft(NOVEMBER)).tables_of(TableId.VISITS_BY_CLIENT_TYPE)[0]
    assert dict(zip((r.key for r in table.rows), (c[0] for c in table.cells)))[ClientType.PARENT.value] == "0"


def _log(session, day: date, kind: ActivityKind, title: str, audience: Audience, detail: str,
         attendance: int | None, lessons: int = 1, outside: str = "") -> None:
    ActivityService(session).record(ActivityDraft(day, kind, title, audience, detail, attendance, lessons,
                                                  (session.user.id,), outside))


def _activities_sheet(data: bytes) -> list[tuple[object, ...]]:
    book = load_workbook(io.BytesIO(data))
    sheet = book[book.sheetnames[-1]]
    assert sheet.title.endswith("活动一览")
    return list(sheet.iter_rows(values_only=True))


def test_the_term_report_lists_its_activities_small_attendance_hidden_and_frozen_at_signing(built):
    _staff, boss, li, clock, _numbers = built
    _log(li, date(2026, 9, 15), ActivityKind.LESSON, "情绪管理第一课", Audience.CLASS, "初二(3)班", 42)
    # A small group's guidance: 3 came. The other group session of its kind is hidden too, or the
    # kinds' attendance printed in the figures would give the 3 away.
    _log(li, date(2026, 11, 12), ActivityKind.GROUP, "考前减压小组", Audience.GRADE, "初三", 3, 2, "外校张老师")
    _log(li, date(2026, 11, 20), ActivityKind.GROUP, "人际交往小组", Audience.CLASS, "初一(2)班", 12)
    _log(li, date(2026, 10, 25), ActivityKind.CAMPAIGN, "心理健康宣传周", Audience.WHOLE_SCHOOL, "", None, 0)
    service = WorkReportService(boss)
    report = service.draft(AUTUMN_TERM)

    listed = service.publication(report).activities
    assert listed is not None
    assert [(a.title, a.attendance) for a in listed] == [("情绪管理第一课", "42"), ("心理健康宣传周", ""),
                                                         ("考前减压小组", "<5"), ("人际交往小组", "x")]
    text = _pdf_text(service.pdf(report.id))
    assert "学期工作总结" in text and "活动一览" in text
    joined = text.replace("\n", "")     # a narrow column wraps
    for words in ("情绪管理第一课", "心理健康课", "班级（初二(3)班）", "考前减压小组", "李老师、外校张老师", "心理健康宣传周"):
        assert words in joined, words
    assert "2026-12-02 · 已做小格抑制" in text
    rows = _activities_sheet(service.xlsx(report.id))
    body = [r for r in rows[3:] if r and r[0]]
    assert [r[2] for r in body] == ["情绪管理第一课", "心理健康宣传周", "考前减压小组", "人际交往小组"]
    assert [r[4] for r in body] == [42, "—", "<5", "x"] and body[2][5] == 2
    assert 3 not in [r[4] for r in body]
    english = _pdf_text(service.pdf(report.id, lang="en"))
    assert "Activities" in english and "Mental health lesson" in english

    signed = service.sign(report.id, Narrative("本学期小结"))
    assert signed.snapshot is not None and signed.snapshot.activities is not None
    assert len(signed.snapshot.activities) == 4
    # Logged after signing, held in the term: the signed report does not change; a draft does.
    clock.at(2026, 12, 3, 9)
    _log(li, date(2026, 11, 26), ActivityKind.PARENTS, "MARKERLATE 家长讲座", Audience.PARENTS, "初二家长", 80)
    again = service.get(signed.id)
    assert "MARKERLATE" not in _pdf_text(service.pdf(again.id))
    assert not any("MARKERLATE" in str(v) for r in _activities_sheet(service.xlsx(again.id)) for v in r)
    assert "MARKERLATE 家长讲座" in _pdf_text(service.pdf(service.draft(NOVEMBER).id))


def test_a_period_without_activities_says_so(built):
    _staff, boss, _li, _clock, _numbers = built
    service = WorkReportService(boss)
    report = service.draft(NOVEMBER)
    assert service.publication(report).activities == ()
    assert "本期无活动记录。" in _pdf_text(service.pdf(report.id))
    assert _activities_sheet(service.xlsx(report.id))[-1][0] == "本期无活动记录。"
