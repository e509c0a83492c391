"""The closing checklist page, its items dialog and the quit prompt, driven through real widgets."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

import pinned_clock
from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QCheckBox, QMessageBox

from rooms import SUPERVISOR
from counselroom.domain.audit import Action, AuditFilter
from counselroom.domain.cases import CaseDraft, ProblemCategory
from counselroom.domain.clients import ClientDraft
from counselroom.domain.closing import DEFAULT_ITEMS, CheckId
from counselroom.domain.visits import VisitContent
from counselroom.services.audit_service import AuditService
from counselroom.services.backups import BackupService
from counselroom.services.cases import CaseService
from counselroom.services.clients import ClientService
from counselroom.services.closing import ClosingService
from counselroom.services.visits import VisitService
from counselroom.ui import main_window as main_window_module
from counselroom.ui.context import AppContext
from counselroom.ui.dialogs.closing_items_dialog import ClosingItemsDialog
from counselroom.ui.main_window import MainWindow
from counselroom.ui import pdf_output as closing_page_module
from counselroom.ui.models.closing_history import HistoryModel
from counselroom.ui.pages.closing_page import ClosingPage
from counselroom.ui.widgets.closing_today import FAIL_INK
from counselroom.ui.workers import wait_for_background
from helpers import type_text

MONDAY = pinned_clock.today() + timedelta(days=7 - pinned_clock.today().weekday())   # later than the checklist came into use
REASON = "周老师临时外出，她的记录明早补签，已电话告知负责人"


def set_clock(session, day: date, hour: int, minute: int = 0):
    """The session's wall clock at ``day`` ``hour``:``minute``, with that day's backup made."""
    moment = datetime.combine(day, time(hour, minute)).astimezone()
    session.clock = lambda: moment
    if not BackupService(session).made_on(day):
        BackupService(session).make()
    return session


@pytest.fixture
def questions(monkeypatch):
    asked: list[str] = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Ok))
    return asked


@pytest.fixture
def make_page(staff, qtbot):
    made = []

    def make(name: str, day: date = MONDAY, hour: int = 17, minute: int = 20, language: str = "zh_CN") -> ClosingPage:
        session = set_clock(staff.login(name), day, hour, minute)
        page = ClosingPage(AppContext(staff.room.inst, session, language))
        qtbot.addWidget(page)
        page.resize(1000, 720)
        page.show()
        page.refresh()
        made.append(page)
        return page

    yield make
    for page in made:
        page.close_dialogs()
        if not page.ctx.session.locked:
            page.ctx.session.logout()


@pytest.fixture
def with_closing_page(monkeypatch):
    """The main window with the closing page registered (the lead adds it to page_classes)."""
    original = main_window_module.page_classes
    monkeypatch.setattr(main_window_module, "page_classes", lambda: [*original(), ClosingPage])


@pytest.fixture
def make_window(staff, qtbot, with_closing_page):
    made = []

    def make(name: str, hour: int = 17, start: str = "closing") -> MainWindow:
        session = set_clock(staff.login(name), MONDAY, hour, 30)
        main = MainWindow(AppContext(staff.room.inst, session, "zh_CN"), start)
        qtbot.addWidget(main)
        main.show()
        made.append(main)
        return main

    yield make
    wait_for_background()
    for main in made:
        if not main.ctx.session.locked:
            main.ctx.session.logout()


@pytest.fixture
def unsigned_visit(staff):
    """A visit record of Monday left as a draft (so the first data check fails)."""
    li = set_clock(staff.login("li"), MONDAY, 10)
    client = ClientService(li).register(ClientDraft(name="王䶮", grade="初二", class_name="3班"))
    case = CaseService(li).open(client.id, CaseDraft(MONDAY - timedelta(days=20), "考试焦虑", ProblemCategory.EMOTION))
    visit = VisitService(li).start(case.id, VisitContent(visit_date=MONDAY, start=time(9), complaint="考试焦虑"))
    li.logout()
    return visit


def boxes(page: ClosingPage) -> list[QCheckBox]:
    return [box for _, box in page._boxes]


def check_row(page: ClosingPage, check_id: CheckId):
    return next(row for row in page.check_rows if row.check is not None and row.check.id == check_id.value)


def test_a_whole_closing_with_a_failing_check_and_a_reason_typed_in_chinese(make_page, unsigned_visit, questions,
                                                                             qtbot, staff):
    page = make_page("li")
    assert page.title() == "Closing checklist" and page.tabs.tabBar().isHidden()   # no month for a counsellor
    assert page.edit_items_button is None
    assert [box.text() for box in boxes(page)] == [d.label for d in DEFAULT_ITEMS]
    assert "17:00" in page.day_line.text()
    assert "over" in page.state_line.text()        # after the room's hours

    visits = check_row(page, CheckId.VISITS_SIGNED)
    assert visits.mark.text() == "✗" and "李老师 ×1" in visits.detail.text()
    assert "王䶮" not in visits.detail.text() and "考试焦虑" not in visits.detail.text()
    assert visits.go.isVisibleTo(page) and visits.go.text() == "Open visit records"
    for other in (CheckId.APPOINTMENTS_RESOLVED, CheckId.CRISES_REVIEWED, CheckId.MATERIALS_RETURNED):
        row = check_row(page, other)
        assert row.mark.text() == "✓" and not row.go.isVisibleTo(page)
    assert page.reason_box.isVisibleTo(page)

    # nothing ticked: refused at the items, nothing signed
    page.sign_button.click()
    assert "7" in page.items_error.text() and page.items_error.isVisibleTo(page)
    assert ClosingService(page.ctx.session).get(MONDAY) is None

    for box in boxes(page):
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert all(box.isChecked() for box in boxes(page))
    assert not page.items_error.isVisibleTo(page)
    assert "say why" in page.sign_hint.text()

    # ticked, but the failing check has no reason yet: refused at the reason, the ticks stay
    page.sign_button.click()
    assert page.reason_error.isVisibleTo(page) and "1" in page.reason_error.text()
    assert all(box.isChecked() for box in boxes(page))

    type_text(page.reason, REASON)
    assert page.sign_hint.text() == "Ready to sign."
    page.sign_button.click()
    assert any("李老师" in q for q in questions)           # asked before signing for good

    signed = ClosingService(page.ctx.session).get(MONDAY)
    assert signed is not None and signed.reason == REASON and signed.signed_by_name == "李老师"
    assert [c.id for c in signed.failed_checks] == [CheckId.VISITS_SIGNED.value]
    assert "李老师" in page.state_line.text() and "17:20" in page.state_line.text()
    assert all(box.isChecked() and not box.isEnabled() for box in boxes(page))
    assert not page.reason_box.isVisibleTo(page) and REASON in page.signed_reason.text()
    assert not page.sign_button.isEnabled()
    assert not visits.go.isVisibleTo(page)          # what was signed, not a to-do any more
    assert "signed" in page.status.text()
    boss = staff.login(SUPERVISOR)
    rows = AuditService(boss).search(AuditFilter(action=Action.CLOSING_SIGNED.value))
    assert len(rows) == 1 and rows[0].actor == "li" and rows[0].detail["reason"] == REASON
    boss.logout()


def test_a_ticked_list_survives_checking_the_records_again(make_page, staff, questions, qtbot):
    page = make_page("li")
    assert not page.reason_box.isVisibleTo(page)                     # every check passes on a quiet day
    for box in boxes(page)[:3]:
        box.click()
    li = set_clock(staff.login("li"), MONDAY, 17)
    client = ClientService(li).register(ClientDraft(name="刘䶮", grade="初一"))
    case = CaseService(li).open(client.id, CaseDraft(MONDAY, "人际", ProblemCategory.RELATIONSHIPS))
    VisitService(li).start(case.id, VisitContent(visit_date=MONDAY))
    li.logout()
    page.recheck_button.click()
    assert [box.isChecked() for box in boxes(page)] == [True, True, True] + [False] * 4
    assert check_row(page, CheckId.VISITS_SIGNED).mark.text() == "✗" and page.reason_box.isVisibleTo(page)


def test_the_go_button_opens_the_page_where_the_work_is(make_window, unsigned_visit):
    main = make_window("li")
    page = main.page("closing")
    assert main.current_page() is page
    check_row(page, CheckId.VISITS_SIGNED).go.click()
    assert main.current_page().key == "visits"


class UserClose(QCloseEvent):
    """The window system's close (a person clicking ×): spontaneous, unlike ``window.close()``."""

    def spontaneous(self) -> bool:
        return True


