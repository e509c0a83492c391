"""Visit records (R1): drafts that autosave, signing that seals, addenda after that."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from counselroom.domain.accounts import Role
from counselroom.domain.archive import Quarter
from counselroom.domain.appointments import AppointmentStatus
from counselroom.domain.audit import Action
from counselroom.domain.errors import NotFound, PermissionDenied, ValidationError
from counselroom.domain.visits import (
    Visit, VisitContent, VisitKind, VisitStatus, addendum_payload, clean_content, seal, validate_for_signing,
    visit_payload,
)
from counselroom.domain.text import clean_text
from counselroom.security.keys import record_seal_key
from counselroom.services.archived import mark_if_late, record_day, refuse_if_archived
from counselroom.services.cases import CaseService
from counselroom.services.crisis import CrisisService
from counselroom.services.session import Session
from counselroom.storage.appointments_repo import AppointmentRepository
from counselroom.storage.clients_repo import ClientRepository
from counselroom.storage.visits_repo import VisitRepository, as_stored, stored_moment

GENESIS = "0" * 64
ADDENDUM_MAX = 5000
# Autosave runs every 30 s; the audit log records a draft's edits at most this often.
DRAFT_AUDIT_INTERVAL = timedelta(minutes=10)


def visit_target(visit_id: int) -> str:
    return f"visit:{visit_id}"


class VisitService:
    def __init__(self, session: Session) -> None:
        self._s = session
        self._cases = CaseService(session)

    @property
    def _repo(self) -> VisitRepository:
        return VisitRepository(self._s.db)

    def _load(self, visit_id: int) -> Visit:
        visit = self._repo.get(visit_id)
        if visit is None:
            raise NotFound("visit.not_found")
        return visit

    def _check_participants(self, content: VisitContent, client_id: int) -> None:
        clients = ClientRepository(self._s.db)
        for other in content.participants:
            if other == client_id or clients.get(other) is None:
                raise ValidationError("participants", "visit.participant_invalid")

    # -- writing -------------------------------------------------------------
    def start(self, case_id: int, content: VisitContent | None = None, *, appointment_id: int | None = None,
              reason: str | None = None) -> Visit:
        content = clean_content(content or VisitContent(visit_date=self._s.today()))
        refuse_if_archived(self._s, "visit_date", content.visit_date)
        with self._s.db.transaction():
            case = self._cases.authorize(case_id, reason=reason, action=Action.VISIT_CREATED)
            if not case.is_open:
                raise ValidationError("case", "visit.case_closed")
            self._check_participants(content, case.client_id)
            user = self._s.user
            now = self._s.clock()
            visit_id, session_no = self._repo.add_next(case_id, user.id, content, now, appointment_id)
        # What was written, as a read would give it back: no second look at the row.
        written = stored_moment(now)
        return Visit(id=visit_id, case_id=case_id, client_id=case.client_id, counsellor_id=user.id,
                     session_no=session_no, content=as_stored(content), status=VisitStatus.DRAFT,
                     created_at=written, updated_at=written, appointment_id=appointment_id)

    def start_from_appointment(self, appointment_id: int, *, reason: str | None = None) -> Visit:
        """An attended appointment opens its visit record (once)."""
        appointment = AppointmentRepository(self._s.db).get(appointment_id)
        if appointment is None:
            raise NotFound("appointment.not_found")
        if appointment.status is not AppointmentStatus.ATTENDED:
            raise ValidationError("status", "visit.appointment_not_attended")
        if appointment.case_id is None:
            raise ValidationError("case", "visit.appointment_without_case")
        existing = self._repo.for_appointment(appointment_id)
        if existing is not None:
            return self.get(existing, reason=reason)
        content = VisitContent(kind=VisitKind.INDIVIDUAL, visit_date=appointment.starts_at.date(),
                               start=appointment.starts_at.time(), end=appointment.ends_at.time())
        return self.start(appointment.case_id, content, appointment_id=appointment_id, reason=reason)

    def _own_draft(self, visit_id: int) -> Visit:
        user = self._s.require()
        visit = self._load(visit_id)
        if visit.signed:
            raise ValidationError("status", "visit.signed_locked")
        if visit.counsellor_id != user.id:
            raise PermissionDenied("visit.not_author")
        # R12: a quarter exported to its archive is read-only here.
        refuse_if_archived(self._s, "visit_date", _day_of(visit))
        return visit

    def _refuse_if_moved_to_archived(self, visit: Visit, day: date | None) -> None:
        """R12 for the date the record now has; ``_own_draft`` has checked the quarter it had."""
        before = _day_of(visit)
        if day is None or before is None or Quarter.of(day) != Quarter.of(before):
            refuse_if_archived(self._s, "visit_date", day)

    def save_draft(self, visit_id: int, content: VisitContent) -> Visit:
        """Autosave and explicit save alike: never loses what was typed, validates little."""
        visit = self._own_draft(visit_id)
        content = clean_content(content)
        self._refuse_if_moved_to_archived(visit, content.visit_date)
        self._check_participants(content, visit.client_id)
        now = self._s.clock()
        with self._s.db.transaction():
            self._repo.save_draft(visit_id, content, now, participants_before=visit.content.participants)
            last = self._s.draft_audited.get(visit_id)
            if last is None or now - last >= DRAFT_AUDIT_INTERVAL:
                self._s.audit.append(self._s.user, Action.VISIT_DRAFT_SAVED, target=visit_target(visit_id))
                self._s.db.after_commit(lambda: self._s.draft_audited.__setitem__(visit_id, now))
        return replace(visit, content=as_stored(content), updated_at=stored_moment(now))

    def discard_draft(self, visit_id: int) -> None:
        self._own_draft(visit_id)
        with self._s.db.transaction():
            self._repo.delete_draft(visit_id)
            self._s.audit.append(self._s.user, Action.VISIT_DRAFT_DISCARDED, target=visit_target(visit_id))

    def sign(self, visit_id: int, content: VisitContent) -> Visit:
        """Seal the record. Afterwards only addenda can be added."""
        visit = self._own_draft(visit_id)
        # Sealed as stored, so ``admin check`` recomputes the same seal from the row: group
        # participants come back in id order (a picker gives them in the order chosen).
        content = as_stored(validate_for_signing(content, self._s.today()))
        self._refuse_if_moved_to_archived(visit, content.visit_date)
        self._check_participants(content, visit.client_id)
        now = self._s.clock()
        stamp = seal(record_seal_key(self._s.key), GENESIS, visit_payload(
            visit.id, visit.case_id, visit.session_no, visit.counsellor_id, now, content))
        with self._s.db.transaction():
            self._repo.sign_with(visit_id, content, now, stamp, participants_before=visit.content.participants)
            self._s.audit.append(self._s.user, Action.VISIT_SIGNED, target=visit_target(visit_id),
                                 detail={"case": visit.case_id, "session": visit.session_no, "seal": stamp,
                                         "risk": content.risk.value})
            if content.risk.needs_crisis:
                # R7: a medium or high risk opens the crisis workflow in the same step.
                CrisisService(self._s).open_for_risk(visit.case_id, content.risk, visit_id=visit_id)
        signed_at = stored_moment(now)
        return replace(visit, content=content, status=VisitStatus.SIGNED, updated_at=signed_at,
                       signed_at=signed_at, seal=stamp)

    def add_addendum(self, visit_id: int, text: str, *, reason: str | None = None) -> Visit:
        """A dated, signed correction or addition to a signed record."""
        text = clean_text(text)
        if not text:
            raise ValidationError("addendum", "field.required")
        if len(text) > ADDENDUM_MAX:
            raise ValidationError("addendum", "text.too_long", max=ADDENDUM_MAX)
        visit = self._load(visit_id)
        self._cases.check_access(visit.case_id, reason=reason)
        if not visit.signed:
            raise ValidationError("addendum", "visit.addendum_needs_signed")
        now = self._s.clock()
        previous = visit.addenda[-1].seal if visit.addenda else visit.seal
        with self._s.db.transaction():
            self._cases.authorize(visit.case_id, reason=reason, action=Action.VISIT_ADDENDUM,
                                  detail={"visit": visit_id})
            user = self._s.user
            stamp = seal(record_seal_key(self._s.key), previous, addendum_payload(text, user.id, now))
            addendum_id = self._repo.add_addendum(visit_id, text, user.id, now, stamp)
            # R12: after the visit's quarter was archived, the addendum is late (补记) and
            # goes into the archive of the quarter it is signed in.
            mark_if_late(self._s, addendum_id, record_day(visit.content.visit_date, visit.created_at))
        return self._load(visit_id)

    # -- reading -------------------------------------------------------------
    def get(self, visit_id: int, *, reason: str | None = None) -> Visit:
        visit = self._load(visit_id)
        self._cases.authorize(visit.case_id, reason=reason, action=Action.VISIT_VIEWED,
                              detail={"visit": visit_id})
        return visit

    def for_case(self, case_id: int, *, reason: str | None = None) -> list[Visit]:
        self._cases.authorize(case_id, reason=reason)
        return self._repo.for_case(case_id)

    def unsigned(self) -> list[Visit]:
        """The to-do list: a counsellor's own drafts; for the supervisor, everyone's."""
        user = self._s.require()
        if user.role is Role.ASSISTANT:
            raise PermissionDenied("permission.denied")
        return self._repo.drafts_of(None if user.is_supervisor else user.id)


def _day_of(visit: Visit) -> date | None:
    return record_day(visit.content.visit_date, visit.created_at)
