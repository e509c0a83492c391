"""The archive page and the guided export dialog, through their real widgets, a real
encrypted room with a realistic last quarter, and a real export written to a folder
standing in for the USB drive (the list of mounted drives is the one edge replaced)."""

from __future__ import annotations

import subprocess
from datetime import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from archive_fixtures import _quarter_template, quarter_room, run_7z, usb  # noqa: F401 - fixtures
from counselroom.archive.verify import ArchiveStatus, verify_archive
from counselroom.domain.archive import ArchiveError
from counselroom.domain.audit import Action, AuditFilter
from counselroom.domain.errors import CounselRoomError
from counselroom.domain.visits import VisitContent
from counselroom.services.audit_service import AuditService
from counselroom.services.visits import VisitService
from counselroom.ui import drives as drives_mod
from counselroom.ui.context import AppContext
from counselroom.ui import pdf_output as dialog_module
from counselroom.ui.dialogs.archive_export_dialog import (
    DRIVE_STEP, PASSPHRASE_STEP, QUARTER_STEP, RUN_STEP, ArchiveExportDialog,
)
from counselroom.ui.pages.archive_page import ArchivePage
from counselroom.ui.workers import wait_for_background
from helpers import type_text


@pytest.fixture
def boss(quarter_room):
    session = quarter_room.login()
    yield session
    wait_for_background()
    if not session.locked:
        session.logout()


def _drives(monkeypatch, *drives: drives_mod.Drive) -> None:
    monkeypatch.setattr(drives_mod, "list_drives", lambda: list(drives))


def usb_drive(folder: Path) -> drives_mod.Drive:
    return drives_mod.Drive(root=folder, name="KINGSTON", free=15 << 30, total=16 << 30, removable=True,
                            read_only=False)


def archive_page(qtbot, quarter_room, session) -> ArchivePage:
    page = ArchivePage(AppContext(quarter_room.room.inst, session, "zh_CN"))
    qtbot.addWidget(page)
    page.resize(1100, 720)
    page.show()
    page.refresh()
    return page


def open_export(qtbot, page) -> ArchiveExportDialog:
    page.export_button.click()
    dialog = next(d for d in page._dialogs if isinstance(d, ArchiveExportDialog))
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def wait_until_done(qtbot, dialog) -> None:
    qtbot.waitUntil(lambda: not dialog.running, timeout=120_000)


