"""Appointments (预约, R4): one room, so no two bookings overlap, whoever the counsellor."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from enum import Enum

from counselroom.domain.errors import ValidationError
from counselroom.domain.text import clean_line
from counselroom.domain.settings import TimeRange

DEFAULT_MINUTES = 45
NOTE_MAX = 500
MAX_MINUTES = 240


class AppointmentStatus(str, Enum):
    BOOKED = "booked"
    ATTENDED = "attended"
    NO_SHOW = "no_show"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class AppointmentDraft:
    client_id: int
    counsellor_id: int
    starts_at: datetime            # the room's wall-clock time, no time zone
    minutes: int = DEFAULT_MINUTES
    case_id: int | None = None
    note: str = ""                 # practical only (e.g. "from class 3"), never clinical

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.minutes)


@dataclass(frozen=True)
class Appointment:
    id: int
    client_id: int
    counsellor_id: int
    starts_at: datetime
    ends_at: datetime
    status: AppointmentStatus
    case_id: int | None = None
    note: str = ""
    cancel_reason: str = ""
    client_name: str = ""
    client_case_no: str = ""
    counsellor_name: str = ""

    @property
    def minutes(self) -> int:
        return int((self.ends_at - self.starts_at).total_seconds() // 60)

    def overlaps(self, start: datetime, end: datetime) -> bool:
        return self.starts_at < end and start < self.ends_at


def validate_appointment(draft: AppointmentDraft) -> AppointmentDraft:
    if draft.starts_at.tzinfo is not None:
        raise ValueError("appointments use the room's wall-clock time")
    if not 5 <= draft.minutes <= MAX_MINUTES:
        raise ValidationError("minutes", "appointment.duration", max=MAX_MINUTES)
    if draft.ends_at.date() != draft.starts_at.date():
        raise ValidationError("minutes", "appointment.past_midnight")
    note = clean_line(draft.note)
    if len(note) > NOTE_MAX:
        raise ValidationError("note", "text.too_long", max=NOTE_MAX)
    return replace(draft, note=note)


def within_hours(start: datetime, end: datetime, hours: dict[int, tuple[TimeRange, ...]]) -> bool:
    """Whether the booking lies inside one opening period of that weekday."""
    return any(r.start <= start.time() and end.time() <= r.end for r in hours.get(start.weekday(), ()))


def may_change_status(current: AppointmentStatus, new: AppointmentStatus) -> bool:
    # A booking is settled once: attended, no-show or cancelled. Corrections
    # between attended and no-show happen (a student arrives late).
    if current is AppointmentStatus.BOOKED:
        return new is not AppointmentStatus.BOOKED
    return {current, new} == {AppointmentStatus.ATTENDED, AppointmentStatus.NO_SHOW}
