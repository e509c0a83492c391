"""Crisis intervention (R7): opened by a medium or high risk, closed only when every step is settled."""

from __future__ import annotations

from dataclasses import replace

from counselroom.domain.access import oversees_all_cases
from counselroom.domain.accounts import Role
from counselroom.domain.audit import Action
from counselroom.domain.crisis import Crisis, CrisisStep, StepRecord, check_closable, validate_step
from counselroom.domain.errors import NotFound, PermissionDenied, ValidationError
from counselroom.domain.visits import RiskLevel
from counselroom.domain.text import clean_text
from counselroom.services.cases import CaseService
from counselroom.services.session import Session
from counselroom.storage.crises_repo import CrisisRepository

NOTE_MAX = 2000
CLOSED_LIST_MAX = 500
_ORDER = [RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH]


def crisis_target(crisis_id: int) -> str:
    return f"crisis:{crisis_id}"


class CrisisService:
    def __init__(self, session: Session) -> None:
        self._s = session
        self._cases = CaseService(session)

    @property
    def _repo(self) -> CrisisRepository:
        return CrisisRepository(self._s.db)

    def _load(self, crisis_id: int) -> Crisis:
        crisis = self._repo.get(crisis_id)
        if crisis is None:
            raise NotFound("crisis.not_found")
        return crisis

    def open_for_risk(self, case_id: int, risk: RiskLevel, *, visit_id: int | None = None,
                      test_id: int | None = None, reason: str | None = None) -> Crisis:
        """Open a crisis for the case, or raise the level of the one already open.

        Runs inside the caller's transaction when there is one (signing a visit or a test);
        ``visit_id`` / ``test_id`` name the signed record that opened it."""
        with self._s.db.transaction():
            detail = {"risk": risk.value, "visit": visit_id}
            if test_id is not None:
                detail["test"] = test_id
            self._cases.authorize(case_id, reason=reason, action=Action.CRISIS_OPENED, detail=detail)
            existing = self._repo.open_for_case(case_id)
            if existing is not None:
                if _ORDER.index(risk) > _ORDER.index(existing.risk):
                    self._repo.raise_risk(existing.id, risk)
                return self._load(existing.id)
            crisis_id = self._repo.open(case_id, visit_id, risk, self._s.user.id, self._s.clock(), test_id)
        return self._load(crisis_id)

    def get(self, crisis_id: int, *, reason: str | None = None) -> Crisis:
        crisis = self._load(crisis_id)
        self._cases.authorize(crisis.case_id, reason=reason, action=Action.CASE_VIEWED,
                              detail={"crisis": crisis_id})
        return crisis

    def settle_step(self, crisis_id: int, record: StepRecord, *, reason: str | None = None) -> Crisis:
        crisis = self._load(crisis_id)
        self._cases.check_access(crisis.case_id, reason=reason)
        if not crisis.is_open:
            raise ValidationError("status", "crisis.closed")
        record = validate_step(replace(record, recorded_by=self._s.require().id), self._s.wall_now())
        with self._s.db.transaction():
            self._cases.authorize(crisis.case_id, reason=reason, action=Action.CRISIS_STEP,
                                  detail={"crisis": crisis_id, "step": record.step.value,
                                          "state": record.state.value})
            self._repo.settle(crisis_id, record, self._s.clock())
        return self._load(crisis_id)

    def review(self, crisis_id: int, *, reason: str | None = None) -> Crisis:
        """Record that the open crisis was looked at today (the closing checklist asks)."""
        crisis = self._load(crisis_id)
        with self._s.db.transaction():
            self._cases.authorize(crisis.case_id, reason=reason, action=Action.CRISIS_REVIEWED,
                                  detail={"crisis": crisis_id})
            self._repo.reviewed(crisis_id, self._s.clock())
        return self._load(crisis_id)

    def close(self, crisis_id: int, note: str, *, reason: str | None = None) -> Crisis:
        crisis = self._load(crisis_id)
        self._cases.check_access(crisis.case_id, reason=reason)
        if not crisis.is_open:
            raise ValidationError("status", "crisis.closed")
        check_closable(crisis)
        note = clean_text(note)
        if not note:
            raise ValidationError("closing_note", "field.required")
        if len(note) > NOTE_MAX:
            raise ValidationError("closing_note", "text.too_long", max=NOTE_MAX)
        with self._s.db.transaction():
            self._cases.authorize(crisis.case_id, reason=reason, action=Action.CRISIS_CLOSED,
                                  detail={"crisis": crisis_id})
            self._repo.close(crisis_id, note, self._s.clock())
        return self._load(crisis_id)

    def open_crises(self) -> list[Crisis]:
        """Shown on every start: a counsellor's own (and shared) cases; the supervisor sees all."""
        user = self._s.require()
        if user.role is Role.ASSISTANT:
            raise PermissionDenied("permission.denied")
        return self._repo.all_open(of_user=None if oversees_all_cases(user) else user.id)

    def closed_crises(self, limit: int = CLOSED_LIST_MAX) -> list[Crisis]:
        """Closed crises the user may list, the most recently closed first (same rule as ``open_crises``)."""
        user = self._s.require()
        if user.role is Role.ASSISTANT:
            raise PermissionDenied("permission.denied")
        return self._repo.all_closed(limit, of_user=None if oversees_all_cases(user) else user.id)

    def for_case(self, case_id: int, *, reason: str | None = None) -> Crisis | None:
        """The case's open crisis, else its latest closed one, else None — read with the case's access rule."""
        crisis = self._repo.latest_for_case(case_id)   # returned only once the access is granted
        self._cases.authorize(case_id, reason=reason, action=Action.CASE_VIEWED,
                              detail={"crisis": crisis.id if crisis else None})
        return crisis

    def open_for_case(self, case_id: int, *, reason: str | None = None) -> Crisis | None:
        self._cases.authorize(case_id, reason=reason)
        return self._repo.open_for_case(case_id)


__all__ = ["CrisisService", "CrisisStep"]
