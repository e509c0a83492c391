"""The accounts page, driven through its widgets on a real encrypted installation."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from rooms import SUPERVISOR
from counselroom.domain.accounts import AccountStatus, Role
from counselroom.services.accounts import AccountService
from counselroom.ui.labels import label_of
from counselroom.services.auth import login
from counselroom.storage.users_repo import UserRepository
from counselroom.ui.context import AppContext
from counselroom.ui.dialogs.account_dialogs import NewAccountDialog, OneTimePasswordDialog
from counselroom.ui.models.accounts_model import AccountsModel
from counselroom.ui.pages.accounts_page import AccountsPage
from helpers import type_text


@pytest.fixture
def ctx(room, session):
    """The supervisor, alone in a freshly set-up room."""
    return AppContext(room.inst, session, "zh_CN")


@pytest.fixture
def page(ctx, qtbot):
    page = AccountsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.refresh()
    return page


def cell(page: AccountsPage, username: str, column: int) -> str:
    for row in range(page.proxy.rowCount()):
        if page.proxy.index(row, AccountsModel.USERNAME).data() == username:
            return page.proxy.index(row, column).data()
    raise AssertionError(f"{username} not in the table")


def select(page: AccountsPage, username: str) -> None:
    for row in range(page.proxy.rowCount()):
        if page.proxy.index(row, AccountsModel.USERNAME).data() == username:
            page.table.selectRow(row)
            return
    raise AssertionError(f"{username} not in the table")


def open_dialog(page, qtbot, cls):
    qtbot.waitUntil(lambda: any(isinstance(d, cls) and d.isVisible() for d in page._dialogs))
    return next(d for d in page._dialogs if isinstance(d, cls))


def add_account(ctx, username="lisi", display_name="李四", role=Role.COUNSELLOR):
    user, _password = AccountService(ctx.session).create(
        username=username, display_name=display_name, role=role)
    return user


def test_lists_the_supervisor(page):
    assert page.model.rowCount() == 1
    assert cell(page, SUPERVISOR, AccountsModel.NAME) == "王老师"
    assert cell(page, SUPERVISOR, AccountsModel.STATUS) == label_of(AccountStatus.ACTIVE)
    assert cell(page, SUPERVISOR, AccountsModel.LAST_LOGIN) != "—"


def test_create_counsellor_through_the_dialog(page, qtbot, room):
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(page, qtbot, NewAccountDialog)
    assert dialog.selected_role() is Role.COUNSELLOR
    type_text(dialog.display_name, "张明")
    qtbot.keyClicks(dialog.username, "zhangming")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

    otp_dialog = open_dialog(page, qtbot, OneTimePasswordDialog)
    password = otp_dialog.password_label.text()
    assert len(password) == 14
    assert otp_dialog.password_label.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert cell(page, "zhangming", AccountsModel.NAME) == "张明"
    assert cell(page, "zhangming", AccountsModel.ROLE) == "Counsellor"
    assert cell(page, "zhangming", AccountsModel.STATUS) == label_of(
        AccountStatus.MUST_CHANGE_PASSWORD)
    assert page.selected_user().username == "zhangming"
    qtbot.mouseClick(otp_dialog.findChild(type(page.new_button), "otpDone"), Qt.MouseButton.LeftButton)
    assert otp_dialog.password_label.text() == ""

    # The password shown is the one that opens the records.
    session = login(room.inst, "zhangming", password)
    assert session.must_change_password
    session.logout()


def test_bad_user_name_shows_at_its_field_and_keeps_the_name(page, qtbot):
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(page, qtbot, NewAccountDialog)
    type_text(dialog.display_name, "张明")
    qtbot.keyClicks(dialog.username, "zhang ming")
    dialog.role.setCurrentIndex(dialog.role.findData(Role.ASSISTANT.value))
    assert "never" in dialog.role_help.text()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)

    error = dialog.form.error_for("username")
    qtbot.waitUntil(error.isVisible)
    assert "no spaces" in error.text()
    assert not dialog.form.error_for("display_name").isVisible()
    assert dialog.display_name.text() == "张明"
    assert dialog.username.text() == "zhang ming"
    assert dialog.selected_role() is Role.ASSISTANT
    assert dialog.isVisible()
    assert page.model.rowCount() == 1


def test_taken_user_name_is_refused_at_its_field(page, qtbot):
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(page, qtbot, NewAccountDialog)
    type_text(dialog.display_name, "另一位王老师")
    qtbot.keyClicks(dialog.username, SUPERVISOR)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    error = dialog.form.error_for("username")
    qtbot.waitUntil(error.isVisible)
    assert "already in use" in error.text()


def test_disable_and_enable(page, ctx, qtbot, answers):
    add_account(ctx)
    page.refresh()
    select(page, "lisi")
    assert page.toggle_button.text() == "Disable"
    qtbot.mouseClick(page.toggle_button, Qt.MouseButton.LeftButton)
    assert len(answers["question"]) == 1 and "李四" in answers["question"][0]
    assert cell(page, "lisi", AccountsModel.STATUS) == label_of(AccountStatus.DISABLED)
    assert page.toggle_button.text() == "Enable"

    qtbot.mouseClick(page.toggle_button, Qt.MouseButton.LeftButton)
    assert len(answers["question"]) == 1  # enabling needs no confirmation
    assert cell(page, "lisi", AccountsModel.STATUS) != label_of(AccountStatus.DISABLED)
    assert page.toggle_button.text() == "Disable"
    assert answers["warning"] == []


def test_declined_confirmation_changes_nothing(page, ctx, qtbot, monkeypatch):
    add_account(ctx)
    page.refresh()
    select(page, "lisi")
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    qtbot.mouseClick(page.toggle_button, Qt.MouseButton.LeftButton)
    assert cell(page, "lisi", AccountsModel.STATUS) != label_of(AccountStatus.DISABLED)


def test_unlock_is_offered_for_locked_accounts_only(page, ctx, qtbot, answers):
    user = add_account(ctx)
    page.refresh()
    select(page, "lisi")
    assert not page.unlock_button.isEnabled()
    with ctx.session.db.transaction():  # what 20 wrong passwords leave behind
        UserRepository(ctx.session.db).update_flags(user.id, locked=True)
    page.refresh()
    assert page.selected_user().username == "lisi"
    assert cell(page, "lisi", AccountsModel.STATUS) == label_of(AccountStatus.LOCKED)
    assert page.unlock_button.isEnabled()

    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    assert cell(page, "lisi", AccountsModel.STATUS) != label_of(AccountStatus.LOCKED)
    assert not page.unlock_button.isEnabled()
    assert "unlocked" in page.status.text()


def test_reset_password_shows_a_working_one_time_password(page, ctx, qtbot, answers, room):
    add_account(ctx)
    page.refresh()
    select(page, "lisi")
    qtbot.mouseClick(page.reset_button, Qt.MouseButton.LeftButton)
    assert len(answers["question"]) == 1
    otp_dialog = open_dialog(page, qtbot, OneTimePasswordDialog)
    password = otp_dialog.password_label.text()
    otp_dialog.accept()
    session = login(room.inst, "lisi", password)
    assert session.must_change_password
    session.logout()
    assert answers["warning"] == []


def test_own_account_cannot_be_disabled_or_reset(page):
    select(page, SUPERVISOR)
    assert not page.toggle_button.isEnabled()
    assert not page.reset_button.isEnabled()
    assert not page.unlock_button.isEnabled()
    assert page.new_button.isEnabled()
    assert "own" in page.toggle_button.toolTip()


def test_nothing_selected_means_no_account_actions(page):
    page.table.clearSelection()
    assert not page.toggle_button.isEnabled()
    assert not page.unlock_button.isEnabled()
    assert not page.reset_button.isEnabled()
    assert page.status.text()  # says what to do


def test_service_refusal_is_shown_in_a_message_box(page, ctx, qtbot, answers):
    add_account(ctx)
    page.refresh()
    select(page, "lisi")
    ctx.session.lock()
    qtbot.mouseClick(page.toggle_button, Qt.MouseButton.LeftButton)
    assert answers["warning"] and "locked" in answers["warning"][0]


def test_table_sorts_by_column(page, ctx):
    add_account(ctx, "anna", "安娜")
    add_account(ctx, "zhao", "赵六", Role.ASSISTANT)
    page.refresh()
    page.table.sortByColumn(AccountsModel.USERNAME, Qt.SortOrder.AscendingOrder)
    names = [page.proxy.index(r, AccountsModel.USERNAME).data() for r in range(page.proxy.rowCount())]
    assert names == sorted(names)


def test_clear_sensitive_empties_the_table_and_open_dialogs(page, qtbot):
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(page, qtbot, NewAccountDialog)
    type_text(dialog.display_name, "张明")
    page.clear_sensitive()
    assert page.model.rowCount() == 0
    assert dialog.display_name.text() == ""
    assert not dialog.isVisible()
    assert not page.toggle_button.isEnabled()
