"""Cases (个案, R13): a client's counselling over a period, from opening to closing."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import Enum

from counselroom.domain.errors import ValidationError
from counselroom.domain.text import clean_text

TEXT_MAX = 5000


class ProblemCategory(str, Enum):
    STUDY = "study"                # 学习
    RELATIONSHIPS = "relationships"  # 人际
    EMOTION = "emotion"            # 情绪
    FAMILY = "family"              # 家庭
    ROMANCE = "romance"            # 恋爱
    SELF_AWARENESS = "self"        # 自我意识
    CAREER = "career"              # 生涯
    INTERNET = "internet"          # 网络/手机依赖
    ADJUSTMENT = "adjustment"      # 适应问题
    OTHER = "other"                # 其他


class CaseStatus(str, Enum):
    OPEN = "open"
    CLOSED = "closed"


class Outcome(str, Enum):
    """效果评价 at closing."""
    RESOLVED = "resolved"          # 问题基本解决
    IMPROVED = "improved"          # 明显改善
    SOMEWHAT = "somewhat"          # 有所改善
    UNCHANGED = "unchanged"        # 无明显变化
    REFERRED = "referred"          # 已转介
    DISCONTINUED = "discontinued"  # 来访者中断


@dataclass(frozen=True)
class CaseDraft:
    opened_on: date
    reason: str = ""
    category: ProblemCategory = ProblemCategory.OTHER
    plan: str = ""


@dataclass(frozen=True)
class CaseClosing:
    closed_on: date
    summary: str
    outcome: Outcome
    satisfaction: int | None = None  # 1..5, optional (R17)


@dataclass(frozen=True)
class Case:
    id: int
    client_id: int
    number: int            # 1, 2, … per client
    counsellor_id: int
    opened_on: date
    reason: str
    category: ProblemCategory
    plan: str
    status: CaseStatus = CaseStatus.OPEN
    closed_on: date | None = None
    closing_summary: str = ""
    outcome: Outcome | None = None
    satisfaction: int | None = None
    created_at: datetime | None = None

    @property
    def is_open(self) -> bool:
        return self.status is CaseStatus.OPEN


def _text(field_name: str, text: str, required: bool = False) -> str:
    text = clean_text(text)
    if required and not text:
        raise ValidationError(field_name, "field.required")
    if len(text) > TEXT_MAX:
        raise ValidationError(field_name, "text.too_long", max=TEXT_MAX)
    return text


def validate_case(draft: CaseDraft, today: date) -> CaseDraft:
    if draft.opened_on > today:
        raise ValidationError("opened_on", "date.in_future")
    return replace(draft, reason=_text("reason", draft.reason, required=True),
                   plan=_text("plan", draft.plan))


def validate_closing(closing: CaseClosing, case: Case, today: date) -> CaseClosing:
    if closing.closed_on > today:
        raise ValidationError("closed_on", "date.in_future")
    if closing.closed_on < case.opened_on:
        raise ValidationError("closed_on", "case.closed_before_opened")
    if closing.satisfaction is not None and not 1 <= closing.satisfaction <= 5:
        raise ValidationError("satisfaction", "case.satisfaction_range")
    return replace(closing, summary=_text("summary", closing.summary, required=True))
