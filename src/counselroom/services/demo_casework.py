"""Generated casework (R3, R13, R1): clients registered, cases opened, sessions booked or walked in,
visit records written and signed, cases closed with their summary and outcome.

Each step writes the rows and audit rows its service writes, at the moment it happens. A case
whose sessions or closing fall on today or later is still open: the recent cases of a room in use.
"""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, datetime, timedelta

from counselroom.domain.accounts import User
from counselroom.domain.appointments import AppointmentStatus
from counselroom.domain.audit import Action
from counselroom.domain.cases import CaseClosing, CaseDraft, Outcome, ProblemCategory
from counselroom.domain.clients import ClientDraft, format_case_no
from counselroom.domain.consent import ConsentDraft, ConsentGiver, ConsentKind
from counselroom.domain.pinyin_keys import pinyin_keys
from counselroom.domain.visits import RiskLevel, VisitContent, VisitKind, seal, visit_payload
from counselroom.services.cases import case_target
from counselroom.services.clients import client_target
from counselroom.services.demo_agenda import Agenda, add_weekdays, at, next_weekday
from counselroom.services.demo_bookings import SLOTS, Bookings, Timetable
from counselroom.services.demo_cabinet import Cabinet
from counselroom.services.demo_clients import ClientPlan
from counselroom.services.demo_crises import Crises
from counselroom.services.demo_referrals import Referrals
from counselroom.services.demo_state import Booking, CaseFile, Sitting
from counselroom.services.demo_tests import Tests
from counselroom.services.demo_words import (
    ASSESSMENTS, CANCEL_REASONS, CASE_PLANS, COMPLAINTS, FOLLOW_UPS, PLANS, PROCESSES, RISK_NOTES, SUMMARIES,
)
from counselroom.services.demo_writer import Writer, moment
from counselroom.services.visits import GENESIS, visit_target

#: Of the next sessions, how many are booked (the rest: the client drops in, or no slot was free).
BOOKED = 0.8
OUTCOMES = (AppointmentStatus.ATTENDED, AppointmentStatus.NO_SHOW, AppointmentStatus.CANCELLED)
OUTCOME_WEIGHTS = (86, 6, 8)
KINDS = (VisitKind.INDIVIDUAL, VisitKind.GROUP, VisitKind.PHONE, VisitKind.ONLINE)
KIND_WEIGHTS = (90, 3, 5, 2)
RISKS = (RiskLevel.NONE, RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH)
RISK_WEIGHTS = (96, 3.8, 0.17, 0.03)
AT_RISK_WEIGHTS = (65, 22, 10, 3)
CLOSING_OUTCOMES = (Outcome.RESOLVED, Outcome.IMPROVED, Outcome.SOMEWHAT, Outcome.UNCHANGED)
CLOSING_WEIGHTS = (25, 40, 25, 10)
#: Of the clients, how many are at risk (of harming themselves, mostly): their sessions often are.
AT_RISK = 0.03
#: Of the cases, how many take a scale or two in their first sessions (and again near the end).
INTAKE_TESTED = 0.35
#: Of the sessions, how many use a kit from the cabinet (sandplay, cards, drawing).
KIT_USED = 0.03
#: A record finished the next morning: a draft overnight, as the closing checklist then says.
SIGNED_NEXT_MORNING = 0.02
LAST_WALK_IN_HOUR = 15


