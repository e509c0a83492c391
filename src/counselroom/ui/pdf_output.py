"""The one way a screen prints a record built in memory or saves it as a PDF, and records that in the audit log."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from counselroom.domain.errors import CounselRoomError
from counselroom.services.printing import PrintService
from counselroom.ui.modal_work import wait_for
from counselroom.ui.pages.base import Page
from counselroom.ui.printing import PrintOutcome, print_pdf, print_pdf_outcome, save_pdf

PRINTED = "printed"   # what output_pdf returns once a document was printed (a saved one returns its path)


def output_pdf(parent: QWidget | None, how: str, build: Callable[[], bytes | None], *, title: str = "",
               file_name: str = "", warning: str = "", record: Callable[[str], object],
               on_error: Callable[[CounselRoomError], object] | None = None,
               say: Callable[[str], object] | None = None,
               printed: str = "", saved: Callable[[str], str] | None = None,
               alternative: str | None = None) -> str | None:
    """Print (``how`` = "print") or save ("pdf") the document ``build()`` makes, then audit and say so.

    ``build`` returns the PDF, or None once it has said why there is none (a supervisor who gave
    no reason). Printing asks for a printer (``title`` names the job); a failure is told there,
    offering another printer and, when given, ``alternative`` (e.g. "Save as PDF…"), which saves
    instead. Saving warns with ``warning`` first and proposes ``file_name``. Then
    ``record("print" or "pdf")`` writes the audit row; it may return False once it has said itself
    why it could not. A CounselRoomError from ``build`` or ``record`` goes to ``on_error`` (without
    one, to the caller). Last, ``say`` gets ``printed`` or ``saved(path)``.

    Returns PRINTED or the saved file's path once the document went out and was audited; None
    when nothing went out, or it could not be audited (which was told).
    """
    try:
        pdf = build()
    except CounselRoomError as err:
        if on_error is None:
            raise
        on_error(err)
        return None
    if pdf is None:
        return None
    output = how
    if how == "print":
        if alternative is None:
            if not print_pdf(pdf, parent, title):
                return None
        else:
            outcome = print_pdf_outcome(pdf, parent, title, alternative=alternative)
            if outcome is PrintOutcome.ALTERNATIVE:
                output = "pdf"
            elif outcome is not PrintOutcome.PRINTED:
                return None
    path = None
    if output == "pdf":
        path = save_pdf(pdf, parent, file_name, warning)
        if not path:
            return None
    try:
        if record(output) is False:
            return None
    except CounselRoomError as err:
        if on_error is None:
            raise
        on_error(err)
        return None
    text = printed if path is None else saved(path) if saved is not None else ""
    if say is not None and text:
        say(text)
    return path or PRINTED


class MonthPdf:
    """One page's month record (the closing checklist, the duty log). The words around it (job title, file
    name, warning, outcome) are the page's own, so each is a template with ``{year}``, ``{month}`` and,
    once saved, ``{path}``."""

    def __init__(self, page: Page, document: str, build: Callable[[PrintService, int, int], bytes]) -> None:
        self.page = page
        self.document = document   # as PrintService.record_output names it, e.g. "closing_month"
        self.build = build         # e.g. PrintService.closing_month

    def print(self, year: int, month: int, title: str, done: str) -> None:
        self._output(year, month, "print", title=title.format(year=year, month=month),
                     printed=done.format(year=year, month=month))

    def save(self, year: int, month: int, file_name: str, warning: str, done: str) -> None:
        self._output(year, month, "pdf", file_name=file_name.format(year=year, month=month), warning=warning,
                     saved=lambda path: done.format(year=year, month=month, path=path))

    def _built(self, year: int, month: int) -> bytes | None:
        """The month's PDF, made on a worker with a read-only connection (the window keeps painting);
        None if the records locked meanwhile."""
        ctx = self.page.ctx
        reader = ctx.session.reader()

        def work() -> bytes:
            with reader as session:
                return self.build(PrintService(session, ctx.language), year, month)

        pdf = wait_for(self.page, QCoreApplication.translate("CasePrinting", "Preparing the document…"), work)
        return None if ctx.session.locked else pdf

    def _output(self, year: int, month: int, how: str, *, title: str = "", file_name: str = "", warning: str = "",
                printed: str = "", saved: Callable[[str], str] | None = None) -> None:
        ctx = self.page.ctx
        output_pdf(self.page, how, lambda: self._built(year, month),
                   title=title, file_name=file_name, warning=warning,
                   record=lambda output: PrintService(ctx.session, ctx.language).record_output(
                       self.document, year * 100 + month, output),
                   on_error=self.page.show_error, say=self.page.show_done, printed=printed, saved=saved)
