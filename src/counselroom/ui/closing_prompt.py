"""Quitting asks first when something of the day is left: the closing checklist after the room's
hours (R10), or the person's own duty still running (R11).

The main window calls :func:`may_quit` from its ``closeEvent``. It asks only while the
records are open. The closing is asked of a counsellor or the supervisor (who close the
room) once today's opening hours are over and today's closing is not signed; a duty
still running is asked of anyone, at any hour, since a duty left running shows as
"never ended" the next day. The choices: go to the checklist or the duty log, quit
anyway, or stay.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from counselroom.domain.duty import DutyShift
from counselroom.domain.errors import CounselRoomError
from counselroom.services.closing import ClosingService
from counselroom.services.duty import DutyService
from counselroom.services.session import Session

CLOSING_PAGE = "closing"
DUTY_PAGE = "duty"


def closing_needed(session: Session) -> bool:
    """Whether quitting now should ask for the closing."""
    if session.locked:
        return False
    try:
        service = ClosingService(session)
        return service.may_sign() and service.needs_closing_now()
    except CounselRoomError:
        return False   # e.g. a password still to change: never stand between a person and quitting


def running_duty(session: Session) -> DutyShift | None:
    """The person's own duty, if it is still running."""
    if session.locked:
        return None
    try:
        return DutyService(session).my_open_shift()
    except CounselRoomError:
        return None


def may_quit(window: QWidget, session: Session) -> bool:
    """True if the application may close now; otherwise the window stays (and shows the checklist
    or the duty log if asked to). ``window`` needs ``go_to(page_key)``."""
    closing, duty = closing_needed(session), running_duty(session)
    if not closing and duty is None:
        return True
    box = QMessageBox(window)
    box.setObjectName("closingPrompt")
    box.setIcon(QMessageBox.Icon.Question)
    on_duty = QCoreApplication.translate(
        "ClosingPrompt", "You are still on duty (since {time}). End your duty in the duty log before leaving; a "
        "duty left running shows as never ended.").format(time=f"{duty.started_at:%H:%M}") if duty else ""
    if closing:
        box.setWindowTitle(QCoreApplication.translate("ClosingPrompt", "Closing checklist"))
        box.setText(QCoreApplication.translate("ClosingPrompt", "Today's closing checklist is not signed yet."))
        box.setInformativeText(" ".join(t for t in (QCoreApplication.translate(
            "ClosingPrompt", "The room's hours are over. Before leaving, check the windows, doors and power and sign "
            "the closing checklist (闭室检查); a day without it shows as missed."), on_duty) if t))
    else:
        box.setWindowTitle(QCoreApplication.translate("ClosingPrompt", "Duty log"))
        box.setText(QCoreApplication.translate("ClosingPrompt", "Your duty has not been ended."))
        box.setInformativeText(on_duty)
    targets: dict[QPushButton, str] = {}
    if closing:
        go = box.addButton(QCoreApplication.translate("ClosingPrompt", "Go to the checklist"),
                           QMessageBox.ButtonRole.AcceptRole)
        go.setObjectName("goToClosing")
        targets[go] = CLOSING_PAGE
    if duty is not None:
        end = box.addButton(QCoreApplication.translate("ClosingPrompt", "Go to the duty log"),
                            QMessageBox.ButtonRole.AcceptRole)
        end.setObjectName("goToDuty")
        # With both left, the duty comes first: whoever closes the room ends their duty before signing.
        targets = {end: DUTY_PAGE, **targets}
    leave = box.addButton(QCoreApplication.translate("ClosingPrompt", "Quit anyway"),
                          QMessageBox.ButtonRole.DestructiveRole)
    leave.setObjectName("quitAnyway")
    stay = box.addButton(QMessageBox.StandardButton.Cancel)
    stay.setObjectName("stay")
    box.setDefaultButton(next(iter(targets)))
    box.setEscapeButton(stay)
    box.exec()
    clicked = box.clickedButton()
    if clicked is leave:
        return True
    if clicked in targets:
        go_to = getattr(window, "go_to", None)
        if callable(go_to):
            go_to(targets[clicked])
    return False
