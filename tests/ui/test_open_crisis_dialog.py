"""Opening a crisis by hand from the crises page (issue 17 §5), through the real dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt

from counselroom.domain.clients import ClientDraft, ReferralSource
from counselroom.domain.crisis import CrisisSource, CrisisStep
from counselroom.domain.visits import RiskLevel
from counselroom.services.clients import ClientService
from counselroom.services.crisis import CrisisService
from counselroom.ui.dialogs.open_crisis_dialog import OpenCrisisDialog
from counselroom.ui.messages import message
from counselroom.ui.pages.crises_page import CrisesPage
from helpers import type_text

REPORT = "班主任说她在周记里写了不想活了，今天没来上课"


def _dialog(ctx, qtbot, shown_page) -> tuple[CrisesPage, OpenCrisisDialog]:
    page = shown_page(CrisesPage(ctx))
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(OpenCrisisDialog)
    assert dialog is not None and dialog.isVisible()
    return page, dialog


def _report(dialog: OpenCrisisDialog) -> None:
    dialog.source.setCurrentIndex(dialog.source.findData(CrisisSource.HEAD_TEACHER.value))
    type_text(dialog.reporter, "王老师（初二3班班主任）")
    type_text(dialog.reporter_contact, "139 0000 1111")
    type_text(dialog.report, REPORT)


def test_choosing_a_registered_student(ctx, qtbot, shown_page, answers):
    client = ClientService(ctx.session).register(ClientDraft(name="王䶮", grade="初二", class_name="3班"))
    page, dialog = _dialog(ctx, qtbot, shown_page)
    assert dialog.search.isVisible() and not dialog.name.isVisible()
    assert not dialog.counsellor.isVisible()        # a counsellor opens it for herself

    # Saving with no student chosen: said at the student's row, what was typed stays.
    _report(dialog)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.form.error_for("client").text() == message("crisis.client_required")
    assert dialog.report.toPlainText() == REPORT

    type_text(dialog.search, "王䶮")
    qtbot.waitUntil(lambda: dialog.matches.count() == 1)
    item = dialog.matches.item(0)
    assert client.case_no in item.text()
    dialog.matches.itemClicked.emit(item)
    assert dialog.chosen_label.text().startswith("王䶮")
    assert not dialog.form.error_for("client").text()

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    crisis = dialog.saved_crisis
    assert crisis is not None and crisis.client_id == client.id and crisis.risk is RiskLevel.HIGH
    assert crisis.report is not None and crisis.report.report == REPORT
    qtbot.waitUntil(lambda: page.selected_crisis() is not None)
    assert page.selected_crisis().id == crisis.id
    assert page.panel.crisis is not None and page.panel.crisis.id == crisis.id
    assert answers["warning"] == [] and answers["question"] == []


def test_registering_a_student_on_the_way_keeps_what_was_typed_at_errors(ctx, qtbot, shown_page, answers):
    page, dialog = _dialog(ctx, qtbot, shown_page)
    dialog.unregistered.setChecked(True)
    assert dialog.name.isVisible() and not dialog.search.isVisible()
    type_text(dialog.name, "张小雨")
    _report(dialog)

    # A student needs a grade or class: said at the class, nothing stored, nothing lost.
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.form.error_for("grade").text() == message("client.student_needs_class")
    assert dialog.name.text() == "张小雨" and dialog.report.toPlainText() == REPORT

    # A low risk is not a crisis (only medium and high are offered); an empty report is refused.
    assert [dialog.risk.itemData(i) for i in range(dialog.risk.count())] == ["high", "medium"]
    type_text(dialog.grade, "初二")
    type_text(dialog.class_name, "3班")
    dialog.report.clear()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.form.error_for("report").text() == message("field.required")
    assert dialog.class_name.text() == "3班"
    assert ClientService(ctx.session).possible_duplicates(ClientDraft(name="张小雨")) == []

    type_text(dialog.report, REPORT)
    dialog.risk.setCurrentIndex(dialog.risk.findData(RiskLevel.MEDIUM.value))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    crisis = dialog.saved_crisis
    assert crisis is not None and crisis.risk is RiskLevel.MEDIUM and crisis.pending == list(CrisisStep)
    client = ClientService(ctx.session).get(crisis.client_id)
    assert (client.name, client.grade, client.class_name, client.referral_source) == (
        "张小雨", "初二", "3班", ReferralSource.HEAD_TEACHER)
    assert [c.id for c in CrisisService(ctx.session).open_crises()] == [crisis.id]
    assert answers["warning"] == []


def test_a_namesake_is_asked_about_and_the_lock_forgets(ctx, qtbot, shown_page, answers, monkeypatch):
    ClientService(ctx.session).register(ClientDraft(name="张小雨", grade="初二", class_name="3班"))
    page, dialog = _dialog(ctx, qtbot, shown_page)
    dialog.unregistered.setChecked(True)
    type_text(dialog.name, "张小雨")
    type_text(dialog.grade, "初二")
    _report(dialog)
    from PySide6.QtWidgets import QMessageBox
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *args, **kwargs: answers["question"].append(args[2]) or QMessageBox.StandardButton.No))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and len(answers["question"]) == 1 and "张小雨" in answers["question"][0]
    assert CrisisService(ctx.session).open_crises() == []
    assert dialog.is_dirty()

    page.close_dialogs()                  # as the lock does
    assert not dialog.isVisible()
    assert dialog.name.text() == "" and dialog.report.toPlainText() == "" and dialog.chosen is None
