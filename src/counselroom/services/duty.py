"""The duty log (值班记录, R11): starting and ending duty, shifts entered afterwards, the week's hours.

Who may do what:

- every role records its own duty (assistants too: being on duty in the room is not
  clinical work); the supervisor records, ends and corrects anyone's;
- everyone sees who was on duty when and how many visitors came (the week's open hours
  and "who is on duty now" are the room's, not a person's); the notes of a shift are
  read by the person on duty, whoever recorded it, and the supervisor;
- an open shift is kept up to date (visitors, notes, a start clicked late) and ended by
  the person on duty, whoever started it, or the supervisor;
- a finished shift is corrected by the person on duty or whoever recorded it until the
  day it was finished is over; afterwards by the supervisor only, with a reason. A shift
  recorded by mistake is withdrawn with a reason, never deleted;
- the month view (for printing) is the supervisor's;
- once a quarter is archived (R12) its finished shifts are read-only: none is entered
  afterwards on one of its days, corrected (also not into it) or withdrawn. A shift
  left open in it may still be ended or withdrawn (see :mod:`counselroom.services.archived`).

Every change is in the audit log; corrections carry the old and new values.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import overload

from counselroom.domain.access import acts_for_colleagues
from counselroom.domain.accounts import Role, User
from counselroom.domain.audit import Action
from counselroom.domain.duty import (
    Correction, DutyMonth, DutyShift, DutyWeek, Entry, month_weeks, monday_of, open_minutes, overlapping,
    validate_end, validate_month, validate_notes, validate_reason, validate_start, validate_visitors, wall, week_of,
)
from counselroom.domain.errors import NotFound, PermissionDenied, ValidationError
from counselroom.services.archived import READ_ONLY, archived_quarter_of, refuse_if_archived
from counselroom.services.session import Session
from counselroom.services.settings_service import SettingsService
from counselroom.storage.duty_repo import DutyRepository
from counselroom.storage.users_repo import UserRepository


def duty_target(shift_id: int) -> str:
    return f"duty:{shift_id}"


def _hm(moment: datetime | None) -> str:
    return "" if moment is None else moment.strftime("%H:%M")


def _stamp(moment: datetime | None) -> str | None:
    """A wall-clock time as the audit log shows it."""
    return None if moment is None else moment.isoformat(sep=" ", timespec="minutes")


class DutyService:
    def __init__(self, session: Session) -> None:
        self._s = session

    @property
    def _repo(self) -> DutyRepository:
        return DutyRepository(self._s.db)

    def _now(self) -> datetime:
        return wall(self._s.wall_now())

    def _load(self, shift_id: int) -> DutyShift:
        found = self._repo.get(shift_id)
        if found is None:
            raise NotFound("duty.not_found")
        return found

    def _handles(self, shift: DutyShift, user: User) -> bool:
        """The person on duty, whoever recorded the shift, or the supervisor."""
        return acts_for_colleagues(user) or user.id in (shift.user_id, shift.created_by)

    def handles(self, shift: DutyShift) -> bool:
        """Whether the acting person may end, annotate or withdraw this shift."""
        return self._handles(shift, self._s.require())

    @overload
    def _shown(self, shift: DutyShift) -> DutyShift: ...
    @overload
    def _shown(self, shift: None) -> None: ...
    @overload
    def _shown(self, shift: DutyShift | None) -> DutyShift | None: ...
    def _shown(self, shift: DutyShift | None) -> DutyShift | None:
        if shift is None or not shift.notes or self._handles(shift, self._s.user):
            return shift
        return replace(shift, notes="", notes_hidden=True)

    def _person(self, user_id: int | None) -> int:
        """Whose duty is recorded: oneself, or (the supervisor) any active account."""
        user = self._s.user
        if user_id is None or user_id == user.id:
            return user.id
        if not acts_for_colleagues(user):
            raise PermissionDenied("duty.for_others")
        person = UserRepository(self._s.db).get(user_id)
        if person is None or not person.active:
            raise ValidationError("person", "duty.person_invalid")
        return user_id

    def _no_overlap(self, user_id: int, start: datetime, end: datetime | None, exclude_id: int | None) -> None:
        clash = overlapping(self._repo.person_on(user_id, start.date()), start, end, exclude_id)
        if clash is None:
            return
        if clash.is_open:
            raise ValidationError("started_at", "duty.overlap_open", start=_hm(clash.started_at))
        raise ValidationError("started_at", "duty.overlap", start=_hm(clash.started_at), end=_hm(clash.ended_at))

    def _refuse_unusable(self, shift: DutyShift) -> None:
        if shift.withdrawn:
            raise ValidationError("shift", "duty.withdrawn")

    # -- reading ----------------------------------------------------------------------------------
    def get(self, shift_id: int) -> DutyShift:
        self._s.require()
        return self._shown(self._load(shift_id))

    def my_open_shift(self) -> DutyShift | None:
        """The acting person's open shift (today's, or a forgotten one from an earlier day)."""
        user = self._s.require()
        return self._shown(self._repo.open_for(user.id))

    def on_duty_now(self) -> list[DutyShift]:
        """Who is on duty right now: today's open shifts, earliest first (for the Today page too)."""
        self._s.require()
        today = self._now().date()
        return [self._shown(s) for s in self._repo.open_shifts() if not s.forgotten(today)]

    def forgotten(self) -> list[DutyShift]:
        """Shifts left open on an earlier day that the acting person may end (the supervisor: all)."""
        user = self._s.require()
        today = self._now().date()
        return [self._shown(s) for s in self._repo.open_shifts() if s.forgotten(today) and self._handles(s, user)]

    def shifts(self, start: date, end: date) -> list[DutyShift]:
        """Shifts that started from ``start`` up to but excluding ``end`` (days), earliest first."""
        self._s.require()
        return [self._shown(s) for s in self._repo.between(start, end)]

    def day(self, day: date) -> list[DutyShift]:
        return self.shifts(day, day + timedelta(days=1))

    def week(self, any_day: date) -> list[DutyShift]:
        monday = monday_of(any_day)
        return self.shifts(monday, monday + timedelta(days=7))

    def minimum_minutes(self) -> int:
        """The room's minimum open time a week (the supervisor's setting, R11), in minutes."""
        return SettingsService(self._s).get().min_weekly_hours * 60

    def week_summary(self, any_day: date) -> DutyWeek:
        """Minutes open on each day of the week of ``any_day`` (the union of the shifts) and the minimum."""
        self._s.require()
        monday = monday_of(any_day)
        shifts = self._repo.between(monday, monday + timedelta(days=7))
        return week_of(shifts, monday, self.minimum_minutes(), self._now())

    def week_hours(self, any_day: date) -> tuple[int, int]:
        """(minutes open, minimum minutes) of the week of ``any_day``; two people at once count once."""
        week = self.week_summary(any_day)
        return week.total_minutes, week.minimum_minutes

    def month(self, year: int, month: int) -> DutyMonth:
        """The month's shifts and every week touching it, for the supervisor's printed log."""
        self._s.require(Role.SUPERVISOR)
        year, month = validate_month(year, month)
        mondays = month_weeks(year, month)
        around = self._repo.between(mondays[0], mondays[-1] + timedelta(days=7))
        now = self._now()
        minimum = self.minimum_minutes()
        first = date(year, month, 1)
        after = date(year + (month == 12), month % 12 + 1, 1)
        shifts = tuple(s for s in around if first <= s.day < after)
        return DutyMonth(year=year, month=month, shifts=shifts,
                         weeks=tuple(week_of(around, m, minimum, now) for m in mondays),
                         minimum_minutes=minimum, open_minutes=open_minutes(shifts, first, after, now),
                         counted_until=now)

    def people(self) -> list[tuple[int, str]]:
        """For whom the acting person records duty: themselves; the supervisor every active account."""
        user = self._s.require()
        if not acts_for_colleagues(user):
            return [(user.id, user.display_name)]
        users = [u for u in UserRepository(self._s.db).all() if u.active]
        users.sort(key=lambda u: (u.id != user.id, u.display_name, u.id))
        return [(u.id, u.display_name) for u in users]

    def correction_rule(self, shift: DutyShift) -> Correction:
        """Whether the acting person may correct this finished shift, and whether a reason is needed
        (NONE for a shift of an archived quarter: the page greys its buttons out)."""
        rule = self._permitted(shift)
        if rule is not Correction.NONE and archived_quarter_of(self._s, shift.day) is not None:
            return Correction.NONE
        return rule

    def _permitted(self, shift: DutyShift) -> Correction:
        """The rule by role and time alone; a change is then refused for an archived quarter with
        its own sentence."""
        user = self._s.require()
        if shift.is_open or shift.withdrawn:
            return Correction.NONE
        finished_today = (shift.finished_at is not None
                          and shift.finished_at.astimezone().date() == self._s.today())
        if finished_today and user.id in (shift.user_id, shift.created_by):
            return Correction.FREE
        if acts_for_colleagues(user):
            return Correction.REASON
        return Correction.NONE

    # -- live: start, keep up to date, end -------------------------------------------------------------
    def start(self, user_id: int | None = None) -> DutyShift:
        """On duty from now (the supervisor may start someone else's duty)."""
        user = self._s.require()
        person = self._person(user_id)
        now = self._now()
        with self._s.db.transaction():   # BEGIN IMMEDIATE: the open-shift check and the insert are one step
            current = self._repo.open_for(person)
            if current is not None:
                if current.forgotten(now.date()):
                    raise ValidationError("shift", "duty.forgotten_open", day=current.day.isoformat(),
                                          start=_hm(current.started_at))
                raise ValidationError("shift", "duty.already_on_duty", start=_hm(current.started_at))
            self._no_overlap(person, now, now + timedelta(seconds=1), None)
            shift_id = self._repo.add(user_id=person, started_at=now, ended_at=None, visitors=0, notes="",
                                      entry=Entry.LIVE, by=user.id, now=self._s.clock())
            self._s.audit.append(user, Action.DUTY_STARTED, target=duty_target(shift_id),
                                 detail={"shift": shift_id, "on_duty": person, "started_at": _stamp(now)})
        return self._shown(self._load(shift_id))

    def update(self, shift_id: int, *, visitors: int | None = None, notes: str | None = None,
               started_at: datetime | None = None) -> DutyShift:
        """Keep an open shift up to date: visitors so far, the notes, a start clicked late."""
        user = self._s.require()
        now = self._now()
        with self._s.db.transaction():
            shift = self._load(shift_id)
            if not self._handles(shift, user):
                raise PermissionDenied("duty.not_yours")
            self._refuse_unusable(shift)
            if not shift.is_open:
                raise ValidationError("shift", "duty.not_open")
            start = shift.started_at if started_at is None else validate_start(started_at, now)
            if start.date() != shift.day:
                raise ValidationError("started_at", "duty.start_other_day", day=shift.day.isoformat())
            visitors = shift.visitors if visitors is None else validate_visitors(visitors)
            notes = shift.notes if notes is None else validate_notes(notes)
            changes = self._changes(shift, start, None, visitors, notes)
            if not changes:
                return self._shown(shift)
            if start != shift.started_at:
                self._no_overlap(shift.user_id, start, None, shift.id)
            self._repo.update(shift_id, started_at=start, ended_at=None, visitors=visitors, notes=notes,
                              by=user.id, now=self._s.clock())
            self._s.audit.append(user, Action.DUTY_UPDATED, target=duty_target(shift_id),
                                 detail={"shift": shift_id, "on_duty": shift.user_id, **changes})
        return self._shown(self._load(shift_id))

    def stop(self, shift_id: int | None = None, *, ended_at: datetime | None = None, visitors: int | None = None,
             notes: str | None = None) -> DutyShift:
        """End an open shift (default: one's own) now, or at ``ended_at``.

        A shift forgotten on an earlier day needs ``ended_at``: the time it really ended.
        """
        user = self._s.require()
        now = self._now()
        with self._s.db.transaction():
            shift = self._repo.open_for(user.id) if shift_id is None else self._load(shift_id)
            if shift is None:
                raise ValidationError("shift", "duty.not_on_duty")
            if not self._handles(shift, user):
                raise PermissionDenied("duty.not_yours")
            self._refuse_unusable(shift)
            if not shift.is_open:
                raise ValidationError("shift", "duty.not_open")
            if ended_at is None:
                if shift.forgotten(now.date()):
                    raise ValidationError("ended_at", "duty.end_needed", day=shift.day.isoformat())
                ended_at = now
            end = validate_end(shift.started_at, ended_at, now)
            visitors = shift.visitors if visitors is None else validate_visitors(visitors)
            notes = shift.notes if notes is None else validate_notes(notes)
            self._no_overlap(shift.user_id, shift.started_at, end, shift.id)
            self._repo.update(shift.id, started_at=shift.started_at, ended_at=end, visitors=visitors, notes=notes,
                              by=user.id, now=self._s.clock(), finished=True)
            detail: dict[str, object] = {"shift": shift.id, "on_duty": shift.user_id,
                                         "started_at": _stamp(shift.started_at), "ended_at": _stamp(end),
                                         "visitors": visitors}
            if notes != shift.notes:
                detail["notes"] = {"old": shift.notes, "new": notes}
            self._s.audit.append(user, Action.DUTY_ENDED, target=duty_target(shift.id), detail=detail)
        return self._shown(self._load(shift.id))

    # -- afterwards: past shifts, corrections, withdrawing ------------------------------------------------
    def record_past(self, started_at: datetime, ended_at: datetime, *, user_id: int | None = None,
                    visitors: int = 0, notes: str = "") -> DutyShift:
        """A shift entered afterwards: ends after it starts, on the same day, not in the future,
        and does not overlap another shift of the same person."""
        user = self._s.require()
        person = self._person(user_id)
        now = self._now()
        start = validate_start(started_at, now)
        end = validate_end(start, ended_at, now)
        visitors = validate_visitors(visitors)
        notes = validate_notes(notes)
        refuse_if_archived(self._s, "started_at", start.date(), code=READ_ONLY)
        with self._s.db.transaction():
            self._no_overlap(person, start, end, None)
            shift_id = self._repo.add(user_id=person, started_at=start, ended_at=end, visitors=visitors, notes=notes,
                                      entry=Entry.AFTERWARDS, by=user.id, now=self._s.clock())
            self._s.audit.append(user, Action.DUTY_RECORDED, target=duty_target(shift_id),
                                 detail={"shift": shift_id, "on_duty": person, "started_at": _stamp(start),
                                         "ended_at": _stamp(end), "visitors": visitors})
        return self._shown(self._load(shift_id))

    def correct(self, shift_id: int, *, started_at: datetime | None = None, ended_at: datetime | None = None,
                visitors: int | None = None, notes: str | None = None, reason: str | None = None) -> DutyShift:
        """Change a finished shift (see :meth:`correction_rule`); the audit log keeps the old values."""
        user = self._s.require()
        now = self._now()
        with self._s.db.transaction():
            shift = self._load(shift_id)
            self._refuse_unusable(shift)
            if shift.ended_at is None:
                raise ValidationError("shift", "duty.still_open")
            rule = self._permitted(shift)
            if rule is Correction.NONE:
                raise PermissionDenied("duty.correction_closed")
            refuse_if_archived(self._s, "started_at", shift.day, code=READ_ONLY)
            start = shift.started_at if started_at is None else validate_start(started_at, now)
            refuse_if_archived(self._s, "started_at", start.date(), code=READ_ONLY)
            end = validate_end(start, shift.ended_at if ended_at is None else ended_at, now)
            visitors = shift.visitors if visitors is None else validate_visitors(visitors)
            notes = shift.notes if notes is None else validate_notes(notes)
            changes = self._changes(shift, start, end, visitors, notes)
            if not changes:
                return self._shown(shift)
            if rule is Correction.REASON:
                changes["reason"] = validate_reason(reason)
            elif (reason or "").strip():
                changes["reason"] = validate_reason(reason)
            self._no_overlap(shift.user_id, start, end, shift.id)
            self._repo.update(shift_id, started_at=start, ended_at=end, visitors=visitors, notes=notes,
                              by=user.id, now=self._s.clock(), correction=True)
            self._s.audit.append(user, Action.DUTY_CORRECTED, target=duty_target(shift_id),
                                 detail={"shift": shift_id, "on_duty": shift.user_id, **changes})
        return self._shown(self._load(shift_id))

    def withdraw(self, shift_id: int, reason: str) -> DutyShift:
        """Take back a shift recorded by mistake (kept, with the reason; it no longer counts)."""
        user = self._s.require()
        with self._s.db.transaction():
            shift = self._load(shift_id)
            self._refuse_unusable(shift)
            if shift.is_open:
                if not self._handles(shift, user):
                    raise PermissionDenied("duty.not_yours")
            elif self._permitted(shift) is Correction.NONE:
                raise PermissionDenied("duty.correction_closed")
            else:
                # R12: a finished shift of an archived quarter stays as archived (an open one may go).
                refuse_if_archived(self._s, "shift", shift.day, code=READ_ONLY)
            reason = validate_reason(reason)
            self._repo.withdraw(shift_id, by=user.id, reason=reason, now=self._s.clock())
            self._s.audit.append(user, Action.DUTY_WITHDRAWN, target=duty_target(shift_id),
                                 detail={"shift": shift_id, "on_duty": shift.user_id,
                                         "started_at": _stamp(shift.started_at), "ended_at": _stamp(shift.ended_at),
                                         "reason": reason})
        return self._shown(self._load(shift_id))

    @staticmethod
    def _changes(shift: DutyShift, start: datetime, end: datetime | None, visitors: int,
                 notes: str) -> dict[str, object]:
        changes: dict[str, object] = {}
        if start != shift.started_at:
            changes["started_at"] = {"old": _stamp(shift.started_at), "new": _stamp(start)}
        if end != shift.ended_at:
            changes["ended_at"] = {"old": _stamp(shift.ended_at), "new": _stamp(end)}
        if visitors != shift.visitors:
            changes["visitors"] = {"old": shift.visitors, "new": visitors}
        if notes != shift.notes:
            changes["notes"] = {"old": shift.notes, "new": notes}
        return changes
