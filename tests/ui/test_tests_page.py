"""The psychological tests page, its panel and the test entry form, on a real encrypted installation."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

import pinned_clock
from PySide6.QtCore import QDate, Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox

from rooms import SUPERVISOR
from counselroom.domain.accounts import Role
from counselroom.domain.audit import AuditFilter
from counselroom.domain.cases import CaseDraft, ProblemCategory
from counselroom.domain.clients import ClientDraft
from counselroom.domain.consent import ConsentDraft, ConsentGiver, ConsentKind
from counselroom.domain.paper_form import PaperFormError, parse_paper_form
from counselroom.services.audit_service import AuditService
from counselroom.services.cases import CaseService
from counselroom.services.clients import ClientService
from counselroom.services.consent import ConsentService
from counselroom.services.crisis import CrisisService
from counselroom.services.tests import TestService
from counselroom.ui.context import AppContext
from counselroom.ui.dialogs.case_window import CaseWindow
from counselroom.ui.messages import message
from counselroom.ui.pages.home_page import HomePage
from counselroom.ui.pages.tests_page import TestsPage
from counselroom.ui.widgets.tests_panel import TestsPanel
from helpers import replace_text, type_text
from reports.pdf_helpers import pdf_text


@pytest.fixture
def asked(monkeypatch):
    """Questions are answered with the first of Yes / Save / Discard offered (or ``reply``); warnings recorded."""
    seen: dict = {"question": [], "warning": [], "reply": None}
    yes = QMessageBox.StandardButton

    def question(parent, title, text, buttons=yes.Yes | yes.No, *args, **kwargs):
        seen["question"].append(text)
        if seen["reply"] is not None:
            return seen["reply"]
        return next(b for b in (yes.Yes, yes.Save, yes.Discard) if buttons & b)

    def warning(parent, title, text, *args, **kwargs):
        seen["warning"].append(text)
        return yes.Ok

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    return seen


def _open_case(session, name="王䶮"):
    client = ClientService(session).register(ClientDraft(name=name, grade="初二", class_name="3班"))
    return CaseService(session).open(client.id, CaseDraft(date(2026, 9, 1), "情绪低落", ProblemCategory.EMOTION))


@pytest.fixture
def case(ctx):
    return _open_case(ctx.session)


def _page(ctx, qtbot) -> TestsPage:
    page = TestsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 820)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    page.refresh()
    return page


def _select_case(page, case_id):
    for row in range(page.cases_list.count()):
        if page.cases_list.item(row).data(Qt.ItemDataRole.UserRole) == case_id:
            page.cases_list.setCurrentRow(row)
            return
    raise AssertionError("case not listed")


def _start(panel, code="phq9", on: date | None = None):
    panel.new_test()
    dialog = panel.open_dialogs()[-1]
    dialog.choose(code)
    if on is not None:
        dialog.administered_on.setDate(QDate(on.year, on.month, on.day))
    dialog.start()
    assert dialog.started is not None, "the test did not start"
    return dialog.started


@pytest.fixture
def page(ctx, case, qtbot):
    page = _page(ctx, qtbot)
    _select_case(page, case.id)
    return page


def _signed(session, case, answers, scale="phq9", on=None):
    tests = TestService(session)
    draft = tests.start(case.id, scale, on)
    tests.save_answers(draft.id, answers, True)
    return tests.sign(draft.id)


def _phq9(keys: str) -> dict[str, str]:
    return {str(n): k for n, k in enumerate(keys, 1)}


# -- who sees it ---------------------------------------------------------------------------------------
def test_only_clinicians_have_the_tests_page(contexts, staff, qtbot):
    class Who:
        def __init__(self, role):
            self.role = role

    assert TestsPage.allowed_for(Who(Role.COUNSELLOR)) and TestsPage.allowed_for(Who(Role.SUPERVISOR))
    assert not TestsPage.allowed_for(Who(Role.ASSISTANT))
    zhao = contexts("zhao")
    assert not TestsPage.allowed_for(zhao.user)
    panel = TestsPanel(zhao)        # e.g. in a case window: nothing of the tests, only why
    qtbot.addWidget(panel)
    assert not panel.stack.isVisibleTo(panel) and "counsellors" in panel.hint.text()
    zhao.session.logout()


def test_the_scale_library_button_is_the_supervisors(contexts, staff, ctx, qtbot):
    assert not _page(ctx, qtbot).library_button.isVisibleTo(None)
    sup = contexts(SUPERVISOR)
    assert _page(sup, qtbot).library_button.isVisibleTo(None)
    sup.session.logout()


# -- entering a PHQ-9 -------------------------------------------------------------------------------------
def test_a_phq9_entered_by_keyboard(ctx, case, page, qtbot, asked):
    panel = page.panel
    record = _start(panel)
    entry = panel.entry
    assert panel.showing_entry() and entry.record.id == record.id
    assert [r.item.id for r in entry.rows] == [str(n) for n in range(1, 10)]
    assert entry.current_index() == 0 and entry.rows[0].hasFocus()
    assert "在过去两个星期" in entry.instructions.text()
    assert page.drafts_list.count() == 1 and "王䶮" in page.drafts_list.item(0).text()

    for n, key in enumerate("01230123"):
        focused = QApplication.focusWidget()
        assert focused is entry.rows[n]
        qtbot.keyClick(focused, getattr(Qt.Key, f"Key_{key}"))
        assert entry.current_index() == n + 1           # the digit moved on to the next item
        assert entry.rows[n + 1].hasFocus()
        assert bool(entry.rows[n + 1].property("current")) and not entry.rows[n].property("current")
    assert entry.answers() == _phq9("01230123")
    assert "—" in entry.total_label.text() and "12" in entry.total_label.text()   # no total yet; the sum so far
    assert "1" in entry.missing_label.text() and not entry.band_label.isVisible()
    qtbot.keyClick(entry.rows[8], Qt.Key.Key_7)           # not an answer: nothing happens
    assert "9" not in entry.answers() and entry.current_index() == 8
    qtbot.keyClick(entry.rows[8], Qt.Key.Key_Up)
    assert entry.current_index() == 7 and entry.rows[7].hasFocus()
    qtbot.keyClick(entry.rows[7], Qt.Key.Key_Delete)      # cleared again, and retyped
    assert "8" not in entry.answers()
    qtbot.keyClick(entry.rows[7], Qt.Key.Key_3)
    qtbot.keyClick(entry.rows[8], Qt.Key.Key_0)
    assert entry.interpretation.hasFocus()                # after the last item: the interpretation
    assert entry.answers() == _phq9("012301230")
    assert [b.isChecked() for b in entry.rows[3].buttons] == [False, False, False, True]
    assert entry.total_label.text().endswith("12") and entry.band_label.text() == "中度抑郁"
    assert not entry.critical_label.isVisible()

    # a mouse click answers too (and does not move on)
    qtbot.mouseClick(entry.rows[0].buttons[2], Qt.MouseButton.LeftButton)
    assert entry.answers()["1"] == "2" and entry.current_index() == 0
    assert entry.total_label.text().endswith("14")

    entry.explained.setChecked(True)
    type_text(entry.interpretation, "学生配合，结果与访谈一致")
    assert entry.save_status.text()                       # "unsaved changes" until saved
    assert entry.save()
    stored = TestService(ctx.session).get(record.id)
    assert stored.answers == {**_phq9("012301230"), "1": "2"} and stored.purpose_explained
    assert stored.interpretation == "学生配合，结果与访谈一致"
    assert panel.model.row_at(0).result.total == 14       # the list shows the saved total


def test_the_explained_gate_refuses_and_keeps_the_answers(ctx, case, page, qtbot, asked):
    record = _start(page.panel)
    entry = page.panel.entry
    for key in "0120":
        qtbot.keyClick(QApplication.focusWidget(), getattr(Qt.Key, f"Key_{key}"))
    assert not entry.save()
    error = entry.facts.error_for("purpose_explained")
    assert error.isVisible() and error.text() == message("test.purpose_not_explained")
    assert entry.answers() == _phq9("0120")                # still on screen
    assert entry.rows[2].buttons[2].isChecked()
    assert TestService(ctx.session).get(record.id).answers == {}
    # a lock cannot save them either (R5), and says nothing: they are still there afterwards
    assert not entry.flush() and entry.answers() == _phq9("0120")
    entry.explained.setChecked(True)
    assert entry.save() and not error.isVisible()
    assert TestService(ctx.session).get(record.id).answers == _phq9("0120")


def test_signing_locks_and_item_9_opens_a_crisis_and_flags_the_client(ctx, case, page, qtbot, asked):
    record = _start(page.panel)
    entry = page.panel.entry
    entry.explained.setChecked(True)
    for key in "000100002":
        qtbot.keyClick(QApplication.focusWidget(), getattr(Qt.Key, f"Key_{key}"))
    assert entry.critical_label.isVisible()
    assert "第9题" in entry.critical_label.text() and "一半以上的天数" in entry.critical_label.text()
    assert entry.rows[8].property("critical") is True
    entry.sign()
    assert any("crisis" in q for q in asked["question"])   # the confirmation said so
    signed = entry.record
    assert signed.signed and signed.id == record.id and signed.total == 3 and signed.critical
    assert not entry.save_button.isVisible() and not entry.sign_button.isVisible()
    assert not entry.rows[0].buttons[0].isEnabled() and entry.interpretation.isReadOnly()
    assert not entry.paper.isVisible() and not entry.explained.isEnabled()
    assert signed.seal[:12] in entry.signed_label.text()
    qtbot.keyClick(entry.rows[0], Qt.Key.Key_3)          # locked: typing changes nothing
    assert entry.answers()["1"] == "0"
    assert len(asked["warning"]) == 1                    # the crisis notice
    crisis = CrisisService(ctx.session).open_for_case(case.id)
    assert crisis is not None and crisis.test_id == record.id
    assert page.drafts_list.item(0).data(Qt.ItemDataRole.UserRole) is None   # "no unsigned tests"

    home = HomePage(ctx)
    qtbot.addWidget(home)
    home.refresh()
    card = home.findChild(QLabel, "flaggedNotice")
    assert card is not None and "王䶮" in card.text() and case.client_id
    until = (pinned_clock.today() + timedelta(days=60)).isoformat()
    assert until in card.text() or (pinned_clock.today() + timedelta(days=59)).isoformat() in card.text()


def test_incomplete_sign_is_refused_at_the_items(ctx, case, page, qtbot, asked):
    _start(page.panel)
    entry = page.panel.entry
    entry.explained.setChecked(True)
    for key in "0123":
        qtbot.keyClick(QApplication.focusWidget(), getattr(Qt.Key, f"Key_{key}"))
    entry.sign()
    assert asked["question"] == []                                      # refused before asking
    assert entry.answers_error.isVisible() and "5" in entry.answers_error.text()
    assert not entry.record.signed and entry.current_index() == 4       # the first open item
    assert entry.answers() == _phq9("0123")
    entry.explained.setChecked(False)
    for key in "01230":
        qtbot.keyClick(QApplication.focusWidget(), getattr(Qt.Key, f"Key_{key}"))
    entry.sign()
    assert entry.facts.error_for("purpose_explained").isVisible() and not entry.answers_error.isVisible()
    assert asked["question"] == [] and not TestService(ctx.session).get(entry.record.id).signed


def test_the_paper_form(ctx, case, page, qtbot, asked):
    _start(page.panel)
    entry = page.panel.entry
    type_text(entry.paper, "01230123")
    entry.apply_paper_form()
    error = entry.facts.error_for("paper")
    assert error.isVisible() and "9" in error.text() and "8" in error.text()
    assert entry.paper.text() == "01230123" and entry.answers() == {}
    entry.paper.clear()
    type_text(entry.paper, "012381230")
    entry.apply_paper_form()
    assert error.isVisible() and "\"8\"" in error.text() and "5" in error.text()
    assert entry.paper.text() == "012381230"
    entry.paper.clear()
    type_text(entry.paper, "0123 0123 -")
    entry.apply_paper_form()
    assert not error.isVisible() and entry.paper.text() == ""
    assert entry.answers() == _phq9("01230123")
    assert "1" in entry.missing_label.text()


def test_parse_paper_form_by_position_when_ids_are_not_digits(ctx):
    from counselroom.domain.scales import parse_definition
    import json

    definition = parse_definition(json.dumps({
        "format": 1, "code": "mood3", "version": "1", "name": {"zh_CN": "心情"},
        "options": [{"id": "no", "label": {"zh_CN": "否"}, "score": 0},
                    {"id": "yes", "label": {"zh_CN": "是"}, "score": 1}],
        "items": [{"id": "a", "text": {"zh_CN": "甲"}}, {"id": "b", "text": {"zh_CN": "乙"}}],
        "bands": [{"id": "all", "min": 0, "max": 2, "label": {"zh_CN": "全部"}}]}).encode())
    assert parse_paper_form(definition, "21") == {"a": "yes", "b": "no"}
    with pytest.raises(PaperFormError) as err:
        parse_paper_form(definition, "20")
    assert (err.value.position, err.value.char) == (2, "0")


def test_unsaved_answers_are_asked_about_before_leaving(ctx, case, page, qtbot, asked):
    other = _open_case(ctx.session, "张三")
    page.refresh()
    record = _start(page.panel)
    entry = page.panel.entry
    entry.explained.setChecked(True)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_2)
    asked["reply"] = QMessageBox.StandardButton.Cancel
    page.panel.back_to_list()
    assert page.panel.showing_entry() and entry.answers() == {"1": "2"}
    _select_case(page, other.id)                         # cancelled: stays on the case and the test
    assert page.panel.case.id == case.id and entry.record.id == record.id
    asked["reply"] = QMessageBox.StandardButton.Save
    _select_case(page, other.id)
    assert page.panel.case.id == other.id and not page.panel.showing_entry()
    assert TestService(ctx.session).get(record.id).answers == {"1": "2"}
    assert len(asked["question"]) == 3


def test_discarding_a_draft(ctx, case, page, qtbot, asked):
    record = _start(page.panel)
    page.panel.entry.discard()
    assert not page.panel.showing_entry() and page.panel.model.rowCount() == 0
    assert TestService(ctx.session).drafts() == []
    assert page.drafts_list.item(0).data(Qt.ItemDataRole.UserRole) is None
    assert record.id


def test_the_consent_reference(ctx, case, page, qtbot, asked):
    consents = ConsentService(ctx.session)
    counselling = consents.record(case.client_id, ConsentDraft(ConsentKind.COUNSELLING, ConsentGiver.GUARDIAN,
                                                               date(2026, 9, 1), limits_explained=True))
    testing = consents.record(case.client_id, ConsentDraft(ConsentKind.TESTING, ConsentGiver.GUARDIAN,
                                                           date(2026, 9, 2), limits_explained=True))
    record = _start(page.panel)
    combo = page.panel.entry.consent
    assert [combo.itemData(i) for i in range(combo.count())] == [None, testing.id, counselling.id]
    combo.setCurrentIndex(1)
    page.panel.entry.explained.setChecked(True)
    assert page.panel.entry.save()
    assert TestService(ctx.session).get(record.id).consent_id == testing.id


# -- the list, the trend, the report ---------------------------------------------------------------------------
def test_the_trend_shows_the_signed_tests(ctx, case, qtbot, asked):
    today = ctx.session.today()
    for days, keys in ((90, "333332200"), (60, "222222100"), (30, "111111100"), (5, "110000000")):
        _signed(ctx.session, case, _phq9(keys), on=today - timedelta(days=days))
    _signed(ctx.session, case, {str(n): "1" for n in range(1, 8)}, scale="gad7", on=today)
    TestService(ctx.session).start(case.id, "phq9", today)           # a draft: not on the trend
    page = _page(ctx, qtbot)
    _select_case(page, case.id)
    panel = page.panel
    assert panel.model.rowCount() == 6
    assert panel.trend_scale.count() == 2 and panel.trend_scale.isEnabled()
    panel.trend_scale.setCurrentIndex(panel.trend_scale.findData("phq9"))
    assert [p.score for p in panel.chart.points] == [19, 13, 7, 2]
    assert [p.band for p in panel.chart.points] == ["中重度抑郁", "中度抑郁", "轻度抑郁", "无或极轻微抑郁"]
    assert [b.label for b in panel.chart._bands][0] == "无或极轻微抑郁"
    panel.trend_scale.setCurrentIndex(panel.trend_scale.findData("gad7"))
    assert [p.score for p in panel.chart.points] == [7]


def test_save_the_report_as_pdf_is_audited(staff, ctx, case, page, qtbot, asked, monkeypatch, tmp_path):
    record = _signed(ctx.session, case, _phq9("110000000"))
    page.panel.show_case(case)
    assert page.panel.select(record.id)
    target = tmp_path / "测验报告.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda parent, title, suggested, filters: (str(target), filters)))
    page.panel.save_report()
    assert target.exists() and "PHQ-9" in pdf_text(target.read_bytes())
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QPrintDialog.DialogCode.Rejected)
    page.panel.print_report()                            # cancelled: not recorded
    ctx.session.logout()
    sup = staff.login(SUPERVISOR)
    rows = AuditService(sup).search(AuditFilter(action="record.printed"))
    assert [(r.detail["document"], r.detail["id"], r.detail["output"]) for r in rows] == [
        ("test_report", record.id, "pdf")]
    sup.logout()


def test_the_case_window_has_a_tests_tab(ctx, case, qtbot, asked):
    _signed(ctx.session, case, _phq9("110000000"))
    window = CaseWindow(ctx, case)
    qtbot.addWidget(window)
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert "Tests" in titles
    panel = window.findChild(TestsPanel)
    assert panel.case.id == case.id and panel.model.rowCount() == 1
    window.clear()
    assert panel.model.rowCount() == 0 and panel.case is None


# -- the lock ------------------------------------------------------------------------------------------------------
def test_lock_saves_a_ticked_draft_then_clears_everything(ctx, case, page, qtbot, asked):
    record = _start(page.panel)
    entry = page.panel.entry
    entry.explained.setChecked(True)
    for key in "0123":
        qtbot.keyClick(QApplication.focusWidget(), getattr(Qt.Key, f"Key_{key}"))
    type_text(entry.interpretation, "未完成，下次继续")
    page.clear_sensitive()
    assert entry.record is None and entry.rows == [] and entry.answers() == {}
    assert entry.interpretation.toPlainText() == "" and not entry.explained.isChecked()
    assert entry.heading.text() == "" and entry.total_label.text() == "" and entry.consent.count() == 0
    assert page.cases_list.count() == 0 and page.drafts_list.count() == 0
    assert page.panel.model.rowCount() == 0 and page.panel.chart.points == []
    ctx.lock_session("manual")
    from rooms import STAFF_PW

    ctx.session.unlock(STAFF_PW)
    stored = TestService(ctx.session).get(record.id)
    assert stored.answers == _phq9("0123") and stored.interpretation == "未完成，下次继续"
    page.refresh()
    assert page.drafts_list.count() == 1
    page.open_test(case.id, record.id)
    assert entry.answers() == _phq9("0123") and entry.explained.isChecked()
    assert entry.current_index() == 4


def test_the_supervisor_opens_anothers_test_with_a_reason(contexts, staff, qtbot, asked, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    li = staff.login("li")
    case = _open_case(li)
    draft = TestService(li).start(case.id, "phq9", date(2026, 11, 20))
    TestService(li).save_answers(draft.id, _phq9("0123"), True)
    li.logout()
    reasons = []
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(
        lambda *args, **kwargs: (reasons.append(args) or ("督导检查", True))))
    sup = contexts(SUPERVISOR)
    page = _page(sup, qtbot)
    assert page.cases_list.count() == 0
    assert page.open_test(case.id, draft.id)
    assert len(reasons) == 1
    entry = page.panel.entry
    assert entry.answers() == _phq9("0123") and not entry.editable
    assert not entry.save_button.isVisible() and not entry.rows[0].buttons[0].isEnabled()
    assert "李老师" in entry.hint.text()
    page.clear_sensitive()
    sup.session.logout()


def test_the_main_windows_lock_saves_and_clears_the_page_and_a_case_windows_tests_tab(staff, qtbot, asked,
                                                                                      monkeypatch):
    """The real lock: the tests page (registered here as the lead will) and an open case window."""
    from counselroom.ui import main_window

    registered = main_window.page_classes()
    monkeypatch.setattr(main_window, "page_classes", lambda: [*registered, TestsPage])
    li = staff.login("li")
    case = _open_case(li)
    other = _open_case(li, "张三")
    zhao_main = main_window.MainWindow(AppContext(staff.room.inst, staff.login("zhao"), "zh_CN"), "home")
    qtbot.addWidget(zhao_main)
    assert zhao_main.page("tests") is None                 # assistants have no tests page
    zhao_main.ctx.session.logout()
    main = main_window.MainWindow(AppContext(staff.room.inst, li, "zh_CN"), "home")
    qtbot.addWidget(main)
    main.show()
    main.go_to("tests")
    page = main.page("tests")
    _select_case(page, case.id)
    on_page = _start(page.panel)
    entry = page.panel.entry
    entry.explained.setChecked(True)
    entry.focus_item(0)
    for key in "3210":
        qtbot.keyClick(entry.rows[entry.current_index()], getattr(Qt.Key, f"Key_{key}"))
    window = main.page("clients").open_case(other.id)
    panel = window.findChild(TestsPanel)
    in_window = _start(panel)
    panel.entry.explained.setChecked(True)
    panel.entry.focus_item(0)
    qtbot.keyClick(panel.entry.rows[0], Qt.Key.Key_1)
    type_text(panel.entry.interpretation, "窗口里的解释")
    main.lock("manual")
    assert main.is_locked and main.page("clients").case_windows() == []
    assert entry.rows == [] and page.cases_list.count() == 0 and page.panel.model.rowCount() == 0
    assert panel.entry.rows == [] and panel.entry.interpretation.toPlainText() == ""
    from rooms import STAFF_PW

    li.unlock(STAFF_PW)
    assert TestService(li).get(on_page.id).answers == _phq9("3210")
    saved = TestService(li).get(in_window.id)
    assert saved.answers == {"1": "1"} and saved.interpretation == "窗口里的解释"
    li.logout()


def test_a_long_list_of_open_cases_shows_the_newest_and_the_filter_finds_the_others(ctx, qtbot, asked, monkeypatch):
    from counselroom.ui.widgets import open_cases_list

    monkeypatch.setattr(open_cases_list, "CASES_SHOWN", 1)
    oldest = _open_case(ctx.session, "王䶮")
    _open_case(ctx.session, "李雷")
    page = _page(ctx, qtbot)
    assert page.cases_list.count() == 1 and "李雷" in page.cases_list.item(0).text()
    assert page.open_cases.more.text().startswith("1 more, older") and page.open_cases.filter.isVisible()
    type_text(page.open_cases.filter, "nobody")
    qtbot.waitUntil(lambda: page.cases_list.count() == 0, timeout=5000)
    # Nothing matches the filter: the page does not claim there is no open case at all.
    assert page.status.text() == "Choose a case on the left to see its tests or start one."
    replace_text(page.open_cases.filter, "王䶮")
    qtbot.waitUntil(lambda: page.cases_list.count() == 1 and "王䶮" in page.cases_list.item(0).text(), timeout=5000)
    _select_case(page, oldest.id)
    assert page.panel.case is not None and page.panel.case.id == oldest.id
