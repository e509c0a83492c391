"""A marker typed into every field ends up in no file: data folder, temp folder, logs."""

from __future__ import annotations

import tempfile
from pathlib import Path

from PySide6.QtWidgets import QWizard

from counselroom.domain.accounts import Role
from counselroom.services.accounts import AccountService
from counselroom.services.settings_service import SettingsService
from counselroom.ui.app import AppController
from helpers import type_text

MARKER = "MARKER7731"
CN_MARKER = "标记䶮测试"
PASSWORD = "MARKER7731-密码很长很长"


def _files(folder: Path):
    return [p for p in folder.rglob("*") if p.is_file()]


def _contains_marker(data: bytes) -> bool:
    needles = []
    for text in (MARKER, CN_MARKER, PASSWORD):
        needles += [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be"),
                    text.encode("gb18030")]
    return any(n in data for n in needles)


def test_marker_reaches_no_file(tmp_path, monkeypatch, memory_keyring, qtbot):
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    from counselroom.services.installation import Installation

    inst = Installation(tmp_path / "data")
    ctl = AppController(inst, "zh_CN", backend=memory_keyring)
    ctl.start()
    wizard = ctl.wizard
    qtbot.addWidget(wizard)
    type_text(wizard.room_page.room_name, f"{CN_MARKER}{MARKER}室")
    wizard.next()
    page = wizard.account_page
    type_text(page.display_name, f"{CN_MARKER}{MARKER}")
    type_text(page.username, f"{MARKER}u")
    type_text(page.password, PASSWORD)
    type_text(page.confirm, PASSWORD)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.result_ is not None, timeout=20000)
    wizard.recovery_page.kept.setChecked(True)
    wizard.next()
    confirm = wizard.confirm_page
    for edit, index in zip(confirm.inputs, confirm.asked):
        type_text(edit, wizard.result_.recovery_groups[index])
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: ctl.main_window is not None)
    session = ctl.ctx.session
    AccountService(session).create(username=f"{MARKER}b", display_name=f"{CN_MARKER}二", role=Role.COUNSELLOR)
    SettingsService(session).update(room_name=f"{CN_MARKER}{MARKER}新")
    window = ctl.main_window
    for key in ("home", "accounts", "audit", "settings"):
        window.go_to(key)
    window.lock("manual")
    type_text(window.lock_screen.password, PASSWORD)
    window.lock_screen.unlock_button.click()
    qtbot.waitUntil(lambda: not window.is_locked, timeout=10000)
    window.close()
    ctl.idle.stop()

    checked = _files(inst.data_dir) + _files(temp)
    assert any(p.name == "counselroom.db" for p in checked)
    leaks = [str(p) for p in checked if _contains_marker(p.read_bytes())]
    assert leaks == []
    assert not [p for p in checked if p.suffix == ".log"]
