"""The one clock.

Every moment the application records or compares comes from a ``Clock``: the
session's, once someone has logged in (``Session.clock``, ``Session.today()``,
``Session.wall_now()``), or ``utc_now`` before that (log-in, set-up, recovery,
the headless commands, which then hand it to the session they open).

Nothing else reads the system time: no ``date.today()``, ``datetime.now()`` or
``QDate.currentDate()`` anywhere (``tests/test_one_clock.py`` keeps it so),
because a screen that asked the system while its service asked the session
would disagree with it on the one day that matters, and tests could not move
the whole application to an awkward date (the last minute of a quarter,
29 February) to prove it works then.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timezone

Clock = Callable[[], datetime]
"""Returns the current moment as an aware UTC ``datetime``."""


def _system_time() -> datetime:
    return datetime.now(timezone.utc)


# Where ``utc_now`` reads the time. Only the tests' clock fixture replaces it
# (to run the suite at a chosen moment); the application never does.
_source: Clock = _system_time


def utc_now() -> datetime:
    """Now, as an aware UTC datetime: the clock of everything without a session."""
    return _source()


def wall_time(moment: datetime) -> datetime:
    """``moment`` on the room's wall clock (local time, no zone), as people read and type times."""
    return moment.astimezone().replace(tzinfo=None)


def wall_date(moment: datetime) -> date:
    """The date on the room's wall clock at ``moment``."""
    return moment.astimezone().date()
