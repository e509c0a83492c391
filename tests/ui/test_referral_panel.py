"""The referrals panel of a case (转介, R8) and its dialogs, on a real encrypted installation."""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from rooms import SUPERVISOR
from counselroom.domain.audit import AuditFilter
from counselroom.domain.cases import CaseDraft, ProblemCategory
from counselroom.domain.clients import ClientDraft
from counselroom.domain.referrals import DestinationKind, ReferralDraft, ReferralStatus
from counselroom.services.audit_service import AuditService
from counselroom.services.cases import CaseService
from counselroom.services.clients import ClientService
from counselroom.services.referrals import ReferralService
from counselroom.ui.dialogs.referral_dialog import FeedbackDialog, ReferralDialog
from counselroom.ui.messages import message
from counselroom.ui.models.referrals_model import OVERDUE_COLOUR, ReferralsModel
from counselroom.ui.widgets.referral_panel import ReferralPanel
from helpers import type_text

INSTITUTION = "市精神卫生中心"


@pytest.fixture
def case(ctx):
    """A student's case: a referral needs the guardian's consent."""
    session = ctx.session
    client = ClientService(session).register(ClientDraft(name="王䶮", grade="初二", class_name="3班"))
    return CaseService(session).open(client.id, CaseDraft(session.today() - timedelta(days=30), "考试焦虑",
                                                          ProblemCategory.EMOTION))


def _refer(session, case, institution=INSTITUTION, *, days_ago=5, follow_up_in=None):
    today = session.today()
    return ReferralService(session).create(case.id, ReferralDraft(
        institution, "持续失眠，需要专业评估", today - timedelta(days=days_ago), contact="张医生",
        guardian_consent=True, consent_on=today - timedelta(days=days_ago),
        follow_up_on=None if follow_up_in is None else today + timedelta(days=follow_up_in)))


def _panel(ctx, qtbot, case=None) -> ReferralPanel:
    panel = ReferralPanel(ctx)
    qtbot.addWidget(panel)
    panel.resize(960, 560)
    panel.show()
    if case is not None:
        panel.show_case(case)
    return panel


def _select(panel: ReferralPanel, referral_id: int) -> None:
    row = panel.model.row_of(referral_id)
    assert row >= 0, "referral not listed"
    panel.table.selectRow(panel.proxy.mapFromSource(panel.model.index(row, 0)).row())
    assert panel.selected_referral().id == referral_id


