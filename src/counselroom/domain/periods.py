"""Reporting periods (统计周期): a month, a term (上学期 / 下学期), a school year (学年), or any range of days.

The room reports upward by month (月度工作报告), by term (学期工作总结) and by school year (学年报告)
(issue 16). A period is a run of whole days, first and last included, on the room's wall-clock
calendar, the calendar every date people type is on.

**Terms are a supervisor setting** (:class:`TermMonths`): the months each term runs, first and
last included. The defaults are the usual Chinese school year: 上学期 September to January, 下学期
February to July. The school year starts with the first term's first month and runs twelve months
(September to August by default), so the months after the second term (August by default, the
summer holidays) belong to the school year and to no term, and a term report leaves out what
happened in them; the year report counts it.

**Headless forms** (``admin report --period``): ``2026-11`` (a month), ``2026-2027-1`` and
``2026-2027-2`` (the first and second term of the school year that starts in 2026), ``2026-2027``
(that school year), and ``2026-11-03..2026-11-20`` (any range of days). :meth:`Period.code`
writes a period back in the same form.

No Qt, no SQL, no clock: whoever asks "which term is today in" passes today.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from enum import Enum

from counselroom.domain.errors import ValidationError

YEAR_MIN = 2000
YEAR_MAX = 2100
#: The first term opens the school year in the second half of the calendar year, so a school year
#: runs across two calendar years and "2026-2027" names it unambiguously.
FIRST_TERM_START_MONTHS = range(7, 13)

_MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December")
_TERM_ZH = ("上学期", "下学期")
_TERM_EN = ("first term", "second term")


def _english(lang: str) -> bool:
    # The same rule as counselroom.domain.labels.english (which imports this module's neighbours).
    return lang.lower().startswith("en")


class PeriodKind(str, Enum):
    MONTH = "month"
    TERM = "term"
    YEAR = "year"      # a school year (学年)
    RANGE = "range"    # any run of days


@dataclass(frozen=True)
class TermMonths:
    """The months of the two terms, first and last month of each included (the supervisor's setting).

    The school year begins with ``first_start`` and runs twelve months; the second term follows the
    first within it. Months not in either term (holidays) belong to the school year only."""

    first_start: int = 9
    first_end: int = 1
    second_start: int = 2
    second_end: int = 7

    def offset(self, month: int) -> int:
        """How many months into the school year ``month`` is (0: the first term's first month)."""
        return (month - self.first_start) % 12

    def term_offsets(self, number: int) -> tuple[int, int]:
        """First and last month of term ``number`` (1 or 2) as offsets into the school year."""
        if number == 1:
            return 0, self.offset(self.first_end)
        return self.offset(self.second_start), self.offset(self.second_end)


DEFAULT_TERMS = TermMonths()


def validate_terms(terms: TermMonths) -> TermMonths:
    """Refuse term months that do not describe one school year with two terms in order."""
    months = (terms.first_start, terms.first_end, terms.second_start, terms.second_end)
    if any(isinstance(m, bool) or not isinstance(m, int) or not 1 <= m <= 12 for m in months):
        raise ValidationError("terms", "terms.order")
    if terms.first_start not in FIRST_TERM_START_MONTHS:
        raise ValidationError("terms", "terms.first_start")
    first_end = terms.offset(terms.first_end)
    second_start, second_end = terms.term_offsets(2)
    if not first_end < second_start <= second_end:
        raise ValidationError("terms", "terms.order")
    return terms


def _month_at(start_year: int, terms: TermMonths, offset: int) -> tuple[int, int]:
    """(year, month) of the month ``offset`` months into the school year starting in ``start_year``."""
    index = terms.first_start - 1 + offset
    return start_year + index // 12, index % 12 + 1


def _month_last(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


@dataclass(frozen=True)
class Period:
    """Whole days from ``first`` to ``last``, both included.

    ``year`` and ``number`` name it: a month's calendar year and month (1–12); a term's school year
    (the calendar year it starts in) and the term (1 上学期, 2 下学期); a school year's starting
    year (``number`` 0); a range has neither (0, 0)."""

    kind: PeriodKind
    first: date
    last: date
    year: int = 0
    number: int = 0

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    @property
    def after(self) -> date:
        """The day after the period (for half-open comparisons)."""
        return self.last + timedelta(days=1)

    def contains(self, day: date) -> bool:
        return self.first <= day <= self.last

    def each_day(self) -> list[date]:
        return [self.first + timedelta(days=n) for n in range(self.days)]

    @property
    def code(self) -> str:
        """The period as the headless commands write it: ``2026-11``, ``2026-2027-1``, ``2026-2027``,
        ``2026-11-03..2026-11-20``."""
        if self.kind is PeriodKind.MONTH:
            return f"{self.year:04d}-{self.number:02d}"
        if self.kind is PeriodKind.TERM:
            return f"{self.year:04d}-{self.year + 1:04d}-{self.number}"
        if self.kind is PeriodKind.YEAR:
            return f"{self.year:04d}-{self.year + 1:04d}"
        return f"{self.first.isoformat()}..{self.last.isoformat()}"

    def label(self, lang: str) -> str:
        """"2026年11月" / "November 2026", "2026–2027学年 上学期" / "2026–2027, first term", …"""
        en = _english(lang)
        years = f"{self.year}–{self.year + 1}"
        if self.kind is PeriodKind.MONTH:
            return f"{_MONTHS_EN[self.number - 1]} {self.year}" if en else f"{self.year}年{self.number}月"
        if self.kind is PeriodKind.TERM:
            return f"{years}, {_TERM_EN[self.number - 1]}" if en else f"{years}学年 {_TERM_ZH[self.number - 1]}"
        if self.kind is PeriodKind.YEAR:
            return f"School year {years}" if en else f"{years}学年"
        if en:
            return f"{self.first.isoformat()} to {self.last.isoformat()}"
        return f"{self.first.isoformat()} 至 {self.last.isoformat()}"

    def months(self) -> tuple[Period, ...]:
        """Every calendar month the period has a day in, in order (a term: exactly its months)."""
        found = []
        year, month = self.first.year, self.first.month
        while date(year, month, 1) <= self.last:
            found.append(month_period(year, month))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return tuple(found)


# -- making periods -----------------------------------------------------------------------------------

def _check_year(year: int) -> int:
    if isinstance(year, bool) or not isinstance(year, int) or not YEAR_MIN <= year <= YEAR_MAX:
        raise ValidationError("period", "period.format", text=str(year))
    return year


def month_period(year: int, month: int) -> Period:
    _check_year(year)
    if isinstance(month, bool) or not isinstance(month, int) or not 1 <= month <= 12:
        raise ValidationError("period", "period.format", text=f"{year}-{month}")
    return Period(PeriodKind.MONTH, date(year, month, 1), _month_last(year, month), year, month)


def term_period(start_year: int, number: int, terms: TermMonths = DEFAULT_TERMS) -> Period:
    """Term ``number`` (1 上学期, 2 下学期) of the school year that starts in ``start_year``."""
    _check_year(start_year)
    if number not in (1, 2):
        raise ValidationError("period", "period.format", text=f"{start_year}-{start_year + 1}-{number}")
    low, high = terms.term_offsets(number)
    first_year, first_month = _month_at(start_year, terms, low)
    last_year, last_month = _month_at(start_year, terms, high)
    return Period(PeriodKind.TERM, date(first_year, first_month, 1), _month_last(last_year, last_month),
                  start_year, number)


def year_period(start_year: int, terms: TermMonths = DEFAULT_TERMS) -> Period:
    """The school year (学年) that starts in ``start_year``: twelve months from the first term's first."""
    _check_year(start_year)
    last_year, last_month = _month_at(start_year, terms, 11)
    return Period(PeriodKind.YEAR, date(start_year, terms.first_start, 1), _month_last(last_year, last_month),
                  start_year)


def range_period(first: date, last: date) -> Period:
    if last < first:
        raise ValidationError("period", "period.range")
    _check_year(first.year)
    _check_year(last.year)
    return Period(PeriodKind.RANGE, first, last)


def school_year_of(day: date, terms: TermMonths = DEFAULT_TERMS) -> int:
    """The year the school year holding ``day`` starts in."""
    return day.year if day.month >= terms.first_start else day.year - 1


def containing(kind: PeriodKind, day: date, terms: TermMonths = DEFAULT_TERMS) -> Period | None:
    """The month, term or school year ``day`` is in. None for a term when ``day`` is in the holidays
    between the second term and the next first one (August by default); a range is never implied."""
    if kind is PeriodKind.MONTH:
        return month_period(day.year, day.month)
    start_year = school_year_of(day, terms)
    if kind is PeriodKind.YEAR:
        return year_period(start_year, terms)
    if kind is PeriodKind.TERM:
        offset = terms.offset(day.month)
        for number in (1, 2):
            low, high = terms.term_offsets(number)
            if low <= offset <= high:
                return term_period(start_year, number, terms)
        return None
    raise ValueError(f"no {kind.value} is implied by a day")


def latest(kind: PeriodKind, day: date, terms: TermMonths = DEFAULT_TERMS) -> Period:
    """The period of ``kind`` holding ``day``; for a term in the holidays, the term that ended last
    (what a page or a report offers first in August: the term just over)."""
    found = containing(kind, day, terms)
    if found is not None:
        return found
    year = school_year_of(day, terms)
    ended = [term_period(y, n, terms) for y in (year - 1, year) for n in (1, 2)]
    return max((t for t in ended if t.last < day), key=lambda t: t.last)


def shifted(period: Period, steps: int, terms: TermMonths = DEFAULT_TERMS) -> Period:
    """The period ``steps`` periods of the same kind later (earlier if negative): the next month, the
    next term (上学期 → 下学期 → next year's 上学期), the next school year, or the range of the same
    length right after."""
    if period.kind is PeriodKind.MONTH:
        index = period.year * 12 + period.number - 1 + steps
        return month_period(index // 12, index % 12 + 1)
    if period.kind is PeriodKind.TERM:
        index = period.year * 2 + period.number - 1 + steps
        return term_period(index // 2, index % 2 + 1, terms)
    if period.kind is PeriodKind.YEAR:
        return year_period(period.year + steps, terms)
    move = timedelta(days=period.days * steps)
    return range_period(period.first + move, period.last + move)


def previous_period(period: Period, terms: TermMonths = DEFAULT_TERMS) -> Period:
    return shifted(period, -1, terms)


def next_period(period: Period, terms: TermMonths = DEFAULT_TERMS) -> Period:
    return shifted(period, 1, terms)


# -- the headless forms --------------------------------------------------------------------------------

_MONTH_RE = re.compile(r"(\d{4})-(\d{1,2})")
_YEAR_RE = re.compile(r"(\d{4})-(\d{4})(?:-(\d))?")
_RANGE_RE = re.compile(r"(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})")


def parse_period(text: str, terms: TermMonths = DEFAULT_TERMS) -> Period:
    """``2026-11``, ``2026-2027-1``, ``2026-2027-2``, ``2026-2027`` or ``2026-11-03..2026-11-20``."""
    cleaned = (text or "").strip().replace("–", "-").replace("—", "-")
    if found := _MONTH_RE.fullmatch(cleaned):
        return month_period(int(found.group(1)), int(found.group(2)))
    if found := _YEAR_RE.fullmatch(cleaned):
        start, end, term = int(found.group(1)), int(found.group(2)), found.group(3)
        if end != start + 1:
            raise ValidationError("period", "period.format", text=text.strip())
        return year_period(start, terms) if term is None else term_period(start, int(term), terms)
    if found := _RANGE_RE.fullmatch(cleaned):
        try:
            first, last = date.fromisoformat(found.group(1)), date.fromisoformat(found.group(2))
        except ValueError:
            raise ValidationError("period", "period.format", text=text.strip()) from None
        return range_period(first, last)
    raise ValidationError("period", "period.format", text=(text or "").strip())
