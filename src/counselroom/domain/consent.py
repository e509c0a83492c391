"""Informed consent (知情同意, R9): what was agreed, by whom, and its limits explained."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from enum import Enum

from counselroom.domain.errors import ValidationError
from counselroom.domain.text import clean_text

SCOPE_MAX = 2000
ATTACHMENT_MAX_BYTES = 20 * 1024 * 1024


class ConsentKind(str, Enum):
    COUNSELLING = "counselling"   # 咨询
    TESTING = "testing"           # 测评
    REFERRAL = "referral"         # 转介
    RECORDING = "recording"       # 录音


class ConsentGiver(str, Enum):
    CLIENT = "client"
    GUARDIAN = "guardian"


@dataclass(frozen=True)
class ConsentDraft:
    kind: ConsentKind
    given_by: ConsentGiver
    given_on: date
    scope: str = ""
    limits_explained: bool = False   # 保密例外 explained (risk to self or others, law)
    case_id: int | None = None


@dataclass(frozen=True)
class Consent(ConsentDraft):
    id: int = 0
    client_id: int = 0
    withdrawn_on: date | None = None
    withdrawal_note: str = ""
    attachment_name: str = ""
    attachment_type: str = ""
    attachment_size: int = 0

    @property
    def active(self) -> bool:
        return self.withdrawn_on is None


def validate_consent(draft: ConsentDraft, today: date) -> ConsentDraft:
    if draft.given_on > today:
        raise ValidationError("given_on", "date.in_future")
    if not draft.limits_explained:
        # Consent without explaining the limits of confidentiality is not informed consent.
        raise ValidationError("limits_explained", "consent.limits_not_explained")
    scope = clean_text(draft.scope)
    if len(scope) > SCOPE_MAX:
        raise ValidationError("scope", "text.too_long", max=SCOPE_MAX)
    return replace(draft, scope=scope)


def attachment_type(data: bytes) -> str:
    """The scanned form's type from its first bytes; only PDF, PNG and JPEG are kept."""
    if len(data) > ATTACHMENT_MAX_BYTES:
        raise ValidationError("attachment", "consent.attachment_too_large", max_mb=ATTACHMENT_MAX_BYTES // 2**20)
    if data.startswith(b"%PDF-"):
        return "application/pdf"
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    raise ValidationError("attachment", "consent.attachment_type")
