"""Loading what a page shows off the GUI thread (issue 15: the window never freezes).

Every page, search and preview that reads more than a handful of rows gathers them with
a :class:`PageLoader`: ``gather`` runs on a pool thread with a read-only connection of
its own (``Session.reader()``), ``show`` runs on the GUI thread with the result. A load
started again before the last one came back makes the last one stale: its result is
dropped, so a slow old answer never overwrites a newer one. Locking the records cancels
every load (``cancel``) and a result that arrives after the lock is thrown away unseen.
A load that takes longer than a moment shows the page's busy line.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from shiboken6 import isValid

from counselroom.domain.errors import CounselRoomError
from counselroom.services.session import Session, WorkerSession
from counselroom.storage.database import Database
from counselroom.ui.context import AppContext
from counselroom.ui.workers import run_in_background

T = TypeVar("T")

# A load quicker than this shows no busy line (it would only flicker).
BUSY_AFTER_MS = 250


@dataclass
class Load(Generic[T]):
    """One load: what runs in the worker and what the GUI thread does with its result."""

    slot: str
    generation: int
    # The connection the window had when the load started: a result that comes back after
    # the records locked (and perhaps unlocked again, on a new connection) is stale.
    connection: Database
    reader: WorkerSession
    gather: Callable[[Session], T]
    show: Callable[[T], None]
    failed: Callable[[CounselRoomError], None] | None

    def work(self) -> T:
        with self.reader as session:
            return self.gather(session)


class PageLoader(QObject):
    """The loads of one page (or dialog): at most one current load per ``slot``."""

    busy_changed = Signal(bool)

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._generations: dict[str, int] = {}
        self._running: set[tuple[str, int]] = set()
        self._busy_shown = False
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_AFTER_MS)
        self._busy_timer.timeout.connect(self._show_busy)

    @property
    def loading(self) -> bool:
        return bool(self._running)

    def load(self, gather: Callable[[Session], T], show: Callable[[T], None], *,
             slot: str = "page", failed: Callable[[CounselRoomError], None] | None = None,
             audits: bool = False) -> None:
        """Run ``gather(session)`` on a worker, then ``show(result)`` here, unless another
        load of the same ``slot`` was started meanwhile or the records locked. A
        :class:`CounselRoomError` goes to ``failed`` (default: nothing shown, the error
        raised to the crash handler is reserved for real faults). ``audits``: the read is one
        the rules audit (a search of every case, with its reason), so the worker's connection
        may append audit rows (``Session.auditing_reader``)."""
        session = self.ctx.session
        if session.locked:
            return
        generation = self._generations.get(slot, 0) + 1
        self._generations[slot] = generation
        self._running.add((slot, generation))
        if not self._busy_timer.isActive() and not self._busy_shown:
            self._busy_timer.start()
        reader = session.auditing_reader() if audits else session.reader()
        self._submit(Load(slot, generation, session.db, reader, gather, show, failed))

    def cancel(self) -> None:
        """Drop every load under way (the records are locking, the page is cleared)."""
        for slot in self._generations:
            self._generations[slot] += 1
        self._running.clear()
        self._settle_busy()

    # -- delivery ----------------------------------------------------------------------
    def _submit(self, load: Load[Any]) -> None:
        run_in_background(load.work, lambda result: self._done(load, result),
                          lambda exc: self._failed(load, exc))

    def _current(self, load: Load[Any]) -> bool:
        if not isValid(self):  # the page went away while its load ran
            return False
        self._running.discard((load.slot, load.generation))
        self._settle_busy()
        session = self.ctx.session
        return (self._generations.get(load.slot) == load.generation and not session.locked
                and session.db is load.connection)

    def _done(self, load: Load[Any], result: Any) -> None:
        if self._current(load):
            load.show(result)

    def _failed(self, load: Load[Any], exc: BaseException) -> None:
        if not self._current(load):
            return
        if not isinstance(exc, CounselRoomError):
            raise exc
        if load.failed is not None:
            load.failed(exc)

    # -- the busy line -------------------------------------------------------------------
    def _show_busy(self) -> None:
        if self._running and not self._busy_shown:
            self._busy_shown = True
            self.busy_changed.emit(True)

    def _settle_busy(self) -> None:
        if self._running:
            return
        self._busy_timer.stop()
        if self._busy_shown:
            self._busy_shown = False
            self.busy_changed.emit(False)
