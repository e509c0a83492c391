"""The start-up paths through the real windows: set-up, login, lock, recovery."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QWizard

from rooms import SUPERVISOR, SUPERVISOR_PW
from counselroom.domain.errors import AuthenticationError
from counselroom.ui.messages import error_text
from counselroom.domain.accounts import Role
from counselroom.services.accounts import AccountService
from counselroom.services.auth import login
from counselroom.ui.app import AppController, instance_lock
from helpers import type_text

NEW_PW = "我们的新密码很长很长"


@pytest.fixture
def controller(inst, memory_keyring, qtbot):
    ctl = AppController(inst, "zh_CN", backend=memory_keyring)
    yield ctl
    if ctl.main_window is not None:
        ctl.main_window.close()
    ctl.idle.stop()


def run_wizard(ctl, qtbot, room_name="䶮山中学心理辅导室"):
    assert ctl.start()
    wizard = ctl.wizard
    qtbot.addWidget(wizard)
    type_text(wizard.room_page.room_name, room_name)
    wizard.next()
    page = wizard.account_page
    type_text(page.display_name, "王䶮")
    type_text(page.username, "wangyan")
    type_text(page.password, "123")
    type_text(page.confirm, "123")
    wizard.next()  # too short: stays, error at the password field, text kept
    assert wizard.currentPage() is page
    assert page.form.error_for("password").isVisible() or page.form.error_for("password").text()
    assert page.display_name.text() == "王䶮"
    page.password.clear()
    page.confirm.clear()
    type_text(page.password, SUPERVISOR_PW)
    type_text(page.confirm, SUPERVISOR_PW)
    wizard.next()
    rec = wizard.recovery_page
    qtbot.waitUntil(lambda: wizard.result_ is not None, timeout=20000)
    assert not rec.isComplete()
    rec.kept.setChecked(True)
    assert rec.isComplete()
    wizard.next()
    return wizard


def test_wizard_needs_the_code_confirmed_then_opens_the_main_window(controller, qtbot):
    wizard = run_wizard(controller, qtbot)
    confirm = wizard.confirm_page
    assert wizard.currentPage() is confirm
    groups = wizard.result_.recovery_groups
    first, second = confirm.asked
    type_text(confirm.inputs[0], groups[first])
    type_text(confirm.inputs[1], "000000" if groups[second] != "000000" else "111111")
    assert not confirm.isComplete()
    confirm.inputs[1].clear()
    type_text(confirm.inputs[1], groups[second])
    assert confirm.isComplete()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: controller.main_window is not None)
    window = controller.main_window
    assert window.isVisible()
    assert "䶮山中学心理辅导室" in window.windowTitle()
    assert window.page("home").greeting.text().endswith("王䶮")


def test_login_wrong_password_at_the_field_then_right(room, controller, qtbot):
    controller.start()
    dialog = controller.login_dialog
    qtbot.addWidget(dialog)
    type_text(dialog.username, SUPERVISOR)
    type_text(dialog.password, "这不是密码但是很长")
    dialog.login_button.click()
    qtbot.waitUntil(lambda: dialog.login_button.isEnabled() and dialog.form.error_for("password").text() != "",
                    timeout=10000)
    assert dialog.username.text() == SUPERVISOR
    dialog.password.clear()
    type_text(dialog.password, SUPERVISOR_PW)
    dialog.login_button.click()
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10000)
    assert controller.main_window.page("accounts") is not None  # a supervisor sees accounts


def _logged_in(room, controller, qtbot, username=SUPERVISOR, password=SUPERVISOR_PW):
    controller.start()
    dialog = controller.login_dialog
    qtbot.addWidget(dialog)
    type_text(dialog.username, username)
    type_text(dialog.password, password)
    dialog.login_button.click()
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10000)
    return controller.main_window


def test_idle_lock_clears_every_page_and_unlock_returns_to_the_same_page(room, controller, qtbot):
    window = _logged_in(room, controller, qtbot)
    window.go_to("accounts")
    accounts = window.page("accounts")
    assert accounts.model.rowCount() >= 1
    controller.idle.set_interval_ms(50)
    controller.idle.start()
    qtbot.waitUntil(lambda: window.is_locked, timeout=5000)
    assert controller.ctx.session.locked
    assert accounts.model.rowCount() == 0
    assert window.page("home").greeting.text() == ""
    # A wrong password keeps it locked.
    type_text(window.lock_screen.password, "不对的密码不对的密码")
    window.lock_screen.unlock_button.click()
    qtbot.waitUntil(lambda: window.lock_screen.form.error_for("password").text() != "", timeout=10000)
    assert window.is_locked
    # Only the password is asked for here, so the message speaks of the password alone.
    assert window.lock_screen.form.error_for("password").text() == error_text(
        AuthenticationError("auth.wrong_unlock_password"))
    window.lock_screen.password.clear()
    type_text(window.lock_screen.password, SUPERVISOR_PW)
    window.lock_screen.unlock_button.click()
    qtbot.waitUntil(lambda: not window.is_locked, timeout=10000)
    assert window.current_page() is accounts and accounts.model.rowCount() >= 1


def test_lock_button_also_closes_open_dialogs(room, controller, qtbot):
    from counselroom.ui.dialogs.account_dialogs import OneTimePasswordDialog

    window = _logged_in(room, controller, qtbot)
    secret = OneTimePasswordDialog("li", "abcd-efgh-jkmn", parent=window)
    secret.show()
    window.lock_action.trigger()
    assert window.is_locked and controller.ctx.session.locked
    assert not secret.isVisible()


def test_one_time_password_must_be_changed_first(room, controller, qtbot, monkeypatch):
    session = login(room.inst, SUPERVISOR, SUPERVISOR_PW)
    _, otp = AccountService(session).create(username="li", display_name="李老师", role=Role.COUNSELLOR)
    session.logout()
    seen = {}

    def fake_exec(dialog):
        seen["required"] = dialog.required
        type_text(dialog.old, otp)
        type_text(dialog.new, NEW_PW)
        type_text(dialog.confirm, NEW_PW)
        dialog.submit()
        qtbot.waitUntil(lambda: dialog.result() == dialog.DialogCode.Accepted, timeout=10000)
        return dialog.result()

    from counselroom.ui.dialogs.change_password_dialog import ChangePasswordDialog
    monkeypatch.setattr(ChangePasswordDialog, "exec", fake_exec)
    window = _logged_in(room, controller, qtbot, "li", otp)
    assert seen["required"] is True
    assert window.page("accounts") is None  # a counsellor does not see accounts
    window.close()
    controller.main_window = None
    login(room.inst, "li", NEW_PW).logout()


def test_recovery_mode_opens_with_the_code(room, controller, qtbot):
    room.backend.entries.clear()  # the device secret is gone (new PC)
    controller.start()
    dialog = controller.recovery_dialog
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    type_text(dialog.code.fields[0], room.code[:6] + "9" + room.code[7:] if room.code[6] != "9" else room.code)
    type_text(dialog.username, SUPERVISOR)
    type_text(dialog.new_password, NEW_PW)
    type_text(dialog.confirm, NEW_PW)
    dialog.code.clear()
    type_text(dialog.code.fields[0], room.code)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: controller.main_window is not None, timeout=20000)
    controller.main_window.close()
    controller.main_window = None
    login(room.inst, SUPERVISOR, NEW_PW).logout()


def test_recovery_dialog_names_the_mistyped_group(room, controller, qtbot):
    room.backend.entries.clear()
    controller.start()
    dialog = controller.recovery_dialog
    qtbot.addWidget(dialog)
    groups = list(room.recovery_groups)
    bad = groups[2][:5] + str((int(groups[2][5]) + 1) % 10)
    type_text(dialog.code.fields[0], "-".join(groups[:2] + [bad]))
    assert dialog.code.error_for(3).text() == "Group 3 is wrong"
    assert "group 3" in dialog.code.status.text()


def test_second_instance_on_the_same_folder_is_refused(inst):
    first, second = instance_lock(inst), instance_lock(inst)
    assert first.tryLock(100)
    try:
        assert not second.tryLock(100)
    finally:
        first.unlock()


def test_open_crises_are_shown_at_every_start(staff, qtbot, monkeypatch):
    from datetime import date, time

    from counselroom.domain.cases import CaseDraft, ProblemCategory
    from counselroom.domain.clients import ClientDraft
    from counselroom.domain.visits import RiskLevel, VisitContent
    from counselroom.services.cases import CaseService
    from counselroom.services.clients import ClientService
    from counselroom.services.visits import VisitService

    li = staff.login("li")
    client = ClientService(li).register(ClientDraft(name="王䶮", grade="初二", class_name="3班"))
    case = CaseService(li).open(client.id, CaseDraft(date(2026, 9, 1), "低落", ProblemCategory.EMOTION))
    visits = VisitService(li)
    visits.sign(visits.start(case.id).id, VisitContent(
        visit_date=date(2026, 11, 20), start=time(9), end=time(9, 45), complaint="不想活", process="评估",
        assessment="高风险", plan="通知家长", risk=RiskLevel.HIGH, risk_self_harm=True))
    li.logout()
    for who in ("li", SUPERVISOR, "zhao"):
        ctl = AppController(staff.room.inst, "en", backend=staff.room.backend)
        window = _logged_in(staff.room, ctl, qtbot, who, SUPERVISOR_PW if who == SUPERVISOR else "秋风萧瑟天气凉草木摇落")
        notice = window.page("home").findChild(type(window.page("home").greeting), "crisisNotice")
        if who == "zhao":
            assert notice is None  # assistants never see crises
        else:
            assert notice is not None and "王䶮" in notice.text() and "High risk" in notice.text()
        window.close()
        ctl.main_window = None
        ctl.idle.stop()
