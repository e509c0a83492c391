"""The cases a clinician works on: the left column of the visit records page."""

from __future__ import annotations

from counselroom.domain.accounts import Role
from counselroom.domain.cases import Case
from counselroom.services.session import Session
from counselroom.storage.my_cases_repo import MyCasesRepository


def my_open_cases(session: Session, *, limit: int | None = None) -> list[tuple[Case, str, str]]:
    """(case, client name, client case no.) of the user's open cases, newest first (the newest
    ``limit`` when given).

    A counsellor gets the cases assigned to them and the ones shared with them;
    the supervisor gets their own (others' cases are opened with a reason elsewhere).
    Listing reveals no notes, so it is not audited; opening a case is.
    """
    user = session.require(Role.COUNSELLOR, Role.SUPERVISOR)
    return MyCasesRepository(session.db).open_cases_of(user.id, include_shared=True, limit=limit)


def count_my_open_cases(session: Session) -> int:
    """How many open cases :func:`my_open_cases` lists in all."""
    user = session.require(Role.COUNSELLOR, Role.SUPERVISOR)
    return MyCasesRepository(session.db).count_open_cases_of(user.id, include_shared=True)


def case_labels(session: Session, case_ids: list[int]) -> dict[int, tuple[str, str, int]]:
    """case id → (client name, client case no., case number): registration data only, no notes."""
    session.require(Role.COUNSELLOR, Role.SUPERVISOR)
    return MyCasesRepository(session.db).labels(sorted(set(case_ids)))
