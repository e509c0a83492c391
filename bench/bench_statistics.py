"""Term statistics (issue 16 §1) on the big school's database, against raw sqlcipher3 in the same run.

    .venv/bin/python bench/bench_statistics.py --stale-ok        # the cached 50,000-client build
    .venv/bin/python bench/bench_statistics.py --quick --clients 40   # a smoke run on a tiny room

For every term the data has a day in (上学期 / 下学期 with the default months), logged in as the
room's supervisor on a copy of the cached installation (``scale_db.py``; the login migrates the
copy to the current schema, migration 17's indexes included, and the time that takes is shown):

- ``StatisticsService.figures(term)`` on the session, the whole room;
- the same through a worker reader (``Session.reader()``: a connection of its own opened each time,
  as a page load does), and for one counsellor (the busiest);
- raw: the very SQL statements the service ran (captured with the connection's trace callback, with
  their values) executed on a bare sqlcipher3 connection to the same file with the same key, rows
  fetched: the ratio is what the service adds around its queries;
- without migration 17: two of the visit counts (kind by month, and who the visits are about) by the
  best plan there was before it (the period's visits found by ``visits_date``, each read from its
  row), on the same copy, so the table shows what the indexes are for.

Goal: any term's statistics in ≤ 1 s (p95). Nothing is asserted; a row whose code is broken says so.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parent))

import scale_db
from bench_scale import Row, Table, interleaved, p50_p95, raw_connect, ratio, span, spans

if TYPE_CHECKING:
    import sqlcipher3

    from counselroom.domain.periods import Period
    from counselroom.services.session import Session

GOAL_SECONDS = 1.0

# Two of the visit counts, (name, without migration 17, with it). Without it, the best a query could do:
# the period's visits found by visits_date, each read from its row (left alone, the planner took
# visits_status instead: every signed visit of every year). With it, as storage/statistics_repo.py reads them.
COMPARED = (
    ("kind by month",
     "SELECT kind, substr(visit_date, 1, 7), count(*) FROM visits INDEXED BY visits_date "
     "WHERE visit_date BETWEEN ? AND ? AND status = 'signed' GROUP BY 1, 2",
     "SELECT v.kind, substr(v.visit_date, 1, 7), count(*) FROM visits v INDEXED BY visits_statistics "
     "WHERE v.visit_date BETWEEN ? AND ? AND +v.status = 'signed' GROUP BY 1, 2"),
    ("who the visits are about",
     "SELECT cl.client_type, cl.grade, cl.gender, cs.category, count(*) "
     "FROM visits v INDEXED BY visits_date JOIN cases cs ON cs.id = v.case_id JOIN clients cl ON cl.id = cs.client_id "
     "WHERE v.visit_date BETWEEN ? AND ? AND v.status = 'signed' GROUP BY 1, 2, 3, 4",
     "WITH per_case AS MATERIALIZED (SELECT v.case_id, count(*) AS visits FROM visits v INDEXED BY visits_statistics "
     "WHERE v.visit_date BETWEEN ? AND ? AND +v.status = 'signed' GROUP BY v.case_id) "
     "SELECT cl.client_type, cl.grade, cl.gender, cs.category, sum(p.visits) FROM per_case p "
     "JOIN cases cs INDEXED BY cases_by_id ON cs.id = p.case_id "
     "JOIN clients cl INDEXED BY clients_by_id ON cl.id = cs.client_id GROUP BY 1, 2, 3, 4"),
)


def terms_with_data(raw: sqlcipher3.Connection) -> list[Period]:
    """Every term (default months) from the one holding the first signed visit (or the next one, if
    that day is in the holidays) to the one holding the last."""
    from datetime import date

    from counselroom.domain.periods import PeriodKind, containing, next_period, school_year_of, term_period

    first, last = raw.execute("SELECT min(visit_date), max(visit_date) FROM visits WHERE status = 'signed'").fetchone()
    if first is None:
        return []
    day, end = date.fromisoformat(first), date.fromisoformat(last)
    year = school_year_of(day)
    term = containing(PeriodKind.TERM, day) or min(
        (t for t in (term_period(year, 1), term_period(year, 2), term_period(year + 1, 1)) if t.first > day),
        key=lambda t: t.first)
    found = []
    while term.first <= end:
        found.append(term)
        term = next_period(term)
    return found


def captured(session: Session, fn: Callable[[], object]) -> list[str]:
    """The SQL ``fn`` runs on the session's connection, values written in."""
    statements: list[str] = []
    session.db.conn.set_trace_callback(statements.append)
    try:
        fn()
    finally:
        session.db.conn.set_trace_callback(None)
    return [s for s in statements if s.lstrip().upper().startswith(("SELECT", "WITH"))]


def replay(raw: sqlcipher3.Connection, statements: list[str]) -> None:
    for sql in statements:
        raw.execute(sql).fetchall()


def busiest_term(raw: sqlcipher3.Connection) -> Period | None:
    """The term with the most signed visits."""
    def visits(term: Period) -> int:
        return int(raw.execute("SELECT count(*) FROM visits WHERE visit_date BETWEEN ? AND ? AND status = 'signed'",
                               (term.first.isoformat(), term.last.isoformat())).fetchone()[0])

    return max(terms_with_data(raw), key=visits, default=None)


