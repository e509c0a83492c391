"""Cases from the clients page: the case window, its dialogs, printing, break-glass and the lock."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from rooms import SUPERVISOR
from counselroom.domain.cases import CaseDraft, Outcome, ProblemCategory
from counselroom.domain.clients import ClientDraft
from counselroom.domain.visits import RiskLevel, VisitContent, VisitKind
from counselroom.services.cases import CaseService
from counselroom.services.clients import ClientService
from counselroom.services.visits import VisitService
from counselroom.ui import break_glass
from counselroom.ui.dialogs.case_assignment_dialogs import ReassignDialog, ShareDialog
from counselroom.ui.dialogs.case_dialogs import CloseCaseDialog, EditPlanDialog, OpenCaseDialog
from counselroom.ui.dialogs.case_window import CaseWindow
from counselroom.ui.messages import message
from counselroom.ui.pages.clients_page import ClientsPage
from helpers import type_text
from reports.pdf_helpers import pdf_text


@pytest.fixture
def reasons(monkeypatch):
    """The supervisor's answer at the break-glass prompt (the only edge replaced)."""
    asked: list[QWidget] = []

    def ask(parent):
        asked.append(parent)
        return "家长来电，需要核实记录"

    monkeypatch.setattr(break_glass, "ask_reason", ask)
    return asked


def _register(session, name="王䶮") -> int:
    return ClientService(session).register(ClientDraft(name=name, grade="初二", class_name="3班")).id


def _open_case(session, client_id, **kw):
    return CaseService(session).open(client_id, CaseDraft(date(2026, 9, 1), "考试焦虑，失眠",
                                                          ProblemCategory.EMOTION, "每周一次"), **kw)


def _page(ctx, qtbot) -> ClientsPage:
    page = ClientsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.refresh()
    return page


def _select(page, client_id: int) -> None:
    row = page.model.row_of(client_id)
    page.table.selectRow(page.proxy.mapFromSource(page.model.index(row, 0)).row())


def _dialog(owner, cls):
    found = [d for d in owner._dialogs if isinstance(d, cls)]
    assert found, f"no {cls.__name__} open"
    return found[-1]


def _sign(session, case_id, *, risk=RiskLevel.NONE, complaint="期末考试焦虑"):
    service = VisitService(session)
    visit = service.start(case_id)
    return service.sign(visit.id, VisitContent(
        kind=VisitKind.INDIVIDUAL, visit_date=date(2026, 11, 20), start=time(9), end=time(9, 45),
        complaint=complaint, process="放松训练", assessment="一般心理问题", plan="继续", risk=risk,
        risk_self_harm=risk is not RiskLevel.NONE))


