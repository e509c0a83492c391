"""Typing the recovery code back, in the set-up wizard and in the recovery dialog (issue 11).

Real widgets, driven the way a person does: keys into whichever box has the focus,
mouse clicks into the middle of a box, Ctrl+V and input-method commits (full-width
digits), and the language switch on the wizard's first page.
"""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWizard

from rooms import SUPERVISOR, SUPERVISOR_PW
from counselroom.domain.errors import AuthenticationError
from counselroom.security import recovery_code
from counselroom.services.auth import login
from counselroom.ui import i18n
from counselroom.ui.app import AppController
from counselroom.ui.dialogs.first_run_wizard import FirstRunWizard
from counselroom.ui.dialogs.recovery_dialog import RecoveryDialog
from counselroom.ui.messages import error_text
from counselroom.ui.widgets.recovery_code_entry import RecoveryCodeEntry
from helpers import type_text

FULL_WIDTH = str.maketrans("0123456789-", "０１２３４５６７８９－")


def mistyped(group: str) -> str:
    """One digit changed: the check digit always catches it."""
    return group[:5] + str((int(group[5]) + 1) % 10)


def press(keys: str) -> None:
    """Type as a person does: each key goes to whichever box has the focus now."""
    for key in keys:
        QTest.keyClick(QApplication.focusWidget(), key)


def backspace() -> None:
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backspace)


def click_before_digit(field, index: int) -> None:
    """Click with the mouse where the text cursor lands before digit ``index``."""
    QApplication.processEvents()
    middle = field.height() // 2
    x = next(x for x in range(field.width()) if field.cursorPositionAt(QPoint(x, middle)) == index)
    QTest.mouseClick(field, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(x, middle))
    assert field.hasFocus() and field.cursorPosition() == index


def paste(field, text: str) -> None:
    QApplication.clipboard().setText(text)
    field.setFocus()
    QTest.keySequence(field, "Ctrl+V")


@pytest.fixture
def entry(qtbot):
    widget = RecoveryCodeEntry()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitActive(widget)
    widget.fields[0].setFocus()
    return widget


# -- the boxes themselves -------------------------------------------------------------


def test_typing_digit_by_digit_moves_on_and_backspace_goes_back(entry):
    code = recovery_code.generate()
    assert "8 groups" in entry.status.text()
    press(code[0] + code[1][:2])
    assert entry.groups()[:2] == [code[0], code[1][:2]]
    assert entry.fields[1].hasFocus()  # a full group moved on by itself
    assert entry.status.text() == "7 groups still to type."
    for _ in range(3):  # two digits of group 2, then back into group 1
        backspace()
    assert entry.fields[0].hasFocus() and entry.groups()[:2] == [code[0][:5], ""]
    press(code[0][5] + "".join(code[1:]))
    assert entry.groups() == code and entry.is_complete()
    assert entry.status.text() == "All groups are filled in."


def test_letters_are_ignored_and_explained(entry):
    press("12a")
    assert entry.groups()[0] == "12"
    assert "digits only" in entry.status.text()
    press("3")
    assert entry.groups()[0] == "123" and "digits only" not in entry.status.text()


def test_clicking_into_the_middle_of_a_box_types_there(entry):
    code = recovery_code.generate()
    good = code[0]
    bad = good[:2] + str((int(good[2]) + 1) % 10) + good[3:]
    press(bad)
    assert entry.error_for(1).text() == "Group 1 is wrong"
    click_before_digit(entry.fields[0], 2)
    press(good[2])  # a full group: the digit after the cursor is typed over
    assert entry.groups()[0] == good and entry.error_for(1).text() == ""
    # In a group not yet full, a click puts the digit in between.
    entry.fields[1].setText(code[1][0] + code[1][2:4])
    click_before_digit(entry.fields[1], 1)
    press(code[1][1])
    assert entry.groups()[1] == code[1][:4]


@pytest.mark.parametrize("separator", [" ", "-", "", "  -  "])
def test_pasting_the_whole_code_into_the_first_box_fills_every_group(entry, separator):
    code = recovery_code.generate()
    paste(entry.fields[0], "\n" + separator.join(code) + " ")
    assert entry.groups() == code and entry.is_complete()


def test_the_whole_code_from_an_input_method_into_any_box_full_width_too(entry):
    code = recovery_code.generate()
    type_text(entry.fields[5], "-".join(code).translate(FULL_WIDTH))
    assert entry.groups() == code and entry.is_complete()
    # Pasted over a half-typed code it replaces what was there.
    entry.clear()
    press("99999")
    paste(entry.fields[3], "".join(code))
    assert entry.groups() == code


