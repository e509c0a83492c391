"""The generated room's day (R10, R11): the afternoon duty, the closing checklist, log-outs.

The room is open to drop-ins in the afternoons (one person on duty, or two taking turns), which
meets the weekly minimum; whoever leaves last ends their duty and signs the closing, with the
data checks as the records stood then. Now and then a closing is forgotten, a record is left
for the next morning or an open crisis is not looked at, and the closing says why.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from counselroom.domain.accounts import User
from counselroom.domain.appointments import AppointmentStatus
from counselroom.domain.audit import Action
from counselroom.domain.closing import CheckId, ChecklistItem, DataCheck, answered
from counselroom.domain.duty import DutyShift, Entry
from counselroom.services.closing import closing_target
from counselroom.services.demo_agenda import Agenda, at
from counselroom.services.demo_bookings import Bookings
from counselroom.services.demo_cabinet import Cabinet
from counselroom.services.demo_casework import Casework
from counselroom.services.demo_crises import Crises
from counselroom.services.demo_words import CLOSING_REASONS, DUTY_NOTES
from counselroom.services.demo_writer import Writer, moment
from counselroom.services.duty import duty_target

#: Of the opening days, how many nobody signed the closing of.
FORGOTTEN_CLOSING = 0.015
LIVE_DUTY = 0.8


def _stamp(moment_: datetime) -> str:
    return moment_.isoformat(sep=" ", timespec="minutes")


@dataclass(eq=False)
class Shift:
    person: User
    start: datetime
    end: datetime
    id: int = 0
    visitors: int = 0
    notes: str = ""


class Room:
    def __init__(self, writer: Writer, agenda: Agenda, rng: random.Random, casework: Casework, crises: Crises,
                 bookings: Bookings, cabinet: Cabinet, items: list[ChecklistItem],
                 existing_shifts: list[DutyShift], running: set[int], signed_days: set[date]) -> None:
        self._w = writer
        self._agenda = agenda
        self._rng = rng
        self._casework = casework
        self._crises = crises
        self._bookings = bookings
        self._cabinet = cabinet
        self._items = items
        self._signed_days = signed_days
        self._busy: dict[tuple[int, date], list[tuple[datetime, datetime]]] = {}
        for s in existing_shifts:
            until_then = s.ended_at or datetime.combine(s.day, time.max)    # an open one: the rest of its day
            self._busy.setdefault((s.user_id, s.day), []).append((s.started_at, until_then))
        # Someone on duty in the room as it is (one open shift a person) enters theirs afterwards.
        self._running = running
        self._on_duty: set[int] = set()        # shift ids running now
        self._last_off: User | None = None

    def open_day(self, day: date, *, closes: bool, until: datetime | None) -> None:
        """Schedule the room's part of ``day``: reviews, duty, closing and log-outs (none of what
        would still be going on at ``until``)."""
        self._casework.new_day()
        self._last_off = None
        self._crises.review_all(day)
        rng = self._rng
        people = self._w.staff.everyone
        begins = at(day, 12, rng.randint(45, 58))
        ends = at(day, 17, rng.randint(0, 8))
        if len(people) > 1 and rng.random() < 0.45:
            handover = at(day, 14, 58) + timedelta(minutes=rng.randint(0, 6))
            turns = [(begins, handover), (handover, ends)]
        else:
            turns = [(begins, ends)]
        taken: set[int] = set()
        for start, end in turns:
            if until is not None and end >= until:
                continue     # not over yet today: nobody is left on duty by generated data
            person = self._free_person(rng, people, taken, day, start, end)
            if person is None:
                continue
            taken.add(person.id)
            shift = Shift(person, start, end)
            if rng.random() < LIVE_DUTY and person.id not in self._running:
                self._agenda.at(start, self._start_duty, shift)
                self._agenda.at(end, self._end_duty, shift)
            else:
                self._agenda.at(end + timedelta(minutes=rng.randint(5, 20)), self._record_duty, shift)
        if closes and day not in self._signed_days and rng.random() >= FORGOTTEN_CLOSING:
            self._agenda.at(at(day, 17, rng.randint(10, 25)), self._close_room)
        self._agenda.at(at(day, 17, 35), self._log_out)

    def _free_person(self, rng: random.Random, people: list[User], taken: set[int], day: date, start: datetime,
                     end: datetime) -> User | None:
        """Someone not on duty already then (also by shifts the room recorded before)."""
        order = people[:]
        rng.shuffle(order)
        for person in order:
            if person.id in taken:
                continue
            if any(s < end and start < e for s, e in self._busy.get((person.id, day), ())):
                continue
            return person
        return None

    def _visitors(self, shift: Shift) -> int:
        return min(999, sum(shift.start <= s < shift.end for s in self._casework.sessions_today))

    def _start_duty(self, when: datetime, shift: Shift) -> None:
        w = self._w
        shift.id = w.duty.add(user_id=shift.person.id, started_at=shift.start, ended_at=None, visitors=0, notes="",
                              entry=Entry.LIVE, by=shift.person.id, now=moment(when))
        w.log(shift.person, Action.DUTY_STARTED, when, duty_target(shift.id),
              {"shift": shift.id, "on_duty": shift.person.id, "started_at": _stamp(shift.start)})
        w.counts["duty_shifts"] += 1
        self._on_duty.add(shift.id)

    def _end_duty(self, when: datetime, shift: Shift) -> None:
        w = self._w
        shift.visitors = self._visitors(shift)
        shift.notes = self._rng.choice(DUTY_NOTES) if self._rng.random() < 0.1 else ""
        w.duty.update(shift.id, started_at=shift.start, ended_at=shift.end, visitors=shift.visitors,
                      notes=shift.notes, by=shift.person.id, now=moment(when), finished=True)
        detail: dict[str, object] = {"shift": shift.id, "on_duty": shift.person.id, "started_at": _stamp(shift.start),
                                     "ended_at": _stamp(shift.end), "visitors": shift.visitors}
        if shift.notes:
            detail["notes"] = {"old": "", "new": shift.notes}
        w.log(shift.person, Action.DUTY_ENDED, when, duty_target(shift.id), detail)
        self._on_duty.discard(shift.id)
        self._last_off = shift.person
        self._maybe_corrected(shift)

    def _record_duty(self, when: datetime, shift: Shift) -> None:
        """Entered afterwards (补录): nobody clicked "start" when the shift began."""
        w = self._w
        shift.visitors = self._visitors(shift)
        shift.id = w.duty.add(user_id=shift.person.id, started_at=shift.start, ended_at=shift.end,
                              visitors=shift.visitors, notes="", entry=Entry.AFTERWARDS, by=shift.person.id,
                              now=moment(when))
        w.log(shift.person, Action.DUTY_RECORDED, when, duty_target(shift.id),
              {"shift": shift.id, "on_duty": shift.person.id, "started_at": _stamp(shift.start),
               "ended_at": _stamp(shift.end), "visitors": shift.visitors})
        w.counts["duty_shifts"] += 1
        self._last_off = shift.person
        self._maybe_corrected(shift)

    def _maybe_corrected(self, shift: Shift) -> None:
        """Once in a while the supervisor checks the sign-in sheet the next day and corrects the count."""
        if self._rng.random() < 0.01:
            self._agenda.at(at(shift.start.date() + timedelta(days=1), 9, 5), self._correct, shift)

    def _correct(self, when: datetime, shift: Shift) -> None:
        w, boss = self._w, self._w.staff.supervisor
        old = shift.visitors
        shift.visitors = old + 1
        w.duty.update(shift.id, started_at=shift.start, ended_at=shift.end, visitors=shift.visitors,
                      notes=shift.notes, by=boss.id, now=moment(when), correction=True)
        w.log(boss, Action.DUTY_CORRECTED, when, duty_target(shift.id),
              {"shift": shift.id, "on_duty": shift.person.id, "visitors": {"old": old, "new": shift.visitors},
               "reason": "核对来访登记表"})

    # -- the closing checklist ----------------------------------------------------------------------
    def _checks(self, day: date) -> tuple[DataCheck, ...]:
        """What ``CHECK_PROVIDERS`` would have found: the same counts and names, from what was generated."""
        drafts = [s.case.counsellor.display_name for s in self._casework.late.values() if s.day <= day]
        earlier = sum(s.day < day for s in self._casework.late.values())
        bookings = [b for b in self._bookings.on_day.get(day, ()) if b.status is not AppointmentStatus.CANCELLED]
        unsettled = [b for b in bookings if b.status is AppointmentStatus.BOOKED]
        crises = list(self._crises.open.values())
        unreviewed = [c.case.counsellor.display_name for c in crises if c.reviewed < day]
        out = len(self._cabinet.out)
        return (
            DataCheck(CheckId.VISITS_SIGNED.value, not drafts, {"unsigned": len(drafts), "earlier": earlier},
                      tuple(f"{n} ×{k}" for n, k in Counter(drafts).most_common())),
            DataCheck(CheckId.APPOINTMENTS_RESOLVED.value, not unsettled,
                      {"booked": len(unsettled), "total": len(bookings)},
                      tuple(f"{b.starts:%H:%M} {b.case.counsellor.display_name}" for b in unsettled)),
            DataCheck(CheckId.CRISES_REVIEWED.value, not unreviewed, {"unreviewed": len(unreviewed),
                                                                      "open": len(crises)},
                      tuple(f"{n} ×{k}" for n, k in Counter(unreviewed).most_common())),
            DataCheck(CheckId.MATERIALS_RETURNED.value, not out, {"out": out, "handouts": out, "mismatched": 0}),
            DataCheck(CheckId.DUTY_ENDED.value, not self._on_duty, {"on_duty": len(self._on_duty)}),
            DataCheck(CheckId.BACKUP_MADE.value, True, {"made": 1}),
        )

    def _close_room(self, when: datetime) -> None:
        w, day = self._w, when.date()
        clinicians = w.staff.clinicians
        signer = self._last_off if self._last_off is not None and w.is_clinician(self._last_off) \
            else self._rng.choice(clinicians)
        checks = self._checks(day)
        failed = [c.id for c in checks if not c.passed]
        reason = CLOSING_REASONS.get(failed[0], "已知情况，明早处理") if failed else ""
        snapshot = answered(self._items, {i.id: True for i in self._items})
        w.closings.add(day, signer.id, moment(when), snapshot, checks, reason)
        detail: dict[str, object] = {"day": day.isoformat(), "items": len(snapshot), "failed_checks": failed}
        if reason:
            detail["reason"] = reason
        w.log(signer, Action.CLOSING_SIGNED, when, closing_target(day), detail)
        w.counts["closings"] += 1

    def _log_out(self, when: datetime) -> None:
        self._w.log_out_everyone(when)
