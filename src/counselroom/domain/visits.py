"""Visit records (心理咨询记录, R1, R18): drafted, signed once, corrected only by addenda."""

from __future__ import annotations

import hashlib
import hmac
import json
from dataclasses import dataclass, field, fields, replace
from datetime import date, datetime, time, timezone
from enum import Enum

from counselroom.domain.errors import ValidationError
from counselroom.domain.text import clean_text

TEXT_MAX = 20_000


class VisitKind(str, Enum):
    INDIVIDUAL = "individual"   # 个体
    GROUP = "group"             # 团体
    PHONE = "phone"             # 电话
    ONLINE = "online"           # 网络


class RiskLevel(str, Enum):
    NONE = "none"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"

    @property
    def needs_crisis(self) -> bool:
        return self in (RiskLevel.MEDIUM, RiskLevel.HIGH)


class VisitStatus(str, Enum):
    DRAFT = "draft"
    SIGNED = "signed"


@dataclass(frozen=True)
class VisitContent:
    """Everything the counsellor writes; what signing seals."""
    kind: VisitKind = VisitKind.INDIVIDUAL
    visit_date: date | None = None
    start: time | None = None
    end: time | None = None
    presenting_issue: str = ""
    complaint: str = ""        # 主诉
    process: str = ""          # 咨询过程
    assessment: str = ""       # 咨询师评估
    plan: str = ""             # 下一步计划
    risk: RiskLevel = RiskLevel.NONE
    risk_self_harm: bool = False
    risk_harm_others: bool = False
    risk_harmed_by_others: bool = False
    next_appointment: datetime | None = None
    participants: tuple[int, ...] = ()   # other clients in a group session

    def canonical(self) -> bytes:
        """A stable byte form of the content, for sealing."""
        # fields() rather than asdict(): asdict deep-copies, and this runs for every
        # signed record at each integrity check.
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data = {k: (v.value if isinstance(v, Enum) else v.isoformat() if hasattr(v, "isoformat") else
                    list(v) if isinstance(v, tuple) else v) for k, v in data.items()}
        return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


@dataclass(frozen=True)
class Addendum:
    id: int
    visit_id: int
    text: str
    author_id: int
    author_name: str
    signed_at: datetime
    seal: str


@dataclass(frozen=True)
class Visit:
    id: int
    case_id: int
    client_id: int
    counsellor_id: int
    session_no: int
    content: VisitContent
    status: VisitStatus
    created_at: datetime | None = None
    updated_at: datetime | None = None
    signed_at: datetime | None = None
    seal: str = ""
    appointment_id: int | None = None
    addenda: tuple[Addendum, ...] = field(default_factory=tuple)

    @property
    def signed(self) -> bool:
        return self.status is VisitStatus.SIGNED


def _text(name: str, text: str) -> str:
    text = clean_text(text)
    if len(text) > TEXT_MAX:
        raise ValidationError(name, "text.too_long", max=TEXT_MAX)
    return text


def clean_content(content: VisitContent) -> VisitContent:
    """Trim and bound the text; a draft may be incomplete."""
    return replace(content, presenting_issue=_text("presenting_issue", content.presenting_issue),
                   complaint=_text("complaint", content.complaint), process=_text("process", content.process),
                   assessment=_text("assessment", content.assessment), plan=_text("plan", content.plan))


def validate_for_signing(content: VisitContent, today: date) -> VisitContent:
    """What a signed record must have (R1)."""
    content = clean_content(content)
    if content.visit_date is None:
        raise ValidationError("visit_date", "field.required")
    if content.visit_date > today:
        raise ValidationError("visit_date", "date.in_future")
    if content.start is None:
        raise ValidationError("start", "field.required")
    if content.end is None:
        raise ValidationError("end", "field.required")
    if content.end <= content.start:
        raise ValidationError("end", "visit.end_before_start")
    for name in ("complaint", "process", "assessment", "plan"):
        if not getattr(content, name):
            raise ValidationError(name, "field.required")
    flagged = content.risk_self_harm or content.risk_harm_others or content.risk_harmed_by_others
    if flagged and content.risk is RiskLevel.NONE:
        raise ValidationError("risk", "visit.risk_level_missing")
    if content.kind is VisitKind.GROUP and not content.participants:
        raise ValidationError("participants", "visit.group_needs_participants")
    return content


def seal(key: bytes, previous: str, payload: bytes) -> str:
    """HMAC over the previous seal and this content: a visit and its addenda form a chain."""
    return hmac.new(key, previous.encode("ascii") + b"\x1f" + payload, hashlib.sha256).hexdigest()


def _instant(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).isoformat(timespec="microseconds")


def visit_payload(visit_id: int, case_id: int, session_no: int, counsellor_id: int,
                  signed_at: datetime, content: VisitContent) -> bytes:
    head = json.dumps({"visit": visit_id, "case": case_id, "session": session_no,
                       "counsellor": counsellor_id, "signed_at": _instant(signed_at)}, sort_keys=True)
    return head.encode("utf-8") + b"\x1e" + content.canonical()


def addendum_payload(text: str, author_id: int, signed_at: datetime) -> bytes:
    return json.dumps({"text": text, "author": author_id, "signed_at": _instant(signed_at)},
                      ensure_ascii=False, sort_keys=True).encode("utf-8")
