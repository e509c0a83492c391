"""Who may see what (R16). Pure rules; the services apply them on every call.

- Assistants: registration and appointments only — never notes, risk, tests or crises.
- Counsellors: the cases assigned to them and the ones the supervisor shares with them.
- Supervisor: everything, but opening a case that is not theirs needs a stated
  reason (break-glass), which the service audits.
"""

from __future__ import annotations

from enum import Enum

from counselroom.domain.accounts import Role, User
from counselroom.domain.cases import Case


class CaseAccess(Enum):
    NONE = "none"
    OWN = "own"              # assigned or shared: open freely
    BREAK_GLASS = "break_glass"  # supervisor, not theirs: only with a reason


def case_access(user: User, case: Case, shared_with: set[int]) -> CaseAccess:
    if user.role is Role.ASSISTANT:
        return CaseAccess.NONE
    if case.counsellor_id == user.id or user.id in shared_with:
        return CaseAccess.OWN
    if user.role is Role.SUPERVISOR:
        return CaseAccess.BREAK_GLASS
    return CaseAccess.NONE


def may_see_clinical(user: User) -> bool:
    """Notes, risk, tests and crises exist for counsellors and the supervisor only."""
    return user.role in (Role.COUNSELLOR, Role.SUPERVISOR)


def may_register(user: User) -> bool:
    return user.active