def _cell(panel: ReferralPanel, referral_id: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return panel.model.index(panel.model.row_of(referral_id), column).data(role)


def _qdate(day):
    return QDate(day.year, day.month, day.day)


def test_a_new_referral_needs_the_guardians_consent_and_keeps_what_was_typed(ctx, case, qtbot, answers):
    panel = _panel(ctx, qtbot, case)
    assert panel.list_stack.currentWidget() is panel.empty and panel.empty.isVisible()
    assert panel.new_button.isEnabled()
    assert not panel.feedback_button.isEnabled() and not panel.print_button.isEnabled()
    changes = []
    panel.changed.connect(lambda: changes.append(True))

    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    dialog = panel.findChild(ReferralDialog)
    assert dialog is not None and dialog.isVisible()
    type_text(dialog.institution, INSTITUTION)
    # the name suggests the kind of institution (issue 16), until one is chosen
    assert dialog.destination_kind.currentData() == DestinationKind.MENTAL_HEALTH_CENTRE.value
    type_text(dialog.contact, "儿童青少年心理科 张医生")
    type_text(dialog.reason, "持续失眠两个月，需要专业评估")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    # the service refuses: said at the consent box, nothing typed is lost, nothing saved
    assert dialog.isVisible()
    error = dialog.form.error_for("guardian_consent")
    assert error.isVisible() and error.text() == message("referral.guardian_consent")
    assert dialog.institution.text() == INSTITUTION
    assert dialog.reason.toPlainText() == "持续失眠两个月，需要专业评估"
    assert ReferralService(ctx.session).for_case(case.id) == []

    # the consent date goes with the box; a follow-up before the referral is refused at its field
    assert not dialog.consent_on.isEnabled()
    dialog.guardian_consent.setChecked(True)
    assert dialog.consent_on.isEnabled()
    today = ctx.session.today()
    dialog.referred_on.setDate(_qdate(today - timedelta(days=2)))
    dialog.follow_up_set.setChecked(True)
    dialog.follow_up_on.setDate(_qdate(today - timedelta(days=3)))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert not error.isVisible()
    assert dialog.form.error_for("follow_up_on").text() == message("referral.follow_up_before")
    assert dialog.contact.text() == "儿童青少年心理科 张医生"

    dialog.follow_up_on.setDate(_qdate(today + timedelta(days=7)))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    assert changes == [True]

    saved = ReferralService(ctx.session).for_case(case.id)
    assert len(saved) == 1
    referral = saved[0]
    assert (referral.institution, referral.guardian_consent, referral.consent_on, referral.follow_up_on) == (
        INSTITUTION, True, today, today + timedelta(days=7))
    assert referral.referred_on == today - timedelta(days=2)
    assert referral.destination_kind is DestinationKind.MENTAL_HEALTH_CENTRE
    assert panel.list_stack.currentWidget() is panel.table
    assert panel.model.rowCount() == 1
    assert panel.selected_referral().id == referral.id
    assert _cell(panel, referral.id, ReferralsModel.INSTITUTION) == INSTITUTION
    assert today.isoformat() in _cell(panel, referral.id, ReferralsModel.CONSENT, Qt.ItemDataRole.ToolTipRole)
    assert panel.detail.heading.text() == INSTITUTION
    assert INSTITUTION in panel.status.text()
    assert answers["warning"] == []


def test_feedback_then_closing(ctx, case, qtbot, answers):
    waiting = _refer(ctx.session, case, "区青少年家庭治疗中心", days_ago=10, follow_up_in=-1)
    later = _refer(ctx.session, case, INSTITUTION, days_ago=2, follow_up_in=5)
    panel = _panel(ctx, qtbot, case)
    assert panel.model.rowCount() == 2
    # the follow-up date that has passed without feedback stands out; the one to come does not
    overdue = _cell(panel, waiting.id, ReferralsModel.FOLLOW_UP, Qt.ItemDataRole.ForegroundRole)
    assert overdue is not None and overdue.color().name() == OVERDUE_COLOUR
    assert _cell(panel, later.id, ReferralsModel.FOLLOW_UP, Qt.ItemDataRole.ForegroundRole) is None
    _select(panel, waiting.id)
    assert panel.detail.values["follow_up"].styleSheet() != ""
    assert panel.detail.values["feedback"].text() != ""

    qtbot.mouseClick(panel.feedback_button, Qt.MouseButton.LeftButton)
    dialog = panel.findChild(FeedbackDialog)
    assert dialog is not None and dialog.isVisible()
    assert "区青少年家庭治疗中心" in dialog.about.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.form.error_for("feedback").text() == message("field.required")
    type_text(dialog.text, "已就诊，建议家庭治疗每两周一次")
    dialog.received_on.setDate(_qdate(ctx.session.today() - timedelta(days=20)))  # before the referral
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.form.error_for("feedback_on").text() == message("referral.feedback_before")
    assert dialog.text.toPlainText() == "已就诊，建议家庭治疗每两周一次"
    dialog.received_on.setDate(_qdate(ctx.session.today()))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()

    assert panel.selected_referral().status is ReferralStatus.FEEDBACK
    assert _cell(panel, waiting.id, ReferralsModel.FEEDBACK) == ctx.session.today().isoformat()
    assert _cell(panel, waiting.id, ReferralsModel.FOLLOW_UP, Qt.ItemDataRole.ForegroundRole) is None
    assert "已就诊，建议家庭治疗每两周一次" in panel.detail.values["feedback"].text()

    qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
    assert len(answers["question"]) == 1 and "区青少年家庭治疗中心" in answers["question"][0]
    closed = ReferralService(ctx.session).for_case(case.id)
    assert {r.id: r.status for r in closed} == {waiting.id: ReferralStatus.CLOSED, later.id: ReferralStatus.SENT}
    assert panel.selected_referral().status is ReferralStatus.CLOSED
    assert not panel.feedback_button.isEnabled() and not panel.close_button.isEnabled()
    assert panel.print_button.isEnabled() and panel.save_button.isEnabled()
    # a closed referral cannot get feedback by double-click either
    panel.table.activated.emit(panel.table.currentIndex())
    assert not any(d.isVisible() for d in panel.findChildren(FeedbackDialog))


def test_cancelling_the_close_question_keeps_the_referral_open(ctx, case, qtbot, monkeypatch):
    referral = _refer(ctx.session, case)
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Cancel))
    panel = _panel(ctx, qtbot, case)
    _select(panel, referral.id)
    qtbot.mouseClick(panel.close_button, Qt.MouseButton.LeftButton)
    assert ReferralService(ctx.session).for_case(case.id)[0].status is ReferralStatus.SENT


def _printed(staff) -> list[dict]:
    supervisor = staff.login(SUPERVISOR)
    try:
        return [row.detail for row in AuditService(supervisor).search(AuditFilter(action="record.printed"))]
    finally:
        supervisor.logout()


