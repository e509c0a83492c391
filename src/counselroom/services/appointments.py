"""Booking the room (R4). Every role books; the room is one room, so bookings never overlap."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from counselroom.domain.accounts import Role
from counselroom.domain.appointments import (
    Appointment, AppointmentDraft, AppointmentStatus, may_change_status, validate_appointment,
    within_hours,
)
from counselroom.domain.audit import Action
from counselroom.domain.errors import NotFound, ValidationError
from counselroom.domain.archive import Quarter
from counselroom.domain.text import clean_text
from counselroom.services.archived import READ_ONLY, archived_quarter_of, refuse_if_archived
from counselroom.services.cases import CaseService
from counselroom.services.clients import client_target
from counselroom.services.session import Session
from counselroom.services.settings_service import SettingsService
from counselroom.storage.appointments_repo import AppointmentRepository
from counselroom.storage.cases_repo import CaseRepository
from counselroom.storage.clients_repo import ClientRepository
from counselroom.storage.users_repo import UserRepository
from counselroom.storage.visits_repo import VisitRepository

SLOT_STEP_MINUTES = 15


class AppointmentService:
    def __init__(self, session: Session) -> None:
        self._s = session

    @property
    def _repo(self) -> AppointmentRepository:
        return AppointmentRepository(self._s.db)

    def _load(self, appointment_id: int) -> Appointment:
        found = self._repo.get(appointment_id)
        if found is None:
            raise NotFound("appointment.not_found")
        return found

    def _check(self, draft: AppointmentDraft, outside_hours_ok: bool, exclude_id: int | None) -> AppointmentDraft:
        draft = validate_appointment(draft)
        client = ClientRepository(self._s.db).get(draft.client_id)
        if client is None:
            raise ValidationError("client", "client.not_found")
        counsellor = UserRepository(self._s.db).get(draft.counsellor_id)
        if counsellor is None or not counsellor.active or counsellor.role is Role.ASSISTANT:
            raise ValidationError("counsellor", "case.counsellor_invalid")
        if draft.case_id is not None:
            case = CaseRepository(self._s.db).get(draft.case_id)
            if case is None or case.client_id != draft.client_id:
                raise ValidationError("case", "appointment.case_mismatch")
        hours = SettingsService(self._s).get().opening_hours
        if not outside_hours_ok and not within_hours(draft.starts_at, draft.ends_at, hours):
            raise ValidationError("starts_at", "appointment.outside_hours")
        clash = self._repo.overlapping(draft.starts_at, draft.ends_at, exclude_id)
        if clash:
            other = clash[0]
            raise ValidationError("starts_at", "appointment.overlap",
                                  start=other.starts_at.strftime("%H:%M"), end=other.ends_at.strftime("%H:%M"))
        return draft

    def book(self, draft: AppointmentDraft, *, outside_hours_ok: bool = False) -> Appointment:
        user = self._s.require()
        # R12: no booking into a quarter that is archived.
        refuse_if_archived(self._s, "starts_at", draft.starts_at.date(), code=READ_ONLY)
        with self._s.db.transaction():  # BEGIN IMMEDIATE: the overlap check and insert are one step
            draft = self._check(draft, outside_hours_ok, None)
            appointment_id = self._repo.add(draft, user.id, self._s.clock())
            self._s.audit.append(user, Action.APPOINTMENT_BOOKED, target=client_target(draft.client_id),
                                 detail={"appointment": appointment_id, "starts_at": draft.starts_at.isoformat(),
                                         "minutes": draft.minutes})
        return self._load(appointment_id)

    def move(self, appointment_id: int, draft: AppointmentDraft, *, outside_hours_ok: bool = False) -> Appointment:
        user = self._s.require()
        current = self._load(appointment_id)
        # R12: neither out of nor into an archived quarter.
        refuse_if_archived(self._s, "starts_at", current.starts_at.date(), draft.starts_at.date(), code=READ_ONLY)
        if current.status is not AppointmentStatus.BOOKED:
            raise ValidationError("status", "appointment.settled")
        with self._s.db.transaction():
            draft = self._check(draft, outside_hours_ok, appointment_id)
            self._repo.move(appointment_id, draft, self._s.clock())
            self._s.audit.append(user, Action.APPOINTMENT_CHANGED, target=client_target(draft.client_id),
                                 detail={"appointment": appointment_id, "starts_at": draft.starts_at.isoformat(),
                                         "minutes": draft.minutes})
        return self._load(appointment_id)

    def set_status(self, appointment_id: int, status: AppointmentStatus, reason: str = "") -> Appointment:
        user = self._s.require()
        current = self._load(appointment_id)
        refuse_if_archived(self._s, "status", current.starts_at.date(), code=READ_ONLY)
        if not may_change_status(current.status, status):
            raise ValidationError("status", "appointment.settled")
        reason = clean_text(reason)
        if status is AppointmentStatus.CANCELLED and not reason:
            raise ValidationError("reason", "appointment.cancel_reason")
        with self._s.db.transaction():
            self._repo.set_status(appointment_id, status, reason, self._s.clock())
            self._s.audit.append(user, Action.APPOINTMENT_STATUS, target=client_target(current.client_id),
                                 detail={"appointment": appointment_id, "status": status.value})
        return self._load(appointment_id)

    def link_case(self, appointment_id: int, case_id: int, *, reason: str | None = None) -> Appointment:
        """Link a booking to one of its client's open cases, also once the client came.

        Assistants book without a case (they never see cases); the counsellor links it
        later. Only a clinician who may work on the case links it (a supervisor, for
        another counsellor's case, with a reason); not after its visit record was started.
        """
        self._s.require(Role.COUNSELLOR, Role.SUPERVISOR)
        current = self._load(appointment_id)
        if current.case_id == case_id:
            return current
        if current.status is AppointmentStatus.CANCELLED:
            raise ValidationError("status", "appointment.settled")
        if VisitRepository(self._s.db).for_appointment(appointment_id) is not None:
            raise ValidationError("case", "appointment.visit_started")
        with self._s.db.transaction():
            case = CaseService(self._s).authorize(case_id, reason=reason, action=Action.APPOINTMENT_CHANGED,
                                                  detail={"appointment": appointment_id, "linked_case": case_id})
            if case.client_id != current.client_id:
                raise ValidationError("case", "appointment.case_mismatch")
            if not case.is_open:
                raise ValidationError("case", "visit.case_closed")
            refuse_if_archived(self._s, "case", current.starts_at.date(), code=READ_ONLY)
            self._repo.set_case(appointment_id, case_id, self._s.clock())
        return self._load(appointment_id)

    def frozen_quarter(self, appointment: Appointment) -> Quarter | None:
        """The archived quarter that makes this booking read-only (R12), or None if it may change:
        the same rule ``move``, ``set_status`` and ``link_case`` refuse by."""
        self._s.require()
        return archived_quarter_of(self._s, appointment.starts_at.date())

    def get(self, appointment_id: int) -> Appointment:
        self._s.require()
        return self._load(appointment_id)

    def between(self, start: date, end: date) -> list[Appointment]:
        """Bookings from ``start`` up to but excluding ``end`` (days)."""
        self._s.require()
        return self._repo.between(datetime.combine(start, time()), datetime.combine(end, time()))

    def day(self, day: date) -> list[Appointment]:
        return self.between(day, day + timedelta(days=1))

    def week(self, any_day: date) -> list[Appointment]:
        monday = any_day - timedelta(days=any_day.weekday())
        return self.between(monday, monday + timedelta(days=7))

    def for_client(self, client_id: int) -> list[Appointment]:
        self._s.require()
        return self._repo.for_client(client_id)

    def free_starts(self, day: date, minutes: int = 45) -> list[datetime]:
        """Start times (every 15 minutes) when a booking of ``minutes`` fits in the opening hours."""
        self._s.require()
        hours = SettingsService(self._s).get().opening_hours.get(day.weekday(), ())
        taken = [a for a in self.day(day) if a.status is not AppointmentStatus.CANCELLED]
        starts = []
        for period in hours:
            moment = datetime.combine(day, period.start)
            last = datetime.combine(day, period.end) - timedelta(minutes=minutes)
            while moment <= last:
                end = moment + timedelta(minutes=minutes)
                if not any(a.overlaps(moment, end) for a in taken):
                    starts.append(moment)
                moment += timedelta(minutes=SLOT_STEP_MINUTES)
        return starts
