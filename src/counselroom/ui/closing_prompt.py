"""Quitting after the room's hours without a signed closing asks for it (R10).

The main window calls :func:`may_quit` from its ``closeEvent``. It asks only a
counsellor or the supervisor (who close the room), only while the records are
open, and only when today's opening hours are over and today's closing is not
signed. The choices: go to the checklist, quit anyway, or stay.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from counselroom.domain.errors import CounselRoomError
from counselroom.services.closing import ClosingService
from counselroom.services.session import Session

CLOSING_PAGE = "closing"


def closing_needed(session: Session) -> bool:
    """Whether quitting now should ask for the closing."""
    if session.locked:
        return False
    try:
        service = ClosingService(session)
        return service.may_sign() and service.needs_closing_now()
    except CounselRoomError:
        return False   # e.g. a password still to change: never stand between a person and quitting


def may_quit(window: QWidget, session: Session) -> bool:
    """True if the application may close now; otherwise the window stays (and shows the checklist
    if asked to). ``window`` needs ``go_to(page_key)``."""
    if not closing_needed(session):
        return True
    box = QMessageBox(window)
    box.setObjectName("closingPrompt")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("ClosingPrompt", "Closing checklist"))
    box.setText(QCoreApplication.translate("ClosingPrompt", "Today's closing checklist is not signed yet."))
    box.setInformativeText(QCoreApplication.translate(
        "ClosingPrompt", "The room's hours are over. Before leaving, check the windows, doors and power and sign "
        "the closing checklist (闭室检查); a day without it shows as missed."))
    go = box.addButton(QCoreApplication.translate("ClosingPrompt", "Go to the checklist"),
                       QMessageBox.ButtonRole.AcceptRole)
    go.setObjectName("goToClosing")
    leave = box.addButton(QCoreApplication.translate("ClosingPrompt", "Quit anyway"),
                          QMessageBox.ButtonRole.DestructiveRole)
    leave.setObjectName("quitAnyway")
    stay = box.addButton(QMessageBox.StandardButton.Cancel)
    stay.setObjectName("stay")
    box.setDefaultButton(go)
    box.setEscapeButton(stay)
    box.exec()
    clicked = box.clickedButton()
    if clicked is leave:
        return True
    if clicked is go:
        go_to = getattr(window, "go_to", None)
        if callable(go_to):
            go_to(CLOSING_PAGE)
    return False
