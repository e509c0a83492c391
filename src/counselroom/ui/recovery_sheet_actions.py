"""Printing or saving the recovery sheet, audited as what really happened."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from counselroom.domain.errors import CounselRoomError
from counselroom.services import recovery
from counselroom.services.session import Session
from counselroom.ui.messages import error_text
from counselroom.ui.printing import PrintOutcome, print_pdf_outcome, save_pdf


def print_sheet(session: Session, groups: list[str], lang: str, parent: QWidget) -> bool:
    """Print the sheet; if the printer fails, "Save as PDF…" is offered (with its warning).

    True when the sheet was printed or saved; the audit log records which one."""
    try:
        pdf = recovery.recovery_sheet_pdf(session, groups, lang)
        outcome = print_pdf_outcome(pdf, parent, QCoreApplication.translate("RecoverySheet", "Recovery sheet"),
                                    alternative=QCoreApplication.translate("RecoverySheet", "Save as PDF…"))
        if outcome is PrintOutcome.PRINTED:
            recovery.record_sheet_output(session, "print")
            return True
        if outcome is PrintOutcome.ALTERNATIVE:
            return _save(session, pdf, parent)
    except CounselRoomError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("RecoverySheet", "Recovery sheet"), error_text(exc))
    return False


def save_sheet(session: Session, groups: list[str], lang: str, parent: QWidget) -> bool:
    try:
        return _save(session, recovery.recovery_sheet_pdf(session, groups, lang), parent)
    except CounselRoomError as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("RecoverySheet", "Recovery sheet"), error_text(exc))
    return False


def _save(session: Session, pdf: bytes, parent: QWidget) -> bool:
    warning = QCoreApplication.translate(
        "RecoverySheet",
        "The PDF contains the recovery code. Save it only to a USB stick you take straight "
        "to a printer, print it, then delete the file. Never keep it on this computer.")
    if save_pdf(pdf, parent, "CounselRoom-recovery-sheet.pdf", warning):
        recovery.record_sheet_output(session, "pdf")
        return True
    return False
