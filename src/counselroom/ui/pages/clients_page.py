"""Clients (来访者): find as you type, register, edit, deactivate, import a student list."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QSplitter,
    QVBoxLayout, QWidget,
)

from counselroom.domain.cases import CaseStatus
from counselroom.domain.clients import Client, ClientQuery
from counselroom.domain.errors import CounselRoomError, PermissionDenied
from counselroom.services.cases import CaseService
from counselroom.services.clients import ClientService
from counselroom.services.roster_import import RosterImportService
from counselroom.ui.context import AppContext
from counselroom.ui.dialogs.client_form import (
    ClientFormDialog, age_text, client_type_label, gender_label, referral_label,
)
from counselroom.ui.dialogs.roster_import_dialog import RosterImportDialog
from counselroom.ui.messages import field_label, message
from counselroom.ui.models.rows_model import SORT_ROLE, RowsModel
from counselroom.ui.pages.base import Page
from counselroom.ui.styles import HINT_STYLE
from counselroom.ui.widgets.record_table import RecordTable, sorted_proxy

TABLE_STYLE = "QTableView::item { padding: 0 8px; }"
INACTIVE_COLOUR = "#9aa0a6"
FILTER_DELAY_MS = 150


class ClientsModel(RowsModel):
    CASE_NO, NAME, GENDER, AGE, TYPE, CLASS, REFERRAL = range(7)

    def __init__(self, today, parent=None) -> None:
        super().__init__(parent)
        self._today = today

    def set_clients(self, clients: list[Client]) -> None:
        self.set_rows(clients)

    def client_at(self, row: int) -> Client:
        return self.row_at(row)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Case no."), self.tr("Name"), self.tr("Gender"), self.tr("Age"),
                self.tr("Type"), self.tr("Grade / class"), self.tr("Referred by"))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        client, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(client, col)
        if role == SORT_ROLE:
            if col == self.AGE:
                age = client.age(self._today)
                return -1 if age is None else age
            return self._text(client, col)
        if not client.active:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(INACTIVE_COLOUR))
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setItalic(True)
                return font
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Inactive: kept with its history, hidden from the everyday list.")
        return None

    def _text(self, client: Client, col: int) -> str:
        if col == self.CASE_NO:
            return client.case_no
        if col == self.NAME:
            return client.name if client.active else self.tr("{name} (inactive)").format(name=client.name)
        if col == self.GENDER:
            return gender_label(client.gender)
        if col == self.AGE:
            age = client.age(self._today)
            return "—" if age is None else str(age)
        if col == self.TYPE:
            return client_type_label(client.client_type)
        if col == self.CLASS:
            return " ".join(p for p in (client.grade, client.class_name) if p)
        return referral_label(client.referral_source)


class ClientDetail(QFrame):
    """The selected client's registration and, for clinicians, their cases."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("clientDetail")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(260)
        column = QVBoxLayout(self)
        column.setContentsMargins(16, 12, 16, 12)
        column.setSpacing(8)
        self.heading = QLabel(self)
        self.heading.setObjectName("detailName")
        self.heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.heading.setWordWrap(True)
        column.addWidget(self.heading)
        self.grid = QFormLayout()
        self.grid.setHorizontalSpacing(12)
        self.grid.setVerticalSpacing(4)
        self.values: dict[str, QLabel] = {}
        for name in ("case_no", "gender", "birth_date", "client_type", "class", "student_no",
                     "contact", "guardian", "referral", "notes"):
            value = QLabel(self)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[name] = value
            self.grid.addRow(self._label(name), value)
        column.addLayout(self.grid)
        self.cases_heading = QLabel(self.tr("Cases"), self)
        self.cases_heading.setStyleSheet("font-weight: 600; margin-top: 8px;")
        column.addWidget(self.cases_heading)
        self.cases = QLabel(self)
        self.cases.setObjectName("detailCases")
        self.cases.setWordWrap(True)
        self.cases.setTextFormat(Qt.TextFormat.PlainText)
        column.addWidget(self.cases)
        column.addStretch(1)
        self.clear()

    def _label(self, name: str) -> QLabel:
        text = {
            "case_no": self.tr("Case no."), "class": self.tr("Grade / class"),
            "guardian": field_label("guardian_name"), "referral": field_label("referral_source"),
        }.get(name) or field_label(name)
        label = QLabel(text, self)
        label.setStyleSheet(HINT_STYLE)
        return label

    def clear(self) -> None:
        self.heading.setText(self.tr("No client selected"))
        for value in self.values.values():
            value.clear()
        self.cases.clear()
        self.cases.setStyleSheet(HINT_STYLE)
        self.cases.setText(self.tr("Select a client in the list to see the details."))

    def show_client(self, client: Client, today, case_lines: list[str] | None) -> None:
        self.heading.setText(client.name if client.active
                             else self.tr("{name} (inactive)").format(name=client.name))
        v = self.values
        v["case_no"].setText(client.case_no)
        v["gender"].setText(gender_label(client.gender))
        born = client.birth_date.isoformat() if client.birth_date else ""
        v["birth_date"].setText(f"{born}  ({age_text(client.birth_date, today)})" if born
                                else age_text(None, today))
        v["client_type"].setText(client_type_label(client.client_type))
        v["class"].setText(" ".join(p for p in (client.grade, client.class_name) if p) or "—")
        v["student_no"].setText(client.student_no or "—")
        v["contact"].setText(client.contact or "—")
        v["guardian"].setText(" ".join(p for p in (client.guardian_name, client.guardian_contact) if p) or "—")
        referral = referral_label(client.referral_source)
        v["referral"].setText(f"{referral} · {client.referral_note}" if client.referral_note else referral)
        v["notes"].setText(client.notes or "—")
        if case_lines is None:
            self.cases.setStyleSheet(HINT_STYLE)
            self.cases.setText(self.tr("Cases are shown to counsellors and the supervisor only."))
        elif not case_lines:
            self.cases.setStyleSheet(HINT_STYLE)
            self.cases.setText(self.tr("No case opened yet."))
        else:
            self.cases.setStyleSheet("")
            self.cases.setText("\n".join(case_lines))


