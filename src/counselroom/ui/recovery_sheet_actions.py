"""Printing or saving the recovery sheet, audited as what really happened."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from counselroom.domain.errors import CounselRoomError
from counselroom.services import recovery
from counselroom.services.session import Session
from counselroom.ui.messages import error_text
from counselroom.ui.pdf_output import output_pdf


def print_sheet(session: Session, groups: list[str], lang: str, parent: QWidget | None) -> bool:
    """Print the sheet; if the printer fails, "Save as PDF…" is offered (with its warning).

    True when the sheet was printed or saved; the audit log records which one."""
    return _output(session, groups, lang, parent, "print")


def save_sheet(session: Session, groups: list[str], lang: str, parent: QWidget | None) -> bool:
    return _output(session, groups, lang, parent, "pdf")


def _output(session: Session, groups: list[str], lang: str, parent: QWidget | None, how: str) -> bool:
    title = QCoreApplication.translate("RecoverySheet", "Recovery sheet")
    warning = QCoreApplication.translate(
        "RecoverySheet",
        "The PDF contains the recovery code. Save it only to a USB stick you take straight "
        "to a printer, print it, then delete the file. Never keep it on this computer.")

    def tell(err: CounselRoomError) -> None:
        QMessageBox.warning(parent, title, error_text(err))

    return output_pdf(parent, how, lambda: recovery.recovery_sheet_pdf(session, groups, lang), title=title,
                      file_name="CounselRoom-recovery-sheet.pdf", warning=warning,
                      record=lambda output: recovery.record_sheet_output(session, output), on_error=tell,
                      alternative=QCoreApplication.translate("RecoverySheet", "Save as PDF…")) is not None
