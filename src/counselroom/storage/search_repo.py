"""Full-text search over visit notes: the trigram index for 3+ characters, a scan below.

Signed addenda are searched too (a scan: they are short and few). Each hit says in
which parts of the record the words were found, and carries a short plain-text
excerpt around the first place; marking the words up is the screen's business, so
the excerpt holds no markers that a note's own text could be confused with.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass

from counselroom.storage.clients_repo import escape_like
from counselroom.storage.database import Database

_FIELDS = ("presenting_issue", "complaint", "process", "assessment", "plan")
ADDENDUM = "addendum"
SNIPPET_BEFORE = 12   # characters of context before the first match
SNIPPET_AFTER = 36    # … and after it
#: Up to this many records in a user's cases, a search lists them before it asks the index (a
#: counsellor with a tenth of a big school's records: issue 15); more, and it checks each hit.
_FEW_VISITS = 50_000


@dataclass(frozen=True)
class SearchHit:
    visit_id: int
    case_id: int
    client_id: int
    client_name: str
    case_no: str
    counsellor_id: int
    visit_date: str | None
    snippet: str                      # plain text around the first match in the narrative, "…" where cut
    fields: tuple[str, ...] = ()      # where it was found: _FIELDS names and/or "addendum", in record order
    session_no: int = 0


def excerpt(text: str, start: int, length: int) -> str:
    """``text`` around ``text[start:start+length]`` on one line, "…" where it was cut."""
    a = max(0, start - SNIPPET_BEFORE)
    b = min(len(text), start + length + SNIPPET_AFTER)
    # One space per whitespace character: the excerpt stays one line and the
    # match keeps its length.
    body = re.sub(r"\s", " ", text[a:b])
    return ("…" if a else "") + body + ("…" if b < len(text) else "")


class SearchRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def search(self, text: str, user_id: int | None, limit: int = 200, *,
               older_than: int | None = None) -> list[SearchHit]:
        """Hits in the cases of ``user_id`` (assigned or shared; None: every case), the newest record
        first (the highest visit id: records are numbered as they are written), at most ``limit``,
        only records older than the visit ``older_than`` when given (the next page).

        Newest first is the order both the trigram index and the table hand out their rows in, so
        the first ``limit`` hits end the search; sorting by visit date meant reading and sorting
        every hit first ('考试压力': 90,252 of a big school's, issue 15)."""
        text = text.strip()
        if not text or limit <= 0:
            return []
        scope, scope_params = "", []
        if user_id is not None:
            scope = (" AND v.case_id IN (SELECT id FROM cases WHERE counsellor_id = ? "
                     "UNION SELECT case_id FROM case_shares WHERE user_id = ?)")
            scope_params = [user_id, user_id]
        below_params: list[object] = [] if older_than is None else [older_than]
        below = "" if older_than is None else " AND v.id < ?"
        like = f"%{escape_like(text)}%"
        if len(text) >= 3:
            phrase = '"' + text.replace('"', '""') + '"'
            if scope and self._few_visits(scope, scope_params):
                # Few records in scope (a counsellor's share of a big school): their ids, from a
                # narrow index, are the test; reading each hit's record to ask its case read
                # thousands of records of other counsellors' cases. (+: not a lookup by rowid.)
                where = f"+f.rowid IN (SELECT v.id FROM visits v WHERE 1{scope})"
            else:
                where = f"EXISTS (SELECT 1 FROM visits v WHERE v.id = f.rowid{scope})" if scope else "1"
            older = "" if older_than is None else " AND f.rowid < ?"
            matched = self._db.query_all(
                f"SELECT f.rowid FROM visits_fts f WHERE visits_fts MATCH ?{older} AND {where} "
                "ORDER BY f.rowid DESC LIMIT ?", (phrase, *below_params, *scope_params, limit))
        else:
            # Two characters are too short for the trigram index: the records are read newest first
            # until enough match. With many records in scope (a supervisor's, a room with one
            # counsellor) the scope must not lead (+: no index on case_id), or every record in scope
            # is read and sorted before the first hit is handed out: 4.1 s instead of milliseconds.
            if scope and not self._few_visits(scope, scope_params):
                scope = scope.replace(" AND v.case_id IN", " AND +v.case_id IN", 1)
            matched = self._db.query_all(
                "SELECT v.id FROM visits v WHERE (" + " OR ".join(f"v.{f} LIKE ? ESCAPE '\\'" for f in _FIELDS)
                + f"){below}{scope} ORDER BY v.id DESC LIMIT ?",
                (*[like] * len(_FIELDS), *below_params, *scope_params, limit))
        # CROSS JOIN: the addenda are read first (few, short); led by visits in id order the planner
        # would look for an addendum of every visit.
        in_addenda = self._db.query_all(
            "SELECT DISTINCT v.id FROM visit_addenda a CROSS JOIN visits v ON v.id = a.visit_id "
            f"WHERE a.text LIKE ? ESCAPE '\\'{below}{scope} ORDER BY v.id DESC LIMIT ?",
            (like, *below_params, *scope_params, limit))
        ids = sorted({r[0] for r in matched} | {r[0] for r in in_addenda}, reverse=True)[:limit]
        by_id = {r[0]: r for r in self._db.query_all(
            "SELECT v.id, v.case_id, c.client_id, cl.name, cl.case_no, c.counsellor_id, v.visit_date, "
            f"v.session_no, {', '.join('v.' + f for f in _FIELDS)} "
            "FROM visits v JOIN cases c ON c.id = v.case_id JOIN clients cl ON cl.id = c.client_id "
            "WHERE v.id IN (SELECT value FROM json_each(?))", (json.dumps(ids),))}
        rows = [by_id[i] for i in ids if i in by_id]
        addenda = self._addenda([r[0] for r in rows])
        pattern = re.compile(re.escape(text), re.IGNORECASE)
        hits = []
        for row in rows:
            visit_id, case_id, client_id, name, case_no, counsellor_id, visit_date, session_no = row[:8]
            parts = list(zip(_FIELDS, row[8:])) + [(ADDENDUM, a) for a in addenda.get(visit_id, [])]
            fields: list[str] = []
            snippets: dict[str, str] = {}
            for field, value in parts:
                found = pattern.search(value or "")
                if found is None:
                    continue
                if field not in fields:
                    fields.append(field)
                    snippets[field] = excerpt(value, found.start(), found.end() - found.start())
            # The presenting issue is a few words; an excerpt of the narrative says more.
            narrative = [f for f in fields if f != "presenting_issue"]
            snippet = snippets[narrative[0]] if narrative else snippets.get("presenting_issue", "")
            if not fields:
                # The index folds some characters differently: show where the record starts.
                first = next(((f, v) for f, v in parts if v), (_FIELDS[0], ""))
                fields, snippet = [first[0]], excerpt(first[1], 0, 0)
            hits.append(SearchHit(visit_id, case_id, client_id, name, case_no, counsellor_id, visit_date,
                                  snippet, tuple(fields), session_no))
        return hits

    def _few_visits(self, scope: str, params: Sequence[object]) -> bool:
        """Whether the records in ``scope`` are few enough to list them all before searching."""
        return int(self._db.query_value(
            f"SELECT count(*) FROM (SELECT 1 FROM visits v WHERE 1{scope} LIMIT ?)",
            (*params, _FEW_VISITS))) < _FEW_VISITS

    def _addenda(self, visit_ids: list[int]) -> dict[int, list[str]]:
        if not visit_ids:
            return {}
        found: dict[int, list[str]] = {}
        rows = self._db.query_all(
            f"SELECT visit_id, text FROM visit_addenda WHERE visit_id IN ({', '.join('?' for _ in visit_ids)}) "
            "ORDER BY id", visit_ids)
        for visit_id, text in rows:
            found.setdefault(visit_id, []).append(text)
        return found

    def case_ids_for(self, user_id: int) -> set[int]:
        rows = self._db.query_all(
            "SELECT id FROM cases WHERE counsellor_id = ? "
            "UNION SELECT case_id FROM case_shares WHERE user_id = ?", (user_id, user_id))
        return {r[0] for r in rows}
