"""The crises page, the crisis panel and the step dialog, on a real encrypted installation."""

from __future__ import annotations

from datetime import date, time, timedelta

from PySide6.QtCore import QDate, QTime, Qt
from PySide6.QtWidgets import QMessageBox

from rooms import SUPERVISOR
from counselroom.domain.accounts import Role
from counselroom.domain.audit import AuditFilter
from counselroom.domain.cases import CaseDraft, ProblemCategory
from counselroom.domain.clients import ClientDraft
from counselroom.domain.crisis import CrisisStep, StepRecord, StepState
from counselroom.domain.visits import RiskLevel, VisitContent
from counselroom.services.audit_service import AuditService
from counselroom.services.cases import CaseService
from counselroom.services.clients import ClientService
from counselroom.services.crisis import CrisisService
from counselroom.services.visits import VisitService
from counselroom.ui.dialogs.close_crisis_dialog import CloseCrisisDialog
from counselroom.ui.dialogs.crisis_step_dialog import CrisisStepDialog
from counselroom.ui.labels import label_of
from counselroom.ui.models.crises_model import CrisesModel
from counselroom.ui.pages.crises_page import CrisesPage
from counselroom.ui.pages.visits_page import VisitsPage
from counselroom.ui.widgets.crisis_panel import CrisisPanel
from counselroom.ui.workers import wait_for_background
from helpers import type_text


def _open_case(session, name="王䶮"):
    client = ClientService(session).register(ClientDraft(name=name, grade="初二", class_name="3班"))
    return CaseService(session).open(client.id, CaseDraft(date(2026, 9, 1), "情绪低落", ProblemCategory.EMOTION))


def _sign_with_services(session, case, risk=RiskLevel.HIGH):
    service = VisitService(session)
    visit = service.start(case.id)
    return service.sign(visit.id, VisitContent(
        visit_date=session.today(), start=time(9), end=time(9, 45), complaint="不想活了",
        process="评估自杀风险", assessment="高风险", plan="联系家长", risk=risk, risk_self_harm=True))


def _sign_in_visit_editor(ctx, case, qtbot, risk=RiskLevel.HIGH):
    """The counsellor writes and signs the visit record on the visits page."""
    page = VisitsPage(ctx)
    qtbot.addWidget(page)
    page.refresh()
    for row in range(page.cases_list.count()):
        if page.cases_list.item(row).data(Qt.ItemDataRole.UserRole) == case.id:
            page.cases_list.setCurrentRow(row)
    page.new_visit()
    editor = page.editor
    today = ctx.session.today()
    editor.visit_date.setDate(QDate(today.year, today.month, today.day))
    editor.start_time.setTime(QTime(9, 0))
    editor.end_time.setTime(QTime(9, 45))
    type_text(editor.presenting_issue, "情绪低落")
    type_text(editor.complaint, "最近不想活了，晚上睡不着")
    type_text(editor.process, "评估自杀风险，建立安全联系")
    type_text(editor.assessment, "自杀风险高")
    type_text(editor.plan, "当天联系家长，报告德育处")
    editor.risk.setCurrentIndex(editor.risk.findData(risk.value))
    editor.risk_self_harm.setChecked(True)
    editor.sign()
    assert editor.visit.signed
    qtbot.wait(10)   # the editor settles its layout after signing
    page.clear_sensitive()
    return page


def _page(ctx, qtbot) -> CrisesPage:
    page = CrisesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    page.refresh()
    return page


def _rows(page) -> list[str]:
    model = page.model
    return [model.index(r, CrisesModel.CLIENT).data() for r in range(model.rowCount())]


def _step_dialog(panel: CrisisPanel) -> CrisisStepDialog:
    dialogs = [d for d in panel.open_dialogs() if isinstance(d, CrisisStepDialog)]
    assert dialogs, "no step dialog open"
    return dialogs[-1]


def _click(qtbot, button):
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_only_clinicians_have_the_page(staff):
    for name, allowed in (("li", True), (SUPERVISOR, True), ("zhao", False)):
        session = staff.login(name)
        assert CrisesPage.allowed_for(session.user) is allowed, name
        session.logout()

    class Who:
        role = Role.ASSISTANT

    assert not CrisesPage.allowed_for(Who())
    assert CrisesPage.key == "crises"


