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


def may_administer(user: User) -> bool:
    """Accounts, the audit log, backups, settings, archives, the scale library and recovery: the
    supervisor's (负责人) work alone."""
    return user.role is Role.SUPERVISOR


def acts_for_colleagues(user: User) -> bool:
    """Records on a colleague's behalf — opens a case for, hands materials to, enters duty of another
    clinician; everyone else records only what they do themselves."""
    return user.role is Role.SUPERVISOR


def oversees_all_cases(user: User) -> bool:
    """Sees every counsellor's crises and follow-ups, may search every case with a stated reason,
    reassigns and shares cases."""
    return user.role is Role.SUPERVISOR


def books_for_anyone(user: User) -> bool:
    """An assistant books for whichever counsellor is free, so a new booking names nobody until
    chosen; a clinician's booking starts as their own."""
    return user.role is Role.ASSISTANT
