"""Asking a supervisor why they open a case that is not theirs (break-glass, R16).

The services refuse with ``case.reason_required`` until a reason is given; the
reason is then audited and remembered for the session, so it is asked once per case.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMessageBox, QWidget

from counselroom.domain.errors import CounselRoomError, PermissionDenied
from counselroom.ui.messages import error_text

T = TypeVar("T")


def ask_reason(parent: QWidget) -> str | None:
    """The supervisor's reason, or None when they chose not to open the case."""
    title = QCoreApplication.translate("BreakGlass", "Reason for opening")
    prompt = QCoreApplication.translate(
        "BreakGlass", "This case belongs to another counsellor. Give the reason for opening it; "
        "it is recorded in the audit log.")
    while True:
        text, ok = QInputDialog.getText(parent, title, prompt, QLineEdit.EchoMode.Normal, "")
        if not ok:
            return None
        if text.strip():
            return text.strip()
        QMessageBox.warning(parent, title, QCoreApplication.translate("BreakGlass", "A reason is required."))


def with_reason(parent: QWidget, call: Callable[[str | None], T],
                on_error: Callable[[CounselRoomError], object] | None = None) -> T | None:
    """Run ``call(reason)``, asking for the reason when the service needs one.

    Returns None when the user declined or the call failed; a failure is shown
    through ``on_error`` (default: a warning box) in the user's language.
    """
    reason = None
    while True:
        try:
            return call(reason)
        except PermissionDenied as err:
            if err.code != "case.reason_required":
                _report(parent, err, on_error)
                return None
            reason = ask_reason(parent)
            if reason is None:
                return None
        except CounselRoomError as err:
            _report(parent, err, on_error)
            return None


def _report(parent: QWidget, err: CounselRoomError,
            on_error: Callable[[CounselRoomError], object] | None) -> None:
    if on_error is not None:
        on_error(err)
    else:
        QMessageBox.warning(parent, parent.window().windowTitle(), error_text(err))
