"""Where generated demo data is written: the repositories, the audit rows, who is logged in.

Every audit row goes through ``session.audit.append`` (chained and keyed like any other), dated
at the wall-clock moment the generated event happened, by the person who did it; the first row
of a person's day follows a log-in, and the day ends with log-outs, as real use writes them.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

from counselroom.domain.accounts import Role, User
from counselroom.domain.audit import Action
from counselroom.security.keys import record_seal_key
from counselroom.services.session import Session
from counselroom.storage.activities_repo import ActivityRepository
from counselroom.storage.appointments_repo import AppointmentRepository
from counselroom.storage.cases_repo import CaseRepository
from counselroom.storage.clients_repo import ClientRepository
from counselroom.storage.closing_repo import ClosingRepository
from counselroom.storage.consents_repo import ConsentRepository
from counselroom.storage.contacts_repo import ContactRepository
from counselroom.storage.crises_repo import CrisisRepository
from counselroom.storage.duty_repo import DutyRepository
from counselroom.storage.materials_repo import MaterialRepository
from counselroom.storage.referrals_repo import ReferralRepository
from counselroom.storage.register_repo import RegisterRepository
from counselroom.storage.scales_repo import ScaleRepository
from counselroom.storage.screening_repo import ScreeningRepository
from counselroom.storage.tests_repo import TestRepository
from counselroom.storage.visits_repo import VisitRepository

#: Commit after a day that brought the open transaction this many audit rows: each row keeps
#: a small after-commit callback alive until then, so one transaction for 50,000 clients
#: would hold gigabytes.
ROWS_PER_TRANSACTION = 40_000


def moment(wall: datetime) -> datetime:
    """A wall-clock moment of the room (no zone) as the aware UTC time records store."""
    return wall.astimezone(timezone.utc)


@dataclass
class Staff:
    """The room's accounts as the generator uses them."""
    clinicians: list[User]           # counsellors and the supervisor: cases, tests, crises, closings
    assistants: list[User]
    supervisor: User

    @property
    def everyone(self) -> list[User]:
        return sorted(self.clinicians + self.assistants, key=lambda u: u.id)


@dataclass
class Writer:
    session: Session
    staff: Staff
    counts: Counter[str] = field(default_factory=Counter)
    since_commit: int = 0
    _logged_in: dict[int, User] = field(default_factory=dict)

    def __post_init__(self) -> None:
        db = self.session.db
        self.seal_key = record_seal_key(self.session.key)
        self.clients = ClientRepository(db)
        self.cases = CaseRepository(db)
        self.visits = VisitRepository(db)
        self.appointments = AppointmentRepository(db)
        self.crises = CrisisRepository(db)
        self.referrals = ReferralRepository(db)
        self.consents = ConsentRepository(db)
        self.tests = TestRepository(db)
        self.materials = MaterialRepository(db)
        self.duty = DutyRepository(db)
        self.closings = ClosingRepository(db)
        self.activities = ActivityRepository(db)
        self.scales = ScaleRepository(db)
        self.screening = ScreeningRepository(db)
        self.register = RegisterRepository(db)
        self.contacts = ContactRepository(db)

    def log(self, actor: User, action: Action, when: datetime, target: str = "",
            detail: dict[str, Any] | None = None) -> None:
        """One audit row at ``when`` (wall clock), logging ``actor`` in first if they are not yet today."""
        if actor.id not in self._logged_in:
            self._logged_in[actor.id] = actor
            self._append(actor, Action.LOGIN, when, f"user:{actor.id}", None)
        self._append(actor, action, when, target, detail)

    def _append(self, actor: User, action: Action, when: datetime, target: str,
                detail: dict[str, Any] | None) -> None:
        self.session.audit.append(actor, action, target=target, detail=detail, ts=moment(when))
        self.counts["audit"] += 1
        self.since_commit += 1

    def log_out_everyone(self, when: datetime) -> None:
        """The end of a day: whoever logged in logs out, in the order they logged in."""
        for number, user in enumerate(self._logged_in.values()):
            self._append(user, Action.LOGOUT, when + timedelta(minutes=number), "", None)
        self._logged_in.clear()

    def forget_logins(self) -> None:
        """The day is not over (today): whoever is logged in stays so."""
        self._logged_in.clear()

    def is_clinician(self, user: User) -> bool:
        return user.role is not Role.ASSISTANT
