"""Small-cell suppression for the tables that leave the room (R15, issue 16).

Everything printed, saved as PDF or exported to Excel is aggregate only, and no child may be
singled out from it. A table is a 1-D list of counts with its total, or a 2-D cross-tab (rows ×
columns) with row totals, column totals and the grand total; periods shown side by side are the
columns of one 2-D table with the period's total as its row totals, so they are suppressed jointly.

**What is published.** A count from 1 to k−1 (*primary*, k a supervisor setting, default 5, never
below 3) is shown as "<k". Margins are counts too: a small total is primary like any cell. Zeros are
shown as 0: they identify nobody. *Complementary* cells are hidden as well, so that no primary can
be worked out from the rest; they are shown as "x" (:data:`COMPLEMENTARY_MARK`): "—" is avoided
because Chinese statistical tables use it for "none", and "x" reads the same in both languages.
:func:`published_text` gives the words; :class:`Reason` says why a value is hidden.

**What a reader knows (the audit's model).** Every published number; that a "<k" value lies in
1..k−1; that an "x" value is 0 or at least k (it would be "<k" otherwise, and zeros chosen as
complementary cells are shown as "x" too); that counts are non-negative integers and that rows,
columns and totals add up. The reader is not assumed to know which cells this algorithm prefers.

**Protected.** The exact audit (:func:`audit_1d`, :func:`audit_2d`) computes, for each hidden
value, its minimum and maximum over every table consistent with that knowledge. A complementary
value is protected when it is not pinned (min < max). A primary value is protected when the table
tells nothing beyond "<k": its audited range equals the range it would have if *every* cell and
total were hidden, which is 1..k−1 unless the table itself forbids it (two small counts under a
total of "<5" cannot both be 4). That is stronger than "max ≥ k or min = 0" (one side only): with
the marks read as above, a small cell next to an "x" of 6 under a published total of 7 would be
narrowed to 1 or 2, and with "<5" printed beside it that is disclosure. The marks alone can give a
value away (four "<5" cells under a "<5" total are 1 each, whatever else is hidden); no hiding
helps there, so such values are listed in ``pinned`` for the report to merge categories or leave
the table out.

**How cells are chosen.** Primaries are hidden first; then each hidden value that is not yet
protected (in table order: rows top to bottom, totals last) gets complementary cells: the cheapest
cycle through it, in the graph of the table, that can move it to the missing end of its range while
every other value on the cycle stays within what its mark allows. Cheapest is fewest totals first,
then the smallest sum of hidden counts, then the fewest cells; ties go to the earlier position, so
the same table always gives the same result. When no single cycle can, the cells of one table that
reaches that end are hidden. Hiding more only widens ranges, so a protected value stays protected
and one pass over the hidden values suffices. An all-zero table, and one without small counts,
come back unchanged.

**The audit itself.** A table with its margins is a circulation: a node per row and per column plus
one for each total line, a cell is flow from its row to its column, a row total from the totals'
column node to its row, a column total from its column to the totals' row node, the grand total
between the two total nodes. The relaxed problem (an "x" anywhere in 0..∞) is a network flow, so its
extremes are integers and come from augmenting paths from the true table; the "0 or ≥ k" of an "x" is
handled by branch and bound on the "x" values the relaxed optimum puts in 1..k−1. Tables of a
counselling room (≤ ~20 × ~15) take milliseconds to a second.
"""

from __future__ import annotations

import heapq
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from typing import TypeAlias

from counselroom.domain.errors import ValidationError

SUPPRESSION_K_DEFAULT = 5
SUPPRESSION_K_MIN = 3
COMPLEMENTARY_MARK = "x"


class Reason(Enum):
    PRIMARY = "primary"              # the count itself is 1..k−1
    COMPLEMENTARY = "complementary"  # hidden so that a primary cannot be worked out


@dataclass(frozen=True)
class Hidden:
    reason: Reason


PRIMARY = Hidden(Reason.PRIMARY)
COMPLEMENTARY = Hidden(Reason.COMPLEMENTARY)
Shown: TypeAlias = int | Hidden


@dataclass(frozen=True)
class Range:
    """What a reader can tell about a hidden value; ``high`` None means no upper bound."""

    low: int
    high: int | None

    @property
    def exact(self) -> bool:
        return self.high == self.low


