"""The statistics page (issue 16 §1) through its real widgets on an encrypted room counted by hand:
the figures shown, moving between periods, whose work the supervisor reads, a counsellor's own only,
the internal note, the bar chart painting, English and Chinese."""

from __future__ import annotations

from datetime import time

import pytest
from PySide6.QtCore import QPointF

from rooms import SUPERVISOR
from counselroom.domain.activities import ActivityDraft, ActivityKind, Audience
from counselroom.domain.cases import CaseDraft, ProblemCategory
from counselroom.domain.clients import ClientDraft, Gender
from counselroom.domain.periods import PeriodKind, month_period, shifted
from counselroom.domain.statistics import Section, TableId, ValueId
from counselroom.domain.visits import VisitContent, VisitKind
from counselroom.services.activities import ActivityService
from counselroom.services.cases import CaseService
from counselroom.services.clients import ClientService
from counselroom.services.visits import VisitService
from counselroom.ui.context import AppContext
from counselroom.ui.pages.statistics_page import StatisticsPage, TableCard
from counselroom.ui.widgets.bar_chart import BarChart, nice_top


def _visit(session, name: str, grade: str, kind: VisitKind) -> None:
    """A client with a case and one signed visit today, by ``session``'s counsellor."""
    client = ClientService(session).register(ClientDraft(name, Gender.FEMALE, grade=grade, class_name="1班"))
    case = CaseService(session).open(client.id, CaseDraft(session.today(), "焦虑", ProblemCategory.EMOTION))
    visits = VisitService(session)
    visits.sign(visits.start(case.id).id, VisitContent(
        kind=kind, visit_date=session.today(), start=time(0, 10), end=time(0, 40), complaint="主诉",
        process="过程", assessment="评估", plan="计划"))


@pytest.fixture
def counted(staff):
    """This month: li an individual visit (初二) and a lesson to 40 pupils; zhou a phone visit (高一)."""
    li, zhou = staff.login("li"), staff.login("zhou")
    try:
        _visit(li, "甲同学", "初二", VisitKind.INDIVIDUAL)
        _visit(zhou, "乙同学", "高一", VisitKind.PHONE)
        ActivityService(li).record(ActivityDraft(li.today(), ActivityKind.LESSON, "情绪管理", Audience.CLASS,
                                                 "初二(1)班", 40, 1, (staff.ids["li"],)))
    finally:
        li.logout()
        zhou.logout()
    return staff


@pytest.fixture
def make_page(counted, shown_page):
    def make(name: str = SUPERVISOR) -> StatisticsPage:
        return shown_page(StatisticsPage(AppContext(counted.room.inst, counted.login(name), "zh_CN")), (1200, 800))

    return make


def _card(page, table_id: TableId) -> TableCard:
    return next(c for c in page.table_cards() if c.table.id is table_id)


def _chart(page, table_id: TableId) -> dict[str, float]:
    data = _card(page, table_id).chart.data()
    return {row: sum(cells) for row, cells in zip(data.rows, data.cells)}


def _figure(page, value_id: ValueId) -> str:
    return next(c for c in page.figure_cards() if c.objectName() == f"value_{value_id.value}").number.text()


def test_the_supervisor_sees_the_rooms_figures_with_the_internal_note(make_page):
    page = make_page()
    today = page.ctx.session.today()
    assert page.shown().statistics.period == month_period(today.year, today.month)
    assert page.period_label.text() == month_period(today.year, today.month).label("en")
    assert page.note.isVisible() and "not for use outside the room" in page.note.text()
    assert "border: 2px solid" in page.note.styleSheet()
    assert _chart(page, TableId.VISITS_BY_KIND) == {"Individual": 1, "Group": 0, "Phone": 1, "Online": 0}
    assert _figure(page, ValueId.CLIENTS_SEEN) == "2"
    assert _chart(page, TableId.ACTIVITIES_BY_KIND)["Mental health lesson"] == 1
    assert _chart(page, TableId.ACTIVITY_ATTENDANCE_BY_KIND)["Mental health lesson"] == 40
    grades = _card(page, TableId.VISITS_BY_GRADE_SEX).chart.data()
    assert grades.rows == ("初二", "高一") and grades.series[0] == "Female"
    # the sections in their order, each once
    names = [w.objectName() for w in page.body.children() if w.objectName().startswith("section_")]
    assert names == [f"section_{s.value}" for s in Section]
    # one month: its "by month" tables are a single bar, not a time series
    assert not _card(page, TableId.VISITS_BY_MONTH).chart.data().vertical
    assert page.who_box.isVisible() and not page.own_hint.isVisible()
    # each week is read against the room's minimum, drawn across the chart
    week = _card(page, TableId.DUTY_BY_WEEK).chart.data()
    minimum = page.shown().statistics.value(ValueId.MIN_WEEKLY_MINUTES)
    assert week.vertical and week.reference == minimum / 60 and week.reference_label.startswith("Minimum")


def test_the_table_view_shows_the_exact_counts_and_totals(make_page):
    page = make_page()
    card = _card(page, TableId.VISITS_BY_KIND)
    assert card.showing_chart() and card.chart.isVisible() and not card.grid.isVisible()
    card.table_button.click()
    assert card.grid.isVisible() and not card.chart.isVisible()
    grid = card.grid
    assert [grid.verticalHeaderItem(r).text() for r in range(grid.rowCount())] == [
        "Individual", "Group", "Phone", "Online", "Total"]
    assert [grid.item(r, 0).text() for r in range(grid.rowCount())] == ["1", "0", "1", "0", "2"]
    card.chart_button.click()
    assert card.chart.isVisible()