def test_high_risk_visit_is_followed_through_to_closing(ctx, qtbot, answers):
    case = _open_case(ctx.session)
    page = _page(ctx, qtbot)
    assert page.model.rowCount() == 0 and page.empty.isVisible()   # nothing yet, and it says so

    visits_page = _sign_in_visit_editor(ctx, case, qtbot)
    assert visits_page.editor.visit is None
    assert len(answers["warning"]) == 1    # the editor told about the crisis
    page.refresh()
    assert _rows(page) == ["王䶮"]
    assert page.model.index(0, CrisesModel.RISK).data() == label_of(RiskLevel.HIGH)
    assert page.model.index(0, CrisesModel.STATUS).data().startswith("5")
    assert page.table.isColumnHidden(CrisesModel.COUNSELLOR)   # they are all hers
    crisis_id = page.model.row_at(0).id

    assert page.select_crisis(crisis_id)
    panel = page.panel
    assert panel.crisis.id == crisis_id and "王䶮" in panel.title.text()
    assert "1" in panel.opened.text()          # opened by visit 1
    assert not panel.close_button.isEnabled()
    for step in CrisisStep:                     # the pending steps are named
        assert label_of(step) in panel.open_steps.text()

    # Guardian informed: the contact is required; the error is at the field, the rest kept.
    card = panel.cards[CrisisStep.GUARDIAN_INFORMED]
    _click(qtbot, card.done_button)
    dialog = _step_dialog(panel)
    assert dialog.done_choice.isChecked() and dialog.done_by.text() == ctx.session.user.display_name
    type_text(dialog.note, "母亲下午来校接孩子")
    _click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert dialog.done_form.error_for("contact").isVisible()
    assert dialog.note.toPlainText() == "母亲下午来校接孩子"
    type_text(dialog.contact, "母亲 王女士")
    type_text(dialog.method.lineEdit(), "电话")
    _click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    assert "母亲 王女士" in card.details.text() and "电话" in card.details.text()
    assert label_of(CrisisStep.GUARDIAN_INFORMED) not in panel.open_steps.text()
    assert card.change_button.isVisible() and not card.done_button.isVisible()

    # School leadership informed.
    _click(qtbot, panel.cards[CrisisStep.LEADERSHIP_INFORMED].done_button)
    dialog = _step_dialog(panel)
    type_text(dialog.contact, "德育处张主任")
    dialog.method.setCurrentIndex(1)   # in person
    _click(qtbot, dialog.save_button)
    assert not dialog.isVisible()

    # Referral: not applicable. A missing reason is shown at the field; what was typed stays.
    _click(qtbot, panel.cards[CrisisStep.REFERRAL].done_button)
    dialog = _step_dialog(panel)
    type_text(dialog.contact, "市儿童医院")
    dialog.na_choice.setChecked(True)
    _click(qtbot, dialog.save_button)
    assert dialog.isVisible()
    assert dialog.na_form.error_for("reason").isVisible() and dialog.na_form.error_for("reason").text()
    assert dialog.contact.text() == "市儿童医院"
    type_text(dialog.reason, "家长已自行带孩子到医院就诊")
    _click(qtbot, dialog.save_button)
    assert not dialog.isVisible()
    referral = panel.cards[CrisisStep.REFERRAL].details.text()
    assert "家长已自行带孩子到医院就诊" in referral and "市儿童医院" not in referral

    # Safety plan, through the "not applicable" button first, then changing one's mind.
    _click(qtbot, panel.cards[CrisisStep.SAFETY_PLAN].na_button)
    dialog = _step_dialog(panel)
    assert dialog.na_choice.isChecked()
    dialog.done_choice.setChecked(True)
    type_text(dialog.note, "约定情绪信号与求助电话，签字版存于档案柜")
    _click(qtbot, dialog.save_button)
    assert not dialog.isVisible()

    # Follow-up dates: at least one; two are planned.
    assert not panel.close_button.isEnabled()
    _click(qtbot, panel.cards[CrisisStep.FOLLOW_UP].done_button)
    dialog = _step_dialog(panel)
    _click(qtbot, dialog.save_button)
    assert dialog.done_form.error_for("follow_up_dates").isVisible()
    today = ctx.session.today()
    for days in (14, 7, 7):   # the duplicate is not added twice; the list stays in date order
        day = today + timedelta(days=days)
        dialog.next_date.setDate(QDate(day.year, day.month, day.day))
        _click(qtbot, dialog.add_date_button)
    assert dialog.dates() == (today + timedelta(days=7), today + timedelta(days=14))
    _click(qtbot, dialog.save_button)
    assert not dialog.isVisible()

    stored = CrisisService(ctx.session).get(crisis_id)
    assert stored.pending == []
    records = {r.step: r for r in stored.steps}
    assert records[CrisisStep.GUARDIAN_INFORMED].contact == "母亲 王女士"
    assert records[CrisisStep.REFERRAL].state is StepState.NOT_APPLICABLE
    assert records[CrisisStep.FOLLOW_UP].follow_up_dates == (today + timedelta(days=7), today + timedelta(days=14))
    assert page.model.index(0, CrisesModel.STATUS).data() != page.model.index(0, CrisesModel.RISK).data()

    # Every step settled: the crisis can be closed, with a note.
    assert panel.close_button.isEnabled()
    _click(qtbot, panel.close_button)
    closing = [d for d in panel.open_dialogs() if isinstance(d, CloseCrisisDialog)][-1]
    _click(qtbot, closing.close_button)
    assert closing.isVisible() and closing.form.error_for("closing_note").isVisible()
    type_text(closing.note, "风险解除，转为每周常规咨询")
    with qtbot.waitSignal(panel.changed, timeout=1000):
        _click(qtbot, closing.close_button)
    assert not closing.isVisible()
    assert not panel.crisis.is_open and "风险解除" in panel.closing.text()
    assert not panel.close_button.isVisible()
    assert not any(c.change_button.isVisible() or c.done_button.isVisible() for c in panel.cards.values())
    assert page.model.rowCount() == 0 and page.empty.isVisible()   # it left the open list
    assert CrisisService(ctx.session).open_crises() == []

    page.show_closed.setChecked(True)
    assert _rows(page) == ["王䶮"] and not page.model.row_at(0).is_open