def test_archiving_the_last_quarter_step_by_step(qtbot, quarter_room, boss, usb, monkeypatch):
    _drives(monkeypatch, usb_drive(usb))
    printed: list[bytes] = []
    monkeypatch.setattr(dialog_module, "print_pdf", lambda pdf, parent, title: printed.append(pdf) or True)
    page = archive_page(qtbot, quarter_room, boss)
    assert page.model.rowCount() == 0 and page.empty_label.isVisible()
    assert str(quarter_room.quarter.year) in page.due_label.text()
    dialog = open_export(qtbot, page)

    # 1. The last complete quarter is proposed, with its counts and what is not settled.
    assert dialog.quarter() == quarter_room.quarter
    preview = dialog.preview
    assert preview.counts["visits"] > 10
    assert dialog.findChild(type(dialog.steps_label), "count_visits").text() == f"{preview.counts['visits']:,}"
    assert dialog.unsettled_box.isVisible() and preview.unsigned_visits >= 1
    assert "not signed" in dialog.unsettled_box.text()
    dialog.next_button.click()
    assert dialog.stack.currentIndex() == QUARTER_STEP
    assert dialog.acknowledge_error.isVisible()          # the refusal is at the checkbox
    dialog.acknowledge.setChecked(True)
    dialog.next_button.click()

    # 2. The USB drive is proposed; nothing more is asked for a removable drive.
    assert dialog.stack.currentIndex() == DRIVE_STEP
    assert dialog.drives.target() == usb and dialog.drives.confirmed()
    assert "KINGSTON" in dialog.drives.list.currentItem().text()
    assert not dialog.drives.confirm.isVisible()
    dialog.next_button.click()

    # 3. The generated passphrase: readable groups, and written down before anything starts.
    assert dialog.stack.currentIndex() == PASSPHRASE_STEP
    passphrase = dialog.passphrase.passphrase()
    assert len(passphrase.split("-")) == 6 and dialog.passphrase.generated_label.text() == passphrase
    dialog.next_button.click()
    assert dialog.stack.currentIndex() == PASSPHRASE_STEP and dialog.passphrase.written_error.isVisible()
    dialog.passphrase.written_down.setChecked(True)

    stages: list[str] = []
    cancel_at_verify: list[bool] = []
    original = dialog._moved

    def watch(stage, fraction):
        original(stage, fraction)
        stages.append(stage)
        if stage == "verify":
            cancel_at_verify.append(dialog.cancel_button.isEnabled())

    monkeypatch.setattr(dialog, "_moved", watch)
    dialog.next_button.click()
    assert dialog.stack.currentIndex() == RUN_STEP and dialog.running
    assert not dialog.back_button.isEnabled() and dialog.cancel_button.text() == "Stop"
    wait_until_done(qtbot, dialog)
    assert [s for i, s in enumerate(stages) if i == 0 or stages[i - 1] != s] == [
        "gather", "database", "case_files", "pack", "write", "verify"]
    assert cancel_at_verify and not any(cancel_at_verify)   # no stopping once the check runs
    assert dialog.progress.value() == 1000

    # 4. The result, checked from the drive; the receipt printed and audited.
    result = dialog.export_result
    assert result is not None, dialog.outcome.text()
    assert result.path == usb / quarter_room.quarter.file_name and result.path.exists()
    assert verify_archive(result.path, passphrase).status is ArchiveStatus.SOUND
    # encrypted with exactly what was shown: the real 7-Zip opens it so, and with no other form
    assert run_7z("t", f"-p{passphrase}", str(result.path)).returncode == 0
    assert run_7z("t", f"-p{passphrase.lower().replace('-', ' ')}", str(result.path)).returncode != 0
    assert dialog.outcome.isVisible() and result.sha256[:8] in dialog.outcome.text()
    assert dialog.receipt_row.isVisible() and not dialog.back_button.isVisible()
    dialog.print_button.click()
    assert printed and printed[0].startswith(b"%PDF")
    dialog.with_passphrase.setChecked(True)                 # and once more with the passphrase on it
    dialog.print_button.click()
    receipt = subprocess.run(["pdftotext", "-", "-"], input=printed[-1], capture_output=True,
                             check=True).stdout.decode()
    assert passphrase in receipt and passphrase not in subprocess.run(
        ["pdftotext", "-", "-"], input=printed[0], capture_output=True, check=True).stdout.decode()
    assert any(e.detail.get("document") == "archive_receipt"
               for e in AuditService(boss).search(AuditFilter(action=Action.RECORD_PRINTED)))
    dialog.next_button.click()                            # Done
    assert not dialog.isVisible()

    # The page lists the archive; the quarter is now read-only.
    assert page.model.rowCount() == 1 and page.model.row_at(0).sha256 == result.sha256
    assert page.print_button.isEnabled()
    li = quarter_room.login("li")
    try:
        with pytest.raises(CounselRoomError) as refused:
            VisitService(li).start(quarter_room.ids["case"], VisitContent(
                visit_date=quarter_room.quarter.first_day, start=time(9), end=time(9, 45), complaint="补录"))
        assert refused.value.code == "archive.quarter_archived"
    finally:
        li.logout()


def test_a_folder_on_this_computer_needs_a_second_confirmation_and_a_typed_passphrase_is_checked(
        qtbot, quarter_room, boss, tmp_path, monkeypatch):
    _drives(monkeypatch)                                   # no USB drive plugged in
    page = archive_page(qtbot, quarter_room, boss)
    dialog = open_export(qtbot, page)
    dialog.acknowledge.setChecked(True)
    dialog.next_button.click()
    assert dialog.drives.empty.isVisible() and dialog.drives.target() is None
    dialog.next_button.click()
    assert dialog.drive_error.isVisible() and dialog.stack.currentIndex() == DRIVE_STEP

    folder = tmp_path / "本机文件夹"
    folder.mkdir()
    dialog.drives.set_folder(folder)
    assert dialog.drives.target() == folder and dialog.drives.warning.isVisible()
    dialog.next_button.click()
    assert dialog.stack.currentIndex() == DRIVE_STEP and dialog.drive_error.isVisible()
    dialog.drives.confirm.setChecked(True)
    dialog.next_button.click()
    assert dialog.stack.currentIndex() == PASSPHRASE_STEP

    chooser = dialog.passphrase
    chooser.use_typed.setChecked(True)
    type_text(chooser.typed, "秋天的操场")
    qtbot.waitUntil(chooser.meter_is_current)             # worked out off the GUI thread
    assert chooser.meter_label.text() == "Too weak"
    dialog.next_button.click()
    assert chooser.form.error_for("passphrase").isVisible()
    assert chooser.typed.text() == "秋天的操场"                       # kept
    chooser.typed.clear()
    sentence = "秋天的操场上，孩子们追着风筝跑过了三棵银杏树"
    type_text(chooser.typed, sentence)
    type_text(chooser.again, "秋天的操场上，孩子们追着风筝")
    dialog.next_button.click()
    assert chooser.form.error_for("passphrase_again").isVisible()
    chooser.again.clear()
    type_text(chooser.again, sentence)
    qtbot.waitUntil(chooser.meter_is_current)
    assert chooser.meter_label.text() == "Strong enough"

    # Stopped half-way: nothing is left, and going back keeps every choice.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.next_button.click()
    assert dialog.running
    dialog.cancel_button.click()
    wait_until_done(qtbot, dialog)
    assert dialog.export_result is None and dialog.outcome.isVisible()
    assert list(folder.iterdir()) == []
    dialog.back_button.click()
    assert dialog.stack.currentIndex() == PASSPHRASE_STEP and chooser.typed.text() == sentence


