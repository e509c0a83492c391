"""The room's statistics (统计) for a period, as tables and single values (issue 16 §1).

One result, :class:`Statistics`, feeds every view of the figures: the statistics page's charts and
table views, the monthly, term and year report PDFs, and the Excel workbook. So the figures are
data, not text:

- A :class:`Table` is a rows × columns grid of integers with a :class:`Label` (Chinese and English
  words, and a stable ``key``) for every row and column. A table whose :class:`Unit` counts people
  or events (``unit.counts``) is a proper cross-tab: every row and every column is a category of one
  dimension and nobody is in two cells, so row totals, column totals and the grand total mean what
  they say. That is what ``domain.suppression`` takes (``table.cells`` as the 2-D integer table)
  before anything leaves the room. A one-dimensional figure is a table with one column, headed
  with its unit. Rows and columns of an enum are all its members in the enum's order, present or
  not, so the same table of two periods lines up cell for cell (periods shown side by side).
- A :class:`Value` is one number: a count (clients seen), or a measure (median days, minutes).

What each figure counts, and over which records, is written where it is computed
(``services/statistics.py``). No Qt, no SQL.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from counselroom.domain.periods import Period


def _english(lang: str) -> bool:
    # The rule of counselroom.domain.labels.english (which imports this module for the enums' words).
    return lang.lower().startswith("en")


class Section(str, Enum):
    """The parts of the statistics page and of a report, in their order."""
    VISITS = "visits"
    CASES = "cases"
    CRISES = "crises"
    REGISTER = "register"            # the attention register (重点关注, R20)
    REFERRALS = "referrals"
    TESTS = "tests"
    SCREENING = "screening"          # screening campaigns' sheets and interviews (心理普查, R19)
    DUTY = "duty"
    ACTIVITIES = "activities"        # the activities log (R22): lessons, talks, training, campaigns


class Unit(str, Enum):
    """What a table's cells or a value count or measure."""
    SESSIONS = "sessions"            # signed visit records (次)
    ATTENDANCES = "attendances"      # people present at sessions (人次)
    PEOPLE = "people"                # different people (人)
    CASES = "cases"
    APPOINTMENTS = "appointments"
    CRISES = "crises"
    STEPS = "steps"                  # crisis steps
    REFERRALS = "referrals"
    TESTS = "tests"
    DAYS = "days"
    WEEKS = "weeks"
    MINUTES = "minutes"
    SCORE = "score"                  # a mean rating (satisfaction, 1–5)
    ACTIVITIES = "activities"        # entries of the activities log (次)
    LESSONS = "lessons"              # 课时 (class periods) of activities
    SHEETS = "sheets"                # screening answer sheets (份): one per student and scale
    INTERVIEWS = "interviews"        # screening interviews held (约谈)

    @property
    def counts(self) -> bool:
        """Whether the number counts people or their records (so a small one may single a child out
        and is suppressed before it leaves the room), rather than measuring time or a rating."""
        # An activity is the room's own event and names nobody, and 课时 measure time; the people
        # who came to one are counted (ATTENDANCES) like any other attendance.
        return self not in (Unit.DAYS, Unit.WEEKS, Unit.MINUTES, Unit.SCORE, Unit.ACTIVITIES, Unit.LESSONS)


