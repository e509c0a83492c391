"""Generated activities (活动记录, R22): what the room does beyond individual work, in term time.

The school's teaching days are drawn from the room's term months (a setting): the first term
from its first month's 1st to the 15th of its last month, the second from the 16th of its first
month to the 8th of its last (the winter and summer holidays around them), weekdays only, without
the National Day and May Day holidays. On them the counsellors give every class of the first two
years of each stage (初一, 初二, 高一, 高二; the graduating years only in the first term) one
心理健康课 every two weeks from the second week to the one before the exams, each class on a fixed
day of its fortnight, a grade's lessons by one counsellor. Each term also brings a few lectures
and group sessions, the 心理委员 training early on, teacher training of at least 6 课时 (so a
school year has at least 10), a parents' talk (the second term's only now and then: one or two a
year) and the campaigns around 10·10 and 5·25. Now and then an outside presenter, now and then a
small picture (a sign-in sheet, a photo) attached.

Entries and their audit rows are those ``ActivityService.record`` writes, by a presenter after
school (some the next morning). A term is planned on its first teaching day the demo plays, from a
generator of its own seeded by the demo's seed, so the activities change nothing else.
"""

from __future__ import annotations

import random
import struct
import zlib
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from counselroom.domain.accounts import User
from counselroom.domain.activities import ActivityDraft, ActivityKind, Audience, validate_activity
from counselroom.domain.audit import Action
from counselroom.domain.periods import Period, PeriodKind, TermMonths, containing
from counselroom.services.activities import activity_target
from counselroom.services.demo_agenda import Agenda, at, next_weekday
from counselroom.services.demo_words import (
    ACTIVITY_FILES, CAMPAIGNS, GRADES, GROUP_AUDIENCES, GROUP_GUIDANCE, LECTURES, LESSON_TITLES, OUTSIDE_PRESENTERS,
    PARENT_TALKS, PEER_TRAININGS, TEACHER_TRAININGS,
)
from counselroom.services.demo_writer import Writer, moment

#: As many as ``demo_clients`` draws class names from (1班 to 12班).
CLASSES_PER_GRADE = 12
FIRST_TERM_LAST_DAY = 15
SECOND_TERM_FIRST_DAY = 16
SECOND_TERM_LAST_DAY = 8
HOLIDAYS = ((10, range(1, 8)), (5, range(1, 6)))      # (month, days): 国庆, 劳动节
#: Teacher training per term in 课时: two terms make the year's 10 and more.
TRAINING_LESSONS = 6
LOGGED_NEXT_MORNING = 0.12
OUTSIDE = 0.2
WITH_FILE = 0.25
LESSON_WITH_FILE = 0.004
LESSON_MISSED = 0.05          # an exam, a sports day, a swap with another subject


def _holiday(day: date) -> bool:
    return any(day.month == month and day.day in days for month, days in HOLIDAYS)


def teaching_window(term: Period) -> tuple[date, date]:
    """First and last day of the term's teaching (the holidays cut into the term's first and last month)."""
    if term.number == 1:
        return term.first, date(term.last.year, term.last.month, FIRST_TERM_LAST_DAY)
    return (date(term.first.year, term.first.month, SECOND_TERM_FIRST_DAY),
            date(term.last.year, term.last.month, SECOND_TERM_LAST_DAY))


def teaching_term(day: date, terms: TermMonths) -> Period | None:
    """The term ``day`` is a teaching day of, or None (a weekend, a holiday, the winter or summer break)."""
    if day.weekday() >= 5 or _holiday(day):
        return None
    term = containing(PeriodKind.TERM, day, terms)
    if term is None:
        return None
    start, end = teaching_window(term)
    return term if start <= day <= end else None


