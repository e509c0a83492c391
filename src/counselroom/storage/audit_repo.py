"""The audit table: append and read; the chain itself is computed in security/."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from counselroom.domain.audit import AuditEntry, AuditFilter
from counselroom.storage.database import Database, Row
from counselroom.storage.timestamps import from_db_required, to_db

_COLUMNS = "seq, ts, actor_id, actor, action, target, detail, prev_mac, mac"
# Rows a search reads back from the newest before it searches the whole log (see ``search``):
# a window that finds no page costs a few milliseconds at most.
NEWEST_WINDOW = 20_000


def _entry(row: Row) -> AuditEntry:
    return AuditEntry(seq=row[0], ts=from_db_required(row[1]), actor_id=row[2], actor=row[3],
                      action=row[4], target=row[5], detail=json.loads(row[6]),
                      prev_mac=row[7], mac=row[8])


def detail_json(detail: dict[str, Any]) -> str:
    return json.dumps(detail, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


class AuditRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def head(self) -> AuditEntry | None:
        row = self._db.query_one(f"SELECT {_COLUMNS} FROM audit ORDER BY seq DESC LIMIT 1")
        return None if row is None else _entry(row)

    def get(self, seq: int) -> AuditEntry | None:
        row = self._db.query_one(f"SELECT {_COLUMNS} FROM audit WHERE seq = ?", (seq,))
        return None if row is None else _entry(row)

    def append(self, entry: AuditEntry) -> None:
        self._db.execute(
            f"INSERT INTO audit ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (entry.seq, to_db(entry.ts), entry.actor_id, entry.actor, entry.action,
             entry.target, detail_json(entry.detail), entry.prev_mac, entry.mac),
        )

    def iter_all(self, batch: int = 2000) -> Iterator[AuditEntry]:
        """Every row in seq order, in batches so a long history is not one list."""
        last = -1
        while True:
            rows = self._db.query_all(
                f"SELECT {_COLUMNS} FROM audit WHERE seq > ? ORDER BY seq LIMIT ?", (last, batch))
            if not rows:
                return
            for row in rows:
                yield _entry(row)
            last = rows[-1][0]

    def search(self, flt: AuditFilter) -> list[AuditEntry]:
        """One page of the rows that match, newest (highest seq) first.

        Most pages people ask for (the last 30 days, the first pages, a common action) lie among
        the newest rows, so those are tried first, walking back from the newest row (issue 15: the
        time index sorted every row of the 30 days, 53,000 on the big log: 130–250 ms; this reads
        201 rows: about a millisecond). A page filled there is exact: any match outside the window comes
        after all the matches in it. Otherwise the whole log is searched."""
        matches, params = [], []
        if flt.actor:
            matches.append("actor = ?")
            params.append(flt.actor)
        if flt.action:
            matches.append("action = ?")
            params.append(flt.action)
        times, bounds = [], []
        if flt.since:
            times.append("ts >= ?")
            bounds.append(to_db(flt.since))
        if flt.until:
            times.append("ts < ?")
            bounds.append(to_db(flt.until))
        page = (flt.limit, flt.offset)
        if flt.offset + flt.limit <= NEWEST_WINDOW:
            # "+ts": the time index would only lead back to the sort this avoids.
            clause = " AND ".join([*matches, *(f"+{t}" for t in times),
                                   "seq > (SELECT max(seq) FROM audit) - ?"])
            rows = self._db.query_all(
                f"SELECT {_COLUMNS} FROM audit WHERE {clause} ORDER BY seq DESC LIMIT ? OFFSET ?",
                (*params, *bounds, NEWEST_WINDOW, *page))
            if len(rows) == flt.limit:
                return [_entry(r) for r in rows]
        if times and not matches:
            # Only a time range: choose the page's rows in the time index alone (it holds each
            # row's seq), then read just those rows.
            rows = self._db.query_all(
                f"SELECT {_COLUMNS} FROM audit WHERE seq IN (SELECT seq FROM audit WHERE "
                f"{' AND '.join(times)} ORDER BY seq DESC LIMIT ? OFFSET ?) ORDER BY seq DESC",
                (*bounds, *page))
        else:
            where = [*matches, *times]
            clause = ("WHERE " + " AND ".join(where)) if where else ""
            rows = self._db.query_all(
                f"SELECT {_COLUMNS} FROM audit {clause} ORDER BY seq DESC LIMIT ? OFFSET ?",
                (*params, *bounds, *page))
        return [_entry(r) for r in rows]

    def actors(self) -> list[str]:
        return self._distinct("actor")

    def actions(self) -> list[str]:
        return self._distinct("action")

    def _distinct(self, column: str) -> list[str]:
        """The column's distinct values in order, one index lookup per value (a skip scan): the log
        has millions of rows but a few dozen people and actions."""
        rows = self._db.query_all(
            f"WITH RECURSIVE v(x) AS (SELECT min({column}) FROM audit UNION ALL "
            f"SELECT (SELECT min({column}) FROM audit WHERE {column} > v.x) FROM v WHERE v.x IS NOT NULL) "
            "SELECT x FROM v WHERE x IS NOT NULL")
        return [r[0] for r in rows]


def chain_rows(db: Database, batch: int = 5000) -> Iterator[list[Row]]:
    """Every row as stored (``_COLUMNS``, the detail as its JSON text), in seq order, a batch at a
    time: what ``admin check`` recomputes the chain from, with no ``AuditEntry`` per row (1.5 M rows
    on a big room's log). Starts below any seq, so a row moved to 0 or below is seen, not skipped."""
    rows = db.query_all(f"SELECT {_COLUMNS} FROM audit ORDER BY seq LIMIT ?", (batch,))
    while rows:
        yield rows
        rows = db.query_all(f"SELECT {_COLUMNS} FROM audit WHERE seq > ? ORDER BY seq LIMIT ?",
                            (rows[-1][0], batch))


def entry_of(row: Row) -> AuditEntry:
    """One row of ``chain_rows`` as the entry its MAC was computed from."""
    return _entry(row)


def head_seq(db: Database) -> int:
    return int(db.query_value("SELECT coalesce(max(seq), 0) FROM audit"))


def widen_cache_for_scan(db: Database, mib: int) -> None:
    """A page cache of ``mib`` MiB on a connection about to read the whole file (``admin check``'s).

    SQLCipher verifies and decrypts a page each time it enters the cache, and the page checks come
    back to the same pages (a parent table's for every child row); the memory is freed when the
    connection closes."""
    db.execute(f"PRAGMA cache_size = {-int(mib) * 1024}")
