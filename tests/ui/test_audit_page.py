"""The audit page, driven through its widgets on a real encrypted installation."""

from __future__ import annotations

import shutil

import pytest

import pinned_clock
from PySide6.QtCore import QDate, Qt

from rooms import SUPERVISOR, SUPERVISOR_PW
from counselroom.domain.accounts import Role
from counselroom.domain.audit import Action
from counselroom.services.accounts import AccountService
from counselroom.services.audit_service import AuditService
from counselroom.services.auth import login
from counselroom.services.settings_service import SettingsService
from counselroom.ui.context import AppContext
from counselroom.ui.audit_text import action_label, format_detail
from counselroom.ui.dialogs.acknowledge_alert_dialog import AcknowledgeAlertDialog
from counselroom.ui.models.audit_model import AuditModel
from counselroom.ui.pages.audit_page import PAGE_SIZE, AuditPage
from helpers import type_text


def make_page(qtbot, room, session) -> AuditPage:
    page = AuditPage(AppContext(room.inst, session, "zh_CN"))
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.refresh()
    return page


def column(page: AuditPage, col: int) -> list[str]:
    return [page.proxy.index(r, col).data() for r in range(page.proxy.rowCount())]


def choose(combo, value) -> None:
    index = combo.findData(value)
    assert index >= 0, f"{value} not offered"
    combo.setCurrentIndex(index)


@pytest.fixture
def busy_room(room, session):
    """The supervisor created a counsellor, who then logged in and out."""
    _user, password = AccountService(session).create(username="lisi", display_name="李四",
                                                     role=Role.COUNSELLOR)
    login(room.inst, "lisi", password).logout()
    return room


def _today() -> QDate:
    day = pinned_clock.today()
    return QDate(day.year, day.month, day.day)


def test_shows_the_log_newest_first(qtbot, busy_room, session, answers):
    page = make_page(qtbot, busy_room, session)
    assert page.model.rowCount() > 0
    times = column(page, AuditModel.TIME)
    assert times == sorted(times, reverse=True)
    assert "Set-up" in column(page, AuditModel.ACTION)
    assert page.person_combo.itemText(0) == "Everyone"
    assert "王老师 (wanglaoshi)" in [page.person_combo.itemText(i) for i in range(page.person_combo.count())]
    assert page.since_edit.date() == _today().addDays(-30)
    assert page.until_edit.date() == _today()
    assert not page.alert.isVisible()
    assert answers["warning"] == []


def test_filter_by_person(qtbot, busy_room, session):
    page = make_page(qtbot, busy_room, session)
    choose(page.person_combo, "lisi")
    people = set(column(page, AuditModel.PERSON))
    assert people == {"李四 (lisi)"}
    assert set(column(page, AuditModel.ACTION)) == {"Logged in", "Logged out"}
    choose(page.person_combo, None)
    assert "王老师 (wanglaoshi)" in set(column(page, AuditModel.PERSON))


def test_filter_by_action_with_readable_details(qtbot, busy_room, session):
    page = make_page(qtbot, busy_room, session)
    choose(page.action_combo, Action.ACCOUNT_CREATED.value)
    assert set(column(page, AuditModel.ACTION)) == {"Account created"}
    assert page.model.rowCount() == 2  # the supervisor at set-up, then lisi
    assert "Account 李四 (lisi)" in column(page, AuditModel.TARGET)
    details = column(page, AuditModel.DETAILS)
    assert "user name: lisi; role: Counsellor" in details
    assert not any("{" in d or '"' in d for d in details)


def test_date_range_includes_the_whole_last_day(qtbot, busy_room, session):
    page = make_page(qtbot, busy_room, session)
    today = _today()
    page.until_edit.setDate(today.addDays(-1))
    assert page.model.rowCount() == 0
    assert "No entries" in page.count_label.text()
    page.until_edit.setDate(today)
    assert page.model.rowCount() > 0
    # "from" after "to" moves "to" along instead of leaving an empty range
    page.since_edit.setDate(today.addDays(3))
    assert page.until_edit.date() == today.addDays(3)


