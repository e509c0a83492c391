"""The 心理普查 page through its real widgets: a campaign set up typing Chinese (problems at their field,
the text kept), the students to interview with critical answers first, invitation → interview →
outcome, the supervisor's summary marked internal, and the client's screening history in the case
window."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from helpers import type_text
from rooms import SUPERVISOR
from counselroom.domain.care_register import Source
from counselroom.domain.cases import CaseDraft, ProblemCategory
from counselroom.domain.clients import ClientDraft
from counselroom.domain.screening import CampaignDraft, FollowUpState, InterviewOutcome, SheetDraft
from counselroom.services.care_register import CareRegisterService
from counselroom.services.cases import CaseService
from counselroom.services.clients import ClientService
from counselroom.services.scales import ScaleService
from counselroom.services.screening import ScreeningService
from counselroom.ui.dialogs.campaign_dialog import CampaignDialog
from counselroom.ui.dialogs.case_window import CaseWindow
from counselroom.ui.dialogs.interview_dialog import (
    InterviewDialog, InviteDialog, OutcomeDialog, RegisterOutcomeDialog,
)
from counselroom.ui.dialogs.screening_entry_dialog import ScreeningEntryDialog
from counselroom.ui.pages.screening_page import ScreeningPage
from counselroom.ui.widgets.screening_history_panel import ScreeningHistoryPanel

MIXED = (Path(__file__).parents[1] / "fixtures" / "scales" / "mixed_like.json").read_bytes()
CODE = "mixed_like"
# (name, class, student no.) of 初一's students; 初二 has one more, outside the campaign.
STUDENTS = [("张小红", "1班", "S001"), ("李明", "1班", "S002"), ("王芳", "2班", "S003"), ("赵磊", "2班", "S004"),
            ("陈静", "2班", "S005")]


def _answers(**changes: str) -> dict[str, str]:
    base = {"1": "0", "2": "no", "3": "2", "4": "1", "5": "0", "6": "0"}
    return base | {k.removeprefix("i"): v for k, v in changes.items()}


def _school(staff, *, campaign: bool = True) -> dict:
    """初一's five students and the mixed scale; with ``campaign``, an open campaign over 初一 with three
    sheets: 李明 positive with a critical answer, 王芳 positive, 张小红 not."""
    boss = staff.login(SUPERVISOR)
    try:
        ScaleService(boss).import_definition(MIXED, "测试用合成量表")
        clients = ClientService(boss)
        ids = {name: clients.register(ClientDraft(name=name, grade="初一", class_name=class_name,
                                                  student_no=number)).id for name, class_name, number in STUDENTS}
        clients.register(ClientDraft(name="初二学生", grade="初二", class_name="1班", student_no="T001"))
        if not campaign:
            return ids
        service = ScreeningService(boss)
        today = boss.today()
        made = service.create(CampaignDraft(name="初一心理普查", scale_codes=(CODE,), grades=("初一",),
                                            starts_on=today - timedelta(days=5), ends_on=today + timedelta(days=5),
                                            notice="已在家长会告知", opted_out=(ids["陈静"],)))
        service.open(made.id)
        service.record_sheets(made.id, [
            SheetDraft(ids["张小红"], CODE, _answers()),
            SheetDraft(ids["李明"], CODE, _answers(i1="3", i2="yes", i4="4", i6="3")),
            SheetDraft(ids["王芳"], CODE, _answers(i1="3")),
        ])
        return ids | {"campaign": made.id}
    finally:
        boss.logout()


@pytest.mark.language("zh_CN")
def test_the_supervisor_sets_a_campaign_up_typing_chinese(qtbot, staff, contexts, shown_page, answers):
    ids = _school(staff, campaign=False)
    page = shown_page(ScreeningPage(contexts(SUPERVISOR)))
    assert page.model.rowCount() == 0 and page.empty_hint.isVisible()
    page.new_button.click()
    [dialog] = page.findChildren(CampaignDialog)
    qtbot.waitUntil(lambda: dialog.scope.topLevelItemCount() == 2)     # the roster came from the worker
    type_text(dialog.name, "2026学年初一心理普查")
    dialog.scope.check("初一")
    assert "5" in dialog.scope_count.text()
    dialog.excluded.paste("S002，S999")
    assert dialog.excluded.ids() == (ids["李明"],)
    assert "S999" in dialog.form.error_for("left_out").text()
    type_text(dialog.notice, "已于开学家长会告知，家长可书面申请不参加。")
    dialog.save_button.click()                         # no scale chosen: said at the scales, nothing lost
    assert dialog.isVisible() and dialog.form.error_for("scales").text()
    assert dialog.name.text() == "2026学年初一心理普查" and dialog.excluded.ids() == (ids["李明"],)
    item = next(dialog.scales.item(i) for i in range(dialog.scales.count())
                if dialog.scales.item(i).data(Qt.ItemDataRole.UserRole) == CODE)
    item.setCheckState(Qt.CheckState.Checked)
    dialog.save_button.click()
    assert not dialog.isVisible()
    assert page.model.rowCount() == 1 and page.selected_row().campaign.name == "2026学年初一心理普查"
    assert "2026学年初一心理普查" in page.status.text()
    assert "李明" in page.facts["excluded"].text() and "家长会" in page.facts["notice"].text()
    assert page.open_button.isEnabled() and not page.sheets_tab.type_button.isEnabled()
    page.open_button.click()
    assert page.selected_row().campaign.status.value == "open" and page.sheets_tab.type_button.isEnabled()
    assert page.model.data(page.model.index(0, page.model.SCREENED)) == "0/4"


def test_a_counsellor_follows_the_positives_to_their_outcomes(qtbot, staff, contexts, shown_page):
    ids = _school(staff)
    ctx = contexts("li")
    page = shown_page(ScreeningPage(ctx))
    assert not page.new_button.isVisible() and page.tabs.count() == 3          # no summary for a counsellor
    assert page.model.data(page.model.index(0, page.model.SCREENED)) == "3/4"   # learnt when the campaign opened
    sheets = page.sheets_tab
    assert sheets.sheets_model.rowCount() == 3 and sheets.pending_model.rowCount() == 1   # 赵磊; 陈静 opted out
    tab = page.positives_tab
    assert tab.model.rowCount() == 2
    first = tab.model.row_at(0)
    assert first.student.name == "李明" and first.alert                        # a critical answer comes first
    tab.choose(class_name="2班")
    assert [e.student.name for e in (tab.model.row_at(i) for i in range(tab.model.rowCount()))] == ["王芳"]
    tab.choose(class_name="1班")
    assert "critical" in page.positives_tab.detail.text()

    assert page.invite_button.isEnabled() and not page.outcome_button.isEnabled()
    page.invite_button.click()
    [invite] = page.findChildren(InviteDialog)
    invite.save_button.click()
    assert tab.selected().state is FollowUpState.INVITED and "李明" in page.status.text()
    page.interview_button.click()
    [interview] = page.findChildren(InterviewDialog)
    type_text(interview.note, "谈话中情绪稳定，近期考试压力大")
    interview.save_button.click()
    assert tab.selected().state is FollowUpState.INTERVIEWED
    page.outcome_button.click()
    [outcome] = page.findChildren(OutcomeDialog)
    outcome.choose(InterviewOutcome.REGISTER)
    assert outcome.save_button.text() == "Continue…"
    outcome.save_button.click()
    [register] = page.findChildren(RegisterOutcomeDialog)
    type_text(register.concern, "考试焦虑，需持续关注")
    register.save_button.click()
    assert not register.isVisible()
    tab.choose(state="all", class_name="1班")
    assert tab.selected().state is FollowUpState.REGISTER
    [entry] = CareRegisterService(ctx.session).find()
    assert entry.client_id == ids["李明"] and entry.source is Source.SCREENING
    assert not (page.invite_button.isEnabled() or page.interview_button.isEnabled()
                or page.outcome_button.isEnabled())
    assert page.model.data(page.model.index(0, page.model.INTERVIEWED)) == "1"


def test_typing_paper_sheets_reads_the_grade_on_a_worker(qtbot, staff, contexts, shown_page, sql_on_gui_thread):
    _school(staff)
    page = shown_page(ScreeningPage(contexts("li")))
    sql_on_gui_thread.clear()
    page.sheets_tab.type_button.click()     # the campaign's students and who is screened: read on the worker
    qtbot.waitUntil(lambda: bool(page.findChildren(ScreeningEntryDialog)))
    assert sql_on_gui_thread == []
    [dialog] = page.findChildren(ScreeningEntryDialog)
    assert dialog.typing.campaign.id == page.selected_row().campaign.id


def test_the_supervisor_reads_the_summary_marked_internal(staff, contexts, shown_page, sql_on_gui_thread):
    _school(staff)
    page = shown_page(ScreeningPage(contexts(SUPERVISOR)))
    sql_on_gui_thread.clear()
    page.refresh()                             # the list and the chosen campaign, both on the worker
    assert sql_on_gui_thread == []
    assert page.tabs.count() == 4
    summary = page.summary_tab
    assert "内部" in summary.note.text() and "Internal" in summary.note.text()
    cards = summary.table_cards()
    assert len(cards) == 4                   # results and follow-up, by grade and by class
    results = next(c for c in cards if c.table.id.value == "screening_results_by_grade")
    assert dict(zip((c.key for c in results.table.columns), results.table.cells[0])) == {
        "excluded": 0, "opted_out": 1, "not_screened": 1, "invalid": 0, "negative": 1, "positive": 2}
    assert page.model.data(page.model.index(0, page.model.POSITIVES)) == "2"
    assert page.close_button.isEnabled() and not page.open_button.isEnabled()


def test_the_case_window_shows_the_client_screening_history(qtbot, staff, contexts):
    ids = _school(staff)
    ctx = contexts("li")
    case = CaseService(ctx.session).open(ids["王芳"], CaseDraft(ctx.session.today(), "普查后约谈",
                                                                ProblemCategory.EMOTION))
    window = CaseWindow(ctx, case)
    qtbot.addWidget(window)
    [panel] = window.findChildren(ScreeningHistoryPanel)
    assert panel.model.rowCount() == 1
    entry = panel.model.row_at(0)
    assert entry.campaign_name == "初一心理普查" and entry.sheet.positive
