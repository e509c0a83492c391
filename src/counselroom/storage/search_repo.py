"""Full-text search over visit notes: the trigram index for 3+ characters, a scan below."""

from __future__ import annotations

from dataclasses import dataclass

from counselroom.storage.clients_repo import escape_like
from counselroom.storage.database import Database

_FIELDS = ("presenting_issue", "complaint", "process", "assessment", "plan")


@dataclass(frozen=True)
class SearchHit:
    visit_id: int
    case_id: int
    client_id: int
    client_name: str
    case_no: str
    counsellor_id: int
    visit_date: str | None
    snippet: str


class SearchRepository:
    def __init__(self, db: Database) -> None:
        self._db = db

    def search(self, text: str, case_ids: set[int] | None, limit: int = 200) -> list[SearchHit]:
        """Hits in visits of ``case_ids`` (None: every case)."""
        text = text.strip()
        if not text:
            return []
        scope, params = "", []
        if case_ids is not None:
            if not case_ids:
                return []
            scope = f" AND v.case_id IN ({', '.join('?' for _ in case_ids)})"
            params = sorted(case_ids)
        head = ("SELECT v.id, v.case_id, c.client_id, cl.name, cl.case_no, c.counsellor_id, v.visit_date, {snip} "
                "FROM visits v JOIN cases c ON c.id = v.case_id JOIN clients cl ON cl.id = c.client_id ")
        if len(text) >= 3:
            phrase = '"' + text.replace('"', '""') + '"'
            rows = self._db.query_all(
                head.format(snip="snippet(visits_fts, -1, '[', ']', '…', 12)") +
                f"JOIN visits_fts f ON f.rowid = v.id WHERE visits_fts MATCH ?{scope} "
                "ORDER BY v.visit_date DESC LIMIT ?", (phrase, *params, limit))
        else:
            like = f"%{escape_like(text)}%"
            condition = " OR ".join(f"v.{f} LIKE ? ESCAPE '\\'" for f in _FIELDS)
            rows = self._db.query_all(
                head.format(snip="substr(v.complaint || ' ' || v.process || ' ' || v.assessment, "
                                 "max(1, instr(v.complaint || ' ' || v.process || ' ' || v.assessment, ?) - 12), 40)") +
                f"WHERE ({condition}){scope} ORDER BY v.visit_date DESC LIMIT ?",
                (text, *[like] * len(_FIELDS), *params, limit))
        return [SearchHit(*r) for r in rows]

    def case_ids_for(self, user_id: int) -> set[int]:
        rows = self._db.query_all(
            "SELECT id FROM cases WHERE counsellor_id = ? "
            "UNION SELECT case_id FROM case_shares WHERE user_id = ?", (user_id, user_id))
        return {r[0] for r in rows}
