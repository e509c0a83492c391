"""Work reports that leave the room (月度工作报告, 学期工作总结, 学年报告; R15, issue 16 §3).

A report is one period's figures (``domain/statistics.py``) with the supervisor's narrative:
本月/本学期/本学年工作小结 (``summary``), 存在问题 (``problems``) and 下月/下学期/下学年计划
(``plans``). It stays a draft, figures read afresh each time, until the supervisor signs it; a
signed report is a :class:`Snapshot` (the figures, the period's activities as listed, the narrative,
the room's name and the k they were published with) that never changes, like a signed closing
checklist.

**What leaves the room** is :func:`publish`'s result, never a :class:`Statistics`: every table that
counts people or their records (``Unit.counts``) goes through ``domain.suppression`` with the
room's k, so a count from 1 to k−1 reads "<k" and complementary cells "x". A table whose marks
alone would give a small count away (``pinned``) is published by its margins only: the row totals,
suppressed as a one-dimensional table, and the column totals as well when both margins print the
same grand total (otherwise a hidden total could be worked out from the other margin); a
one-column table so pinned prints only its total. A single count (clients seen) cannot be
complemented, so a small one is "<k" too. Measures (minutes, days, a mean rating) are printed as
they are. The published objects hold text, not the counts behind it, so a renderer cannot leak what
was hidden.

**Tables of one report together.** Tables share margins (visits by grade × sex and by grade ×
problem both total each grade; the client-type table prints the students' total). A table's cells
are printed only if every hidden cell stays protected with *all* its totals taken as known. That
makes the report safe as a whole, whatever the other tables print: two tables meet only in their
totals, and each is safe even with those known exactly. It can hide a little more than a joint
suppression of all tables would; it never hides less.

**Reports of periods inside one another.** Periods shown side by side are the rows of one table
(visits by month × kind) and so suppressed together. A month report and its term's report are
each safe on their own; a reader holding every month report of a term and the term report could
in principle subtract the months a cell was printed in from the term's figure. Closing that needs
the term suppressed jointly with the months already signed — a three-way table that the flow audit
of ``domain.suppression`` does not cover; it is named here so that nobody believes it is done.

**The activities list** (活动一览, issue 16 §4) names no client, but an activity's attendance is a
count of people: a small group's guidance of three must not print "3". The attendances of one kind
are suppressed as a one-dimensional table whose total is taken as known (the figures print each
kind's attendance), so "<k" cannot be worked out by subtracting the others; if no marks can make
that hold (two sessions of 4 under a printed 8), no attendance of the kind is printed at all
(``HELD_BACK``), unless the kind's total is small and so printed as "<k" itself. A term or year report lists the sessions of one kind and title as one row (its
dates, how many, the classes per grade, attendance and 课时 summed): the rows of a kind still sum to
the kind's total, so the same rule applies to the rows' sums. The snapshot keeps every entry; the
rows are made when the report is published, so a signed report groups its entries the same way.

No Qt, no SQL, no I/O.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import Any

from counselroom.domain.activities import Activity, ActivityKind, Audience
from counselroom.domain.errors import ValidationError
from counselroom.domain.periods import DEFAULT_TERMS, Period, PeriodKind, TermMonths, parse_period
from counselroom.domain.statistics import (
    Label, ScreeningTableId, Statistics, Table, TableId, Unit, Value, ValueId, grade_sort_key,
)
from counselroom.domain.suppression import (
    COMPLEMENTARY_MARK, PRIMARY, Hidden, Range, Shown, Suppressed1D, Suppressed2D, audit_1d, audit_2d,
    published_text, suppress_1d, suppress_2d, validate_k,
)
from counselroom.domain.text import clean_text

NARRATIVE_MAX_LENGTH = 5000
#: 2: with the activities list; a format 1 snapshot has none (``Snapshot.activities`` None).
SNAPSHOT_FORMAT = 2


class ReportKind(str, Enum):
    MONTH = "month"
    TERM = "term"
    YEAR = "year"

    @property
    def period_kind(self) -> PeriodKind:
        return PeriodKind(self.value)


class ReportStatus(str, Enum):
    DRAFT = "draft"
    SIGNED = "signed"


class NarrativeField(str, Enum):
    SUMMARY = "summary"      # 本月/本学期/本学年工作小结
    PROBLEMS = "problems"    # 存在问题
    PLANS = "plans"          # 下月/下学期/下学年计划


@dataclass(frozen=True)
class Narrative:
    summary: str = ""
    problems: str = ""
    plans: str = ""

    def text(self, which: NarrativeField) -> str:
        return str(getattr(self, which.value))


def validate_narrative(narrative: Narrative, *, for_signing: bool = False) -> Narrative:
    """Each text cleaned as the records keep text; too long is refused at its field. A report is
    signed with at least its summary: a signed report without one says nothing of the work."""
    cleaned = Narrative(*(clean_text(narrative.text(f)) for f in NarrativeField))
    for which in NarrativeField:
        if len(cleaned.text(which)) > NARRATIVE_MAX_LENGTH:
            raise ValidationError(which.value, "work_report.too_long", max=NARRATIVE_MAX_LENGTH)
    if for_signing and not cleaned.summary:
        raise ValidationError(NarrativeField.SUMMARY.value, "work_report.summary_empty")
    return cleaned


def report_period(kind: ReportKind, code: str, terms: TermMonths = DEFAULT_TERMS) -> Period:
    """The period a report of ``kind`` names by ``code``; a code of another kind is refused."""
    period = parse_period(code, terms)
    if period.kind is not kind.period_kind:
        raise ValidationError("period", "work_report.period_kind", text=code.strip())
    return period


def kind_of(period: Period) -> ReportKind:
    """The report kind of a month, term or school year; a range of days has no report."""
    if period.kind is PeriodKind.RANGE:
        raise ValidationError("period", "work_report.period_kind", text=period.code)
    return ReportKind(period.kind.value)


@dataclass(frozen=True)
class ListedActivity:
    """One entry of the report's activities list: what the log says of it, less its notes and files."""
    held_on: date
    kind: ActivityKind
    title: str
    audience: Audience
    audience_detail: str
    attendance: int | None          # None: not counted
    lessons: int                    # 课时
    presenters: tuple[str, ...]     # the room's staff who ran it, by display name
    outside_presenter: str = ""