@dataclass(frozen=True)
class Suppressed1D:
    k: int
    counts: tuple[Shown, ...]
    total: Shown
    # Small values the marks alone give away (see the module's docstring); the total is len(counts).
    pinned: tuple[int, ...] = ()


@dataclass(frozen=True)
class Suppressed2D:
    k: int
    cells: tuple[tuple[Shown, ...], ...]
    row_totals: tuple[Shown, ...]
    column_totals: tuple[Shown, ...]
    grand_total: Shown
    # Small values the marks alone give away, by (row, column) of grid().
    pinned: tuple[tuple[int, int], ...] = ()

    def grid(self) -> tuple[tuple[Shown, ...], ...]:
        """The table as printed: each row with its total, then the column totals and grand total."""
        rows = tuple((*row, total) for row, total in zip(self.cells, self.row_totals, strict=True))
        return (*rows, (*self.column_totals, self.grand_total))


def validate_k(k: int) -> int:
    if isinstance(k, bool) or not isinstance(k, int) or k < SUPPRESSION_K_MIN:
        raise ValidationError("suppression_k", "suppression.k_too_small", min=SUPPRESSION_K_MIN)
    return k


def published_text(cell: Shown, k: int) -> str:
    if isinstance(cell, Hidden):
        return f"<{k}" if cell.reason is Reason.PRIMARY else COMPLEMENTARY_MARK
    return str(cell)


def suppress_1d(counts: Sequence[int], k: int = SUPPRESSION_K_DEFAULT) -> Suppressed1D:
    net = _net_1d(counts)
    status, pinned = _protect(net, validate_k(k))
    shown = _shown(net, status)
    return Suppressed1D(k, tuple(shown[:-1]), shown[-1], tuple(pinned))


def suppress_2d(rows: Sequence[Sequence[int]], k: int = SUPPRESSION_K_DEFAULT) -> Suppressed2D:
    net = _net_2d(rows)
    status, pinned = _protect(net, validate_k(k))
    shown = _shown(net, status)
    width = net.width
    grid = [shown[i * (width + 1):(i + 1) * (width + 1)] for i in range(len(rows) + 1)]
    return Suppressed2D(
        k,
        cells=tuple(tuple(line[:-1]) for line in grid[:-1]),
        row_totals=tuple(line[-1] for line in grid[:-1]),
        column_totals=tuple(grid[-1][:-1]),
        grand_total=grid[-1][-1],
        pinned=tuple(divmod(x, width + 1) for x in pinned),
    )


def audit_1d(counts: Sequence[int], published: Suppressed1D) -> dict[int, Range]:
    """Each hidden value's range, by index; the total is index ``len(counts)``."""
    net = _net_1d(counts)
    ranges = _audit(net, [*published.counts, published.total], published.k)
    return dict(ranges)


def audit_2d(rows: Sequence[Sequence[int]], published: Suppressed2D) -> dict[tuple[int, int], Range]:
    """Each hidden value's range by (row, column) of :meth:`Suppressed2D.grid`: row totals are
    column ``len(columns)``, column totals row ``len(rows)``."""
    net = _net_2d(rows)
    if len(published.cells) != len(rows) or any(len(line) != net.width for line in published.cells):
        raise ValueError("the published table has another shape than the counts")
    flat = [value for line in published.grid() for value in line]
    return {divmod(x, net.width + 1): found for x, found in _audit(net, flat, published.k)}


# --- the table as a circulation ----------------------------------------------------------------

_PUBLISHED, _PRIMARY, _COMPLEMENTARY = 0, 1, 2
_Cost: TypeAlias = tuple[int, int, int]


class _Net:
    """Edges in printed order (row-major over the grid with its totals)."""

    def __init__(self, nodes: int, width: int) -> None:
        self.nodes = nodes
        self.width = width
        self.tails: list[int] = []
        self.heads: list[int] = []
        self.values: list[int] = []
        self.margins: list[bool] = []

    def add(self, tail: int, head: int, value: int, margin: bool) -> None:
        self.tails.append(tail)
        self.heads.append(head)
        self.values.append(value)
        self.margins.append(margin)

    def adjacency(self, edges: Sequence[int]) -> list[list[tuple[int, int]]]:
        # (edge, +1) leaves the tail along the edge, (edge, -1) leaves the head against it.
        adj: list[list[tuple[int, int]]] = [[] for _ in range(self.nodes)]
        for x in edges:
            adj[self.tails[x]].append((x, 1))
            adj[self.heads[x]].append((x, -1))
        return adj