def busiest_counsellor(raw: sqlcipher3.Connection, term: Period) -> int:
    row = raw.execute("SELECT counsellor_id FROM visits WHERE visit_date BETWEEN ? AND ? GROUP BY 1 "
                      "ORDER BY count(*) DESC LIMIT 1", (term.first.isoformat(), term.last.isoformat())).fetchone()
    return int(row[0])


def term_rows(session: Session, raw: sqlcipher3.Connection, runs: int, table: Table) -> None:
    from counselroom.services.statistics import StatisticsService

    service = StatisticsService(session)
    worst = 0.0
    for term in terms_with_data(raw):
        with table.guarded(f"term {term.code}"):
            visits = raw.execute("SELECT count(*) FROM visits WHERE visit_date BETWEEN ? AND ? AND status = 'signed'",
                                 (term.first.isoformat(), term.last.isoformat())).fetchone()[0]
            statements = captured(session, lambda term=term: service.figures(term))

            def on_reader(term: Period = term) -> None:
                with session.reader() as reader:
                    StatisticsService(reader).figures(term)

            ours, through_reader, plain = interleaved(
                [lambda term=term: service.figures(term), on_reader,
                 lambda statements=statements: replay(raw, statements)], runs)
            p95 = max(p50_p95(ours)[1], p50_p95(through_reader)[1])
            worst = max(worst, p95)
            table.add(Row(f"term {term.code} ({term.label('en')}), whole room, {visits:,} signed visits",
                          f"≤ {GOAL_SECONDS:.0f} s", f"{spans(ours)}; on a worker reader {spans(through_reader)}",
                          f"same {len(statements)} statements {spans(plain)}",
                          ratio(statistics.median(ours), statistics.median(plain)), p95 <= GOAL_SECONDS))
    if worst:
        table.note(f"slowest term p95: {span(worst)}")


def person_row(session: Session, raw: sqlcipher3.Connection, runs: int, table: Table) -> None:
    from counselroom.services.statistics import StatisticsService

    term = busiest_term(raw)
    if term is None:
        return
    who = busiest_counsellor(raw, term)
    service = StatisticsService(session)
    statements = captured(session, lambda: service.figures(term, who))
    ours, plain = interleaved([lambda: service.figures(term, who), lambda: replay(raw, statements)], runs)
    table.add(Row(f"term {term.code} (the busiest), one counsellor's work (the busiest)", f"≤ {GOAL_SECONDS:.0f} s", spans(ours),
                  f"same {len(statements)} statements {spans(plain)}",
                  ratio(statistics.median(ours), statistics.median(plain)), p50_p95(ours)[1] <= GOAL_SECONDS))


def unindexed_rows(raw: sqlcipher3.Connection, runs: int, table: Table) -> None:
    term = busiest_term(raw)
    if term is None:
        return
    bounds = (term.first.isoformat(), term.last.isoformat())
    for name, without_sql, with_sql in COMPARED:
        with table.guarded(f"without migration 17: {name}"):
            without, with_it = interleaved([lambda sql=without_sql: raw.execute(sql, bounds).fetchall(),
                                            lambda sql=with_sql: raw.execute(sql, bounds).fetchall()],
                                           max(3, runs // 2))
            table.add(Row(f"term {term.code}, {name}: visits_date and the visit rows (before migration 17)", "",
                          spans(without), f"with migration 17's indexes {spans(with_it)}",
                          ratio(statistics.median(without), statistics.median(with_it))))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--clients", type=int, default=None, help="default 50000 (--quick: 5000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--quick", action="store_true", help="fewer runs")
    parser.add_argument("--runs", type=int, default=None, help="runs per term (default 10, --quick 3)")
    parser.add_argument("--stale-ok", action="store_true",
                        help="reuse a cached build made before the demo generator or schema changed")
    args = parser.parse_args(argv)
    clients = args.clients or (5000 if args.quick else 50_000)
    runs = args.runs or (3 if args.quick else 10)

    started = time.perf_counter()
    table = Table()
    print(f"bench_statistics: {clients:,} clients, seed {args.seed}, {os.cpu_count()} cores, "
          f"{time.strftime('%Y-%m-%d %H:%M %Z')}", flush=True)
    room = scale_db.ensure(clients, args.seed, stale_ok=args.stale_ok)
    print(f"database: {room.describe()}", flush=True)
    with scale_db.working_copy(room) as work:
        start = time.perf_counter()
        session = work.login()
        login_seconds = time.perf_counter() - start
        raw = raw_connect(work.installation.db_path, bytes(session.key))
        try:
            table.note(f"first login on the copy (migrations included): {span(login_seconds)}")
            with table.guarded("terms"):
                term_rows(session, raw, runs, table)
            with table.guarded("one counsellor"):
                person_row(session, raw, runs, table)
            with table.guarded("unindexed"):
                unindexed_rows(raw, runs, table)
        finally:
            raw.close()
            session.logout()
    print(f"\n## bench_statistics: {room.describe()}\n")
    print(table.markdown())
    for note in table.notes:
        print(f"- {note}")
    print(f"\n({time.perf_counter() - started:.0f} s; p50 / p95 over {runs} runs each, taken in turn; "
          "ratios of medians)")


if __name__ == "__main__":
    main()