def listed_activities(activities: list[Activity]) -> tuple[ListedActivity, ...]:
    """The period's activities as the report lists them: oldest first, in the order they were logged."""
    ordered = sorted(activities, key=lambda a: (a.held_on, a.id))
    return tuple(ListedActivity(a.held_on, a.kind, a.title, a.audience, a.audience_detail, a.attendance,
                                a.lessons, a.presenter_names, a.outside_presenter) for a in ordered)


@dataclass(frozen=True)
class Snapshot:
    """What a signed report says, for good. ``activities`` is None for a report signed before reports
    listed them (it then prints no list rather than an empty one)."""
    statistics: Statistics
    k: int
    narrative: Narrative
    room_name: str
    activities: tuple[ListedActivity, ...] | None = None


@dataclass(frozen=True)
class WorkReport:
    id: int
    kind: ReportKind
    period_code: str
    narrative: Narrative
    status: ReportStatus
    updated_at: datetime
    updated_by_name: str
    signed_at: datetime | None = None
    signed_by_name: str = ""
    snapshot: Snapshot | None = None

    @property
    def signed(self) -> bool:
        return self.status is ReportStatus.SIGNED


# -- the snapshot as JSON ------------------------------------------------------------------------------

def _label_json(label: Label) -> list[str]:
    return [label.key, label.zh, label.en]


def _label(data: list[str]) -> Label:
    return Label(str(data[0]), str(data[1]), str(data[2]))