class TableId(str, Enum):
    VISITS_BY_KIND = "visits_by_kind"                      # rows VisitKind
    VISITS_BY_MONTH = "visits_by_month"                    # rows months, columns VisitKind (the stacked bars)
    VISITS_BY_CLIENT_TYPE = "visits_by_client_type"        # rows ClientType
    VISITS_BY_GRADE_SEX = "visits_by_grade_sex"            # students: rows grades, columns Gender
    VISITS_BY_CATEGORY = "visits_by_category"              # rows ProblemCategory (the case's)
    VISITS_BY_GRADE_CATEGORY = "visits_by_grade_category"  # students: rows grades, columns ProblemCategory
    FIRST_AND_FOLLOW_UP = "first_and_follow_up"            # rows VisitOrder
    APPOINTMENTS_BY_STATUS = "appointments_by_status"      # rows AppointmentStatus
    CASES_OPENED_BY_CATEGORY = "cases_opened_by_category"  # rows ProblemCategory
    CASE_OUTCOMES = "case_outcomes"                        # cases closed: rows Outcome
    SATISFACTION = "satisfaction"                          # cases closed: rows 1–5 and not recorded
    CRISES_OPENED_BY_LEVEL = "crises_opened_by_level"      # rows RiskLevel (low, medium, high)
    CRISES_CLOSED_BY_LEVEL = "crises_closed_by_level"      # rows RiskLevel
    CRISIS_STEPS_OVERDUE = "crisis_steps_overdue"          # rows CrisisStep
    REFERRALS_BY_STATUS = "referrals_by_status"            # rows ReferralStatus
    REFERRALS_BY_DESTINATION = "referrals_by_destination"  # rows DestinationKind, columns ReferralStatus
    TESTS_BY_SCALE = "tests_by_scale"                      # rows scales
    TEST_BANDS = "test_bands"                              # one per scale (``subject``): rows its bands
    DUTY_BY_WEEK = "duty_by_week"                          # rows weeks (Mondays), minutes open
    ACTIVITIES_BY_KIND = "activities_by_kind"              # rows ActivityKind
    ACTIVITY_ATTENDANCE_BY_KIND = "activity_attendance_by_kind"  # rows ActivityKind, people who came (人次)
    ACTIVITY_LESSONS_BY_KIND = "activity_lessons_by_kind"  # rows ActivityKind, 课时
    ACTIVITIES_BY_MONTH = "activities_by_month"            # rows months, columns ActivityKind (stacked bars)
    REGISTER_OPEN_BY_LEVEL = "register_open_by_level"      # students on the register at the period's end
    REGISTER_OPEN_BY_SOURCE = "register_open_by_source"    # the same students by where their entry came from
    REGISTER_ADDED_BY_LEVEL = "register_added_by_level"    # entries added in the period, by their first level
    REGISTER_ADDED_BY_SOURCE = "register_added_by_source"
    SCREENED_BY_GRADE = "screened_by_grade"                # students with a sheet entered in the period
    SCREENING_SHEETS_BY_GRADE = "screening_sheets_by_grade"  # rows grades, columns SheetValidity
    SCREENING_POSITIVES_BY_GRADE = "screening_positives_by_grade"  # students the sheets put on the list to interview
    SCREENING_INTERVIEWS = "screening_interviews"          # interviews held: rows InterviewOutcome, not recorded

    @property
    def section(self) -> Section:
        return _TABLE_SECTIONS[self]


class ValueId(str, Enum):
    CLIENTS_SEEN = "clients_seen"                  # different clients with a signed visit
    NEW_CLIENTS = "new_clients"                    # clients whose first case opened in the period
    GROUP_ATTENDANCE = "group_attendance"          # people at group sessions (人次)
    UNSIGNED_DRAFTS = "unsigned_drafts"            # visit drafts dated in the period, not signed yet
    SATISFACTION_MEAN = "satisfaction_mean"        # of the ratings recorded at closing
    MEDIAN_DAYS_TO_CLOSE = "median_days_to_close"  # crises closed in the period
    FEEDBACK_OVERDUE = "feedback_overdue"          # referrals still awaiting feedback after their follow-up day
    DUTY_MINUTES = "duty_minutes"                  # the room open, within the period
    MIN_WEEKLY_MINUTES = "min_weekly_minutes"      # the room's minimum a week (R11)
    WEEKS_BELOW_MINIMUM = "weeks_below_minimum"    # weeks of the table so far, short of it
    OPENING_DAYS = "opening_days"                  # days someone was on duty
    MISSED_CLOSINGS = "missed_closings"            # open days without a signed closing checklist

    @property
    def section(self) -> Section:
        return _VALUE_SECTIONS[self]


class ScreeningTableId(str, Enum):
    """The tables of one screening campaign's summary (心理普查, issue 17 §1), made by
    ``services/screening.py`` for a campaign: not a period's figures, so in no section of the statistics
    page or a work report. Rows are grades, or classes ("初二 3班"); each student is in one cell."""
    RESULTS_BY_GRADE = "screening_results_by_grade"      # one per scale (``subject``): columns SheetState
    RESULTS_BY_CLASS = "screening_results_by_class"      # one per scale (``subject``): columns SheetState
    FOLLOW_UP_BY_GRADE = "screening_follow_up_by_grade"  # the students to interview: columns FollowUpState
    FOLLOW_UP_BY_CLASS = "screening_follow_up_by_class"

    @property
    def section(self) -> None:
        return None