def tiny_png(rng: random.Random) -> bytes:
    """A 24×16 two-colour picture: a real PNG of ~100 bytes, so the demo database stays small."""
    width, height = 24, 16
    top, bottom = bytes(rng.randrange(256) for _ in range(3)), bytes(rng.randrange(256) for _ in range(3))
    raw = b"".join(b"\x00" + (top if y < height // 2 else bottom) * width for y in range(height))

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


@dataclass(eq=False)
class Planned:
    draft: ActivityDraft
    recorder: User
    with_file: bool = False


@dataclass
class TermPlan:
    days: list[date]                                  # its teaching days the demo still plays
    on_day: dict[date, list[Planned]] = field(default_factory=dict)


class Activities:
    def __init__(self, writer: Writer, agenda: Agenda, seed: int, terms: TermMonths) -> None:
        self._w = writer
        self._agenda = agenda
        self._rng = random.Random(f"activities {seed}")
        self._terms = terms
        self._plans: dict[tuple[int, int], TermPlan] = {}
        self._sizes: dict[tuple[int, str, int], int] = {}       # (school year, grade, class) -> pupils

    def open_day(self, day: date) -> None:
        """Schedule what the room does at school on ``day`` (nothing outside term time)."""
        term = teaching_term(day, self._terms)
        if term is None or not self._w.staff.clinicians:
            return
        key = (term.year, term.number)
        if key not in self._plans:
            self._plans[key] = self._plan(term, day)
        rng = self._rng
        for planned in self._plans[key].on_day.pop(day, []):
            if rng.random() < LOGGED_NEXT_MORNING:
                when = at(next_weekday(day + timedelta(days=1)), 8, rng.randint(5, 50))
            else:
                when = at(day, 16, rng.randint(30, 59))
            self._agenda.at(when, self._record, planned)

    # -- planning a term ----------------------------------------------------------------------------
    def _plan(self, term: Period, since: date) -> TermPlan:
        start, end = teaching_window(term)
        days = [d for d in (start + timedelta(days=n) for n in range((end - start).days + 1))
                if d >= since and teaching_term(d, self._terms) is not None]
        plan = TermPlan(days)
        if not days:
            return plan
        monday = start - timedelta(days=start.weekday())
        weeks = (end - monday).days // 7
        self._lessons(plan, term, monday, weeks)
        self._one_offs(plan, term, monday, weeks)
        return plan

    def _add(self, plan: TermPlan, day: date, planned: Planned) -> None:
        plan.on_day.setdefault(day, []).append(planned)

    def _size(self, year: int, grade: str, number: int) -> int:
        key = (year, grade, number)
        if key not in self._sizes:
            self._sizes[key] = self._rng.randint(38, 50)
        return self._sizes[key]

    def _lessons(self, plan: TermPlan, term: Period, monday: date, weeks: int) -> None:
        rng, clinicians = self._rng, self._w.staff.clinicians
        taught = [(i, g) for i, (g, _) in enumerate(GRADES) if term.number == 1 or i % 3 != 2]
        for order, (index, grade) in enumerate(taught):
            teacher = clinicians[(order + term.year) % len(clinicians)]
            titles = LESSON_TITLES[index % 3]
            for number in range(1, CLASSES_PER_GRADE + 1):
                weekday, parity = rng.randrange(5), rng.randrange(2)
                size = self._size(term.year, grade, number)
                given = 0
                for week in range(1 + parity, weeks, 2):      # not the first week, not the exam week
                    day = monday + timedelta(days=7 * week + weekday)
                    if day not in plan.days or rng.random() < LESSON_MISSED:
                        continue
                    draft = ActivityDraft(held_on=day, kind=ActivityKind.LESSON, title=titles[given % len(titles)],
                                          audience=Audience.CLASS, audience_detail=f"{grade}({number})班",
                                          attendance=size - rng.choice((0, 0, 0, 1, 1, 2)), lessons=1,
                                          presenter_ids=(teacher.id,))
                    given += 1
                    self._add(plan, day, Planned(draft, teacher, rng.random() < LESSON_WITH_FILE))

    def _day_in(self, plan: TermPlan, monday: date, first_week: int, last_week: int) -> date | None:
        """A teaching day from week ``first_week`` to ``last_week`` of the term; None if none is left."""
        low, high = monday + timedelta(days=7 * first_week), monday + timedelta(days=7 * last_week + 6)
        choices = [d for d in plan.days if low <= d <= high]
        return self._rng.choice(choices) if choices else None

    def _near(self, plan: TermPlan, month: int, day_of_month: int) -> date | None:
        """The teaching day nearest the day of the year (a campaign day), within a week of it."""
        for day in plan.days:
            if day.month == month:
                target = date(day.year, month, day_of_month)
                close = [d for d in plan.days if abs((d - target).days) <= 7]
                return min(close, key=lambda d: (abs((d - target).days), d)) if close else None
        return None

    def _presenters(self, outside_chance: float) -> tuple[tuple[int, ...], str, User]:
        """(staff presenters, an outside presenter, who logs it)."""
        rng, clinicians = self._rng, self._w.staff.clinicians
        if rng.random() < outside_chance:
            host = rng.choice(clinicians)
            hosted = (host.id,) if rng.random() < 0.5 else ()
            return hosted, rng.choice(OUTSIDE_PRESENTERS), host if hosted else self._w.staff.supervisor
        people = rng.sample(clinicians, 2 if len(clinicians) > 1 and rng.random() < 0.3 else 1)
        return tuple(p.id for p in people), "", people[0]

    def _one_off(self, plan: TermPlan, day: date | None, kind: ActivityKind, title: str, audience: Audience,
                 detail: str, attendance: int | None, lessons: int, outside_chance: float = 0.0) -> None:
        if day is None:
            return
        staff_ids, outside, recorder = self._presenters(outside_chance)
        draft = ActivityDraft(held_on=day, kind=kind, title=title, audience=audience, audience_detail=detail,
                              attendance=attendance, lessons=lessons, presenter_ids=staff_ids,
                              outside_presenter=outside)
        self._add(plan, day, Planned(draft, recorder, self._rng.random() < WITH_FILE))

    def _grade_size(self, year: int, grade: str) -> int:
        return sum(self._size(year, grade, n) for n in range(1, CLASSES_PER_GRADE + 1))

    def _one_offs(self, plan: TermPlan, term: Period, monday: date, weeks: int) -> None:
        rng, year = self._rng, term.year
        last = weeks - 1
        for _ in range(rng.randint(1, 2)):
            self._one_off(plan, self._day_in(plan, monday, 1, 3), ActivityKind.PEER_TRAINING,
                          rng.choice(PEER_TRAININGS), Audience.OTHER, "各班心理委员",
                          round(2 * CLASSES_PER_GRADE * len(GRADES) * rng.uniform(0.85, 1.0)), rng.randint(1, 2))
        for _ in range(rng.randint(2, 4)):
            grade = rng.choice(GRADES)[0]
            self._one_off(plan, self._day_in(plan, monday, 2, last), ActivityKind.LECTURE, rng.choice(LECTURES),
                          Audience.GRADE, f"{grade}年级", round(self._grade_size(year, grade) * rng.uniform(0.9, 1.0)),
                          1, OUTSIDE)
        for _ in range(rng.randint(3, 5)):
            title = rng.choice(GROUP_GUIDANCE)
            if rng.random() < 0.5:
                grade, number = rng.choice(GRADES)[0], rng.randint(1, CLASSES_PER_GRADE)
                audience, detail, count = Audience.CLASS, f"{grade}({number})班", self._size(year, grade, number)
            else:
                audience, detail, count = Audience.OTHER, rng.choice(GROUP_AUDIENCES), rng.randint(10, 24)
            self._one_off(plan, self._day_in(plan, monday, 2, last), ActivityKind.GROUP, title, audience, detail,
                          count, rng.randint(1, 2))
        if term.number == 1 or rng.random() < 0.5:
            grade = rng.choice(GRADES)[0]
            self._one_off(plan, self._day_in(plan, monday, 4, last), ActivityKind.PARENTS, rng.choice(PARENT_TALKS),
                          Audience.PARENTS, f"{grade}年级全体家长",
                          round(self._grade_size(year, grade) * rng.uniform(0.7, 0.95)), 1, 0.3)
        trained = 0
        while trained < TRAINING_LESSONS:
            title, detail = rng.choice(TEACHER_TRAININGS)
            lessons = rng.randint(2, 4)
            count = {"全体班主任": CLASSES_PER_GRADE * len(GRADES), "全体教师": 210}.get(detail, 16)
            self._one_off(plan, self._day_in(plan, monday, 1, last), ActivityKind.TEACHER_TRAINING, title,
                          Audience.TEACHERS, detail, round(count * rng.uniform(0.8, 1.0)), lessons, 0.4)
            trained += lessons
        for key, title in CAMPAIGNS.items():
            month, day_of_month = (int(part) for part in key.split("-"))
            self._one_off(plan, self._near(plan, month, day_of_month), ActivityKind.CAMPAIGN, title,
                          Audience.WHOLE_SCHOOL, "", None, 0)

    # -- writing --------------------------------------------------------------------------------------
    def _record(self, when: datetime, planned: Planned) -> None:
        """What ``ActivityService.record`` writes, at ``when``, by the one who logged it."""
        w, user = self._w, planned.recorder
        draft = validate_activity(planned.draft, when.date())
        activity_id = w.activities.add(draft, user.id, moment(when))
        w.log(user, Action.ACTIVITY_RECORDED, when, activity_target(activity_id),
              {"kind": draft.kind.value, "day": draft.held_on.isoformat(), "lessons": draft.lessons,
               "attendance": draft.attendance})
        w.counts["activities"] += 1
        if planned.with_file:
            data = tiny_png(self._rng)
            name = self._rng.choice(ACTIVITY_FILES)
            file_id = w.activities.add_file(activity_id, name, "image/png", data, user.id, moment(when))
            w.log(user, Action.ACTIVITY_FILE_ADDED, when, activity_target(activity_id),
                  {"file": file_id, "type": "image/png", "size": len(data)})
