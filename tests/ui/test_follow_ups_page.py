"""The follow-ups page, driven through its widgets on a real encrypted installation."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from rooms import SUPERVISOR
from counselroom.domain.cases import CaseDraft, ProblemCategory
from counselroom.domain.clients import ClientDraft
from counselroom.domain.crisis import CrisisStep, StepRecord, StepState
from counselroom.domain.referrals import ReferralDraft
from counselroom.domain.visits import RiskLevel, VisitContent
from counselroom.services.cases import CaseService
from counselroom.services.clients import ClientService
from counselroom.services.crisis import CrisisService
from counselroom.services.referrals import ReferralService
from counselroom.services.visits import VisitService
from counselroom.ui.models.follow_ups_model import OVERDUE_COLOUR, FollowUpsModel
from counselroom.ui.pages.follow_ups_page import FollowUpsPage


@pytest.fixture
def due(staff):
    """li's case: a draft from three days ago, a high-risk visit today (a crisis), a referral."""
    li = staff.login("li")
    today = li.today()
    client = ClientService(li).register(ClientDraft(name="王䶮", grade="初二", class_name="3班"))
    case = CaseService(li).open(client.id, CaseDraft(date(2026, 9, 1), "情绪低落", ProblemCategory.EMOTION))
    visits = VisitService(li)
    visits.start(case.id, VisitContent(visit_date=today - timedelta(days=3), complaint="草稿"))
    visits.sign(visits.start(case.id).id, VisitContent(
        visit_date=today, start=time(9), end=time(9, 45), presenting_issue="情绪低落", complaint="想死",
        process="评估风险", assessment="高风险", plan="危机干预", risk=RiskLevel.HIGH, risk_self_harm=True))
    crisis = CrisisService(li).open_crises()[0]
    CrisisService(li).settle_step(crisis.id, StepRecord(
        CrisisStep.FOLLOW_UP, StepState.DONE, li.wall_now() - timedelta(minutes=5), "李老师",
        follow_up_dates=(today + timedelta(days=3),)))
    ReferralService(li).create(case.id, ReferralDraft(
        "市精神卫生中心", "评估", today - timedelta(days=2), guardian_consent=True,
        consent_on=today - timedelta(days=2), follow_up_on=today - timedelta(days=1)))
    li.logout()
    return {"case": case.id, "today": today}


def _page(contexts, qtbot, name):
    page = FollowUpsPage(contexts(name))
    qtbot.addWidget(page)
    page.resize(1000, 560)
    page.show()
    page.refresh()
    return page


@pytest.fixture
def page(contexts, due, qtbot):
    page = _page(contexts, qtbot, "li")
    yield page
    page.ctx.session.logout()


def _column(page, col) -> list[str]:
    return [page.proxy.index(r, col).data() for r in range(page.proxy.rowCount())]


def test_lists_what_is_due_oldest_first_with_readable_labels(page, due):
    assert page.stack.currentWidget() is page.table
    what = _column(page, FollowUpsModel.WHAT)
    assert what[:2] == ["Visit record not signed", "Referral feedback awaited"]
    assert sorted(what[2:]) == sorted([
        "Crisis step open: inform the guardian", "Crisis step open: inform the school leadership",
        "Crisis step open: referral or consultation", "Crisis step open: safety plan"])
    today = due["today"]
    assert _column(page, FollowUpsModel.DUE)[:3] == [
        (today - timedelta(days=3)).isoformat(), (today - timedelta(days=1)).isoformat(), today.isoformat()]
    assert _column(page, FollowUpsModel.STATUS)[:3] == ["3 days overdue", "1 day overdue", "Due today"]
    assert set(_column(page, FollowUpsModel.CLIENT)) == {"王䶮"}
    assert "6 items, 2 overdue" in page.count_label.text()
    # The crisis follow-up three days ahead is not due yet …
    assert "Crisis follow-up due" not in what


def test_overdue_items_stand_out(page):
    colours = [page.proxy.index(r, FollowUpsModel.WHAT).data(Qt.ItemDataRole.ForegroundRole)
               for r in range(page.proxy.rowCount())]
    assert colours[:2] == [OVERDUE_COLOUR, OVERDUE_COLOUR]
    assert all(c is None for c in colours[2:])          # due today: the normal colour
    tip = page.proxy.index(0, FollowUpsModel.WHAT).data(Qt.ItemDataRole.ToolTipRole)
    assert "sign" in tip


def test_next_seven_days_adds_what_comes_up(page, due):
    page.ahead.click()
    what = _column(page, FollowUpsModel.WHAT)
    assert what[-1] == "Crisis follow-up due" and len(what) == 7
    assert _column(page, FollowUpsModel.STATUS)[-1] == "In 3 days"
    assert page.proxy.index(6, 0).data(Qt.ItemDataRole.ForegroundRole) != OVERDUE_COLOUR
    page.ahead.click()
    assert len(_column(page, FollowUpsModel.WHAT)) == 6


def test_sorting_by_what_and_back_by_due_date(page):
    page.table.sortByColumn(FollowUpsModel.WHAT, Qt.SortOrder.AscendingOrder)
    assert _column(page, FollowUpsModel.WHAT)[0].startswith("Crisis step open")
    page.table.sortByColumn(FollowUpsModel.DUE, Qt.SortOrder.AscendingOrder)
    assert _column(page, FollowUpsModel.WHAT)[0] == "Visit record not signed"


def test_double_click_asks_to_open_the_case(qtbot, page, due):
    rect = page.table.visualRect(page.proxy.index(1, FollowUpsModel.CLIENT))
    with qtbot.waitSignal(page.open_case_requested, timeout=2000) as signal:
        qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert signal.args == [due["case"]]
    with qtbot.waitSignal(page.open_case_requested, timeout=2000) as signal:
        page.open_button.click()
    assert signal.args == [due["case"]]


def test_nothing_due_says_so_calmly(contexts, due, qtbot, monkeypatch):
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a, **k: pytest.fail(str(a))))
    page = _page(contexts, qtbot, "zhou")            # zhou holds none of li's cases
    assert page.stack.currentWidget() is page.empty
    assert page.empty.text() == "Nothing is due. Everything is up to date."
    assert not page.open_button.isEnabled()
    page.ahead.click()
    assert "next 7 days" in page.empty.text()
    page.ctx.session.logout()


def test_the_supervisor_sees_every_counsellors_items(contexts, due, qtbot):
    page = _page(contexts, qtbot, SUPERVISOR)
    assert page.model.rowCount() == 6 and "all counsellors' cases" in page.hint.text()
    page.ctx.session.logout()


def test_assistants_have_no_follow_ups_page(staff):
    zhao = staff.login("zhao")
    assert not FollowUpsPage.allowed_for(zhao.user)
    zhao.logout()


def test_lock_clears_the_list(page):
    page.table.selectRow(0)
    assert page.open_button.isEnabled()
    page.clear_sensitive()
    assert page.model.rowCount() == 0 and page.count_label.text() == ""
    assert page.stack.currentWidget() is page.table and not page.open_button.isEnabled()
    page.refresh()                                 # after unlocking
    assert page.model.rowCount() == 6
