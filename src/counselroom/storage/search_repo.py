"""Full-text search over visit notes: the trigram index for 3+ characters, a scan below.

Signed addenda are searched too (a scan: they are short and few). Each hit says in
which parts of the record the words were found, and carries a short plain-text
excerpt around the first place; marking the words up is the screen's business, so
the excerpt holds no markers that a note's own text could be confused with.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from counselroom.storage.clients_repo import escape_like
from counselroom.storage.database import Database

_FIELDS = ("presenting_issue", "complaint", "process", "assessment", "plan")
ADDENDUM = "addendum"
SNIPPET_BEFORE = 12   # characters of context before the first match
SNIPPET_AFTER = 36    # … and after it


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

    def search(self, text: str, case_ids: set[int] | None, limit: int = 200) -> list[SearchHit]:
        """Hits in visits of ``case_ids`` (None: every case), newest visit first."""
        text = text.strip()
        if not text:
            return []
        scope, scope_params = "", []
        if case_ids is not None:
            if not case_ids:
                return []
            scope = f" AND v.case_id IN ({', '.join('?' for _ in case_ids)})"
            scope_params = sorted(case_ids)
        like = f"%{escape_like(text)}%"
        in_addenda = "v.id IN (SELECT visit_id FROM visit_addenda WHERE text LIKE ? ESCAPE '\\')"
        if len(text) >= 3:
            phrase = '"' + text.replace('"', '""') + '"'
            where = f"(v.id IN (SELECT rowid FROM visits_fts WHERE visits_fts MATCH ?) OR {in_addenda})"
            params = [phrase, like]
        else:
            where = "(" + " OR ".join(f"v.{f} LIKE ? ESCAPE '\\'" for f in _FIELDS) + f" OR {in_addenda})"
            params = [like] * (len(_FIELDS) + 1)
        rows = self._db.query_all(
            "SELECT v.id, v.case_id, c.client_id, cl.name, cl.case_no, c.counsellor_id, v.visit_date, "
            f"v.session_no, {', '.join('v.' + f for f in _FIELDS)} "
            "FROM visits v JOIN cases c ON c.id = v.case_id JOIN clients cl ON cl.id = c.client_id "
            f"WHERE {where}{scope} ORDER BY v.visit_date DESC, v.id DESC LIMIT ?",
            (*params, *scope_params, limit))
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
