"""Small-cell suppression (R15, issue 16): no published table lets a reader work out a small count.

The checks do not trust the module's own audit: every hidden value's range is recomputed here, by
brute force over every table for tiny ones and by an integer program (scipy's HiGHS) for the
rest, with the same reading of the marks: "<k" is 1..k−1, "x" is 0 or at least k.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.optimize import Bounds, LinearConstraint, milp

from counselroom.domain.errors import ValidationError
from counselroom.domain.suppression import (
    COMPLEMENTARY,
    PRIMARY,
    Hidden,
    Range,
    Shown,
    Suppressed1D,
    Suppressed2D,
    audit_1d,
    audit_2d,
    published_text,
    suppress_1d,
    suppress_2d,
)

# Pure computation: nothing here reads the clock (CI's pinned-date run leaves it out).
pytestmark = pytest.mark.timeless

# Counts skewed small, as a counselling room's cross-tabs are: most cells need suppressing.
counts = st.sampled_from([0, 0, 0, 1, 1, 2, 3, 4, 5, 6, 7, 9, 12, 20])
ks = st.integers(3, 7)


def tables(max_rows: int, max_columns: int,
           cells: st.SearchStrategy[int] = counts) -> st.SearchStrategy[list[list[int]]]:
    shapes = st.tuples(st.integers(1, max_rows), st.integers(1, max_columns))
    return shapes.flatmap(lambda shape: st.lists(
        st.lists(cells, min_size=shape[1], max_size=shape[1]), min_size=shape[0], max_size=shape[0]))


# --- an independent audit -------------------------------------------------------------------------

def full_grid(rows: Sequence[Sequence[int]]) -> list[list[int]]:
    grid = [[*row, sum(row)] for row in rows]
    return [*grid, [sum(column) for column in zip(*grid, strict=True)]]


def equations_2d(height: int, width: int) -> list[list[tuple[tuple[int, int], int]]]:
    """Rows, columns and the grand total add up, over the grid with its totals."""
    lines = [[*(((i, j), 1) for j in range(width)), ((i, width), -1)] for i in range(height + 1)]
    lines += [[*(((i, j), 1) for i in range(height)), ((height, j), -1)] for j in range(width + 1)]
    return lines


Position = tuple[int, int]


class Reader:
    """What a reader of the published table can tell about one hidden value: its least and
    largest value over every table that reads the same, by integer programming."""

    def __init__(self, values: dict[Position, int], shown: dict[Position, Shown],
                 equations: list[list[tuple[Position, int]]], k: int) -> None:
        hidden = [p for p in values if isinstance(shown[p], Hidden)]
        self.index = {p: n for n, p in enumerate(hidden)}
        # Any value with an upper end is below half of this (the table's equations are unimodular).
        self.big = 4 * sum(values.values()) + 10 * k * len(values) + 100
        rows, self.lower, self.upper = [], [], []
        for line in equations:
            if not any(p in self.index for p, _ in line):
                continue
            row = np.zeros(len(hidden))
            rhs = 0
            for p, coefficient in line:
                if p in self.index:
                    row[self.index[p]] += coefficient
                else:
                    rhs -= coefficient * values[p]
            rows.append(row)
            self.lower.append(rhs)
            self.upper.append(rhs)
        self.matrix = np.array(rows)
        # "<k" is an integer in 1..k−1; "x" a semi-integer variable: 0, or k..big.
        primary = [shown[p] == PRIMARY for p in hidden]
        self.bounds = Bounds([1 if small else k for small in primary],
                             [k - 1 if small else self.big for small in primary])
        self.integrality = [1 if small else 3 for small in primary]

    def end(self, p: Position, up: bool) -> int | None:
        objective = np.zeros(len(self.index))
        objective[self.index[p]] = -1 if up else 1
        constraints = LinearConstraint(self.matrix, self.lower, self.upper) if len(self.matrix) else None
        result = milp(objective, integrality=self.integrality, bounds=self.bounds,
                      constraints=constraints)
        assert result.status == 0, result.message
        value = round(result.x[self.index[p]])
        return None if value > self.big // 2 else value

    def range(self, p: Position) -> Range:
        low = self.end(p, up=False)
        assert low is not None
        return Range(low, self.end(p, up=True))


def grid_of(rows: list[list[int]], published: Suppressed2D) -> tuple[dict, dict]:
    values = {(i, j): v for i, line in enumerate(full_grid(rows)) for j, v in enumerate(line)}
    shown = {(i, j): v for i, line in enumerate(published.grid()) for j, v in enumerate(line)}
    return values, shown


def line_of(counted: list[int], published: Suppressed1D) -> tuple[dict, dict]:
    values = {(0, j): v for j, v in enumerate([*counted, sum(counted)])}
    shown = {(0, j): v for j, v in enumerate([*published.counts, published.total])}
    return values, shown


def everything_hidden(shown: dict[Position, Shown]) -> dict[Position, Shown]:
    """The same small values, every other value and total hidden as "x": the most a table can hide."""
    return {p: PRIMARY if mark == PRIMARY else COMPLEMENTARY for p, mark in shown.items()}


def check_protected(values: dict[Position, int], shown: dict[Position, Shown],
                    equations: list[list[tuple[Position, int]]], k: int,
                    audited: dict[Position, Range], pinned: set[Position]) -> None:
    """No hidden value can be worked out, no small one narrowed beyond what the table forces,
    and the module's own audit says exactly that."""
    for value, mark in zip(values.values(), shown.values(), strict=True):
        if isinstance(mark, Hidden):
            assert (mark == PRIMARY) == (0 < value < k)
        else:
            assert mark == value and not 0 < mark < k
    assert set(audited) == {p for p, mark in shown.items() if isinstance(mark, Hidden)}
    reader = Reader(values, shown, equations, k)
    for p in audited:
        if shown[p] == PRIMARY:
            found = reader.range(p)
            assert found == audited[p], p
            # Even with everything else hidden a table may force a range (a "<5" total over two
            # "<5" cells): that is the best there is, and when it is one value it is pinned.
            best = found
            if found != Range(1, k - 1):
                best = Reader(values, everything_hidden(shown), equations, k).range(p)
            assert found == best, (p, found, best)
            assert found.exact == (p in pinned), p
        else:
            # One end away from the true value is enough to show it cannot be worked out.
            high = reader.end(p, up=True)
            assert high == audited[p].high, p
            if high == values[p]:
                low = reader.end(p, up=False)
                assert low == audited[p].low and low < values[p], p


