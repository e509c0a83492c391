"""The timetable demo data is played through: events at wall-clock moments, run in time order.

An event scheduled while another runs (the next session booked at signing, a crisis step an
hour later) goes into the same day's queue or waits for its day. Everything the generator
writes happens in an event, so record ids and audit rows follow each other as in real use.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any

Handler = Callable[..., object]     # what a handler returns is not the agenda's


def next_weekday(day: date) -> date:
    """``day`` itself on a weekday, else the Monday after (the room opens Monday to Friday)."""
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def add_weekdays(day: date, count: int) -> date:
    """``count`` opening days after ``day`` (0: ``day`` itself, moved to a weekday)."""
    day = next_weekday(day)
    for _ in range(count):
        day = next_weekday(day + timedelta(days=1))
    return day


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute))


class Agenda:
    def __init__(self) -> None:
        self._later: dict[date, list[tuple[datetime, int, Handler, tuple[Any, ...]]]] = {}
        self._queue: list[tuple[datetime, int, Handler, tuple[Any, ...]]] = []
        self._order = 0
        self.day: date | None = None
        self.now: datetime | None = None

    def at(self, when: datetime, action: Handler, *args: Any) -> None:
        """Run ``action(when, *args)`` at ``when`` (not before the event running now)."""
        if self.now is not None and when < self.now:
            when = self.now
        self._order += 1
        entry = (when, self._order, action, args)
        if when.date() == self.day:
            heapq.heappush(self._queue, entry)
        else:
            self._later.setdefault(when.date(), []).append(entry)

    def run(self, day: date, until: datetime | None = None) -> None:
        """Every event of ``day`` in time order (those at or after ``until`` are dropped: not yet)."""
        self.day = day
        self._queue = self._later.pop(day, [])
        heapq.heapify(self._queue)
        while self._queue:
            when, _, action, args = heapq.heappop(self._queue)
            if until is not None and when >= until:
                self._queue.clear()
                break
            self.now = when
            action(when, *args)
        self.now = None

    def skip(self, day: date) -> None:
        """A day the room is closed: what was due then waits for the next opening day."""
        waiting = self._later.pop(day, [])
        if waiting:
            following = next_weekday(day + timedelta(days=1))
            for when, order, action, args in waiting:
                moved = datetime.combine(following, when.time())
                self._later.setdefault(following, []).append((moved, order, action, args))
