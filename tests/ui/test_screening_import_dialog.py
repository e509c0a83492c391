"""Importing a screening's answer sheets through the dialog: a good file stored whole, a bad row named in
words with nothing stored, a wrong column guess corrected by the person (issue 17 §1)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtWidgets import QApplication

from archive_fixtures import _TemplateKeyring
from rooms import SUPERVISOR, Room, Staff
from counselroom.domain.clients import ClientDraft, ClientType, Gender
from counselroom.domain.screening import CampaignDraft
from counselroom.services.clients import ClientService
from counselroom.services.installation import Installation
from counselroom.services.scales import ScaleService
from counselroom.services.screening import ScreeningService
from counselroom.ui.context import AppContext
from counselroom.ui.dialogs.screening_import_dialog import ScreeningImportDialog
from counselroom.ui.fonts import load_application_font
from counselroom.ui.messages import message
from counselroom.ui.workers import wait_for_background

SCALES = Path(__file__).parents[1] / "fixtures" / "scales"
SHOTS = os.environ.get("COUNSELROOM_SHOTS")   # a folder: save what the dialog shows, to look at
STUDENTS = [("20230101", "张三", "3班"), ("20230102", "李四", "3班"), ("20230103", "王䶮", "4班")]


@pytest.fixture(scope="module")
def _template(_staff_template, tmp_path_factory):
    """The staff room with an open campaign of 初二 on an SCL-90-like scale and PHQ-9, once a module."""
    template, staff_ids = _staff_template
    with _TemplateKeyring(template.backend.entries) as backend:
        inst = Installation(tmp_path_factory.mktemp("screening-import-dialog") / "data")
        shutil.copytree(template.inst.data_dir, inst.data_dir)
        staff = Staff(Room(inst, backend, template.recovery_groups), staff_ids)
        boss = staff.login(SUPERVISOR)
        try:
            ScaleService(boss).import_definition((SCALES / "scl90_like.json").read_bytes(), "test definition")
            for number, name, class_name in STUDENTS:
                ClientService(boss).register(ClientDraft(name=name, gender=Gender.UNSPECIFIED,
                                                         client_type=ClientType.STUDENT, grade="初二",
                                                         class_name=class_name, student_no=number))
            screening = ScreeningService(boss)
            campaign = screening.create(CampaignDraft(name="2026 初二普查", scale_codes=("phq9", "scl90_like"),
                                                      grades=("初二",), starts_on=boss.today(), ends_on=boss.today(),
                                                      notice="已告知家长"))
            screening.open(campaign.id)
        finally:
            boss.logout()
        entries = dict(backend.entries)
    return template, inst, staff_ids, entries, campaign.id


@pytest.fixture
def dialog(_template, tmp_path, memory_keyring, qtbot):
    template, made, staff_ids, entries, campaign_id = _template
    inst = Installation(tmp_path / "data")
    shutil.copytree(made.data_dir, inst.data_dir)
    memory_keyring.entries.update(entries)
    session = Staff(Room(inst, memory_keyring, template.recovery_groups), staff_ids).login("li")
    if SHOTS:   # the application's font, as the window has it (else Chinese shows as boxes)
        load_application_font(QApplication.instance())
    shown = ScreeningImportDialog(AppContext(inst, session, "zh_CN"), campaign_id)
    qtbot.addWidget(shown)
    shown.show()
    yield shown
    wait_for_background()
    if not session.locked:
        session.logout()


def stored(dialog) -> list:
    return ScreeningService(dialog.ctx.session).results(dialog.campaign_id)


def phq9_file(path: Path, rows: list[list[object]], items: list[str] | None = None) -> Path:
    book = openpyxl.Workbook()
    book.active.append(["序号", "学号", "姓名", *(items or [f"{n}、题目" for n in range(1, 10)])])
    for number, row in enumerate(rows, 1):
        book.active.append([number, *row])
    book.save(path)
    return path


def settle(dialog, qtbot) -> None:
    qtbot.waitUntil(lambda: not dialog._busy and dialog.preview is not None, timeout=15_000)


def shot(dialog, name: str, language: str = "") -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(Path(SHOTS) / f"screening-import-{name}{'-' + language if language else ''}.png"))


def load(dialog, qtbot, path: Path) -> None:
    dialog.load_path(path)
    settle(dialog, qtbot)


def test_a_good_file_is_previewed_counted_and_stored_whole(dialog, qtbot, tmp_path):
    assert dialog.scale_box.isVisibleTo(dialog) and dialog.scale_box.count() == 2   # two scales: choose
    dialog.scale_box.setCurrentIndex(dialog.scale_box.findData("phq9"))
    assert dialog.items_table.rowCount() == 9 and not dialog.import_button.isEnabled()
    path = phq9_file(tmp_path / "phq9.xlsx", [[20230101, "张三", *[0] * 9], ["20230102", "李四", *[3] * 8, 1],
                                              [20230103, "王䶮", *["好几天"] * 9]])
    load(dialog, qtbot, path)
    preview = dialog.preview
    assert preview.acceptable and [s.student.name for s in preview.sheets] == ["张三", "李四", "王䶮"]
    assert dialog.mapping().identity == {"student_no": 1, "name": 2}
    assert "To be stored: 3" in dialog.counts.text()
    assert dialog.sheets.rowCount() == 3 and dialog.sheets.item(1, 4).text() == "25"
    assert "critical" in dialog.sheets.item(1, 5).text()                # item 9 answered: a critical answer
    assert dialog.import_button.isEnabled() and "3 answer sheets" in dialog.verdict.text()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=15_000)
    assert dialog.result_.count == 3 and "Stored: 3" in dialog.verdict.text()
    assert sorted(s.total for s in stored(dialog)) == [0, 9, 25]
    assert dialog.cancel_button.text() == "Close" and not dialog.import_button.isEnabled()


def test_a_bad_row_is_named_in_words_and_nothing_is_stored(dialog, qtbot, tmp_path):
    dialog.scale_box.setCurrentIndex(dialog.scale_box.findData("phq9"))
    path = phq9_file(tmp_path / "bad.xlsx", [[20230101, "张三", *[0] * 9],
                                             [20230102, "李四", 0, 1, 2, 3, "也许", 0, 0, 0, 0],
                                             [20239999, "无名", *[0] * 9]])
    load(dialog, qtbot, path)
    errors = dialog.errors
    assert errors.rowCount() == 2 and dialog.tabs.currentWidget() is errors
    assert [errors.item(0, c).text() for c in range(3)] == ["3", "20230102 李四", "5"]
    assert errors.item(0, 3).text() == message("screening_import.answer_unknown", {"item": 5, "value": "也许"})
    assert errors.item(1, 0).text() == "4" and "20239999" in errors.item(1, 3).text()
    assert "nothing will be stored" in dialog.verdict.text() and not dialog.import_button.isEnabled()
    shot(dialog, "problems")
    dialog.commit()                                    # Enter with the button disabled: still nothing
    assert stored(dialog) == []


def test_a_wrong_column_guess_is_corrected_by_the_person(dialog, qtbot, tmp_path):
    dialog.scale_box.setCurrentIndex(dialog.scale_box.findData("phq9"))
    letters = [f"第{c}列" for c in "ABCDEFGHI"]        # headers that name no item: nothing guessed
    path = phq9_file(tmp_path / "letters.xlsx", [[20230101, "张三", *[1] * 9], [20230102, "李四", *[2] * 9]],
                     items=letters)
    load(dialog, qtbot, path)
    assert not dialog.preview.acceptable
    assert errors_text(dialog)[0] == message("screening_import.item_column_missing", {"item": 1})
    shot(dialog, "unmapped")
    # "all items in order, the first in" column D (index 3)
    box = dialog.first_item_box
    box.setCurrentIndex(box.findData(3))
    box.activated.emit(box.currentIndex())
    settle(dialog, qtbot)
    assert dialog.mapping().items == {str(n): n + 2 for n in range(1, 10)}
    assert dialog.preview.acceptable and dialog.import_button.isEnabled()
    # one item put on the name's column by mistake, then back where it belongs
    nine = dialog.item_combos["9"]
    nine.setCurrentIndex(nine.findData(2))
    settle(dialog, qtbot)
    assert not dialog.preview.acceptable and message("screening_import.column_twice") in errors_text(dialog)
    nine.setCurrentIndex(nine.findData(11))
    settle(dialog, qtbot)
    assert dialog.preview.acceptable
    shot(dialog, "corrected")
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=15_000)
    assert sorted(s.total for s in stored(dialog)) == [9, 18]


def errors_text(dialog) -> list[str]:
    return [dialog.errors.item(r, 3).text() for r in range(dialog.errors.rowCount())]


@pytest.mark.parametrize("language", ["en", pytest.param("zh_CN", marks=pytest.mark.language("zh_CN"))])
def test_screenshots(dialog, qtbot, tmp_path, language):
    dialog.scale_box.setCurrentIndex(dialog.scale_box.findData("scl90_like"))
    shot(dialog, "empty", language)
    high = ["偏重"] * 90
    book = openpyxl.Workbook()
    book.active.append(["序号", "提交答卷时间", "学号", "姓名", *[f"{n}、合成条目" for n in range(1, 91)]])
    book.active.append([1, "2026/12/1 10:00:00", 20230101, "张三", *["没有"] * 90])
    book.active.append([2, "2026/12/1 10:05:00", 20230102, "李四", *high])
    book.save(tmp_path / "scl.xlsx")
    load(dialog, qtbot, tmp_path / "scl.xlsx")
    assert dialog.preview.acceptable and dialog.preview.positive == 1
    shot(dialog, "ready", language)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=15_000)
    shot(dialog, "stored", language)