def brute_force_2d(rows: list[list[int]], published: Suppressed2D, cap: int) -> dict[tuple[int, int], Range]:
    """Every table with hidden cells up to ``cap`` that reads as ``published``; ranges of what is hidden."""
    k = published.k
    shown = published.grid()
    height, width = len(rows), len(rows[0])
    hidden_cells = [(i, j) for i in range(height) for j in range(width) if isinstance(shown[i][j], Hidden)]

    def reads_as(value: int, mark: Shown) -> bool:
        if mark == PRIMARY:
            return 0 < value < k
        if mark == COMPLEMENTARY:
            return value == 0 or value >= k
        return value == mark

    choices = [range(1, k) if shown[i][j] == PRIMARY else [0, *range(k, cap + 1)] for i, j in hidden_cells]
    seen: dict[tuple[int, int], list[int]] = {}
    for guess in itertools.product(*choices):
        table = [list(row) for row in rows]
        for (i, j), value in zip(hidden_cells, guess, strict=True):
            table[i][j] = value
        grid = full_grid(table)
        if all(reads_as(grid[i][j], shown[i][j]) for i in range(height + 1) for j in range(width + 1)):
            for i, j in itertools.product(range(height + 1), range(width + 1)):
                if isinstance(shown[i][j], Hidden):
                    low, high = seen.get((i, j), [grid[i][j], grid[i][j]])
                    seen[(i, j)] = [min(low, grid[i][j]), max(high, grid[i][j])]
    return {p: Range(low, high) for p, (low, high) in seen.items()}


# --- random tables ------------------------------------------------------------------------------

@settings(max_examples=20, deadline=None)
@given(tables(8, 8), ks)
def test_no_suppressed_count_can_be_worked_out_of_a_cross_tab(rows, k):
    published = suppress_2d(rows, k)
    values, shown = grid_of(rows, published)
    check_protected(values, shown, equations_2d(len(rows), len(rows[0])), k,
                    audit_2d(rows, published), set(published.pinned))
    assert suppress_2d([tuple(row) for row in rows], k) == published


