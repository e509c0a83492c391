"""Running slow work (key derivation, opening the database) off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _Signals()
        self.setAutoDelete(False)

    def run(self) -> None:
        try:
            result = self.fn()
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


_running: set[_Job] = set()


def run_in_background(fn: Callable[[], Any], on_done: Callable[[Any], None],
                      on_error: Callable[[BaseException], None]) -> None:
    """Run ``fn`` on a pool thread; the callbacks run on the GUI thread."""
    job = _Job(fn)

    def finish(callback, value):
        # Let go of the job and both callbacks, or every widget that ever ran
        # background work would stay alive through them.
        _running.discard(job)
        job.signals.done.disconnect()
        job.signals.failed.disconnect()
        job.fn = None
        callback(value)

    job.signals.done.connect(lambda result: finish(on_done, result))
    job.signals.failed.connect(lambda exc: finish(on_error, exc))
    _running.add(job)
    QThreadPool.globalInstance().start(job)


def wait_for_background(timeout_ms: int = 30000) -> bool:
    """For shutdown and tests: wait until every job has finished."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
