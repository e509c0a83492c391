"""Follow-ups due (R17): crisis follow-up dates, pending crisis steps, referral feedback, unsigned records,
and reviews of the attention register (R20)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum

from counselroom.domain.accounts import Role
from counselroom.domain.crisis import Crisis, CrisisStep, StepState
from counselroom.domain.errors import NotFound, StorageError
from counselroom.services.care_register import CareRegisterService
from counselroom.services.crisis import CrisisService
from counselroom.services.session import Session
from counselroom.services.visits import VisitService
from counselroom.storage.my_cases_repo import MyCasesRepository
from counselroom.storage.referrals_repo import ReferralRepository
from counselroom.storage.search_repo import SearchRepository


class FollowUpKind(str, Enum):
    CRISIS_FOLLOW_UP = "crisis_follow_up"    # a planned follow-up date of a crisis
    CRISIS_STEP = "crisis_step"              # a required step still open
    REFERRAL_FEEDBACK = "referral_feedback"  # feedback from the referral not yet recorded
    UNSIGNED_RECORD = "unsigned_record"      # a visit record still a draft
    REGISTER_REVIEW = "register_review"      # an attention-register entry's next review (no case: case_id 0)


@dataclass(frozen=True)
class FollowUp:
    kind: FollowUpKind
    due: date
    case_id: int
    client_name: str
    case_no: str
    target_id: int          # crisis, referral, visit or register entry id
    detail: str = ""        # the step, for crisis steps


class FollowUpService:
    def __init__(self, session: Session) -> None:
        self._s = session

    def due(self, *, until: date | None = None, open_crises: list[Crisis] | None = None,
            with_drafts: bool = True, with_register: bool = True) -> list[FollowUp]:
        """Everything due up to ``until`` (default: today) in cases the user holds.

        ``open_crises``: the user's open crises if the caller has just read them (Today reads them
        for its notices; reading them twice was a quarter of its follow-ups load on a big room).
        ``with_drafts=False`` leaves out unsigned records, ``with_register=False`` the register's
        reviews, for a caller that lists them itself."""
        user = self._s.require(Role.COUNSELLOR, Role.SUPERVISOR)
        until = until or self._s.today()
        items: list[FollowUp] = []
        crises = CrisisService(self._s).open_crises() if open_crises is None else open_crises
        for crisis in crises:
            opened_on = crisis.opened_at.astimezone().date()
            for record in crisis.steps:
                if record.step is CrisisStep.FOLLOW_UP and record.state is StepState.DONE:
                    items += [FollowUp(FollowUpKind.CRISIS_FOLLOW_UP, d, crisis.case_id, crisis.client_name,
                                       crisis.client_case_no, crisis.id) for d in record.follow_up_dates
                              if d <= until]
                elif not record.settled:
                    items.append(FollowUp(FollowUpKind.CRISIS_STEP, opened_on, crisis.case_id, crisis.client_name,
                                          crisis.client_case_no, crisis.id, record.step.value))
        referrals = [r for r in ReferralRepository(self._s.db).awaiting_feedback()
                     if (r.follow_up_on or r.referred_on) <= until]
        if not user.is_supervisor:
            mine = SearchRepository(self._s.db).case_ids_for(user.id)
            referrals = [r for r in referrals if r.case_id in mine]
        drafts = VisitService(self._s).unsigned() if with_drafts else []
        # One query for every label instead of a case and a client read per row.
        labels = MyCasesRepository(self._s.db).labels(sorted({r.case_id for r in referrals}
                                                             | {v.case_id for v in drafts}))
        for referral in referrals:
            name, case_no = _label(labels, referral.case_id)
            items.append(FollowUp(FollowUpKind.REFERRAL_FEEDBACK, referral.follow_up_on or referral.referred_on,
                                  referral.case_id, name, case_no, referral.id))
        for visit in drafts:
            name, case_no = _label(labels, visit.case_id)
            if visit.created_at is None:        # NOT NULL in the table: a stored record always has it
                raise StorageError("storage.damaged")
            due = visit.content.visit_date or visit.created_at.astimezone().date()
            items.append(FollowUp(FollowUpKind.UNSIGNED_RECORD, due, visit.case_id, name, case_no, visit.id))
        if with_register:
            items += [FollowUp(FollowUpKind.REGISTER_REVIEW, r.due, 0, r.client_name, r.client_case_no, r.entry_id,
                               r.level.value) for r in CareRegisterService(self._s).reviews_due(until)]
        return sorted(items, key=lambda item: (item.due, item.kind.value, item.case_no))


def _label(labels: dict[int, tuple[str, str, int]], case_id: int) -> tuple[str, str]:
    """(client name, client case no.) of the case."""
    if case_id not in labels:
        raise NotFound("case.not_found")
    name, case_no, _number = labels[case_id]
    return name, case_no