def test_a_settled_step_can_be_corrected(ctx, qtbot, answers):
    case = _open_case(ctx.session)
    _sign_with_services(ctx.session, case, RiskLevel.MEDIUM)
    page = _page(ctx, qtbot)
    crisis = page.model.row_at(0)
    CrisisService(ctx.session).settle_step(crisis.id, StepRecord(
        CrisisStep.LEADERSHIP_INFORMED, StepState.NOT_APPLICABLE, reason="周末，无法联系"))
    page.select_crisis(crisis.id)
    card = page.panel.cards[CrisisStep.LEADERSHIP_INFORMED]
    assert "周末，无法联系" in card.details.text()
    _click(qtbot, card.change_button)
    dialog = _step_dialog(page.panel)
    assert dialog.na_choice.isChecked() and dialog.reason.toPlainText() == "周末，无法联系"
    dialog.done_choice.setChecked(True)
    type_text(dialog.contact, "分管副校长")
    _click(qtbot, dialog.save_button)
    assert "分管副校长" in card.details.text()
    assert page.model.index(0, CrisesModel.STATUS).data().startswith("4")


def test_cancelling_a_typed_step_asks_first(ctx, qtbot, answers, monkeypatch):
    case = _open_case(ctx.session)
    _sign_with_services(ctx.session, case)
    page = _page(ctx, qtbot)
    page.select_crisis(page.model.row_at(0).id)
    page.panel.open_step(CrisisStep.GUARDIAN_INFORMED)
    dialog = _step_dialog(page.panel)
    type_text(dialog.contact, "父亲")
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Cancel))
    dialog.reject()
    assert dialog.isVisible() and dialog.contact.text() == "父亲"


def test_supervisor_gives_a_reason_to_open_anothers_crisis(contexts, staff, qtbot, monkeypatch, answers):
    li = staff.login("li")
    case = _open_case(li)
    _sign_with_services(li, case)
    li.logout()
    ctx = contexts(SUPERVISOR)
    asked = []
    reply = {"reason": None}

    def ask_reason(parent):
        asked.append(parent)
        return reply["reason"]

    monkeypatch.setattr("counselroom.ui.break_glass.ask_reason", ask_reason)
    page = _page(ctx, qtbot)
    assert _rows(page) == ["王䶮"]                           # the supervisor sees every open crisis
    assert not page.table.isColumnHidden(CrisesModel.COUNSELLOR)
    assert page.model.index(0, CrisesModel.COUNSELLOR).data() == "李老师"
    crisis_id = page.model.row_at(0).id

    page.select_crisis(crisis_id)                             # declined: nothing is shown
    assert len(asked) == 1 and page.panel.crisis is None
    assert page.panel.empty_label.text()

    reply["reason"] = "例行督导检查"
    page.table.clearSelection()
    page.select_crisis(crisis_id)
    assert len(asked) == 2 and page.panel.crisis.id == crisis_id
    rows = AuditService(ctx.session).search(AuditFilter(action="case.break_glass"))
    assert len(rows) == 1 and rows[0].detail == {"reason": "例行督导检查"}

    _click(qtbot, page.panel.cards[CrisisStep.LEADERSHIP_INFORMED].na_button)   # not asked again
    dialog = _step_dialog(page.panel)
    type_text(dialog.reason, "由咨询师本人报告")
    _click(qtbot, dialog.save_button)
    assert not dialog.isVisible() and len(asked) == 2
    steps = AuditService(ctx.session).search(AuditFilter(action="crisis.step"))
    assert steps and steps[0].actor_id == staff.ids[SUPERVISOR]
    page.clear_sensitive()
    wait_for_background()
    ctx.session.logout()


