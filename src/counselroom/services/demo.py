"""Realistic synthetic data for demonstrations and benchmarks (`admin demo`): a room after years of use.

The years up to today are played through day by day (weekdays: the room's opening days), and
every record is written as the services would have written it then, with the audit rows they
write, chained through the session's audit log and dated when it happened:

- clients registered (by an assistant, if the room has one) and their cases opened with the
  counselling consent; sessions booked in the room's slots or dropped in on, some bookings
  cancelled or missed; visit records started, autosaved and signed (a few the next morning);
- tests of the bundled scales during sessions, answered, scored into bands and sealed; forms and
  kits taken from the cabinet and back the same day;
- crises opened by medium and high risks (and by test results), every step settled, reviewed each
  day, closed after the follow-up period; referrals answered and closed;
- cases closed with a summary and outcome once their sessions are over; some clients come back;
- the afternoon duty, the closing checklist of each opening day, log-ins and log-outs;
- in term time, the lessons, talks, group sessions and trainings the room gives (the activities log);
- each October the 初一 and 高一 screened, the positives interviewed (``demo_screening``); the 重点关注
  register, contacts with families and head teachers, crises a 班主任 reports by phone (``demo_care``).

What falls on today after this moment or later has not happened yet: the recent cases, crises
and referrals are open, the next sessions are booked. Deterministic for a seed: one
``random.Random`` seeded with it draws the clients (so the same seed brings the same people
whoever works in the room) and the room's timetable, and each case draws its own story from a
generator seeded by it. Written in a few large transactions (one per ~40,000 audit rows).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import timedelta

from counselroom.domain.accounts import Role
from counselroom.domain.audit import Action
from counselroom.domain.errors import ValidationError
from counselroom.services.demo_activities import Activities
from counselroom.services.demo_agenda import Agenda, at, next_weekday
from counselroom.services.demo_bookings import Bookings, Timetable
from counselroom.services.demo_cabinet import Cabinet
from counselroom.services.demo_care import Care, CareCasework, CareCrises, Reports
from counselroom.services.demo_clients import plan_clients
from counselroom.services.demo_referrals import Referrals
from counselroom.services.demo_room import Room
from counselroom.services.demo_screening import Screening
from counselroom.services.demo_tests import Tests
from counselroom.services.demo_words import GIVEN, SURNAMES
from counselroom.services.demo_writer import ROWS_PER_TRANSACTION, Staff, Writer
from counselroom.services.scales import ScaleService
from counselroom.services.session import Session
from counselroom.services.settings_service import SettingsService
from counselroom.storage.users_repo import UserRepository

__all__ = ["GIVEN", "SURNAMES", "DemoResult", "generate"]

MAX_YEARS = 20


@dataclass(frozen=True)
class DemoResult:
    clients: int
    cases: int
    visits: int
    crises: int
    referrals: int
    closed_cases: int = 0
    appointments: int = 0
    tests: int = 0
    duty_shifts: int = 0
    closings: int = 0
    audit: int = 0
    activities: int = 0
    screening_sheets: int = 0
    register_entries: int = 0
    contacts: int = 0


def generate(session: Session, *, clients: int = 200, seed: int = 1, visits_per_client: float = 10.0,
             years: int = 3) -> DemoResult:
    user = session.require(Role.SUPERVISOR)
    if clients < 1 or clients > 1_000_000:
        raise ValidationError("clients", "demo.count")
    if not 1 <= years <= MAX_YEARS:
        raise ValueError(f"years: 1 to {MAX_YEARS}")
    rng = random.Random(seed)
    db = session.db
    today, until = session.today(), session.wall_now()
    first = next_weekday(today - timedelta(days=365 * years))
    yesterday = today - timedelta(days=1)
    plans = plan_clients(rng, clients, first, yesterday)
    scales = {code: ScaleService(session).get(code) for code in ("phq9", "gad7")}

    users = [u for u in UserRepository(db).all() if u.active]
    staff = Staff(clinicians=[u for u in users if u.role is not Role.ASSISTANT],
                  assistants=[u for u in users if u.role is Role.ASSISTANT], supervisor=user)
    writer = Writer(session, staff)
    agenda = Agenda()
    timetable = Timetable()
    timetable.respect(writer.appointments.between(at(first, 0), at(today + timedelta(days=400), 0)))
    bookings = Bookings(writer)
    cabinet = Cabinet(writer, user)
    referrals = Referrals(writer, agenda)
    care = Care(writer, agenda, seed)
    crises = CareCrises(writer, agenda, referrals, care)
    tests = Tests(writer, agenda, cabinet, crises, scales)
    casework = CareCasework(care, writer, agenda, rng, timetable, bookings, cabinet, referrals, crises, tests,
                        sessions=visits_per_client, crisis_in_hand_from=today - timedelta(days=14))
    crises.on_closed = casework.crisis_closed
    room = Room(writer, agenda, rng, casework, crises, bookings, cabinet, writer.closings.items(),
                writer.duty.between(first, today + timedelta(days=1)), {s.user_id for s in writer.duty.open_shifts()},
                writer.closings.signed_days(first, today))
    terms = SettingsService(session).get().terms
    activities = Activities(writer, agenda, seed, terms)
    reports = Reports(writer, agenda, terms, care, casework, crises)
    screening = Screening(writer, agenda, seed, care, casework)

    for plan in plans:
        casework.admit(plan)
    days = iter([first + timedelta(days=n) for n in range((today - first).days + 1)])
    finished = False
    while not finished:
        with db.transaction():
            writer.since_commit = 0
            for day in days:
                if day == first:
                    cabinet.stock(at(day, 8, 30))
                if day.weekday() >= 5:
                    agenda.skip(day)
                elif day < today:
                    room.open_day(day, closes=True, until=None)
                    for school in (activities, reports, screening):
                        school.open_day(day)
                    agenda.run(day)
                else:
                    room.open_day(day, closes=False, until=until)
                    for school in (activities, reports, screening):
                        school.open_day(day)
                    agenda.run(day, until)
                    writer.forget_logins()
                if writer.since_commit >= ROWS_PER_TRANSACTION:
                    break
            else:
                finished = True
                counts = writer.counts
                session.audit.append(user, Action.DEMO_DATA, detail={
                    "clients": clients, "seed": seed, "years": years, "cases": counts["cases"],
                    "visits": counts["visits"], "crises": counts["crises"], "referrals": counts["referrals"],
                    "activities": counts["activities"], "screening_sheets": counts["screening_sheets"],
                    "register_entries": counts["register_entries"], "contacts": counts["contacts"]})
    counts = writer.counts
    return DemoResult(clients=counts["clients"], cases=counts["cases"], visits=counts["visits"],
                      crises=counts["crises"], referrals=counts["referrals"], closed_cases=counts["closed_cases"],
                      appointments=counts["appointments"], tests=counts["tests"], duty_shifts=counts["duty_shifts"],
                      closings=counts["closings"], audit=counts["audit"] + 1,
                      activities=counts["activities"], screening_sheets=counts["screening_sheets"],
                      register_entries=counts["register_entries"], contacts=counts["contacts"])
