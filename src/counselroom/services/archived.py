"""After a verified export a quarter is read-only in the live database (R12).

Services that change a quarter's records ask here first (:func:`refuse_if_archived`,
after their permission checks, before any write). A record belongs to the quarter of
its own day: a visit record its visit date, a test the day it was given, an
appointment the day it is booked for (moving one out of or into an archived quarter
is refused alike), a duty shift the day it started (recording one afterwards or
correcting one into an archived quarter is refused too), a consent the day it was
signed (recording it, attaching or replacing its scanned form), a contact with a parent or
teacher its day, a register review the day it records, a screening interview the days it was
arranged and held, a screening sheet the day it was entered (replacing it). An addendum to a
visit of an archived quarter is allowed but marked late (补记), and goes into the
archive of the quarter in which it was signed.

Some things run across quarters and stay workable after their first quarter was
archived; the archive of every quarter they touch holds them again as they then are,
so no archive ever misses a change:

- a consent may always be withdrawn (a legal right of the guardian and the student):
  the withdrawal is dated on a day of its own, which may not lie in an archived
  quarter, and the consent goes into the archive of the quarter it was withdrawn in;
- crises belong to every quarter they are open in: one opened in an archived quarter
  is still reviewed, its steps settled and closed, and the next archive holds it
  with all its steps;
- referrals go into the archive of every quarter they were made, answered (feedback)
  or changed in, so feedback that arrives later is archived with its quarter;
- a duty shift left open in an archived quarter (forgotten) may still be ended or
  withdrawn, else its person could never go on duty again; a shift changed in a
  quarter goes into that quarter's archive.

Which rows each quarter's archive holds is said in
:data:`counselroom.storage.quarter_repo.QUARTER_TABLES`.
"""

from __future__ import annotations

from datetime import date, datetime

from counselroom.domain.archive import Quarter
from counselroom.domain.errors import ValidationError
from counselroom.services.session import Session
from counselroom.storage.quarter_repo import QuarterRepository

#: For records that take no addendum (appointments, duty shifts, consents): the sentence
#: says only that the quarter is archived (``archive.quarter_archived`` points to addenda).
READ_ONLY = "archive.quarter_read_only"


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


def refuse_if_archived(session: Session, field: str, *days: date | None,
                       code: str = "archive.quarter_archived") -> None:
    """Raise ``code`` (default ``archive.quarter_archived``) at ``field`` if a record of one of
    ``days`` may no longer be added or changed."""
    quarter = archived_quarter_of(session, *days)
    if quarter is not None:
        raise ValidationError(field, code, quarter=str(quarter))


def mark_if_late(session: Session, addendum_id: int, visit_day: date | None) -> Quarter | None:
    """Inside the addendum's transaction: mark it late if its visit's quarter is archived."""
    quarter = archived_quarter_of(session, visit_day)
    if quarter is not None:
        QuarterRepository(session.db).mark_late_addendum(addendum_id, quarter)
    return quarter