def test_lock_clears_the_page_and_the_open_dialog(ctx, qtbot, answers):
    case = _open_case(ctx.session)
    _sign_with_services(ctx.session, case)
    page = _page(ctx, qtbot)
    page.select_crisis(page.model.row_at(0).id)
    page.panel.open_step(CrisisStep.GUARDIAN_INFORMED)
    dialog = _step_dialog(page.panel)
    type_text(dialog.contact, "母亲 王女士")
    type_text(dialog.note, "已电话告知")
    page.clear_sensitive()
    assert not dialog.isVisible()
    assert dialog.contact.text() == "" and dialog.note.toPlainText() == "" and dialog.who.text() == ""
    assert not answers["question"]                    # locking does not ask about discarding
    assert page.model.rowCount() == 0 and page.count.text() == ""
    panel = page.panel
    assert panel.crisis is None and panel.open_dialogs() == []
    assert panel.title.text() == "" and panel.opened.text() == "" and panel.open_steps.text() == ""
    assert all(card.details.text() == "" for card in panel.cards.values())
    assert "王䶮" not in panel.empty_label.text()


def test_panel_contract_for_the_case_window(ctx, qtbot, answers):
    case = _open_case(ctx.session)
    panel = CrisisPanel(ctx)
    qtbot.addWidget(panel)
    panel.show()
    panel.show_case(case)
    assert panel.crisis is None and panel.stack.currentIndex() == 0 and panel.empty_label.text()

    _sign_with_services(ctx.session, case)
    panel.show_case(case)
    crisis = panel.crisis
    assert crisis is not None and crisis.is_open and panel.stack.currentIndex() == 1

    service = CrisisService(ctx.session)
    for step in CrisisStep:
        service.settle_step(crisis.id, StepRecord(step, StepState.NOT_APPLICABLE, reason="测试"))
    service.close(crisis.id, "风险解除")
    panel.show_case(case)                      # the latest closed one
    assert panel.crisis.id == crisis.id and not panel.crisis.is_open
    assert "风险解除" in panel.closing.text()

    with qtbot.waitSignal(panel.changed, timeout=1000):
        _sign_with_services(ctx.session, case, RiskLevel.MEDIUM)
        panel.show_case(case)
        assert panel.crisis.is_open and panel.crisis.id != crisis.id
        panel.review()
    assert panel.reviewed.text() and panel.crisis.last_reviewed_at is not None
    assert panel.show_crisis(crisis.id) and panel.crisis.id == crisis.id
    panel.clear()
    assert panel.crisis is None and panel.title.text() == ""


def test_refresh_shows_the_open_crisis_as_it_is_now_without_a_second_view(ctx, qtbot, answers, audit_rows):
    from counselroom.domain.audit import Action

    case = _open_case(ctx.session)
    _sign_with_services(ctx.session, case)
    page = _page(ctx, qtbot)
    crisis_id = page.model.row_at(0).id
    assert page.select_crisis(crisis_id)
    assert page.panel.reviewed.text() == "Opened today, which counts as today's review."
    viewed = len(audit_rows(Action.CASE_VIEWED))
    CrisisService(ctx.session).review(crisis_id)          # elsewhere: the case window, say
    page.refresh()
    assert page.panel.crisis.id == crisis_id and page.panel.reviewed.text().startswith("Reviewed today (")
    # The list was read off the GUI thread; showing its row again is not a new view.
    assert len(audit_rows(Action.CASE_VIEWED)) == viewed