@settings(max_examples=30, deadline=None)
@given(st.lists(counts, min_size=0, max_size=10), ks)
def test_no_suppressed_count_can_be_worked_out_of_a_list(counted, k):
    published = suppress_1d(counted, k)
    values, shown = line_of(counted, published)
    audited = {(0, j): found for j, found in audit_1d(counted, published).items()}
    equation = [*(((0, j), 1) for j in range(len(counted))), ((0, len(counted)), -1)]
    check_protected(values, shown, [equation], k, audited, {(0, j) for j in published.pinned})
    assert suppress_1d(tuple(counted), k) == published


@settings(max_examples=30, deadline=None)
@given(tables(2, 2, st.sampled_from([0, 0, 1, 1, 2, 3, 5, 6])), st.integers(3, 4))
def test_brute_force_over_every_tiny_table_agrees(rows, k):
    published = suppress_2d(rows, k)
    cap = sum(map(sum, rows)) + 2 * k
    found = brute_force_2d(rows, published, cap)
    for p, audited in audit_2d(rows, published).items():
        assert found[p].exact == (p in published.pinned)
        assert found[p].low == audited.low
        # The search stops at ``cap``; below it the audit's upper end must be exactly the same.
        assert found[p].high == audited.high or (audited.high is None or audited.high > cap)


# --- by hand --------------------------------------------------------------------------------------

def hidden_positions(published: Suppressed2D) -> set[tuple[int, int]]:
    return {(i, j) for i, line in enumerate(published.grid()) for j, v in enumerate(line)
            if isinstance(v, Hidden)}


def texts(published: Suppressed2D) -> list[list[str]]:
    return [[published_text(v, published.k) for v in line] for line in published.grid()]


def test_one_small_cell_takes_a_partner_in_its_row_and_column_and_a_fourth_cell():
    rows = [[1, 10, 12], [12, 20, 30], [8, 9, 40]]
    published = suppress_2d(rows)
    # The cheapest rectangle: 10 beside it, 8 below it, 9 where they cross; every total stays.
    assert texts(published) == [
        ["<5", "x", "12", "23"],
        ["12", "20", "30", "62"],
        ["x", "x", "40", "57"],
        ["21", "39", "82", "142"],
    ]
    assert audit_2d(rows, published)[(0, 0)] == Range(1, 4)


def test_a_small_row_total_is_hidden_and_protected_like_a_cell():
    rows = [[0, 3, 0], [9, 11, 14], [12, 8, 10]]
    published = suppress_2d(rows)
    assert published.row_totals[0] == PRIMARY and published.cells[0] == (0, PRIMARY, 0)
    ranges = audit_2d(rows, published)
    assert ranges[(0, 1)] == Range(1, 4) and ranges[(0, 3)] == Range(1, 4)
    assert all(not found.exact for found in ranges.values())
    # The small row's total takes another row total with it, never the school's total.
    assert texts(published) == [
        ["0", "<5", "0", "<5"],
        ["9", "11", "14", "34"],
        ["12", "x", "10", "x"],
        ["21", "22", "24", "67"],
    ]


def test_a_single_row_hides_the_column_totals_that_equal_its_cells():
    published = suppress_2d([[2, 7, 9]])
    assert texts(published) == [["<5", "x", "9", "18"], ["<5", "x", "9", "18"]]


def test_grade_by_presenting_problem_of_a_small_school():
    # 初一..初三 × 学业, 人际, 情绪, 家庭, 青春期, 其他 over one term.
    rows = [[14, 9, 6, 3, 1, 2], [17, 11, 8, 5, 0, 1], [26, 7, 12, 4, 2, 0]]
    published = suppress_2d(rows)
    values, shown = grid_of(rows, published)
    check_protected(values, shown, equations_2d(3, 6), 5, audit_2d(rows, published), set())
    # What the report is for survives: every grade's total, every problem's total but the small
    # ones, the term's total. The 3 of 初一·家庭 could be 1 only with 6, 8 and 5 moving along
    # (the cheapest cycle), and the 1 of 初一·青春期 could be 3 only with the 12 as well.
    assert texts(published) == [
        ["14", "9", "x", "<5", "<5", "<5", "35"],
        ["17", "11", "x", "x", "0", "<5", "42"],
        ["26", "7", "x", "<5", "<5", "0", "51"],
        ["57", "27", "26", "12", "<5", "<5", "128"],
    ]
    ranges = audit_2d(rows, published)
    # 青春期 is "<5" in all, with two children in it: neither can be more than 3.
    assert ranges[(0, 4)] == Range(1, 3) and ranges[(3, 4)] == Range(2, 4)


