"""The roster import dialog with files it must refuse, and cells it must not show as given."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from counselroom.services.roster_import import RosterImportService
from counselroom.ui.dialogs.roster_import_dialog import RosterImportDialog
from counselroom.ui.messages import message
from counselroom.ui.workers import wait_for_background

SHOTS = os.environ.get("COUNSELROOM_SHOTS")   # a folder: save what the dialog shows, to look at


@pytest.fixture
def dialog(staff, qtbot):
    session = staff.login("li")
    dialog = RosterImportDialog(RosterImportService(session))
    qtbot.addWidget(dialog)
    dialog.show()
    yield dialog
    wait_for_background()
    session.logout()


def _load(dialog, qtbot, path: Path) -> None:
    generation = dialog._generation
    dialog.load_path(path)
    qtbot.waitUntil(lambda: not dialog._busy and dialog._generation == generation + 1, timeout=10_000)
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / f"roster-{path.stem}.png"))


@pytest.mark.parametrize("name, content, code", [
    ("big5.csv", "student_no,name,class\n20230101,張偉,國二3班\n20230102,陳淑芬,國二3班\n".encode("big5"),
     "roster.encoding_big5"),
    ("damaged.xlsx", b"PK\x03\x04" + bytes(300), "roster.unreadable"),
    ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "roster.old_or_protected"),
])
def test_a_file_that_cannot_be_read_is_one_sentence_and_nothing_to_import(dialog, qtbot, tmp_path, name, content,
                                                                         code):
    path = tmp_path / name
    path.write_bytes(content)
    _load(dialog, qtbot, path)
    assert dialog.verdict.text() == message(code, {"max_mb": 20})
    assert dialog.verdict.wordWrap() and dialog.verdict.isVisible()
    assert not dialog.import_button.isEnabled() and dialog.preview is None


def test_hostile_cells_are_shown_as_they_would_be_kept_and_a_formula_name_is_a_row_problem(dialog, qtbot, tmp_path):
    path = tmp_path / "hostile.csv"
    path.write_bytes("姓名,班级,备注\n\u202e张\u200b三\x00,3\x1b[31m班,ok\n=HYPERLINK(\"x\"),3班,\n".encode())
    _load(dialog, qtbot, path)
    assert dialog.sample.item(0, 1).text() == "张三" and dialog.sample.item(0, 2).text() == "3班"
    assert dialog.errors.rowCount() == 1
    assert dialog.errors.item(0, 0).text() == "3"
    assert dialog.errors.item(0, 2).text() == message("name.formula", {"start": "="})
    assert not dialog.import_button.isEnabled()