def snapshot_json(snapshot: Snapshot) -> str:
    s = snapshot.statistics
    p = s.period
    return json.dumps({
        "format": SNAPSHOT_FORMAT,
        "k": snapshot.k,
        "room_name": snapshot.room_name,
        "narrative": {f.value: snapshot.narrative.text(f) for f in NarrativeField},
        "period": {"kind": p.kind.value, "first": p.first.isoformat(), "last": p.last.isoformat(),
                   "year": p.year, "number": p.number},
        "as_of": s.as_of.isoformat(),
        "tables": [{"id": t.id.value, "unit": t.unit.value, "rows": [_label_json(r) for r in t.rows],
                    "columns": [_label_json(c) for c in t.columns], "cells": [list(r) for r in t.cells],
                    "subject": None if t.subject is None else _label_json(t.subject)} for t in s.tables],
        "values": [{"id": v.id.value, "unit": v.unit.value, "value": v.value} for v in s.values],
        "activities": None if snapshot.activities is None else [_activity_json(a) for a in snapshot.activities],
    }, ensure_ascii=False, sort_keys=True)


def _activity_json(a: ListedActivity) -> dict[str, Any]:
    return {"held_on": a.held_on.isoformat(), "kind": a.kind.value, "title": a.title, "audience": a.audience.value,
            "audience_detail": a.audience_detail, "attendance": a.attendance, "lessons": a.lessons,
            "presenters": list(a.presenters), "outside_presenter": a.outside_presenter}


def _activity(d: dict[str, Any]) -> ListedActivity:
    attendance = d.get("attendance")
    return ListedActivity(date.fromisoformat(d["held_on"]), ActivityKind(d["kind"]), str(d["title"]),
                          Audience(d["audience"]), str(d.get("audience_detail", "")),
                          None if attendance is None else int(attendance), int(d.get("lessons", 0)),
                          tuple(str(n) for n in d.get("presenters", ())), str(d.get("outside_presenter", "")))


def snapshot_from_json(text: str) -> Snapshot:
    data: dict[str, Any] = json.loads(text)
    p = data["period"]
    period = Period(PeriodKind(p["kind"]), date.fromisoformat(p["first"]), date.fromisoformat(p["last"]),
                    int(p["year"]), int(p["number"]))
    tables = tuple(Table(TableId(t["id"]), Unit(t["unit"]), tuple(_label(r) for r in t["rows"]),
                         tuple(_label(c) for c in t["columns"]), tuple(tuple(int(v) for v in r) for r in t["cells"]),
                         None if t["subject"] is None else _label(t["subject"])) for t in data["tables"])
    values = tuple(Value(ValueId(v["id"]), Unit(v["unit"]), v["value"]) for v in data["values"])
    statistics = Statistics(period=period, counsellor_id=None, counsellor_name="",
                            as_of=date.fromisoformat(data["as_of"]), tables=tables, values=values)
    narrative = Narrative(**{f.value: str(data["narrative"].get(f.value, "")) for f in NarrativeField})
    listed = data.get("activities")    # absent from a format 1 snapshot
    activities = None if listed is None else tuple(_activity(a) for a in listed)
    return Snapshot(statistics, int(data["k"]), narrative, str(data["room_name"]), activities)


# -- what is published -------------------------------------------------------------------------------

@dataclass(frozen=True)
class PublishedTable:
    """A table as it leaves the room: text only.

    ``cells`` is rows × columns; ``row_totals`` is empty for a one-column table (its total is
    ``total``); ``column_totals`` is empty for a one-column table too. ``margins_only``: the table's
    cells were left out because their marks alone would single someone out; ``rows`` are then the
    categories of one margin."""
    id: TableId | ScreeningTableId
    unit: Unit
    subject: Label | None
    rows: tuple[Label, ...]
    columns: tuple[Label, ...]
    cells: tuple[tuple[str, ...], ...]
    row_totals: tuple[str, ...]
    column_totals: tuple[str, ...]
    total: str
    k: int
    margins_only: bool = False

    @property
    def suppressed(self) -> bool:
        """Whether anything in it is hidden ("<k" or "x")."""
        marks = (f"<{self.k}", COMPLEMENTARY_MARK)
        texts = [*(c for row in self.cells for c in row), *self.row_totals, *self.column_totals, self.total]
        return any(t in marks for t in texts)

    @property
    def counts(self) -> bool:
        return self.unit.counts


