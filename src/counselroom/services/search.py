"""Searching the notes a user may see (their own and shared cases)."""

from __future__ import annotations

from dataclasses import dataclass

from counselroom.domain.access import oversees_all_cases
from counselroom.domain.accounts import Role
from counselroom.domain.audit import Action
from counselroom.domain.errors import PermissionDenied
from counselroom.services.session import Session
from counselroom.storage.search_repo import SearchHit, SearchRepository


@dataclass(frozen=True)
class SearchResults:
    hits: list[SearchHit]
    #: More (older) records match: ask again with ``older_than`` the last hit's visit id.
    more: bool


class SearchService:
    def __init__(self, session: Session) -> None:
        self._s = session

    def search(self, text: str, *, all_cases_reason: str | None = None, limit: int = 200) -> list[SearchHit]:
        """The newest ``limit`` hits (see :meth:`find`)."""
        return self.find(text, all_cases_reason=all_cases_reason, limit=limit).hits

    def find(self, text: str, *, all_cases_reason: str | None = None, limit: int = 200,
             older_than: int | None = None) -> SearchResults:
        """Own and shared cases; the supervisor searches every case only with a stated reason.

        Newest record first, at most ``limit`` hits, of records older than visit ``older_than``
        when given (the next page: each page of an all-cases search is audited as a search)."""
        user = self._s.require(Role.COUNSELLOR, Role.SUPERVISOR)
        repo = SearchRepository(self._s.db)
        reason = (all_cases_reason or "").strip()
        wide = bool(reason)
        if wide and not oversees_all_cases(user):
            raise PermissionDenied("permission.denied")
        # One more than asked: whether older hits remain, without counting them.
        hits = repo.search(text, None if wide else user.id, limit + 1, older_than=older_than)
        results = SearchResults(hits[:limit], len(hits) > limit)
        if wide:
            # Searching everyone's notes is a break-glass of its own; the query is not kept.
            with self._s.db.transaction():
                self._s.audit.append(user, Action.NOTES_SEARCHED, detail={
                    "reason": reason, "hits": len(results.hits)})
        return results