@pytest.fixture
def prompt_answers(monkeypatch):
    """The quit prompt is the real one; only the answer a person clicks is given here."""
    shown: list[tuple[str, str]] = []
    answers: list[str] = []

    def exec_(box):
        shown.append((box.text(), box.informativeText()))
        wanted = answers.pop(0)
        next(b for b in box.buttons() if b.objectName() == wanted).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return shown, answers


def test_quitting_after_hours_asks_for_the_closing(make_window, prompt_answers):
    shown, answers = prompt_answers
    main = make_window("li", start="home")
    closed = []
    main.closed.connect(lambda: closed.append(True))

    answers.append("goToClosing")
    event = UserClose()
    main.closeEvent(event)
    assert not event.isAccepted() and not closed and not main.ctx.session.locked
    assert main.current_page().key == "closing"
    assert shown[-1][0] == "Today's closing checklist is not signed yet."

    answers.append("stay")
    event = UserClose()
    main.closeEvent(event)
    assert not event.isAccepted() and not closed and main.current_page().key == "closing"

    answers.append("quitAnyway")
    event = UserClose()
    main.closeEvent(event)
    assert event.isAccepted() and closed == [True] and main.ctx.session.locked
    assert len(shown) == 3 and answers == []


def test_no_prompt_before_the_end_of_the_hours_once_signed_or_for_an_assistant(make_window, prompt_answers, staff):
    shown, _ = prompt_answers
    early = make_window("li", hour=16)
    event = UserClose()
    early.closeEvent(event)
    assert event.isAccepted() and early.ctx.session.locked

    signed = make_window(SUPERVISOR)
    service = ClosingService(signed.ctx.session)
    service.sign(MONDAY, {item.id: True for item in service.items()})
    event = UserClose()
    signed.closeEvent(event)
    assert event.isAccepted()

    assistant = make_window("zhao", start="home")
    assert assistant.page("closing") is None                    # assistants do not close the room
    event = UserClose()
    assistant.closeEvent(event)
    assert event.isAccepted()

    programmatic = make_window("li")
    programmatic.close()                                         # the program closing, not a person
    assert programmatic.ctx.session.locked
    assert shown == []


