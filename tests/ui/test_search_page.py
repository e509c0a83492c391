"""The search page, driven through its widgets on a real encrypted installation."""

from __future__ import annotations

import threading
from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from rooms import SUPERVISOR
from counselroom.domain.audit import Action, AuditFilter
from counselroom.domain.cases import CaseDraft, ProblemCategory
from counselroom.domain.clients import ClientDraft
from counselroom.domain.visits import VisitContent
from counselroom.services.audit_service import AuditService
from counselroom.services.cases import CaseService
from counselroom.services.clients import ClientService
from counselroom.services.visits import VisitService
from counselroom.storage.database import Database
from counselroom.ui.dialogs.all_cases_reason_dialog import AllCasesReasonDialog
from counselroom.ui.models.search_results_model import HTML_ROLE, SearchModel
from counselroom.ui.pages.search_page import SearchPage
from helpers import type_text


def _note(day: date, **fields) -> VisitContent:
    base = dict(visit_date=day, start=time(9), end=time(9, 45), presenting_issue="考试焦虑",
                complaint="期末考试前焦虑，睡不着", process="认知调整，放松训练",
                assessment="中等程度的考试焦虑", plan="继续放松训练")
    return VisitContent(**{**base, **fields})


def _case_with_note(session, name, **fields):
    client = ClientService(session).register(ClientDraft(name=name, grade="初二", class_name="3班"))
    case = CaseService(session).open(client.id, CaseDraft(date(2026, 9, 1), "焦虑", ProblemCategory.EMOTION))
    visits = VisitService(session)
    visit = visits.sign(visits.start(case.id).id, _note(session.today() - timedelta(days=1), **fields))
    return case, visit


@pytest.fixture
def notes(staff):
    """li and zhou each hold a case whose notes mention 焦虑."""
    li = staff.login("li")
    li_case, li_visit = _case_with_note(li, "王䶮", process="来访者写下 <b>不要加粗</b> 的字样，情绪平稳")
    li.logout()
    zhou = staff.login("zhou")
    zhou_case, _ = _case_with_note(zhou, "赵小明", complaint="同学关系紧张，考试前焦虑")
    zhou.logout()
    return {"li_case": li_case.id, "li_visit": li_visit.id, "zhou_case": zhou_case.id}


def _page(contexts, qtbot, name):
    page = SearchPage(contexts(name))
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    page.refresh()
    return page


@pytest.fixture
def li_page(contexts, notes, qtbot):
    page = _page(contexts, qtbot, "li")
    yield page
    page.ctx.session.logout()


@pytest.fixture
def sup_page(contexts, notes, qtbot):
    page = _page(contexts, qtbot, SUPERVISOR)
    yield page
    page.ctx.session.logout()


def _cells(page, col) -> list[str]:
    return [page.proxy.index(r, col).data() for r in range(page.proxy.rowCount())]


def _search(qtbot, page, words) -> None:
    page.field.clear()
    type_text(page.field, words)
    qtbot.keyClick(page.field, Qt.Key.Key_Return)


def _notes_searched(session) -> list:
    return [e for e in AuditService(session).search(AuditFilter(action=Action.NOTES_SEARCHED.value))]


def test_two_characters_search_after_a_pause_in_own_cases_only(qtbot, li_page, notes, answers):
    type_text(li_page.field, "焦")
    qtbot.wait(600)
    assert li_page.model.rowCount() == 0
    assert "at least 2 characters" in li_page.count_label.text()
    type_text(li_page.field, "虑")
    assert li_page.field.text() == "焦虑"
    qtbot.waitUntil(lambda: li_page.model.rowCount() == 1, timeout=3000)   # no Enter: after the pause
    assert _cells(li_page, SearchModel.CLIENT) == ["王䶮"]                    # not zhou's 赵小明
    assert li_page.model.row_at(0).case_id == notes["li_case"]
    found_in = _cells(li_page, SearchModel.FOUND_IN)[0]
    assert found_in == "Presenting issue, Complaint, Assessment"
    assert "1 result for \"焦虑\"" in li_page.count_label.text()
    assert li_page.all_cases.isHidden()                                      # counsellors search their own
    assert li_page.table.isColumnHidden(SearchModel.COUNSELLOR)              # all hits are li's own
    assert answers["warning"] == []


def test_longer_phrase_uses_the_index_and_marks_the_words(qtbot, li_page):
    _search(qtbot, li_page, "放松训练")
    assert _cells(li_page, SearchModel.CLIENT) == ["王䶮"]
    assert _cells(li_page, SearchModel.FOUND_IN) == ["Next steps"]
    html = li_page.proxy.index(0, SearchModel.EXCERPT).data(HTML_ROLE)
    assert html.count("放松训练</span>") == 1 and "background-color" in html
    _search(qtbot, li_page, "同学关系紧张")  # only in zhou's case
    assert li_page.model.rowCount() == 0
    assert li_page.count_label.text() == "No results for \"同学关系紧张\"."


def test_record_text_is_shown_literally_not_as_markup(qtbot, li_page):
    _search(qtbot, li_page, "不要加粗")
    index = li_page.proxy.index(0, SearchModel.EXCERPT)
    html = index.data(HTML_ROLE)
    assert "<b>" not in html and "&lt;b&gt;" in html and "&lt;/b&gt;" in html
    doc = QTextDocument()
    doc.setHtml(html)                         # what the delegate paints
    assert "<b>不要加粗</b>" in doc.toPlainText()
    assert "<b>不要加粗</b>" in index.data()   # the plain text, for copying and screen readers
    assert "&lt;b&gt;" in index.data(Qt.ItemDataRole.ToolTipRole)
    # the delegate paints the excerpt: its cell is not left blank
    cell = li_page.table.viewport().grab(li_page.table.visualRect(index)).toImage()
    colours = {cell.pixel(x, y) for x in range(cell.width()) for y in range(cell.height())}
    assert len(colours) > 1


