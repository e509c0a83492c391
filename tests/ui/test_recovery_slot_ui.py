"""A damaged or missing recovery slot is shown where the supervisor looks (issue 12, item 2):
Settings → Recovery code, the Today page, and the audit page's integrity check. Making a new
code fixes it."""

from __future__ import annotations

import json
import os

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from counselroom.security import keyfile as keyfile_mod
from counselroom.ui.context import AppContext
from counselroom.ui.pages.settings_page import SettingsPage

SHOTS = os.environ.get("COUNSELROOM_SHOTS")


def _remove_recovery_slot(path) -> None:
    data = json.loads(path.read_bytes())
    data.pop("checksum")
    data["slots"] = [s for s in data["slots"] if s["kind"] != "recovery"]
    path.write_bytes(keyfile_mod._with_checksum(data))    # as an attacker would: checksum fixed


def test_settings_show_the_slot_and_a_new_code_fixes_it(qtbot, room, session, monkeypatch):
    ctx = AppContext(room.inst, session, "en")
    ctx.print_recovery_sheet = lambda groups: True
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    page.refresh()
    assert "is sound" in page.recovery_status.text()

    _remove_recovery_slot(room.inst.keyfile_path)
    page.refresh()
    assert "recovery slot is missing" in page.recovery_status.text()
    qtbot.wait(50)
    if SHOTS:
        page.grab().save(os.path.join(SHOTS, "settings-recovery-missing.png"))

    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(page.renew_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.recovery_dialog is not None, timeout=30000)
    if SHOTS:
        page.recovery_dialog.grab().save(os.path.join(SHOTS, "new-recovery-code.png"))
    assert "is sound" in page.recovery_status.text()
    page.recovery_dialog.kept = True
    page.recovery_dialog.reject()


def test_today_and_the_integrity_check_name_it(qtbot, room, session):
    from counselroom.services.audit_service import AuditService
    from counselroom.ui.pages.home_page import HomePage

    _remove_recovery_slot(room.inst.keyfile_path)
    assert "keys.recovery_missing" in [f.code for f in AuditService(session).find_problems()]
    ctx = AppContext(room.inst, session, "en")
    page = HomePage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    page.refresh()
    notice = page.findChild(type(page.greeting), "recoveryNotice")
    assert notice is not None and "Fix this now" in notice.text()
    qtbot.waitUntil(notice.isVisible)
    if SHOTS:
        page.grab().save(os.path.join(SHOTS, "today-recovery-missing.png"))
