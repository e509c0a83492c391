"""What a work report publishes (domain/work_reports.py): suppressed tables, margins only when the cells
would single someone out, totals that other tables print taken as known, and the snapshot's JSON."""

from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from counselroom.domain.activities import ActivityKind, Audience
from counselroom.domain.errors import ValidationError
from counselroom.domain.periods import month_period, parse_period
from counselroom.domain.statistics import Label, Statistics, Table, TableId, Unit, Value, ValueId
from counselroom.domain.suppression import COMPLEMENTARY, PRIMARY, Hidden, Suppressed1D, Suppressed2D, audit_1d, audit_2d
from counselroom.domain.work_reports import (
    HELD_BACK, NARRATIVE_MAX_LENGTH, ListedActivity, Narrative, ReportKind, Snapshot, publish, publish_activities,
    published_number, report_period, snapshot_from_json, snapshot_json, validate_narrative,
)

# Pure computation: nothing here reads the clock (CI's pinned-date run leaves it out).
pytestmark = pytest.mark.timeless

NOVEMBER = month_period(2026, 11)


def _labels(*keys: str) -> tuple[Label, ...]:
    return tuple(Label(k, k, k) for k in keys)


def _stats(*tables: Table, values: tuple[Value, ...] = ()) -> Statistics:
    return Statistics(NOVEMBER, None, "", date(2026, 12, 1), tables, values)


def _grid(cells: list[list[int]], table_id: TableId = TableId.VISITS_BY_GRADE_SEX) -> Table:
    return Table(table_id, Unit.SESSIONS, _labels(*(f"r{i}" for i in range(len(cells)))),
                 _labels(*(f"c{j}" for j in range(len(cells[0])))), tuple(tuple(r) for r in cells))


def _column(counts: list[int], table_id: TableId = TableId.VISITS_BY_KIND) -> Table:
    return Table(table_id, Unit.SESSIONS, _labels(*(f"r{i}" for i in range(len(counts)))), _labels("n"),
                 tuple((c,) for c in counts))


def _texts(table) -> list[str]:
    return [*(c for row in table.cells for c in row), *table.row_totals, *table.column_totals, table.total]


def test_a_table_without_small_counts_is_published_as_it_is():
    table = publish(_stats(_grid([[5, 6], [7, 0]])), 5).tables[0]
    assert table.cells == (("5", "6"), ("7", "0")) and table.row_totals == ("11", "7")
    assert table.total == "18" and not table.margins_only and not table.suppressed


def test_a_cell_hidden_only_by_a_hidden_total_printed_elsewhere_is_not_published():
    # Grade × sex: the grades' totals (8, 1) and the students' total (9) are printed by other tables;
    # with them known, 初二's small cell is 8 − 6. The cells are left out, the margins checked alone.
    published = publish(_stats(_grid([[2, 6, 0, 0], [0, 1, 0, 0]])), 5).tables
    assert all(t.margins_only for t in published)
    for table in published:
        assert not [n for n in map(published_number, _texts(table)) if n is not None and 0 < n < 5]


def test_four_small_counts_under_a_small_total_print_the_total_only():
    table = publish(_stats(_column([1, 1, 1, 1])), 5).tables[0]
    assert table.margins_only and table.rows == () and table.total == "<5"


def test_measures_are_printed_and_single_small_counts_hidden():
    duty = Table(TableId.DUTY_BY_WEEK, Unit.MINUTES, _labels("w1"), _labels("m"), ((3,),))
    values = (Value(ValueId.CLIENTS_SEEN, Unit.PEOPLE, 2), Value(ValueId.NEW_CLIENTS, Unit.PEOPLE, 0),
              Value(ValueId.MEDIAN_DAYS_TO_CLOSE, Unit.DAYS, 2.5), Value(ValueId.SATISFACTION_MEAN, Unit.SCORE, None))
    result = publish(_stats(duty, values=values), 5)
    assert result.tables[0].cells == (("3",),)
    assert [v.text for v in result.values] == ["<5", "0", "2.5", ""]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.lists(st.integers(0, 9), min_size=2, max_size=4), min_size=1, max_size=4)
       .filter(lambda rows: len({len(r) for r in rows}) == 1), st.integers(3, 6))