def test_counsellor_opens_edits_closes_and_reopens_a_case(staff, contexts, qtbot, answers, audit_rows):
    ctx = contexts("li")
    client_id = _register(ctx.session)
    page = _page(ctx, qtbot)
    _select(page, client_id)
    assert page.detail.case_buttons.isVisible()
    assert page.detail.cases.text() == QCoreApplication.translate("ClientDetail", "No case opened yet.")
    assert not page.detail.open_case_button.isEnabled()

    page.detail.new_case_button.click()
    form = _dialog(page, OpenCaseDialog)
    assert form.isVisible() and not form.counsellor.isEnabled()  # a counsellor opens cases for themselves
    type_text(form.plan, "每周一次个体咨询，约六次")
    form.ok_button.click()
    assert form.form.error_for("category").isVisible()
    form.category.setCurrentIndex(form.category.findData(ProblemCategory.STUDY.value))
    form.ok_button.click()
    error = form.form.error_for("reason")
    assert error.isVisible() and error.text()
    assert form.plan.toPlainText() == "每周一次个体咨询，约六次" and form.saved_case is None
    assert CaseService(ctx.session).for_client(client_id) == []
    type_text(form.reason, "近两个月学习压力大，入睡困难")
    form.ok_button.click()
    assert form.saved_case is not None and form.saved_case.reason == "近两个月学习压力大，入睡困难"

    # The new case is listed and opened in its own, non-modal window.
    assert page.detail.case_list.count() == 1 and "李老师" in page.detail.case_list.item(0).text()
    window = page.case_windows()[-1]
    qtbot.waitExposed(window)
    assert window.isVisible() and not window.isModal()
    assert "王䶮" in window.title_label.text() and "李老师" in window.facts_label.text()
    assert window.values["reason"].text() == "近两个月学习压力大，入睡困难"
    assert not window.reassign_button.isVisible() and not window.share_button.isVisible()

    window.edit_button.click()
    edit = _dialog(window, EditPlanDialog)
    assert edit.reason.toPlainText() == "近两个月学习压力大，入睡困难"
    edit.plan.clear()
    type_text(edit.plan, "每两周一次，放松训练")
    edit.ok_button.click()
    assert window.values["plan"].text() == "每两周一次，放松训练"

    window.close_case_button.click()
    closing = _dialog(window, CloseCaseDialog)
    closing.ok_button.click()
    assert closing.form.error_for("outcome").isVisible()
    closing.outcome.setCurrentIndex(closing.outcome.findData(Outcome.IMPROVED.value))
    closing.satisfaction.setCurrentIndex(closing.satisfaction.findData(4))
    closing.ok_button.click()
    assert closing.form.error_for("summary").isVisible() and closing.closed_case is None
    type_text(closing.summary, "睡眠改善，焦虑减轻，双方商定结案")
    closing.ok_button.click()
    assert closing.closed_case is not None
    case = CaseService(ctx.session).get(form.saved_case.id)
    assert not case.is_open and case.outcome is Outcome.IMPROVED and case.satisfaction == 4
    assert window.values["summary"].isVisible() and "睡眠改善" in window.values["summary"].text()
    assert "4" in window.values["satisfaction"].text()
    assert window.reopen_button.isVisible() and not window.close_case_button.isVisible()
    assert page.detail.case_list.item(0).text() != ""  # the page's list followed the change

    window.reopen_button.click()
    assert answers["question"]
    assert CaseService(ctx.session).get(case.id).is_open
    assert window.close_case_button.isVisible() and not window.values["summary"].isVisible()
    for action in ("case.opened", "case.updated", "case.closed", "case.reopened"):
        assert audit_rows(action), action


def test_supervisor_gives_a_reason_then_reassigns_and_shares(staff, contexts, qtbot, answers, reasons, audit_rows):
    li = contexts("li")
    client_id = _register(li.session)
    case = _open_case(li.session, client_id)
    sup = contexts(SUPERVISOR)
    page = _page(sup, qtbot)
    _select(page, client_id)
    assert "李老师" in page.detail.cases.text()
    assert page.detail.open_case_button.isEnabled()

    page.detail.open_case_button.click()
    assert len(reasons) == 1
    window = page.case_windows()[-1]
    assert window.case_id == case.id and window.values["reason"].text() == "考试焦虑，失眠"
    rows = audit_rows("case.break_glass")
    assert len(rows) == 1 and rows[0].detail == {"reason": "家长来电，需要核实记录"}
    assert rows[0].target == f"case:{case.id}"

    assert window.reassign_button.isVisible() and window.share_button.isVisible()
    window.reassign_button.click()
    dialog = _dialog(window, ReassignDialog)
    names = [dialog.counsellor.itemText(i) for i in range(dialog.counsellor.count())]
    assert "李老师" not in names and "周老师" in names
    dialog.ok_button.click()
    assert dialog.form.error_for("counsellor").isVisible()
    dialog.counsellor.setCurrentIndex(dialog.counsellor.findText("周老师"))
    dialog.ok_button.click()
    assert CaseService(sup.session).get(case.id).counsellor_id == staff.ids["zhou"]
    assert "周老师" in window.facts_label.text()

    window.share_button.click()
    share = _dialog(window, ShareDialog)
    assert share.shared_names() == []
    share.counsellor.setCurrentIndex(share.counsellor.findText("李老师"))
    share.share_button.click()
    assert share.shared_names() == ["李老师"]
    assert "李老师" in window.facts_label.text()
    assert len(reasons) == 1  # asked once for the whole session


