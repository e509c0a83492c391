"""A clinician's open cases with the client's name, for the visit records page."""

from __future__ import annotations

from counselroom.domain.cases import Case
from counselroom.storage.cases_repo import _COLUMNS, _case
from counselroom.storage.database import Database

_PREFIXED = ", ".join(f"c.{col.strip()}" for col in _COLUMNS.split(","))


class MyCasesRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def open_cases_of(self, user_id: int, *, include_shared: bool = True,
                      limit: int | None = None) -> list[tuple[Case, str, str]]:
        """Open cases assigned to ``user_id`` (and shared with them), newest first; the newest
        ``limit`` of them when given."""
        where, params = self._mine(user_id, include_shared)
        rows = self._db.query_all(
            f"SELECT {_PREFIXED}, k.name, k.case_no FROM cases c JOIN clients k ON k.id = c.client_id "
            f"WHERE {where} ORDER BY c.opened_on DESC, c.id DESC" + ("" if limit is None else " LIMIT ?"),
            params + (() if limit is None else (limit,)))
        return [(_case(r[:-2]), r[-2], r[-1]) for r in rows]

    def count_open_cases_of(self, user_id: int, *, include_shared: bool = True) -> int:
        where, params = self._mine(user_id, include_shared)
        return int(self._db.query_value(f"SELECT count(*) FROM cases c WHERE {where}", params))

    @staticmethod
    def _mine(user_id: int, include_shared: bool) -> tuple[str, tuple[int, ...]]:
        shared = ("OR c.id IN (SELECT case_id FROM case_shares WHERE user_id = ?)"
                  if include_shared else "")
        params = (user_id, user_id) if include_shared else (user_id,)
        return f"c.status = 'open' AND (c.counsellor_id = ? {shared})", params

    def labels(self, case_ids: list[int]) -> dict[int, tuple[str, str, int]]:
        """case id → (client name, client case no., case number), for lists of visits."""
        if not case_ids:
            return {}
        marks = ", ".join("?" for _ in case_ids)
        rows = self._db.query_all(
            f"SELECT c.id, k.name, k.case_no, c.number FROM cases c JOIN clients k ON k.id = c.client_id "
            f"WHERE c.id IN ({marks})", tuple(case_ids))
        return {r[0]: (r[1], r[2], r[3]) for r in rows}
