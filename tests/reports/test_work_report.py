"""The work report PDF as a person reads it (issue 16 §3): a term's recurring activities one row each,
headings never left at a page's foot, wide English cross-tabs with whole words, measures in hours,
days and points. Built from hand-made publications: no database, no clock."""

from __future__ import annotations

import re
from datetime import date, datetime

import pytest

from counselroom.domain.activities import ActivityKind, Audience
from counselroom.domain.cases import ProblemCategory
from counselroom.domain.labels import label
from counselroom.domain.periods import Period, month_period, parse_period
from counselroom.domain.statistics import Label, Statistics, Table, TableId, Unit, Value, ValueId
from counselroom.domain.work_reports import (
    ListedActivity, Narrative, ReportKind, ReportStatus, WorkReport, publish,
)
from counselroom.reports.work_report import build_work_report
from pdf_helpers import page_texts, pdf_text, squeeze

pytestmark = pytest.mark.timeless

AUTUMN = parse_period("2026-2027-1")
GRADES = ("初一", "初二", "初三", "高一", "高二", "高三")
REPORT = WorkReport(1, ReportKind.TERM, AUTUMN.code, Narrative("小结"), ReportStatus.DRAFT,
                    datetime(2026, 12, 1, 9), "负责人")


def _labels(*words: tuple[str, str, str]) -> tuple[Label, ...]:
    return tuple(Label(*w) for w in words)


def _grade_by_problem() -> Table:
    columns = tuple(Label(c.value, label(c, "zh_CN"), label(c, "en")) for c in ProblemCategory)
    cells = tuple(tuple(20 + r + c for c in range(len(columns))) for r in range(len(GRADES)))
    return Table(TableId.VISITS_BY_GRADE_CATEGORY, Unit.SESSIONS, _labels(*((g, g, g) for g in GRADES)), columns,
                 cells)


def _lessons() -> tuple[ListedActivity, ...]:
    lessons = [ListedActivity(date(2026, 9, 7 + i % 20), ActivityKind.LESSON, f"主题{i % 3}", Audience.CLASS,
                              f"{GRADES[i % 2]}({i // 6 + 1})班", 40, 1, ("李老师",)) for i in range(72)]
    talk = ListedActivity(date(2026, 10, 9), ActivityKind.PARENTS, "家长讲座", Audience.PARENTS, "初一家长", 300, 1,
                          ("李老师",), "外校张老师")
    return tuple(sorted([*lessons, talk], key=lambda a: a.held_on))


def _pdf(lang: str, tables: tuple[Table, ...] = (), values: tuple[Value, ...] = (),
         activities: tuple[ListedActivity, ...] = (), period: Period = AUTUMN) -> bytes:
    stats = Statistics(period, None, "", date(2026, 12, 1), tables, values)
    return build_work_report(room_name="心理辅导室", report=REPORT, publication=publish(stats, 5, activities),
                             narrative=REPORT.narrative, printed_by="负责人", printed_at=datetime(2026, 12, 1, 9),
                             lang=lang)


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_a_terms_lessons_are_a_row_per_title_with_classes_per_grade(lang):
    text = pdf_text(_pdf(lang, activities=_lessons()))
    flat = squeeze(text)
    for title in ("主题0", "主题1", "主题2"):
        assert flat.count(title) == 1, title
    # 72 lessons, 24 a title: 12 classes of each of two grades, 960 attendance, 24 periods and sessions.
    if lang == "en":
        assert "初一:12classes" in flat and "初二:12classes" in flat
    else:
        assert "初一12个班" in flat and "初二12个班" in flat
    assert "960" in flat and "家长讲座" in flat and "外校张老师" in flat
    assert len(page_texts(_pdf(lang, activities=_lessons()))) == 1


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_measures_read_as_hours_days_weeks_and_points(lang):
    values = (Value(ValueId.DUTY_MINUTES, Unit.MINUTES, 17432), Value(ValueId.OPENING_DAYS, Unit.DAYS, 69),
              Value(ValueId.WEEKS_BELOW_MINIMUM, Unit.WEEKS, 2), Value(ValueId.SATISFACTION_MEAN, Unit.SCORE, 4.18),
              Value(ValueId.MEDIAN_DAYS_TO_CLOSE, Unit.DAYS, 34.2))
    weeks = Table(TableId.DUTY_BY_WEEK, Unit.MINUTES, _labels(("2026-11-02", "11月2日–8日", "2–8 Nov")),
                  _labels(("minutes", "", "")), ((1257,),))
    text = pdf_text(_pdf(lang, (weeks,), values))
    if lang == "en":
        expected = ("290.5 h", "69 days", "2 weeks", "4.2 of 5", "34.2 days", "Hours")
    else:
        expected = ("290.5 小时", "69 天", "2 周", "4.2 / 5 分", "34.2 天", "小时")
    for words in expected:
        assert words in text, words
    assert "17432" not in text and "1257" not in text and "20.9" in text
    assert "Minutes" not in text and "分钟" not in text


def test_a_wide_english_cross_tab_breaks_its_headers_between_words_only():
    text = pdf_text(_pdf("en", (_grade_by_problem(),)))
    words = set(re.findall(r"[A-Za-z]+", text))
    for word in ("Study", "Relationships", "Emotions", "Family", "Romance", "Career", "Adjustment", "awareness"):
        assert word in words, word
    # No piece of a header word stands alone on a line of its own.
    assert not words & {"Stud", "Relat", "ions", "hips", "Emot", "Adju", "stme"}


@pytest.mark.parametrize(("lang", "period"), [("zh_CN", AUTUMN), ("en", AUTUMN), ("zh_CN", month_period(2026, 9))])
def test_a_heading_never_ends_a_page(lang, period):
    """A term's short list moves whole with its heading; a month's long one (every entry, pages of
    them) starts under its heading with its first rows."""
    heading, header = ("活动一览", "日期") if lang == "zh_CN" else ("Activities", "Date")
    filler = Table(TableId.VISITS_BY_KIND, Unit.SESSIONS, _labels(("a", "甲", "A")), _labels(("n", "", "")), ((40,),))
    for count in range(4, 28, 3):
        # Push the list's heading down the first pages, a table at a time.
        grades = tuple(Table(TableId.TEST_BANDS, Unit.TESTS, filler.rows, filler.columns, filler.cells,
                             Label(f"s{i}", f"量表{i}", f"Scale {i}")) for i in range(count))
        pages = page_texts(_pdf(lang, grades, activities=_lessons(), period=period))
        at = [i for i, page in enumerate(pages) if re.search(rf"^{heading}$", page, re.M)]
        assert at, count
        assert header in pages[at[-1]].split(heading)[-1], (count, at)