def test_no_published_count_is_small_and_full_tables_hold_with_their_margins_known(rows, k):
    for table in publish(_stats(_grid(rows)), k).tables:
        assert not [n for n in map(published_number, _texts(table)) if n is not None and 0 < n < k]
        if not table.margins_only and table.suppressed:
            marks = [[Hidden(PRIMARY.reason) if t == f"<{k}" else COMPLEMENTARY if t == "x" else int(t)
                      for t in row] for row in table.cells]
            known = Suppressed2D(k, tuple(map(tuple, marks)), tuple(map(sum, rows)),
                                 tuple(sum(r[j] for r in rows) for j in range(len(rows[0]))), sum(map(sum, rows)))
            for (r, c), found in audit_2d(rows, known).items():
                if marks[r][c] == PRIMARY:
                    assert found.low <= 1 and (found.high is None or found.high >= k - 1)
                else:
                    assert found.high is None or found.high > found.low


def test_the_snapshot_survives_json_unchanged():
    stats = _stats(_grid([[5, 6], [7, 0]]), _column([3, 9]),
                   values=(Value(ValueId.MEDIAN_DAYS_TO_CLOSE, Unit.DAYS, 2.5),))
    snapshot = Snapshot(stats, 5, Narrative("小结", "问题", "计划"), "䶮山中学心理辅导室")
    assert snapshot_from_json(snapshot_json(snapshot)) == snapshot


def _activity(kind: ActivityKind, attendance: int | None, title: str = "活动") -> ListedActivity:
    return ListedActivity(date(2026, 11, 3), kind, title, Audience.CLASS, "初二(3)班", attendance, 1, ("李老师",),
                          "外校张老师")


def test_the_snapshot_keeps_its_activities_and_reads_one_signed_before_they_were_listed():
    stats = _stats(_column([3, 9]))
    listed = (_activity(ActivityKind.LESSON, 40, "情绪管理"), _activity(ActivityKind.CAMPAIGN, None, "宣传周"))
    snapshot = Snapshot(stats, 5, Narrative("小结"), "心理辅导室", listed)
    assert snapshot_from_json(snapshot_json(snapshot)) == snapshot
    assert snapshot_from_json(snapshot_json(Snapshot(stats, 5, Narrative("小结"), "心理辅导室", ()))).activities == ()
    # A format 1 snapshot has no "activities": it reads as None (no list), not as an empty one.
    old = json.loads(snapshot_json(snapshot))
    del old["activities"]
    old["format"] = 1
    read = snapshot_from_json(json.dumps(old))
    assert read.activities is None and read.statistics == stats
    assert publish(read.statistics, read.k, read.activities).activities is None


def test_a_small_attendance_prints_as_less_than_k_and_cannot_be_worked_out_from_its_kinds_total():
    k = 5
    published = publish_activities((_activity(ActivityKind.GROUP, 3), _activity(ActivityKind.GROUP, 12),
                                    _activity(ActivityKind.LESSON, 2), _activity(ActivityKind.LESSON, 0),
                                    _activity(ActivityKind.LECTURE, 30), _activity(ActivityKind.LECTURE, None)), k)
    assert [a.attendance for a in published] == ["<5", "x", "<5", "0", "30", ""]
    assert [(a.title, a.presenters, a.outside_presenters) for a in published][0] == ("活动", ("李老师",), ("外校张老师",))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(0, 12), min_size=1, max_size=6), st.integers(3, 6))
def test_no_listed_attendance_is_small(counts, k):
    published = publish_activities(tuple(_activity(ActivityKind.GROUP, c) for c in counts), k)
    assert not [n for n in (published_number(a.attendance) for a in published) if n is not None and 0 < n < k]
    for count, a in zip(counts, published):
        assert a.attendance in (str(count), f"<{k}", "x", HELD_BACK)


def test_the_narrative_is_cleaned_limited_and_needs_a_summary_to_sign():
    assert validate_narrative(Narrative(" 小结\r\n第二行 ", "", "")).summary == "小结\n第二行"
    with pytest.raises(ValidationError) as long:
        validate_narrative(Narrative("", "字" * (NARRATIVE_MAX_LENGTH + 1)))
    assert long.value.field == "problems"
    with pytest.raises(ValidationError) as empty:
        validate_narrative(Narrative("", "问题"), for_signing=True)
    assert empty.value.field == "summary"


def test_a_report_period_is_of_its_kind():
    assert report_period(ReportKind.TERM, "2026-2027-1") == parse_period("2026-2027-1")
    with pytest.raises(ValidationError):
        report_period(ReportKind.MONTH, "2026-2027")


# -- a term's list: recurring activities one row each (issue 16 §3) --------------------------------------

AUTUMN = parse_period("2026-2027-1")