def test_counsellor_cannot_open_anothers_case(staff, contexts, qtbot, answers):
    li = contexts("li")
    client_id = _register(li.session)
    _open_case(li.session, client_id)
    zhou = contexts("zhou")
    page = _page(zhou, qtbot)
    _select(page, client_id)
    assert page.detail.case_list.count() == 1
    assert not page.detail.open_case_button.isEnabled()
    assert "李老师" in page.detail.open_case_button.toolTip()
    assert "李老师" in page.detail.cases.text()
    assert not page.detail.file_button.isEnabled()
    page.open_selected_case()
    assert answers["information"] and "李老师" in answers["information"][0]
    assert page.case_windows() == []


def test_assistant_sees_no_cases_and_no_case_buttons(staff, contexts, qtbot):
    li = contexts("li")
    client_id = _register(li.session)
    _open_case(li.session, client_id)
    zhao = contexts("zhao")
    page = _page(zhao, qtbot)
    _select(page, client_id)
    assert "王䶮" in page.detail.heading.text()
    assert not page.detail.case_buttons.isVisible() and not page.detail.case_list.isVisible()
    assert page.detail.case_list.count() == 0
    assert "李老师" not in page.detail.cases.text()


def test_visits_tab_lists_visits_and_saves_a_pdf_audited(staff, contexts, qtbot, answers, monkeypatch, tmp_path,
                                                        audit_rows):
    ctx = contexts("li")
    client_id = _register(ctx.session)
    case = _open_case(ctx.session, client_id)
    _sign(ctx.session, case.id)
    VisitService(ctx.session).start(case.id)  # a draft
    page = _page(ctx, qtbot)
    window = page.open_case(case.id)
    assert page.open_case(case.id) is window  # one window per case
    assert window.visits_model.rowCount() == 2
    window.tabs.setCurrentIndex(1)
    texts = [[window.visits_proxy.index(r, c).data() for c in range(5)] for r in range(2)]
    assert texts[0][0] == "1" and texts[0][1] == "2026-11-20"
    assert texts[1][0] == "2"
    assert texts[0][4] != texts[1][4]  # signed vs draft

    target = tmp_path / "record.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(target), "PDF (*.pdf)")))
    window.visits_table.selectRow(0)
    assert window.save_visit_button.isEnabled()
    window.save_visit_button.click()
    assert answers["warning"] and "王䶮" in answers["warning"][-1]  # told what the file holds
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and "期末考试焦虑" in pdf_text(data)
    assert str(target) in window.status.text()
    rows = audit_rows("record.printed")
    assert rows[0].detail["document"] == "visit_record" and rows[0].detail["output"] == "pdf"

    whole = tmp_path / "file.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *args, **kwargs: (str(whole), "PDF (*.pdf)")))
    window.save_file_button.click()
    assert "心理咨询档案" in pdf_text(whole.read_bytes())
    rows = audit_rows("record.printed")
    assert rows[0].detail == {"document": "case_file", "id": client_id, "output": "pdf"}

    # The same bound file from the clients page.
    whole.unlink()
    _select(page, client_id)
    assert page.detail.file_button.isEnabled()
    page.detail.save_file_action.trigger()
    assert whole.read_bytes().startswith(b"%PDF") and str(whole) in page.status.text()
    assert len(audit_rows("record.printed")) == 3


