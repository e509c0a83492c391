"""Referrals (R8): recorded on the case, followed up until feedback arrives."""

from __future__ import annotations

from datetime import date

from counselroom.domain.audit import Action
from counselroom.domain.clients import ClientType
from counselroom.domain.errors import NotFound, ValidationError
from counselroom.domain.referrals import Referral, ReferralDraft, ReferralStatus, validate_feedback, validate_referral
from counselroom.services.cases import CaseService
from counselroom.services.session import Session
from counselroom.storage.clients_repo import ClientRepository
from counselroom.storage.referrals_repo import ReferralRepository

ADULT_AGE = 18


class ReferralService:
    def __init__(self, session: Session) -> None:
        self._s = session
        self._cases = CaseService(session)

    @property
    def _repo(self) -> ReferralRepository:
        return ReferralRepository(self._s.db)

    def _load(self, referral_id: int) -> Referral:
        found = self._repo.get(referral_id)
        if found is None:
            raise NotFound("referral.not_found")
        return found

    def create(self, case_id: int, draft: ReferralDraft, *, reason: str | None = None) -> Referral:
        today = self._s.today()
        with self._s.db.transaction():
            case = self._cases.authorize(case_id, reason=reason, action=Action.REFERRAL_CREATED)
            client = ClientRepository(self._s.db).get(case.client_id)
            if client is None:
                raise NotFound("client.not_found")
            age = client.age(today)
            # Students are minors unless their birth date says otherwise: the guardian consents.
            minor = client.client_type is ClientType.STUDENT and (age is None or age < ADULT_AGE)
            draft = validate_referral(draft, today, is_minor=minor)
            referral_id = self._repo.add(case_id, draft, self._s.user.id, self._s.clock())
        return self._load(referral_id)

    def record_feedback(self, referral_id: int, text: str, on: date, *, reason: str | None = None) -> Referral:
        referral = self._load(referral_id)
        self._cases.check_access(referral.case_id, reason=reason)
        if referral.status is ReferralStatus.CLOSED:
            # Closing is final: feedback recorded afterwards would silently reopen it.
            raise ValidationError("status", "referral.closed")
        text = validate_feedback(text, on, referral, self._s.today())
        with self._s.db.transaction():
            self._cases.authorize(referral.case_id, reason=reason, action=Action.REFERRAL_FEEDBACK,
                                  detail={"referral": referral_id})
            self._repo.record_feedback(referral_id, text, on, self._s.clock())
        return self._load(referral_id)

    def close(self, referral_id: int, *, reason: str | None = None) -> Referral:
        referral = self._load(referral_id)
        self._cases.check_access(referral.case_id, reason=reason)
        if referral.status is ReferralStatus.CLOSED:
            raise ValidationError("status", "referral.closed")
        with self._s.db.transaction():
            self._cases.authorize(referral.case_id, reason=reason, action=Action.REFERRAL_CLOSED,
                                  detail={"referral": referral_id})
            self._repo.close(referral_id, self._s.clock())
        return self._load(referral_id)

    def for_case(self, case_id: int, *, reason: str | None = None) -> list[Referral]:
        self._cases.authorize(case_id, reason=reason)
        return self._repo.for_case(case_id)
