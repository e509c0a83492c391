"""The duty log (值班记录, R11): who is on duty in the room, from when to when, what happened.

The rule (心理辅导室定期对学生开放，每周不少于10小时): the room is open to students at
least the supervisor's minimum of hours every week (default 10). The duty log is how
the room shows it: the week's open hours are the *union* of the shifts, so two people
on duty at the same time count once.

- A shift belongs to one account: only the room's own staff may be in the room alone
  (除中心心理咨询师，其他人不得单独进入辅导室), and every one of them has an account.
- It is started and ended with one click ("live"), or entered afterwards; either way it
  ends on the day it started, never in the future, and never overlaps another shift of
  the same person.
- A person has at most one open shift. One left open from an earlier day (forgotten) is
  closed by giving the time it really ended; until then it counts for nothing.
- The notes are about the room (events, visits in general, what the next person should
  know); no client details are needed and every staff member reads the log.
- A finished shift may be corrected by its author until the day it was finished is over;
  afterwards only the supervisor corrects it, with a reason. A shift recorded by mistake
  is withdrawn with a reason, never deleted.

Times are the room's wall clock without a zone, to the second, like the rest of the
room's timetable. No Qt, no SQL.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import Enum

from counselroom.domain.errors import ValidationError
from counselroom.domain.text import clean_text

NOTES_MAX = 1000
REASON_MAX = 300
VISITORS_MAX = 999


class Entry(str, Enum):
    LIVE = "live"               # started and ended with the button
    AFTERWARDS = "afterwards"   # entered later (补录)


class Correction(str, Enum):
    """Who may change a finished shift, as seen by the person asking."""
    FREE = "free"          # its author, on the day it was finished
    REASON = "reason"      # the supervisor, with a reason
    NONE = "none"          # nobody else


@dataclass(frozen=True)
class DutyShift:
    id: int
    user_id: int                      # who was on duty
    person: str                       # their display name
    started_at: datetime              # the room's wall clock
    ended_at: datetime | None = None  # None while on duty
    visitors: int = 0
    notes: str = ""
    entry: Entry = Entry.LIVE
    finished_at: datetime | None = None   # when the end was recorded (UTC)
    corrections: int = 0
    created_by: int = 0
    created_by_name: str = ""
    created_at: datetime | None = None    # UTC
    updated_by: int = 0
    updated_at: datetime | None = None    # UTC
    withdrawn: bool = False
    withdraw_reason: str = ""
    # Someone else's notes are the supervisor's to read; others see that there are notes.
    notes_hidden: bool = False

    @property
    def is_open(self) -> bool:
        return self.ended_at is None

    @property
    def day(self) -> date:
        return self.started_at.date()

    def forgotten(self, today: date) -> bool:
        """Left open on an earlier day: it needs the time it really ended."""
        return self.is_open and self.day < today

    def until(self, now: datetime) -> datetime | None:
        """Where the shift ends for counting: its end, now for today's open one, None for a forgotten one."""
        if self.ended_at is not None:
            return self.ended_at
        if self.day == now.date() and now > self.started_at:
            return now
        return None

    def minutes(self, now: datetime | None = None) -> int:
        end = self.ended_at if now is None else self.until(now)
        if end is None:
            return 0
        return max(0, int((end - self.started_at).total_seconds() // 60))


@dataclass(frozen=True)
class DutyWeek:
    """A week (Monday to Sunday) of open hours: the union of the shifts, day by day."""
    monday: date
    days: tuple[int, ...]          # minutes open on each day, Monday first
    minimum_minutes: int

    @property
    def total_minutes(self) -> int:
        return sum(self.days)

    @property
    def met(self) -> bool:
        return self.total_minutes >= self.minimum_minutes

    @property
    def sunday(self) -> date:
        return self.monday + timedelta(days=6)

    def dates(self) -> list[date]:
        return [self.monday + timedelta(days=i) for i in range(7)]


@dataclass(frozen=True)
class DutyMonth:
    """What the supervisor prints: the month's shifts and every week that touches the month."""
    year: int
    month: int
    shifts: tuple[DutyShift, ...]
    weeks: tuple[DutyWeek, ...]
    minimum_minutes: int
    open_minutes: int              # union of the month's shifts
    counted_until: datetime        # today's open shifts count up to this moment

    @property
    def first(self) -> date:
        return date(self.year, self.month, 1)

    @property
    def last(self) -> date:
        return date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])

    @property
    def visitors(self) -> int:
        return sum(s.visitors for s in self.shifts)

    @property
    def duty_days(self) -> int:
        return len({s.day for s in self.shifts})

    def weeks_below(self) -> list[DutyWeek]:
        """Weeks that are over (or this one) and fell short of the minimum."""
        return [w for w in self.weeks if not w.met and w.monday <= self.counted_until.date()]


# -- rules ---------------------------------------------------------------------------------------

