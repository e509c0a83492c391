"""Crisis intervention (R7): opened by a medium or high risk, closed only when every step is settled.

A crisis is opened by a signed visit record or test (``open_for_risk``), or by hand when someone
reports one (``open_by_hand``, issue 17 §5)."""

from __future__ import annotations

from dataclasses import replace

from counselroom.domain.access import oversees_all_cases
from counselroom.domain.accounts import Role
from counselroom.domain.audit import Action
from counselroom.domain.cases import CaseDraft, ProblemCategory
from counselroom.domain.clients import ClientDraft, validate_client
from counselroom.domain.crisis import (
    Crisis, CrisisReport, CrisisStep, StepRecord, check_closable, validate_report, validate_step,
)
from counselroom.domain.errors import NotFound, PermissionDenied, ValidationError
from counselroom.domain.visits import RiskLevel
from counselroom.domain.text import clean_text
from counselroom.services.cases import CaseService, case_target
from counselroom.services.clients import ClientService
from counselroom.services.session import Session
from counselroom.storage.cases_repo import CaseRepository
from counselroom.storage.clients_repo import ClientRepository
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

    def open_by_hand(self, report: CrisisReport, *, client_id: int | None = None,
                     new_client: ClientDraft | None = None, counsellor_id: int | None = None,
                     reason: str | None = None) -> Crisis:
        """Open a crisis someone reported (a 班主任's call about a student who never visited): for a
        registered client (``client_id``) or one registered on the way (``new_client``), with the
        same five steps and closing rule as a crisis opened by a record. Counsellors and the
        supervisor; the supervisor may open it for a colleague (``counsellor_id``).

        **The crisis belongs to a case, as every crisis does** (``crises.case_id`` stays NOT NULL).
        Every place that shows or checks a crisis reaches it through its case: who may see it
        (the case's counsellor and those it is shared with, the supervisor with a reason), the
        counsellor it is counted for in the statistics, Today and the follow-ups, the case window's
        crisis panel, the client's case file and the quarterly archive (a crisis comes with its
        case), the rule that a case with an open crisis cannot close, the closing checklist. A crisis
        without a case would need an exception in each of them and a second access rule. So the
        crisis joins the client's open case held by that counsellor, or, if there is none, a new case
        is opened for it (reason: what was reported; category: other, to be set when the counsellor
        knows more), held by the counsellor — which is what happens anyway when the student comes.
        A case already in crisis is refused (``crisis.already_open``): settle that one instead.

        One transaction: the client's registration, the case's opening and the crisis, each audited
        as it would be on its own (``CLIENT_CREATED``, ``CASE_OPENED``, ``CRISIS_OPENED`` with the
        source)."""
        user = self._s.require(Role.COUNSELLOR, Role.SUPERVISOR)
        report = validate_report(report, self._s.wall_now())
        if (client_id is None) == (new_client is None):
            raise ValidationError("client", "crisis.client_required")
        if new_client is not None:
            # Field problems of the registration before anything is written.
            new_client = validate_client(replace(new_client, referral_source=report.source.referral_source),
                                         self._s.today())
        holder = counsellor_id or user.id
        with self._s.db.transaction():
            if new_client is not None:
                client_id = ClientService(self._s).register(new_client).id
            elif ClientRepository(self._s.db).get(client_id or 0) is None:
                raise NotFound("client.not_found")
            assert client_id is not None
            case_id, opened_now = self._case_for(client_id, holder, report, counsellor_id, reason)
            if not opened_now and self._repo.open_for_case(case_id) is not None:
                raise ValidationError("client", "crisis.already_open")
            crisis_id = self._repo.open(case_id, None, report.risk, user.id, self._s.clock(), report=report)
            detail = {"crisis": crisis_id, "risk": report.risk.value, "source": report.source.value, "by_hand": True}
            if opened_now:   # opened by this user a moment ago: no reason to ask for a colleague's case
                self._s.audit.append(user, Action.CRISIS_OPENED, target=case_target(case_id), detail=detail)
            else:
                self._cases.authorize(case_id, reason=reason, action=Action.CRISIS_OPENED, detail=detail)
        return self._load(crisis_id)

    def _case_for(self, client_id: int, holder: int, report: CrisisReport, counsellor_id: int | None,
                  reason: str | None) -> tuple[int, bool]:
        """The client's newest open case held by ``holder``, else a new one (inside the transaction),
        and whether it is new."""
        held = [c for c in CaseRepository(self._s.db).for_client(client_id)
                if c.is_open and c.counsellor_id == holder]
        if held:
            return self._cases.check_access(held[-1].id, reason=reason).id, False
        draft = CaseDraft(opened_on=self._s.today(), reason=report.report, category=ProblemCategory.OTHER)
        return self._cases.open(client_id, draft, counsellor_id=counsellor_id).id, True

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
