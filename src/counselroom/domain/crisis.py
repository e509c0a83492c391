"""Crisis intervention (危机干预, R7): required steps, each settled before closing.

A crisis opens when a signed visit or test shows a medium or high risk, or by hand when someone
reports one (issue 17 §5: a 班主任 calls about a student who has never visited): then it keeps who
reported it, how to reach them, what they said and when (:class:`CrisisReport`)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from enum import Enum

from counselroom.domain.clients import ReferralSource
from counselroom.domain.clock import wall_date
from counselroom.domain.errors import ValidationError
from counselroom.domain.text import checked_text
from counselroom.domain.visits import RiskLevel

TEXT_MAX = 2000
LINE_MAX = 200          # the reporter's name, how to reach them


class CrisisStep(str, Enum):
    GUARDIAN_INFORMED = "guardian_informed"        # 告知监护人 — who, when, how
    LEADERSHIP_INFORMED = "leadership_informed"    # 报告学校领导
    REFERRAL = "referral"                          # 转介或会诊
    SAFETY_PLAN = "safety_plan"                    # 安全计划
    FOLLOW_UP = "follow_up"                        # 跟进日期


class StepState(str, Enum):
    PENDING = "pending"
    DONE = "done"
    NOT_APPLICABLE = "not_applicable"


@dataclass(frozen=True)
class StepRecord:
    step: CrisisStep
    state: StepState = StepState.PENDING
    done_at: datetime | None = None       # when it was done (wall clock)
    done_by: str = ""                     # who did it (may be someone outside the system)
    contact: str = ""                     # who was informed / to whom
    method: str = ""                      # how: phone, in person, letter…
    note: str = ""
    reason: str = ""                      # why not applicable
    follow_up_dates: tuple[date, ...] = ()
    recorded_by: int | None = None

    @property
    def settled(self) -> bool:
        return self.state is not StepState.PENDING


class CrisisSource(str, Enum):
    """Who reported a crisis opened by hand."""
    HEAD_TEACHER = "head_teacher"   # 班主任 (or another teacher of the class)
    PARENT = "parent"               # 家长
    SELF = "self"                   # 学生本人
    CLASSMATE = "classmate"         # 同学
    STAFF = "staff"                 # 其他教职工
    OTHER = "other"                 # 其他

    @property
    def referral_source(self) -> ReferralSource:
        """How a client first registered by this report came to the room (the registration's field)."""
        return _REFERRAL_SOURCES.get(self, ReferralSource.OTHER)


_REFERRAL_SOURCES = {CrisisSource.HEAD_TEACHER: ReferralSource.HEAD_TEACHER, CrisisSource.PARENT: ReferralSource.PARENT,
                     CrisisSource.SELF: ReferralSource.SELF}

#: The levels a crisis opens at (R7): a low risk is noted in the record, it opens no crisis.
CRISIS_LEVELS = (RiskLevel.MEDIUM, RiskLevel.HIGH)


@dataclass(frozen=True)
class CrisisReport:
    """What a counsellor types when a crisis is reported to them rather than found in a record."""
    source: CrisisSource
    risk: RiskLevel
    report: str                     # what was reported
    reported_at: datetime           # when (the room's wall clock)
    reporter: str = ""              # who reported it, e.g. 王老师 (初二3班班主任)
    reporter_contact: str = ""      # how to reach them


class CrisisStatus(str, Enum):
    OPEN = "open"
    CLOSED = "closed"


@dataclass(frozen=True)
class Crisis:
    id: int
    case_id: int
    client_id: int
    visit_id: int | None
    risk: RiskLevel
    opened_at: datetime
    status: CrisisStatus
    steps: tuple[StepRecord, ...] = field(default_factory=tuple)
    closed_at: datetime | None = None
    closing_note: str = ""
    last_reviewed_at: datetime | None = None
    client_name: str = ""
    client_case_no: str = ""
    counsellor_id: int = 0
    counsellor_name: str = ""
    visit_no: int | None = None           # the signed visit that opened it (its number in the case)
    visit_date: date | None = None
    test_id: int | None = None            # or the signed test (a critical answer or an alert band)
    test_scale_code: str = ""
    test_scale: str = ""                  # its short name, e.g. "PHQ-9"
    test_date: date | None = None
    report: CrisisReport | None = None    # a crisis opened by hand: who reported what, when

    @property
    def opened_by_hand(self) -> bool:
        return self.report is not None

    @property
    def is_open(self) -> bool:
        return self.status is CrisisStatus.OPEN

    @property
    def pending(self) -> list[CrisisStep]:
        return [s.step for s in self.steps if not s.settled]

    @property
    def looked_at(self) -> datetime:
        """When someone last looked at the crisis: its last review, or its opening (whoever
        opened it that day has just looked at it)."""
        return max(self.opened_at, self.last_reviewed_at or self.opened_at)

    def reviewed_on(self, day: date) -> bool:
        """Looked at on ``day`` (the room's date) or later: what the closing checklist asks of
        every open crisis, and what its card says."""
        return wall_date(self.looked_at) >= day


def _text(name: str, value: str, required: bool = False, *, lines: bool = True) -> str:
    return checked_text(name, value, limit=TEXT_MAX, required=required, lines=lines)


def validate_step(record: StepRecord, now: datetime) -> StepRecord:
    if record.state is StepState.PENDING:
        raise ValidationError("state", "crisis.step_state")
    if record.state is StepState.NOT_APPLICABLE:
        return StepRecord(record.step, StepState.NOT_APPLICABLE, reason=_text("reason", record.reason, True),
                          recorded_by=record.recorded_by)
    if record.done_at is None:
        raise ValidationError("done_at", "field.required")
    if record.done_at > now:
        raise ValidationError("done_at", "date.in_future")
    contact_needed = record.step in (CrisisStep.GUARDIAN_INFORMED, CrisisStep.LEADERSHIP_INFORMED,
                                     CrisisStep.REFERRAL)
    if record.step is CrisisStep.FOLLOW_UP and not record.follow_up_dates:
        raise ValidationError("follow_up_dates", "crisis.follow_up_dates")
    return StepRecord(
        record.step, StepState.DONE, done_at=record.done_at,
        done_by=_text("done_by", record.done_by, True, lines=False),
        contact=_text("contact", record.contact, contact_needed, lines=False),
        method=_text("method", record.method, record.step is CrisisStep.GUARDIAN_INFORMED, lines=False),
        note=_text("note", record.note), follow_up_dates=tuple(sorted(set(record.follow_up_dates))),
        recorded_by=record.recorded_by)


def validate_report(report: CrisisReport, now: datetime) -> CrisisReport:
    """The report of a crisis opened by hand, cleaned; ``now`` is the room's wall clock."""
    if report.risk not in CRISIS_LEVELS:
        raise ValidationError("risk", "crisis.level")
    if report.reported_at > now:
        raise ValidationError("reported_at", "date.in_future")
    reporter = _text("reporter", report.reporter, report.source is not CrisisSource.SELF, lines=False)
    contact = _text("reporter_contact", report.reporter_contact, lines=False)
    for name, value in (("reporter", reporter), ("reporter_contact", contact)):
        if len(value) > LINE_MAX:
            raise ValidationError(name, "text.too_long", max=LINE_MAX)
    return replace(report, report=_text("report", report.report, True), reporter=reporter, reporter_contact=contact,
                   reported_at=report.reported_at.replace(second=0, microsecond=0))


def check_closable(crisis: Crisis) -> None:
    if crisis.pending:
        raise ValidationError("steps", "crisis.steps_open", steps=len(crisis.pending))
