"""Printing or saving a client's case file and one visit record, from the case window and the clients page."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QWidget

from counselroom.domain.errors import CounselRoomError
from counselroom.domain.visits import Visit
from counselroom.services.printing import PrintService
from counselroom.ui.break_glass import with_reason
from counselroom.ui.context import AppContext
from counselroom.ui.pdf_output import output_pdf


def _build(parent: QWidget, build: Callable[[str | None], bytes],
           on_error: Callable[[CounselRoomError], object]) -> bytes | None:
    """The PDF, asking the supervisor's reason if needed; None when there is none (already told)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return with_reason(parent, build, on_error)
    finally:
        QApplication.restoreOverrideCursor()


def _save_warning(client_name: str) -> str:
    return QCoreApplication.translate(
        "CasePrinting", "The PDF holds confidential counselling records of {name}. Save it only where nobody "
        "else can open it, such as a USB stick you keep locked away, and delete it once it is printed or no "
        "longer needed. Saving is recorded in the audit log.").format(name=client_name)


def output_case_file(ctx: AppContext, parent: QWidget, client_id: int, client_name: str, case_no: str,
                     how: str, on_error: Callable[[CounselRoomError], object]) -> str | None:
    """Print ("print") or save ("pdf") the client's file: every case the user may open, bound as one.

    Returns as :func:`output_pdf` does: PRINTED, the saved file's path, or None."""
    title = QCoreApplication.translate("CasePrinting", "Case file of {name}").format(name=client_name)
    return output_pdf(
        parent, how, lambda: _build(
            parent, lambda reason: PrintService(ctx.session, ctx.language).case_file(client_id, reason=reason),
            on_error),
        title=title, file_name=f"{case_no}-case-file.pdf", warning=_save_warning(client_name),
        record=lambda output: PrintService(ctx.session, ctx.language).record_output(
            "case_file", client_id, output, client_id=client_id),
        on_error=on_error)


def output_visit_record(ctx: AppContext, parent: QWidget, visit: Visit, client_name: str, case_no: str, how: str,
                        on_error: Callable[[CounselRoomError], object]) -> str | None:
    title = QCoreApplication.translate("CasePrinting", "Visit record {no} of {name}").format(
        no=visit.session_no, name=client_name)
    visit_id = visit.id
    client_id = visit.client_id
    return output_pdf(
        parent, how, lambda: _build(
            parent, lambda reason: PrintService(ctx.session, ctx.language).visit_record(visit_id, reason=reason),
            on_error),
        title=title, file_name=f"{case_no}-visit-{visit.session_no}.pdf", warning=_save_warning(client_name),
        record=lambda output: PrintService(ctx.session, ctx.language).record_output(
            "visit_record", visit_id, output, client_id=client_id),
        on_error=on_error)