class VisitOrder(str, Enum):
    """A signed visit is the case's first (初访) or a follow-up (复访)."""
    FIRST = "first"
    FOLLOW_UP = "follow_up"


class SheetValidity(str, Enum):
    """A screening sheet counts (valid) or a validity rule of its scale voided it."""
    VALID = "valid"
    INVALID = "invalid"


class Blank(str, Enum):
    """A row for records where the field was left empty (no grade, no satisfaction rating, an interview
    without its outcome yet)."""
    NOT_RECORDED = "not_recorded"


_TABLE_SECTIONS = {
    **{t: Section.VISITS for t in (TableId.VISITS_BY_KIND, TableId.VISITS_BY_MONTH, TableId.VISITS_BY_CLIENT_TYPE,
                                   TableId.VISITS_BY_GRADE_SEX, TableId.VISITS_BY_CATEGORY,
                                   TableId.VISITS_BY_GRADE_CATEGORY, TableId.FIRST_AND_FOLLOW_UP,
                                   TableId.APPOINTMENTS_BY_STATUS)},
    **{t: Section.CASES for t in (TableId.CASES_OPENED_BY_CATEGORY, TableId.CASE_OUTCOMES, TableId.SATISFACTION)},
    **{t: Section.CRISES for t in (TableId.CRISES_OPENED_BY_LEVEL, TableId.CRISES_CLOSED_BY_LEVEL,
                                   TableId.CRISIS_STEPS_OVERDUE)},
    TableId.REFERRALS_BY_STATUS: Section.REFERRALS,
    **{t: Section.REGISTER for t in (TableId.REGISTER_OPEN_BY_LEVEL, TableId.REGISTER_OPEN_BY_SOURCE,
                                     TableId.REGISTER_ADDED_BY_LEVEL, TableId.REGISTER_ADDED_BY_SOURCE)},
    TableId.REFERRALS_BY_DESTINATION: Section.REFERRALS,
    TableId.TESTS_BY_SCALE: Section.TESTS,
    TableId.TEST_BANDS: Section.TESTS,
    **{t: Section.SCREENING for t in (TableId.SCREENED_BY_GRADE, TableId.SCREENING_SHEETS_BY_GRADE,
                                      TableId.SCREENING_POSITIVES_BY_GRADE, TableId.SCREENING_INTERVIEWS)},
    TableId.DUTY_BY_WEEK: Section.DUTY,
    **{t: Section.ACTIVITIES for t in (TableId.ACTIVITIES_BY_KIND, TableId.ACTIVITY_ATTENDANCE_BY_KIND,
                                       TableId.ACTIVITY_LESSONS_BY_KIND, TableId.ACTIVITIES_BY_MONTH)},
}

_VALUE_SECTIONS = {
    **{v: Section.VISITS for v in (ValueId.CLIENTS_SEEN, ValueId.NEW_CLIENTS, ValueId.GROUP_ATTENDANCE,
                                   ValueId.UNSIGNED_DRAFTS)},
    ValueId.SATISFACTION_MEAN: Section.CASES,
    ValueId.MEDIAN_DAYS_TO_CLOSE: Section.CRISES,
    ValueId.FEEDBACK_OVERDUE: Section.REFERRALS,
    **{v: Section.DUTY for v in (ValueId.DUTY_MINUTES, ValueId.MIN_WEEKLY_MINUTES, ValueId.WEEKS_BELOW_MINIMUM,
                                 ValueId.OPENING_DAYS, ValueId.MISSED_CLOSINGS)},
}


@dataclass(frozen=True)
class Label:
    """A row's or column's words in both languages, and a key that stays the same across periods and
    languages (an enum's value, a grade as typed, a month "2026-11", a scale's code)."""
    key: str
    zh: str
    en: str

    def text(self, lang: str) -> str:
        return self.en if _english(lang) else self.zh


