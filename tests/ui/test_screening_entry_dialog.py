"""Typing paper screening sheets: real keys, the live line, Enter saves and clears, errors keep the text."""

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from rooms import SUPERVISOR
from counselroom.domain.clients import ClientDraft, ClientType, Gender
from counselroom.domain.screening import CampaignDraft
from counselroom.services.screening_import import ScreeningImportService
from counselroom.services.clients import ClientService
from counselroom.services.scales import ScaleService
from counselroom.services.screening import ScreeningService
from counselroom.ui.dialogs.screening_entry_dialog import ScreeningEntryDialog

MHT = (Path(__file__).parents[1] / "fixtures" / "scales" / "mht_like.json").read_bytes()


@pytest.fixture
def campaign(staff):
    """An open campaign of grade 初二 with the MHT-like scale (100 yes/no items, keys 1-2)."""
    boss = staff.login(SUPERVISOR)
    ScaleService(boss).import_definition(MHT, "test definition")
    for number, name in (("20230101", "张三"), ("20230102", "李四")):
        ClientService(boss).register(ClientDraft(name=name, gender=Gender.UNSPECIFIED, client_type=ClientType.STUDENT,
                                                 grade="初二", class_name="3班", student_no=number))
    screening = ScreeningService(boss)
    made = screening.create(CampaignDraft(name="初二普查", scale_codes=("mht_like",), grades=("初二",),
                                          starts_on=boss.today(), ends_on=boss.today(), notice="已告知"))
    screening.open(made.id)
    boss.logout()
    return made.id


@pytest.fixture
def dialog(qtbot, contexts, campaign, answers):
    ctx = contexts("li")
    made = ScreeningEntryDialog(ctx.session, ScreeningImportService(ctx.session).typing(campaign, "mht_like"))
    qtbot.addWidget(made)
    made.show()
    made.test_session = ctx.session
    return made


def press(qtbot, widget, keys: str) -> None:
    for key in keys:
        qtbot.keyClick(widget, key)


def test_typing_shows_the_line_live_and_enter_saves_and_clears(qtbot, dialog, campaign):
    line = dialog.line
    press(qtbot, line, "20230101")
    assert "20230101" in dialog.status.text() and "space" in dialog.status.text()
    press(qtbot, line, " 12 12")
    assert "张三" in dialog.status.text() and "4 of 100" in dialog.status.text()
    press(qtbot, line, "3")
    assert "Item 5" in dialog.status.text()        # "3" is no key of a yes/no item
    qtbot.keyClick(line, Qt.Key.Key_Backspace)
    press(qtbot, line, "2" * 96)
    # every item answered: the verdict (this one says "no" to the validity items, so it is void)
    assert dialog.status.text().endswith("100 of 100 answers · invalid sheet (validity scale)")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert line.text() == "" and "张三" in dialog.last.text() and dialog.saved == 1
    assert [s.valid for s in ScreeningService(dialog.test_session).results(campaign)] == [False]
    # the next student at once; the same student again is said before Enter and refused at it
    press(qtbot, line, "20230101 ")
    assert "already screened" in dialog.status.text()
    press(qtbot, line, "1" * 100)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert line.text() == "20230101 " + "1" * 100          # kept, with the problem under it
    assert dialog.form.error_for("line").text() and dialog.saved == 1


def test_a_wrong_count_or_an_unknown_student_keeps_the_text(qtbot, dialog):
    line = dialog.line
    press(qtbot, line, "20230102 " + "1" * 99)
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert line.text() == "20230102 " + "1" * 99
    assert "100 items, but 99" in dialog.form.error_for("line").text()
    line.clear()
    press(qtbot, line, "20239999 " + "1" * 100)
    assert "No student of this screening" in dialog.status.text()
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert "20239999" in dialog.form.error_for("line").text() and line.text().startswith("20239999")
    assert dialog.saved == 0


@pytest.mark.parametrize("language", ["en", pytest.param("zh_CN", marks=pytest.mark.language("zh_CN"))])
def test_screenshots(qtbot, dialog, language):
    folder = os.environ.get("COUNSELROOM_SHOTS")
    press(qtbot, dialog.line, "20230102 " + "12" * 30)
    if folder:
        from PySide6.QtWidgets import QApplication

        from counselroom.ui.fonts import load_application_font

        load_application_font(QApplication.instance())
        Path(folder).mkdir(parents=True, exist_ok=True)
        dialog.grab().save(str(Path(folder) / f"screening_entry_{language}.png"))
    assert dialog.status.text()
