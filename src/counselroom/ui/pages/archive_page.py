"""Archive (归档, supervisor): whether the last quarter is archived, archiving one, the
archives made so far with their receipts, and opening an archive to look something up.

An export a crash interrupted is settled when the page is shown (in the background: the
archive is read back from the drive) and what was done is said in the status line; one whose
drive is not plugged in is named until it is."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from counselroom.domain.access import may_administer
from counselroom.domain.errors import CounselRoomError
from counselroom.services.archive import ArchiveService, PendingExport, Quarter
from counselroom.storage.quarter_repo import ArchivedExport
from counselroom.ui.archive_receipt_printing import send_receipt
from counselroom.ui.archive_reconcile import reconciled_text, waiting_text
from counselroom.ui.archive_viewer import ArchiveViewer, open_archive_viewer
from counselroom.ui.context import AppContext
from counselroom.ui.dialogs.archive_export_dialog import ArchiveExportDialog
from counselroom.ui.dialogs.open_archive_dialog import OpenArchiveDialog
from counselroom.ui.messages import error_text
from counselroom.ui.models.archive_exports_model import ExportsModel
from counselroom.ui.pages.base import Page
from counselroom.ui.styles import BOLD, ERROR_STYLE, HINT_STYLE, OK_STYLE, WARNING_INK
from counselroom.ui.widgets.archive_export_steps import quarter_label
from counselroom.ui.widgets.hint_label import hint_label
from counselroom.ui.widgets.record_table import RecordTable, sorted_proxy
from counselroom.ui.workers import run_in_background

DUE_STYLE = f"color: {WARNING_INK};" + BOLD


@dataclass(frozen=True)
class _Listing:
    """What the page shows, gathered on a worker."""

    exports: list[ArchivedExport]
    suggested: Quarter
    due: Quarter | None
    #: Interrupted exports, which :meth:`ArchivePage._reconcile` settles.
    interrupted: list[PendingExport]
    #: Those of them whose drive is not plugged in: named until it is.
    waiting: list[PendingExport]


def _listing(service: ArchiveService) -> _Listing:
    interrupted = service.interrupted()
    # Those whose drive is plugged in are settled once shown; asking a drive can be slow.
    waiting = [p for p in interrupted if not Path(p.target_dir).is_dir()]
    return _Listing(service.exports(), service.suggested_quarter(), service.due(), interrupted, waiting)


class ArchivePage(Page):
    key = "archive"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.viewers: list[ArchiveViewer] = []
        layout = self.page_column()
        intro = hint_label(self.tr(
            "At the end of every quarter its records are archived onto a USB drive, encrypted with a passphrase, "
            "and the drive is locked away. The archive can be opened here again to look something up."))
        layout.addWidget(intro)
        self.due_label = QLabel(self)
        self.due_label.setObjectName("archiveDue")
        self.due_label.setWordWrap(True)
        layout.addWidget(self.due_label)
        self.interrupted_label = QLabel(self)
        self.interrupted_label.setObjectName("archiveInterrupted")
        self.interrupted_label.setWordWrap(True)
        self.interrupted_label.setStyleSheet(DUE_STYLE)
        self.interrupted_label.hide()
        layout.addWidget(self.interrupted_label)
        self._reconciling = False

        bar = QHBoxLayout()
        bar.setSpacing(8)
        self.export_button = self.make_button(
            "archiveQuarter", self.tr("Archive a quarter…"),
            self.tr("Write a quarter's records to a USB drive, encrypted, and check them"), self.archive_quarter)
        self.open_button = self.make_button(
            "openArchive", self.tr("Open an archive…"),
            self.tr("Look something up in an archive file (read-only)"), self.open_archive)
        self.print_button = self.make_button(
            "reprintReceipt", self.tr("Print the receipt…"),
            self.tr("Print the receipt of the chosen archive again (without the passphrase)"), self.print_receipt)
        self.save_button = self.make_button(
            "saveReceiptAgain", self.tr("Save the receipt as PDF…"),
            self.tr("Save the receipt of the chosen archive as a PDF file"), self.save_receipt)
        for button in (self.export_button, self.open_button):
            bar.addWidget(button)
        bar.addStretch(1)
        for button in (self.print_button, self.save_button):
            bar.addWidget(button)
        layout.addLayout(bar)

        layout.addWidget(self.section_label(self.tr("Archives made")))
        self.model = ExportsModel(self)
        self.proxy = sorted_proxy(self.model, self)
        self.table = RecordTable("exportsTable", self.proxy, self, sort_column=ExportsModel.EXPORTED,
                                 order=Qt.SortOrder.DescendingOrder)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        self.empty_label = hint_label("", self, "noExports")
        layout.addWidget(self.empty_label)
        self.add_status_line(layout, "archiveStatus", self._clear_status)
        self._update_buttons()

    # -- Page ---------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Archive")

    @classmethod
    def allowed_for(cls, user) -> bool:
        return may_administer(user)

    def refresh(self) -> None:
        self._list(reconcile=True)

    def _reconcile(self) -> None:
        """Settle interrupted exports in the background (the listing found some)."""
        if self._reconciling or self.ctx.session.locked:
            return
        service = ArchiveService(self.ctx.session, self.ctx.language)
        self._reconciling = True

        def done(results) -> None:
            self._reconciling = False
            if not shiboken6.isValid(self) or self.ctx.session.locked:
                return
            self._list()
            told = [t for t in (reconciled_text(r) for r in results) if t]
            if told:
                self.show_done(" ".join(told))

        def failed(exc: BaseException) -> None:
            self._reconciling = False
            if shiboken6.isValid(self) and isinstance(exc, CounselRoomError):
                self.show_error(exc)

        # Reads the archive back from the drive and writes through a connection of its own.
        run_in_background(service.reconcile, done, failed)

    def _list(self, reconcile: bool = False) -> None:
        language = self.ctx.language
        self.load(lambda session: _listing(ArchiveService(session, language)),
                  lambda listing: self._show_listing(listing, reconcile), failed=self._list_failed)

    def _list_failed(self, err: CounselRoomError) -> None:
        self.model.clear()
        self.due_label.setStyleSheet(ERROR_STYLE)
        self.due_label.setText(self.tr("The archives cannot be listed: {reason}").format(
            reason=error_text(err)))

    def _show_listing(self, listing: _Listing, reconcile: bool) -> None:
        exports, suggested, waiting = listing.exports, listing.suggested, listing.waiting
        self.interrupted_label.setText("\n".join(waiting_text(p) for p in waiting))
        self.interrupted_label.setVisible(bool(waiting))
        self.model.set_rows(exports)
        self.table.resizeColumnsToContents()
        if exports and not self.table.currentIndex().isValid():
            self.table.selectRow(0)
        self.empty_label.setText("" if exports else self.tr(
            "No quarter has been archived yet. \"Archive a quarter…\" guides you through it."))
        self.empty_label.setVisible(not exports)
        done = [e for e in exports if e.quarter == suggested]
        if done:
            self.due_label.setStyleSheet(OK_STYLE + BOLD)
            self.due_label.setText(self.tr("{quarter} is archived ({day}).").format(
                quarter=quarter_label(suggested), day=done[-1].exported_at.astimezone().strftime("%Y-%m-%d")))
        elif listing.due is not None:
            self.due_label.setStyleSheet(DUE_STYLE)
            self.due_label.setText(self.tr("{quarter} has ended and is not archived yet.").format(
                quarter=quarter_label(suggested)))
        else:
            self.due_label.setStyleSheet(HINT_STYLE)
            self.due_label.setText(self.tr("{quarter} holds no records to archive.").format(
                quarter=quarter_label(suggested)))
        self._update_buttons()
        if reconcile and listing.interrupted:
            self._reconcile()

    def clear_sensitive(self) -> None:
        self.close_dialogs()
        for viewer in list(self.viewers):
            self._close_viewer(viewer)
        self.model.clear()
        self.due_label.clear()
        self.interrupted_label.clear()
        self.interrupted_label.hide()
        self.status.clear()
        self._update_buttons()

    def _clear_status(self) -> None:
        self.status.clear()

    # -- the chosen archive -------------------------------------------------------------------
    def selected(self) -> ArchivedExport | None:
        return self.table.selected_record()

    def _update_buttons(self, *_args) -> None:
        chosen = self.selected() is not None
        self.print_button.setEnabled(chosen)
        self.save_button.setEnabled(chosen)

    def print_receipt(self) -> None:
        self._receipt("print")

    def save_receipt(self) -> None:
        self._receipt("pdf")

    def _receipt(self, how: str) -> None:
        export = self.selected()
        if export is None:
            return
        try:
            pdf = ArchiveService(self.ctx.session, self.ctx.language).receipt(export)
            done = send_receipt(self, self.ctx, pdf, file_name=export.file_name, export_id=export.id, how=how)
        except CounselRoomError as err:
            self.show_error(err)
            return
        if done:
            self.show_done(self.tr("Receipt printed.") if how == "print" else self.tr("Receipt saved."))

    # -- archiving ------------------------------------------------------------------------------
    def archive_quarter(self) -> None:
        try:
            dialog = ArchiveExportDialog(self.ctx, self)
        except CounselRoomError as err:
            self.show_error(err)
            return
        dialog.exported.connect(self._exported)
        self.open_dialog(dialog)

    def _exported(self, result) -> None:
        self.refresh()
        self.show_done(self.tr("{quarter} archived: {file}").format(quarter=str(result.quarter),
                                                                    file=str(result.path)))

    # -- looking something up -----------------------------------------------------------------
    def open_archive(self) -> None:
        dialog = OpenArchiveDialog(self.ctx, self)
        dialog.opened.connect(self._show_viewer)
        self.open_dialog(dialog)

    def _show_viewer(self, reader) -> None:
        self.viewers = [v for v in self.viewers if shiboken6.isValid(v) and v.is_open]
        self.viewers.append(open_archive_viewer(self.ctx, reader))

    def _close_viewer(self, viewer: ArchiveViewer) -> None:
        """On lock: the viewer forgets the archive (its reader is closed) and closes."""
        if shiboken6.isValid(viewer):
            viewer.clear()
        self.viewers.remove(viewer)