class Casework:
    def __init__(self, writer: Writer, agenda: Agenda, rng: random.Random, timetable: Timetable,
                 bookings: Bookings, cabinet: Cabinet, referrals: Referrals, crises: Crises, tests: Tests,
                 *, sessions: float, crisis_in_hand_from: date) -> None:
        self._w = writer
        self._agenda = agenda
        self._rng = rng                   # the room's: who does what (depends on the staff)
        self._timetable = timetable
        self._bookings = bookings
        self._cabinet = cabinet
        self._referrals = referrals
        self._crises = crises
        self._tests = tests
        self._sessions = sessions
        self._crisis_from = crisis_in_hand_from
        self._case_no: dict[int, int] = {}
        self._next_visit = writer.visits.max_id()
        self._members: list[CaseFile] = []     # open cases: who may join a group session
        self.late: dict[int, Sitting] = {}     # drafts left overnight
        self.sessions_today: list[datetime] = []   # when each of today's sessions began

    def new_day(self) -> None:
        self.sessions_today = []

    # -- who does it --------------------------------------------------------------------------
    def _front_desk(self, case: CaseFile | None = None) -> User:
        """Who registers, books or takes a cancellation: an assistant if the room has one, mostly."""
        staff = self._w.staff
        if staff.assistants and self._rng.random() < 0.6:
            return self._rng.choice(staff.assistants)
        return case.counsellor if case is not None else self._rng.choice(staff.clinicians)

    # -- registration and cases -----------------------------------------------------------------------
    def admit(self, plan: ClientPlan) -> None:
        self._agenda.at(plan.arrives, self._register, plan)

    def _register(self, when: datetime, plan: ClientPlan) -> None:
        w = self._w
        clinicians = w.staff.clinicians
        counsellor = clinicians[self._rng.randrange(len(clinicians))]
        registrar = self._front_desk()
        year = when.year
        if year not in self._case_no:
            self._case_no[year] = w.clients.next_case_no_sequence(year) - 1
        self._case_no[year] += 1
        case_no = format_case_no(year, self._case_no[year])
        client_id = w.clients.add(plan.draft, case_no=case_no, pinyin_keys=pinyin_keys(plan.draft.name),
                                  created_by=registrar.id, now=moment(when))
        w.log(registrar, Action.CLIENT_CREATED, when, client_target(client_id), {"case_no": case_no})
        w.counts["clients"] += 1
        self._agenda.at(when + timedelta(minutes=3), self._open_case, client_id, plan.draft,
                        random.Random(plan.seed), counsellor)

    def _open_case(self, when: datetime, client_id: int, client: ClientDraft, rng: random.Random,
                   counsellor: User) -> CaseFile:
        w, day = self._w, when.date()
        category = rng.choice(list(ProblemCategory))
        draft = CaseDraft(day, rng.choice(COMPLAINTS[category]), category, rng.choice(CASE_PLANS))
        case_id = w.cases.add(client_id, counsellor.id, draft, moment(when))
        w.log(counsellor, Action.CASE_OPENED, when, case_target(case_id),
              {"client_id": client_id, "counsellor_id": counsellor.id})
        w.counts["cases"] += 1
        at_risk = rng.random() < AT_RISK
        case = CaseFile(client_id, client, case_id, counsellor, rng, category, draft.reason,
                        sessions_left=max(1, int(rng.expovariate(1 / self._sessions))),
                        cadence=rng.choice((7, 7, 7, 14)), slot=rng.randrange(len(SLOTS)), at_risk=at_risk,
                        distress=rng.betavariate(2, 3.5 if not at_risk else 1.5), opened_on=day)
        consent = ConsentDraft(ConsentKind.COUNSELLING, ConsentGiver.GUARDIAN if case.minor else ConsentGiver.CLIENT,
                               day, "个体心理咨询", True, case_id)
        w.log(counsellor, Action.CONSENT_RECORDED, when, case_target(case_id))
        w.consents.add(client_id, consent, counsellor.id, moment(when))
        w.counts["consents"] += 1
        case.participant_slot = len(self._members)
        self._members.append(case)
        if rng.random() < 0.55 and when.hour < LAST_WALK_IN_HOUR:
            self._agenda.at(when + timedelta(minutes=10), self._session, case, None)
        else:
            self._schedule(when + timedelta(minutes=2), case, add_weekdays(day, rng.randint(1, 5)),
                           self._front_desk(case))
        return case

    def _leave_members(self, case: CaseFile) -> None:
        last = self._members.pop()
        if last is not case:
            self._members[case.participant_slot] = last
            last.participant_slot = case.participant_slot
        case.participant_slot = -1

    # -- the next session -------------------------------------------------------------------------------
    def _schedule(self, when: datetime, case: CaseFile, earliest: date, booked_by: User) -> datetime | None:
        """Plan the case's next session from ``earliest``: booked (the start, for the record's "next
        appointment") or a drop-in; or, the sessions being over, the closing."""
        rng = case.rng
        if case.sessions_left <= 0 or case.discontinued:
            closing = add_weekdays(max(earliest, when.date()), rng.randint(0, 8))
            self._agenda.at(at(closing, 15, rng.randrange(50, 60, 5)) if rng.random() < 0.5
                            else at(closing, 16, rng.randrange(0, 50, 5)), self._close_case, case)
            return None
        day = next_weekday(earliest)
        if rng.random() < BOOKED:
            for offset in range(3):
                on = add_weekdays(day, offset)
                slot = self._timetable.take(on, case.slot)
                if slot is None:
                    continue
                starts = datetime.combine(on, SLOTS[slot])
                if starts <= when + timedelta(minutes=30):
                    self._timetable.release(on, slot)
                    break
                outcome = rng.choices(OUTCOMES, weights=OUTCOME_WEIGHTS)[0]
                self._agenda.at(when + timedelta(minutes=1), self._book, case, on, slot, outcome, booked_by)
                return starts
        for _ in range(4):     # when the room is free, if it is
            drop_in = at(day, rng.randint(9, LAST_WALK_IN_HOUR), rng.randrange(0, 60, 5))
            if self._timetable.clear_of(day, drop_in.time(), 50):
                break
        if drop_in < when + timedelta(minutes=10):
            drop_in = when + timedelta(minutes=10)
            if drop_in.hour > LAST_WALK_IN_HOUR:
                drop_in = at(add_weekdays(drop_in.date(), 1), rng.randint(9, LAST_WALK_IN_HOUR),
                             rng.randrange(0, 60, 5))
        self._agenda.at(drop_in, self._session, case, None)
        return None

    def _book(self, when: datetime, case: CaseFile, day: date, slot: int, outcome: AppointmentStatus,
              booked_by: User) -> None:
        booking = self._bookings.book(when, booked_by, case, day, slot)
        if outcome is AppointmentStatus.ATTENDED:
            self._agenda.at(booking.starts, self._session, case, booking)
        elif outcome is AppointmentStatus.NO_SHOW:
            self._agenda.at(booking.starts + timedelta(minutes=15), self._no_show, booking)
        else:
            notice = at(day, 8, case.rng.randrange(20, 55, 5)) if day > when.date() else when + (booking.starts - when) / 2
            self._agenda.at(notice, self._cancel, booking)

    def _no_show(self, when: datetime, booking: Booking) -> None:
        case = booking.case
        self._bookings.settle(when, case.counsellor, booking, AppointmentStatus.NO_SHOW)
        case.no_shows += 1
        if case.no_shows >= 2:
            case.discontinued = True
        self._schedule(when + timedelta(minutes=5), case, booking.starts.date() + timedelta(days=7), case.counsellor)

    def _cancel(self, when: datetime, booking: Booking) -> None:
        case = booking.case
        who = self._front_desk(case)
        self._timetable.release(booking.starts.date(), booking.slot)
        self._bookings.settle(when, who, booking, AppointmentStatus.CANCELLED, case.rng.choice(CANCEL_REASONS))
        later = booking.starts.date() + timedelta(days=case.rng.randint(2, 7))
        self._schedule(when + timedelta(minutes=5), case, later, who)

    # -- a session and its record ---------------------------------------------------------------------------
    def _session(self, when: datetime, case: CaseFile, booking: Booking | None) -> None:
        if case.closed:
            return
        rng, counsellor = case.rng, case.counsellor
        if booking is not None:
            self._bookings.settle(when, counsellor, booking, AppointmentStatus.ATTENDED)
        case.no_shows = 0
        minutes = 45 if booking is not None else rng.randint(30, 50)
        sitting = Sitting(case, 0, 0, when.date(), when, when + timedelta(minutes=minutes),
                          booking.id if booking is not None else None, rng.random() < SIGNED_NEXT_MORNING)
        if rng.random() < KIT_USED:
            handout = self._cabinet.hand_out(when, counsellor, rng.choice(("sandplay", "cards", "drawing")),
                                             "个体咨询")
            if handout is not None:
                sitting.handouts.append(handout)
        codes: list[str] = []
        if not case.intake_tested and case.session_no <= 1 and rng.random() < INTAKE_TESTED:
            codes = rng.choice((["phq9", "gad7"], ["phq9", "gad7"], ["phq9"], ["gad7"]))
            case.intake_tested = True
        elif case.intake_tested and case.sessions_left == 1 and case.session_no >= 3 and rng.random() < 0.6:
            case.distress *= rng.uniform(0.35, 0.9)
            case.testing_consent = None     # asked again before testing again, weeks later
            codes = ["phq9"]
        if codes:
            self._tests.during(sitting, codes)
        case.sessions_left -= 1
        self.sessions_today.append(when)
        self._agenda.at(sitting.end + timedelta(minutes=1), self._write_up, sitting)

    def _content(self, sitting: Sitting, next_start: datetime | None = None) -> VisitContent:
        case, rng = sitting.case, sitting.case.rng
        kind = rng.choices(KINDS, weights=KIND_WEIGHTS)[0]
        participants: tuple[int, ...] = ()
        if kind is VisitKind.GROUP:
            others = [self._members[rng.randrange(len(self._members))] for _ in range(3)]
            participants = tuple(sorted({o.client_id for o in others} - {case.client_id}))
            if not participants:
                kind = VisitKind.INDIVIDUAL
        elif kind is not VisitKind.INDIVIDUAL and sitting.appointment_id is not None:
            kind = VisitKind.INDIVIDUAL    # a booking is a session in the room
        risk = rng.choices(RISKS, weights=AT_RISK_WEIGHTS if case.at_risk else RISK_WEIGHTS)[0]
        if not risk.needs_crisis and sitting.day >= self._crisis_from and not self._crises.open:
            risk = RiskLevel.MEDIUM       # a room in use has a crisis in hand
        harm = risk.needs_crisis and rng.random() < 0.8 or risk is RiskLevel.LOW and rng.random() < 0.3
        others_harm = risk.needs_crisis and rng.random() < 0.1
        harmed = risk.needs_crisis and rng.random() < 0.15
        if risk.needs_crisis and not (harm or others_harm or harmed):
            harm = True
        first = sitting.session_no == 1
        complaint = case.reason if first else rng.choice(FOLLOW_UPS)
        assessment = rng.choice(RISK_NOTES) if risk.needs_crisis else rng.choice(ASSESSMENTS)
        plan = "结束咨询，一个月后随访" if case.sessions_left <= 0 else rng.choice(PLANS)
        return VisitContent(kind=kind, visit_date=sitting.day, start=sitting.start.time(), end=sitting.end.time(),
                            presenting_issue=case.reason[:8], complaint=complaint, process=rng.choice(PROCESSES),
                            assessment=assessment, plan=plan, risk=risk, risk_self_harm=harm,
                            risk_harm_others=others_harm, risk_harmed_by_others=harmed, next_appointment=next_start,
                            participants=participants)

    def _write_up(self, when: datetime, sitting: Sitting) -> None:
        """The client has left: materials back in the cabinet, the record started."""
        case, w = sitting.case, self._w
        for handout in sitting.handouts:
            self._cabinet.take_back(when, case.counsellor, handout)
        self._next_visit += 1
        case.session_no += 1
        sitting.visit_id, sitting.session_no, sitting.created = self._next_visit, case.session_no, when
        w.log(case.counsellor, Action.VISIT_CREATED, when, case_target(case.case_id))
        if sitting.late:
            sitting.content = self._content(sitting)
            w.visits.insert_generated(sitting.visit_id, case.case_id, case.counsellor.id, sitting.session_no,
                                      sitting.content, created_at=moment(when), signed_at=None, seal="",
                                      appointment_id=sitting.appointment_id)
            self.late[sitting.visit_id] = sitting
            # Written in two sittings: the autosaves of the first are in the audit log.
            self._agenda.at(when + timedelta(minutes=3), self._draft_saved, sitting)
            signs = at(add_weekdays(sitting.day, 1), 8, case.rng.randrange(35, 58))
        else:
            signs = when + timedelta(minutes=case.rng.randint(6, 18))
        self._agenda.at(signs, self._sign, sitting)

    def _draft_saved(self, when: datetime, sitting: Sitting) -> None:
        self._w.log(sitting.case.counsellor, Action.VISIT_DRAFT_SAVED, when, visit_target(sitting.visit_id))

    def _sign(self, when: datetime, sitting: Sitting) -> None:
        case, w = sitting.case, self._w
        assert sitting.created is not None
        next_start = self._schedule(when, case, sitting.day + timedelta(days=case.cadence), case.counsellor)
        if sitting.content is None:
            content = self._content(sitting, next_start)
        else:   # written the evening before: the next appointment is filled in at signing
            content = replace(sitting.content, next_appointment=next_start)
        signed_at = moment(when)
        stamp = seal(w.seal_key, GENESIS, visit_payload(sitting.visit_id, case.case_id, sitting.session_no,
                                                        case.counsellor.id, signed_at, content))
        if sitting.late:
            w.visits.save_draft(sitting.visit_id, content, signed_at)
            w.visits.sign(sitting.visit_id, signed_at, stamp)
            del self.late[sitting.visit_id]
        else:
            w.visits.insert_generated(sitting.visit_id, case.case_id, case.counsellor.id, sitting.session_no,
                                      content, created_at=moment(sitting.created), signed_at=signed_at, seal=stamp,
                                      appointment_id=sitting.appointment_id)
        w.log(case.counsellor, Action.VISIT_SIGNED, when, visit_target(sitting.visit_id),
              {"case": case.case_id, "session": sitting.session_no, "seal": stamp, "risk": content.risk.value})
        w.counts["visits"] += 1
        if content.risk.needs_crisis:
            self._crises.open_for_risk(when, case, content.risk, visit_id=sitting.visit_id)
        if not case.referred and case.session_no >= 2 and case.rng.random() < 0.004:
            self._agenda.at(when + timedelta(minutes=2), self._refer, case)

    def _refer(self, when: datetime, case: CaseFile) -> None:
        if not case.closed and not case.referred:
            self._referrals.refer(when, case)

    # -- closing ------------------------------------------------------------------------------------------
    def _close_case(self, when: datetime, case: CaseFile) -> None:
        if case.closed:
            return
        if case.crisis is not None:
            case.closing_waits = True      # an open crisis keeps the case open
            return
        rng, w = case.rng, self._w
        if case.discontinued:
            outcome = Outcome.DISCONTINUED
        elif case.referred and rng.random() < 0.7:
            outcome = Outcome.REFERRED
        else:
            outcome = rng.choices(CLOSING_OUTCOMES, weights=CLOSING_WEIGHTS)[0]
        closing = CaseClosing(when.date(), SUMMARIES[outcome].format(n=case.session_no), outcome,
                              rng.choice((None, 3, 4, 4, 5, 5)))
        w.log(case.counsellor, Action.CASE_CLOSED, when, case_target(case.case_id), {"outcome": outcome.value})
        w.cases.close(case.case_id, closing, moment(when))
        w.counts["closed_cases"] += 1
        case.closed = True
        self._leave_members(case)
        if rng.random() < 0.07:
            back = add_weekdays(when.date(), rng.randint(40, 300))
            self._agenda.at(at(back, rng.randint(9, 14), rng.randrange(0, 60, 5)), self._open_case, case.client_id,
                            case.client, random.Random(rng.getrandbits(64)), case.counsellor)

    def crisis_closed(self, when: datetime, case: CaseFile) -> None:
        if case.closing_waits:
            case.closing_waits = False
            self._agenda.at(at(add_weekdays(when.date(), case.rng.randint(1, 3)), 16, 20), self._close_case, case)
