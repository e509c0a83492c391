"""A quarter's day test compares the column's own text (an index serves it) yet picks exactly the
rows whose first ten characters fall on the quarter's days, as the old substr() test did."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from counselroom.domain.archive import Quarter
from counselroom.storage.quarter_repo import QuarterRepository, _day

QUARTER = Quarter.parse("2026Q3")
PARAMS = QuarterRepository._params(QUARTER)

days = st.dates(min_value=date(2026, 6, 25), max_value=date(2026, 10, 5))
times = st.one_of(st.just(""), st.times().map(lambda t: f"T{t:%H:%M}"), st.times().map(lambda t: f" {t:%H:%M:%S}"))
values = st.one_of(st.none(), st.builds(lambda d, t: d.isoformat() + t, days, times),
                   st.text(alphabet="0123456789-T: ", max_size=16))


def _both(value: str | None) -> tuple[bool, bool]:
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE t (d TEXT)")
    db.execute("INSERT INTO t VALUES (?)", (value,))
    new = db.execute(f"SELECT count(*) FROM t WHERE {_day('d')}", PARAMS).fetchone()[0] == 1
    old = db.execute("SELECT count(*) FROM t WHERE substr(d, 1, 10) BETWEEN :first AND :last", PARAMS).fetchone()[0] == 1
    return new, old


@settings(max_examples=300, deadline=None)
@given(values)
def test_the_day_test_agrees_with_the_first_ten_characters(value) -> None:
    new, old = _both(value)
    assert new == old, value


def test_the_edges_of_the_quarter() -> None:
    first, last = QUARTER.first_day, QUARTER.last_day
    inside = [first.isoformat(), f"{first}T00:00", f"{last}", f"{last}T23:59", f"{last} 23:59:59"]
    outside = [(first - timedelta(days=1)).isoformat() + "T23:59", (last + timedelta(days=1)).isoformat()]
    assert all(_both(v) == (True, True) for v in inside)
    assert all(_both(v) == (False, False) for v in outside)


def test_an_index_on_the_column_is_used() -> None:
    db = sqlite3.connect(":memory:")
    db.execute("CREATE TABLE visits (id INTEGER PRIMARY KEY, visit_date TEXT)")
    db.execute("CREATE INDEX visits_date ON visits (visit_date)")
    plan = " ".join(str(row) for row in db.execute(
        f"EXPLAIN QUERY PLAN SELECT id FROM visits WHERE {_day('visit_date')}", PARAMS))
    assert "USING COVERING INDEX visits_date" in plan or "USING INDEX visits_date" in plan, plan
