"""The 重点关注 register (预警名单, R20, issue 17 §3): students who need the room's attention.

An entry names a client (a student, usually), a level (一级 the most serious, then 二级 and 三级; the
room calls them 一级/二级/三级 or 红/橙/黄, a setting), why (a reason category and a line of concern),
where it came from (a screening interview, the 班主任, a parent, a crisis, the student, a
counsellor), who is responsible (a counsellor and the 班主任 by name), the plan (一生一策) and the next
review date. Every change of level, every review, every change of the details and the exit is a
:class:`Change` with who, when and why; the entry's own fields are its present state.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum

from counselroom.domain.errors import ValidationError
from counselroom.domain.text import checked_text

CONCERN_MAX = 200
HEAD_TEACHER_MAX = 40
PLAN_MAX = 4000
NOTE_MAX = 2000
SOURCE_REF_MAX = 80
REVIEW_AHEAD_MAX_DAYS = 366


class Level(str, Enum):
    """一级 is the most serious (红), 三级 the least (黄)."""
    LEVEL1 = "level1"
    LEVEL2 = "level2"
    LEVEL3 = "level3"

    @property
    def rank(self) -> int:
        """1 for the most serious: how lists sort."""
        return int(self.value[-1])


class LevelWording(str, Enum):
    """How the room names the levels (a setting): 一级/二级/三级 or 红/橙/黄."""
    NUMBERS = "numbers"
    COLOURS = "colours"


class ReasonCategory(str, Enum):
    SELF_HARM = "self_harm"              # 自伤、自杀风险
    MENTAL_ILLNESS = "mental_illness"    # 精神障碍（确诊或疑似）
    EMOTIONAL = "emotional"              # 抑郁、焦虑等情绪困扰
    FAMILY = "family"                    # 家庭变故
    RELATIONSHIPS = "relationships"      # 人际冲突、校园欺凌
    STUDY = "study"                      # 学业压力
    BEHAVIOUR = "behaviour"              # 行为问题
    OTHER = "other"


class Source(str, Enum):
    SCREENING = "screening"      # a screening campaign's interview (心理普查约谈)
    TEACHER = "teacher"          # the 班主任 or another teacher
    PARENT = "parent"
    CRISIS = "crisis"            # a crisis intervention
    SELF = "self"                # the student came forward
    COUNSELLOR = "counsellor"    # the counsellor's own judgement


class Status(str, Enum):
    OPEN = "open"
    EXITED = "exited"


class ChangeKind(str, Enum):
    ENTERED = "entered"
    LEVEL = "level"
    REVIEW = "review"
    DETAILS = "details"      # reason, responsible people, plan or review date edited
    EXITED = "exited"


@dataclass(frozen=True)
class EntryDraft:
    """What a person types to put a student on the register or edit the entry's details."""
    level: Level
    reason_category: ReasonCategory
    responsible_id: int
    concern: str = ""
    head_teacher: str = ""
    plan: str = ""
    next_review: date | None = None


@dataclass(frozen=True)
class Change:
    id: int
    kind: ChangeKind
    at: datetime
    by_id: int
    by_name: str
    level: Level                     # after the change
    level_before: Level | None = None
    reviewed_on: date | None = None
    next_review: date | None = None
    note: str = ""                   # why: the reason of a level change or exit, the review's note


@dataclass(frozen=True)
class Entry:
    id: int
    client_id: int
    level: Level
    status: Status
    reason_category: ReasonCategory
    source: Source
    responsible_id: int
    entered_at: datetime
    entered_by: int
    concern: str = ""
    source_ref: str = ""
    head_teacher: str = ""
    plan: str = ""
    next_review: date | None = None
    exited_at: datetime | None = None
    exit_reason: str = ""
    client_name: str = ""
    client_case_no: str = ""
    client_grade: str = ""
    client_class: str = ""
    responsible_name: str = ""
    changes: tuple[Change, ...] = field(default_factory=tuple)   # oldest first; read with the entry only

    @property
    def is_open(self) -> bool:
        return self.status is Status.OPEN

    def review_due(self, day: date) -> bool:
        return self.is_open and self.next_review is not None and self.next_review <= day

    @property
    def reviews(self) -> tuple[Change, ...]:
        return tuple(c for c in self.changes if c.kind is ChangeKind.REVIEW)


@dataclass(frozen=True)
class EntryFilter:
    """What the register page lists: the open entries by default."""
    level: Level | None = None
    status: Status | None = Status.OPEN
    due_by: date | None = None        # only entries whose next review falls on or before this day
    text: str = ""                    # a name, case number or class


@dataclass(frozen=True)
class ReviewDue:
    """An open entry whose review falls due (Follow-ups and Today)."""
    entry_id: int
    due: date
    level: Level
    client_name: str
    client_case_no: str


def _text(name: str, value: str, limit: int, *, required: bool = False, lines: bool = False) -> str:
    return checked_text(name, value, limit=limit, required=required, lines=lines)


def validate_review_date(day: date | None, today: date, *, name: str = "next_review",
                         required: bool = False) -> date | None:
    """A next review is in the future (or today), within a year."""
    if day is None:
        if required:
            raise ValidationError(name, "field.required")
        return None
    if day < today:
        raise ValidationError(name, "register.review_in_past")
    if (day - today).days > REVIEW_AHEAD_MAX_DAYS:
        raise ValidationError(name, "register.review_too_far", days=REVIEW_AHEAD_MAX_DAYS)
    return day


def validate_entry(draft: EntryDraft, today: date) -> EntryDraft:
    return EntryDraft(
        level=draft.level, reason_category=draft.reason_category, responsible_id=draft.responsible_id,
        concern=_text("concern", draft.concern, CONCERN_MAX),
        head_teacher=_text("head_teacher", draft.head_teacher, HEAD_TEACHER_MAX),
        plan=_text("plan", draft.plan, PLAN_MAX, lines=True),
        next_review=validate_review_date(draft.next_review, today))


def validate_reason(text: str, name: str = "reason") -> str:
    """Why a level changed or an entry ended: always said."""
    return _text(name, text, NOTE_MAX, required=True, lines=True)


def validate_review(reviewed_on: date, note: str, next_review: date | None, today: date) -> tuple[str, date | None]:
    if reviewed_on > today:
        raise ValidationError("reviewed_on", "date.in_future")
    return (_text("note", note, NOTE_MAX, required=True, lines=True),
            validate_review_date(next_review, today))


def validate_source_ref(text: str) -> str:
    return _text("source_ref", text, SOURCE_REF_MAX)


#: The levels' words in each wording the room may choose: (zh, en).
_LEVEL_WORDS: dict[tuple[LevelWording, Level], tuple[str, str]] = {
    (LevelWording.NUMBERS, Level.LEVEL1): ("一级", "Level 1"),
    (LevelWording.NUMBERS, Level.LEVEL2): ("二级", "Level 2"),
    (LevelWording.NUMBERS, Level.LEVEL3): ("三级", "Level 3"),
    (LevelWording.COLOURS, Level.LEVEL1): ("红", "Red"),
    (LevelWording.COLOURS, Level.LEVEL2): ("橙", "Orange"),
    (LevelWording.COLOURS, Level.LEVEL3): ("黄", "Yellow"),
}


def level_words(level: Level, wording: LevelWording, lang: str) -> str:
    """A level as the room calls it, on screen and in the statistics alike."""
    zh, en = _LEVEL_WORDS[(wording, level)]
    return en if lang.lower().startswith("en") else zh