def test_closing_refused_with_an_open_crisis_keeps_the_form(staff, contexts, qtbot, answers):
    ctx = contexts("li")
    client_id = _register(ctx.session)
    case = _open_case(ctx.session, client_id)
    _sign(ctx.session, case.id, risk=RiskLevel.HIGH)
    window = CaseWindow(ctx, CaseService(ctx.session).get(case.id))
    qtbot.addWidget(window)
    window.show()
    window.close_case_button.click()
    closing = _dialog(window, CloseCaseDialog)
    closing.outcome.setCurrentIndex(closing.outcome.findData(Outcome.REFERRED.value))
    type_text(closing.summary, "已转介至专科医院")
    closing.ok_button.click()
    assert closing.isVisible() and closing.closed_case is None
    assert closing.form.banner.isVisible() and closing.form.banner.text() == message("case.open_crisis")
    assert closing.summary.toPlainText() == "已转介至专科医院"
    assert CaseService(ctx.session).get(case.id).is_open


class FakePanel(QWidget):
    """A panel by the contract the lead wires in (consent, referrals, crisis)."""

    changed = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.shown: list = []
        self.cleared = 0

    def show_case(self, case) -> None:
        self.shown.append(case)

    def clear(self) -> None:
        self.cleared += 1


def test_panels_follow_the_case_and_the_lock_closes_and_clears(staff, contexts, qtbot, answers):
    ctx = contexts("li")
    client_id = _register(ctx.session)
    case = _open_case(ctx.session, client_id)
    _sign(ctx.session, case.id)
    page = _page(ctx, qtbot)
    _select(page, client_id)
    page.detail.open_case_button.click()
    window = page.case_windows()[-1]
    panel = FakePanel()
    window.add_panel("Consent", panel)
    assert window.tabs.tabText(window.tabs.count() - 1) == "Consent"
    assert [c.id for c in panel.shown] == [case.id]

    CaseService(ctx.session).update_plan(case.id, CaseDraft(date(2026, 9, 1), "新的原因", ProblemCategory.FAMILY))
    panel.changed.emit()
    assert window.values["reason"].text() == "新的原因"
    window.refresh()
    assert len(panel.shown) == 2

    window.close_case_button.click()
    closing = _dialog(window, CloseCaseDialog)
    type_text(closing.summary, "秘密的结案小结")
    assert window.visits_model.rowCount() == 1
    ctx.lock_session("manual")
    assert not window.isVisible() and not closing.isVisible()
    assert window.title_label.text() == "" and window.values["reason"].text() == ""
    assert closing.summary.toPlainText() == "" and window.visits_model.rowCount() == 0
    assert panel.cleared >= 1
    page.clear_sensitive()
    assert page.case_windows() == [] and page._dialogs == []


def test_the_main_windows_lock_closes_the_case_window_without_asking(staff, contexts, qtbot, answers):
    from counselroom.ui.main_window import MainWindow

    ctx = contexts("li")
    client_id = _register(ctx.session)
    case = _open_case(ctx.session, client_id)
    main = MainWindow(ctx, "clients")
    qtbot.addWidget(main)
    main.show()
    page = main.page("clients")
    window = page.open_case(case.id)
    window.edit_button.click()
    edit = _dialog(window, EditPlanDialog)
    type_text(edit.plan, "锁屏前输入的方案")
    main.lock("manual")
    assert answers["question"] == []  # the lock never waits for a "discard?" answer
    assert not window.isVisible() and not edit.isVisible()
    assert edit.plan.toPlainText() == "" and window.values["plan"].text() == ""
    assert page.case_windows() == []


def test_escape_with_typed_text_asks_before_discarding(staff, contexts, qtbot, monkeypatch):
    from PySide6.QtCore import Qt

    asked = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    ctx = contexts("li")
    client_id = _register(ctx.session)
    dialog = OpenCaseDialog(ctx.session, client_id=client_id, client_name="王䶮")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert asked == [] and not dialog.isVisible()  # nothing typed: closes at once
    dialog.show()
    type_text(dialog.reason, "不想丢失的文字")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(asked) == 1 and dialog.isVisible()
    dialog.cancel_button.click()
    assert len(asked) == 2 and dialog.reason.toPlainText() == "不想丢失的文字"
