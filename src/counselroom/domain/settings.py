"""The room's settings that the supervisor controls."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import time

from counselroom.domain.errors import ValidationError
from counselroom.domain.periods import DEFAULT_TERMS, TermMonths
from counselroom.domain.suppression import SUPPRESSION_K_DEFAULT
from counselroom.domain.text import clean_line

IDLE_LOCK_DEFAULT_MINUTES = 5
IDLE_LOCK_MAX_MINUTES = 15
IDLE_LOCK_MIN_MINUTES = 1
ROOM_NAME_MAX_LENGTH = 60
# R11: 心理辅导室定期对学生开放,每周不少于10小时. The supervisor may ask for more, never for less.
MIN_WEEKLY_HOURS_DEFAULT = 10
MIN_WEEKLY_HOURS_FLOOR = 10
MIN_WEEKLY_HOURS_MAX = 60

WEEKDAYS = range(7)  # 0 = Monday, as datetime.weekday()


@dataclass(frozen=True, order=True)
class TimeRange:
    start: time
    end: time

    def __str__(self) -> str:
        return f"{self.start:%H:%M}-{self.end:%H:%M}"

    @property
    def minutes(self) -> int:
        return (self.end.hour * 60 + self.end.minute) - (self.start.hour * 60 + self.start.minute)


def default_opening_hours() -> dict[int, tuple[TimeRange, ...]]:
    school_day = (TimeRange(time(9, 0), time(12, 0)), TimeRange(time(13, 0), time(17, 0)))
    return {day: (school_day if day < 5 else ()) for day in WEEKDAYS}


@dataclass(frozen=True)
class RoomSettings:
    room_name: str = ""
    idle_lock_minutes: int = IDLE_LOCK_DEFAULT_MINUTES
    opening_hours: dict[int, tuple[TimeRange, ...]] = field(default_factory=default_opening_hours)
    # The room's minimum open hours a week (R11), which the duty log measures.
    min_weekly_hours: int = MIN_WEEKLY_HOURS_DEFAULT
    # The months of 上学期 and 下学期, which the term statistics and reports count by (issue 16).
    terms: TermMonths = DEFAULT_TERMS
    # Counts from 1 to k-1 are hidden in whatever leaves the room (R15; domain/suppression.py).
    suppression_k: int = SUPPRESSION_K_DEFAULT

    def weekly_open_minutes(self) -> int:
        return sum(r.minutes for ranges in self.opening_hours.values() for r in ranges)


def validate_room_name(name: str) -> str:
    name = clean_line(name)
    if not name:
        raise ValidationError("room_name", "room_name.empty")
    if len(name) > ROOM_NAME_MAX_LENGTH:
        raise ValidationError("room_name", "room_name.too_long", max=ROOM_NAME_MAX_LENGTH)
    return name


def validate_idle_lock(minutes: int) -> int:
    if not IDLE_LOCK_MIN_MINUTES <= minutes <= IDLE_LOCK_MAX_MINUTES:
        raise ValidationError(
            "idle_lock_minutes", "idle_lock.range",
            min=IDLE_LOCK_MIN_MINUTES, max=IDLE_LOCK_MAX_MINUTES,
        )
    return minutes


def validate_min_weekly_hours(hours: int) -> int:
    if (not isinstance(hours, int) or isinstance(hours, bool)
            or not MIN_WEEKLY_HOURS_FLOOR <= hours <= MIN_WEEKLY_HOURS_MAX):
        raise ValidationError("min_weekly_hours", "min_weekly_hours.range",
                              min=MIN_WEEKLY_HOURS_FLOOR, max=MIN_WEEKLY_HOURS_MAX)
    return hours


_RANGE_RE = re.compile(r"^\s*(\d{1,2})[:：](\d{2})\s*[-–—~～至到]\s*(\d{1,2})[:：](\d{2})\s*$")


def parse_day_hours(text: str, *, field: str = "opening_hours") -> tuple[TimeRange, ...]:
    """Parse ``"9:00-12:00, 13:00-17:00"`` (Chinese punctuation accepted)."""
    parts = [p for p in re.split(r"[,，;；、\s]+(?=\d)", text.strip()) if p.strip()]
    ranges: list[TimeRange] = []
    for part in parts:
        m = _RANGE_RE.match(part)
        if not m:
            raise ValidationError(field, "hours.format", text=part.strip())
        h1, m1, h2, m2 = (int(g) for g in m.groups())
        if h1 > 23 or h2 > 24 or m1 > 59 or m2 > 59 or (h2 == 24 and m2 != 0):
            raise ValidationError(field, "hours.format", text=part.strip())
        start = time(h1, m1)
        end = time(23, 59) if h2 == 24 else time(h2, m2)
        if end <= start:
            raise ValidationError(field, "hours.end_before_start", text=part.strip())
        ranges.append(TimeRange(start, end))
    ranges.sort()
    for a, b in zip(ranges, ranges[1:]):
        if b.start < a.end:
            raise ValidationError(field, "hours.overlap", first=str(a), second=str(b))
    return tuple(ranges)


def format_day_hours(ranges: tuple[TimeRange, ...]) -> str:
    return ", ".join(str(r) for r in ranges)