def test_paging(qtbot, room, session):
    settings = SettingsService(session)
    for i in range(PAGE_SIZE + 5):
        settings.update(room_name=f"心理辅导室 {i}")
    page = make_page(qtbot, room, session)
    assert page.model.rowCount() == PAGE_SIZE
    assert page.next_button.isEnabled() and not page.previous_button.isEnabled()
    assert page.count_label.text().startswith(f"Entries 1–{PAGE_SIZE}")
    newest = column(page, AuditModel.TIME)[0]
    assert "room name: 心理辅导室 203 → 心理辅导室 204" in column(page, AuditModel.DETAILS)

    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert 0 < page.model.rowCount() < PAGE_SIZE
    assert page.previous_button.isEnabled() and not page.next_button.isEnabled()
    assert column(page, AuditModel.TIME)[0] <= newest
    assert "Set-up" in column(page, AuditModel.ACTION)

    qtbot.mouseClick(page.previous_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == PAGE_SIZE


def test_integrity_check_runs_in_the_background_and_says_sound(qtbot, room, session):
    page = make_page(qtbot, room, session)
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    assert not page.check_button.isEnabled()  # while it runs
    qtbot.waitUntil(page.check_button.isEnabled, timeout=30000)
    assert page.integrity_result.isVisible()
    assert "All sound" in page.integrity_result.text()
    assert "Integrity check" in column(page, AuditModel.ACTION)


def test_integrity_check_lists_findings(qtbot, room, session):
    from counselroom.storage.database import Database

    # Alter row 3 behind the application's back, as a raw SQL edit would.
    raw = Database.open_existing(room.inst.db_path, session.key)
    raw.execute("DROP TRIGGER audit_no_update")
    raw.execute("UPDATE audit SET actor = 'someone' WHERE seq = 3")
    raw.close()
    page = make_page(qtbot, room, session)
    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.check_button.isEnabled, timeout=30000)
    assert "row 3 was altered" in page.integrity_result.text()
    assert "All sound" not in page.integrity_result.text()


def test_rolled_back_database_shows_the_alert_until_confirmed(qtbot, room):
    old = room.inst.data_dir.parent / "old-copy"
    old.mkdir()
    for f in room.inst.data_dir.glob("counselroom.db*"):
        shutil.copy2(f, old / f.name)
    for _ in range(2):
        login(room.inst, SUPERVISOR, SUPERVISOR_PW).logout()
    for f in room.inst.data_dir.glob("counselroom.db*"):
        f.unlink()
    for f in old.iterdir():
        shutil.copy2(f, room.inst.data_dir / f.name)

    session = login(room.inst, SUPERVISOR, SUPERVISOR_PW)
    try:
        page = make_page(qtbot, room, session)
        assert page.alert.isVisible()
        assert "the database is older than this computer remembers" in page.alert_findings.text()

        qtbot.mouseClick(page.acknowledge_button, Qt.MouseButton.LeftButton)
        dialog = page.acknowledge_dialog
        assert isinstance(dialog, AcknowledgeAlertDialog)
        qtbot.waitUntil(dialog.isVisible)
        assert not dialog.confirm_button.isEnabled()  # a note is required
        type_text(dialog.note, "校长确认：上周从备份恢复过。")
        assert dialog.confirm_button.isEnabled()
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)

        assert not page.alert.isVisible()
        assert not AuditService(session).alert_pending
        choose(page.action_combo, Action.INTEGRITY_ACKNOWLEDGED.value)
        assert any("校长确认" in d for d in column(page, AuditModel.DETAILS))
    finally:
        session.logout()


def test_clear_sensitive_empties_table_and_filters(qtbot, busy_room, session):
    page = make_page(qtbot, busy_room, session)
    choose(page.person_combo, "lisi")
    page.clear_sensitive()
    assert page.model.rowCount() == 0
    assert page.person_combo.count() == 1 and page.person_combo.currentData() is None
    assert page.action_combo.count() == 1
    assert not page.integrity_result.isVisible()