def test_double_click_asks_to_open_the_case(qtbot, li_page, notes):
    _search(qtbot, li_page, "焦虑")
    rect = li_page.table.visualRect(li_page.proxy.index(0, SearchModel.CLIENT))
    with qtbot.waitSignal(li_page.open_case_requested, timeout=2000) as signal:
        qtbot.mouseClick(li_page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(li_page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [notes["li_case"]]
    assert li_page.open_button.isEnabled()
    with qtbot.waitSignal(li_page.open_case_requested, timeout=2000) as signal:
        li_page.open_button.click()
    assert signal.args == [notes["li_case"]]


def test_supervisor_searches_all_cases_only_with_a_reason(qtbot, sup_page):
    session = sup_page.ctx.session
    assert sup_page.all_cases.isVisible()
    _search(qtbot, sup_page, "焦虑")
    assert sup_page.model.rowCount() == 0        # the supervisor holds no case here
    before = len(_notes_searched(session))

    # Declining the reason leaves the search as it was.
    sup_page.all_cases.click()
    dialog = sup_page.reason_dialog
    assert isinstance(dialog, AllCasesReasonDialog) and dialog.isVisible()
    assert not sup_page.all_cases.isChecked() and not dialog.ok_button.isEnabled()
    dialog.reject()
    assert not sup_page.all_cases.isChecked() and len(_notes_searched(session)) == before

    sup_page.all_cases.click()
    dialog = sup_page.reason_dialog
    type_text(dialog.reason, "家长投诉核查")
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    assert sup_page.all_cases.isChecked()
    assert sorted(_cells(sup_page, SearchModel.CLIENT)) == sorted(["王䶮", "赵小明"])
    assert sorted(_cells(sup_page, SearchModel.COUNSELLOR)) == ["周老师", "李老师"]
    assert not sup_page.table.isColumnHidden(SearchModel.COUNSELLOR)
    assert "家长投诉核查" in sup_page.scope.text()
    rows = _notes_searched(session)
    assert len(rows) == before + 1 and rows[0].detail == {"reason": "家长投诉核查", "hits": 2}

    # Each all-cases search is audited, so typing alone does not search.
    assert sup_page.field.hasFocus() and sup_page.field.selectedText() == "焦虑"   # ready for new words
    qtbot.keyClick(sup_page.field, Qt.Key.Key_End)
    type_text(sup_page.field, "前")
    qtbot.wait(700)
    assert len(_notes_searched(session)) == before + 1
    assert "Press Enter" in sup_page.count_label.text()
    qtbot.keyClick(sup_page.field, Qt.Key.Key_Return)
    assert _cells(sup_page, SearchModel.CLIENT) == []           # "焦虑前" is nowhere
    assert len(_notes_searched(session)) == before + 2

    # Unticking goes back to the supervisor's own cases, without asking or auditing.
    sup_page.all_cases.click()
    assert sup_page.reason_dialog is None and not sup_page.all_cases.isChecked()
    assert len(_notes_searched(session)) == before + 2


def test_assistants_have_no_search_page(staff):
    zhao = staff.login("zhao")
    assert not SearchPage.allowed_for(zhao.user)
    zhao.logout()
    li = staff.login("li")
    assert SearchPage.allowed_for(li.user)
    li.logout()


def test_lock_clears_results_words_and_the_reason(qtbot, sup_page):
    sup_page.all_cases.click()
    type_text(sup_page.reason_dialog.reason, "家长投诉核查")
    sup_page.reason_dialog.ok_button.click()
    _search(qtbot, sup_page, "焦虑")
    assert sup_page.model.rowCount() == 2
    sup_page.all_cases.click()
    sup_page.all_cases.click()                  # asks again: a dialog is open with a typed reason
    dialog = sup_page.reason_dialog
    type_text(dialog.reason, "另一个理由")
    sup_page.table.selectRow(0)

    sup_page.clear_sensitive()
    assert sup_page.model.rowCount() == 0 and sup_page.field.text() == ""
    assert not sup_page.all_cases.isChecked() and sup_page.reason_dialog is None
    assert dialog.reason.text() == "" and not dialog.isVisible()
    for label in (sup_page.count_label, sup_page.scope):
        assert "焦虑" not in label.text() and "理由" not in label.text() and "投诉" not in label.text()
    assert not sup_page.open_button.isEnabled()
    qtbot.wait(600)                             # no late search brings anything back
    assert sup_page.model.rowCount() == 0


@pytest.mark.async_loads
def test_searching_while_typing_leaves_the_gui_thread_free(qtbot, li_page, monkeypatch):
    """Own-case searches gather on a worker; only an all-cases search (audited) runs here."""
    on_gui_thread: list[str] = []
    main = threading.main_thread()
    for name in ("execute", "query_one", "query_all"):
        original = getattr(Database, name)

        def spy(self, sql, params=(), _original=original):
            if threading.current_thread() is main:
                on_gui_thread.append(sql)
            return _original(self, sql, params)

        monkeypatch.setattr(Database, name, spy)
    type_text(li_page.field, "焦虑")
    qtbot.waitUntil(lambda: li_page.model.rowCount() == 1, timeout=10000)
    assert "1 result for \"焦虑\"" in li_page.count_label.text()
    # Words too short drop a search still under way.
    li_page.field.setText("放松")
    li_page.search_now()
    li_page.field.clear()
    li_page.search_now()
    qtbot.waitUntil(lambda: not li_page.loader.loading, timeout=10000)
    qtbot.wait(50)
    assert li_page.model.rowCount() == 0
    assert on_gui_thread == []
