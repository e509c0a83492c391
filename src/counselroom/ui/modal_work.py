"""Waiting for one piece of work a person asked for (a case file being built) without freezing
the window: the work runs on a pool thread, the window keeps painting behind a small modal
"please wait" note (shown only if the wait is long enough to notice), and the caller gets the
result as if it had been a plain call."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from counselroom.ui.workers import run_in_background

T = TypeVar("T")

# Quicker than this, the note would only flicker.
NOTE_AFTER_MS = 400


def wait_for(parent: QWidget | None, text: str, work: Callable[[], T]) -> T:
    """``work()`` on a worker; returns its result or raises its exception, here."""
    outcome: dict[str, Any] = {}
    loop = QEventLoop()
    note = QProgressDialog(text, "", 0, 0, parent)
    note.setObjectName("waitNote")
    note.setCancelButton(None)
    note.setWindowModality(Qt.WindowModality.ApplicationModal)
    note.setMinimumDuration(NOTE_AFTER_MS)
    note.setAutoClose(False)

    def finish(kind: str, value: object) -> None:
        outcome[kind] = value
        loop.quit()

    run_in_background(work, lambda result: finish("result", result), lambda exc: finish("error", exc))
    if not outcome:
        loop.exec()
    note.reset()
    note.deleteLater()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]
