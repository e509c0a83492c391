"""What the file imports (the student list, a campaign's answer sheets) share once the preview is shown:
why nothing can be previewed, and storing all or nothing on a worker while the dialog waits."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtWidgets import QDialog, QLabel, QPushButton

from counselroom.domain.errors import CounselRoomError
from counselroom.ui.crash_handler import report_unexpected
from counselroom.ui.messages import error_text, message
from counselroom.ui.styles import BOLD, ERROR_STYLE, HINT_STYLE
from counselroom.ui.workers import run_in_background


class _ImportDialog(QDialog):
    """A subclass builds ``counts``, ``verdict`` and ``import_button``, keeps ``preview`` and gives
    ``_set_busy``; every text it shows is its own (its translation context)."""

    counts: QLabel
    verdict: QLabel
    import_button: QPushButton
    preview: Any
    _generation: int
    _busy: bool
    _committing: bool

    def _set_busy(self, busy: bool) -> None:
        raise NotImplementedError

    def _explain_failure(self, exc: BaseException, nothing: str) -> None:
        """``nothing`` (that there is nothing to preview), why, and no Import; an unexpected error is reported."""
        self.counts.setStyleSheet(HINT_STYLE)
        self.counts.setText(nothing)
        self.verdict.setStyleSheet(ERROR_STYLE + BOLD)
        self.import_button.setEnabled(False)
        if isinstance(exc, CounselRoomError):
            self.verdict.setText(error_text(exc))
        else:
            self.verdict.setText(message("error"))
            report_unexpected(exc)

    def _start_commit(self, store: Callable[[Any], object], storing: str,
                      done: Callable[[int, Any], None], failed: Callable[[int, BaseException], None]) -> None:
        """``store(preview)`` on a worker, saying ``storing`` meanwhile; ``done``/``failed`` get the generation
        first, so an answer that comes after the dialog moved on is dropped."""
        if self.preview is None or not self.preview.acceptable or self._busy:
            return
        self._set_busy(True)
        self._committing = True
        self.verdict.setStyleSheet(HINT_STYLE)
        self.verdict.setText(storing)
        self._generation += 1
        run_in_background(partial(store, self.preview), partial(done, self._generation),
                          partial(failed, self._generation))

    def reject(self) -> None:
        if self._committing:
            return  # storing is running; it finishes in a moment
        self._generation += 1
        super().reject()