def test_lock_clears_the_checklist_and_the_month(make_page, unsigned_visit, questions):
    page = make_page(SUPERVISOR)
    for box in boxes(page)[:2]:
        box.click()
    type_text(page.reason, REASON)
    page.tabs.setCurrentWidget(page.history_tab)
    assert page.history_model.rowCount() > 0
    page.clear_sensitive()
    assert boxes(page) == [] and page.findChildren(QCheckBox, "item_1") == []
    assert all(row.detail.text() == "" and row.check is None for row in page.check_rows)
    assert page.reason.toPlainText() == "" and not page.reason_box.isVisibleTo(page)
    assert page.day_line.text() == "" and page.state_line.text() == "" and page.sign_hint.text() == ""
    assert page.history_model.rowCount() == 0 and page.day_detail.text() == "" and page.month_summary.text() == ""
    assert not page.sign_button.isEnabled()


def test_the_supervisor_sees_the_month_edits_the_items_and_prints(staff, make_page, questions, monkeypatch, qtbot):
    li = set_clock(staff.login("li"), MONDAY, 17, 5)
    ClosingService(li).sign(MONDAY, {i.id: True for i in ClosingService(li).items()})
    li.logout()
    wednesday = MONDAY + timedelta(days=2)
    page = make_page(SUPERVISOR, day=wednesday, hour=9)
    assert "not signed" in page.last_closing.text() and page.last_closing.isVisibleTo(page)   # Tuesday
    page.tabs.setCurrentWidget(page.history_tab)
    if (wednesday.year, wednesday.month) != (MONDAY.year, MONDAY.month):
        page.previous_month()
    model = page.history_model
    rows = {model.row_at(r).day: r for r in range(model.rowCount())}
    monday_row = rows[MONDAY]
    assert model.index(monday_row, HistoryModel.STATUS).data() == "Signed"
    assert model.index(monday_row, HistoryModel.SIGNED_BY).data() == "李老师"
    page.history_table.selectRow(page.history_proxy.mapFromSource(model.index(monday_row, 0)).row())
    assert "李老师" in page.day_detail.text() and DEFAULT_ITEMS[0].label in page.day_detail.text()
    tuesday = MONDAY + timedelta(days=1)
    if tuesday.month != MONDAY.month:
        page.following_month()
        rows = {model.row_at(r).day: r for r in range(model.rowCount())}
    status = model.index(rows[tuesday], HistoryModel.STATUS)
    assert status.data() == "Missed"
    assert status.data(Qt.ItemDataRole.ForegroundRole).color().name() == FAIL_INK
    assert "Missed" in page.month_summary.text() and tuesday.strftime("%d") in page.month_summary.text()
    page.current_month()
    assert not page.next_month.isEnabled()          # no month after this one yet

    # the items: one reworded, one added in Chinese
    page.tabs.setCurrentIndex(0)
    page.edit_items_button.click()
    dialog = page._dialogs[-1]
    assert isinstance(dialog, ClosingItemsDialog) and dialog.isVisible()
    assert dialog.labels() == [d.label for d in DEFAULT_ITEMS]
    dialog.list.setCurrentRow(0)
    dialog.edit.selectAll()
    dialog.edit.del_()
    type_text(dialog.edit, "各室窗户已关好、窗帘已拉上")
    dialog.add_button.click()
    type_text(dialog.edit, "饮水机电源已拔掉")
    dialog.move_up()
    dialog.save_button.click()
    assert not dialog.isVisible()
    labels = [box.text() for box in boxes(page)]
    assert labels[0] == "各室窗户已关好、窗帘已拉上" and labels[-2] == "饮水机电源已拔掉" and len(labels) == 8
    assert "saved" in page.status.text()
    # Monday's closing keeps the words it was signed with
    assert [a.label for a in ClosingService(page.ctx.session).get(MONDAY).items] == [d.label for d in DEFAULT_ITEMS]

    # the month on paper and as a file, audited
    page.tabs.setCurrentWidget(page.history_tab)
    printed: list[bytes] = []
    monkeypatch.setattr(closing_page_module, "print_pdf", lambda pdf, parent, title: printed.append(pdf) or True)
    monkeypatch.setattr(closing_page_module, "save_pdf", lambda pdf, parent, name, warning: "/media/u/closing.pdf")
    page.print_button.click()
    assert printed and printed[0].startswith(b"%PDF")
    page.save_button.click()
    assert "/media/u/closing.pdf" in page.status.text()
    rows = AuditService(page.ctx.session).search(AuditFilter(action=Action.RECORD_PRINTED.value))
    assert sorted(r.detail["output"] for r in rows) == ["pdf", "print"]
    assert all(r.detail["document"] == "closing_month" for r in rows)