@dataclass(frozen=True)
class PublishedValue:
    id: ValueId
    unit: Unit
    text: str          # "" for nothing to measure


def _texts(values: tuple[Shown, ...], k: int) -> tuple[str, ...]:
    return tuple(published_text(v, k) for v in values)


def _one_dimension(table: Table, rows: tuple[Label, ...], counts: list[int], k: int,
                   margins_only: bool, column: Label | None = None) -> PublishedTable:
    head = column if column is not None else Label(table.unit.value, "", "")
    if not counts:
        return PublishedTable(table.id, table.unit, table.subject, rows, (head,), (), (), (), "0", k, margins_only)
    result = suppress_1d(counts, k)
    if (result.pinned or not _safe_known_total(counts, result, k)) and not margins_only:
        # Every category's count would be read off the marks: the total alone.
        total = suppress_1d([sum(counts)], k)
        return PublishedTable(table.id, table.unit, table.subject, (), (head,), (), (), (),
                              published_text(total.total, k), k, True)
    return PublishedTable(table.id, table.unit, table.subject, rows, (head,),
                          tuple((published_text(c, k),) for c in result.counts), (), (),
                          published_text(result.total, k), k, margins_only)


def _unit_label(unit: Unit) -> Label:
    return Label(unit.value, "", "")


def _publish_table(table: Table, k: int) -> list[PublishedTable]:
    if not table.unit.counts:
        return [PublishedTable(table.id, table.unit, table.subject, table.rows, table.columns,
                               tuple(tuple(str(c) for c in row) for row in table.cells),
                               tuple(str(t) for t in table.row_totals) if len(table.columns) > 1 else (),
                               tuple(str(t) for t in table.column_totals) if len(table.columns) > 1 else (),
                               str(table.total), k)]
    if len(table.columns) == 1:
        return [_one_dimension(table, table.rows, [row[0] for row in table.cells], k, False, table.columns[0])]
    if not table.rows:
        return [PublishedTable(table.id, table.unit, table.subject, (), table.columns, (), (),
                               tuple("0" for _ in table.columns), "0", k)]
    result = suppress_2d([list(row) for row in table.cells], k)
    if not result.pinned and _safe_known_margins(table, result, k):
        return [PublishedTable(table.id, table.unit, table.subject, table.rows, table.columns,
                               tuple(_texts(row, k) for row in result.cells), _texts(result.row_totals, k),
                               _texts(result.column_totals, k), published_text(result.grand_total, k), k)]
    # The cells would single someone out: the margins, each as a table of its own.
    unit = _unit_label(table.unit)
    published = []
    for labels, counts in ((table.rows, list(table.row_totals)), (table.columns, list(table.column_totals))):
        margin = suppress_1d(counts, k)
        if not margin.pinned and _safe_known_total(counts, margin, k):
            published.append(_margin(table, labels, margin.counts, margin.total, k, unit))
    if not published:
        total = suppress_1d([table.total], k)
        published.append(PublishedTable(table.id, table.unit, table.subject, (), (unit,), (), (), (),
                                        published_text(total.total, k), k, True))
    return published


# The other tables of a report print the totals this one may hide: every visits table has the
# visits' total, the students' visits are a row of the client types, the two grade tables share the
# grades' totals. So a table is published only if its hidden cells stay protected even when all
# its margins are known; otherwise its margins alone (each checked with its total known), or its
# total alone.

def _protected(mark: Shown, found: Range, k: int) -> bool:
    if mark == PRIMARY:
        return found.low <= 1 and (found.high is None or found.high >= k - 1)
    return found.high is None or found.high > found.low


