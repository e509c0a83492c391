"""The activities log page and its dialog, driven through real widgets on an encrypted installation:
logging an entry typed in Chinese, a refusal shown at its field with the text kept, changing and
deleting, the filters, and the files (viewed from memory, printed or saved as an audited copy)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QFileDialog

from rooms import SUPERVISOR
from counselroom.domain.activities import ActivityDraft, ActivityKind, Audience
from counselroom.domain.audit import Action
from counselroom.services.activities import ActivityService
from counselroom.ui.context import AppContext
from counselroom.ui.dialogs.activity_dialog import ActivityDialog
from counselroom.ui.dialogs.scan_viewer import ScanViewer
from counselroom.ui.models.activities_model import ActivitiesModel
from counselroom.ui.pages.activities_page import ActivitiesPage, current_span, school_year_of
from helpers import type_text


def _png() -> bytes:
    image = QImage(120, 160, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    assert image.save(buffer, "PNG")
    return bytes(buffer.data())


@pytest.fixture
def make_page(staff, shown_page):
    def make(name: str = "li") -> ActivitiesPage:
        return shown_page(ActivitiesPage(AppContext(staff.room.inst, staff.login(name), "zh_CN")))

    return make


def _dialog(page) -> ActivityDialog:
    dialog = page._dialogs[-1]
    assert isinstance(dialog, ActivityDialog) and dialog.isVisible()
    return dialog


def _titles(page) -> list[str]:
    return [page.proxy.index(r, ActivitiesModel.TITLE).data() for r in range(page.proxy.rowCount())]


def _record(staff, name: str, **changes):
    session = staff.login(name)
    try:
        draft = ActivityDraft(held_on=session.today(), kind=ActivityKind.LECTURE, title="考前减压",
                              audience=Audience.GRADE, audience_detail="初三年级", attendance=300, lessons=1,
                              presenter_ids=(staff.ids[name],))
        return ActivityService(session).record(replace(draft, **changes))
    finally:
        session.logout()


def test_an_activity_typed_in_chinese_is_logged(make_page, audit_rows, staff):
    page = make_page("li")
    assert page.model.rowCount() == 0 and page.empty_hint.isVisible()
    page.new_button.click()
    dialog = _dialog(page)
    assert dialog.presenter_boxes[staff.ids["li"]].isChecked()   # who logs it ran it, until unticked
    assert dialog.audience.currentData() == Audience.CLASS.value   # a lesson is for a class
    type_text(dialog.title_edit, "认识情绪")
    type_text(dialog.audience_detail, "初二(3)班")
    dialog.attendance.setValue(45)
    type_text(dialog.outside_presenter, "市精神卫生中心 张医生")
    type_text(dialog.notes, "学生积极参与，讨论热烈")
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert _titles(page) == ["认识情绪"]
    shown = page.selected_activity()
    assert (shown.audience_detail, shown.attendance, shown.lessons, shown.outside_presenter) == (
        "初二(3)班", 45, 1, "市精神卫生中心 张医生")
    assert "认识情绪" in page.status.text()
    assert "学生积极参与" in page.detail_text.text() and "初二(3)班" in page.detail_text.text()
    assert page.edit_button.isEnabled() and page.delete_button.isEnabled()
    assert "1 activity" in page.summary.text()
    [row] = audit_rows(Action.ACTIVITY_RECORDED)
    assert row.target == f"activity:{shown.id}"


def test_a_refusal_is_shown_at_its_field_and_the_text_stays(make_page):
    page = make_page("li")
    page.new_button.click()
    dialog = _dialog(page)
    type_text(dialog.title_edit, "情绪管理")
    type_text(dialog.notes, "分组讨论")
    dialog.save_button.click()   # a lesson for a class that is not named
    assert dialog.isVisible()
    error = dialog.form.error_for("audience_detail")
    assert error.isVisible() and error.text() == "This field is required."
    assert dialog.title_edit.text() == "情绪管理" and dialog.notes.toPlainText() == "分组讨论"
    type_text(dialog.audience_detail, "初一(2)班")
    assert not error.isVisible()   # editing the field takes the message away
    dialog.presenter_boxes[page.ctx.session.user.id].setChecked(False)
    dialog.save_button.click()   # nobody ran it
    assert dialog.form.error_for("presenters").text() == "This field is required."
    type_text(dialog.outside_presenter, "校外专家")
    assert not dialog.form.error_for("presenters").isVisible()
    dialog.save_button.click()
    assert not dialog.isVisible() and _titles(page) == ["情绪管理"]
    assert page.selected_activity().presenter_ids == ()


def test_the_kind_chooses_the_audience_until_one_is_chosen(make_page):
    page = make_page("li")
    page.new_button.click()
    dialog = _dialog(page)
    dialog.kind.setCurrentIndex(dialog.kind.findData(ActivityKind.PARENTS.value))
    assert dialog.audience.currentData() == Audience.PARENTS.value
    dialog.lessons.setValue(0)
    dialog.kind.setCurrentIndex(dialog.kind.findData(ActivityKind.TEACHER_TRAINING.value))
    assert dialog.audience.currentData() == Audience.TEACHERS.value and dialog.lessons.value() == 1
    dialog.audience.setCurrentIndex(dialog.audience.findData(Audience.OTHER.value))
    dialog.audience.activated.emit(dialog.audience.currentIndex())
    dialog.kind.setCurrentIndex(dialog.kind.findData(ActivityKind.CAMPAIGN.value))
    assert dialog.audience.currentData() == Audience.OTHER.value


def test_changing_and_deleting_what_one_may(make_page, staff, answers, audit_rows):
    mine = _record(staff, "li", title="li 的讲座")
    theirs = _record(staff, "zhou", title="周老师的讲座")
    page = make_page("li")
    assert _titles(page) == ["周老师的讲座", "li 的讲座"]   # newest first
    page.select_activity(theirs.id)
    assert not page.edit_button.isEnabled() and not page.delete_button.isEnabled()
    page.select_activity(mine.id)
    assert page.edit_button.isEnabled()
    page.edit_selected()
    dialog = _dialog(page)
    assert dialog.title_edit.text() == "li 的讲座" and dialog.attendance.value() == 300
    dialog.title_edit.selectAll()
    type_text(dialog.title_edit, "考前心理调适")
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert page.selected_activity().id == mine.id and page.selected_activity().title == "考前心理调适"
    [changed] = audit_rows(Action.ACTIVITY_UPDATED)
    assert changed.detail["fields"] == ["title"]
    page.delete_selected()
    assert "考前心理调适" in answers["question"][-1]
    assert _titles(page) == ["周老师的讲座"]
    assert [r.target for r in audit_rows(Action.ACTIVITY_DELETED)] == [f"activity:{mine.id}"]
    boss = make_page(SUPERVISOR)
    boss.select_activity(theirs.id)
    assert boss.edit_button.isEnabled() and boss.delete_button.isEnabled()


def test_filters_by_period_and_kind(make_page, staff):
    session = staff.login("li")
    today = session.today()
    session.logout()
    last_year = today.replace(year=today.year - 1, day=1)
    _record(staff, "li", title="今天的讲座")
    _record(staff, "li", title="去年的培训", held_on=last_year, kind=ActivityKind.TEACHER_TRAINING,
            audience=Audience.TEACHERS, audience_detail="")
    page = make_page("li")
    assert page.span_box.currentData() == current_span(today)
    assert _titles(page) == ["今天的讲座"]
    year = school_year_of(last_year)
    assert page.year_box.findData(year) >= 0   # the years reach back to the first entry
    page.choose(year=year, span="year")
    assert _titles(page) == ["去年的培训"]
    page.choose(span=f"{last_year.year}-{last_year.month:02d}")
    assert _titles(page) == ["去年的培训"]
    page.choose(kind=ActivityKind.LECTURE)
    assert _titles(page) == [] and page.empty_hint.isVisible()
    page.choose(year=school_year_of(today), span="year", all_kinds=True)
    assert _titles(page) == ["今天的讲座"]


def test_a_file_is_attached_viewed_from_memory_and_saved_as_an_audited_copy(
        make_page, tmp_path, answers, audit_rows, monkeypatch, qtbot):
    png = _png()
    scan = tmp_path / "签到表.png"
    scan.write_bytes(png)
    page = make_page("li")
    page.new_button.click()
    dialog = _dialog(page)
    type_text(dialog.title_edit, "心理委员培训")
    dialog.kind.setCurrentIndex(dialog.kind.findData(ActivityKind.PEER_TRAINING.value))
    type_text(dialog.audience_detail, "各班心理委员")
    bad = tmp_path / "notes.txt"
    bad.write_text("不是扫描件")
    assert not dialog.add_file(str(bad))
    assert dialog.form.error_for("attachment").text() == "Attach the scan as a PDF, PNG or JPEG file."
    assert dialog.add_file(str(scan)) and dialog.files() == [("签到表.png", len(png))]
    dialog.save_button.click()
    assert not dialog.isVisible()
    activity = page.selected_activity()
    assert [f.name for f in activity.files] == ["签到表.png"]
    assert page.files_list.count() == 1 and page.view_button.isEnabled()

    viewer = page.view_file()
    assert isinstance(viewer, ScanViewer) and viewer.showing_image and viewer.image_size().width() == 120
    [viewed] = audit_rows(Action.ACTIVITY_FILE_VIEWED)
    assert viewed.detail == {"file": activity.files[0].id}
    viewer.close()

    copy = tmp_path / "out" / "copy.png"
    copy.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(copy), "")))
    assert page.save_file_copy() == str(copy)
    assert "outside the encrypted records" in answers["warning"][-1]
    assert copy.read_bytes() == png
    [output] = audit_rows(Action.ACTIVITY_FILE_OUTPUT)
    assert output.detail == {"file": activity.files[0].id, "output": "file"}

    # removing it in the dialog, and the lock emptying the page and closing its windows
    page.edit_selected()
    dialog = _dialog(page)
    dialog.files_list.setCurrentRow(0)
    dialog.remove_file_button.click()
    dialog.save_button.click()
    assert page.selected_activity().files == () and not page.view_button.isVisible()
    page.ctx.session.lock()
    page.clear_sensitive()
    assert page.model.rowCount() == 0 and page.detail_title.text() == "" and page._dialogs == []


def test_an_unchanged_edit_writes_nothing(make_page, staff, audit_rows):
    entry = _record(staff, "li")
    page = make_page("li")
    page.select_activity(entry.id)
    page.edit_selected()
    dialog = _dialog(page)
    assert not dialog.is_dirty()
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert audit_rows(Action.ACTIVITY_UPDATED) == []


@pytest.mark.language("zh_CN")
def test_the_page_is_listed_after_duty_for_the_counselling_staff(window):
    main = window("li")
    keys = [p.key for p in main.page_list]
    assert keys.index("activities") == keys.index("duty") + 1
    assert "activities" not in [p.key for p in window("zhao").page_list]
    assert main.page("activities").refresh is not None


def test_dates_of_the_past_only(make_page):
    page = make_page("li")
    page.new_button.click()
    dialog = _dialog(page)
    today = page.ctx.session.today()
    assert dialog.held_on.maximumDate().toPython() == today
    dialog.held_on.setDate(dialog.held_on.date().addDays(-400))
    assert dialog.held_on.date().toPython() == today - timedelta(days=400)
