"""Generated appointments (R4): the room's bookable slots, bookings and what became of them.

One room: a slot holds one booking that is not cancelled, and bookings the room already had are
respected. The slots leave 14:00–15:00 free (the school's first afternoon period), so a
counsellor's own bookings fit in beside the generated ones.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

from counselroom.domain.accounts import User
from counselroom.domain.appointments import Appointment, AppointmentDraft, AppointmentStatus
from counselroom.domain.audit import Action
from counselroom.services.clients import client_target
from counselroom.services.demo_state import Booking, CaseFile
from counselroom.services.demo_writer import Writer, moment

SLOTS = (time(9, 0), time(10, 0), time(11, 0), time(13, 0), time(15, 0), time(16, 0))
MINUTES = 45


class Timetable:
    """Which slots of which days are taken."""

    def __init__(self) -> None:
        self._taken: dict[date, set[int]] = {}

    def respect(self, existing: Iterable[Appointment]) -> None:
        """Bookings already in the room take every slot they overlap."""
        for a in existing:
            if a.status is AppointmentStatus.CANCELLED:
                continue
            day = a.starts_at.date()
            for index, start in enumerate(SLOTS):
                begins = datetime.combine(day, start)
                if a.overlaps(begins, begins + timedelta(minutes=MINUTES)):
                    self._taken.setdefault(day, set()).add(index)

    def take(self, day: date, preferred: int) -> int | None:
        """The preferred slot of ``day`` if free, else the first free one; None when the day is full."""
        taken = self._taken.setdefault(day, set())
        candidates: list[int] = [preferred, *range(len(SLOTS))]
        for index in candidates:
            if index not in taken:
                taken.add(index)
                return index
        return None

    def clear_of(self, day: date, start: time, minutes: int) -> bool:
        """Whether a session from ``start`` stays clear of the day's bookings (a drop-in when the room is free)."""
        begins = datetime.combine(day, start)
        ends = begins + timedelta(minutes=minutes)
        return not any(begins < datetime.combine(day, SLOTS[i]) + timedelta(minutes=MINUTES)
                       and datetime.combine(day, SLOTS[i]) < ends for i in self._taken.get(day, ()))

    def release(self, day: date, slot: int) -> None:
        self._taken.get(day, set()).discard(slot)


class Bookings:
    def __init__(self, writer: Writer) -> None:
        self._w = writer
        self.on_day: dict[date, list[Booking]] = {}

    def book(self, when: datetime, actor: User, case: CaseFile, day: date, slot: int) -> Booking:
        starts = datetime.combine(day, SLOTS[slot])
        draft = AppointmentDraft(case.client_id, case.counsellor.id, starts, MINUTES, case.case_id)
        appointment_id = self._w.appointments.add(draft, actor.id, moment(when))
        self._w.log(actor, Action.APPOINTMENT_BOOKED, when, client_target(case.client_id),
                    {"appointment": appointment_id, "starts_at": starts.isoformat(), "minutes": MINUTES})
        booking = Booking(appointment_id, case, starts, draft.ends_at, slot)
        self.on_day.setdefault(day, []).append(booking)
        self._w.counts["appointments"] += 1
        return booking

    def settle(self, when: datetime, actor: User, booking: Booking, status: AppointmentStatus,
               reason: str = "") -> None:
        self._w.appointments.set_status(booking.id, status, reason, moment(when))
        self._w.log(actor, Action.APPOINTMENT_STATUS, when, client_target(booking.case.client_id),
                    {"appointment": booking.id, "status": status.value})
        booking.status = status
