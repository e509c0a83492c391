"""The test log (测验记录): administrations of a scale, drafts and signed records."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from datetime import date, datetime, timedelta

from counselroom.domain.errors import ValidationError
from counselroom.domain.scales import (
    FLAG_DAYS, FlaggedClient, Number, TestRecord, TestStatus, TrendPoint, score,
)
from counselroom.storage.database import Database, Row
from counselroom.storage.scales_repo import stored_definition
from counselroom.storage.timestamps import from_db, from_db_required, to_db

_SELECT = ("SELECT t.id, t.client_id, t.case_id, t.scale_id, s.definition, t.administered_on, t.administered_by, "
           "coalesce(u.display_name, ''), t.purpose_explained, t.consent_id, t.answers, t.total, t.subscales, "
           "t.band, t.critical, t.interpretation, t.status, t.created_at, t.updated_at, t.signed_at, t.seal, "
           "cl.name, cl.case_no FROM test_administrations t JOIN scales s ON s.id = t.scale_id "
           "JOIN clients cl ON cl.id = t.client_id LEFT JOIN users u ON u.id = t.administered_by")


def _record(row: Row) -> TestRecord:
    definition = stored_definition(row[4])
    answers = json.loads(row[10])
    try:
        result = score(definition, answers)
    except ValidationError:
        result = None   # answers that do not fit the definition (altered outside the application)
    return TestRecord(
        id=row[0], client_id=row[1], case_id=row[2], scale_id=row[3], definition=definition,
        administered_on=date.fromisoformat(row[5]), administered_by=row[6], administered_by_name=row[7],
        purpose_explained=bool(row[8]), consent_id=row[9], answers=answers, result=result, total=row[11],
        subscale_scores=json.loads(row[12]), band_id=row[13], critical=bool(row[14]), interpretation=row[15],
        status=TestStatus(row[16]), created_at=from_db(row[17]), updated_at=from_db(row[18]),
        signed_at=from_db(row[19]), seal=row[20], client_name=row[21], client_case_no=row[22])


def _in(ids: Iterable[int]) -> tuple[str, tuple[int, ...]]:
    ids = tuple(ids)
    return ", ".join("?" for _ in ids), ids


class TestRepository:
    __test__ = False    # not a pytest test class

    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, client_id: int, case_id: int, scale_id: int, administered_on: date, administered_by: int,
            now: datetime) -> int:
        cur = self._db.execute(
            "INSERT INTO test_administrations (client_id, case_id, scale_id, administered_on, administered_by, "
            "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (client_id, case_id, scale_id, administered_on.isoformat(), administered_by, to_db(now), to_db(now)))
        return int(cur.lastrowid)

    def save_draft(self, test_id: int, *, administered_on: date, answers: Mapping[str, str],
                   purpose_explained: bool, consent_id: int | None, interpretation: str, now: datetime) -> None:
        self._db.execute(
            "UPDATE test_administrations SET administered_on = ?, answers = ?, purpose_explained = ?, "
            "consent_id = ?, interpretation = ?, updated_at = ? WHERE id = ? AND status = 'draft'",
            (administered_on.isoformat(), json.dumps(dict(answers), ensure_ascii=False), int(purpose_explained),
             consent_id, interpretation, to_db(now), test_id))

    def sign(self, test_id: int, *, total: Number | None, subscales: Mapping[str, Number | None], band: str,
             critical: bool, signed_at: datetime, seal: str) -> None:
        self._db.execute(
            "UPDATE test_administrations SET status = 'signed', total = ?, subscales = ?, band = ?, critical = ?, "
            "signed_at = ?, seal = ?, updated_at = ? WHERE id = ? AND status = 'draft'",
            (total, json.dumps(dict(subscales)), band, int(critical), to_db(signed_at), seal, to_db(signed_at),
             test_id))

    def delete_draft(self, test_id: int) -> None:
        self._db.execute("DELETE FROM test_administrations WHERE id = ? AND status = 'draft'", (test_id,))

    def get(self, test_id: int) -> TestRecord | None:
        row = self._db.query_one(f"{_SELECT} WHERE t.id = ?", (test_id,))
        return None if row is None else _record(row)

    def for_case(self, case_id: int) -> list[TestRecord]:
        rows = self._db.query_all(f"{_SELECT} WHERE t.case_id = ? ORDER BY t.administered_on, t.id", (case_id,))
        return [_record(r) for r in rows]

    def for_cases(self, case_ids: Iterable[int]) -> list[TestRecord]:
        marks, ids = _in(case_ids)
        if not ids:
            return []
        rows = self._db.query_all(f"{_SELECT} WHERE t.case_id IN ({marks}) ORDER BY t.administered_on, t.id", ids)
        return [_record(r) for r in rows]

    def drafts_of(self, user_id: int) -> list[TestRecord]:
        """The unsigned administrations a user started, oldest first."""
        rows = self._db.query_all(f"{_SELECT} WHERE t.status = 'draft' AND t.administered_by = ? "
                                  "ORDER BY t.administered_on, t.id", (user_id,))
        return [_record(r) for r in rows]

    def trend(self, client_id: int, scale_code: str, case_ids: Iterable[int]) -> list[TrendPoint]:
        """Signed administrations of a scale (any version) to a client, oldest first."""
        marks, ids = _in(case_ids)
        if not ids:
            return []
        rows = self._db.query_all(
            "SELECT t.id, t.administered_on, t.total, t.band, s.version, s.definition "
            "FROM test_administrations t JOIN scales s ON s.id = t.scale_id "
            f"WHERE t.client_id = ? AND s.code = ? AND t.status = 'signed' AND t.case_id IN ({marks}) "
            "ORDER BY t.administered_on, t.id", (client_id, scale_code, *ids))
        return [TrendPoint(date.fromisoformat(r[1]), r[2], stored_definition(r[5]).band(r[3]), r[0], r[4])
                for r in rows]

    def flagged(self, since: datetime, *, of_user: int | None = None) -> list[FlaggedClient]:
        """Each client's latest signed test with a critical answer signed since ``since``;
        with ``of_user``, only those of cases assigned to or shared with that user."""
        mine = ""
        params: tuple[object, ...] = (to_db(since),)
        if of_user is not None:
            mine = "AND (c.counsellor_id = ? OR c.id IN (SELECT case_id FROM case_shares WHERE user_id = ?)) "
            params = (to_db(since), of_user, of_user)
        rows = self._db.query_all(
            "SELECT t.id, t.client_id, cl.name, cl.case_no, t.case_id, c.counsellor_id, "
            "coalesce(u.display_name, ''), s.definition, t.administered_on, t.signed_at, t.answers "
            "FROM test_administrations t JOIN cases c ON c.id = t.case_id JOIN clients cl ON cl.id = t.client_id "
            "JOIN scales s ON s.id = t.scale_id LEFT JOIN users u ON u.id = c.counsellor_id "
            f"WHERE t.status = 'signed' AND t.critical = 1 AND t.signed_at >= ? {mine}"
            "ORDER BY t.signed_at DESC, t.id DESC", params)
        found: dict[int, FlaggedClient] = {}
        for r in rows:
            if r[1] in found:
                continue
            definition = stored_definition(r[7])
            signed_at = from_db_required(r[9])     # signed rows only
            try:
                items = tuple(hit.item for hit in score(definition, json.loads(r[10])).critical)
            except ValidationError:
                items = ()
            found[r[1]] = FlaggedClient(
                client_id=r[1], client_name=r[2], client_case_no=r[3], case_id=r[4], counsellor_id=r[5],
                counsellor_name=r[6], test_id=r[0], scale_code=definition.code, scale_name=definition.name,
                administered_on=date.fromisoformat(r[8]), signed_at=signed_at,
                flagged_until=(signed_at + timedelta(days=FLAG_DAYS)).astimezone().date(), items=items)
        return list(found.values())

    def iter_signed(self) -> Iterator[TestRecord]:
        last = 0
        while True:
            rows = self._db.query_all(f"{_SELECT} WHERE t.status = 'signed' AND t.id > ? ORDER BY t.id LIMIT 500",
                                      (last,))
            if not rows:
                return
            for row in rows:
                yield _record(row)
            last = rows[-1][0]


def signed_as_sealed(db: Database, batch: int = 2000) -> Iterator[TestRecord]:
    """Every signed test in id order, as stored and unscored, for ``admin check``.

    The seal covers the stored total and bands, not a fresh score, and scoring every answer
    set was most of the check's time on tests. Walks the primary key ("+t.status": through the
    status index every batch sorted all signed tests again)."""
    sql = f"{_SELECT} WHERE +t.status = 'signed' AND t.id > ? ORDER BY t.id LIMIT ?"
    rows = db.query_all(sql, (-(2**63), batch))
    while rows:
        for row in rows:
            yield TestRecord(
                id=row[0], client_id=row[1], case_id=row[2], scale_id=row[3], definition=stored_definition(row[4]),
                administered_on=date.fromisoformat(row[5]), administered_by=row[6], status=TestStatus(row[16]),
                purpose_explained=bool(row[8]), consent_id=row[9], answers=json.loads(row[10]), total=row[11],
                subscale_scores=json.loads(row[12]), band_id=row[13], critical=bool(row[14]),
                interpretation=row[15], signed_at=from_db(row[19]), seal=row[20])
        rows = db.query_all(sql, (rows[-1][0], batch))
