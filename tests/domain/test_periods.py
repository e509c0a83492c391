"""Reporting periods: months, terms (the supervisor's months), school years, ranges; the headless forms."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from counselroom.domain.errors import ValidationError
from counselroom.domain.periods import (
    DEFAULT_TERMS, PeriodKind, TermMonths, containing, latest, month_period, next_period, parse_period,
    previous_period, range_period, school_year_of, shifted, term_period, validate_terms, year_period,
)

pytestmark = pytest.mark.timeless

# A school whose first term starts in August and whose second term runs to the end of the year:
# no holiday gap (every day of its year is in a term).
NO_GAP = TermMonths(8, 1, 2, 7)
SPRING_LATE = TermMonths(9, 2, 3, 7)


def test_the_headless_forms():
    assert parse_period("2026-11") == month_period(2026, 11)
    month = parse_period("2026-11")
    assert (month.kind, month.first, month.last) == (PeriodKind.MONTH, date(2026, 11, 1), date(2026, 11, 30))
    first = parse_period("2026-2027-1")
    assert (first.kind, first.first, first.last) == (PeriodKind.TERM, date(2026, 9, 1), date(2027, 1, 31))
    second = parse_period("2026-2027-2")
    assert (second.first, second.last) == (date(2027, 2, 1), date(2027, 7, 31))
    year = parse_period("2026-2027")
    assert (year.kind, year.first, year.last) == (PeriodKind.YEAR, date(2026, 9, 1), date(2027, 8, 31))
    days = parse_period("2026-11-03..2026-11-20")
    assert (days.kind, days.first, days.last, days.days) == (PeriodKind.RANGE, date(2026, 11, 3), date(2026, 11, 20), 18)
    assert parse_period(" 2026-2027–1 ") == first        # an en dash, as the labels write it
    assert parse_period("2027-2") == month_period(2027, 2)
    assert parse_period("2028-2").last == date(2028, 2, 29)


@pytest.mark.parametrize("text", ["2026-11", "2026-2027-1", "2026-2027-2", "2026-2027", "2026-11-03..2026-11-20"])
def test_code_writes_the_form_back(text):
    assert parse_period(text).code == text
    assert parse_period(parse_period(text).code) == parse_period(text)


@pytest.mark.parametrize("text", ["", "2026", "2026-13", "2026-0", "2026-2028", "2026-2027-3", "2026-2027-0",
                                  "1999-12", "2101-01", "2026/11", "十一月", "2026-11-31..2026-12-01",
                                  "2026-11-03..", "2026-2027-1-2"])
def test_nonsense_is_refused_with_the_text(text):
    with pytest.raises(ValidationError) as caught:
        parse_period(text)
    assert (caught.value.field, caught.value.code) == ("period", "period.format")


def test_a_range_backwards_is_refused():
    with pytest.raises(ValidationError) as caught:
        parse_period("2026-11-20..2026-11-03")
    assert caught.value.code == "period.range"


def test_labels_in_both_languages():
    assert month_period(2026, 11).label("zh_CN") == "2026年11月"
    assert month_period(2026, 11).label("en") == "November 2026"
    assert term_period(2026, 1).label("zh_CN") == "2026–2027学年 上学期"
    assert term_period(2026, 2).label("zh_CN") == "2026–2027学年 下学期"
    assert term_period(2026, 1).label("en_US") == "2026–2027, first term"
    assert year_period(2026).label("zh_CN") == "2026–2027学年"
    assert year_period(2026).label("en") == "School year 2026–2027"
    assert range_period(date(2026, 11, 3), date(2026, 11, 20)).label("zh_CN") == "2026-11-03 至 2026-11-20"


def test_terms_follow_the_setting():
    assert (term_period(2026, 1, SPRING_LATE).last, term_period(2026, 2, SPRING_LATE).first) == \
        (date(2027, 2, 28), date(2027, 3, 1))
    assert parse_period("2026-2027-2", SPRING_LATE).first == date(2027, 3, 1)
    assert year_period(2026, NO_GAP).first == date(2026, 8, 1)
    assert year_period(2026, NO_GAP).last == date(2027, 7, 31)
    assert [m.code for m in term_period(2026, 1).months()] == ["2026-09", "2026-10", "2026-11", "2026-12", "2027-01"]
    assert [m.code for m in term_period(2026, 2).months()] == [f"2027-0{n}" for n in range(2, 8)]
    assert len(year_period(2026).months()) == 12
    assert [m.code for m in range_period(date(2026, 11, 30), date(2027, 1, 1)).months()] == \
        ["2026-11", "2026-12", "2027-01"]


def test_which_period_holds_a_day():
    assert containing(PeriodKind.TERM, date(2026, 12, 31)) == term_period(2026, 1)
    assert containing(PeriodKind.TERM, date(2027, 1, 31)) == term_period(2026, 1)
    assert containing(PeriodKind.TERM, date(2027, 2, 1)) == term_period(2026, 2)
    assert containing(PeriodKind.TERM, date(2027, 8, 15)) is None            # the summer holidays
    assert containing(PeriodKind.YEAR, date(2027, 8, 15)) == year_period(2026)
    assert containing(PeriodKind.YEAR, date(2027, 9, 1)) == year_period(2027)
    assert containing(PeriodKind.MONTH, date(2028, 2, 29)) == month_period(2028, 2)
    assert containing(PeriodKind.TERM, date(2027, 8, 15), NO_GAP) == term_period(2027, 1, NO_GAP)
    assert school_year_of(date(2027, 1, 5)) == 2026
    # what a page offers first: in the holidays, the term just over
    assert latest(PeriodKind.TERM, date(2027, 8, 15)) == term_period(2026, 2)
    january_off = TermMonths(9, 12, 2, 7)
    assert latest(PeriodKind.TERM, date(2027, 1, 15), january_off) == term_period(2026, 1, january_off)
    assert latest(PeriodKind.TERM, date(2026, 11, 15)) == term_period(2026, 1)
    assert latest(PeriodKind.MONTH, date(2026, 11, 15)) == month_period(2026, 11)
    with pytest.raises(ValueError):
        containing(PeriodKind.RANGE, date(2026, 1, 1))


def test_previous_and_next():
    assert next_period(term_period(2026, 1)) == term_period(2026, 2)
    assert next_period(term_period(2026, 2)) == term_period(2027, 1)
    assert previous_period(term_period(2026, 1)) == term_period(2025, 2)
    assert next_period(month_period(2026, 12)) == month_period(2027, 1)
    assert previous_period(month_period(2027, 1)) == month_period(2026, 12)
    assert next_period(year_period(2026)) == year_period(2027)
    days = range_period(date(2026, 11, 3), date(2026, 11, 20))
    assert next_period(days) == range_period(date(2026, 11, 21), date(2026, 12, 8))
    assert previous_period(days) == range_period(date(2026, 10, 16), date(2026, 11, 2))


def test_the_default_setting_is_the_usual_school_year():
    assert DEFAULT_TERMS == TermMonths(9, 1, 2, 7)
    assert validate_terms(DEFAULT_TERMS) is DEFAULT_TERMS
    assert validate_terms(NO_GAP) is NO_GAP
    assert validate_terms(TermMonths(9, 9, 10, 8)) is not None      # one month, then the rest of the year


@pytest.mark.parametrize("terms, code", [
    (TermMonths(2, 7, 9, 1), "terms.first_start"),      # the school year would start in spring
    (TermMonths(1, 6, 7, 12), "terms.first_start"),
    (TermMonths(9, 2, 2, 7), "terms.order"),            # the terms overlap in February
    (TermMonths(9, 1, 7, 2), "terms.order"),            # the second term runs past the next first term
    (TermMonths(9, 1, 3, 2), "terms.order"),            # ends before it starts
    (TermMonths(9, 1, 2, 9), "terms.order"),            # runs into the next school year's first month
    (TermMonths(9, 13, 2, 7), "terms.order"),
    (TermMonths(9, 1, 0, 7), "terms.order"),
])
def test_nonsense_terms_are_refused(terms, code):
    with pytest.raises(ValidationError) as caught:
        validate_terms(terms)
    assert (caught.value.field, caught.value.code) == ("terms", code)


@st.composite
def term_months(draw):
    """Any valid setting: a start month, then the two terms in order within twelve months."""
    start = draw(st.integers(7, 12))
    first_end = draw(st.integers(0, 9))
    second_start = draw(st.integers(first_end + 1, 10))
    second_end = draw(st.integers(second_start, 11))
    month = lambda offset: (start - 1 + offset) % 12 + 1   # noqa: E731 - a one-line helper
    return TermMonths(start, month(first_end), month(second_start), month(second_end))


DAYS = st.dates(min_value=date(2002, 1, 1), max_value=date(2098, 12, 31))


@settings(max_examples=300, deadline=None)
@given(day=DAYS, terms=term_months())
def test_every_day_is_in_exactly_one_month_and_one_year_and_at_most_one_term(day, terms):
    validate_terms(terms)
    start = school_year_of(day, terms)
    months = [month_period(y, m) for y in (day.year - 1, day.year, day.year + 1) for m in range(1, 13)]
    assert [p for p in months if p.contains(day)] == [containing(PeriodKind.MONTH, day, terms)]
    years = [year_period(y, terms) for y in (start - 1, start, start + 1)]
    assert [p for p in years if p.contains(day)] == [containing(PeriodKind.YEAR, day, terms)]
    terms_around = [term_period(y, n, terms) for y in (start - 1, start, start + 1) for n in (1, 2)]
    holding = [p for p in terms_around if p.contains(day)]
    assert len(holding) <= 1
    assert holding == ([] if containing(PeriodKind.TERM, day, terms) is None
                       else [containing(PeriodKind.TERM, day, terms)])
    recent = latest(PeriodKind.TERM, day, terms)     # the term holding the day, or the one just over
    assert recent.contains(day) or recent.last < day < next_period(recent, terms).first
    # a term is inside its school year; its months cover it exactly, day by day
    for term in holding:
        year = year_period(term.year, terms)
        assert year.first <= term.first <= term.last <= year.last
        assert [d for m in term.months() for d in m.each_day()] == term.each_day()


@settings(max_examples=200, deadline=None)
@given(terms=term_months(), start=st.integers(2002, 2097))
def test_a_school_year_is_its_terms_and_its_holidays(terms, start):
    year, first, second = year_period(start, terms), term_period(start, 1, terms), term_period(start, 2, terms)
    assert year.first == first.first and first.last < second.first and second.last <= year.last
    assert year.days in (365, 366)
    assert next_period(year, terms).first == year.last + timedelta(days=1)
    # terms follow each other: 上学期 → 下学期 → next year's 上学期, and back
    assert next_period(first, terms) == second and next_period(second, terms) == term_period(start + 1, 1, terms)
    assert previous_period(next_period(second, terms), terms) == second
    for period in (year, first, second):
        assert parse_period(period.code, terms) == period
        assert shifted(shifted(period, 3, terms), -3, terms) == period
    if terms.offset(terms.second_end) == 11 and terms.offset(terms.first_end) + 1 == terms.offset(terms.second_start):
        assert first.days + second.days == year.days          # no holidays outside the terms


@settings(max_examples=200, deadline=None)
@given(day=DAYS)
def test_months_follow_each_other_without_gaps(day):
    month = containing(PeriodKind.MONTH, day)
    assert next_period(month).first == month.last + timedelta(days=1)
    assert previous_period(month).last == month.first - timedelta(days=1)
    assert previous_period(next_period(month)) == month