def test_an_empty_item_is_refused_in_the_dialog_and_the_text_stays(make_page, questions):
    page = make_page(SUPERVISOR)
    page.edit_items_button.click()
    dialog = page._dialogs[-1]
    dialog.add_button.click()
    dialog.save_button.click()
    assert dialog.isVisible() and dialog.banner.isVisible()
    assert len(dialog.labels()) == len(DEFAULT_ITEMS) + 1
    dialog.remove_item()
    assert dialog.labels() == [d.label for d in DEFAULT_ITEMS] and not dialog.is_dirty()


def test_english_screen_shows_the_default_items_in_english(make_page):
    page = make_page("li", language="en")
    assert boxes(page)[0].text() == "Windows of every room closed"
    assert "咨询员下班时必须关好各室门窗" in boxes(page)[0].toolTip()


def test_the_audit_log_reads_closing_rows_in_words():
    from counselroom.ui.audit_text import action_label, format_detail, target_label

    assert action_label(Action.CLOSING_SIGNED.value) == "Closing checklist signed"
    assert action_label(Action.CLOSING_ITEMS_CHANGED.value) == "Closing checklist items changed"
    detail = format_detail(Action.CLOSING_SIGNED.value, {"day": "2026-11-30", "failed_checks": ["visits_signed"],
                                                         "items": 7, "reason": REASON})
    assert detail.startswith(f"reason: {REASON}") and "failed checks: Visit records all signed" in detail
    assert target_label("closing:2026-11-30", {}) == "Closing of 2026-11-30"
    assert target_label("closing:items", {}) == "Closing checklist items"
    assert target_label("closing_month:202611", {}) == "Closing record 2026-11"
