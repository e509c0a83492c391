"""``QuarterRepository.has_rows`` (EXISTS queries that stop at the first row) says what ``counts()``
says, for every archived table and quarter, also after the records' dates are scattered at random."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

import pytest

from archive_fixtures import _quarter_template, quarter_room  # noqa: F401 - fixtures
from counselroom.domain.archive import Quarter
from counselroom.services.archive import ArchiveService
from counselroom.storage.quarter_repo import QUARTER_TABLES, QuarterRepository
from counselroom.storage.timestamps import to_db


def _quarters(around: Quarter, before: int = 12, after: int = 2) -> list[Quarter]:
    found = [around]
    for _ in range(before):
        found.insert(0, found[0].previous())
    for _ in range(after):
        found.append(found[-1].next())
    return found


def _agree(repo: QuarterRepository, quarters: list[Quarter]) -> int:
    """Every table of every quarter; returns how many (quarter, table) pairs hold rows."""
    holding = 0
    for quarter in quarters:
        counts = repo.counts(quarter)
        for table, n in counts.items():
            assert repo.has_rows(quarter, table) == (n > 0), (str(quarter), table, n)
            holding += n > 0
    return holding


def test_has_rows_agrees_with_counts_on_a_real_quarter(quarter_room):
    session = quarter_room.login()
    try:
        repo = QuarterRepository(session.db)
        assert repo.has_rows(quarter_room.quarter, "clients")
        assert _agree(repo, _quarters(quarter_room.quarter)) > 0
        assert not repo.has_rows(quarter_room.quarter, "no_such_table")
    finally:
        session.logout()


#: (table, column, kind, may be NULL): the columns QUARTER_TABLES picks a quarter's rows by.
DATED = [("visits", "visit_date", "day", True), ("visits", "created_at", "moment", False),
         ("visit_addenda", "signed_at", "moment", False),
         ("test_administrations", "administered_on", "day", False),
         ("crises", "opened_at", "moment", False), ("crises", "closed_at", "moment", True),
         ("referrals", "referred_on", "day", False), ("referrals", "feedback_on", "day", True),
         ("referrals", "updated_at", "moment", False), ("appointments", "starts_at", "wall", False),
         ("consents", "given_on", "day", False), ("consents", "withdrawn_on", "day", True),
         ("cases", "opened_on", "day", False), ("cases", "closed_on", "day", True),
         ("clients", "created_at", "moment", False), ("audit", "ts", "moment", False),
         ("contacts", "contacted_at", "minute", False), ("register_changes", "at", "moment", False),
         ("register_changes", "reviewed_on", "day", True), ("register_entries", "entered_at", "moment", False),
         ("register_entries", "exited_at", "moment", True), ("screening_sheets", "entered_at", "moment", False),
         ("screening_interviews", "invited_on", "day", False), ("screening_interviews", "interviewed_on", "day", False),
         ("screening_interviews", "updated_at", "moment", False),
         ("screening_campaigns", "created_at", "moment", False), ("screening_campaigns", "updated_at", "moment", False)]


def _scatter(db, rng: random.Random, first: date, days: int) -> None:
    """Random days over ``days`` from ``first`` (some NULL where allowed), and some addenda marked late."""
    for (name,) in db.query_all("SELECT name FROM sqlite_master WHERE type = 'trigger'"):
        db.execute(f"DROP TRIGGER {name}")      # sealed and append-only rows: this copy is thrown away
    for table, column, kind, nullable in DATED:
        for (row_id,) in db.query_all(f"SELECT rowid FROM {table}"):
            day = first + timedelta(days=rng.randrange(days))
            if nullable and rng.random() < 0.5:
                value = None
            elif kind == "day":
                value = day.isoformat()
            elif kind == "minute":
                value = f"{day.isoformat()}T{rng.randrange(8, 18):02d}:00"
            elif kind == "wall":
                hour = rng.randrange(8, 18)
                db.execute(f"UPDATE {table} SET {column} = ?, ends_at = ? WHERE rowid = ?",
                           (f"{day.isoformat()}T{hour:02d}:00", f"{day.isoformat()}T{hour:02d}:45", row_id))
                continue
            else:
                value = to_db(datetime.combine(day, time(rng.randrange(24), rng.randrange(60))).astimezone())
            db.execute(f"UPDATE {table} SET {column} = ? WHERE rowid = ?", (value, row_id))
    for (addendum_id,) in db.query_all("SELECT id FROM visit_addenda"):
        if rng.random() < 0.5:
            db.execute("INSERT OR IGNORE INTO late_addenda (addendum_id, visit_quarter) VALUES (?, ?)",
                       (addendum_id, "2020Q1"))


@pytest.mark.parametrize("seed", range(4))
def test_has_rows_agrees_with_counts_with_scattered_dates(quarter_room, seed):
    session = quarter_room.login()
    try:
        quarter = quarter_room.quarter
        quarters = _quarters(quarter, before=3, after=1)
        with session.db.transaction():
            # Few days, so that some quarters hold a few rows and others none.
            _scatter(session.db, random.Random(seed), quarters[0].first_day, 500 + 40 * seed)
            repo = QuarterRepository(session.db)
            assert _agree(repo, quarters) > 0
    finally:
        session.logout()


def test_due_asks_exists_not_counts(quarter_room, monkeypatch):
    """Today's reminder: the last complete quarter holds clients' records and is not archived."""
    session = quarter_room.login()
    try:
        def no_counting(self, quarter):
            raise AssertionError("due() counted every row")

        expected = QuarterRepository(session.db).counts(quarter_room.quarter)["clients"] > 0
        monkeypatch.setattr(QuarterRepository, "counts", no_counting)
        assert expected and ArchiveService(session).due() == quarter_room.quarter
    finally:
        session.logout()


#: Tables no quarter's archive holds, and why: each new table is either ruled in QUARTER_TABLES or named here.
NOT_ARCHIVED = {
    "meta": "the installation's bookkeeping (pending exports, seals)",
    "settings": "the room's settings",
    "archived_quarters": "the list of the archives themselves",
    "case_shares": "who may read a case now",
    "materials": "the test materials' stock", "material_movements": "the test materials' stock",
    "activities": "the activities log (R22), reported on its own",
    "activity_presenters": "the activities log", "activity_attachments": "the activities log",
    "work_reports": "signed report snapshots, kept in the room",
}


def test_every_table_is_archived_or_said_not_to_be(quarter_room):
    session = quarter_room.login()
    try:
        tables = {name for (name,) in session.db.query_all(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT GLOB 'sqlite_*' "
            "AND name NOT GLOB '*_fts' AND name NOT GLOB '*_fts_*'")}
    finally:
        session.logout()
    ruled = [rule.table for rule in QUARTER_TABLES]
    assert set(ruled) <= tables and len(ruled) == len(set(ruled))
    assert tables - set(ruled) == set(NOT_ARCHIVED)
    # Read in order: a table brings rows of tables listed after it only.
    for n, rule in enumerate(QUARTER_TABLES):
        for _expr, target in rule.refs:
            assert target in ruled[n + 1:], (rule.table, target)
