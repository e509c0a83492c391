"""Printing or saving the receipt of a quarter's archive, from the export dialog and the archive page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from counselroom.services.printing import PrintService
from counselroom.ui.context import AppContext
from counselroom.ui.pdf_output import output_pdf

PRINTED_DOCUMENT = "archive_receipt"   # how the audit log names a printed receipt


def send_receipt(parent: QWidget, ctx: AppContext, pdf: bytes, *, file_name: str, export_id: int, how: str,
                 with_passphrase: bool = False) -> bool:
    """Print (``how`` = "print") or save ("pdf") an archive receipt; audited once it went out.

    A CounselRoomError from the audit goes to the caller."""
    warning = (QCoreApplication.translate(
        "ArchiveExportDialog", "The receipt holds no client data, but it has the passphrase on it: keep the "
                               "file locked away, never on the archive drive.")
               if with_passphrase else QCoreApplication.translate(
        "ArchiveExportDialog", "The receipt holds no client data: the file name, its checksum and the counts."))
    return output_pdf(parent, how, lambda: pdf,
                      title=QCoreApplication.translate("ArchiveExportDialog", "Archive receipt"),
                      file_name=f"{Path(file_name).stem}-receipt.pdf", warning=warning,
                      record=lambda output: PrintService(ctx.session, ctx.language).record_output(
                          PRINTED_DOCUMENT, export_id, output)) is not None
