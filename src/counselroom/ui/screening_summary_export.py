"""Letting a screening campaign's summary leave the room for the school's leadership (issue 17 §1).

Only the published summary goes out (``ScreeningService.published_summary``: small counts hidden as the
work reports hide them), as a PDF (printed or saved) or an Excel workbook, after the same warning the
work reports give; it is built on a worker with a read-only connection, written with
``storage/files.py``, and every copy that went out is logged (``ScreeningService.record_summary_output``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

from counselroom.domain.errors import CounselRoomError
from counselroom.services.screening import ScreeningService
from counselroom.services.settings_service import SettingsService
from counselroom.ui.context import AppContext
from counselroom.ui.messages import error_text
from counselroom.ui.modal_work import wait_for
from counselroom.ui.pages.base import Page
from counselroom.ui.pdf_output import output_pdf

#: The choices of the first question, by the name of their button.
CHOICES = {"exportPdf": "pdf", "exportXlsx": "xlsx", "exportPrint": "print"}


def choose_output(parent: QWidget | None) -> str | None:
    """"pdf", "xlsx" or "print", or None (cancelled)."""
    box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("ScreeningSummaryExport",
                                                                            "Export the summary"),
                      QCoreApplication.translate(
                          "ScreeningSummaryExport",
                          "The summary for the school's leadership: students counted by grade and class, small "
                          "counts hidden (\"<k\", \"x\"), no names or student numbers. How should it go out?"),
                      QMessageBox.StandardButton.Cancel, parent)
    buttons: dict[str, QPushButton] = {}
    for name, text in (("exportPdf", QCoreApplication.translate("ScreeningSummaryExport", "Save as PDF…")),
                       ("exportXlsx", QCoreApplication.translate("ScreeningSummaryExport", "Save as Excel…")),
                       ("exportPrint", QCoreApplication.translate("ScreeningSummaryExport", "Print…"))):
        button = box.addButton(text, QMessageBox.ButtonRole.AcceptRole)
        button.setObjectName(name)
        buttons[name] = button
    box.setDefaultButton(buttons["exportPdf"])
    box.exec()
    clicked = box.clickedButton()
    return next((CHOICES[name] for name, button in buttons.items() if button is clicked), None)


def _file_stem(ctx: AppContext, campaign_id: int) -> str:
    """``CounselRoom-screening-2026-11-02``: the campaign's first day, no names."""
    campaign = ScreeningService(ctx.session).get(campaign_id)
    return f"CounselRoom-screening-{campaign.starts_on.isoformat()}"


def build(ctx: AppContext, campaign_id: int, what: str, parent: QWidget | None) -> bytes | None:
    """The PDF or the workbook, made on a worker; None if the records locked meanwhile."""
    from counselroom.reports.screening_summary import build_screening_summary, build_screening_summary_xlsx

    reader = ctx.session.reader()
    lang = ctx.language

    def work() -> bytes:
        with reader as session:
            summary = ScreeningService(session).published_summary(campaign_id)
            room = SettingsService(session).room_name()
            if what == "xlsx":
                return build_screening_summary_xlsx(room_name=room, summary=summary, lang=lang)
            return build_screening_summary(room_name=room, summary=summary, printed_by=session.user.display_name,
                                           printed_at=session.wall_now(), lang=lang)

    made = wait_for(parent, QCoreApplication.translate("CasePrinting", "Preparing the document…"), work)
    return None if ctx.session.locked else made


def export_summary(ctx: AppContext, campaign_id: int, parent: QWidget | None, how: str | None = None) -> str | None:
    """Ask how (unless ``how`` is given), build, warn, save or print, log. Returns the saved path, "printed",
    or None when nothing went out."""
    how = how or choose_output(parent)
    if how is None:
        return None
    page = parent if isinstance(parent, Page) else None
    try:
        stem = _file_stem(ctx, campaign_id)
    except CounselRoomError as err:
        _say_error(parent, page, err)
        return None
    if how == "xlsx":
        return _save_xlsx(ctx, campaign_id, parent, page, stem)
    return output_pdf(
        parent, how, lambda: build(ctx, campaign_id, "pdf", parent),
        title=QCoreApplication.translate("ScreeningSummaryExport", "Screening summary"), file_name=stem + ".pdf",
        warning=QCoreApplication.translate(
            "ScreeningSummaryExport", "The summary holds the campaign's figures by grade and class, small counts "
                                      "hidden. Keep the file where only those it is meant for can read it."),
        record=lambda output: ScreeningService(ctx.session).record_summary_output(campaign_id, output),
        on_error=lambda err: _say_error(parent, page, err), say=page.show_done if page else None,
        printed=QCoreApplication.translate("ScreeningSummaryExport", "The summary was sent to the printer."),
        saved=lambda path: QCoreApplication.translate("ScreeningSummaryExport", "Saved as {path}.").format(path=path))


def _save_xlsx(ctx: AppContext, campaign_id: int, parent: QWidget | None, page: Page | None, stem: str) -> str | None:
    title = QCoreApplication.translate("ScreeningSummaryExport", "Save as Excel")
    answer = QMessageBox.warning(
        parent, title, QCoreApplication.translate(
            "ScreeningSummaryExport", "The workbook holds the campaign's figures by grade and class, small counts "
                                      "hidden. Keep the file where only those it is meant for can read it."),
        QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    if answer != QMessageBox.StandardButton.Ok:
        return None
    path, _ = QFileDialog.getSaveFileName(parent, title, stem + ".xlsx", "Excel (*.xlsx)")
    if not path:
        return None
    from counselroom.storage.files import write_atomically

    try:
        data = build(ctx, campaign_id, "xlsx", parent)
        if data is None:
            return None
        try:
            write_atomically(Path(path), data)
        except OSError:
            QMessageBox.warning(parent, title, QCoreApplication.translate(
                "ScreeningSummaryExport", "Nothing was saved: \"{path}\" could not be written (the drive may be "
                                          "full, removed or read-only).").format(path=path))
            return None
        ScreeningService(ctx.session).record_summary_output(campaign_id, "xlsx")
    except CounselRoomError as err:
        _say_error(parent, page, err)
        return None
    if page is not None:
        page.show_done(QCoreApplication.translate("ScreeningSummaryExport", "Saved as {path}.").format(path=path))
    return path


def _say_error(parent: QWidget | None, page: Page | None, err: CounselRoomError) -> None:
    if page is not None:
        page.show_error(err)
    else:
        QMessageBox.warning(parent, QCoreApplication.translate("ScreeningSummaryExport", "Export the summary"),
                            error_text(err))
