"""Who comes to the generated room and when: each client's registration and the seed of their story.

Drawn first, from the seed alone, so the same seed brings the same people on the same days
whoever works in the room.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from counselroom.domain.clients import ClientDraft, ClientType, Gender, ReferralSource
from counselroom.services.demo_words import GIVEN, GRADES, SURNAMES

#: How busy each month is relative to the others (winter and summer holidays are quiet).
MONTH_WEIGHTS = (0.7, 0.3, 1.1, 1.1, 1.1, 0.9, 0.3, 0.2, 1.2, 1.1, 1.2, 1.1)
SOURCES = (ReferralSource.SELF, ReferralSource.HEAD_TEACHER, ReferralSource.PARENT, ReferralSource.PEER_COUNSELLOR,
           ReferralSource.SCREENING, ReferralSource.OTHER)
SOURCE_WEIGHTS = (35, 30, 15, 8, 8, 4)


@dataclass(frozen=True)
class ClientPlan:
    draft: ClientDraft
    arrives: datetime        # the room's wall clock
    seed: int                # of the client's own story (``CaseFile.rng``)


def name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def _phone(rng: random.Random) -> str:
    return f"13{rng.randint(100000000, 999999999)}"


def _draft(rng: random.Random, number: int, day: date) -> ClientDraft:
    kind = rng.choices((ClientType.STUDENT, ClientType.PARENT, ClientType.STAFF), weights=(92, 5, 3))[0]
    gender = rng.choice((Gender.FEMALE, Gender.MALE))
    source = rng.choices(SOURCES, weights=SOURCE_WEIGHTS)[0]
    if kind is not ClientType.STUDENT:
        born = date(day.year - rng.randint(30, 52), rng.randint(1, 12), rng.randint(1, 28))
        return ClientDraft(name=name(rng), gender=gender, birth_date=born, client_type=kind, contact=_phone(rng),
                           referral_source=ReferralSource.SELF if source is ReferralSource.SCREENING else source)
    grade, age = rng.choice(GRADES)
    # Born in the year that makes them ``age`` in the autumn of the school year (from September).
    school_year = day.year if day.month >= 9 else day.year - 1
    born = date(school_year - age - rng.choice((0, 0, 0, 1)), rng.randint(1, 12), rng.randint(1, 28))
    return ClientDraft(name=name(rng), gender=gender, birth_date=born, client_type=kind, grade=grade,
                       class_name=f"{rng.randint(1, 12)}班", student_no=f"{day.year}{number:06d}",
                       guardian_name=name(rng), guardian_contact=_phone(rng), referral_source=source)


def plan_clients(rng: random.Random, count: int, first: date, last: date) -> list[ClientPlan]:
    """``count`` registrations on opening days from ``first`` to ``last``, in the order they happen."""
    days = [first + timedelta(days=n) for n in range((last - first).days + 1)]
    days = [d for d in days if d.weekday() < 5]
    weights = [MONTH_WEIGHTS[d.month - 1] for d in days]
    chosen = sorted(rng.choices(days, weights=weights, k=count))
    plans = []
    for number, day in enumerate(chosen, start=1):
        arrives = datetime.combine(day, time(rng.randint(9, 15), rng.randrange(0, 60, 5)))
        plans.append(ClientPlan(_draft(rng, number, day), arrives, rng.getrandbits(64)))
    plans.sort(key=lambda p: p.arrives)
    return plans
