"""The activities log (活动记录, R22): what the room did beyond individual work.

每学年为家长举办1—2次心理健康教育讲座或宣传活动; 心理健康教育课…一般每班每两周1课时; 教师培训不少于10课时.
A log entry says what took place, when, for whom, how many came, how long it was and who ran it.
It holds no client data: nobody who attended is named (group counselling of registered clients is a
group visit record, not an activity).

**Length in 课时.** The rules count lessons per class and teacher training in 课时 (class periods),
and a school's period is 40 or 45 minutes: minutes would need the school's period length and a
rounding rule before any report could count them, while the person logging knows how many periods
were taught or credited (training certificates state 学时 the same way). So an entry's length is a
whole number of 课时: at least one for a lesson or a training, none for what has no length in
periods (a poster campaign).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import Enum

from counselroom.domain.errors import ValidationError
from counselroom.domain.text import clean_line, clean_text

TITLE_MAX = 100
DETAIL_MAX = 100      # the audience in words: '初二(3)班', '初一年级全体家长'
PRESENTER_MAX = 100   # an outside presenter's name and where from
NOTES_MAX = 2000
LESSONS_MAX = 40      # a week of full-day training
ATTENDANCE_MAX = 10_000


# Values unlike any other labelled enum's member of the same name: domain/labels.py keys its words by
# member, and two str enums' members of one name and one value are the same key there.
class ActivityKind(str, Enum):
    LESSON = "lesson"                        # 心理健康课
    LECTURE = "lecture"                      # 心理讲座 (students)
    GROUP = "group_guidance"                 # 团体辅导 (a class or group activity, nobody registered)
    PARENTS = "parents_talk"                 # 家长讲座 / 家长会
    PEER_TRAINING = "peer_training"          # 心理委员培训
    CAMPAIGN = "campaign"                    # 宣传活动 (5·25 心理健康日, posters, a broadcast)
    TEACHER_TRAINING = "teacher_training"    # 教师培训
    OTHER = "other_activity"                 # 其他


#: Kinds the rules count in 课时: an entry of these lasts at least one.
COUNTED_IN_LESSONS = frozenset({ActivityKind.LESSON, ActivityKind.TEACHER_TRAINING})


class Audience(str, Enum):
    GRADE = "grade"                  # 年级
    CLASS = "class"                  # 班级
    PARENTS = "parents"              # 家长
    TEACHERS = "teachers"            # 教师
    WHOLE_SCHOOL = "whole_school"    # 全校
    OTHER = "other_audience"         # 其他


#: Audiences that say nothing without their words: which grade, which class, who.
NEEDS_DETAIL = frozenset({Audience.GRADE, Audience.CLASS, Audience.OTHER})


@dataclass(frozen=True)
class ActivityDraft:
    held_on: date
    kind: ActivityKind
    title: str
    audience: Audience
    audience_detail: str = ""
    attendance: int | None = None      # None: not counted
    lessons: int = 1                   # 课时
    presenter_ids: tuple[int, ...] = ()   # the room's staff who ran it
    outside_presenter: str = ""
    notes: str = ""


@dataclass(frozen=True)
class ActivityFile:
    """An attachment's description; its bytes are read only to be shown (``ActivityService.file``)."""
    id: int
    activity_id: int
    name: str
    mime: str
    size: int
    added_by: int
    added_at: datetime


@dataclass(frozen=True)
class Activity(ActivityDraft):
    id: int = 0
    presenter_names: tuple[str, ...] = ()   # in the order of presenter_ids
    files: tuple[ActivityFile, ...] = ()
    created_by: int = 0
    created_by_name: str = ""
    created_at: datetime | None = None
    updated_by: int = 0
    updated_at: datetime | None = None

    def run_by(self, user_id: int) -> bool:
        return user_id in self.presenter_ids


@dataclass(frozen=True)
class ActivityTotals:
    """The activities of one kind (in one month, when counted by month) of a period."""
    kind: ActivityKind
    activities: int
    lessons: int          # 课时
    attendance: int       # those counted; entries without a count add nothing
    month: date | None = None   # the month's first day; None when counted over the whole period


@dataclass(frozen=True)
class ClassLessons:
    """心理健康课 given to one class in a period (R22: each class one 课时 every two weeks)."""
    audience_detail: str
    lessons: int
    activities: int


def _range(field: str, value: int, low: int, high: int) -> None:
    if not low <= value <= high:
        raise ValidationError(field, "activity.number_range", min=low, max=high)


def _limited(field: str, text: str, limit: int) -> str:
    if len(text) > limit:
        raise ValidationError(field, "text.too_long", max=limit)
    return text


def unique_ids(ids: Iterable[int]) -> tuple[int, ...]:
    """``ids`` once each, in their first order."""
    return tuple(dict.fromkeys(int(i) for i in ids))


def validate_activity(draft: ActivityDraft, today: date) -> ActivityDraft:
    """The draft as it is kept (texts cleaned, presenters once each), or ValidationError at its field.

    Whether each presenter is an account of the room is the service's to check."""
    if draft.held_on > today:
        raise ValidationError("held_on", "date.in_future")
    title = _limited("title", clean_line(draft.title), TITLE_MAX)
    if not title:
        raise ValidationError("title", "field.required")
    detail = _limited("audience_detail", clean_line(draft.audience_detail), DETAIL_MAX)
    if not detail and draft.audience in NEEDS_DETAIL:
        raise ValidationError("audience_detail", "field.required")
    if draft.attendance is not None:
        _range("attendance", draft.attendance, 0, ATTENDANCE_MAX)
    _range("lessons", draft.lessons, 1 if draft.kind in COUNTED_IN_LESSONS else 0, LESSONS_MAX)
    outside = _limited("outside_presenter", clean_line(draft.outside_presenter), PRESENTER_MAX)
    presenters = unique_ids(draft.presenter_ids)
    if not presenters and not outside:
        raise ValidationError("presenters", "field.required")
    notes = _limited("notes", clean_text(draft.notes), NOTES_MAX)
    return replace(draft, title=title, audience_detail=detail, outside_presenter=outside,
                   presenter_ids=presenters, notes=notes)
