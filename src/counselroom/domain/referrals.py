"""Referrals (转介, R8): to whom (the institution as typed, and its kind), why, with the guardian's
consent, and what came back."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from enum import Enum

from counselroom.domain.errors import ValidationError
from counselroom.domain.text import checked_text

TEXT_MAX = 3000


class DestinationKind(str, Enum):
    """The kind of institution a client is referred to (issue 16: the statistics count referrals by it)."""
    PSYCHIATRIC_HOSPITAL = "psychiatric_hospital"   # 精神专科医院
    GENERAL_HOSPITAL = "general_hospital"           # 综合医院心理科 (or its psychiatry / psychology clinic)
    MENTAL_HEALTH_CENTRE = "mental_health_centre"   # 心理健康中心 / 精神卫生中心 (卫生机构)
    SOCIAL_SERVICE = "social_service"               # 社会心理服务机构 (counselling centres, social work)
    OTHER = "other"


# Words in an institution's name that tell its kind, tried in this order (a 精神卫生中心 is a centre
# before it is anything with 医院 in it). Migration 0019 sorted the referrals made before kinds
# existed by the same words; tests/services/test_referral_kind.py checks that both agree.
_KIND_WORDS: tuple[tuple[DestinationKind, tuple[str, ...]], ...] = (
    (DestinationKind.MENTAL_HEALTH_CENTRE, ("精神卫生中心", "心理健康中心", "心理卫生中心")),
    (DestinationKind.PSYCHIATRIC_HOSPITAL, ("精神病", "精神专科", "精神医院", "安定医院", "康宁医院", "脑科医院")),
    (DestinationKind.GENERAL_HOSPITAL, ("医院", "保健院", "卫生院", "心理科", "门诊")),
    (DestinationKind.SOCIAL_SERVICE, ("心理咨询", "社会心理", "社工", "心理服务", "工作室", "辅导中心")),
)


def guess_destination_kind(institution: str) -> DestinationKind:
    """The kind an institution's name suggests, or OTHER: offered in the referral form, never imposed."""
    for kind, words in _KIND_WORDS:
        if any(word in institution for word in words):
            return kind
    return DestinationKind.OTHER


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
    destination_kind: DestinationKind = DestinationKind.OTHER


@dataclass(frozen=True)
class Referral(ReferralDraft):
    id: int = 0
    case_id: int = 0
    status: ReferralStatus = ReferralStatus.SENT
    feedback: str = ""
    feedback_on: date | None = None


def _text(name: str, value: str, required: bool = False, *, lines: bool = True) -> str:
    return checked_text(name, value, limit=TEXT_MAX, required=required, lines=lines)


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
