"""After a verified export a quarter is read-only in the live database (R12).

Services that change a quarter's visit records or tests ask here first; an
addendum to a visit of an archived quarter is allowed but marked late (补记), and
goes into the archive of the quarter in which it was signed.
"""

from __future__ import annotations

from datetime import date, datetime

from counselroom.domain.archive import Quarter
from counselroom.domain.errors import ValidationError
from counselroom.services.session import Session
from counselroom.storage.quarter_repo import QuarterRepository


def record_day(day: date | None, created_at: datetime | None) -> date | None:
    """The day that places a record in a quarter: its own date, else the day it was created (local)."""
    if day is not None:
        return day
    return created_at.astimezone().date() if created_at is not None else None


def archived_quarter_of(session: Session, *days: date | None) -> Quarter | None:
    """The archived quarter one of ``days`` falls in, or None."""
    wanted = {Quarter.of(d) for d in days if d is not None}
    if not wanted:
        return None
    archived = QuarterRepository(session.db).archived_quarters()
    hits = sorted(wanted & archived)
    return hits[0] if hits else None


def refuse_if_archived(session: Session, field: str, *days: date | None) -> None:
    """Raise ``archive.quarter_archived`` at ``field`` if a record of one of ``days`` may no longer change."""
    quarter = archived_quarter_of(session, *days)
    if quarter is not None:
        raise ValidationError(field, "archive.quarter_archived", quarter=str(quarter))


def mark_if_late(session: Session, addendum_id: int, visit_day: date | None) -> Quarter | None:
    """Inside the addendum's transaction: mark it late if its visit's quarter is archived."""
    quarter = archived_quarter_of(session, visit_day)
    if quarter is not None:
        QuarterRepository(session.db).mark_late_addendum(addendum_id, quarter)
    return quarter