def _safe_known_total(counts: list[int], result: Suppressed1D, k: int) -> bool:
    if not isinstance(result.total, Hidden):
        return True
    known = Suppressed1D(k, result.counts, sum(counts))
    return all(_protected(result.counts[i], found, k) for i, found in audit_1d(counts, known).items())


def _safe_known_margins(table: Table, result: Suppressed2D, k: int) -> bool:
    hidden_margin = any(isinstance(v, Hidden) for v in (*result.row_totals, *result.column_totals,
                                                         result.grand_total))
    if not hidden_margin:
        return True
    known = Suppressed2D(k, result.cells, table.row_totals, table.column_totals, table.total)
    cells = [list(row) for row in table.cells]
    return all(_protected(result.cells[r][c], found, k) for (r, c), found in audit_2d(cells, known).items())


def _margin(table: Table, labels: tuple[Label, ...], counts: tuple[Shown, ...], total: Shown, k: int,
            unit: Label) -> PublishedTable:
    return PublishedTable(table.id, table.unit, table.subject, labels, (unit,),
                          tuple((published_text(c, k),) for c in counts), (), (), published_text(total, k), k, True)


def _publish_value(value: Value, k: int) -> PublishedValue:
    if value.value is None:
        return PublishedValue(value.id, value.unit, "")
    if value.unit.counts and isinstance(value.value, int) and 0 < value.value < k:
        return PublishedValue(value.id, value.unit, f"<{k}")
    return PublishedValue(value.id, value.unit, str(value.value))


@dataclass(frozen=True)
class Reached:
    """Whom a row of the list reached: an audience and its words; ``classes`` > 1 when ``detail`` is a
    grade and that many of its classes were reached (初一 12 个班)."""
    audience: Audience
    detail: str
    classes: int = 0


@dataclass(frozen=True)
class PublishedActivity:
    """A row of the activities list as it leaves the room: one activity, or in a term or year report
    every session of one kind and title (``sessions`` of them from ``first`` to ``last``). Its
    attendance is text: the sum of the counted sessions' attendance (人次), "<k", "x", ``HELD_BACK``, or
    "" when none was counted."""
    first: date
    last: date
    sessions: int
    kind: ActivityKind
    title: str
    reached: tuple[Reached, ...]
    attendance: str
    lessons: int
    presenters: tuple[str, ...]
    outside_presenters: tuple[str, ...]


#: An attendance left out because, with its kind's total in the figures, any mark would give it away.
HELD_BACK = "*"

# 初二(3)班, 初二（3）班, 初二3班, 七年级(12)班: a grade's class by number. Other words stay as typed.
_CLASS = re.compile(r"^(?P<grade>.*?\D)\s*(?:[（(]\s*(?P<bracketed>\d{1,2})\s*[)）]|(?P<plain>\d{1,2}))\s*班$")


def groups_activities(period: Period) -> bool:
    """Whether a report of ``period`` lists recurring activities as one row each (a term or a year:
    a term has hundreds of lessons) rather than every entry (a month)."""
    return period.kind in (PeriodKind.TERM, PeriodKind.YEAR)


def _reached(entries: list[ListedActivity]) -> tuple[Reached, ...]:
    words = dict.fromkeys((a.audience, a.audience_detail) for a in entries)
    classes: dict[str, set[int]] = {}
    for audience, detail in words:
        found = _CLASS.match(detail) if audience is Audience.CLASS else None
        if found:
            classes.setdefault(found["grade"].strip(), set()).add(int(found["bracketed"] or found["plain"]))
    out: list[Reached] = []
    done: set[str] = set()
    for audience, detail in words:
        found = _CLASS.match(detail) if audience is Audience.CLASS else None
        grade = found["grade"].strip() if found else ""
        if found and len(classes[grade]) > 1:
            if grade not in done:
                done.add(grade)
                out.append(Reached(audience, grade, len(classes[grade])))
            continue
        out.append(Reached(audience, detail))

    def grade_of(r: Reached) -> str:
        found = _CLASS.match(r.detail) if r.audience is Audience.CLASS and not r.classes else None
        return found["grade"].strip() if found else r.detail

    order = list(Audience)
    return tuple(sorted(out, key=lambda r: (order.index(r.audience), grade_sort_key(grade_of(r))
                                            if r.audience in (Audience.CLASS, Audience.GRADE) else (0, 0, ""))))