class ClientsPage(Page):
    key = "clients"

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

        self._filter_timer = QTimer(self, singleShot=True, interval=FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self._reload)

        self.model = ClientsModel(ctx.session.today(), self)
        self.proxy = sorted_proxy(self.model, self)
        self.table = RecordTable("clientsTable", self.proxy, self, sort_column=ClientsModel.CASE_NO,
                                 order=Qt.SortOrder.DescendingOrder)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        # Double-click and Enter both "activate" a row.
        self.table.activated.connect(self._row_activated)

        self.detail = ClientDetail(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([760, 300])
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
        self._filter_timer.stop()
        self.close_dialogs()
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
        self._filter_timer.start()

    def _reload(self, *_args) -> None:
        self._load()

    def _load(self, select_id: int | None = None) -> None:
        self._filter_timer.stop()
        keep = select_id if select_id is not None else self._selected_id()
        query = ClientQuery(text=self.filter.text().strip(),
                            include_inactive=self.show_inactive.isChecked())
        try:
            clients = self._service().search(query)
        except CounselRoomError as err:
            self.model.clear()
            self.detail.clear()
            self.show_error(err)
            return
        self.model.set_clients(clients)
        self.table.resizeColumnsToContents()
        for col in range(self.model.columnCount() - 1):
            self.table.setColumnWidth(col, self.table.columnWidth(col) + 12)
        if keep is not None and (row := self.model.row_of(keep)) >= 0:
            self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
        else:
            self.detail.clear()
        self._update_buttons()
        if not self._status_timer.isActive():
            self._show_hint()

    def selected_client(self) -> Client | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.client_at(self.proxy.mapToSource(rows[0]).row())

    def _selected_id(self) -> int | None:
        client = self.selected_client()
        return client.id if client else None

    def _selection_changed(self, *_args) -> None:
        client = self.selected_client()
        if client is None:
            self.detail.clear()
        else:
            self.detail.show_client(client, self.model._today, self._case_lines(client.id))
        self._update_buttons()

    def _case_lines(self, client_id: int) -> list[str] | None:
        try:
            entries = CaseService(self.ctx.session).for_client(client_id)
        except PermissionDenied:
            return None  # assistants see no cases
        except CounselRoomError:
            return None
        lines = []
        for entry in entries:
            case = entry.case
            status = self.tr("open") if case.status is CaseStatus.OPEN else self.tr("closed")
            lines.append(self.tr("Case {number} · {status} · {counsellor} · opened {date}").format(
                number=case.number, status=status, counsellor=entry.counsellor_name or "—",
                date=case.opened_on.isoformat()))
        return lines

    def _update_buttons(self, *_args) -> None:
        client = self.selected_client()
        self.edit_button.setEnabled(client is not None)
        self.toggle_button.setEnabled(client is not None)
        active = client is None or client.active
        self.toggle_button.setText(self.tr("Deactivate") if active else self.tr("Reactivate"))
        self.toggle_button.setToolTip(
            self.tr("Hide the client from the everyday list; nothing is deleted.") if active
            else self.tr("Show the client in the everyday list again."))

    def _show_hint(self) -> None:
        self.status.setStyleSheet(HINT_STYLE)
        count = self.model.rowCount()
        if count == 0 and self.filter.text().strip():
            self.status.setText(self.tr("No client matches “{text}”.").format(text=self.filter.text().strip()))
        elif count == 0:
            self.status.setText(self.tr("No clients yet. Register one, or import a student list."))
        else:
            self.status.setText(self.tr("{count} client(s). Double-click a row to edit the registration.")
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
        self._load(select_id=client.id)
        if self.model.row_of(client.id) < 0 and self.filter.text():
            # The new name does not match the filter: show it anyway.
            self.filter.blockSignals(True)
            self.filter.clear()
            self.filter.blockSignals(False)
            self._load(select_id=client.id)
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
            self.show_done(self.tr("{imported} client(s) imported; {skipped} already registered "
                                    "were skipped.").format(imported=result.imported,
                                                            skipped=result.skipped_duplicates))

    def _report(self, exc: BaseException) -> None:
        if isinstance(exc, CounselRoomError):
            self.show_error(exc)
        else:
            QMessageBox.warning(self, self.title(), message("error"))
            sys.excepthook(type(exc), exc, exc.__traceback__)
