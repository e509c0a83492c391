"""The work reports page (issue 16 §3) through its real widgets: type and save the narrative, sign it
(read-only afterwards), print and save as PDF and Excel (audited, suppressed, no client named)."""

from __future__ import annotations

import io
import zipfile
from datetime import time

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog

from rooms import SUPERVISOR
from counselroom.domain.cases import CaseDraft, ProblemCategory
from counselroom.domain.clients import ClientDraft, Gender
from counselroom.domain.periods import month_period
from counselroom.domain.visits import VisitContent, VisitKind
from counselroom.domain.work_reports import NarrativeField, ReportKind
from counselroom.services.cases import CaseService
from counselroom.services.clients import ClientService
from counselroom.services.visits import VisitService
from counselroom.services.settings_service import SettingsService
from counselroom.services.work_reports import WorkReportService
from counselroom.ui import pdf_output
from counselroom.ui.context import AppContext
from counselroom.ui.pages.reports_page import ReportsPage
from helpers import type_text


@pytest.fixture
def make_page(staff, shown_page):
    """li saw a marked client once today; the supervisor's reports page on this month."""
    li = staff.login("li")
    try:
        client = ClientService(li).register(ClientDraft("MARKERNAME", Gender.FEMALE, grade="初二"))
        case = CaseService(li).open(client.id, CaseDraft(li.today(), "焦虑", ProblemCategory.EMOTION))
        visits = VisitService(li)
        visits.sign(visits.start(case.id).id, VisitContent(
            kind=VisitKind.INDIVIDUAL, visit_date=li.today(), start=time(0, 10), end=time(0, 40), complaint="主诉",
            process="过程", assessment="评估", plan="计划"))
    finally:
        li.logout()
    def make(name: str = SUPERVISOR) -> ReportsPage:
        return shown_page(ReportsPage(AppContext(staff.room.inst, staff.login(name), "en")), (1000, 800))

    return make


def _this_month(page: ReportsPage):
    today = page.ctx.session.today()
    return month_period(today.year, today.month)


def test_type_save_and_sign_a_monthly_report(make_page, answers, audit_rows):
    page = make_page()
    assert page.current_period() == _this_month(page)
    assert page.headings[NarrativeField.SUMMARY].text() == "Summary of the month's work"
    assert "Not started" in page.state.text()
    type_text(page.editors[NarrativeField.SUMMARY], "本月开展个别咨询。")
    page.save_button.click()
    report = WorkReportService(page.ctx.session).find(_this_month(page))
    assert report is not None and report.narrative.summary == "本月开展个别咨询。"
    assert "Draft" in page.state.text()

    page.sign_button.click()
    assert answers["question"] and "fixed for good" in answers["question"][0]
    signed = WorkReportService(page.ctx.session).get(report.id)
    assert signed.signed and signed.snapshot is not None
    assert page.editors[NarrativeField.SUMMARY].isReadOnly()
    assert not page.save_button.isEnabled() and not page.sign_button.isEnabled()
    assert page.print_button.isEnabled() and "Signed by" in page.state.text()
    assert "(signed)" in page.period.currentText()
    assert audit_rows("work_report.signed")


def test_an_empty_summary_is_not_signed_and_says_why(make_page, answers):
    page = make_page()
    page.sign_button.click()
    assert "summary" in page.status.text()
    report = WorkReportService(page.ctx.session).find(_this_month(page))
    assert report is not None and not report.signed


def test_print_and_save_pdf_and_excel_are_audited_and_suppressed(make_page, answers, audit_rows, monkeypatch,
                                                                  tmp_path):
    page = make_page()
    printed: list[bytes] = []
    monkeypatch.setattr(pdf_output, "print_pdf", lambda pdf, parent, title: printed.append(pdf) or True)
    page.print_button.click()
    assert printed and printed[0].startswith(b"%PDF") and "printer" in page.status.text()
    pdf_path = tmp_path / "report.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(pdf_path), "")))
    page.pdf_button.click()
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf_path.read_bytes())).pages)
    assert "DRAFT" in text and "<5" in text and "MARKERNAME" not in text
    xlsx_path = tmp_path / "report.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(xlsx_path), "")))
    page.xlsx_button.click()
    with zipfile.ZipFile(xlsx_path) as book:
        assert "MARKERNAME" not in "".join(book.read(n).decode("utf-8") for n in book.namelist())
    outputs = [row.detail["output"] for row in audit_rows("work_report.output")]
    assert sorted(outputs) == ["pdf", "print", "xlsx"]


def test_the_kind_offers_recent_terms_and_years(make_page):
    page = make_page()
    page.kind.setCurrentIndex(list(ReportKind).index(ReportKind.TERM))
    assert page.period.count() == 4 and page.headings[NarrativeField.PLANS].text() == "Plans for next term"
    page.kind.setCurrentIndex(list(ReportKind).index(ReportKind.YEAR))
    assert page.period.count() == 3


def test_lock_forgets_the_text(make_page):
    page = make_page()
    type_text(page.editors[NarrativeField.PROBLEMS], "场地")
    page.clear_sensitive()
    assert page.editors[NarrativeField.PROBLEMS].toPlainText() == "" and page.period.count() == 0


def test_the_note_names_the_rooms_own_limit(make_page, staff, qtbot):
    session = staff.login(SUPERVISOR)
    SettingsService(session).update(suppression_k=3)
    session.logout()
    page = make_page()
    qtbot.waitUntil(lambda: "<3" in page.note.text())
    assert "below 3" in page.note.text()