def _count(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValueError(f"a count is a non-negative integer, not {value!r}")
    return value


def _net_1d(counts: Sequence[int]) -> _Net:
    values = [_count(c) for c in counts]
    net = _Net(2, len(values))
    for value in values:
        net.add(0, 1, value, margin=False)
    net.add(1, 0, sum(values), margin=True)
    return net


def _net_2d(rows: Sequence[Sequence[int]]) -> _Net:
    width = len(rows[0]) if rows else 0
    if any(len(row) != width for row in rows):
        raise ValueError("every row of a table has the same number of columns")
    table = [[_count(c) for c in row] for row in rows]
    height = len(table)
    total_row, total_column = height, height + 1 + width   # the two nodes of the total lines
    net = _Net(height + width + 2, width)
    for i, row in enumerate(table):
        for j, value in enumerate(row):
            net.add(i, height + 1 + j, value, margin=False)
        net.add(total_column, i, sum(row), margin=True)
    for j in range(width):
        net.add(height + 1 + j, total_row, sum(row[j] for row in table), margin=True)
    net.add(total_row, total_column, sum(map(sum, table)), margin=True)
    return net


def _shown(net: _Net, status: list[int]) -> list[Shown]:
    marks: dict[int, Shown] = {_PRIMARY: PRIMARY, _COMPLEMENTARY: COMPLEMENTARY}
    return [marks.get(s, v) for s, v in zip(status, net.values, strict=True)]


def _audit(net: _Net, shown: Sequence[Shown], k: int) -> list[tuple[int, Range]]:
    k = validate_k(k)
    if len(shown) != len(net.values):
        raise ValueError("the published table has another shape than the counts")
    status: list[int] = []
    for value, mark in zip(net.values, shown, strict=True):
        small = 0 < value < k
        if mark == PRIMARY and small:
            status.append(_PRIMARY)
        elif mark == COMPLEMENTARY and not small:
            status.append(_COMPLEMENTARY)
        elif mark == value:
            status.append(_PUBLISHED)
        else:
            raise ValueError(f"{mark!r} cannot be what is published for {value}")
    auditor = _Auditor(net, status, k)
    ranges = []
    for x in (x for x, s in enumerate(status) if s != _PUBLISHED):
        low = auditor.extreme(x, up=False)[0]
        assert low is not None   # only upper ends can be missing
        ranges.append((x, Range(low, auditor.extreme(x, up=True)[0])))
    return ranges


# --- the exact audit ----------------------------------------------------------------------------

class _Auditor:
    """Extremes of one hidden value over the tables a reader cannot tell from the true one."""

    def __init__(self, net: _Net, status: list[int], k: int) -> None:
        self.net = net
        self.status = status   # shared with _protect, which hides more as it goes
        self.k = k

    def extreme(self, e: int, up: bool, goal: int | None = None) -> tuple[int | None, list[int]]:
        """The largest (``up``) or smallest value of edge ``e`` (None: no upper bound) and a table
        with it; with a ``goal``, stops at the first table that reaches it."""
        net, k = self.net, self.k
        hidden = [x for x, s in enumerate(self.status) if s != _PUBLISHED]
        adj = net.adjacency(hidden)
        lo0 = list(net.values)
        hi0: list[int | None] = list(net.values)
        for x in hidden:
            lo0[x], hi0[x] = (1, k - 1) if self.status[x] == _PRIMARY else (0, None)
        either = [x for x in hidden if self.status[x] == _COMPLEMENTARY]   # 0 or ≥ k
        best: int | None = net.values[e]
        best_flow = list(net.values)
        stack: list[tuple[dict[int, tuple[int, int | None]], list[int]]] = [({}, best_flow)]
        while stack and not _reached(best, up, goal):
            fixed, start = stack.pop()
            lo, hi = list(lo0), list(hi0)
            for x, (low, high) in fixed.items():
                lo[x], hi[x] = low, high
            flow = list(start)
            if not _repair(net, adj, flow, lo, hi, fixed):
                continue
            before = list(flow)
            value = _move(net, adj, flow, lo, hi, e, up, k)
            if not _better(value, best, up):
                continue
            bad = next((x for x in either if x not in fixed and 0 < flow[x] < k), None)
            if bad is None:
                best, best_flow = value, flow
                continue
            # Both sides of the gap; the side the true value is on first, so that good tables
            # are found early and bound the rest.
            zero, large = dict(fixed), dict(fixed)
            zero[bad], large[bad] = (0, 0), (k, None)
            seed = before if value is None else flow
            first, second = (zero, large) if net.values[bad] == 0 else (large, zero)
            stack.append((second, seed))
            stack.append((first, seed))
        return best, best_flow


def _reached(best: int | None, up: bool, goal: int | None) -> bool:
    if up and best is None:
        return True   # nothing is beyond "no upper bound"
    if goal is None or best is None:
        return False
    return best >= goal if up else best <= goal


def _better(value: int | None, best: int | None, up: bool) -> bool:
    if up:
        return best is not None and (value is None or value > best)
    return value is not None and best is not None and value < best


def _repair(net: _Net, adj: list[list[tuple[int, int]]], flow: list[int], lo: list[int],
            hi: list[int | None], fixed: dict[int, tuple[int, int | None]]) -> bool:
    """Bring ``flow`` inside the branch's bounds, or say there is no such table."""
    for x, (low, high) in fixed.items():
        if flow[x] < low:
            need = low - flow[x]
            if _augment(net, adj, flow, lo, hi, net.heads[x], net.tails[x], need, x) < need:
                return False
            flow[x] += need
        elif high is not None and flow[x] > high:
            need = flow[x] - high
            if _augment(net, adj, flow, lo, hi, net.tails[x], net.heads[x], need, x) < need:
                return False
            flow[x] -= need
    return True


def _move(net: _Net, adj: list[list[tuple[int, int]]], flow: list[int], lo: list[int],
          hi: list[int | None], e: int, up: bool, k: int) -> int | None:
    """Push edge ``e`` as far as the relaxed bounds allow; None when there is no upper end."""
    if not up:
        flow[e] -= _augment(net, adj, flow, lo, hi, net.tails[e], net.heads[e], flow[e] - lo[e], e)
        return flow[e]
    # At least k, so that an "x" on an endless path does not look stuck in 1..k−1.
    unbounded = max(_finite_capacity(flow, lo, hi) + 1, k)
    high = hi[e]
    limit = unbounded if high is None else high - flow[e]
    pushed = _augment(net, adj, flow, lo, hi, net.heads[e], net.tails[e], limit, e, unbounded)
    flow[e] += pushed
    return None if high is None and pushed >= unbounded else flow[e]


def _finite_capacity(flow: list[int], lo: list[int], hi: list[int | None]) -> int:
    # Any flow that does not use an endless path is at most this; one that reaches it is endless.
    return sum((0 if h is None else h - f) + f - low for f, low, h in zip(flow, lo, hi, strict=True))


def _augment(net: _Net, adj: list[list[tuple[int, int]]], flow: list[int], lo: list[int],
             hi: list[int | None], source: int, sink: int, limit: int, skip: int,
             endless: int = 0) -> int:
    """Send up to ``limit`` units from ``source`` to ``sink`` along shortest augmenting paths,
    never through edge ``skip``; an edge without upper bound carries ``endless`` at once."""
    sent = 0
    endless = endless or limit
    while sent < limit:
        came: list[tuple[int, int] | None] = [None] * net.nodes
        seen = [False] * net.nodes
        seen[source] = True
        queue = deque([source])
        while queue and not seen[sink]:
            v = queue.popleft()
            for x, sign in adj[v]:
                w = net.heads[x] if sign > 0 else net.tails[x]
                if x == skip or seen[w] or _residual(flow, lo, hi, x, sign, endless) <= 0:
                    continue
                seen[w] = True
                came[w] = (x, sign)
                queue.append(w)
        if not seen[sink]:
            break
        path: list[tuple[int, int]] = []
        v = sink
        while v != source:
            step = came[v]
            assert step is not None
            path.append(step)
            v = net.tails[step[0]] if step[1] > 0 else net.heads[step[0]]
        amount = min(limit - sent, *(_residual(flow, lo, hi, x, s, endless) for x, s in path))
        for x, sign in path:
            flow[x] += sign * amount
        sent += amount
    return sent


def _residual(flow: list[int], lo: list[int], hi: list[int | None], x: int, sign: int,
              endless: int) -> int:
    if sign < 0:
        return flow[x] - lo[x]
    high = hi[x]
    return endless if high is None else high - flow[x]


# --- choosing complementary cells ---------------------------------------------------------------

def _protect(net: _Net, k: int) -> tuple[list[int], list[int]]:
    """What to hide (a status per edge), and the primaries that no hiding can save."""
    status = [_PRIMARY if 0 < v < k else _PUBLISHED for v in net.values]
    pinned: list[int] = []
    if _PRIMARY not in status:
        return status, pinned
    everything = _Auditor(net, [s or _COMPLEMENTARY for s in status], k)
    auditor = _Auditor(net, status, k)
    queue = [x for x, s in enumerate(status) if s == _PRIMARY]
    done = 0
    while done < len(queue):
        e = queue[done]
        done += 1
        value = net.values[e]
        if status[e] == _PRIMARY:
            ends = {up: everything.extreme(e, up, k - 1 if up else 1)[0] for up in (True, False)}
            if ends[True] == ends[False]:
                pinned.append(e)
            for up, reachable in ends.items():
                assert reachable is not None   # a primary never exceeds k − 1
                _open_up(net, status, queue, auditor, everything, e, up, reachable)
        elif not (_moves(auditor, e, True) or _moves(auditor, e, False)):
            # Cells join on a cycle that moves them, so this is a safety net, not a path.
            for up in (True, False):
                if _moves(everything, e, up):
                    _open_up(net, status, queue, auditor, everything, e, up,
                             value + 1 if up else value - 1)
                    break
    return status, sorted(pinned)


def _moves(auditor: _Auditor, e: int, up: bool) -> bool:
    goal = auditor.net.values[e] + (1 if up else -1)
    return _reached(auditor.extreme(e, up, goal)[0], up, goal)


def _open_up(net: _Net, status: list[int], queue: list[int], auditor: _Auditor,
             everything: _Auditor, e: int, up: bool, goal: int) -> None:
    """Hide cells until hidden edge ``e`` can reach ``goal`` in direction ``up``."""
    while True:
        best, table = auditor.extreme(e, up, goal)
        if _reached(best, up, goal):
            return
        assert best is not None
        cycle = None
        for step in range(abs(goal - best), 0, -1):
            cycle = _cheapest_cycle(net, status, table, e, up, step, auditor.k)
            if cycle is not None:
                break
        if cycle is None:
            # No single cycle: hide where a table that reaches the goal differs from the truth.
            target = everything.extreme(e, up, goal)[1]
            cycle = [x for x, v in enumerate(target) if v != net.values[x]]
        fresh = [x for x in cycle if status[x] == _PUBLISHED]
        if not fresh:
            # The audit said no such table exists while one did: never loop on a wrong audit.
            raise AssertionError("suppression audit disagrees with its own witness")
        for x in fresh:
            status[x] = _COMPLEMENTARY
            queue.append(x)


def _cheapest_cycle(net: _Net, status: list[int], table: list[int], e: int, up: bool,
                    step: int, k: int) -> list[int] | None:
    """The published edges of the cheapest cycle through ``e`` that moves it by ``step`` from
    ``table`` with every value on the cycle still allowed by its (new) mark, or None."""
    source, sink = (net.heads[e], net.tails[e]) if up else (net.tails[e], net.heads[e])
    adj = net.adjacency(range(len(net.values)))
    cost: dict[int, _Cost] = {source: (0, 0, 0)}
    came: dict[int, int] = {}
    heap: list[tuple[_Cost, int]] = [((0, 0, 0), source)]
    while heap:
        spent, v = heapq.heappop(heap)
        if spent != cost[v]:
            continue
        if v == sink:
            break
        for x, sign in adj[v]:
            moved = table[x] + sign * step
            allowed = 0 < moved < k if status[x] == _PRIMARY else moved == 0 or moved >= k
            if x == e or not allowed:
                continue
            w = net.heads[x] if sign > 0 else net.tails[x]
            extra = (0, 0, 0) if status[x] != _PUBLISHED else (int(net.margins[x]), net.values[x], 1)
            total = (spent[0] + extra[0], spent[1] + extra[1], spent[2] + extra[2])
            if w not in cost or total < cost[w]:
                cost[w] = total
                came[w] = x
                heapq.heappush(heap, (total, w))
    if sink not in cost:
        return None
    edges: list[int] = []
    v = sink
    while v != source:
        x = came[v]
        edges.append(x)
        v = net.tails[x] if net.heads[x] == v else net.heads[x]
    return [x for x in reversed(edges) if status[x] == _PUBLISHED]
