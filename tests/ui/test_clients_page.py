"""The clients page, the registration form and the roster import, on a real encrypted installation."""

from __future__ import annotations

import threading
from datetime import date

import pytest

import pinned_clock
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from counselroom.domain.cases import CaseDraft
from counselroom.domain.clients import ClientDraft, ClientQuery, ClientType, Gender, age_on
from counselroom.services.cases import CaseService
from counselroom.services.clients import ClientService
from counselroom.services.roster_import import RosterImportService
from counselroom.ui.dialogs.client_form import ClientFormDialog
from counselroom.ui.dialogs.roster_import_dialog import RosterImportDialog
from counselroom.ui.main_window import page_classes
from counselroom.ui.models.clients_model import ClientsModel
from counselroom.ui.pages.clients_page import ClientsPage
from helpers import type_text


def _page(ctx, qtbot) -> ClientsPage:
    page = ClientsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.refresh()
    return page


@pytest.fixture
def page(ctx, qtbot):
    return _page(ctx, qtbot)


def _register(ctx, name="王䶮", **kw) -> int:
    draft = ClientDraft(name=name, gender=Gender.MALE, birth_date=date(2011, 3, 4),
                        client_type=ClientType.STUDENT, grade="初二", class_name="3班", **kw)
    return ClientService(ctx.session).register(draft).id


def _names(page) -> list[str]:
    return [page.model.row_at(r).name for r in range(page.model.rowCount())]


def _select(page, client_id: int) -> None:
    row = page.model.row_of(client_id)
    page.table.selectRow(page.proxy.mapFromSource(page.model.index(row, 0)).row())


def _form(page) -> ClientFormDialog:
    forms = [d for d in page._dialogs if isinstance(d, ClientFormDialog)]
    assert forms
    return forms[-1]


def test_registered_after_home_page():
    names = [cls.__name__ for cls in page_classes()]
    assert names.index("ClientsPage") == names.index("HomePage") + 1


def test_register_by_typing_chinese(page, qtbot, answers):
    page.new_button.click()
    form = _form(page)
    type_text(form.findChild(type(form.name), "name"), "王䶮")
    type_text(form.grade, "初二")
    type_text(form.class_name, "3班")
    form.birth_unknown.setChecked(False)
    form.birth_date.setDate(QDate(2011, 3, 4))
    assert form.age_label.text() == f"{age_on(date(2011, 3, 4), pinned_clock.today())} years"
    form.findChild(type(form.save_button), "saveClient").click()
    assert form.saved_client is not None and form.saved_client.name == "王䶮"
    assert form.saved_client.birth_date == date(2011, 3, 4)
    assert "王䶮" in _names(page)
    assert page.selected_client().name == "王䶮"
    assert "王䶮" in page.detail.heading.text()


def test_bad_phone_shows_error_at_contact_and_keeps_typing(page, answers):
    page.new_button.click()
    form = _form(page)
    type_text(form.name, "王䶮")
    type_text(form.class_name, "3班")
    type_text(form.contact, "abc")
    form.save_button.click()
    assert form.saved_client is None
    error = form.right.error_for("contact")
    assert error.isVisible() and "Enter a phone number with digits only" in error.text()
    assert form.name.text() == "王䶮"
    assert form.contact.text() == "abc"
    assert ClientService(page.ctx.session).search(ClientQuery(text="王䶮")) == []


def test_student_without_class_shows_error_at_class(page, answers):
    page.new_button.click()
    form = _form(page)
    type_text(form.name, "张三")
    form.save_button.click()
    assert form.left.error_for("class_name").isVisible()
    assert form.name.text() == "张三"


def test_possible_duplicate_asks_first(page, ctx, monkeypatch):
    _register(ctx)
    asked = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    page.new_button.click()
    form = _form(page)
    type_text(form.name, "王䶮")
    type_text(form.class_name, "3班")
    form.birth_unknown.setChecked(False)
    form.birth_date.setDate(QDate(2011, 3, 4))
    form.save_button.click()
    assert asked and f"{pinned_clock.today().year}-0001" in asked[0]
    assert form.saved_client is None and form.name.text() == "王䶮"


def test_closing_with_typed_text_asks(page, monkeypatch):
    asked = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    page.new_button.click()
    form = _form(page)
    type_text(form.name, "王䶮")
    form.reject()
    assert asked and form.isVisible()


def test_filter_as_you_type_with_pinyin_initials(page, ctx, qtbot):
    _register(ctx)
    _register(ctx, name="张三", student_no="S2")
    page.refresh()
    assert sorted(_names(page)) == sorted(["王䶮", "张三"])
    qtbot.keyClicks(page.filter, "wy")
    qtbot.waitUntil(lambda: _names(page) == ["王䶮"], timeout=2000)
    page.filter.clear()
    type_text(page.filter, "张")
    qtbot.waitUntil(lambda: _names(page) == ["张三"], timeout=2000)


def test_edit_opens_audited_and_saves(page, ctx, answers):
    client_id = _register(ctx)
    page.refresh()
    _select(page, client_id)
    index = page.table.currentIndex() if page.table.currentIndex().isValid() else page.proxy.index(0, 0)
    page.table.activated.emit(index)
    form = _form(page)
    assert form.name.text() == "王䶮"
    assert form.birth_date.date() == QDate(2011, 3, 4) and not form.birth_unknown.isChecked()
    form.grade.clear()
    type_text(form.grade, "初三")
    form.save_button.click()
    assert form.saved_client.grade == "初三"
    row = page.model.row_of(client_id)
    assert page.model.index(row, ClientsModel.CLASS).data() == "初三 3班"