@dataclass(frozen=True)
class Table:
    id: TableId | ScreeningTableId
    unit: Unit
    rows: tuple[Label, ...]
    columns: tuple[Label, ...]
    cells: tuple[tuple[int, ...], ...]      # len(rows) × len(columns)
    # What the table is about when there is one per thing (TEST_BANDS: the scale).
    subject: Label | None = None

    def __post_init__(self) -> None:
        if len(self.cells) != len(self.rows) or any(len(row) != len(self.columns) for row in self.cells):
            raise ValueError(f"{self.id.value}: cells do not match {len(self.rows)} rows × {len(self.columns)} columns")

    @property
    def section(self) -> Section | None:
        return self.id.section

    @property
    def row_totals(self) -> tuple[int, ...]:
        return tuple(sum(row) for row in self.cells)

    @property
    def column_totals(self) -> tuple[int, ...]:
        return tuple(sum(row[c] for row in self.cells) for c in range(len(self.columns)))

    @property
    def total(self) -> int:
        return sum(self.row_totals)

    def cell(self, row: str, column: str | None = None) -> int:
        """The cell at the row and column with these keys (a one-column table: the row's alone)."""
        r = [label.key for label in self.rows].index(row)
        c = 0 if column is None else [label.key for label in self.columns].index(column)
        return self.cells[r][c]

    def by_row(self) -> dict[str, int]:
        """A one-column table as {row key: count}; a wider one as its row totals."""
        return {label.key: total for label, total in zip(self.rows, self.row_totals)}


@dataclass(frozen=True)
class Value:
    id: ValueId
    unit: Unit
    value: int | float | None               # None: nothing to measure (no crisis closed in the period)

    @property
    def section(self) -> Section:
        return self.id.section


@dataclass(frozen=True)
class Statistics:
    period: Period
    # Whose work: None for the whole room, else one counsellor's (and their name).
    counsellor_id: int | None
    counsellor_name: str
    # The room's date when the figures were read: days after it have no records yet, and "overdue"
    # and "missed" are as of that day.
    as_of: date
    tables: tuple[Table, ...]
    values: tuple[Value, ...]

    def table(self, table_id: TableId, subject: str | None = None) -> Table:
        for table in self.tables:
            if table.id is table_id and (subject is None or (table.subject is not None
                                                             and table.subject.key == subject)):
                return table
        raise KeyError(table_id.value if subject is None else f"{table_id.value}:{subject}")

    def tables_of(self, table_id: TableId) -> tuple[Table, ...]:
        """Every table of that id (one per scale for TEST_BANDS)."""
        return tuple(t for t in self.tables if t.id is table_id)

    def value(self, value_id: ValueId) -> int | float | None:
        for value in self.values:
            if value.id is value_id:
                return value.value
        raise KeyError(value_id.value)

    def has_value(self, value_id: ValueId) -> bool:
        return any(v.id is value_id for v in self.values)

    def section(self, section: Section) -> tuple[tuple[Table, ...], tuple[Value, ...]]:
        return (tuple(t for t in self.tables if t.section is section),
                tuple(v for v in self.values if v.section is section))


# -- row labels that are data, not enums ------------------------------------------------------------------

#: School grades in the order a school lists them; others follow in the order of their text.
GRADE_ORDER = ("一年级", "二年级", "三年级", "四年级", "五年级", "六年级", "七年级", "八年级", "九年级",
               "初一", "初二", "初三", "初四", "高一", "高二", "高三")


def grade_sort_key(grade: str) -> tuple[int, int, str]:
    """Known grades in school order, then other texts, then the empty grade last."""
    if not grade:
        return 2, 0, ""
    if grade in GRADE_ORDER:
        return 0, GRADE_ORDER.index(grade), grade
    return 1, 0, grade


def week_label(monday: date) -> Label:
    """A week by its Monday: "11月23日–29日" / "23–29 Nov" (the month repeated when it changes)."""
    sunday = monday + timedelta(days=6)
    months_en = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    if sunday.month == monday.month:
        zh = f"{monday.month}月{monday.day}日–{sunday.day}日"
        en = f"{monday.day}–{sunday.day} {months_en[monday.month - 1]}"
    else:
        zh = f"{monday.month}月{monday.day}日–{sunday.month}月{sunday.day}日"
        en = f"{monday.day} {months_en[monday.month - 1]} – {sunday.day} {months_en[sunday.month - 1]}"
    return Label(monday.isoformat(), zh, en)