def test_periods_side_by_side_are_suppressed_as_one_table():
    # Problems × September..January with the term's total as the row totals: a small month cannot
    # be had from the term total minus the other months.
    rows = [[6, 8, 1, 7, 9], [10, 12, 11, 9, 14], [5, 6, 7, 8, 6]]
    published = suppress_2d(rows)
    assert published.row_totals == (31, 56, 32)
    ranges = audit_2d(rows, published)
    assert ranges[(0, 2)] == Range(1, 4)
    assert len(hidden_positions(published)) == 4


def test_lists_with_a_total():
    assert suppress_1d([3, 10]) == Suppressed1D(5, (PRIMARY, COMPLEMENTARY), 13)
    # 5 cannot cover 3: "x" is 0 or ≥ 5, so a total of 8 would pin the small one to 1..3.
    assert suppress_1d([3, 5]) == Suppressed1D(5, (PRIMARY, 5), COMPLEMENTARY)
    assert suppress_1d([3, 5, 20]) == Suppressed1D(5, (PRIMARY, 5, COMPLEMENTARY), 28)
    assert suppress_1d([3]) == Suppressed1D(5, (PRIMARY,), PRIMARY)
    assert audit_1d([1, 1, 1], suppress_1d([1, 1, 1])) == {
        0: Range(1, 2), 1: Range(1, 2), 2: Range(1, 2), 3: Range(3, 4)}


def test_the_audit_reads_the_marks_as_a_reader_does():
    # An "x" of 6 beside a "<5" under a total of 7: the "x" is 5 or 6, so the small one 1 or 2.
    assert audit_1d([1, 6], Suppressed1D(5, (PRIMARY, COMPLEMENTARY), 7)) == {
        0: Range(1, 2), 1: Range(5, 6)}
    # A zero can only go up, by k at least: it hides nothing going down beside it.
    assert audit_1d([2, 0, 10], Suppressed1D(5, (PRIMARY, COMPLEMENTARY, 10), 12)) == {
        0: Range(2, 2), 1: Range(0, 0)}
    assert audit_2d([[1, 5], [5, 9]], suppress_2d([[1, 5], [5, 9]]))[(0, 0)] == Range(1, 4)
    with pytest.raises(ValueError):
        audit_1d([1, 6], Suppressed1D(5, (COMPLEMENTARY, PRIMARY), 7))


def test_tables_without_small_counts_come_back_unchanged():
    assert suppress_2d([[0, 0], [0, 0]]) == Suppressed2D(5, ((0, 0), (0, 0)), (0, 0), (0, 0), 0)
    assert suppress_2d([[6, 7], [8, 0]]) == Suppressed2D(5, ((6, 7), (8, 0)), (13, 8), (14, 7), 21)
    assert suppress_1d([]) == Suppressed1D(5, (), 0)
    assert suppress_1d([0, 9, 5]) == Suppressed1D(5, (0, 9, 5), 14)


def test_k_is_three_at_least():
    assert suppress_1d([2, 9, 9], 3) == Suppressed1D(3, (PRIMARY, COMPLEMENTARY, 9), 20)
    for k in (2, 1, 0, -5):
        with pytest.raises(ValidationError) as caught:
            suppress_2d([[1, 2]], k)
        assert caught.value.code == "suppression.k_too_small"
        assert caught.value.params == {"min": 3}


def test_bad_tables_are_refused():
    for rows in ([[1, 2], [3]], [[1, -2]], [[1.5]]):
        with pytest.raises(ValueError):
            suppress_2d(rows)


def test_published_text():
    assert [published_text(v, 5) for v in (0, 12, PRIMARY, COMPLEMENTARY)] == ["0", "12", "<5", "x"]
    assert published_text(PRIMARY, 3) == "<3"