def test_deactivate_hides_and_show_inactive_greys(page, ctx, answers):
    client_id = _register(ctx)
    page.refresh()
    _select(page, client_id)
    page.toggle_button.click()
    assert answers["question"]
    assert "王䶮" not in _names(page)
    page.show_inactive.setChecked(True)
    row = page.model.row_of(client_id)
    assert row >= 0
    assert page.model.index(row, ClientsModel.NAME).data(Qt.ItemDataRole.ForegroundRole) is not None
    _select(page, client_id)
    assert page.toggle_button.text() == "Reactivate"


def test_counsellor_sees_cases_assistant_does_not(contexts, staff, ctx, qtbot):
    client_id = _register(ctx)
    CaseService(ctx.session).open(client_id, CaseDraft(opened_on=pinned_clock.today(), reason="学习压力"))
    page = _page(ctx, qtbot)
    _select(page, client_id)
    assert "李老师" in page.detail.cases.text()

    assistant = contexts("zhao")
    try:
        other = _page(assistant, qtbot)
        _select(other, client_id)
        assert "王䶮" in other.detail.heading.text()
        assert "李老师" not in other.detail.cases.text()
        assert "#" not in other.detail.cases.text()
    finally:
        assistant.session.logout()


def _write_gbk(path, lines):
    path.write_bytes("\r\n".join(lines).encode("gbk"))
    return path


def test_roster_import_bad_row_then_good_file(page, qtbot, tmp_path):
    page.import_button.click()
    dialog = [d for d in page._dialogs if isinstance(d, RosterImportDialog)][-1]
    bad = _write_gbk(tmp_path / "bad.csv", ["姓名,性别,年级,班级,学号",
                                             "刘一,男,初一,1班,A1",
                                             "陈二,未知,初一,1班,A2"])
    dialog.load_path(bad)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=5000)
    assert dialog.findChild(type(dialog.mapping_combos["name"]), "mapping_name").currentText() == "姓名"
    assert not dialog.findChild(type(dialog.import_button), "importButton").isEnabled()
    errors = dialog.findChild(type(dialog.errors), "rosterErrors")
    assert errors.rowCount() == 1
    assert errors.item(0, 0).text() == "3"
    assert "未知" in errors.item(0, 2).text()
    assert "1" in dialog.counts.text()

    good = _write_gbk(tmp_path / "good.csv", ["姓名,性别,年级,班级,学号",
                                               "刘一,男,初一,1班,A1",
                                               "陈二,女,初一,1班,A2"])
    dialog.load_path(good)
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.import_button.isEnabled(), timeout=5000)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.result_ is not None, timeout=5000)
    assert dialog.result_.imported == 2
    qtbot.waitUntil(lambda: {"刘一", "陈二"} <= set(_names(page)), timeout=2000)


def test_roster_mapping_without_name_disables_import(page, qtbot, tmp_path):
    dialog = RosterImportDialog(RosterImportService(page.ctx.session), page)
    qtbot.addWidget(dialog)
    dialog.load_path(_write_gbk(tmp_path / "a.csv", ["姓名,班级", "刘一,1班"]))
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=5000)
    assert dialog.import_button.isEnabled()
    dialog.mapping_combos["name"].setCurrentIndex(0)
    assert not dialog.import_button.isEnabled()
    assert dialog.errors.rowCount() == 1


def test_clear_sensitive_empties_everything(page, ctx, qtbot, answers):
    client_id = _register(ctx)
    page.refresh()
    _select(page, client_id)
    page.filter.setText("w")
    page.new_button.click()
    form = _form(page)
    type_text(form.name, "秘密")
    page.clear_sensitive()
    assert page.model.rowCount() == 0
    assert page.filter.text() == ""
    assert "王䶮" not in page.detail.heading.text()
    assert all(not v.text() for v in page.detail.values.values())
    assert form.name.text() == "" and not form.isVisible()
    assert page._dialogs == []


def test_filtering_and_choosing_a_client_run_no_sql_on_the_gui_thread(page, ctx, qtbot, sql_on_gui_thread):
    client_id = _register(ctx)
    _register(ctx, name="张三", student_no="S2")
    CaseService(ctx.session).open(client_id, CaseDraft(opened_on=pinned_clock.today(), reason="学习压力"))
    sql_on_gui_thread.clear()
    page.refresh()
    qtbot.keyClicks(page.filter, "wy")
    assert _names(page) == ["王䶮"]
    _select(page, client_id)
    assert "李老师" in page.detail.cases.text() and page.detail.new_case_button.isEnabled()
    assert sql_on_gui_thread == []


@pytest.mark.async_loads
def test_an_older_search_is_dropped_and_the_table_keeps_its_rows_until_the_new_ones(ctx, qtbot, monkeypatch):
    _register(ctx)
    _register(ctx, name="张三", student_no="S2")
    page = ClientsPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    both = sorted(["王䶮", "张三"])
    qtbot.waitUntil(lambda: sorted(_names(page)) == both, timeout=10000)
    gate = threading.Event()
    search = ClientService.search

    def slow_for_zhang(self, query):
        if query.text == "张":
            gate.wait(10)
        return search(self, query)

    monkeypatch.setattr(ClientService, "search", slow_for_zhang)
    page.filter.setText("张")
    qtbot.wait(50)
    assert sorted(_names(page)) == both        # no flicker to an empty table while it searches
    page.filter.setText("wy")
    qtbot.waitUntil(lambda: _names(page) == ["王䶮"], timeout=10000)
    gate.set()
    qtbot.waitUntil(lambda: not page.loader.loading, timeout=10000)
    qtbot.wait(10)
    assert _names(page) == ["王䶮"]            # the older, slower answer came back and was dropped
