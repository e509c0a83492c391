"""The visit records page and editor, on a real encrypted installation."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt, QTime
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QInputDialog

from rooms import STAFF_PW, SUPERVISOR
from counselroom.domain.accounts import Role
from counselroom.domain.audit import AuditFilter
from counselroom.domain.cases import CaseDraft, ProblemCategory
from counselroom.domain.clients import ClientDraft, ClientQuery
from counselroom.domain.visits import RiskLevel, VisitContent, VisitKind
from counselroom.services.audit_service import AuditService
from counselroom.services.cases import CaseService
from counselroom.services.clients import ClientService
from counselroom.services.crisis import CrisisService
from counselroom.services.visits import VisitService
from counselroom.ui.main_window import page_classes
from counselroom.ui.messages import message
from counselroom.ui.pages.visits_page import VisitsPage
from helpers import type_text
from reports.pdf_helpers import pdf_text


def qtbot_click(button):
    """A real click on a real button (QTest, like qtbot.mouseClick, without needing the fixture)."""
    from PySide6.QtTest import QTest

    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


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


def test_supervisor_gives_reason_for_anothers_draft(staff, contexts, qtbot, monkeypatch, answers):
    li = staff.login("li")
    case = _open_case(li)
    visit = VisitService(li).start(case.id, VisitContent(visit_date=date(2026, 11, 20), complaint="失眠"))
    li.logout()
    ctx = contexts(SUPERVISOR)
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


# -- group sessions: the participants picker ---------------------------------------------------

def _register(session, name, class_name="3班"):
    return ClientService(session).register(ClientDraft(name=name, grade="初二", class_name=class_name))


def _add_participant(qtbot, picker, typed):
    type_text(picker.search, typed)
    qtbot.waitUntil(lambda: picker.matches.isVisible() and picker.matches.count() > 0, timeout=2000)
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)


def test_group_visit_participants_by_pinyin_autosaved_signed_and_shown(ctx, case, page, qtbot, answers):
    zhang = _register(ctx.session, "张三")
    zhao = _register(ctx.session, "赵四", "4班")   # zs too
    editor = page.editor
    picker = editor.participants
    assert not picker.parentWidget().isVisible()    # an individual visit has no participants row
    editor.kind.setCurrentIndex(editor.kind.findData(VisitKind.GROUP.value))
    assert picker.isVisible() and picker.search.isVisible()
    assert picker.empty_label.isVisible()

    type_text(picker.search, "zs")
    qtbot.waitUntil(lambda: picker.matches.count() == 2, timeout=2000)
    listed = {picker.matches.item(r).data(0x0100).id for r in range(picker.matches.count())}
    assert listed == {zhang.id, zhao.id}      # the case's own client (王䶮) is never offered
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)
    second = picker.matches.currentItem().data(0x0100).id
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert picker.participants() == (second,) and picker.search.text() == ""
    _add_participant(qtbot, picker, "zs")      # the other one is the only match left
    assert set(picker.participants()) == {zhang.id, zhao.id}
    assert not picker.empty_label.isVisible()
    assert [c.remove_button is not None for c in picker.chip_widgets()] == [True, True]

    # a third, then taken off again with its ×
    wang = _register(ctx.session, "王小明", "5班")
    _add_participant(qtbot, picker, "王小明")
    assert wang.id in picker.participants()
    chip = next(c for c in picker.chip_widgets() if c.client_id == wang.id)
    qtbot.mouseClick(chip.remove_button, Qt.MouseButton.LeftButton)
    assert set(picker.participants()) == {zhang.id, zhao.id}

    visit_id = editor.visit.id
    editor.autosave_interval = 50
    qtbot.waitUntil(lambda: set(VisitService(ctx.session).get(visit_id).content.participants)
                    == {zhang.id, zhao.id}, timeout=3000)

    _fill_for_signing(editor, ctx.session.today())
    editor.sign()
    assert editor.visit.signed
    assert set(editor.visit.content.participants) == {zhang.id, zhao.id}
    assert picker.is_read_only() and not picker.search.isVisible()
    assert [c.remove_button for c in picker.chip_widgets()] == [None, None]
    assert sorted(t.split(" · ")[0] for t in picker.chip_texts()) == ["张三", "赵四"]

    # opened again later: the participants are shown by name, read-only
    page.clear_sensitive()
    assert picker.chip_texts() == []
    page.refresh()
    page.open_visit(visit_id)
    assert picker.isVisible() and picker.is_read_only()
    labels = [c.label.text() for c in picker.chip_widgets()]
    assert all(c.isVisible() for c in picker.chip_widgets())
    assert sorted(x.split(" · ")[0] for x in labels) == ["张三", "赵四"]
    assert all(zhang.case_no in x or zhao.case_no in x for x in labels)


def test_group_without_participants_is_refused_at_the_field(ctx, page, answers):
    editor = page.editor
    editor.kind.setCurrentIndex(editor.kind.findData(VisitKind.GROUP.value))
    _fill_for_signing(editor, ctx.session.today())
    editor.sign()
    error = editor.form.error_for("participants")
    assert error.isVisible() and error.text() == message("visit.group_needs_participants")
    assert not editor.visit.signed and editor.process.toPlainText() == "倾听，放松训练"
    assert editor.participants.property("invalid") is True
    assert "#b3261e" in editor.participants.search.styleSheet()   # the box one types in is marked
    assert editor.participants.styleSheet() == ""                 # the chips keep their own look
    # choosing someone and signing again clears it
    other = _register(ctx.session, "张三")
    editor.participants.add(ClientService(ctx.session).search(ClientQuery(ids=(other.id,)))[0])
    editor.sign()
    assert editor.visit.signed and not error.isVisible()


def test_switching_back_to_individual_drops_the_participants(ctx, page, qtbot):
    other = _register(ctx.session, "张三")
    editor = page.editor
    editor.kind.setCurrentIndex(editor.kind.findData(VisitKind.GROUP.value))
    _add_participant(qtbot, editor.participants, "张三")
    assert editor.content().participants == (other.id,)
    editor.kind.setCurrentIndex(editor.kind.findData(VisitKind.INDIVIDUAL.value))
    assert not editor.participants.isVisible()
    assert editor.content().participants == ()   # an individual visit names no one else


def test_lock_clears_the_participants(ctx, page, qtbot):
    _register(ctx.session, "张三")
    editor = page.editor
    editor.kind.setCurrentIndex(editor.kind.findData(VisitKind.GROUP.value))
    _add_participant(qtbot, editor.participants, "zs")
    type_text(editor.participants.search, "张")
    page.clear_sensitive()
    picker = editor.participants
    assert picker.participants() == () and picker.chip_texts() == []
    assert picker.search.text() == "" and picker.matches.count() == 0
    assert picker.chip_widgets() == []


# -- printing a visit record -------------------------------------------------------------------

def _printed_rows(staff):
    sup = staff.login(SUPERVISOR)
    try:
        return AuditService(sup).search(AuditFilter(action="record.printed"))
    finally:
        sup.logout()


def test_save_a_signed_record_as_pdf_is_audited(staff, ctx, case, page, answers, monkeypatch, tmp_path):
    editor = page.editor
    _fill_for_signing(editor, ctx.session.today())
    editor.sign()
    visit = editor.visit
    target = tmp_path / "记录.pdf"
    offered = []

    def get_save_file_name(parent, title, suggested, filters):
        offered.append(suggested)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get_save_file_name))
    page.visits_table.selectRow(0)
    assert page.save_pdf_button.isEnabled() and page.print_button.isEnabled()
    qtbot_click(page.save_pdf_button)
    assert answers["warning"] and "PDF" in answers["warning"][-1]   # told what the file holds
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    text = pdf_text(data)
    assert "最近总是失眠" in text and "王䶮" in text
    assert offered and offered[0].endswith(".pdf") and "王䶮" not in offered[0]
    assert str(target) in page.status.text()
    rows = _printed_rows(staff)
    assert rows[0].detail == {"document": "visit_record", "id": visit.id, "output": "pdf"}
    assert rows[0].target == f"client:{visit.client_id}"


def test_print_a_draft_goes_to_the_printer_and_is_audited(staff, ctx, case, page, answers, monkeypatch,
                                                         tmp_path):
    editor = page.editor
    type_text(editor.complaint, "草稿里的主诉䶮")   # not yet autosaved: printing saves it first
    out = tmp_path / "printer.pdf"

    def exec_(dialog):
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(out))
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", exec_)
    page.visits_table.clearSelection()            # nothing selected: the record open on the right
    assert page.print_button.isEnabled()
    qtbot_click(page.print_button)
    assert out.read_bytes().startswith(b"%PDF")
    rows = _printed_rows(staff)
    assert rows[0].detail == {"document": "visit_record", "id": editor.visit.id, "output": "print"}
    assert VisitService(ctx.session).get(editor.visit.id).content.complaint == "草稿里的主诉䶮"


def test_print_cancelled_is_not_audited(staff, ctx, page, monkeypatch):
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: QPrintDialog.DialogCode.Rejected)
    page.print_selected()
    assert _printed_rows(staff) == []


def test_nothing_to_print_without_a_record(ctx, case, qtbot):
    page = _page(ctx, qtbot)
    assert not page.print_button.isEnabled() and not page.save_pdf_button.isEnabled()


def test_a_long_list_of_open_cases_shows_the_newest_and_the_filter_finds_the_others(ctx, qtbot, monkeypatch):
    from counselroom.ui.widgets import open_cases_list

    monkeypatch.setattr(open_cases_list, "CASES_SHOWN", 2)
    oldest, *_newer = [_open_case(ctx.session, name) for name in ("王䶮", "李雷", "韩梅梅")]
    page = _page(ctx, qtbot)
    assert [page.cases_list.item(r).text().split("  ")[0] for r in range(page.cases_list.count())] == ["韩梅梅", "李雷"]
    assert page.open_cases.more.isVisible() and page.open_cases.more.text().startswith("1 more, older")
    assert page.open_cases.filter.isVisible()

    type_text(page.open_cases.filter, "王")
    qtbot.waitUntil(lambda: page.cases_list.count() == 1, timeout=5000)
    assert "王䶮" in page.cases_list.item(0).text() and not page.open_cases.more.isVisible()
    _select_case(page, oldest.id)
    assert page.visits_heading.text().startswith("Visit records of 王䶮")

    type_text(page.open_cases.filter, "nobody")
    qtbot.waitUntil(lambda: page.cases_list.count() == 0, timeout=5000)
    assert page.open_cases.more.text() == "No open case matches the filter."

    page.clear_sensitive()
    assert page.open_cases.filter.text() == "" and not page.open_cases.filter.isVisible()
    assert page.cases_list.count() == 0 and not page.open_cases.more.isVisible()


def test_a_short_list_of_open_cases_has_no_filter(ctx, case, qtbot):
    page = _page(ctx, qtbot)
    assert page.cases_list.count() == 1
    assert not page.open_cases.filter.isVisible() and not page.open_cases.more.isVisible()
