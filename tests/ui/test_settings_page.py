"""The settings page, driven through its widgets on a real encrypted installation."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QGroupBox, QLabel, QLineEdit, QMessageBox

from rooms import ROOM
from counselroom.domain.accounts import Role
from counselroom.domain.periods import TermMonths
from counselroom.domain.settings import format_day_hours
from counselroom.security import keyfile, recovery_code
from counselroom.security.keys import WrongSecret
from counselroom.services.accounts import AccountService
from counselroom.services.auth import login
from counselroom.services.settings_service import SettingsService
from counselroom.ui.context import AppContext
from counselroom.ui.dialogs.recovery_code_dialog import RecoveryCodeDialog
from counselroom.ui.pages.settings_page import SettingsPage
from helpers import type_text

MONDAY, TUESDAY, SATURDAY = 0, 1, 5


def replace_text(qtbot, widget: QLineEdit, text: str) -> None:
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Delete)
    if text:
        type_text(widget, text)


@pytest.fixture
def calls():
    return []


def make_page(qtbot, room, session, calls) -> SettingsPage:
    ctx = AppContext(room.inst, session, "zh_CN")
    # The window-level actions open real windows; here only the call matters.
    ctx.request_language = lambda lang: calls.append(("language", lang))
    ctx.change_password = lambda required=False: calls.append(("password",)) or True
    ctx.print_recovery_sheet = lambda groups: calls.append(("print", list(groups))) or True
    ctx.save_recovery_sheet = lambda groups: calls.append(("save", list(groups))) or True
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.refresh()
    return page


@pytest.fixture
def page(qtbot, room, session, calls):
    return make_page(qtbot, room, session, calls)


def test_supervisor_sees_the_current_settings(page):
    assert page.editable
    assert page.room_name.text() == ROOM
    assert page.idle_lock.value() == 5
    assert page.day_fields[MONDAY].text() == "09:00-12:00, 13:00-17:00"
    assert page.day_fields[SATURDAY].text() == ""
    assert "35 hours" in page.total_label.text()
    assert not page.below_minimum()
    assert page.language_combo.currentData() == "zh_CN"


def test_supervisor_changes_idle_lock_and_opening_hours(qtbot, page, session):
    page.idle_lock.setValue(10)
    replace_text(qtbot, page.day_fields[SATURDAY], "9：00—11：30")  # Chinese punctuation is fine
    assert "37.5 hours" in page.total_label.text()
    with qtbot.waitSignal(page.ctx.settings_applied):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.status.text() == "Saved."
    stored = SettingsService(session).get()
    assert stored.idle_lock_minutes == 10
    assert format_day_hours(stored.opening_hours[SATURDAY]) == "09:00-11:30"
    assert stored.room_name == ROOM
    assert page.day_fields[SATURDAY].text() == "09:00-11:30"
    assert not page.has_unsaved_changes()


def test_bad_range_shows_at_that_day_and_keeps_what_was_typed(qtbot, page, session):
    page.idle_lock.setValue(12)
    replace_text(qtbot, page.day_fields[TUESDAY], "12:00-9:00")
    replace_text(qtbot, page.day_fields[SATURDAY], "8:00-10:00")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    error = page.hours_form.error_for("hours_1")
    assert error.isVisible()
    assert "12:00-9:00" in error.text()
    assert not page.hours_form.error_for("hours_5").isVisible()
    assert page.day_fields[TUESDAY].text() == "12:00-9:00"
    assert page.day_fields[SATURDAY].text() == "8:00-10:00"
    assert page.idle_lock.value() == 12
    assert "not counted" in page.total_label.text()
    assert SettingsService(session).get().idle_lock_minutes == 5  # nothing was saved

    replace_text(qtbot, page.day_fields[TUESDAY], "12:00-19:00")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert not error.isVisible()
    assert SettingsService(session).get().idle_lock_minutes == 12


def test_empty_room_name_is_refused_at_its_field(qtbot, page, session):
    replace_text(qtbot, page.room_name, "")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.room_form.error_for("room_name").isVisible()
    assert SettingsService(session).get().room_name == ROOM


def test_few_opening_hours_are_flagged(qtbot, page):
    for day in range(7):
        replace_text(qtbot, page.day_fields[day], "")
    replace_text(qtbot, page.day_fields[MONDAY], "9:00-12:00")
    assert page.below_minimum()
    assert "at least 10 hours" in page.total_label.text()
    replace_text(qtbot, page.day_fields[TUESDAY], "8:00-15:00")
    assert not page.below_minimum()


def test_nothing_changed_says_so(qtbot, page):
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert "Nothing to save" in page.status.text()


def test_unsaved_changes_survive_coming_back_to_the_page(qtbot, page):
    replace_text(qtbot, page.day_fields[SATURDAY], "9:00-10:00")
    page.refresh()
    assert page.day_fields[SATURDAY].text() == "9:00-10:00"


def test_language_and_password(qtbot, page, calls):
    page.language_combo.setCurrentIndex(page.language_combo.findData("en"))
    qtbot.mouseClick(page.change_password_button, Qt.MouseButton.LeftButton)
    assert calls == [("language", "en"), ("password",)]
    assert page.password_status.text()


def test_new_recovery_code_replaces_the_old_one(qtbot, page, room, session, calls, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(page.renew_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.recovery_dialog is not None, timeout=30000)
    dialog = page.recovery_dialog
    assert isinstance(dialog, RecoveryCodeDialog)
    groups = [label.text() for label in dialog.code_view.group_labels]
    assert len(groups) == 8 and groups != room.recovery_groups
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert calls == [("print", groups)]
    dialog.reject()
    assert page.recovery_dialog is None

    kf = keyfile.load(room.inst.keyfile_path)
    assert kf.open_recovery_slot(recovery_code.parse("-".join(groups))) == session.key   # the records' key
    with pytest.raises(WrongSecret):
        kf.open_recovery_slot(recovery_code.parse(room.code))


def test_declined_renewal_keeps_the_old_code(qtbot, page, room, session, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    qtbot.mouseClick(page.renew_button, Qt.MouseButton.LeftButton)
    assert page.recovery_dialog is None
    assert keyfile.load(room.inst.keyfile_path).open_recovery_slot(recovery_code.parse(room.code)) == session.key


def test_counsellor_sees_read_only_settings(qtbot, room, session, calls):
    _user, otp = AccountService(session).create(username="lisi", display_name="李四",
                                                role=Role.COUNSELLOR)
    counsellor = login(room.inst, "lisi", otp)
    try:
        AccountService(counsellor).change_own_password(otp, "夜来风雨声花落知多少")
        page = make_page(qtbot, room, counsellor, calls)
        assert not page.editable
        assert isinstance(page.room_name, QLabel) and page.room_name.text() == ROOM
        assert page.idle_lock.text() == "5 minutes"
        assert all(isinstance(f, QLabel) for f in page.day_fields)
        assert page.day_fields[SATURDAY].text() == "closed"
        assert "35 hours" in page.total_label.text()
        assert page.findChild(QGroupBox, "recoveryGroup") is None
        assert page.findChild(QLineEdit) is None
        assert not hasattr(page, "save_button")
        qtbot.mouseClick(page.change_password_button, Qt.MouseButton.LeftButton)
        assert calls == [("password",)]
    finally:
        counsellor.logout()


def test_clear_sensitive_empties_the_fields(qtbot, page, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(page.renew_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.recovery_dialog is not None, timeout=30000)
    dialog = page.recovery_dialog
    page.clear_sensitive()
    assert page.room_name.text() == ""
    assert all(f.text() == "" for f in page.day_fields)
    assert page.total_label.text() == ""
    assert page.recovery_dialog is None
    assert all(label.text() != "" and label.text().strip("·") == "" for label in dialog.code_view.group_labels)


def test_the_weekly_minimum_is_a_setting_the_hours_are_checked_against(qtbot, page, session, room, calls):
    assert page.min_hours.value() == 10 and page.min_hours.minimum() == 10   # the rules' floor
    page.min_hours.setValue(12)
    for day in range(7):
        replace_text(qtbot, page.day_fields[day], "")
    replace_text(qtbot, page.day_fields[MONDAY], "8:00-19:00")
    assert page.below_minimum() and "at least 12 hours" in page.total_label.text()
    replace_text(qtbot, page.day_fields[TUESDAY], "9:00-10:00")
    assert not page.below_minimum() and "at least 12" in page.total_label.text()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.status.text() == "Saved."
    assert SettingsService(session).get().min_weekly_hours == 12
    page.clear_sensitive()
    assert page.min_hours.value() == 10

    _user, otp = AccountService(session).create(username="lisi", display_name="李四", role=Role.COUNSELLOR)
    counsellor = login(room.inst, "lisi", otp)
    try:
        AccountService(counsellor).change_own_password(otp, "夜来风雨声花落知多少")
        shown = make_page(qtbot, room, counsellor, calls)
        assert shown.min_hours.text() == "12 hours a week"
        assert not shown.below_minimum() and "Open 12 hours a week (the rules ask for at least 12)" in shown.total_label.text()
    finally:
        counsellor.logout()


def test_supervisor_sets_the_terms_and_the_smallest_printed_count(qtbot, page, session):
    group = page.reports_group
    assert group.typed_terms() == TermMonths()          # 上学期 Sep–Jan, 下学期 Feb–Jul
    assert group.k.value() == 5
    combo = group.findChild(QComboBox, "term2_end")
    combo.setCurrentIndex(combo.findData(6))
    group.k.setValue(3)
    assert page.has_unsaved_changes()
    with qtbot.waitSignal(page.ctx.settings_applied):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    stored = SettingsService(session).get()
    assert stored.terms == TermMonths(9, 1, 2, 6) and stored.suppression_k == 3
    assert not page.has_unsaved_changes()


def test_terms_out_of_order_are_refused_at_the_field_and_kept(qtbot, page, session):
    group = page.reports_group
    start = group.findChild(QComboBox, "term1_start")
    start.setCurrentIndex(start.findData(3))             # a first term beginning in March
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert group.form.error_for("terms_1").isVisible()
    assert start.currentData() == 3
    assert SettingsService(session).get().terms == TermMonths()


def test_a_counsellor_reads_the_terms_and_k(qtbot, room, session, calls):
    SettingsService(session).update(suppression_k=6)
    _user, otp = AccountService(session).create(username="lisi", display_name="李四", role=Role.COUNSELLOR)
    counsellor = login(room.inst, "lisi", otp)
    try:
        AccountService(counsellor).change_own_password(otp, "夜来风雨声花落知多少")
        page = make_page(qtbot, room, counsellor, calls)
        qtbot.waitUntil(lambda: page.reports_group.k.text() == "6")
        assert page.reports_group.findChild(QLabel, "term1").text() == "September to January"
        assert page.reports_group.findChild(QComboBox) is None
    finally:
        counsellor.logout()
