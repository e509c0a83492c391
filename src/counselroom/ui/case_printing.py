"""Printing or saving a client's case file and one visit record, from the case window and the clients page."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from counselroom.domain.errors import CounselRoomError
from counselroom.domain.visits import Visit
from counselroom.services.printing import PrintService
from counselroom.services.session import Session, WorkerSession
from counselroom.ui.break_glass import with_reason
from counselroom.ui.context import AppContext
from counselroom.ui.modal_work import wait_for
from counselroom.ui.pdf_output import output_pdf


def _build(ctx: AppContext, parent: QWidget, build: Callable[[Session, str | None], bytes],
           on_error: Callable[[CounselRoomError], object]) -> bytes | None:
    """The PDF, built on a worker (the window keeps painting), asking the supervisor's reason if
    needed; None when there is none (already told) or the records locked meanwhile."""
    text = QCoreApplication.translate("CasePrinting", "Preparing the document…")

    def in_worker(reason: str | None) -> bytes:
        worker = ctx.session.auditing_reader()
        try:
            return wait_for(parent, text, lambda: _run(worker, build, reason))
        finally:
            # A reason given for another counsellor's case is asked once per session.
            if not ctx.session.locked:
                ctx.session.break_glass.update(worker.reasons)

    pdf = with_reason(parent, in_worker, on_error)
    if pdf is None or ctx.session.locked or not isValid(parent):
        return None
    return pdf


def _run(worker: WorkerSession, build: Callable[[Session, str | None], bytes], reason: str | None) -> bytes:
    with worker as session:
        return build(session, reason)


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
            ctx, parent, lambda session, reason: PrintService(session, ctx.language).case_file(client_id, reason=reason),
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
            ctx, parent, lambda session, reason: PrintService(session, ctx.language).visit_record(visit_id, reason=reason),
            on_error),
        title=title, file_name=f"{case_no}-visit-{visit.session_no}.pdf", warning=_save_warning(client_name),
        record=lambda output: PrintService(ctx.session, ctx.language).record_output(
            "visit_record", visit_id, output, client_id=client_id),
        on_error=on_error)
