"""Clients (来访者): find as you type, register, edit, deactivate, import a student list."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLineEdit, QMessageBox, QSplitter, QWidget

from counselroom.domain.access import CaseAccess, may_see_clinical
from counselroom.domain.cases import Case
from counselroom.domain.clients import Client, ClientQuery
from counselroom.domain.errors import CounselRoomError
from counselroom.domain.plural import plural
from counselroom.services.cases import CaseEntry, CaseService
from counselroom.services.clients import ClientService
from counselroom.services.roster_import import RosterImportService
from counselroom.services.session import Session
from counselroom.ui.break_glass import with_reason
from counselroom.ui.context import AppContext
from counselroom.ui.crash_handler import report_unexpected
from counselroom.ui.case_printing import output_case_file
from counselroom.ui.dialogs.case_dialogs import OpenCaseDialog
from counselroom.ui.dialogs.case_window import CaseWindow
from counselroom.ui.dialogs.client_form import ClientFormDialog
from counselroom.ui.dialogs.roster_import_dialog import RosterImportDialog
from counselroom.ui.models.clients_model import ClientsModel
from counselroom.ui.pages.base import Page
from counselroom.ui.styles import HINT_STYLE
from counselroom.ui.widgets.client_detail import ClientDetail
from counselroom.ui.widgets.record_table import RecordTable, sorted_proxy

TABLE_STYLE = "QTableView::item { padding: 0 8px; }"


def case_entries(session: Session, client_id: int) -> list[CaseEntry] | None:
    """The client's cases with the user's access; None for assistants (who see no cases)."""
    if not may_see_clinical(session.user):
        return None
    try:
        return CaseService(session).for_client(client_id)
    except CounselRoomError:
        return None


class ClientsPage(Page):
    key = "clients"
    visit_opened = Signal(int)   # from a case window: a visit record to continue on the Visit records page

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)

        layout = self.page_column()

        bar = QHBoxLayout()
        bar.setSpacing(8)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("clientFilter")
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(self.tr("Find: name, pinyin initials (e.g. zs), case no. or class"))
        self.filter.setMinimumWidth(320)
        self.filter.textChanged.connect(self._filter_changed)
        bar.addWidget(self.filter, 1)
        self.show_inactive = QCheckBox(self.tr("Show inactive"), self)
        self.show_inactive.setObjectName("showInactive")
        self.show_inactive.toggled.connect(self._reload)
        bar.addWidget(self.show_inactive)
        bar.addSpacing(16)
        self.new_button = self.make_button("newClient", self.tr("Register client…"),
                                       self.tr("Register a new client (来访者)"), self.new_client)
        self.edit_button = self.make_button("editClient", self.tr("Edit…"),
                                        self.tr("Edit the selected client's registration"),
                                        self.edit_selected)
        self.toggle_button = self.make_button("toggleClient", self.tr("Deactivate"), "", self.toggle_active)
        self.import_button = self.make_button("importRoster", self.tr("Import list…"),
                                          self.tr("Register a class or grade from an Excel or CSV "
                                                  "student list"), self.import_roster)
        metrics = self.toggle_button.fontMetrics()
        self.toggle_button.setMinimumWidth(
            max(metrics.horizontalAdvance(t) for t in (self.tr("Deactivate"), self.tr("Reactivate"))) + 32)
        for button in (self.new_button, self.edit_button, self.toggle_button, self.import_button):
            bar.addWidget(button)
        layout.addLayout(bar)

        self.model = ClientsModel(ctx.session.today(), self)
        self.proxy = sorted_proxy(self.model, self)
        self.table = RecordTable("clientsTable", self.proxy, self, sort_column=ClientsModel.CASE_NO,
                                 order=Qt.SortOrder.DescendingOrder)
        # Columns fit the rows in view: measuring all of a search's rows (up to 200, Chinese text)
        # kept the window from answering for 200 ms at every keystroke.
        self.table.horizontalHeader().setResizeContentsPrecision(0)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        # Double-click and Enter both "activate" a row.
        self.table.activated.connect(self._row_activated)

        self.detail = ClientDetail(self)
        self.detail.case_list.currentRowChanged.connect(self._case_selection_changed)
        self.detail.case_list.itemActivated.connect(self._case_activated)
        self.detail.open_case_button.clicked.connect(self.open_selected_case)
        self.detail.new_case_button.clicked.connect(self.new_case)
        self.detail.print_file_action.triggered.connect(self.print_case_file)
        self.detail.save_file_action.triggered.connect(self.save_case_file)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([720, 340])
        layout.addWidget(splitter, 1)

        self.add_status_line(layout, "clientsStatus", self._show_hint)
        self._update_buttons()

    # -- Page ------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Clients")

    def refresh(self) -> None:
        self.model._today = self.ctx.session.today()
        self._reload()

    def clear_sensitive(self) -> None:
        self.close_dialogs()  # case windows too: they clear themselves and close
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.blockSignals(False)
        self.model.clear()
        self.detail.clear()
        self.status.clear()
        self._update_buttons()

    # -- loading ---------------------------------------------------------------
    def _service(self) -> ClientService:
        return ClientService(self.ctx.session)

    def _filter_changed(self, *_args) -> None:
        # Every keystroke loads at once: the older searches still under way are dropped, and
        # the table keeps what it shows until the newest answer arrives.
        self._load()

    def _reload(self, *_args) -> None:
        self._load()

    def _load(self, select_id: int | None = None, *, reveal: bool = False) -> None:
        """Load the list; ``reveal``: ``select_id`` was just saved and is shown even if it no
        longer matches the filter (the filter is cleared)."""
        keep = select_id if select_id is not None else self._selected_id()
        query = ClientQuery(text=self.filter.text().strip(),
                            include_inactive=self.show_inactive.isChecked())
        self.load(lambda session: ClientService(session).search(query),
                  lambda clients: self._show_clients(clients, keep, reveal and bool(query.text)),
                  failed=self._search_failed)

    def _search_failed(self, err: CounselRoomError) -> None:
        self.model.clear()
        self.detail.clear()
        self._update_buttons()
        self.show_error(err)

    def _show_clients(self, clients: list[Client], keep: int | None, reveal: bool) -> None:
        if reveal and keep is not None and all(c.id != keep for c in clients):
            # The new name does not match the filter: show it anyway.
            self.filter.blockSignals(True)
            self.filter.clear()
            self.filter.blockSignals(False)
            self._load(select_id=keep)
            return
        self.model.set_clients(clients)
        self.table.resizeColumnsToContents()
        for col in range(self.model.columnCount() - 1):
            self.table.setColumnWidth(col, self.table.columnWidth(col) + 12)
        if keep is not None:
            self.table.select_record(keep)
        else:
            self.detail.clear()
        self._update_buttons()
        if not self._status_timer.isActive():
            self._show_hint()

    def selected_client(self) -> Client | None:
        return self.table.selected_record()

    def _selected_id(self) -> int | None:
        client = self.selected_client()
        return client.id if client else None

    def _selection_changed(self, *_args) -> None:
        self._show_detail()

    def _show_detail(self, select_case: int | None = None) -> None:
        """The selected client beside the list. Their cases come from a load; until they are in,
        the panel keeps what it showed and its case buttons wait (see ``_detail_current``)."""
        client = self.selected_client()
        today = self.model._today
        if client is None:
            self.detail.clear()
        elif not may_see_clinical(self.ctx.user):
            self.detail.show_client(client, today, None)
        else:
            client_id = client.id
            self.load(lambda session: case_entries(session, client_id),
                      lambda entries: self._show_cases(client_id, today, entries, select_case), slot="detail")
        self._update_buttons()

    def _show_cases(self, client_id: int, today, entries: list[CaseEntry] | None,
                    select_case: int | None) -> None:
        client = self.selected_client()
        if client is None or client.id != client_id:
            return   # the selection moved on while the cases loaded
        self.detail.show_client(client, today, entries, select_case)
        self._update_buttons()

    def _detail_current(self) -> bool:
        """Whether the panel shows the selected client (not the one before, while the cases load)."""
        client = self.selected_client()
        return client is not None and self.detail.client_id == client.id

    def _update_buttons(self, *_args) -> None:
        client = self.selected_client()
        self.edit_button.setEnabled(client is not None)
        self.toggle_button.setEnabled(client is not None)
        active = client is None or client.active
        self.toggle_button.setText(self.tr("Deactivate") if active else self.tr("Reactivate"))
        self.toggle_button.setToolTip(
            self.tr("Hide the client from the everyday list; nothing is deleted.") if active
            else self.tr("Show the client in the everyday list again."))
        self._update_case_buttons()

    def _update_case_buttons(self, *_args) -> None:
        detail = self.detail
        current = self._detail_current()
        entry = detail.selected_entry()
        detail.new_case_button.setEnabled(current)
        may_open = entry is not None and entry.access is not CaseAccess.NONE
        detail.open_case_button.setEnabled(current and may_open)
        detail.open_case_button.setToolTip(
            self.tr("Open the selected case in its own window") if may_open or entry is None
            else self.tr("This case belongs to {counsellor}. The supervisor can share it with you.").format(
                counsellor=entry.counsellor_name or "—"))
        detail.file_button.setEnabled(current and any(e.access is not CaseAccess.NONE for e in detail.entries))

    def _show_hint(self) -> None:
        self.status.setStyleSheet(HINT_STYLE)
        count = self.model.rowCount()
        if count == 0 and self.filter.text().strip():
            self.status.setText(self.tr("No client matches \"{text}\".").format(text=self.filter.text().strip()))
        elif count == 0:
            self.status.setText(self.tr("No clients yet. Register one, or import a student list."))
        else:
            self.status.setText(plural(count, self.tr("{count} client. Double-click a row to edit the registration."),
                                       self.tr("{count} clients. Double-click a row to edit the registration."))
                                .format(count=count))

    # -- actions ---------------------------------------------------------------
    def new_client(self) -> None:
        dialog = ClientFormDialog(self._service(), None, self.ctx.session.today(), self)
        dialog.accepted.connect(self._client_saved)
        self.open_dialog(dialog)

    def _row_activated(self, *_args) -> None:
        self.edit_selected()

    def edit_selected(self) -> None:
        client = self.selected_client()
        if client is None:
            return
        try:
            fresh = self._service().get(client.id)  # audited view
        except CounselRoomError as err:
            self.show_error(err)
            self._load()
            return
        dialog = ClientFormDialog(self._service(), fresh, self.ctx.session.today(), self)
        dialog.accepted.connect(self._client_saved)
        self.open_dialog(dialog)

    def _client_saved(self) -> None:
        dialog = self.sender()
        client = getattr(dialog, "saved_client", None)
        if client is None:
            return
        self._load(select_id=client.id, reveal=True)
        self.show_done(self.tr("{name} saved (case no. {case_no}).").format(
            name=client.name, case_no=client.case_no))

    def toggle_active(self) -> None:
        client = self.selected_client()
        if client is None:
            return
        if client.active:
            answer = QMessageBox.question(
                self, self.tr("Deactivate client"),
                self.tr("Deactivate {name} ({case_no})?\n\nThe client disappears from the everyday "
                        "list; the registration, cases and history stay and you can reactivate "
                        "at any time.").format(name=client.name, case_no=client.case_no),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        try:
            changed = self._service().set_active(client.id, not client.active)
        except CounselRoomError as err:
            self.show_error(err)
            self._load()
            return
        self._load(select_id=changed.id)
        self.show_done((self.tr("{name} reactivated.") if changed.active
                         else self.tr("{name} deactivated.")).format(name=changed.name))

    def import_roster(self) -> None:
        dialog = RosterImportDialog(RosterImportService(self.ctx.session), self)
        dialog.accepted.connect(self._roster_imported)
        self.open_dialog(dialog)

    def _roster_imported(self) -> None:
        result = getattr(self.sender(), "result_", None)
        self._load()
        if result is not None:
            self.show_done(plural(result.imported,
                                  self.tr("{imported} client imported; already registered: {skipped}."),
                                  self.tr("{imported} clients imported; already registered: {skipped}."))
                           .format(imported=result.imported, skipped=result.skipped_duplicates))

    # -- cases ---------------------------------------------------------------------
    def _case_selection_changed(self, *_args) -> None:
        self.detail.describe_selected()
        self._update_case_buttons()

    def _case_activated(self, *_args) -> None:
        self.open_selected_case()

    def open_selected_case(self) -> None:
        entry = self.detail.selected_entry()
        if entry is None or not self._detail_current():
            return
        if entry.access is CaseAccess.NONE:
            QMessageBox.information(
                self, self.tr("Open case"),
                self.tr("This case belongs to {counsellor}. Only they can open it, or a counsellor the "
                        "supervisor shares it with.").format(counsellor=entry.counsellor_name or "—"))
            return
        self.open_case(entry.case.id)

    def case_windows(self) -> list[CaseWindow]:
        return [d for d in self._dialogs if isinstance(d, CaseWindow)]

    def open_case(self, case_id: int) -> CaseWindow | None:
        """Show the case in its own window (the one already open, if any); None if not opened."""
        for window in self.case_windows():
            if window.case_id == case_id:
                window.raise_()
                window.activateWindow()
                return window
        case = with_reason(self, lambda reason: CaseService(self.ctx.session).get(case_id, reason=reason),
                           self.show_error)
        if case is None:
            return None
        window = CaseWindow(self.ctx, case, self)
        window.case_changed.connect(self._case_changed)
        window.visit_opened.connect(self.visit_opened)
        # Non-modal: the page stays usable beside it. Tracked like the page's dialogs,
        # so the lock clears and closes it (see Page.close_dialogs).
        self._open_dialogs.track(window)
        window.show()
        return window

    def _case_changed(self, case_id: int) -> None:
        client = self.selected_client()
        window = self.sender()
        if client is not None and isinstance(window, CaseWindow) and window.client_id == client.id:
            self._show_detail(select_case=case_id)

    def new_case(self) -> None:
        client = self.selected_client()
        if client is None or not self._detail_current():
            return
        open_cases = [e for e in self.detail.entries if e.case.is_open]
        if open_cases:
            answer = QMessageBox.question(
                self, self.tr("New case"),
                self.tr("{name} already has an open case (case {number}). Open another one anyway?\n\n"
                        "A new case is for a new concern; further visits about the same concern belong "
                        "to the open case.").format(name=client.name, number=open_cases[-1].case.number),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                return
        dialog = OpenCaseDialog(self.ctx.session, client_id=client.id, client_name=client.name, parent=self)
        dialog.accepted.connect(self._case_opened)
        self.open_dialog(dialog)

    def _case_opened(self) -> None:
        case: Case | None = getattr(self.sender(), "saved_case", None)
        if case is None:
            return
        client = self.selected_client()
        if client is not None and client.id == case.client_id:
            self._show_detail(select_case=case.id)
        self.show_done(self.tr("Case {number} opened.").format(number=case.number))
        if case.counsellor_id == self.ctx.user.id:
            self.open_case(case.id)

    def print_case_file(self) -> None:
        self._case_file("print")

    def save_case_file(self) -> None:
        self._case_file("pdf")

    def _case_file(self, how: str) -> None:
        client = self.selected_client()
        if client is None:
            return
        try:
            done = output_case_file(self.ctx, self, client.id, client.name, client.case_no, how, self.show_error)
        except CounselRoomError as err:
            self.show_error(err)
            return
        if done is None:
            return
        if how == "print":
            self.show_done(self.tr("Case file of {name} sent to the printer.").format(name=client.name))
        else:
            self.show_done(self.tr("Case file of {name} saved to {path}.").format(name=client.name, path=done))

    def _report(self, exc: BaseException) -> None:
        if isinstance(exc, CounselRoomError):
            self.show_error(exc)
        else:
            report_unexpected(exc)  # one box: the crash note's, with where the note is