def test_paste_from_the_context_menu(entry):
    code = recovery_code.generate()
    QApplication.clipboard().setText(" ".join(code))
    chosen = []

    def choose_paste():
        menu = QApplication.activePopupWidget()
        try:
            paste_action = next(a for a in menu.actions() if a.objectName() == "edit-paste")
            paste_action.trigger()
            chosen.append(paste_action)
        finally:
            if menu is not None:
                menu.close()

    QTimer.singleShot(0, choose_paste)
    QTimer.singleShot(3000, lambda: QApplication.activePopupWidget() and QApplication.activePopupWidget().close())
    field = entry.fields[1]
    QApplication.sendEvent(field, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(5, 5),
                                                    field.mapToGlobal(QPoint(5, 5))))
    assert chosen and entry.groups() == code


def test_text_put_in_some_other_way_is_tidied(entry):
    code = recovery_code.generate()
    entry.fields[0].insert("-".join(code[:2]))  # as a middle-click paste does
    assert entry.groups()[:2] == code[:2]
    entry.fields[0].setCursorPosition(2)
    entry.fields[0].insert("x" + code[0][2])  # into a full group: typed over, nothing shifts
    assert entry.groups()[:2] == code[:2] and "digits only" in entry.status.text()
    entry.fields[0].clear()
    entry.fields[0].insert(" ".join(code))
    assert entry.groups() == code


def test_a_wrong_group_is_named_at_its_box_as_soon_as_it_is_complete(entry):
    code = recovery_code.generate()
    press(code[0] + code[1] + mistyped(code[2])[:5])
    assert entry.error_for(3).text() == ""  # not before the group is complete
    press(mistyped(code[2])[5])
    assert entry.error_for(3).text() == "Group 3 is wrong"
    assert entry.wrong_groups() == [3] and not entry.is_complete()
    assert entry.status.text() == "Check group 3 against the recovery sheet, digit by digit."
    press("".join(code[3:]))
    assert entry.error_for(3).text() == "Group 3 is wrong" and not entry.is_complete()


# -- the set-up wizard ------------------------------------------------------------------------


@pytest.fixture
def wizard(inst, memory_keyring, qtbot):
    wizard = FirstRunWizard(inst, "en", memory_keyring)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitActive(wizard)
    yield wizard
    if wizard.result_ is not None and wizard.result() != wizard.DialogCode.Accepted:
        leave(wizard)  # else closing it would ask whether to leave, and wait for an answer


def leave(wizard) -> None:
    """Close the records the wizard made, so closing it asks nothing."""
    wizard.result_.session.logout()
    wizard.result_ = None


def to_confirm_page(wizard, qtbot):
    wizard.room_page.room_name.setText("䶮山中学心理辅导室")
    wizard.next()
    page = wizard.account_page
    for edit, text in ((page.display_name, "王䶮"), (page.username, "wangyan"),
                       (page.password, SUPERVISOR_PW), (page.confirm, SUPERVISOR_PW)):
        edit.setText(text)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.result_ is not None, timeout=20000)
    wizard.recovery_page.kept.setChecked(True)
    wizard.next()
    assert wizard.currentPage() is wizard.confirm_page
    return wizard.confirm_page, wizard.result_.recovery_groups


def test_wizard_confirmation_typing_clicking_and_the_finish_button(wizard, qtbot):
    page, code = to_confirm_page(wizard, qtbot)
    first, second = page.asked
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    assert page.inputs[0].hasFocus()
    assert not finish.isEnabled() and page.entry.status.text() == "2 groups still to type."
    press(mistyped(code[first]))
    assert page.entry.error_for(first + 1).text() == f"Group {first + 1} is wrong"
    assert page.inputs[1].hasFocus() and not finish.isEnabled()
    press(code[second])
    assert not finish.isEnabled()
    assert page.entry.status.text() == (
        f"Check group {first + 1} against the recovery sheet, digit by digit.")
    click_before_digit(page.inputs[0], 5)
    press(code[first][5])
    assert page.entry.groups() == [code[first], code[second]]
    assert finish.isEnabled() and page.entry.status.text() == "All groups are filled in."
    finish.click()
    assert wizard.result() == wizard.DialogCode.Accepted
    wizard.result_.session.logout()


def test_wizard_a_valid_group_that_is_not_on_the_sheet_is_named(wizard, qtbot):
    page, code = to_confirm_page(wizard, qtbot)
    first, second = page.asked
    other = recovery_code.generate()[first]
    while other == code[first]:
        other = recovery_code.generate()[first]
    press(other + code[second])
    assert page.entry.error_for(first + 1).text() == f"Group {first + 1} is wrong"
    assert not wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    leave(wizard)


@pytest.mark.parametrize("separator", [" ", "-", ""])
def test_wizard_the_whole_code_pasted_into_the_first_box(wizard, qtbot, separator):
    page, code = to_confirm_page(wizard, qtbot)
    first, second = page.asked
    paste(page.inputs[0], separator.join(code))
    assert page.entry.groups() == [code[first], code[second]]
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    leave(wizard)