def test_a_full_drive_says_so_and_goes_back_to_the_drive(qtbot, quarter_room, boss, usb, monkeypatch):
    from counselroom.archive import export as export_module

    _drives(monkeypatch, usb_drive(usb))

    def full(data, target_dir, file_name, tracker=None):
        raise ArchiveError("archive.disk_full", path=str(target_dir))

    monkeypatch.setattr(export_module, "write_to_drive", full)
    page = archive_page(qtbot, quarter_room, boss)
    dialog = open_export(qtbot, page)
    dialog.acknowledge.setChecked(True)
    dialog.next_button.click()
    dialog.next_button.click()
    dialog.passphrase.written_down.setChecked(True)
    dialog.next_button.click()
    wait_until_done(qtbot, dialog)
    assert dialog.export_result is None
    assert "not enough free space on the drive" in dialog.outcome.text()
    assert list(usb.iterdir()) == []
    dialog.back_button.click()
    assert dialog.stack.currentIndex() == DRIVE_STEP and dialog.drives.target() == usb
    assert page.model.rowCount() == 0


def test_the_lock_closes_the_dialog_and_forgets_the_passphrase(qtbot, quarter_room, boss, usb, monkeypatch):
    _drives(monkeypatch, usb_drive(usb))
    page = archive_page(qtbot, quarter_room, boss)
    dialog = open_export(qtbot, page)
    dialog.acknowledge.setChecked(True)
    dialog.next_button.click()
    dialog.next_button.click()
    chooser = dialog.passphrase
    chooser.use_typed.setChecked(True)
    type_text(chooser.typed, "一二三四五六七八九十百千万亿")
    page.clear_sensitive()
    assert not dialog.isVisible()
    assert chooser.typed.text() == "" and chooser.passphrase() == ""
    assert page.model.rowCount() == 0 and page.due_label.text() == ""


def test_today_reminds_the_supervisor_until_the_quarter_is_archived(qtbot, quarter_room, boss, usb):
    from counselroom.services.archive import ArchiveService, generate_passphrase
    from counselroom.ui.pages.home_page import HomePage

    def notice(session):
        home = HomePage(AppContext(quarter_room.room.inst, session, "zh_CN"))
        qtbot.addWidget(home)
        home.refresh()
        qtbot.wait(1)            # let the cards of an earlier refresh go
        found = home.findChild(type(home.greeting), "archiveNotice")
        return None if found is None else found.text()

    found = notice(boss)
    assert found is not None and str(quarter_room.quarter) in found
    li = quarter_room.login("li")
    try:
        assert notice(li) is None                      # the archive is the supervisor's job
    finally:
        li.logout()
    ArchiveService(boss).export(quarter_room.quarter, usb, generate_passphrase(), acknowledged=True)
    assert ArchiveService(boss).due() is None
    assert notice(boss) is None


def test_the_generated_passphrase_is_taught_as_7zip_needs_it(qtbot):
    """Shown once, it is the very text the archive is encrypted with, and the screen says to copy it
    exactly: 7-Zip refuses it without its hyphens or in small letters."""
    from counselroom.ui.widgets.passphrase_chooser import PassphraseChooser

    chooser = PassphraseChooser()
    qtbot.addWidget(chooser)
    text = chooser.generated_explain.text()
    assert "left out" not in text and "hyphens included" in text and "7-Zip" in text
    assert chooser.passphrase() == chooser.generated_label.text()
    chooser.use_typed.setChecked(True)
    hints = " ".join(label.text() for label in chooser.typed_box.findChildren(type(chooser.meter_label)))
    assert "exactly like this" in hints and "capitals" in hints