def test_every_action_has_a_label():
    for action in Action:
        assert action_label(action.value) != action.value
    assert action_label("future.action") == "future.action"  # unknown codes are shown as they are


def test_details_are_compact_text():
    text = format_detail("settings.changed", {
        "idle_lock_minutes": {"old": 5, "new": 10},
        "opening_hours": {"old": {"5": []}, "new": {"5": [["09:00", "12:00"]]}},
    })
    assert text == "idle lock (minutes): 5 → 10; opening hours: Sat: closed → 09:00-12:00"
    assert format_detail("session.lock", {"reason": "idle"}) == "reason: nobody used the computer"
    assert format_detail("integrity.check", {"problems": []}) == "problems: none"


def test_client_and_case_entries_name_no_client():
    from counselroom.domain.accounts import User
    from counselroom.ui.audit_text import target_label

    people = {3: User(3, "lisi", "李四", Role.COUNSELLOR)}
    assert target_label("client:12", people) == "Client #12"
    assert target_label("case:4", people) == "Case #4"
    assert format_detail("case.reassigned", {"from": 3, "to": 9}, people) == \
        "from: 李四 (lisi); to: Account #9"


@pytest.mark.parametrize("page_class", ["accounts", "audit", "settings"])
def test_pages_are_freed_when_dropped(qtbot, busy_room, session, page_class):
    """The window is rebuilt on a language change: old pages must not linger holding the session."""
    import gc

    from counselroom.ui.pages.accounts_page import AccountsPage
    from counselroom.ui.pages.settings_page import SettingsPage

    cls = {"accounts": AccountsPage, "audit": AuditPage, "settings": SettingsPage}[page_class]

    def alive() -> int:
        gc.collect()
        return sum(1 for o in gc.get_objects() if type(o) is cls)

    before = alive()
    page = cls(AppContext(busy_room.inst, session, "zh_CN"))
    page.refresh()
    page.clear_sensitive()
    page.refresh()
    del page
    assert alive() == before


def test_texts_follow_new_rows_and_the_language(qtbot, busy_room, session):
    """The model words each row once and keeps the words: until its rows or the language change."""
    from counselroom.ui import i18n

    page = make_page(qtbot, busy_room, session)
    choose(page.action_combo, Action.ACCOUNT_CREATED.value)
    assert "user name: lisi; role: Counsellor" in column(page, AuditModel.DETAILS)
    i18n.install("zh_CN")
    assert any(d.startswith("用户名: lisi") for d in column(page, AuditModel.DETAILS))
    choose(page.action_combo, Action.LOGIN.value)
    assert set(column(page, AuditModel.ACTION)) == {action_label(Action.LOGIN.value)}
    assert [page.proxy.index(r, AuditModel.DETAILS).data() for r in range(page.proxy.rowCount())] == [
        format_detail(e.action, e.detail) for e in
        (page.model.entry_at(page.proxy.mapToSource(page.proxy.index(r, 0)).row())
         for r in range(page.proxy.rowCount()))]


def test_menus_are_refilled_only_when_they_change(qtbot, busy_room, session):
    page = make_page(qtbot, busy_room, session)
    choose(page.person_combo, "lisi")
    inserted: list[int] = []
    page.person_combo.model().rowsInserted.connect(lambda _parent, first, last: inserted.append(last - first + 1))
    page.refresh()
    assert inserted == [] and page.person_combo.currentData() == "lisi"

    _user, password = AccountService(session).create(username="zhaoliu", display_name="赵六", role=Role.ASSISTANT)
    login(busy_room.inst, "zhaoliu", password).logout()
    page.refresh()
    offered = [page.person_combo.itemData(i) for i in range(page.person_combo.count())]
    assert "zhaoliu" in offered and page.person_combo.currentData() == "lisi"
