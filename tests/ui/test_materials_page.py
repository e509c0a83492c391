"""The test-materials page and its dialogs, driven through real widgets on an encrypted installation."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton

from rooms import SUPERVISOR
from counselroom.domain.audit import Action, AuditFilter
from counselroom.domain.materials import MaterialDraft, MaterialKind, StockChange
from counselroom.services.audit_service import AuditService
from counselroom.services.materials import MaterialService
from counselroom.ui.dialogs.handout_dialogs import HandOutDialog, TakeBackDialog
from counselroom.ui.dialogs.material_dialogs import MaterialDialog
from counselroom.ui.dialogs.stock_dialogs import StockDialog
from counselroom.ui.models.materials import WARNING_INK, MaterialsModel, OutstandingModel
from counselroom.ui.pages.materials_page import MaterialsPage
from helpers import type_text


@pytest.fixture
def make_page(qtbot, contexts):
    made = []

    def make(name: str) -> MaterialsPage:
        page = MaterialsPage(contexts(name))
        qtbot.addWidget(page)
        page.resize(1000, 680)
        page.show()
        page.refresh()
        made.append(page)
        return page

    yield make
    for page in made:
        page.close_dialogs()


@pytest.fixture
def phq9(staff):
    boss = staff.login(SUPERVISOR)
    material = MaterialService(boss).add(MaterialDraft("PHQ-9 答题纸", MaterialKind.FORM, "phq9", "档案柜 A 层"),
                                         20, "开学清点")
    boss.logout()
    return material


def _set(qtbot, spin, value: int) -> None:
    """Type a number into a spin box the way a person does."""
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, str(value))
    assert spin.value() == value


def _dialog(page, cls):
    dialog = page._dialogs[-1]
    assert isinstance(dialog, cls) and dialog.isVisible()
    return dialog


def _row(page, name: str) -> int:
    return next(r for r in range(page.proxy.rowCount())
                if page.proxy.index(r, MaterialsModel.NAME).data() == name)


def _cell(page, row: int, col: int) -> str:
    return page.proxy.index(row, col).data()


def _counts(page, name: str) -> tuple[str, str, str]:
    row = _row(page, name)
    return (_cell(page, row, MaterialsModel.ON_HAND), _cell(page, row, MaterialsModel.OUT),
            _cell(page, row, MaterialsModel.TOTAL))


def test_supervisor_adds_a_material_typed_in_chinese_and_a_missing_reason_keeps_the_text(make_page, qtbot):
    page = make_page(SUPERVISOR)
    assert page.stack.currentWidget() is page.empty and "Add material" in page.empty.text()
    assert not page.hand_out_button.isEnabled() and not page.take_back_button.isEnabled()
    page.add_button.click()
    dialog = _dialog(page, MaterialDialog)
    type_text(dialog.name, "SDS 抑郁自评量表 试卷")
    type_text(dialog.scale_code, "sds")
    type_text(dialog.location, "档案柜 B 层（上锁）")
    _set(qtbot, dialog.count, 30)
    dialog.save_button.click()
    # Copies without saying where they came from: refused at the field, nothing typed is lost.
    assert dialog.isVisible()
    assert dialog.form.error_for("reason").isVisible()
    assert "reason" in dialog.form.error_for("reason").text().lower()
    assert dialog.name.text() == "SDS 抑郁自评量表 试卷" and dialog.count.value() == 30
    assert MaterialService(page.ctx.session).list() == []
    type_text(dialog.reason, "向出版社购买")
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert page.stack.currentWidget() is page.table
    assert _counts(page, "SDS 抑郁自评量表 试卷") == ("30", "", "30")
    assert _cell(page, 0, MaterialsModel.SCALE) == "sds" and _cell(page, 0, MaterialsModel.CHECK) == "OK"
    assert "SDS 抑郁自评量表 试卷" in page.status.text() and "30" in page.status.text()
    assert page.selected_material().name == "SDS 抑郁自评量表 试卷"
    assert page.tabs.tabText(1) == "History: SDS 抑郁自评量表 试卷"
    assert page.movements_model.rowCount() == 1
    [row] = AuditService(page.ctx.session).search(AuditFilter(action=Action.MATERIAL_ADDED.value))
    assert row.detail["reason"] == "向出版社购买"


def test_counsellor_hands_out_three_and_takes_back_two_with_one_used(make_page, phq9, qtbot):
    page = make_page("li")
    # A counsellor has no stock buttons: only the supervisor changes the stock.
    assert page.add_button is None and page.stock_button is None and page.missing_button is None
    assert {b.objectName() for b in page.findChildren(QPushButton)} >= {"handOut", "takeBack"}
    assert not page.findChildren(QPushButton, "changeStock")
    assert "no lending" in page.intro.text().lower()
    assert not page.take_back_button.isEnabled()

    page.select_material(phq9.id)
    page.hand_out_button.click()
    dialog = _dialog(page, HandOutDialog)
    assert "never lent out" in dialog.findChild(QLabel, "noLendingHint").text()
    assert not dialog.staff.isEnabled() and dialog.staff.currentText() == "李老师"
    _set(qtbot, dialog.count, 3)
    type_text(dialog.purpose, "团体辅导 初二3班")
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert _counts(page, "PHQ-9 答题纸") == ("17", "3", "20")
    assert page.outstanding_model.rowCount() == 1 and page.tabs.tabText(0) == "Out now (1)"
    row = [page.outstanding_proxy.index(0, c).data() for c in range(6)]
    assert row[OutstandingModel.MATERIAL] == "PHQ-9 答题纸" and row[OutstandingModel.WHO] == "李老师"
    assert row[OutstandingModel.OUT] == "3" and row[OutstandingModel.PURPOSE] == "团体辅导 初二3班"
    assert row[OutstandingModel.DAYS] == "Today"
    assert "handed out" in page.status.text()

    page.take_back_button.click()
    dialog = _dialog(page, TakeBackDialog)
    assert dialog.back.value() == 3        # all of it, until told otherwise
    _set(qtbot, dialog.back, 2)
    assert "1 stay out" in dialog.summary.text()
    _set(qtbot, dialog.used, 1)
    assert "accounted for" in dialog.summary.text()
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert _counts(page, "PHQ-9 答题纸") == ("19", "", "19")
    assert page.outstanding_model.rowCount() == 0
    assert page.outstanding_note.text() == "Everything is back in the cabinet."
    assert page.problems.isHidden()
    page.tabs.setCurrentIndex(1)
    whats = [page.movements_proxy.index(r, 1).data() for r in range(page.movements_proxy.rowCount())]
    assert whats == ["Taken back", "Handed out", "New copies"]
    assert page.movements_proxy.index(0, 2).data() == "2 back, 1 used up"


def test_handing_out_more_than_the_cabinet_holds_shows_at_the_field_and_keeps_the_text(make_page, phq9, qtbot,
                                                                                         monkeypatch):
    page = make_page("li")
    page.select_material(phq9.id)
    page.hand_out_button.click()
    dialog = _dialog(page, HandOutDialog)
    type_text(dialog.purpose, "个体咨询 14:00")
    _set(qtbot, dialog.count, 25)
    dialog.save_button.click()
    assert dialog.isVisible()
    assert dialog.form.error_for("count").text() == "Only 20 are in the cabinet."
    assert dialog.purpose.text() == "个体咨询 14:00" and dialog.count.value() == 25
    assert MaterialService(page.ctx.session).outstanding() == []
    # Closing with typed text asks first.
    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Cancel))
    dialog.reject()
    assert dialog.isVisible() and asked == ["Close and discard what you typed?"]


def test_change_stock_without_a_reason_is_refused_at_the_field(make_page, phq9, qtbot):
    page = make_page(SUPERVISOR)
    assert not page.stock_button.isEnabled()
    page.select_material(phq9.id)
    page.stock_button.click()
    dialog = _dialog(page, StockDialog)
    dialog.change_buttons[StockChange.WRITE_OFF].click()
    _set(qtbot, dialog.count, 2)
    assert dialog.preview.text() == "In the cabinet 20 → 18; in all 20 → 18."
    dialog.save_button.click()
    assert dialog.isVisible()
    assert dialog.form.error_for("reason").text() == "Give the reason. Every change of the stock is recorded."
    assert dialog.count.value() == 2 and dialog.change_buttons[StockChange.WRITE_OFF].isChecked()
    assert _counts(page, "PHQ-9 答题纸") == ("20", "", "20")
    type_text(dialog.reason, "受潮破损")
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert _counts(page, "PHQ-9 答题纸") == ("18", "", "18")
    assert page.tabs.currentIndex() == 1
    assert page.movements_proxy.index(0, 1).data() == "Written off"
    assert page.movements_proxy.index(0, 7).data() == "受潮破损"
    # Correcting the count: the field label follows the choice.
    page.stock_button.click()
    dialog = _dialog(page, StockDialog)
    dialog.change_buttons[StockChange.CORRECT].click()
    assert dialog.count_label.text() == "Counted in the cabinet" and dialog.count.value() == 18
    dialog._discard_ok = True
    dialog.reject()


def test_overdue_hand_outs_and_counts_that_do_not_add_up_are_flagged(make_page, staff, phq9, monkeypatch):
    li = staff.login("li")
    real = li.clock
    li.clock = lambda: real() - timedelta(days=2)
    MaterialService(li).hand_out(phq9.id, 2, purpose="个体咨询")
    li.clock = real
    li.logout()
    page = make_page(SUPERVISOR)
    assert page.problems.isVisible()
    assert "2 taken by 李老师" in page.problems.text() and "days out: 2" in page.problems.text()
    assert _cell(page, _row(page, "PHQ-9 答题纸"), MaterialsModel.CHECK) == "Overdue"
    assert page.outstanding_proxy.index(0, OutstandingModel.DAYS).data() == "2 days"
    assert page.outstanding_proxy.index(0, OutstandingModel.DAYS).data(Qt.ItemDataRole.ForegroundRole).color() \
        == WARNING_INK
    assert "not back since an earlier day" in page.outstanding_note.text()

    # The supervisor writes off one as missing (with a confirmation) and takes the other back.
    page.outstanding_table.selectRow(0)
    assert page.missing_button.isEnabled()
    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes))
    page.missing_button.click()
    dialog = page._dialogs[-1]
    dialog.count.setValue(1)
    type_text(dialog.reason, "学生带走，未找回")
    dialog.save_button.click()
    assert asked and "cannot be undone" in asked[0]
    assert not dialog.isVisible()
    assert _counts(page, "PHQ-9 答题纸") == ("18", "1", "19")
    page.take_back_button.click()
    dialog = _dialog(page, TakeBackDialog)
    dialog.save_button.click()
    assert page.problems.isHidden() and _counts(page, "PHQ-9 答题纸") == ("19", "", "19")

    # A count changed outside the application.
    page.ctx.session.db.execute("UPDATE materials SET on_hand = on_hand - 1 WHERE id = ?", (phq9.id,))
    page.refresh_button.click()
    assert _cell(page, _row(page, "PHQ-9 答题纸"), MaterialsModel.CHECK) == "Does not add up"
    assert "the recorded total is 19" in page.problems.text()


@pytest.mark.parametrize("who, allowed", [("zhao", False), ("li", True), (SUPERVISOR, True)])
def test_assistants_do_not_get_the_page(staff, who, allowed):
    # Test materials belong to testing, which assistants never see (R16); the service refuses them too.
    session = staff.login(who)
    assert MaterialsPage.allowed_for(session.user) is allowed
    session.logout()


def test_lock_clears_the_tables_the_flags_and_open_dialogs(make_page, phq9, staff):
    li = staff.login("li")
    li_clock = li.clock
    li.clock = lambda: li_clock() - timedelta(days=1)
    MaterialService(li).hand_out(phq9.id, 1, purpose="个体咨询")
    li.logout()
    page = make_page(SUPERVISOR)
    page.select_material(phq9.id)
    page.hand_out_button.click()
    dialog = _dialog(page, HandOutDialog)
    type_text(dialog.purpose, "团体辅导")
    assert page.model.rowCount() == 1 and page.outstanding_model.rowCount() == 1
    assert page.movements_model.rowCount() == 2 and page.problems.isVisible()

    page.clear_sensitive()
    page.ctx.session.lock()
    assert not dialog.isVisible() and dialog.purpose.text() == "" and dialog.material.count() == 0
    assert page._dialogs == []
    assert page.model.rowCount() == 0 and page.outstanding_model.rowCount() == 0
    assert page.movements_model.rowCount() == 0
    assert page.problems.isHidden() and page.problems.text() == ""
    assert page.outstanding_note.text() == "" and page.tabs.tabText(1) == "History"
    assert page.status.text() == ""
    assert not page.hand_out_button.isEnabled() and not page.take_back_button.isEnabled()


def test_a_materials_history_is_read_off_the_gui_thread(make_page, phq9, sql_on_gui_thread):
    page = make_page("li")
    sql_on_gui_thread.clear()
    page.refresh()
    page.select_material(phq9.id)
    assert page.movements_model.rowCount() >= 1 and page.tabs.tabText(1) == "History: PHQ-9 答题纸"
    assert sql_on_gui_thread == []
