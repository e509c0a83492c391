"""The backups group of the settings page and the backups dialog, through their real
widgets on a real encrypted installation."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QGroupBox

from rooms import STAFF_PW, SUPERVISOR, SUPERVISOR_PW
from counselroom.domain.audit import Action
from counselroom.domain.backups import BackupKind, file_name
from counselroom.domain.clients import ClientDraft, ClientQuery, ClientType, Gender
from counselroom.services.backups import BackupService
from counselroom.services.clients import ClientService
from counselroom.storage.audit_repo import AuditRepository
from counselroom.storage.database import Database
from counselroom.ui.app import AppController
from counselroom.ui.context import AppContext
from counselroom.ui.dialogs.backups_dialog import BackupsDialog
from counselroom.ui.dialogs.restore_dialog import RestoreDialog
from counselroom.ui.main_window import MainWindow
from counselroom.ui.pages.settings_page import SettingsPage
from counselroom.ui.workers import wait_for_background
from helpers import type_text


def add_client(session, name: str) -> None:
    ClientService(session).register(ClientDraft(
        name=name, gender=Gender.MALE, birth_date=date(2011, 9, 1), client_type=ClientType.STUDENT,
        grade="初一", class_name="2班"))


def client_names(session) -> set[str]:
    return {c.name for c in ClientService(session).search(ClientQuery())}


@pytest.fixture
def sessions(staff):
    opened = []

    def open_as(name: str):
        session = staff.login(name)
        opened.append(session)
        return session

    yield open_as
    wait_for_background()
    for session in opened:
        if not session.locked:
            session.logout()


def settings_page(qtbot, staff, session) -> SettingsPage:
    page = SettingsPage(AppContext(staff.room.inst, session, "zh_CN"))
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    page.refresh()
    return page


def open_dialog(qtbot, page) -> BackupsDialog:
    page.backups_panel.open_button.click()
    dialog = page.backups_panel.dialog
    assert isinstance(dialog, BackupsDialog) and dialog.isVisible()
    qtbot.waitUntil(lambda: not dialog.loading, timeout=10000)
    return dialog


def damaged_copy(session, good) -> object:
    """A copy of ``good`` with one flipped byte in a page the list does not read (the
    scale library), so it still opens and counts, but fails the check."""
    db = Database.open_backup(good.path, session.key)
    try:
        page_no = db.query_one("SELECT rootpage FROM sqlite_master WHERE name = 'scales'")[0]
    finally:
        db.close()
    data = bytearray(good.path.read_bytes())
    data[(page_no - 1) * 4096 + 300] ^= 0xFF
    # A year earlier, as a day count: "the same day a year ago" does not exist on 29 February.
    target = good.path.with_name(file_name(BackupKind.MANUAL, good.made_at - timedelta(days=366)))
    target.write_bytes(bytes(data))
    return target


def test_back_up_now_list_and_verify(qtbot, staff, sessions):
    session = sessions(SUPERVISOR)
    add_client(session, "欧阳䶮")
    page = settings_page(qtbot, staff, session)
    panel = page.backups_panel
    assert panel.isVisible()
    assert panel.last_label.text() == "No backup has been made yet."

    panel.make_button.click()
    qtbot.waitUntil(lambda: panel.status.text() == "Backup made.", timeout=10000)
    assert panel.last_label.text().startswith("Last backup: ") and "(On demand)" in panel.last_label.text()
    assert BackupService(session).made_today()

    dialog = open_dialog(qtbot, page)
    assert dialog.model.rowCount() == 1
    assert not dialog.empty_label.isVisible()
    entry = dialog.selected()
    assert entry is not None and entry.contents.counts["clients"] == 1
    assert "Clients 1" in dialog.details_label.text()
    assert "(this computer's data folder)" in dialog.folder_label.text()

    dialog.make_button.click()  # a second one from the dialog
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Backup made:"), timeout=10000)
    qtbot.waitUntil(lambda: not dialog.loading, timeout=10000)
    assert dialog.model.rowCount() == 1  # the same day: the older one was rotated away

    dialog.verify_button.click()
    qtbot.waitUntil(lambda: dialog.result_box.isVisible(), timeout=20000)
    assert dialog.result_box.text().startswith("Sound.")
    actions = [e.action for e in AuditRepository(session.db).iter_all()]
    assert actions.count(Action.BACKUP_MADE.value) == 2 and actions[-1] == Action.BACKUP_VERIFIED.value


def test_restore_of_a_damaged_backup_is_refused_with_the_message(qtbot, staff, sessions):
    session = sessions(SUPERVISOR)
    add_client(session, "林小雨")
    good = BackupService(session).make()
    broken = damaged_copy(session, good)
    add_client(session, "周子涵")
    page = settings_page(qtbot, staff, session)
    dialog = open_dialog(qtbot, page)
    assert dialog.model.rowCount() == 2
    # The damaged one is the older: select it (rows are newest first).
    dialog.table.selectRow(1)
    assert dialog.selected().file.path == broken
    assert dialog.restore_button.isEnabled()  # it opens, so it can be offered …
    dialog.restore_button.click()
    restore = dialog.restore_dialog
    assert isinstance(restore, RestoreDialog) and restore.isVisible()
    assert "Everything recorded after" in restore.findChild(type(restore.status), "restoreWarning").text()

    restore.check_button.click()  # no reason yet: said at the field, nothing checked
    assert restore.form.error_for("reason").text() == "Give the reason for restoring. It is recorded in the audit log."
    type_text(restore.reason, "服务器断电后数据库出错")
    restore.check_button.click()
    qtbot.waitUntil(lambda: restore.result_box.isVisible() or restore.status.text().startswith("The"), timeout=20000)
    assert restore.result_box.isVisible(), restore.status.text()
    assert "The backup failed its check, so the records were not replaced" in restore.result_box.text()
    assert "The backup is damaged: a part of it fails its integrity check." in restore.result_box.text()
    assert not restore.replace_button.isVisible()
    assert restore.cancel_button.text() == "Close"
    assert restore.reason.text() == "服务器断电后数据库出错"  # kept
    # … but nothing was replaced.
    assert client_names(session) == {"林小雨", "周子涵"}
    assert not session.installation.db_path.with_name("counselroom.db.restoring").exists()
    assert AuditRepository(session.db).head().action == Action.BACKUP_RESTORE_REFUSED.value
    restore.cancel_button.click()
    assert dialog.restore_dialog is None


def test_restore_in_the_window_locks_and_reopens_the_restored_records(qtbot, staff, sessions):
    session = sessions(SUPERVISOR)
    add_client(session, "林小雨")
    good = BackupService(session).make()
    add_client(session, "周子涵")
    window = MainWindow(AppContext(staff.room.inst, session, "zh_CN"), "settings")
    qtbot.addWidget(window)
    window.show()
    page = window.page("settings")
    dialog = open_dialog(qtbot, page)
    dialog.table.selectRow(0)
    assert dialog.selected().file.path == good.path
    dialog.restore_button.click()
    restore = dialog.restore_dialog
    type_text(restore.reason, "误删了一位来访者，恢复上午的备份")
    restore.check_button.click()
    qtbot.waitUntil(lambda: restore.replace_button.isVisible(), timeout=20000)
    assert restore.result_box.text().startswith("The backup is sound")
    assert client_names(session) == {"林小雨", "周子涵"}  # checked, not yet replaced
    restore.replace_button.click()
    assert restore.lock_button.isVisible()
    assert "The records were restored" in restore.result_box.text()
    restore.lock_button.click()
    # The window locked: every page dropped what it showed, the backups dialog is gone.
    assert window.is_locked and session.locked
    assert page.backups_panel.dialog is None and page.backups_panel.last_label.text() == ""
    type_text(window.lock_screen.password, SUPERVISOR_PW)
    window.lock_screen.unlock_button.click()
    qtbot.waitUntil(lambda: not window.is_locked, timeout=10000)
    assert client_names(session) == {"林小雨"}
    assert session.findings == []
    kinds = {f.kind for f in BackupService(session).files()}
    assert BackupKind.BEFORE_RESTORE in kinds


def test_counsellor_has_no_backups_group_but_lock_clears_the_supervisors(qtbot, staff, sessions):
    li = sessions("li")
    page = settings_page(qtbot, staff, li)
    assert page.findChild(QGroupBox, "backupsGroup") is None
    boss = sessions(SUPERVISOR)
    BackupService(boss).make()
    page = settings_page(qtbot, staff, boss)
    dialog = open_dialog(qtbot, page)
    assert dialog.model.rowCount() == 1
    page.clear_sensitive()
    assert dialog.model.rowCount() == 0 and dialog.details_label.text() == ""
    assert not dialog.isVisible() and page.backups_panel.last_label.text() == ""


def test_the_days_first_login_makes_the_daily_backup(staff, qtbot):
    controller = AppController(staff.room.inst, "zh_CN", backend=staff.room.backend)
    try:
        controller.start()
        dialog = controller.login_dialog
        qtbot.addWidget(dialog)
        type_text(dialog.username, "zhao")  # the assistant: anyone's first use of the day counts
        type_text(dialog.password, STAFF_PW)
        dialog.login_button.click()
        qtbot.waitUntil(lambda: controller.main_window is not None, timeout=10000)
        session = controller.ctx.session
        qtbot.waitUntil(lambda: BackupService(session).made_today(), timeout=10000)
        wait_for_background()
        rows = [e for e in AuditRepository(session.db).iter_all() if e.action == Action.BACKUP_MADE.value]
        assert [(r.actor, r.detail["backup_kind"]) for r in rows] == [("zhao", "daily")]
    finally:
        if controller.main_window is not None:
            controller.main_window.close()
        controller.idle.stop()
        wait_for_background()
