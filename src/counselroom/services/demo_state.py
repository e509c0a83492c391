"""What the demo generator remembers while it plays the years through: open cases, bookings, crises.

Only what later events need is kept here; everything else is in the database the moment it
happens. A case's story (how many sessions, how distressed, whether at risk) draws from the
case's own random generator, so the room's timetable does not change what happens in a case.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime

from counselroom.domain.accounts import User
from counselroom.domain.appointments import AppointmentStatus
from counselroom.domain.cases import ProblemCategory
from counselroom.domain.clients import ClientDraft, ClientType
from counselroom.domain.crisis import CrisisStep
from counselroom.domain.visits import RiskLevel, VisitContent


@dataclass(eq=False)
class Booking:
    """An appointment made by the generator."""
    id: int
    case: CaseFile
    starts: datetime
    ends: datetime
    slot: int
    status: AppointmentStatus = AppointmentStatus.BOOKED


@dataclass(eq=False)
class CrisisFile:
    id: int
    case: CaseFile
    risk: RiskLevel
    opened: datetime
    pending: set[CrisisStep]
    reviewed: date
    closed: bool = False


@dataclass(eq=False)
class CaseFile:
    """An open case and the client it belongs to."""
    client_id: int
    client: ClientDraft
    case_id: int
    counsellor: User
    rng: random.Random
    category: ProblemCategory
    reason: str                   # what the client came with (the case's 来访原因)
    sessions_left: int
    cadence: int                  # days between sessions
    slot: int                     # the booking slot the client prefers
    at_risk: bool
    distress: float               # 0..1: how a scale would come out today
    opened_on: date
    session_no: int = 0
    no_shows: int = 0             # in a row
    discontinued: bool = False
    referred: bool = False
    intake_tested: bool = False
    testing_consent: int | None = None
    crisis: CrisisFile | None = None
    closing_waits: bool = False   # the sessions are over, the crisis is not
    closed: bool = False
    participant_slot: int = -1    # where the client is in the list of possible group members

    @property
    def minor(self) -> bool:
        return self.client.client_type is ClientType.STUDENT


@dataclass(eq=False)
class Sitting:
    """A session that took place, between the client leaving and the record being signed."""
    case: CaseFile
    visit_id: int
    session_no: int
    day: date
    start: datetime
    end: datetime
    appointment_id: int | None
    late: bool                          # signed the next morning (a draft overnight)
    handouts: list[int] = field(default_factory=list)      # materials taken for it (hand-out ids)
    content: VisitContent | None = None
    created: datetime | None = None
