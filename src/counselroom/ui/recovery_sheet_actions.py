"""Printing or saving the recovery sheet, audited."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from counselroom.domain.errors import CounselRoomError
from counselroom.services import recovery
from counselroom.services.session import Session
from counselroom.ui.messages import error_text
from counselroom.ui.printing import print_pdf, save_pdf


def print_sheet(session: Session, groups: list[str], lang: str, parent: QWidget) -> bool:
    try:
        pdf = recovery.recovery_sheet_pdf(session, groups, lang)
        if print_pdf(pdf, parent, QCoreApplication.translate("RecoverySheet", "Recovery sheet")):
            recovery.record_sheet_output(session, "print")
            return True
    except CounselRoomError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("RecoverySheet", "Recovery sheet"), error_text(exc))
    return False


def save_sheet(session: Session, groups: list[str], lang: str, parent: QWidget) -> bool:
    try:
        pdf = recovery.recovery_sheet_pdf(session, groups, lang)
        warning = QCoreApplication.translate("RecoverySheet", 
            "The PDF contains the recovery code. Save it only to a USB stick you take straight "
            "to a printer, print it, then delete the file. Never keep it on this computer.")
        if save_pdf(pdf, parent, "CounselRoom-recovery-sheet.pdf", warning):
            recovery.record_sheet_output(session, "pdf")
            return True
    except CounselRoomError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("RecoverySheet", "Recovery sheet"), error_text(exc))
    return False
