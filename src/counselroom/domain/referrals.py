"""Referrals (转介, R8): to whom, why, with the guardian's consent, and what came back."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from enum import Enum

from counselroom.domain.errors import ValidationError
from counselroom.domain.text import clean_line, clean_text

TEXT_MAX = 3000


class ReferralStatus(str, Enum):
    SENT = "sent"                  # 已转介，等待反馈
    FEEDBACK = "feedback"          # 已收到反馈
    CLOSED = "closed"


@dataclass(frozen=True)
class ReferralDraft:
    institution: str
    reason: str
    referred_on: date
    contact: str = ""
    guardian_consent: bool = False
    consent_on: date | None = None
    follow_up_on: date | None = None


@dataclass(frozen=True)
class Referral(ReferralDraft):
    id: int = 0
    case_id: int = 0
    status: ReferralStatus = ReferralStatus.SENT
    feedback: str = ""
    feedback_on: date | None = None


def _text(name: str, value: str, required: bool = False, *, lines: bool = True) -> str:
    value = clean_text(value) if lines else clean_line(value)
    if required and not value:
        raise ValidationError(name, "field.required")
    if len(value) > TEXT_MAX:
        raise ValidationError(name, "text.too_long", max=TEXT_MAX)
    return value


def validate_referral(draft: ReferralDraft, today: date, *, is_minor: bool) -> ReferralDraft:
    if draft.referred_on > today:
        raise ValidationError("referred_on", "date.in_future")
    if is_minor and not draft.guardian_consent:
        raise ValidationError("guardian_consent", "referral.guardian_consent")
    if draft.guardian_consent and draft.consent_on is None:
        raise ValidationError("consent_on", "field.required")
    if draft.follow_up_on is not None and draft.follow_up_on < draft.referred_on:
        raise ValidationError("follow_up_on", "referral.follow_up_before")
    return replace(draft, institution=_text("institution", draft.institution, True, lines=False),
                   reason=_text("reason", draft.reason, True),
                   contact=_text("contact", draft.contact, lines=False))


def validate_feedback(text: str, on: date, referral: Referral, today: date) -> str:
    if on > today:
        raise ValidationError("feedback_on", "date.in_future")
    if on < referral.referred_on:
        raise ValidationError("feedback_on", "referral.feedback_before")
    return _text("feedback", text, True)
