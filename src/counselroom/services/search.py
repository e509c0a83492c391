"""Searching the notes a user may see (their own and shared cases)."""

from __future__ import annotations

from counselroom.domain.access import oversees_all_cases
from counselroom.domain.accounts import Role
from counselroom.domain.audit import Action
from counselroom.domain.errors import PermissionDenied
from counselroom.services.session import Session
from counselroom.storage.search_repo import SearchHit, SearchRepository


class SearchService:
    def __init__(self, session: Session) -> None:
        self._s = session

    def search(self, text: str, *, all_cases_reason: str | None = None, limit: int = 200) -> list[SearchHit]:
        """Own and shared cases; the supervisor searches every case only with a stated reason."""
        user = self._s.require(Role.COUNSELLOR, Role.SUPERVISOR)
        repo = SearchRepository(self._s.db)
        reason = (all_cases_reason or "").strip()
        wide = bool(reason)
        if wide and not oversees_all_cases(user):
            raise PermissionDenied("permission.denied")
        scope = None if wide else repo.case_ids_for(user.id)
        hits = repo.search(text, scope, limit)
        if wide:
            # Searching everyone's notes is a break-glass of its own; the query is not kept.
            with self._s.db.transaction():
                self._s.audit.append(user, Action.NOTES_SEARCHED, detail={
                    "reason": reason, "hits": len(hits)})
        return hits