def test_wizard_first_page_switches_the_language_at_once_and_remembers_it(wizard, inst):
    room = wizard.room_page
    assert room.english.isChecked() and room.title() == "Welcome to CounselRoom"
    room.room_name.setText("䶮山中学心理辅导室")
    room.chinese.click()
    assert wizard.language == "zh_CN"
    assert room.title() == "欢迎使用 CounselRoom"
    assert wizard.button(QWizard.WizardButton.NextButton).text().startswith("下一步")
    assert wizard.button(QWizard.WizardButton.CancelButton).text() == "取消"
    assert wizard.room_page.room_name.text() == "䶮山中学心理辅导室"  # kept across the switch
    assert i18n.saved_language(inst.prefs_path) == "zh_CN"
    wizard.next()
    account = wizard.account_page
    assert account.title() == "负责人账户"
    account.display_name.setText("王䶮")
    wizard.back()
    room.english.click()
    assert room.title() == "Welcome to CounselRoom"
    assert wizard.button(QWizard.WizardButton.NextButton).text() == "&Next >"
    assert account.title() == "The supervisor's account" and account.display_name.text() == "王䶮"
    assert json.loads(inst.prefs_path.read_text(encoding="utf-8"))["language"] == "en"


def test_the_language_chosen_in_the_wizard_is_the_one_the_application_goes_on_in(
        inst, memory_keyring, qtbot):
    controller = AppController(inst, "zh_CN", backend=memory_keyring)
    assert controller.start()
    wizard = controller.wizard
    qtbot.addWidget(wizard)
    wizard.room_page.english.click()
    page, code = to_confirm_page(wizard, qtbot)
    paste(page.inputs[0], "-".join(code))
    if not wizard.button(QWizard.WizardButton.FinishButton).isEnabled():
        leave(wizard)
        pytest.fail("the pasted code did not enable the Finish button")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: controller.main_window is not None)
    assert controller.language == "en" and i18n.saved_language(inst.prefs_path) == "en"
    controller.main_window.close()
    controller.idle.stop()


# -- the recovery dialog -----------------------------------------------------------------------------


@pytest.fixture
def dialog(room, qtbot):
    dialog = RecoveryDialog(room.inst, None, room.backend)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitActive(dialog)
    dialog.code.fields[0].setFocus()
    return dialog


def recover_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_recovery_dialog_typing_enables_recover_only_when_every_group_is_right(dialog, room):
    code = list(room.recovery_groups)
    assert not recover_button(dialog).isEnabled()
    assert "8 groups" in dialog.code.status.text()
    press("".join(code[:6]))
    assert dialog.code.status.text() == "2 groups still to type."
    press(code[6] + mistyped(code[7]))
    assert dialog.code.error_for(8).text() == "Group 8 is wrong"
    assert not recover_button(dialog).isEnabled()
    backspace()
    press(code[7][5])
    assert recover_button(dialog).isEnabled()
    backspace()
    assert not recover_button(dialog).isEnabled()
    assert dialog.code.status.text() == "1 group still to type (group 8)."


@pytest.mark.parametrize("separator", [" ", "-", ""])
def test_recovery_dialog_pasted_code_opens_the_records(dialog, room, qtbot, separator):
    paste(dialog.code.fields[0], separator.join(room.recovery_groups))
    assert dialog.code.groups() == list(room.recovery_groups)
    type_text(dialog.username, SUPERVISOR)
    type_text(dialog.new_password, "我们的新密码很长很长")
    type_text(dialog.confirm, "我们的新密码很长很长")
    recover_button(dialog).click()
    qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=20000)
    assert dialog.code.groups() == [""] * recovery_code.GROUPS  # not kept on screen
    dialog.session.logout()
    login(room.inst, SUPERVISOR, "我们的新密码很长很长").logout()


def test_recovery_dialog_a_code_that_does_not_open_the_records_is_said_at_the_code(dialog, room, qtbot):
    other = recovery_code.generate()
    click_before_digit(dialog.code.fields[0], 0)
    type_text(dialog.code.fields[0], " ".join(other).translate(FULL_WIDTH))
    type_text(dialog.username, SUPERVISOR)
    type_text(dialog.new_password, "我们的新密码很长很长")
    type_text(dialog.confirm, "我们的新密码很长很长")
    recover_button(dialog).click()
    wrong_code = error_text(AuthenticationError("recovery.wrong_code"))
    qtbot.waitUntil(lambda: dialog.code.status.text() == wrong_code, timeout=20000)
    assert dialog.result_ is None and dialog.isVisible()
    assert dialog.code.groups() == other  # what was typed stays
    assert recover_button(dialog).isEnabled()
    assert dialog.code.fields[0].hasFocus()  # back at the start of the code
    backspace()  # editing the code again takes the message away
    assert dialog.code.status.text() == "1 group still to type (group 1)."
