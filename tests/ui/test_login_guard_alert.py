"""A failed-login record that vanished is shown on Today to whoever logs in, and on the
audit page to the supervisor until confirmed (issue 12, item 3), through the real widgets."""

from __future__ import annotations

from PySide6.QtCore import Qt

from rooms import SUPERVISOR, SUPERVISOR_PW
from counselroom.domain.accounts import Role
from counselroom.security.keyfile import load as load_keyfile
from counselroom.security.keystore import LOGIN_GUARD, SERVICE
from counselroom.security.login_guard import LOST, guard_path
from counselroom.services.accounts import AccountService
from counselroom.services.audit_service import AuditService
from counselroom.services.auth import login
from counselroom.ui.context import AppContext
from counselroom.ui.dialogs.acknowledge_alert_dialog import AcknowledgeAlertDialog
from counselroom.ui.pages.audit_page import AuditPage
from counselroom.ui.pages.home_page import HomePage
from helpers import type_text

STAFF_PW = "秋风萧瑟天气凉草木摇落"


def _erase_the_guard(room) -> None:
    entry = f"{load_keyfile(room.inst.keyfile_path).installation_id}/{LOGIN_GUARD}"
    room.backend.entries.pop((SERVICE, entry), None)
    guard_path(room.inst.data_dir).unlink(missing_ok=True)


def test_a_vanished_guard_is_shown_until_the_supervisor_confirms(qtbot, room):
    session = login(room.inst, SUPERVISOR, SUPERVISOR_PW)
    _, otp = AccountService(session).create(username="li", display_name="李老师", role=Role.COUNSELLOR)
    session.logout()
    session = login(room.inst, "li", otp)
    AccountService(session).change_own_password(otp, STAFF_PW)
    session.logout()
    _erase_the_guard(room)

    session = login(room.inst, "li", STAFF_PW)   # a counsellor is told to tell the supervisor
    try:
        home = HomePage(AppContext(room.inst, session, "en"))
        qtbot.addWidget(home)
        home.show()
        home.refresh()
        notice = home.findChild(type(home.greeting), "integrityNotice")
        assert notice is not None and "record of wrong passwords" in notice.text()
        assert "Tell the supervisor" in notice.text()
    finally:
        session.logout()

    session = login(room.inst, SUPERVISOR, SUPERVISOR_PW)   # shown again: nobody confirmed it yet
    try:
        assert [f.code for f in session.findings] == [LOST]
        page = AuditPage(AppContext(room.inst, session, "en"))
        qtbot.addWidget(page)
        page.resize(1100, 700)
        page.show()
        page.refresh()
        assert page.alert.isVisible()
        assert "record of wrong passwords" in page.alert_findings.text()
        qtbot.mouseClick(page.acknowledge_button, Qt.MouseButton.LeftButton)
        dialog = page.acknowledge_dialog
        assert isinstance(dialog, AcknowledgeAlertDialog)
        qtbot.waitUntil(dialog.isVisible)
        type_text(dialog.note, "已查明：电脑维护时清理了钥匙串。")
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
        assert not page.alert.isVisible()
        assert not AuditService(session).alert_pending
    finally:
        session.logout()
    session = login(room.inst, SUPERVISOR, SUPERVISOR_PW)
    assert session.findings == []
    session.logout()