def test_moving_between_periods(make_page):
    page = make_page()
    month = page.shown().statistics.period
    page.previous_button.click()
    earlier = shifted(month, -1)
    assert page.shown().statistics.period == earlier and page.period_label.text() == earlier.label("en")
    assert _card(page, TableId.VISITS_BY_KIND).table.total == 0
    assert _card(page, TableId.VISITS_BY_KIND).chart.is_empty()
    page.next_button.click()
    assert page.shown().statistics.period == month
    page.kind_box.setCurrentIndex(1)
    page.kind_box.activated.emit(1)
    term = page.shown().statistics.period
    assert term.kind is PeriodKind.TERM and term.first <= month.first and "term" in page.period_label.text()
    page.kind_box.setCurrentIndex(2)
    page.kind_box.activated.emit(2)
    year = page.shown().statistics.period
    assert year.kind is PeriodKind.YEAR and year.contains(term.first) and year.contains(term.last)
    assert _card(page, TableId.VISITS_BY_KIND).table.total == 2
    page.kind_box.setCurrentIndex(3)
    page.kind_box.activated.emit(3)
    assert page.shown().statistics.period.kind is PeriodKind.RANGE
    assert page.first_day.isVisible() and not page.period_label.isVisible()
    page.first_day.setDate(page.last_day.date())
    ranged = page.shown().statistics.period
    assert ranged.first == ranged.last == year.last


def test_the_supervisor_reads_one_counsellors_work(make_page, counted):
    page = make_page()
    assert [page.who_box.itemText(i) for i in range(page.who_box.count())][0] == "Whole room"
    index = page.who_box.findData(counted.ids["li"])
    page.who_box.setCurrentIndex(index)
    page.who_box.activated.emit(index)
    assert page.shown().statistics.counsellor_id == counted.ids["li"]
    assert _chart(page, TableId.VISITS_BY_KIND) == {"Individual": 1, "Group": 0, "Phone": 0, "Online": 0}
    assert page.who_box.currentData() == counted.ids["li"]
    page.previous_button.click()                  # the choice stays while the period moves
    assert page.shown().statistics.counsellor_id == counted.ids["li"]


def test_a_counsellor_sees_only_her_own_work(make_page, counted):
    page = make_page("zhou")
    assert not page.who_box.isVisible() and page.own_hint.isVisible()
    assert page.shown().statistics.counsellor_id == counted.ids["zhou"]
    assert _chart(page, TableId.VISITS_BY_KIND) == {"Individual": 0, "Group": 0, "Phone": 1, "Online": 0}
    assert _card(page, TableId.ACTIVITIES_BY_KIND).table.total == 0     # li ran the lesson


def test_an_assistant_has_no_statistics_page(counted):
    session = counted.login("zhao")
    try:
        assert not StatisticsPage.allowed_for(session.user)
        assert StatisticsPage.allowed_for(counted.login("li").user)
    finally:
        session.logout()


def test_the_lock_forgets_the_figures(make_page):
    page = make_page()
    assert page.table_cards()
    page.clear_sensitive()
    assert page.shown() is None and page.table_cards() == [] and page.figure_cards() == []
    assert page.who_box.count() == 1


@pytest.mark.language("zh_CN")
def test_the_page_in_chinese(make_page):
    page = make_page()
    assert page.title() == "统计" or page.title() == "Statistics"    # until the lead translates it
    assert _chart(page, TableId.VISITS_BY_KIND) == {"个体": 1, "团体": 0, "电话": 1, "网络": 0}
    headings = [w.findChild(type(page.period_label), "sectionHeading").text()
                for w in page.body.children() if w.objectName().startswith("section_")]
    assert headings[0] == "咨询" and headings[-1] == "心理健康教育活动"
    assert _card(page, TableId.ACTIVITIES_BY_KIND).title.text() == "活动次数（按活动类别）"
    today = page.ctx.session.today()
    assert page.period_label.text() == f"{today.year}年{today.month}月"


# -- the chart on its own -------------------------------------------------------------------------------
def test_the_bar_chart_paints_both_shapes_empty_and_full(qtbot):
    chart = BarChart(empty_text="Nothing")
    qtbot.addWidget(chart)
    chart.resize(500, 200)
    chart.show()
    chart.show_data(["A", "B"], ["x"], [[3], [0]])
    assert not chart.grab().isNull()
    bars = chart.bar_rects()
    assert bars[0][0].width() > 0 and bars[1][0].width() == 0
    assert chart.tooltip_at(bars[0][0].center()) == "A: 3"
    chart.show_data([f"{m}月" for m in range(1, 13)], ["x", "y", "z"], [[m, 1, 0] for m in range(12)],
                    vertical=True)
    assert not chart.grab().isNull() and chart.height() > 200
    stacked = chart.bar_rects()[5]
    assert stacked[1].bottom() == pytest.approx(stacked[0].top())
    assert chart.tooltip_at(stacked[1].center()) == "6月 · y: 1"
    assert chart.tooltip_at(QPointF(1, 1)) == ""
    chart.show_data(["w1", "w2"], ["x"], [[2], [3]], vertical=True, reference=10, reference_label="Minimum 10")
    assert chart.data().scale_top == (10.0, 2.0)      # the line fits on the scale above the bars
    assert not chart.grab().isNull()
    chart.show_data(["A"], ["x"], [[0]])
    assert chart.is_empty() and not chart.grab().isNull()
    chart.clear()
    assert chart.data() is None and not chart.grab().isNull()


@pytest.mark.timeless
def test_round_tops_for_the_scale():
    assert nice_top(0) == (1.0, 1.0)
    assert nice_top(3) == (3.0, 1.0)
    assert nice_top(36) == (40.0, 10.0)
    assert nice_top(89)[0] >= 89 and nice_top(89)[0] % nice_top(89)[1] == 0
