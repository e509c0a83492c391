"""Recovery from a backup through the real windows (issue 12, items 1 and 5).

On a brand-new computer the first-run wizard offers "Restore from a backup…": the person
chooses the backup file on the USB drive (its ``.keys`` file is found beside it), types the
code from the recovery sheet and a new password, and the main window opens on every record.
A damaged key file offers its sound previous copy; a lost one is rebuilt from the data
folder's own backups with the code.
"""

from __future__ import annotations

import os
import shutil

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog

from rooms import SUPERVISOR, SUPERVISOR_PW
from counselroom.domain.installation import RecoveryReason
from counselroom.services.audit_service import AuditService
from counselroom.services.auth import login
from counselroom.services.backups import BackupService
from counselroom.services.demo import generate
from counselroom.services.installation import Installation
from counselroom.storage.backup_repo import BackupContentsRepository
from counselroom.ui.app import AppController
from helpers import type_text

NEW_PW = "我们的新密码很长很长"
SHOTS = os.environ.get("COUNSELROOM_SHOTS")   # a folder: save what the test sees, to look at


def _shot(widget, name: str) -> None:
    if SHOTS:
        widget.grab().save(os.path.join(SHOTS, name + ".png"))


def _counts(session) -> dict[str, int]:
    return {k: v for k, v in BackupContentsRepository(session.db).counts().items() if k != "audit"}


@pytest.fixture
def usb_backup(room, tmp_path):
    session = login(room.inst, SUPERVISOR, SUPERVISOR_PW)
    generate(session, clients=12, seed=5, years=1)
    usb = tmp_path / "usb"
    usb.mkdir()
    made = BackupService(session).make(usb)
    counts = _counts(session)
    session.logout()
    return made.path, counts


def _close(ctl):
    if ctl.main_window is not None:
        ctl.main_window.close()
    ctl.idle.stop()


def _fill(dialog, code: str) -> None:
    type_text(dialog.code.fields[0], code)
    type_text(dialog.username, SUPERVISOR)
    type_text(dialog.new_password, NEW_PW)
    type_text(dialog.confirm, NEW_PW)


def test_a_new_computer_restores_the_records_from_the_usb_backup(room, usb_backup, tmp_path, qtbot, monkeypatch):
    backup, counts = usb_backup
    shutil.rmtree(room.inst.data_dir)          # the old disk is gone…
    room.backend.entries.clear()               # …and so is its key store
    new = Installation(tmp_path / "new-pc" / "CounselRoom")
    ctl = AppController(new, "en", backend=room.backend)
    try:
        assert ctl.start()
        wizard = ctl.wizard
        qtbot.addWidget(wizard)
        assert wizard.isVisible()
        _shot(wizard, "wizard-first-page")
        wizard.room_page.restore_button.click()
        dialog = ctl.recovery_dialog
        qtbot.addWidget(dialog)
        assert dialog.isVisible() and not wizard.isVisible()
        assert dialog.reason is RecoveryReason.NEW_COMPUTER and dialog.file_required
        _fill(dialog, room.code)
        # Without a file: the field says so, nothing happens.
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        assert dialog.form.error_for("source").text()
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(backup), ""))
        dialog.findChild(type(wizard.room_page.restore_button), "chooseBackup").click()
        assert dialog.source == backup and not dialog.form.error_for("source").text()
        _shot(dialog, "recovery-new-computer")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        qtbot.waitUntil(lambda: ctl.main_window is not None, timeout=30000)
        session = ctl.ctx.session
        assert _counts(session) == counts
        assert AuditService(session).find_problems() == []
        assert not new.data_dir.joinpath("counselroom.db.restoring").exists()
    finally:
        _close(ctl)
    login(new, SUPERVISOR, NEW_PW).logout()


def test_a_backup_without_its_keys_is_named_at_the_field(room, usb_backup, tmp_path, qtbot, monkeypatch):
    backup, _ = usb_backup
    backup.with_suffix(".keys").unlink()
    room.backend.entries.clear()
    ctl = AppController(Installation(tmp_path / "new"), "en", backend=room.backend)
    try:
        ctl.start()
        ctl.wizard.room_page.restore_button.click()
        dialog = ctl.recovery_dialog
        qtbot.addWidget(dialog)
        dialog.set_source(backup)
        assert ".keys" in dialog.form.error_for("source").text()
        _shot(dialog, "recovery-keys-missing")
        dialog.reject()
        assert ctl.wizard.isVisible()            # cancelling goes back to the set-up
    finally:
        _close(ctl)


def test_a_damaged_key_file_offers_its_previous_copy(room, qtbot, tmp_path):
    raw = bytearray(room.inst.keyfile_path.read_bytes())
    raw[100] ^= 0x08
    room.inst.keyfile_path.write_bytes(bytes(raw))
    ctl = AppController(room.inst, "en", backend=room.backend)
    try:
        ctl.start()
        dialog = ctl.recovery_dialog
        qtbot.addWidget(dialog)
        assert dialog.reason is RecoveryReason.KEY_FILE_DAMAGED
        assert "damaged" in dialog.findChild(type(dialog.source_label), "recoveryReason").text()
        _shot(dialog, "recovery-key-file-damaged")
        dialog.previous_button.click()
        assert ctl.login_dialog is not None and ctl.login_dialog.isVisible()
        qtbot.addWidget(ctl.login_dialog)
    finally:
        _close(ctl)
    login(room.inst, SUPERVISOR, SUPERVISOR_PW).logout()


def test_a_lost_key_file_is_rebuilt_with_the_code_from_the_local_backups(room, qtbot):
    session = login(room.inst, SUPERVISOR, SUPERVISOR_PW)
    BackupService(session).make()
    session.logout()
    for name in ("counselroom.keys", "counselroom.keys.previous"):
        (room.inst.data_dir / name).unlink()
    ctl = AppController(room.inst, "en", backend=room.backend)
    try:
        ctl.start()
        dialog = ctl.recovery_dialog
        qtbot.addWidget(dialog)
        assert dialog.reason is RecoveryReason.KEY_FILE_MISSING and not dialog.file_required
        _fill(dialog, room.code)
        _shot(dialog, "recovery-key-file-missing")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        qtbot.waitUntil(lambda: ctl.main_window is not None, timeout=30000)
    finally:
        _close(ctl)
    login(room.inst, SUPERVISOR, NEW_PW).logout()
