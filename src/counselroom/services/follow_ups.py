"""Follow-ups due (R17): crisis follow-up dates, pending crisis steps, referral feedback, unsigned records."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum

from counselroom.domain.accounts import Role
from counselroom.domain.cases import Case
from counselroom.domain.clients import Client
from counselroom.domain.crisis import CrisisStep, StepState
from counselroom.domain.errors import NotFound, StorageError
from counselroom.services.crisis import CrisisService
from counselroom.services.session import Session
from counselroom.services.visits import VisitService
from counselroom.storage.cases_repo import CaseRepository
from counselroom.storage.clients_repo import ClientRepository
from counselroom.storage.referrals_repo import ReferralRepository


class FollowUpKind(str, Enum):
    CRISIS_FOLLOW_UP = "crisis_follow_up"    # a planned follow-up date of a crisis
    CRISIS_STEP = "crisis_step"              # a required step still open
    REFERRAL_FEEDBACK = "referral_feedback"  # feedback from the referral not yet recorded
    UNSIGNED_RECORD = "unsigned_record"      # a visit record still a draft


@dataclass(frozen=True)
class FollowUp:
    kind: FollowUpKind
    due: date
    case_id: int
    client_name: str
    case_no: str
    target_id: int          # crisis, referral or visit id
    detail: str = ""        # the step, for crisis steps


class FollowUpService:
    def __init__(self, session: Session) -> None:
        self._s = session

    def due(self, *, until: date | None = None) -> list[FollowUp]:
        """Everything due up to ``until`` (default: today) in cases the user holds."""
        user = self._s.require(Role.COUNSELLOR, Role.SUPERVISOR)
        until = until or self._s.today()
        items: list[FollowUp] = []
        for crisis in CrisisService(self._s).open_crises():
            for record in crisis.steps:
                if record.step is CrisisStep.FOLLOW_UP and record.state is StepState.DONE:
                    items += [FollowUp(FollowUpKind.CRISIS_FOLLOW_UP, d, crisis.case_id, crisis.client_name,
                                       crisis.client_case_no, crisis.id) for d in record.follow_up_dates
                              if d <= until]
                elif not record.settled:
                    items.append(FollowUp(FollowUpKind.CRISIS_STEP, crisis.opened_at.astimezone().date(),
                                          crisis.case_id, crisis.client_name, crisis.client_case_no, crisis.id,
                                          record.step.value))
        cases, clients = CaseRepository(self._s.db), ClientRepository(self._s.db)
        for referral in ReferralRepository(self._s.db).awaiting_feedback():
            due = referral.follow_up_on or referral.referred_on
            case = _case(cases, referral.case_id)
            mine = case.counsellor_id == user.id or user.id in cases.shared_with(case.id)
            if due <= until and (mine or user.is_supervisor):
                client = _client(clients, case.client_id)
                items.append(FollowUp(FollowUpKind.REFERRAL_FEEDBACK, due, case.id, client.name, client.case_no,
                                      referral.id))
        for visit in VisitService(self._s).unsigned():
            case = _case(cases, visit.case_id)
            client = _client(clients, case.client_id)
            if visit.created_at is None:        # NOT NULL in the table: a stored record always has it
                raise StorageError("storage.damaged")
            due = visit.content.visit_date or visit.created_at.astimezone().date()
            items.append(FollowUp(FollowUpKind.UNSIGNED_RECORD, due, case.id, client.name, client.case_no, visit.id))
        return sorted(items, key=lambda item: (item.due, item.kind.value, item.case_no))


def _case(cases: CaseRepository, case_id: int) -> Case:
    case = cases.get(case_id)
    if case is None:
        raise NotFound("case.not_found")
    return case


def _client(clients: ClientRepository, client_id: int) -> Client:
    client = clients.get(client_id)
    if client is None:
        raise NotFound("client.not_found")
    return client
