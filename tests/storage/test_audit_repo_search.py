"""``AuditRepository.search`` tries the newest rows before the whole log (issue 15): whichever way a
page is found, it holds exactly the rows that reading every row, filtering and sorting gives, also
when the clock went back now and then (a row's time says nothing about its place in the log)."""

from __future__ import annotations

import itertools
import random
from datetime import datetime, timedelta, timezone

import pytest

from counselroom.domain.audit import AuditEntry, AuditFilter
from counselroom.services.auth import login
from counselroom.storage import audit_repo
from counselroom.storage.audit_repo import AuditRepository
from counselroom.storage.database import Database
from rooms import SUPERVISOR, SUPERVISOR_PW

START = datetime(2026, 1, 5, 8, tzinfo=timezone.utc)
ACTIONS = ("visit.signed", "visit.created", "login", "case.closed")


@pytest.fixture
def log(room):
    """A room's log plus 600 rows: mostly an hour apart, some with the clock set back a day or
    forward a month, and the set-up rows written 'now', before the history."""
    session = login(room.inst, SUPERVISOR, SUPERVISOR_PW)
    key = bytes(session.key)
    session.logout()
    db = Database.open_existing(room.inst.db_path, key)
    repo = AuditRepository(db)
    rnd = random.Random(15)
    head = repo.head()
    assert head is not None
    with db.transaction():
        for n in range(600):
            ts = START + timedelta(hours=n)
            if rnd.random() < 0.05:
                ts += timedelta(days=rnd.choice((-1, 30)))
            repo.append(AuditEntry(
                seq=head.seq + 1 + n, ts=ts, actor_id=None, actor=rnd.choice(("li", "zhou", "zhou", "zhou")),
                action=rnd.choices(ACTIONS, weights=(40, 40, 3, 1))[0], target=f"case:{n}",
                detail={"n": n}, prev_mac="-", mac="-"))
    yield repo
    db.close()


def _every_row_filtered(repo: AuditRepository, flt: AuditFilter) -> list[AuditEntry]:
    rows = [e for e in repo.iter_all()
            if (not flt.actor or e.actor == flt.actor) and (not flt.action or e.action == flt.action)
            and (not flt.since or e.ts >= flt.since) and (not flt.until or e.ts < flt.until)]
    rows.sort(key=lambda e: e.seq, reverse=True)
    return rows[flt.offset:flt.offset + flt.limit]


@pytest.mark.parametrize("window", [40, 20_000])
def test_every_page_equals_filtering_every_row(log, monkeypatch, window):
    monkeypatch.setattr(audit_repo, "NEWEST_WINDOW", window)
    ranges = [(None, None), (START + timedelta(days=20), None), (None, START + timedelta(days=5)),
              (START + timedelta(days=2), START + timedelta(days=6)),
              (START + timedelta(days=24), START + timedelta(days=60)), (START - timedelta(days=9), START)]
    checked = 0
    for (since, until), actor, action in itertools.product(ranges, (None, "li", "zhou"), (None, *ACTIONS)):
        for limit, offset in ((21, 0), (21, 21), (5, 40), (201, 0)):
            flt = AuditFilter(actor=actor, action=action, since=since, until=until, limit=limit, offset=offset)
            assert log.search(flt) == _every_row_filtered(log, flt), flt
            checked += 1
    assert checked == 6 * 3 * 5 * 4


def test_a_page_of_recent_rows_reads_the_newest_rows_only(log, monkeypatch):
    """The Audit page's first load: one statement that walks the log back from its newest row,
    without sorting the month's rows (EXPLAIN QUERY PLAN, not a timing)."""
    statements: list[tuple[str, tuple]] = []
    query_all = Database.query_all

    def spy(db, sql, params=()):
        statements.append((sql, tuple(params)))
        return query_all(db, sql, params)

    monkeypatch.setattr(Database, "query_all", spy)
    flt = AuditFilter(since=START + timedelta(days=10), until=START + timedelta(days=40), limit=21)
    assert len(log.search(flt)) == 21
    [(sql, params)] = statements
    plan = " ".join(str(r[-1]) for r in query_all(log._db, "EXPLAIN QUERY PLAN " + sql, params))
    assert "PRIMARY KEY" in plan and "TEMP B-TREE" not in plan and "audit_ts" not in plan, plan
