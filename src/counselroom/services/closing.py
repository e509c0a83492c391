"""The end-of-day closing checklist (闭室检查, R10): tick the room, let the records check themselves, sign.

Who may do what:

- counsellors and the supervisor see the checklist and sign it. The person who
  closes the room is the last one in it, alone, and the rules allow no one but
  the counselling staff alone in the room (除中心心理咨询师，其他人不得单独进入辅导室),
  so assistants do not sign — and the data checks speak of visit records and
  crises, which assistants never see (even as counts);
- everyone may ask whether a day was closed (``status``, ``last_status``,
  ``missed_days``, ``needs_closing_now``): dates and who signed, nothing else;
- the supervisor edits the physical items and reads the month's history.

One closing per day, signed on that day. Signing again is refused: a signed
closing says what the room and the records were like at that moment and is never
changed (the table is append-only); anything that comes up afterwards shows in the
next day's checks (visit drafts left from earlier days are counted there too).

The data checks are a list of providers (``CHECK_PROVIDERS``); the archive
feature adds "a local backup made today" by appending its provider.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime, time, timedelta

from counselroom.domain.accounts import Role
from counselroom.domain.appointments import AppointmentStatus
from counselroom.domain.audit import Action
from counselroom.domain.clock import wall_date
from counselroom.domain.closing import (
    CheckId, Checklist, ChecklistItem, Closing, ClosingDay, ClosingStatus, DataCheck, ItemDraft, answered,
    closes_at, month_days, open_day, validate_items, validate_reason,
)
from counselroom.domain.errors import StorageError, ValidationError
from counselroom.domain.materials import DiscrepancyKind
from counselroom.domain.settings import TimeRange
from counselroom.services.backups import BackupService
from counselroom.services.materials import MaterialService
from counselroom.services.session import Session
from counselroom.services.settings_service import SettingsService
from counselroom.storage.appointments_repo import AppointmentRepository
from counselroom.storage.closing_repo import ClosingRepository
from counselroom.storage.duty_repo import DutyRepository
from counselroom.storage.users_repo import UserRepository
from counselroom.storage.visits_repo import VisitRepository

CLINICAL = (Role.COUNSELLOR, Role.SUPERVISOR)
#: How far back ``last_status`` looks for the last day the room was open.
LOOK_BACK_DAYS = 14

CheckProvider = Callable[[Session, date], DataCheck]


def closing_target(day: date) -> str:
    return f"closing:{day.isoformat()}"


ITEMS_TARGET = "closing:items"


def _local_day(moment: datetime | None) -> date | None:
    return None if moment is None else moment.astimezone().date()


def _per_person(names: list[str]) -> tuple[str, ...]:
    """``["李老师", "李老师", "周老师"]`` → ``("李老师 ×2", "周老师 ×1")``, most first."""
    return tuple(f"{name} ×{n}" for name, n in Counter(names).most_common())


# --- the data checks ------------------------------------------------------------------------------
# Each looks at the whole room (not only the signer's own cases) and names what fails
# by staff member, time or material only — never a client or any clinical text.

def visits_signed(session: Session, day: date) -> DataCheck:
    """Every visit record of the day signed (drafts left from earlier days count too)."""
    names = {u.id: u.display_name for u in UserRepository(session.db).all()}
    due, earlier = [], 0
    for visit in VisitRepository(session.db).drafts_of(None):
        on = visit.content.visit_date or _local_day(visit.created_at) or day
        if on <= day:
            due.append(names.get(visit.counsellor_id, "?"))
            earlier += on < day
    return DataCheck(CheckId.VISITS_SIGNED.value, not due, {"unsigned": len(due), "earlier": earlier},
                     _per_person(due))


def appointments_resolved(session: Session, day: date) -> DataCheck:
    """No appointment of the day still only booked: each attended, no-show or cancelled."""
    start = datetime.combine(day, time())
    booked = [a for a in AppointmentRepository(session.db).between(start, start + timedelta(days=1))
              if a.status is not AppointmentStatus.CANCELLED]
    open_ = [a for a in booked if a.status is AppointmentStatus.BOOKED]
    return DataCheck(CheckId.APPOINTMENTS_RESOLVED.value, not open_, {"booked": len(open_), "total": len(booked)},
                     tuple(f"{a.starts_at:%H:%M} {a.counsellor_name}" for a in open_))


def crises_reviewed(session: Session, day: date) -> DataCheck:
    """Every open crisis looked at on the day (recorded as reviewed, or opened that day)."""
    crises = ClosingRepository(session.db).open_crises()
    # Crisis.looked_at and .reviewed_on on three columns: whole crises with their steps cost 20 ms at 186 open.
    looked_at = [(max(opened, reviewed or opened), name) for opened, reviewed, name in crises]
    late = [name for when, name in looked_at if wall_date(when) < day]
    return DataCheck(CheckId.CRISES_REVIEWED.value, not late, {"unreviewed": len(late), "open": len(crises)},
                     _per_person(late))


def materials_returned(session: Session, day: date) -> DataCheck:
    """Every test material back in the cabinet and the counts adding up (the materials register)."""
    register = MaterialService(session)
    out = register.outstanding()
    # The register read once: discrepancies() alone reads both again.
    problems = [d for d in register.discrepancies(materials=register.list(), outstanding=out)
                if d.kind is not DiscrepancyKind.OVERDUE]
    names = [f"{h.material_name} ×{h.outstanding} · {h.staff_name}" for h in out]
    names += [d.material_name for d in problems]
    return DataCheck(CheckId.MATERIALS_RETURNED.value, not out and not problems,
                     {"out": sum(h.outstanding for h in out), "handouts": len(out), "mismatched": len(problems)},
                     tuple(names))


def duty_ended(session: Session, day: date) -> DataCheck:
    """Nobody still on duty: whoever closes the room ends their duty first, and a colleague's duty
    left running (also from an earlier day) is named, so the duty log and the closing agree."""
    running = [s for s in DutyRepository(session.db).open_shifts() if s.day <= day]
    return DataCheck(CheckId.DUTY_ENDED.value, not running, {"on_duty": len(running)},
                     tuple(f"{s.person} {s.started_at:%Y-%m-%d %H:%M}" if s.day < day else f"{s.person} {s.started_at:%H:%M}"
                           for s in running))


def backup_made(session: Session, day: date) -> DataCheck:
    """A local backup of the records made that day (daily, on demand or before an update)."""
    made = BackupService(session).made_on(day)
    return DataCheck(CheckId.BACKUP_MADE.value, made, {"made": int(made)})


#: The data checks, in the order shown. Features that bring a new check append it here.
CHECK_PROVIDERS: list[CheckProvider] = [visits_signed, appointments_resolved, crises_reviewed, materials_returned,
                                        duty_ended, backup_made]


class ClosingService:
    def __init__(self, session: Session, providers: Sequence[CheckProvider] | None = None) -> None:
        self._s = session
        self._providers = tuple(CHECK_PROVIDERS if providers is None else providers)

    @property
    def _repo(self) -> ClosingRepository:
        return ClosingRepository(self._s.db)

    def _hours(self) -> dict[int, tuple[TimeRange, ...]]:
        return SettingsService(self._s).get().opening_hours

    def _duty_days(self, first: date, last: date) -> frozenset[date]:
        """Days from ``first`` to ``last`` someone was on duty: the room was open then, whatever
        the opening hours say (one rule with the duty log, so the two pages agree)."""
        return frozenset(s.started_at.date() for s in DutyRepository(self._s.db).between(first, last + timedelta(days=1)))

    def may_sign(self) -> bool:
        """Whether the logged-in person closes the room (counsellors and the supervisor)."""
        return not self._s.locked and self._s.user.role in CLINICAL

    # -- the physical items ------------------------------------------------------------------
    def items(self) -> list[ChecklistItem]:
        self._s.require(*CLINICAL)
        return self._repo.items()

    def set_items(self, drafts: list[ItemDraft]) -> list[ChecklistItem]:
        """The supervisor saves the whole list: new rows (``id`` None), changed words, the order,
        and rows left out are taken off. Signed closings keep the words they were signed with."""
        user = self._s.require(Role.SUPERVISOR)
        drafts = validate_items(list(drafts))
        with self._s.db.transaction():
            current = {i.id: i for i in self._repo.items()}
            if any(d.id is not None and d.id not in current for d in drafts):
                raise ValidationError("items", "closing.items_changed")
            now = self._s.clock()
            kept = {d.id for d in drafts if d.id is not None}
            added, changed, removed = [], [], []
            for position, d in enumerate(drafts, start=1):
                if d.id is None:
                    self._repo.add_item(d.label, position, now)
                    added.append(d.label)
                    continue
                old = current[d.id]
                if old.label != d.label:
                    changed.append(f"{old.label} → {d.label}")
                if (old.label, old.position) != (d.label, position):
                    self._repo.update_item(d.id, d.label, position, now)
            for item_id, old in current.items():
                if item_id not in kept:
                    self._repo.retire_item(item_id, now)
                    removed.append(old.label)
            reordered = [d.id for d in drafts if d.id is not None] != [i for i in current if i in kept]
            if added or changed or removed or reordered:
                detail: dict[str, object] = {"items": len(drafts)}
                for key, value in (("added", added), ("changed", changed), ("removed", removed)):
                    if value:
                        detail[key] = value
                if reordered:
                    detail["reordered"] = True
                self._s.audit.append(user, Action.CLOSING_ITEMS_CHANGED, target=ITEMS_TARGET, detail=detail)
        return self._repo.items()

    # -- the checklist ------------------------------------------------------------------------------
    def checks(self, day: date | None = None) -> tuple[DataCheck, ...]:
        """The data checks, live: what the records say now about ``day`` (default today)."""
        self._s.require(*CLINICAL)
        return self._run(day or self._s.today())

    def _run(self, day: date) -> tuple[DataCheck, ...]:
        return tuple(provider(self._s, day) for provider in self._providers)

    def checklist(self, day: date | None = None) -> Checklist:
        """The items to tick, the live data checks, and the closing if ``day`` is signed already
        (then the page shows what was signed, not the list as it is now)."""
        self._s.require(*CLINICAL)
        day = day or self._s.today()
        hours = self._hours()
        mine = DutyRepository(self._s.db).open_for(self._s.user.id)
        return Checklist(day=day, items=tuple(self._repo.items()), checks=self._run(day),
                         open_day=open_day(day, hours, self._duty_days(day, day)), closes_at=closes_at(day, hours),
                         closing=self._repo.get(day),
                         signer_on_duty_since=mine.started_at if mine is not None else None)

    def sign(self, day: date, answers: Mapping[int, bool], reason: str | None = None) -> Closing:
        """Sign today's closing: every physical item ticked; if a data check fails (checked again
        now, whatever the page showed), ``reason`` says why the room is closed anyway."""
        user = self._s.require(*CLINICAL)
        if day != self._s.today():
            raise ValidationError("day", "closing.not_today")
        reason = validate_reason(reason)
        with self._s.db.transaction():
            existing = self._repo.get(day)
            if existing is not None:
                raise ValidationError("day", "closing.already_signed", name=existing.signed_by_name,
                                      time=existing.signed_at.astimezone().strftime("%H:%M"))
            mine = DutyRepository(self._s.db).open_for(user.id)
            if mine is not None:
                raise ValidationError("duty", "closing.still_on_duty", since=f"{mine.started_at:%H:%M}")
            snapshot = answered(self._repo.items(), answers)
            checks = self._run(day)
            failed = [c.id for c in checks if not c.passed]
            if failed and not reason:
                raise ValidationError("reason", "closing.reason_required", count=len(failed))
            self._repo.add(day, user.id, self._s.clock(), snapshot, checks, reason)
            detail: dict[str, object] = {"day": day.isoformat(), "items": len(snapshot), "failed_checks": failed}
            if reason:
                detail["reason"] = reason
            self._s.audit.append(user, Action.CLOSING_SIGNED, target=closing_target(day), detail=detail)
        signed = self._repo.get(day)
        if signed is None:      # the row just written: only a failing database gets here
            raise StorageError()
        return signed

    def get(self, day: date) -> Closing | None:
        """The signed closing of ``day``, as it was signed (None if not signed)."""
        self._s.require(*CLINICAL)
        return self._repo.get(day)

    # -- was the room closed? (everyone) ------------------------------------------------------------------
    def _in_use_since(self) -> date:
        return self._repo.in_use_since() or self._s.today()

    def status(self, day: date) -> ClosingStatus:
        self._s.require()
        return self._status(day, open_day(day, self._hours(), self._duty_days(day, day)), self._repo.get(day),
                            self._in_use_since())

    def _status(self, day: date, is_open: bool, closing: Closing | None, since: date) -> ClosingStatus:
        in_use = day >= since
        missed = closing is None and is_open and in_use and day < self._s.today()
        if closing is None:
            return ClosingStatus(day, is_open, False, missed, in_use=in_use)
        return ClosingStatus(day, is_open, True, False, closing.signed_by_name, closing.signed_at,
                             closing.overridden, in_use=in_use)

    def last_status(self) -> ClosingStatus | None:
        """The last day before today the room was open (within two weeks): was it closed? For the
        Today page ("was yesterday's closing done?"). None only when the room was not open on any
        of those days; a day before the checklist came into use comes back with ``in_use`` False."""
        self._s.require()
        hours, since, today = self._hours(), self._in_use_since(), self._s.today()
        duty_days = self._duty_days(today - timedelta(days=LOOK_BACK_DAYS), today - timedelta(days=1))
        for back in range(1, LOOK_BACK_DAYS + 1):
            day = today - timedelta(days=back)
            if open_day(day, hours, duty_days):
                return self._status(day, True, self._repo.get(day), since)
        return None

    def missed_days(self, since: date) -> list[date]:
        """Days from ``since`` to yesterday the room was open (opening hours, or someone on duty) without a signed
        closing; counted from the day the checklist came into use. Today is never missed: it can
        still be signed."""
        self._s.require()
        hours = self._hours()
        first = max(since, self._in_use_since())
        last = self._s.today() - timedelta(days=1)
        if first > last:
            return []
        signed = self._repo.signed_days(first, last)
        duty_days = self._duty_days(first, last)
        return [d for d in (first + timedelta(days=n) for n in range((last - first).days + 1))
                if open_day(d, hours, duty_days) and d not in signed]

    def needs_closing_now(self, now: datetime | None = None) -> bool:
        """After today's opening hours ended, and today's closing is not signed (the quit prompt)."""
        self._s.require()
        now = self._s.wall_now() if now is None else now
        if now.tzinfo is not None:
            now = now.astimezone().replace(tzinfo=None)
        end = closes_at(now.date(), self._hours())
        return end is not None and now.time() >= end and self._repo.get(now.date()) is None

    # -- the supervisor's month --------------------------------------------------------------------------
    def history(self, year: int, month: int) -> list[ClosingDay]:
        """Every day of the month: open or not, the closing if signed, missed if not."""
        self._s.require(Role.SUPERVISOR)
        days = month_days(year, month)
        hours, since, today = self._hours(), self._in_use_since(), self._s.today()
        closings = {c.day: c for c in self._repo.between(days[0], days[-1])}
        duty_days = self._duty_days(days[0], days[-1])
        out = []
        for day in days:
            is_open = open_day(day, hours, duty_days)
            closing = closings.get(day)
            out.append(ClosingDay(day, is_open, closing is None and is_open and since <= day < today, closing,
                                  future=day > today, in_use=day >= since))
        return out
