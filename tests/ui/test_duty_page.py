"""The duty log page and its dialogs, driven through real widgets on an encrypted installation."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from rooms import SUPERVISOR
from counselroom.domain.audit import Action
from counselroom.services.duty import DutyService
from counselroom.services.settings_service import SettingsService
from counselroom.ui.context import AppContext
from counselroom.ui.dialogs.duty_dialogs import (
    CorrectShiftDialog, EndShiftDialog, PastShiftDialog, WithdrawShiftDialog,
)
from counselroom.ui.models.duty_shifts import ShiftsModel
from counselroom.ui.pages.duty_page import DutyPage
from helpers import replace_text, type_text
from reports.pdf_helpers import pdf_text

MONDAY = date(2026, 11, 23)


def at(session, *when) -> datetime:
    """The session's clock on the room's wall-clock time ``when``."""
    wall = datetime(*when)
    moment = wall.astimezone()
    session.clock = lambda: moment
    return wall


@pytest.fixture
def make_page(staff, shown_page):
    def make(name: str, when: tuple = (2026, 11, 23, 8, 30)) -> DutyPage:
        session = staff.login(name)
        at(session, *when)
        return shown_page(DutyPage(AppContext(staff.room.inst, session, "zh_CN")), (1000, 720))

    return make


def _oldest_first(rows: list) -> list:
    return sorted(rows, key=lambda r: r.seq)


def _dialog(page, cls):
    dialog = page._dialogs[-1]
    assert isinstance(dialog, cls) and dialog.isVisible()
    return dialog


def _rows(page, proxy) -> list[list[str]]:
    return [[proxy.index(r, c).data() for c in range(proxy.columnCount())] for r in range(proxy.rowCount())]


def _record(staff, name: str, *span, visitors: int = 0, notes: str = "", user: str | None = None):
    """A finished shift entered through the service as ``name`` (now: Friday 27 November)."""
    session = staff.login(name)
    try:
        at(session, 2026, 11, 27, 18, 0)
        start, end = span
        return DutyService(session).record_past(datetime(*start), datetime(*end), visitors=visitors, notes=notes,
                                                user_id=staff.ids[user] if user else None)
    finally:
        session.logout()


def test_start_and_end_duty_with_the_big_button(staff, make_page, qtbot, audit_rows):
    page = make_page("li")
    assert page.duty_button.text() == "Start duty" and not page.live_box.isVisible()
    assert page.state_label.text() == "You are not on duty." and page.today_model.rowCount() == 0
    assert page.empty_hint.text().startswith("No duty recorded today yet.")
    qtbot.mouseClick(page.duty_button, Qt.MouseButton.LeftButton)
    assert page.duty_button.text() == "End duty" and page.live_box.isVisible()
    assert page.state_label.text().startswith("On duty since 08:30")
    assert "On duty from 08:30" in page.status.text()
    [row] = _rows(page, page.today_proxy)
    assert row[ShiftsModel.WHO] == "李老师" and row[ShiftsModel.TO] == "on duty"
    assert not page.empty_hint.isVisible()

    # A visitor comes: counted and saved at once. Notes are typed in Chinese and saved with the end.
    qtbot.mouseClick(page.visitor_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.visitor_button, Qt.MouseButton.LeftButton)
    assert DutyService(page.ctx.session).my_open_shift().visitors == 2
    type_text(page.notes, "上午两名学生来访；窗户插销松动，已报后勤。")
    assert page.live_status.text() == "Not saved yet."

    at(page.ctx.session, 2026, 11, 23, 11, 45)
    page._tick()
    assert page.state_label.text() == "On duty since 08:30 · 3 h 15 min"
    assert page.today_proxy.index(0, ShiftsModel.LENGTH).data() == "3 h 15 min"
    assert page.notes.toPlainText() == "上午两名学生来访；窗户插销松动，已报后勤。"   # the tick keeps what was typed
    qtbot.mouseClick(page.duty_button, Qt.MouseButton.LeftButton)
    assert page.duty_button.text() == "Start duty" and not page.live_box.isVisible()
    assert page.status.text() == "Duty ended: 08:30–11:45, 3 h 15 min, visitors: 2."
    [row] = _rows(page, page.today_proxy)
    assert row[ShiftsModel.TO] == "11:45" and row[ShiftsModel.NOTES] == "上午两名学生来访；窗户插销松动，已报后勤。"
    assert page.chart.day_minutes() == (195, 0, 0, 0, 0, 0, 0) and page.chart.minimum_minutes() == 600
    assert "more to reach the weekly minimum" in page.week_summary.text()

    assert len(audit_rows(Action.DUTY_STARTED)) == 1
    assert [r.detail["visitors"] for r in _oldest_first(audit_rows(Action.DUTY_UPDATED))] == [
        {"old": 0, "new": 1}, {"old": 1, "new": 2}]
    [ended] = audit_rows(Action.DUTY_ENDED)
    assert ended.detail["notes"]["new"] == "上午两名学生来访；窗户插销松动，已报后勤。"


def test_add_a_past_shift_in_chinese_and_a_wrong_time_keeps_what_was_typed(staff, make_page, qtbot):
    page = make_page("li", (2026, 11, 25, 16, 0))
    page.tabs.setCurrentWidget(page.week_table)
    page.add_button.click()
    dialog = _dialog(page, PastShiftDialog)
    assert not dialog.person.isEnabled() and dialog.person.currentText() == "李老师"
    dialog.date.setDate(dialog.date.date().addDays(-2))           # Monday
    type_text(dialog.start, "9点")
    type_text(dialog.end, "8:00")
    type_text(dialog.notes, "补录：周一上午值班，接待一名家长。")
    dialog.visitors.setValue(1)
    dialog.save_button.click()
    assert dialog.isVisible() and dialog.form.error_for("started_at").text() == "Enter a time like 8:30."

    replace_text(dialog.start, "9:00")
    dialog.save_button.click()
    error = dialog.form.error_for("ended_at")
    assert dialog.isVisible() and error.isVisible() and error.text() == "The end must be after the start."
    assert dialog.notes.toPlainText() == "补录：周一上午值班，接待一名家长。" and dialog.visitors.value() == 1
    assert DutyService(page.ctx.session).week(MONDAY) == []

    replace_text(dialog.end, "11:30")
    dialog.save_button.click()
    assert not dialog.isVisible()
    [row] = _rows(page, page.week_proxy)
    assert row[ShiftsModel.DAY] == "11-23 Mon" and row[ShiftsModel.FROM] == "09:00" and row[ShiftsModel.TO] == "11:30"
    assert row[ShiftsModel.LENGTH] == "2 h 30 min" and row[ShiftsModel.VISITORS] == "1"
    assert row[ShiftsModel.HOW] == "Entered afterwards"
    assert page.chart.day_minutes()[0] == 150 and "Shift added" in page.status.text()

    # The same time again overlaps: refused at the field.
    page.add_button.click()
    dialog = _dialog(page, PastShiftDialog)
    dialog.date.setDate(dialog.date.date().addDays(-2))
    type_text(dialog.start, "11:00")
    type_text(dialog.end, "12:00")
    dialog.save_button.click()
    assert dialog.form.error_for("started_at").text() == "This overlaps the same person's shift from 09:00 to 11:30."
    dialog.clear()
    dialog.reject()


def test_the_week_chart_counts_two_people_on_duty_once(staff, make_page, qtbot):
    _record(staff, "li", (2026, 11, 23, 9, 0), (2026, 11, 23, 12, 0))
    _record(staff, "zhou", (2026, 11, 23, 11, 0), (2026, 11, 23, 13, 0), notes="周老师的值班记录")
    _record(staff, "li", (2026, 11, 25, 14, 0), (2026, 11, 25, 17, 30))
    _record(staff, "zhou", (2026, 11, 17, 8, 0), (2026, 11, 17, 12, 0))     # the week before
    page = make_page("li", (2026, 11, 27, 18, 0))
    assert page.chart.day_minutes() == (240, 0, 210, 0, 0, 0, 0)
    assert page.chart.total_minutes() == 450 and page.chart.minimum_minutes() == 600
    assert page.week_summary.text() == "7 h 30 min open so far; 2 h 30 min more to reach the weekly minimum of 10 h."
    assert page.week_heading.text() == "Open hours this week (11-23 – 11-29)"
    assert "Mon 2026-11-23: open 4 h 00 min" in page.chart.tooltip_at(page.chart.bar_rects()[0].center())
    rows = _rows(page, page.week_proxy)
    assert [r[ShiftsModel.WHO] for r in rows] == ["李老师", "周老师", "李老师"]
    assert rows[1][ShiftsModel.NOTES] == "(notes for the supervisor)"     # a colleague's notes

    page.prev_button.click()
    assert page.chart.day_minutes() == (0, 240, 0, 0, 0, 0, 0)
    assert page.tabs.currentWidget() is page.week_table and page.tabs.tabText(1) == "Week 11-16 – 11-22"
    assert page.week_summary.text() == "4 h 00 min open: 6 h 00 min short of the weekly minimum of 10 h."
    page.this_button.click()
    assert page.chart.total_minutes() == 450

    # The minimum follows the supervisor's setting.
    boss = staff.login(SUPERVISOR)
    SettingsService(boss).update(min_weekly_hours=12)
    boss.logout()
    page.refresh()
    assert page.chart.minimum_minutes() == 720 and "at least 12 hours" in page.intro.text()


def test_a_forgotten_duty_is_shown_and_ended_with_its_real_time(staff, make_page, qtbot, answers):
    li = staff.login("li")
    at(li, 2026, 11, 23, 14, 0)
    DutyService(li).start()
    li.logout()
    page = make_page("li", (2026, 11, 24, 8, 40))
    assert page.forgotten_box.isVisible() and "2026-11-23" in page.forgotten_label.text()
    assert page.duty_button.text() == "Start duty"
    qtbot.mouseClick(page.duty_button, Qt.MouseButton.LeftButton)
    assert answers["warning"] and "was never ended" in answers["warning"][-1]

    page.forgotten_button.click()
    dialog = _dialog(page, EndShiftDialog)
    assert "never ended" in dialog.findChild(QLabel, "endShiftIntro").text()
    type_text(dialog.notes, "忘记结束值班，补记结束时间。")
    dialog.save_button.click()
    assert dialog.isVisible() and dialog.form.error_for("ended_at").text() == "Enter a time like 8:30."
    type_text(dialog.end, "17:10")
    dialog.save_button.click()
    assert not dialog.isVisible() and not page.forgotten_box.isVisible()
    shift = DutyService(page.ctx.session).day(MONDAY)[0]
    assert shift.minutes() == 190 and shift.notes == "忘记结束值班，补记结束时间。"
    qtbot.mouseClick(page.duty_button, Qt.MouseButton.LeftButton)
    assert page.duty_button.text() == "End duty"


def test_corrections_by_the_author_the_same_day_then_the_supervisor_with_a_reason(staff, make_page, qtbot,
                                                                                  audit_rows):
    li_page = make_page("li", (2026, 11, 23, 9, 0))
    qtbot.mouseClick(li_page.duty_button, Qt.MouseButton.LeftButton)
    at(li_page.ctx.session, 2026, 11, 23, 11, 0)
    qtbot.mouseClick(li_page.duty_button, Qt.MouseButton.LeftButton)
    li_page.today_table.selectRow(0)
    assert li_page.correct_button.isEnabled() and li_page.correct_button.text() == "Correct…"
    li_page.correct_button.click()
    dialog = _dialog(li_page, CorrectShiftDialog)
    assert dialog.reason is None and dialog.start.text() == "09:00"
    dialog.visitors.setValue(3)
    dialog.save_button.click()
    assert not dialog.isVisible() and li_page.today_proxy.index(0, ShiftsModel.VISITORS).data() == "3"
    assert li_page.today_proxy.index(0, ShiftsModel.HOW).data() == "Live, corrected"

    at(li_page.ctx.session, 2026, 11, 24, 9, 0)                 # the next day: no longer li's to change
    li_page.refresh()
    li_page.tabs.setCurrentWidget(li_page.week_table)
    li_page.week_table.selectRow(0)
    assert not li_page.correct_button.isEnabled() and not li_page.withdraw_button.isEnabled()

    boss_page = make_page(SUPERVISOR, (2026, 11, 24, 9, 30))
    boss_page.tabs.setCurrentWidget(boss_page.week_table)
    boss_page.week_table.selectRow(0)
    boss_page.correct_button.click()
    dialog = _dialog(boss_page, CorrectShiftDialog)
    assert dialog.reason is not None
    replace_text(dialog.end, "10:45")
    dialog.save_button.click()
    assert dialog.isVisible() and dialog.form.error_for("reason").isVisible()
    assert dialog.end.text() == "10:45"                          # kept
    type_text(dialog.reason, "核对签到表")
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert boss_page.week_proxy.index(0, ShiftsModel.TO).data() == "10:45"
    rows = _oldest_first(audit_rows(Action.DUTY_CORRECTED))
    assert [r.actor for r in rows] == ["li", SUPERVISOR] and rows[1].detail["reason"] == "核对签到表"

    boss_page.week_table.selectRow(0)
    boss_page.withdraw_button.click()
    dialog = _dialog(boss_page, WithdrawShiftDialog)
    type_text(dialog.reason, "重复记录")
    dialog.save_button.click()
    assert not dialog.isVisible() and boss_page.week_model.rowCount() == 0
    assert boss_page.chart.total_minutes() == 0


def test_the_supervisor_prints_the_month_and_it_is_audited(staff, make_page, qtbot, monkeypatch, tmp_path,
                                                           audit_rows):
    _record(staff, "li", (2026, 11, 23, 9, 0), (2026, 11, 23, 12, 0), visitors=2, notes="值班正常，接待两名学生。")
    page = make_page(SUPERVISOR, (2026, 11, 27, 18, 0))
    page.tabs.setCurrentWidget(page.month_box)
    assert page.chosen_month() == (2026, 11) and page.month_model.rowCount() == 1
    assert page.month_proxy.index(0, ShiftsModel.NOTES).data() == "值班正常，接待两名学生。"   # the supervisor reads all
    assert "Shifts: 1 · days on duty: 1" in page.month_summary.text()
    printed = tmp_path / "printer.pdf"

    def exec_(dialog):
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", exec_)
    page.print_month_button.click()
    assert printed.read_bytes().startswith(b"%PDF") and "printer" in page.status.text()

    saved = tmp_path / "值班记录.pdf"
    offered = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Ok))

    def get_save_file_name(parent, title, name, filters):
        offered.append(name)
        return str(saved), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(get_save_file_name))
    page.save_month_button.click()
    assert offered == ["duty-log-2026-11.pdf"] and str(saved) in page.status.text()
    text = pdf_text(saved.read_bytes())
    assert "心理辅导室值班记录" in text and "值班正常，接待两名学生。" in text

    rows = _oldest_first(audit_rows(Action.RECORD_PRINTED))
    assert [(r.target, r.detail) for r in rows] == [
        ("duty_month:202611", {"document": "duty_month", "id": 202611, "output": "print"}),
        ("duty_month:202611", {"document": "duty_month", "id": 202611, "output": "pdf"})]

    # Cancelling the print dialog prints nothing and records nothing.
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: QPrintDialog.DialogCode.Rejected)
    page.print_month_button.click()
    assert len(audit_rows(Action.RECORD_PRINTED)) == 2


def test_an_assistant_records_own_duty_but_has_no_month_and_no_colleague_notes(staff, make_page, qtbot):
    _record(staff, "li", (2026, 11, 23, 9, 0), (2026, 11, 23, 12, 0), notes="李老师的备注")
    page = make_page("zhao", (2026, 11, 23, 12, 30))
    assert page.tabs.count() == 2 and page.month_box is None
    assert not hasattr(page, "print_month_button")
    [row] = _rows(page, page.today_proxy)
    assert row[ShiftsModel.NOTES] == "(notes for the supervisor)" and "李老师的备注" not in str(row)
    page.today_table.selectRow(0)
    assert not page.correct_button.isEnabled() and not page.withdraw_button.isEnabled()
    qtbot.mouseClick(page.duty_button, Qt.MouseButton.LeftButton)
    assert page.duty_button.text() == "End duty" and page.others_label.text() == "Nobody else is on duty now."
    assert DutyService(page.ctx.session).my_open_shift().person == "赵助理"


def test_lock_saves_typed_notes_then_clears_every_widget(staff, make_page, qtbot):
    _record(staff, "zhou", (2026, 11, 23, 8, 0), (2026, 11, 23, 9, 0), notes="周老师")
    page = make_page(SUPERVISOR, (2026, 11, 23, 10, 0))
    qtbot.mouseClick(page.duty_button, Qt.MouseButton.LeftButton)
    type_text(page.notes, "锁屏前输入的值班记录")
    page.tabs.setCurrentWidget(page.month_box)
    page.add_button.click()
    dialog = _dialog(page, PastShiftDialog)
    type_text(dialog.notes, "对话框里的内容")

    page.clear_sensitive()
    page.ctx.session.lock()
    assert not dialog.isVisible() and dialog.notes.toPlainText() == ""
    for model in (page.today_model, page.week_model, page.month_model):
        assert model.rowCount() == 0
    assert page.chart.day_minutes() == () and page.chart.total_minutes() == 0
    for label in (page.state_label, page.others_label, page.intro, page.week_heading, page.week_summary,
                  page.month_summary, page.month_weeks, page.forgotten_label, page.status, page.empty_hint):
        assert label.text() == ""
    assert page.notes.toPlainText() == "" and not page.live_box.isVisible() and not page.duty_button.isVisible()

    boss = staff.login(SUPERVISOR)
    at(boss, 2026, 11, 23, 10, 5)   # the same morning: the shift is still on, not forgotten
    try:
        assert DutyService(boss).on_duty_now()[0].notes == "锁屏前输入的值班记录"   # nothing typed was lost
    finally:
        boss.logout()


def test_tabs_months_shifts_and_ticks_run_no_sql_on_the_gui_thread(staff, make_page, qtbot, sql_on_gui_thread):
    _record(staff, "li", (2026, 11, 23, 9, 0), (2026, 11, 23, 12, 0))
    page = make_page(SUPERVISOR, (2026, 11, 27, 18, 0))
    sql_on_gui_thread.clear()
    page.refresh()
    page.tabs.setCurrentWidget(page.week_table)
    page.week_table.selectRow(0)
    assert page.correct_button.isEnabled() and page.withdraw_button.isEnabled()
    page.tabs.setCurrentWidget(page.month_box)
    page.month_table.selectRow(0)
    assert page.correct_button.isEnabled() and page.print_month_button.isEnabled()
    page.month_box.picker.setDate(page.month_box.picker.date().addMonths(-1))
    assert page.month_model.rowCount() == 0
    for _ in range(4):
        page._tick()
    assert page.chart.total_minutes() == 180
    page.next_button.click()
    assert page.week_model.rowCount() == 0
    assert sql_on_gui_thread == []