def validate_notes(notes: str) -> str:
    notes = clean_text(notes)
    if len(notes) > NOTES_MAX:
        raise ValidationError("notes", "text.too_long", max=NOTES_MAX)
    return notes


def validate_visitors(visitors: int) -> int:
    if not isinstance(visitors, int) or isinstance(visitors, bool) or not 0 <= visitors <= VISITORS_MAX:
        raise ValidationError("visitors", "duty.visitors_range", max=VISITORS_MAX)
    return visitors


def validate_reason(reason: str | None) -> str:
    reason = clean_text(reason)
    if not reason:
        raise ValidationError("reason", "duty.reason_required")
    if len(reason) > REASON_MAX:
        raise ValidationError("reason", "text.too_long", max=REASON_MAX)
    return reason


def wall(moment: datetime) -> datetime:
    """A time as the log keeps it: the room's wall clock, whole seconds."""
    if moment.tzinfo is not None:
        raise ValueError("duty times are the room's wall-clock time")
    return moment.replace(microsecond=0)


def validate_end(started_at: datetime, ended_at: datetime, now: datetime) -> datetime:
    """An end time: after the start, on the same day, not in the future."""
    ended_at = wall(ended_at)
    if ended_at <= started_at:
        raise ValidationError("ended_at", "duty.end_before_start")
    if ended_at.date() != started_at.date():
        raise ValidationError("ended_at", "duty.past_midnight")
    if ended_at > now:
        raise ValidationError("ended_at", "duty.in_future")
    return ended_at


def validate_start(started_at: datetime, now: datetime) -> datetime:
    started_at = wall(started_at)
    if started_at > now:
        raise ValidationError("started_at", "duty.in_future")
    return started_at


def overlapping(shifts: Iterable[DutyShift], start: datetime, end: datetime | None,
                exclude_id: int | None = None) -> DutyShift | None:
    """The first of ``shifts`` that overlaps [start, end); an open shift lasts until the end of its day."""
    end = end or datetime.combine(start.date() + timedelta(days=1), time())
    for shift in shifts:
        if shift.id == exclude_id or shift.withdrawn:
            continue
        other_end = shift.ended_at or datetime.combine(shift.day + timedelta(days=1), time())
        if shift.started_at < end and start < other_end:
            return shift
    return None


def union_seconds(intervals: Iterable[tuple[datetime, datetime]]) -> int:
    """How long at least one of the intervals lasts (overlaps count once)."""
    total = 0.0
    current: tuple[datetime, datetime] | None = None     # the run of overlapping intervals so far
    for start, end in sorted(i for i in intervals if i[1] > i[0]):
        if current is None or start > current[1]:
            if current is not None:
                total += (current[1] - current[0]).total_seconds()
            current = (start, end)
        elif end > current[1]:
            current = (current[0], end)
    if current is not None:
        total += (current[1] - current[0]).total_seconds()
    return int(total)


def counted_intervals(shifts: Iterable[DutyShift], now: datetime) -> list[tuple[datetime, datetime]]:
    """The stretches that count as open: finished shifts, and today's open ones up to now."""
    found = []
    for shift in shifts:
        if shift.withdrawn:
            continue
        end = shift.until(now)
        if end is not None and end > shift.started_at:
            found.append((shift.started_at, end))
    return found


def clipped(intervals: Iterable[tuple[datetime, datetime]], low: datetime,
            high: datetime) -> list[tuple[datetime, datetime]]:
    return [(max(a, low), min(b, high)) for a, b in intervals if a < high and b > low]


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def open_minutes(shifts: Iterable[DutyShift], start: date, end: date, now: datetime) -> int:
    """Minutes the room was open from ``start`` up to but excluding ``end`` (days)."""
    low, high = datetime.combine(start, time()), datetime.combine(end, time())
    return union_seconds(clipped(counted_intervals(shifts, now), low, high)) // 60


def week_of(shifts: Iterable[DutyShift], any_day: date, minimum_minutes: int, now: datetime) -> DutyWeek:
    monday = monday_of(any_day)
    intervals = counted_intervals(shifts, now)
    days = []
    for i in range(7):
        low = datetime.combine(monday + timedelta(days=i), time())
        days.append(union_seconds(clipped(intervals, low, low + timedelta(days=1))) // 60)
    return DutyWeek(monday=monday, days=tuple(days), minimum_minutes=minimum_minutes)


def month_weeks(year: int, month: int) -> list[date]:
    """The Mondays of every week that has a day in the month."""
    first = date(year, month, 1)
    last = date(year, month, calendar.monthrange(year, month)[1])
    mondays, monday = [], monday_of(first)
    while monday <= last:
        mondays.append(monday)
        monday += timedelta(days=7)
    return mondays


def validate_month(year: int, month: int) -> tuple[int, int]:
    if not (isinstance(year, int) and isinstance(month, int) and 2000 <= year <= 2100 and 1 <= month <= 12):
        raise ValidationError("month", "duty.month_invalid")
    return year, month
