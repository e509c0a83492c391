"""Contacts with parents and teachers (家校沟通记录) on screen: the case window's tab, the dialog with
its confidentiality reminder, and the crisis step "guardian informed" offering to record the contact."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtGui import QTextCursor

from counselroom.domain.cases import CaseDraft, ProblemCategory
from counselroom.domain.clients import ClientDraft
from counselroom.domain.contacts import ContactLink, ContactMethod, ContactRelation
from counselroom.domain.crisis import CrisisStep
from counselroom.domain.visits import RiskLevel, VisitContent
from counselroom.services.cases import CaseService
from counselroom.services.clients import ClientService
from counselroom.services.contacts import ContactService
from counselroom.services.crisis import CrisisService
from counselroom.services.visits import VisitService
from counselroom.ui.dialogs.contact_dialog import ContactDialog, confidentiality_text
from counselroom.ui.messages import message
from counselroom.ui.widgets.contacts_panel import ContactsPanel
from counselroom.ui.widgets.crisis_panel import CrisisPanel
from helpers import type_text


@pytest.fixture
def case(ctx):
    session = ctx.session
    client = ClientService(session).register(ClientDraft(name="王䶮", grade="初二", class_name="3班"))
    return CaseService(session).open(client.id, CaseDraft(date(2026, 9, 1), "情绪低落", ProblemCategory.EMOTION))


def _panel(ctx, qtbot, case) -> ContactsPanel:
    panel = ContactsPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(900, 560)
    panel.show()
    panel.show_case(case)
    return panel


def _at(moment) -> QDateTime:
    return QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))


def test_recording_a_contact_typed_in_chinese_errors_keep_what_was_typed(ctx, case, qtbot, answers):
    panel = _panel(ctx, qtbot, case)
    assert panel.list_stack.currentWidget() is panel.empty and panel.new_button.isEnabled()
    assert not panel.correct_button.isEnabled()
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    dialog = panel.findChild(ContactDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.reminder.isVisible() and dialog.reminder.text() == confidentiality_text()
    assert "王䶮 · " in dialog.about.text()

    type_text(dialog.contact_name, "王女士")
    type_text(dialog.said, "告知孩子近期情绪低落，需要家长多陪伴")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    # No relation chosen yet: said at its field, nothing typed is lost, nothing saved.
    assert dialog.isVisible()
    assert dialog.form.error_for("relation").text() == message("field.required")
    dialog.relation.setCurrentIndex(dialog.relation.findData(ContactRelation.MOTHER.value))
    dialog.method.setCurrentIndex(dialog.method.findData(ContactMethod.HOME_VISIT.value))
    dialog.contacted_at.setDateTime(_at(ctx.session.wall_now() + timedelta(hours=2)))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.form.error_for("contacted_at").text() == message("date.in_future")
    assert dialog.contact_name.text() == "王女士"
    assert dialog.said.toPlainText() == "告知孩子近期情绪低落，需要家长多陪伴"
    assert ContactService(ctx.session).for_case(case.id) == []

    when = ctx.session.wall_now().replace(second=0, microsecond=0) - timedelta(hours=1)
    dialog.contacted_at.setDateTime(_at(when))
    type_text(dialog.agreed, "家长本周带孩子就医")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    [saved] = ContactService(ctx.session).for_case(case.id)
    assert (saved.contact_name, saved.relation, saved.method, saved.contacted_at, saved.agreed) == (
        "王女士", ContactRelation.MOTHER, ContactMethod.HOME_VISIT, when, "家长本周带孩子就医")
    assert saved.staff_id == ctx.session.user.id
    assert panel.model.rowCount() == 1 and panel.selected_contact().id == saved.id
    assert panel.detail.values["agreed"].text() == "家长本周带孩子就医"
    assert "王女士" in panel.status.text()

    # The recorder corrects it the same day; the dialog starts from what was saved.
    assert panel.correct_button.isEnabled()
    qtbot.mouseClick(panel.correct_button, Qt.MouseButton.LeftButton)
    [fix] = [d for d in panel.open_dialogs() if isinstance(d, ContactDialog)]
    assert fix.contact_name.text() == "王女士" and fix.relation.currentData() == ContactRelation.MOTHER.value
    fix.agreed.moveCursor(QTextCursor.MoveOperation.End)
    type_text(fix.agreed, "，下周复谈")
    qtbot.mouseClick(fix.save_button, Qt.MouseButton.LeftButton)
    assert ContactService(ctx.session).get(saved.id).agreed == "家长本周带孩子就医，下周复谈"
    assert answers["warning"] == []


def test_the_guardian_step_offers_to_record_the_contact(ctx, qtbot, answers):
    session = ctx.session
    client = ClientService(session).register(ClientDraft(name="李䶮", grade="初二", class_name="3班",
                                                         guardian_name="李妈妈", guardian_contact="13800000000"))
    case = CaseService(session).open(client.id, CaseDraft(date(2026, 9, 1), "情绪低落", ProblemCategory.EMOTION))
    visits = VisitService(session)
    visits.sign(visits.start(case.id).id, VisitContent(
        visit_date=session.today(), start=time(0), end=time(0, 1), complaint="不想活了", process="危机评估",
        assessment="高风险", plan="告知家长", risk=RiskLevel.HIGH, risk_self_harm=True))
    panel = CrisisPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(1000, 700)
    panel.show()
    panel.show_case(case)
    crisis = panel.crisis
    for step in (CrisisStep.LEADERSHIP_INFORMED, CrisisStep.GUARDIAN_INFORMED):
        step_dialog = panel.open_step(step)
        assert step_dialog is not None
        assert (step_dialog.record_contact is not None) == (step is CrisisStep.GUARDIAN_INFORMED)
    qtbot.mouseClick(step_dialog.findChild(type(step_dialog.now_button), "useGuardian"), Qt.MouseButton.LeftButton)
    step_dialog.method.setCurrentIndex(0)   # phone
    when = session.wall_now().replace(second=0, microsecond=0) - timedelta(minutes=30)
    step_dialog.done_at.setDateTime(_at(when))
    step_dialog.record_contact.setChecked(True)
    qtbot.mouseClick(step_dialog.save_button, Qt.MouseButton.LeftButton)
    assert not step_dialog.isVisible()

    [dialog] = [d for d in panel.open_dialogs() if isinstance(d, ContactDialog)]
    assert dialog.isVisible() and dialog.link == ContactLink(crisis_id=crisis.id)
    assert (dialog.contact_name.text(), dialog.relation.currentData(), dialog.method.currentData()) == (
        "李妈妈 13800000000", ContactRelation.MOTHER.value, ContactMethod.PHONE.value)
    assert dialog.contacted_at.dateTime() == _at(when)
    type_text(dialog.said, "告知安全风险，请家长今晚陪伴")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    [contact] = ContactService(session).for_crisis(crisis.id)
    assert contact.said == "告知安全风险，请家长今晚陪伴" and contact.contacted_at == when
    assert CrisisService(session).get(crisis.id).pending.count(CrisisStep.GUARDIAN_INFORMED) == 0


def test_the_lock_empties_and_closes_an_open_contact_dialog(ctx, case, qtbot, answers):
    panel = _panel(ctx, qtbot, case)
    panel.new_contact()
    [dialog] = [d for d in panel.open_dialogs() if isinstance(d, ContactDialog)]
    type_text(dialog.said, "不应留下")
    panel.clear()
    assert not dialog.isVisible() and dialog.said.toPlainText() == "" and answers["question"] == []
    assert panel.model.rowCount() == 0 and not panel.body.isVisibleTo(panel)
