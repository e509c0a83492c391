"""Cases (个案): opening, reading with the access rules, closing, reassigning, sharing."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from counselroom.domain.access import CaseAccess, acts_for_colleagues, case_access
from counselroom.domain.accounts import Role, User
from counselroom.domain.audit import Action
from counselroom.domain.cases import Case, CaseClosing, CaseDraft, validate_case, validate_closing
from counselroom.domain.errors import NotFound, PermissionDenied, ValidationError
from counselroom.services.session import Session
from counselroom.storage.cases_repo import CaseRepository
from counselroom.storage.clients_repo import ClientRepository
from counselroom.storage.crises_repo import CrisisRepository
from counselroom.storage.users_repo import UserRepository


def case_target(case_id: int) -> str:
    return f"case:{case_id}"


@dataclass(frozen=True)
class CaseEntry:
    """A case as listed on a client's page, with what the viewer may do with it."""
    case: Case
    access: CaseAccess
    counsellor_name: str


class CaseService:
    def __init__(self, session: Session) -> None:
        self._s = session

    @property
    def _cases(self) -> CaseRepository:
        return CaseRepository(self._s.db)

    def _clinician(self) -> User:
        return self._s.require(Role.COUNSELLOR, Role.SUPERVISOR)

    def _load(self, case_id: int) -> Case:
        case = self._cases.get(case_id)
        if case is None:
            raise NotFound("case.not_found")
        return case

    def access(self, case: Case) -> CaseAccess:
        user = self._s.require()
        found = case_access(user, case, self._cases.shared_with(case.id))
        if found is CaseAccess.BREAK_GLASS and case.id in self._s.break_glass:
            return CaseAccess.OWN
        return found

    def check_access(self, case_id: int, *, reason: str | None = None) -> Case:
        """Refuse, before anything else, a user who may not work on the case.

        Services call this ahead of their own rules, so a refusal never tells an
        outsider whether a record is open, signed or settled; ``authorize`` then
        audits the access inside the change's transaction.
        """
        return self._checked(case_id, reason)[0]

    def _checked(self, case_id: int, reason: str | None) -> tuple[Case, CaseAccess]:
        case = self._load(case_id)
        access = self.access(case)
        if access is CaseAccess.NONE:
            raise PermissionDenied("case.not_yours")
        if access is CaseAccess.BREAK_GLASS and not (reason or "").strip():
            raise PermissionDenied("case.reason_required")
        return case, access

    def authorize(self, case_id: int, *, reason: str | None = None, action: Action = Action.CASE_VIEWED,
                  detail: dict[str, Any] | None = None) -> Case:
        """Load a case the acting user may work on, auditing the access.

        Other services call this before reading or writing anything of the case.
        A supervisor opening someone else's case must give ``reason`` once per session.
        """
        user = self._s.require()
        case, access = self._checked(case_id, reason)  # one read of the case and its shares
        with self._s.db.transaction():
            if access is CaseAccess.BREAK_GLASS:
                reason = (reason or "").strip()  # check_access made sure there is one
                # Remembered only once the audit row is committed.
                self._s.db.after_commit(lambda: self._s.break_glass.__setitem__(case.id, reason))
                self._s.audit.append(user, Action.CASE_BREAK_GLASS, target=case_target(case.id),
                                     detail={"reason": reason})
            self._s.audit.append(user, action, target=case_target(case.id), detail=detail or {})
        return case

    def get(self, case_id: int, *, reason: str | None = None) -> Case:
        return self.authorize(case_id, reason=reason)

    def for_client(self, client_id: int) -> list[CaseEntry]:
        """The client's cases with the viewer's access; assistants see none.

        A case the viewer may not open yet (another counsellor's, or the supervisor's
        before giving a reason) comes without its clinical text: listing is not opening.
        """
        self._clinician()
        users = {u.id: u.display_name for u in UserRepository(self._s.db).all()}
        entries = []
        for case in self._cases.for_client(client_id):
            access = self.access(case)
            if access in (CaseAccess.NONE, CaseAccess.BREAK_GLASS):
                case = replace(case, reason="", plan="", closing_summary="", outcome=None, satisfaction=None)
            entries.append(CaseEntry(case, access, users.get(case.counsellor_id, "")))
        return entries

    def open(self, client_id: int, draft: CaseDraft, *, counsellor_id: int | None = None) -> Case:
        user = self._clinician()
        if ClientRepository(self._s.db).get(client_id) is None:
            raise NotFound("client.not_found")
        counsellor_id = counsellor_id or user.id
        if counsellor_id != user.id:
            if not acts_for_colleagues(user):
                raise PermissionDenied("case.assign_supervisor_only")
            self._check_counsellor(counsellor_id)
        draft = validate_case(draft, self._s.today())
        with self._s.db.transaction():
            case_id = self._cases.add(client_id, counsellor_id, draft, self._s.clock())
            self._s.audit.append(user, Action.CASE_OPENED, target=case_target(case_id),
                                 detail={"client_id": client_id, "counsellor_id": counsellor_id})
        return self._load(case_id)

    def _check_counsellor(self, user_id: int) -> None:
        target = UserRepository(self._s.db).get(user_id)
        if target is None or not target.active or target.role is Role.ASSISTANT:
            raise ValidationError("counsellor", "case.counsellor_invalid")

    def update_plan(self, case_id: int, draft: CaseDraft, *, reason: str | None = None) -> Case:
        self._clinician()
        case = self.check_access(case_id, reason=reason)
        draft = validate_case(draft, self._s.today())
        with self._s.db.transaction():
            self.authorize(case_id, reason=reason, action=Action.CASE_UPDATED,
                           detail={"fields": [f for f in ("reason", "category", "plan")
                                              if getattr(case, f) != getattr(draft, f)]})
            self._cases.update_plan(case_id, draft, self._s.clock())
        return self._load(case_id)

    def close(self, case_id: int, closing: CaseClosing, *, reason: str | None = None) -> Case:
        self._clinician()
        case = self.check_access(case_id, reason=reason)
        if not case.is_open:
            raise ValidationError("status", "case.already_closed")
        closing = validate_closing(closing, case, self._s.today())
        with self._s.db.transaction():
            self.authorize(case_id, reason=reason, action=Action.CASE_CLOSED,
                           detail={"outcome": closing.outcome.value})
            # Only after the access check: whether a case has a crisis is itself clinical.
            if CrisisRepository(self._s.db).open_for_case(case_id) is not None:
                raise ValidationError("status", "case.open_crisis")
            self._cases.close(case_id, closing, self._s.clock())
        return self._load(case_id)

    def reopen(self, case_id: int, *, reason: str | None = None) -> Case:
        self._clinician()
        if self.check_access(case_id, reason=reason).is_open:
            return self._load(case_id)
        with self._s.db.transaction():
            self.authorize(case_id, reason=reason, action=Action.CASE_REOPENED)
            self._cases.reopen(case_id, self._s.clock())
        return self._load(case_id)

    def reassign(self, case_id: int, counsellor_id: int) -> Case:
        user = self._s.require(Role.SUPERVISOR)
        case = self._load(case_id)
        self._check_counsellor(counsellor_id)
        with self._s.db.transaction():
            self._cases.reassign(case_id, counsellor_id, self._s.clock())
            self._s.audit.append(user, Action.CASE_REASSIGNED, target=case_target(case_id),
                                 detail={"from": case.counsellor_id, "to": counsellor_id})
        return self._load(case_id)

    def share(self, case_id: int, user_id: int) -> None:
        user = self._s.require(Role.SUPERVISOR)
        self._load(case_id)
        self._check_counsellor(user_id)
        with self._s.db.transaction():
            self._cases.share(case_id, user_id, user.id, self._s.clock())
            self._s.audit.append(user, Action.CASE_SHARED, target=case_target(case_id),
                                 detail={"with": user_id})

    def shared_with(self, case_id: int) -> list[tuple[int, str]]:
        """(id, display name) of the counsellors the case is shared with, by name: for the supervisor.

        Who may open a case is not clinical content, so reading it is not audited.
        """
        self._s.require(Role.SUPERVISOR)
        self._load(case_id)
        users = {u.id: u.display_name for u in UserRepository(self._s.db).all()}
        found = [(uid, users.get(uid, "")) for uid in self._cases.shared_with(case_id)]
        return sorted(found, key=lambda pair: (pair[1], pair[0]))

    def unshare(self, case_id: int, user_id: int) -> None:
        user = self._s.require(Role.SUPERVISOR)
        self._load(case_id)
        with self._s.db.transaction():
            self._cases.unshare(case_id, user_id)
            self._s.audit.append(user, Action.CASE_UNSHARED, target=case_target(case_id),
                                 detail={"with": user_id})
