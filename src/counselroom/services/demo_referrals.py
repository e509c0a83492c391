"""Generated referrals (R8): made with the guardian's consent, answered by the hospital, closed."""

from __future__ import annotations

from datetime import datetime, timedelta

from counselroom.domain.audit import Action
from counselroom.domain.consent import ConsentDraft, ConsentGiver, ConsentKind
from counselroom.domain.referrals import ReferralDraft
from counselroom.services.cases import case_target
from counselroom.services.demo_agenda import Agenda, add_weekdays, at
from counselroom.services.demo_state import CaseFile
from counselroom.services.demo_words import FEEDBACKS, INSTITUTIONS, REFERRAL_REASONS
from counselroom.services.demo_writer import Writer, moment


class Referrals:
    def __init__(self, writer: Writer, agenda: Agenda) -> None:
        self._w = writer
        self._agenda = agenda

    def refer(self, when: datetime, case: CaseFile, reason: str | None = None) -> str:
        """The referral and, for a minor, the guardian's consent to it; returns the institution."""
        rng, w, day = case.rng, self._w, when.date()
        institution = rng.choice(INSTITUTIONS)
        consent = ConsentDraft(ConsentKind.REFERRAL, ConsentGiver.GUARDIAN if case.minor else ConsentGiver.CLIENT,
                               day, f"转介至{institution}", True, case.case_id)
        w.log(case.counsellor, Action.CONSENT_RECORDED, when, case_target(case.case_id))
        w.consents.add(case.client_id, consent, case.counsellor.id, moment(when))
        w.counts["consents"] += 1
        draft = ReferralDraft(institution, reason or rng.choice(REFERRAL_REASONS), day, "门诊部",
                              guardian_consent=case.minor, consent_on=day if case.minor else None,
                              follow_up_on=day + timedelta(days=14))
        w.log(case.counsellor, Action.REFERRAL_CREATED, when, case_target(case.case_id))
        referral_id = w.referrals.add(case.case_id, draft, case.counsellor.id, moment(when))
        w.counts["referrals"] += 1
        case.referred = True
        answered = add_weekdays(day, rng.randint(6, 20))
        self._agenda.at(at(answered, rng.randint(14, 16), rng.randrange(0, 60, 5)), self._feedback, case,
                        referral_id)
        return institution

    def _feedback(self, when: datetime, case: CaseFile, referral_id: int) -> None:
        w = self._w
        w.log(case.counsellor, Action.REFERRAL_FEEDBACK, when, case_target(case.case_id), {"referral": referral_id})
        w.referrals.record_feedback(referral_id, case.rng.choice(FEEDBACKS), when.date(), moment(when))
        later = add_weekdays(when.date(), case.rng.randint(1, 5))
        self._agenda.at(at(later, 15, case.rng.randrange(0, 50, 5)), self._close, case, referral_id)

    def _close(self, when: datetime, case: CaseFile, referral_id: int) -> None:
        self._w.log(case.counsellor, Action.REFERRAL_CLOSED, when, case_target(case.case_id),
                    {"referral": referral_id})
        self._w.referrals.close(referral_id, moment(when))