def test_saving_the_letter_as_pdf_writes_it_and_audits_it(ctx, case, qtbot, answers, monkeypatch, tmp_path,
                                                          staff):
    referral = _refer(ctx.session, case)
    panel = _panel(ctx, qtbot, case)
    _select(panel, referral.id)

    # the print dialog cancelled, the save dialog cancelled: nothing written, nothing audited
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QPrintDialog.DialogCode.Rejected)
    qtbot.mouseClick(panel.print_button, Qt.MouseButton.LeftButton)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert list(tmp_path.glob("*.pdf")) == []

    target = tmp_path / "转介函.pdf"
    offered = []

    def choose(parent, title, suggested, *args, **kwargs):
        offered.append(suggested)
        return str(target), "PDF (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    assert offered and offered[0].endswith(".pdf") and "王䶮" not in offered[0]
    data = target.read_bytes()
    assert data.startswith(b"%PDF")
    text = "".join("".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(data)).pages)
    assert INSTITUTION in text and "回执" in text
    assert str(target) in panel.status.text()
    # before saving, the person was told what the file holds (once per attempt)
    assert len(answers["warning"]) == 2

    assert _printed(staff) == [{"document": "referral_letter", "id": referral.id, "output": "pdf"}]


def test_assistants_are_not_shown_referrals(contexts, staff, qtbot):
    li = staff.login("li")
    client = ClientService(li).register(ClientDraft(name="王䶮", grade="初二", class_name="3班"))
    case = CaseService(li).open(client.id, CaseDraft(li.today(), "焦虑", ProblemCategory.EMOTION))
    _refer(li, case)
    li.logout()
    ctx = contexts("zhao")
    try:
        panel = _panel(ctx, qtbot, case)
        assert panel.notice.isVisible() and panel.notice.text() not in ("", message("case.not_yours"))
        assert not panel.body.isVisible() and not panel.new_button.isVisibleTo(panel)
        assert panel.model.rowCount() == 0
        panel.new_referral()  # even if called: nothing opens
        assert panel.findChild(ReferralDialog) is None
    finally:
        ctx.session.logout()


def test_another_counsellor_is_refused_and_the_supervisor_gives_a_reason(contexts, staff, qtbot, monkeypatch):
    li = staff.login("li")
    client = ClientService(li).register(ClientDraft(name="王䶮", grade="初二", class_name="3班"))
    case = CaseService(li).open(client.id, CaseDraft(li.today(), "焦虑", ProblemCategory.EMOTION))
    referral = _refer(li, case)
    li.logout()

    zhou = contexts("zhou")
    try:
        panel = _panel(zhou, qtbot, case)
        assert panel.notice.isVisible() and panel.notice.text() == message("case.not_yours")
        assert panel.model.rowCount() == 0 and not panel.body.isVisible()
    finally:
        zhou.session.logout()

    reasons = iter([("", False), ("家长投诉核查", True)])
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: next(reasons)))
    sup = contexts(SUPERVISOR)
    try:
        panel = _panel(sup, qtbot, case)          # declined: nothing shown
        assert panel.notice.isVisible() and panel.model.rowCount() == 0
        panel.show_case(case)                      # with a reason: listed
        assert not panel.notice.isVisible() and panel.model.rowCount() == 1
        assert panel.model.row_at(0).id == referral.id
    finally:
        sup.session.logout()


def test_clear_forgets_the_referrals_and_what_was_typed(ctx, case, qtbot, answers):
    referral = _refer(ctx.session, case)
    panel = _panel(ctx, qtbot, case)
    _select(panel, referral.id)
    qtbot.mouseClick(panel.feedback_button, Qt.MouseButton.LeftButton)
    dialog = panel.findChild(FeedbackDialog)
    type_text(dialog.text, "医院反馈：已就诊")

    panel.clear()
    assert panel.model.rowCount() == 0
    assert panel.selected_referral() is None
    assert panel.detail.heading.text() == ""
    assert all(v.text() == "" for v in panel.detail.values.values())
    assert not dialog.isVisible() and dialog.text.toPlainText() == "" and dialog.about.text() == ""
    assert answers["question"] == []          # closing on lock does not ask
    assert not panel.body.isVisible() and panel.status.text() == ""
    assert not any(b.isEnabled() for b in (panel.new_button, panel.feedback_button, panel.close_button,
                                           panel.print_button, panel.save_button))
    # nothing was saved from the dialog
    assert ReferralService(ctx.session).for_case(case.id)[0].feedback == ""


def test_new_referral_dialog_clear_and_discard_question(ctx, case, qtbot, monkeypatch):
    dialog = ReferralDialog(ctx.session, case.id)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.institution, INSTITUTION)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Cancel))
    dialog.reject()                       # typed text: asks, and "Cancel" keeps it open
    assert asked and dialog.isVisible() and dialog.institution.text() == INSTITUTION
    dialog.guardian_consent.setChecked(True)
    dialog.clear()
    assert dialog.institution.text() == "" and not dialog.guardian_consent.isChecked()
    assert not dialog.consent_on.isEnabled()
    dialog.reject()
    assert not dialog.isVisible() and len(asked) == 1
