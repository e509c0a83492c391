"""Running the suite at a chosen moment instead of today.

    COUNSELROOM_TEST_NOW=2026-12-31T23:59 ./test.sh
    TZ=Asia/Shanghai COUNSELROOM_TEST_NOW=2028-02-29T08:00 ./test.sh tests/services

The moment is a wall-clock time in the local zone (``TZ``). Every test starts at
it and the clock runs on from there, as a real one does (a stopped clock would
give two records the same second); the application reads it through
``counselroom.domain.clock``, its one clock. Without the variable the suite
runs on the real clock, so every day it runs is another date it is tried at.
"""

from __future__ import annotations

import os
import time
from datetime import date, datetime, timedelta, timezone

from counselroom.domain import clock

VARIABLE = "COUNSELROOM_TEST_NOW"


class PinnedClock:
    def __init__(self, start: datetime) -> None:
        self.start = start
        self._t0 = time.monotonic()

    def __call__(self) -> datetime:
        return self.start + timedelta(seconds=time.monotonic() - self._t0)

    def restart(self) -> None:
        """Back to the chosen moment (each test starts there)."""
        self._t0 = time.monotonic()


def install_from_environment() -> PinnedClock | None:
    text = os.environ.get(VARIABLE, "").strip()
    if not text:
        return None
    try:
        wall = datetime.fromisoformat(text)
    except ValueError:
        raise SystemExit(f"{VARIABLE}={text!r} is not a date and time such as 2026-12-31T23:59") from None
    pinned = PinnedClock(wall.astimezone().astimezone(timezone.utc))
    clock._source = pinned
    return pinned


def now() -> datetime:
    """The application's now (aware), for tests that need it."""
    return clock.utc_now()


def today() -> date:
    """The room's date by the application's clock: what ``Session.today()`` says."""
    return clock.wall_date(clock.utc_now())


def computer_today() -> date:
    """The computer's own date: what a program outside the suite sees (the frozen bundle and
    the installed .deb cannot be pinned), so the quarter a test asks such a program to archive
    is computed from the same date the program uses, whatever day the suite runs."""
    return date.today()


def child_environment() -> dict[str, str]:
    """What a child process needs to go on from this moment on the pinned clock (nothing if not pinned)."""
    if not isinstance(clock._source, PinnedClock):
        return {}
    return {VARIABLE: clock.utc_now().astimezone().isoformat()}
