"""The visit records page and editor, on a real encrypted installation."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QInputDialog, QMessageBox

from conftest import STAFF_PW, SUPERVISOR
from counselroom.domain.accounts import Role
from counselroom.domain.cases import CaseDraft, ProblemCategory
from counselroom.domain.clients import ClientDraft
from counselroom.domain.visits import RiskLevel, VisitContent
from counselroom.services.cases import CaseService
from counselroom.services.clients import ClientService
from counselroom.services.crisis import CrisisService
from counselroom.services.visits import VisitService
from counselroom.ui.context import AppContext
from counselroom.ui.main_window import page_classes
from counselroom.ui.pages.visits_page import VisitsPage
from counselroom.ui.workers import wait_for_background
from helpers import type_text


@pytest.fixture
def answers(monkeypatch):
    """Confirmations say yes; warnings and notices are recorded instead of blocking."""
    asked: dict[str, list[str]] = {"question": [], "warning": [], "information": []}

    def recorder(kind, result):
        def answer(parent, title, text, *args, **kwargs):
            asked[kind].append(text)
            return result
        return staticmethod(answer)

    monkeypatch.setattr(QMessageBox, "question", recorder("question", QMessageBox.StandardButton.Yes))
    monkeypatch.setattr(QMessageBox, "warning", recorder("warning", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "information", recorder("information", QMessageBox.StandardButton.Ok))
    return asked


def _context(staff, name):
    return AppContext(staff.room.inst, staff.login(name), "zh_CN")


@pytest.fixture
def ctx(staff):
    ctx = _context(staff, "li")
    yield ctx
    wait_for_background()
    ctx.session.logout()


def _open_case(session, name="王䶮", counsellor_id=None):
    client = ClientService(session).register(ClientDraft(name=name, grade="初二", class_name="3班"))
    kw = {"counsellor_id": counsellor_id} if counsellor_id else {}
    return CaseService(session).open(client.id, CaseDraft(date(2026, 9, 1), "考试焦虑", ProblemCategory.EMOTION),
                                     **kw)


@pytest.fixture
def case(ctx):
    return _open_case(ctx.session)


def _page(ctx, qtbot) -> VisitsPage:
    page = VisitsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.refresh()
    return page


def _select_case(page, case_id):
    for row in range(page.cases_list.count()):
        if page.cases_list.item(row).data(0x0100) == case_id:
            page.cases_list.setCurrentRow(row)
            return
    raise AssertionError("case not listed")


def _fill_for_signing(editor, today: date):
    editor.visit_date.setDate(QDate(today.year, today.month, today.day))
    editor.start_time.setTime(QTime(9, 0))
    editor.end_time.setTime(QTime(9, 45))
    type_text(editor.presenting_issue, "考试焦虑")
    type_text(editor.complaint, "最近总是失眠，担心期末考试")
    type_text(editor.process, "倾听，放松训练")
    type_text(editor.assessment, "焦虑情绪明显，无自伤想法")
    type_text(editor.plan, "下周继续，布置睡眠日记")


@pytest.fixture
def page(ctx, case, qtbot):
    page = _page(ctx, qtbot)
    _select_case(page, case.id)
    page.new_visit()
    assert page.editor.visit is not None
    return page


def test_registered_after_clients_and_not_for_assistants(staff):
    classes = page_classes()
    keys = [c.key for c in classes]
    assert keys.index("visits") == keys.index("clients") + 1

    class Who:
        def __init__(self, role):
            self.role = role

    assert VisitsPage.allowed_for(Who(Role.COUNSELLOR)) and VisitsPage.allowed_for(Who(Role.SUPERVISOR))
    assert not VisitsPage.allowed_for(Who(Role.ASSISTANT))
    zhao = staff.login("zhao")
    assert not VisitsPage.allowed_for(zhao.user)
    zhao.logout()


def test_lists_my_cases_and_drafts(ctx, case, page):
    assert page.cases_list.count() == 1
    assert "王䶮" in page.cases_list.item(0).text()
    assert page.visits_table.rowCount() == 1
    assert page.drafts_list.count() == 1 and "王䶮" in page.drafts_list.item(0).text()


def test_chinese_complaint_autosaves(ctx, page, qtbot):
    editor = page.editor
    editor.autosave_interval = 50
    type_text(editor.complaint, "最近总是失眠，担心期末考试")
    visit_id = editor.visit.id

    def saved():
        assert VisitService(ctx.session).get(visit_id).content.complaint == "最近总是失眠，担心期末考试"

    qtbot.waitUntil(saved, timeout=3000)
    assert editor.autosave_status.objectName() == "autosaveStatus"
    assert editor.autosave_status.text()


def test_draft_survives_a_lock(ctx, page):
    editor = page.editor
    editor.autosave_interval = 3_600_000  # only the lock may save it
    visit_id = editor.visit.id
    type_text(editor.process, "倾听，放松训练，䶮字测试")
    page.clear_sensitive()
    ctx.session.lock()
    ctx.session.unlock(STAFF_PW)
    page.refresh()
    page.open_visit(visit_id)
    assert editor.process.toPlainText() == "倾听，放松训练，䶮字测试"


def test_switching_visits_saves_first(ctx, case, page):
    editor = page.editor
    editor.autosave_interval = 3_600_000
    first = editor.visit.id
    type_text(editor.complaint, "第一次的主诉")
    page.new_visit()
    assert editor.visit.id != first
    assert VisitService(ctx.session).get(first).content.complaint == "第一次的主诉"


def test_sign_error_at_field_keeps_text(ctx, page, answers):
    editor = page.editor
    _fill_for_signing(editor, ctx.session.today())
    editor.process.clear()
    editor.sign()
    assert answers["question"]  # asked to confirm
    error = editor.form.error_for("process")
    assert error.isVisible() and error.text()
    assert editor.complaint.toPlainText() == "最近总是失眠，担心期末考试"
    assert not editor.visit.signed and editor.sign_button.isVisible()


def test_missing_start_time_error_at_its_field(ctx, page, answers):
    editor = page.editor
    _fill_for_signing(editor, ctx.session.today())
    editor.start_time.setTime(QTime(0, 0))
    editor.sign()
    assert editor.how.error_for("start").isVisible()


def test_signing_locks_and_addendum(ctx, page, answers):
    editor = page.editor
    _fill_for_signing(editor, ctx.session.today())
    editor.sign()
    assert editor.visit.signed
    assert editor.complaint.isReadOnly() and not editor.risk.isEnabled()
    assert not editor.sign_button.isVisible()
    assert editor.addendum_text.isVisible() and editor.add_addendum_button.isVisible()
    assert not answers["warning"]  # no risk: no crisis notice
    assert page.visits_table.item(0, 3).text() != ""
    assert page.drafts_list.item(0).data(0x0100) is None  # "no drafts" line

    editor.add_addendum()  # empty
    assert editor.addendum_error.isVisible()
    type_text(editor.addendum_text, "补充：来访者的班主任已知情")
    editor.add_addendum()
    assert not editor.addendum_error.isVisible()
    assert "补充：来访者的班主任已知情" in editor.addenda_label.text()
    stored = VisitService(ctx.session).get(editor.visit.id)
    assert [a.text for a in stored.addenda] == ["补充：来访者的班主任已知情"]


def test_medium_risk_sign_tells_about_the_crisis(ctx, case, page, answers):
    editor = page.editor
    _fill_for_signing(editor, ctx.session.today())
    editor.risk.setCurrentIndex(editor.risk.findData(RiskLevel.MEDIUM.value))
    editor.risk_self_harm.setChecked(True)
    editor.sign()
    assert editor.visit.signed
    assert len(answers["warning"]) == 1
    assert CrisisService(ctx.session).open_for_case(case.id) is not None


def test_clear_sensitive_empties_everything(ctx, page, answers):
    editor = page.editor
    _fill_for_signing(editor, ctx.session.today())
    editor.risk_harmed.setChecked(True)
    page.clear_sensitive()
    for edit in (editor.presenting_issue,):
        assert edit.text() == ""
    for edit in (editor.complaint, editor.process, editor.assessment, editor.plan, editor.addendum_text):
        assert edit.toPlainText() == ""
    assert not editor.risk_harmed.isChecked() and editor.risk.currentIndex() == 0
    assert editor.start_time.time() == QTime(0, 0) and editor.heading.text() == ""
    assert editor.visit is None and editor.addenda_label.text() == ""
    assert page.cases_list.count() == 0 and page.drafts_list.count() == 0
    assert page.visits_table.rowCount() == 0


def test_supervisor_gives_reason_for_anothers_draft(staff, qtbot, monkeypatch, answers):
    li = staff.login("li")
    case = _open_case(li)
    visit = VisitService(li).start(case.id, VisitContent(visit_date=date(2026, 11, 20), complaint="失眠"))
    li.logout()
    ctx = _context(staff, SUPERVISOR)
    asked = []

    def get_text(*args, **kwargs):
        asked.append(args)
        return ("例行督导检查", True)

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    page = _page(ctx, qtbot)
    assert page.cases_list.count() == 0   # the supervisor's own cases only
    assert page.drafts_list.count() == 1
    page.open_visit(visit.id)
    assert len(asked) == 1
    assert page.editor.complaint.toPlainText() == "失眠"
    assert page.editor.complaint.isReadOnly() and not page.editor.sign_button.isVisible()
    page.clear_sensitive()
    ctx.session.logout()
