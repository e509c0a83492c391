"""The archive viewer (以备查阅): an opened quarterly archive, read-only, in a window of its own.

Everything comes from the :class:`ArchiveReader`, which holds the archive in memory:
the records are shown as escaped HTML, PDFs and scans through QBuffer-backed viewers.
Nothing is written to disk except a PDF the supervisor explicitly saves (warned and
audited). Closing the window, :meth:`ArchiveViewer.clear` or the records locking closes
the reader and empties every widget.

The archive page opens one with :func:`open_archive_viewer` (or builds an
:class:`ArchiveViewer` and shows it) after :class:`OpenArchiveDialog` emitted ``opened``.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QModelIndex, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QSizePolicy, QSplitter, QTabWidget,
    QTextBrowser, QVBoxLayout, QWidget,
)

from counselroom.domain.clients import Client
from counselroom.domain.errors import CounselRoomError
from counselroom.services.archive import ArchiveReader, ArchiveService
from counselroom.ui.archive_about import about_html
from counselroom.ui.archive_records_html import records_html
from counselroom.ui.context import AppContext
from counselroom.ui.dialogs.scan_viewer import PDF, ScanViewer
from counselroom.ui.messages import error_text
from counselroom.ui.models.archive_clients_model import ArchiveClientsModel
from counselroom.ui.models.audit_model import AuditModel
from counselroom.ui.pdf_output import output_pdf
from counselroom.ui.styles import ERROR_STYLE, OK_STYLE
from counselroom.ui.widgets.archive_banner import ArchiveBanner
from counselroom.ui.widgets.buttons import action_button
from counselroom.ui.widgets.hint_label import hint_label
from counselroom.ui.widgets.record_table import RecordTable, sorted_proxy


class ArchiveViewer(QWidget):
    """One opened archive, read-only, in a top-level window.

    ``closed`` is emitted once, when the window was closed or cleared (the reader is closed
    by then). The window also clears itself when the records lock (``ctx.locked``).
    """

    closed = Signal()

    def __init__(self, ctx: AppContext, reader: ArchiveReader, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.reader: ArchiveReader | None = reader
        self.service = ArchiveService(ctx.session, ctx.language)
        self._client: Client | None = None
        self._viewers: list[ScanViewer] = []
        self._closed = False
        self.setObjectName("archiveViewer")
        self.setWindowTitle(self.tr("Archive {quarter} — 以备查阅 (read-only)").format(
            quarter=str(reader.quarter)))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 10)
        layout.setSpacing(10)
        self.banner = ArchiveBanner(self, self.close)
        layout.addWidget(self.banner)
        # Its parts, by the names hosts and tests have always used.
        self.banner_title, self.banner_details = self.banner.title, self.banner.details
        self.provenance_label, self.close_button = self.banner.provenance_label, self.banner.close_button

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("archiveTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._clients_tab(), self.tr("Clients and records"))
        self.about_view = QTextBrowser(self)
        self.about_view.setObjectName("archiveAbout")
        self.about_view.setOpenLinks(False)
        self.tabs.addTab(self.about_view, self.tr("About this archive"))
        self.readme_view = QPlainTextEdit(self)
        self.readme_view.setObjectName("archiveReadme")
        self.readme_view.setReadOnly(True)
        self.readme_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.tabs.addTab(self.readme_view, self.tr("README"))
        self.audit_model = AuditModel(self)
        self.audit_table = RecordTable("archiveAudit", sorted_proxy(self.audit_model, self), self, sort_column=0,
                                       order=Qt.SortOrder.DescendingOrder)
        header = self.audit_table.horizontalHeader()
        for column, width in ((0, 175), (1, 130), (2, 190), (3, 120)):
            header.resizeSection(column, width)
        self.tabs.addTab(self.audit_table, self.tr("Audit log of the quarter"))
        layout.addWidget(self.tabs, 1)

        self.status = QLabel(self)
        self.status.setObjectName("archiveStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self._status_timer = QTimer(self, singleShot=True, interval=10000)
        self._status_timer.timeout.connect(self.status.clear)

        for keys, slot in (("Ctrl+F", self.focus_search), (QKeySequence.StandardKey.Print, self.print_case_file),
                           (QKeySequence.StandardKey.Close, self.close)):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.activated.connect(slot)
        ctx.locked.connect(self.clear)
        self._load(reader)
        self._resize_to_screen()
        self.search.setFocus()

    # -- building --------------------------------------------------------------------------------
    def _clients_tab(self) -> QWidget:
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("archiveSplitter")
        splitter.setChildrenCollapsible(False)

        left = QWidget(splitter)
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 8, 0, 0)
        column.setSpacing(6)
        self.search = QLineEdit(left)
        self.search.setObjectName("archiveSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Find: name, pinyin (e.g. zs), case no., class"))
        self.search.setToolTip(self.tr("Name, pinyin initials, case no., grade and class or student no.; "
                                       "the list follows as you type (Ctrl+F)"))
        self.search.textChanged.connect(self.filter_clients)
        self.search.returnPressed.connect(self._focus_list)
        column.addWidget(self.search)
        self.model = ArchiveClientsModel(self)
        self.proxy = sorted_proxy(self.model, self)
        self.table = RecordTable("archiveClients", self.proxy, left, sort_column=ArchiveClientsModel.CASE_NO)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        header = self.table.horizontalHeader()
        header.resizeSection(ArchiveClientsModel.NAME, 110)
        header.resizeSection(ArchiveClientsModel.CASE_NO, 100)
        column.addWidget(self.table, 1)
        self.count_label = hint_label("", left, "archiveClientCount")
        column.addWidget(self.count_label)

        right = QWidget(splitter)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 8, 0, 0)
        column.setSpacing(6)
        head = QHBoxLayout()
        head.setSpacing(8)
        self.client_label = QLabel(right)
        self.client_label.setObjectName("archiveClientName")
        self.client_label.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.client_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.client_label.setMinimumWidth(80)
        head.addWidget(self.client_label, 1)
        self.open_case_file_button = action_button(
            right, "openCaseFile", self.tr("Open case file (PDF)"),
            self.tr("Show the client's case file as it was archived, bound and ready to print"), self.open_case_file)
        self.print_button = action_button(
            right, "printCaseFile", self.tr("Print case file…"),
            self.tr("Print the archived case file (Ctrl+P); recorded in the audit log"), self.print_case_file)
        self.save_pdf_button = action_button(
            right, "saveCaseFile", self.tr("Save as PDF…"),
            self.tr("Save a copy of the archived case file as an unencrypted PDF; recorded in the audit log"),
            self.save_case_file)
        for button in (self.open_case_file_button, self.print_button, self.save_pdf_button):
            head.addWidget(button)
        column.addLayout(head)
        self.records_view = QTextBrowser(right)
        self.records_view.setObjectName("archiveRecords")
        self.records_view.setOpenLinks(False)
        self.records_view.setOpenExternalLinks(False)
        self.records_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.records_view.anchorClicked.connect(self._link_clicked)
        self.records_view.document().setDocumentMargin(10)
        column.addWidget(self.records_view, 1)
        self.empty_label = hint_label("", right, "archiveEmpty")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.empty_label, 1)

        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([360, 840])
        self.splitter = splitter
        return splitter

    def _resize_to_screen(self) -> None:
        screen = self.screen() or QApplication.primaryScreen()
        if screen is None:
            self.resize(1200, 820)
            return
        available = screen.availableGeometry().size()
        self.resize(min(1280, int(available.width() * 0.92)), min(900, int(available.height() * 0.9)))

    # -- loading ---------------------------------------------------------------------------------
    def _load(self, reader: ArchiveReader) -> None:
        self.banner.show_reader(reader)
        self.about_view.setHtml(about_html(reader))
        self.readme_view.setPlainText(reader.readme())
        self.audit_model.set_entries(reader.audit_rows(), reader.users())
        self.filter_clients("")

    # -- the client list ---------------------------------------------------------------------------
    def filter_clients(self, text: str | None = None) -> None:
        """The clients matching the search text (all without one); keeps the selection if it still matches."""
        if self.reader is None:
            return
        text = self.search.text() if text is None else text
        keep = self._client.id if self._client is not None else None
        try:
            clients = self.reader.clients(text.strip())
        except CounselRoomError as err:
            self._error(err)
            return
        # Reset quietly: the client still shown is not rendered again at each key typed.
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        self.model.set_rows(clients)
        selection.blockSignals(False)
        total = self.reader.counts.get("clients", len(clients))
        if not clients:
            self.count_label.setText(self.tr("No client in this archive matches \"{text}\".").format(
                text=text.strip()))
        elif text.strip():
            self.count_label.setText(self.tr("{shown} of {total} clients").format(shown=len(clients), total=total))
        else:
            self.count_label.setText(self.tr("{total} clients in this archive").format(total=total))
        if keep is not None and self.select_client(keep):
            return
        if clients:
            self.table.selectRow(0)
            self._current_changed(self.table.currentIndex())
        else:
            self._show_client(None)

    def clients_shown(self) -> list[Client]:
        return [self.table.record_at(self.proxy.index(r, 0)) for r in range(self.proxy.rowCount())]

    def select_client(self, client_id: int) -> bool:
        if not self.table.select_record(client_id):
            return False
        self.table.scrollTo(self.table.currentIndex())
        self._current_changed(self.table.currentIndex())
        return True

    def selected_client(self) -> Client | None:
        return self._client

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        if not current.isValid():
            self._show_client(None)
            return
        client = self.table.record_at(current)
        if self._client is None or client.id != self._client.id:
            self._show_client(client)

    def _show_client(self, client: Client | None) -> None:
        self._client = client
        records = None
        if client is not None and self.reader is not None:
            try:
                records = self.reader.records(client.id)
            except CounselRoomError as err:
                self._error(err)
        if records is None:
            self._client = None
            self.client_label.clear()
            self.records_view.clear()
            self.records_view.hide()
            self.empty_label.setText(self.tr("Choose a client on the left to see their records.")
                                     if self.reader is not None and self.model.rowCount() else "")
            self.empty_label.show()
            self._update_buttons()
            return
        assert client is not None and self.reader is not None   # the records were read for them
        names = {}
        for visit in (v for case in records.cases for v in case.visits):
            for other in visit.content.participants:
                if other not in names:
                    try:
                        names[other] = self.reader.client(other).name
                    except CounselRoomError:
                        pass
        self.client_label.setText(f"{client.name}  {client.case_no}")
        self.client_label.setToolTip(self.client_label.text())
        self.records_view.setHtml(records_html(records, self.ctx.language, names))
        self.empty_label.hide()
        self.records_view.show()
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_file = (self.reader is not None and self._client is not None
                    and self.reader.case_file_name(self._client.id) is not None)
        for button in (self.open_case_file_button, self.print_button, self.save_pdf_button):
            button.setEnabled(has_file)
        tip = "" if has_file or self._client is None else self.tr("The archive holds no case file for this client.")
        self.client_label.setStatusTip(tip)

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.search.setFocus()
        self.search.selectAll()

    def _focus_list(self) -> None:
        self.table.setFocus()

    # -- documents -----------------------------------------------------------------------------------
    def _case_file(self) -> tuple[Client, bytes] | None:
        client = self._client
        if client is None or self.reader is None:
            return None
        try:
            return client, self.reader.case_file(client.id)
        except CounselRoomError as err:
            self._error(err)
            return None

    def open_case_file(self) -> ScanViewer | None:
        """The archived case file in a viewer (from memory; printing it is audited)."""
        found = self._case_file()
        if found is None:
            return None
        client, pdf = found
        assert self.reader is not None   # _case_file() read it
        viewer = ScanViewer(parent=self, title=self.tr("Case file of {name} (archive {quarter})").format(
            name=client.name, quarter=str(self.reader.quarter)),
            on_printed=partial(self._record_output, "case_file", client.id, "print"))
        viewer.print_button.setToolTip(self.tr("Print the case file (recorded in the audit log)"))
        viewer.hint.setText(self.tr("Ctrl + mouse wheel zooms. The case file is shown from the archive in memory "
                                    "and is not saved anywhere."))
        name = (self.reader.case_file_name(client.id) or "").rsplit("/", 1)[-1]
        viewer.load(name, PDF, pdf)
        self._show_viewer(viewer)
        return viewer

    def show_consent_form(self, consent_id: int) -> ScanViewer | None:
        if self.reader is None or self._client is None:
            return None
        try:
            name, mime, data = self.reader.attachment(consent_id)
        except CounselRoomError as err:
            self._error(err)
            return None
        viewer = ScanViewer(parent=self, on_printed=partial(self._record_output, "consent_form",
                                                             self._client.id, "print"))
        viewer.hint.setText(self.tr("Ctrl + mouse wheel zooms. The scan is shown from the archive in memory and "
                                    "is not saved anywhere."))
        viewer.load(name, mime, data)
        self._show_viewer(viewer)
        return viewer

    def _show_viewer(self, viewer: ScanViewer) -> None:
        self._viewers.append(viewer)
        viewer.finished.connect(self._viewer_closed)
        viewer.show()
        viewer.raise_()

    def _viewer_closed(self) -> None:
        viewer = self.sender()
        if viewer in self._viewers:
            self._viewers.remove(viewer)
            viewer.deleteLater()

    def viewers(self) -> list[ScanViewer]:
        return list(self._viewers)

    def _link_clicked(self, url: QUrl) -> None:
        if url.scheme() == "consent" and url.path().isdigit():
            self.show_consent_form(int(url.path()))

    def print_case_file(self) -> None:
        found = self._case_file()
        if found is None:
            return
        client, pdf = found
        output_pdf(self, "print", lambda: pdf, title=self.tr("Case file of {name}").format(name=client.name),
                   record=lambda how: self._record_output("case_file", client.id, how, report=True),
                   on_error=self._error, say=self._done,
                   printed=self.tr("The case file of {name} was sent to the printer.").format(name=client.name))

    def save_case_file(self) -> None:
        found = self._case_file()
        if found is None:
            return
        client, pdf = found
        assert self.reader is not None   # _case_file() read it
        warning = self.tr(
            "The PDF holds confidential counselling records of {name} and is not encrypted. Save it only where "
            "nobody else can open it, such as a USB stick you keep locked away, and delete it once it is printed "
            "or no longer needed. Saving is recorded in the audit log.").format(name=client.name)
        name = self.tr("{case_no}-case-file-{quarter}.pdf").format(case_no=client.case_no,
                                                                   quarter=str(self.reader.quarter))
        output_pdf(self, "pdf", lambda: pdf, file_name=name, warning=warning,
                   record=lambda how: self._record_output("case_file", client.id, how, report=True),
                   on_error=self._error, say=self._done,
                   saved=lambda path: self.tr("The case file of {name} was saved as {path}.").format(
                       name=client.name, path=path))

    def _record_output(self, what: str, client_id: int, how: str, report: bool = True) -> bool:
        """Audit a print or save that has happened; raises nothing (a failure is shown)."""
        if self.reader is None:
            return False
        try:
            self.service.record_output(self.reader, what, client_id, how)
        except CounselRoomError as err:
            if report:
                self._error(err)
            return False
        return True

    # -- messages ------------------------------------------------------------------------------------
    def _done(self, text: str) -> None:
        self.status.setStyleSheet(OK_STYLE)
        self.status.setText(text)
        self._status_timer.start()

    def _error(self, err: CounselRoomError) -> None:
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(error_text(err))
        self._status_timer.start()
        QMessageBox.warning(self, self.windowTitle(), error_text(err))

    # -- forgetting ----------------------------------------------------------------------------------
    @property
    def is_open(self) -> bool:
        return self.reader is not None

    def clear(self) -> None:
        """Close the reader, close the document viewers, empty every widget and close the window."""
        if self._closed:
            return
        self._closed = True
        try:
            self.ctx.locked.disconnect(self.clear)
        except (RuntimeError, TypeError):
            pass
        for viewer in list(self._viewers):
            viewer.clear()
            viewer.reject()
        self._viewers.clear()
        reader, self.reader = self.reader, None
        if reader is not None:
            reader.close()
        self._client = None
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self.model.clear()
        self.audit_model.clear()
        for view in (self.records_view, self.about_view, self.readme_view):
            view.clear()
        for label in (self.client_label, self.count_label, self.status, self.empty_label):
            label.clear()
        self.banner.clear()
        self.client_label.setToolTip("")
        self._update_buttons()
        self._status_timer.stop()
        _OPEN.discard(self)
        self.close()
        self.closed.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        if event.isAccepted() and not self._closed:
            self.clear()


#: Viewers opened by :func:`open_archive_viewer` without a parent, kept alive until closed.
_OPEN: set[ArchiveViewer] = set()


def open_archive_viewer(ctx: AppContext, reader: ArchiveReader, parent: QWidget | None = None) -> ArchiveViewer:
    """Show ``reader`` in a new archive window, in front; the window owns (and closes) the reader."""
    viewer = ArchiveViewer(ctx, reader, parent)
    if parent is None:
        _OPEN.add(viewer)
    viewer.show()
    viewer.raise_()
    viewer.activateWindow()
    return viewer