def _attendance_texts(items: list[tuple[ActivityKind, int | None]], k: int) -> list[str]:
    """Each row's attendance as published, suppressed per kind with the kind's total known (the
    figures print it): the kind's rows are a one-dimensional table; if no marks protect its small
    counts with the total known, each is "<k" when the total is small too (the figures print it as
    "<k"), else none of the kind's rows prints its attendance (``HELD_BACK``)."""
    texts = ["" if n is None else str(n) for _, n in items]
    for kind in ActivityKind:
        where = [i for i, (of, n) in enumerate(items) if of is kind and n is not None]
        counts = [int(items[i][1] or 0) for i in where]
        if not any(0 < c < k for c in counts):
            continue
        result = suppress_1d(counts, k)
        shown: tuple[Shown, ...] = result.counts
        if result.pinned or not _safe_known_total(counts, result, k):
            if sum(counts) >= k:
                for i in where:
                    texts[i] = HELD_BACK
                continue
            # A small total prints as "<k" in the figures too: marks tell nothing it does not.
            shown = tuple(PRIMARY if c else 0 for c in counts)
        for i, cell in zip(where, shown):
            texts[i] = published_text(cell, k)
    return texts


def publish_activities(activities: tuple[ListedActivity, ...], k: int, *,
                       grouped: bool = False) -> tuple[PublishedActivity, ...]:
    """The activities list with attendance suppressed; ``grouped``: the entries of one kind and title
    as one row, in the order of their first session (a row's attendance is then its sessions' sum,
    suppressed as one count: the kind's total is the same sum either way)."""
    k = validate_k(k)
    rows: dict[object, list[ListedActivity]] = {}
    for index, a in enumerate(activities):
        rows.setdefault((a.kind, a.title) if grouped else index, []).append(a)
    items = []
    for entries in rows.values():
        counted = [a.attendance for a in entries if a.attendance is not None]
        items.append((entries[0].kind, sum(counted) if counted else None))
    texts = _attendance_texts(items, k)
    return tuple(PublishedActivity(
        min(a.held_on for a in entries), max(a.held_on for a in entries), len(entries), entries[0].kind,
        entries[0].title, _reached(entries), text, sum(a.lessons for a in entries),
        tuple(dict.fromkeys(n for a in entries for n in a.presenters)),
        tuple(dict.fromkeys(a.outside_presenter for a in entries if a.outside_presenter)))
        for entries, text in zip(rows.values(), texts))


@dataclass(frozen=True)
class Publication:
    """Everything of a report's figures that may leave the room. ``activities`` None: a report
    signed before reports listed them."""
    period: Period
    as_of: date
    k: int
    tables: tuple[PublishedTable, ...]
    values: tuple[PublishedValue, ...]
    activities: tuple[PublishedActivity, ...] | None = None

    def tables_of(self, table_id: TableId) -> tuple[PublishedTable, ...]:
        return tuple(t for t in self.tables if t.id is table_id)


def publish(statistics: Statistics, k: int, activities: tuple[ListedActivity, ...] | None = None) -> Publication:
    """The figures and the activities list with small-cell suppression applied (see the module's docstring)."""
    k = validate_k(k)
    tables: list[PublishedTable] = []
    for table in statistics.tables:
        tables += _publish_table(table, k)
    values = tuple(_publish_value(v, k) for v in statistics.values)
    listed = None if activities is None else publish_activities(activities, k,
                                                                grouped=groups_activities(statistics.period))
    return Publication(statistics.period, statistics.as_of, k, tuple(tables), values, listed)


def published_number(text: str) -> int | None:
    """A published cell as a number for a chart; None when it is hidden ("<k", "x")."""
    return int(text) if text.isdigit() else None