def _session(day: date, kind: ActivityKind, title: str, detail: str, attendance: int | None, by: str = "李老师",
             audience: Audience = Audience.CLASS, outside: str = "") -> ListedActivity:
    return ListedActivity(day, kind, title, audience, detail, attendance, 1, (by,), outside)


def test_a_terms_lessons_of_one_title_are_one_row_with_their_classes_counted_per_grade():
    lessons = [_session(date(2026, 9, 1 + i), ActivityKind.LESSON, "情绪管理", f"初一({i + 1})班", 40)
               for i in range(12)]
    lessons += [_session(date(2026, 10, 8), ActivityKind.LESSON, "情绪管理", "初二(3)班", 41, by="王老师"),
                _session(date(2026, 10, 9), ActivityKind.LESSON, "情绪管理", "初二（5）班", 39),
                _session(date(2026, 10, 9), ActivityKind.LESSON, "情绪管理", "高一(2)班", 45),
                _session(date(2026, 10, 10), ActivityKind.LESSON, "情绪管理", "初一(1)班", 40)]
    talk = _session(date(2026, 9, 20), ActivityKind.PARENTS, "家长讲座", "初一家长", 300, audience=Audience.PARENTS,
                    outside="外校张老师")
    listed = tuple(sorted([*lessons, talk], key=lambda a: a.held_on))
    stats = Statistics(AUTUMN, None, "", date(2027, 1, 31), (), ())
    rows = publish(stats, 5, listed).activities
    assert rows is not None and [r.title for r in rows] == ["情绪管理", "家长讲座"]
    lesson, parents = rows
    assert (lesson.first, lesson.last, lesson.sessions, lesson.lessons) == (date(2026, 9, 1), date(2026, 10, 10), 16, 16)
    assert lesson.attendance == str(12 * 40 + 41 + 39 + 45 + 40)
    assert [(r.detail, r.classes) for r in lesson.reached] == [("初一", 12), ("初二", 2), ("高一(2)班", 0)]
    assert lesson.presenters == ("李老师", "王老师") and lesson.outside_presenters == ()
    assert (parents.sessions, parents.attendance, parents.outside_presenters) == (1, "300", ("外校张老师",))
    assert [(r.audience, r.detail) for r in parents.reached] == [(Audience.PARENTS, "初一家长")]
    # A month's report lists every entry; a signed (format 2) snapshot keeps them all and groups when published.
    assert len(publish(_stats(), 5, listed).activities or ()) == 17
    snapshot = snapshot_from_json(snapshot_json(Snapshot(stats, 5, Narrative("小结"), "心理辅导室", listed)))
    assert snapshot.activities == listed
    assert publish(snapshot.statistics, snapshot.k, snapshot.activities).activities == rows


_KINDS = (ActivityKind.GROUP, ActivityKind.LECTURE)


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_KINDS), st.sampled_from("ABC"), st.one_of(st.none(), st.integers(0, 9))),
                min_size=1, max_size=8),
       st.integers(3, 6), st.booleans())
def test_no_grouped_attendance_is_small_and_a_hidden_one_stays_hidden_under_its_kinds_total(entries, k, grouped):
    listed = tuple(_session(date(2026, 10, 1 + i), kind, title, "初二(3)班", n) for i, (kind, title, n) in enumerate(entries))
    rows = publish_activities(listed, k, grouped=grouped)
    for kind in _KINDS:
        mine = [r for r in rows if r.kind is kind]
        sums = [sum(a.attendance for a in listed if a.kind is kind and (a.title == r.title if grouped else
                                                                         a.held_on == r.first)
                    and a.attendance is not None) for r in mine]
        counted = [(r, n) for r, n in zip(mine, sums) if r.attendance != ""]
        total = sum(n for _, n in counted)
        for r, n in counted:
            number = published_number(r.attendance)
            assert number is None or number == n and not 0 < n < k
        if total < k or not counted:
            continue   # the figures print the kind's total as "<k" (or 0): it gives nothing away
        texts = [r.attendance for r, _ in counted]
        if HELD_BACK in texts:
            assert set(texts) == {HELD_BACK}
            continue
        shown = tuple(PRIMARY if t == f"<{k}" else COMPLEMENTARY if t == "x" else int(t) for t in texts)
        found = audit_1d([n for _, n in counted], Suppressed1D(k, shown, total))
        for i, at in found.items():
            if shown[i] == PRIMARY:
                assert at.low <= 1 and (at.high is None or at.high >= k - 1), (texts, total)
            else:
                assert at.high is None or at.high > at.low, (texts, total)
