"""The case window's informed-consent panel (知情同意, R9): the client's consents, their signed forms."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog, QFileDialog, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QStyledItemDelegate, QVBoxLayout,
    QWidget,
)

from counselroom.domain.access import may_see_clinical
from counselroom.domain.cases import Case
from counselroom.domain.consent import Consent, ConsentKind
from counselroom.domain.errors import CounselRoomError
from counselroom.services.consent import ConsentService
from counselroom.ui.context import AppContext
from counselroom.ui.dialogs.consent_dialog import (
    ConsentDialog, WithdrawDialog, giver_label, kind_label, read_scan, scan_file_filter, size_text,
)
from counselroom.ui.messages import error_text
from counselroom.ui.models.rows_model import SORT_ROLE, RowsModel
from counselroom.ui.open_dialogs import OpenDialogs
from counselroom.ui.styles import ERROR_STYLE, HINT_STYLE, OK_STYLE
from counselroom.ui.widgets.buttons import action_button
from counselroom.ui.widgets.record_table import RecordTable, sorted_proxy
from counselroom.ui.widgets.scan_viewer import ScanViewer

WITHDRAWN_COLOUR = QColor("#80868b")
STATUS_MS = 8000
SCOPE_SHOWN = 60
SCAN_COLUMN_MAX = 170   # characters of the scope in the table; the tooltip has all of it

(COL_KIND, COL_APPLIES, COL_GIVER, COL_DATE, COL_SCOPE, COL_LIMITS, COL_SCAN, COL_WITHDRAWN) = range(8)


class ConsentModel(RowsModel[Consent]):
    """The consents shown for one case: its own and the client-level ones."""

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Consent to"), self.tr("Applies to"), self.tr("Given by"), self.tr("Signed on"),
                self.tr("Scope"), self.tr("Limits\nexplained"), self.tr("Signed form"), self.tr("Withdrawn"))

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 - Qt API
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            if section == COL_LIMITS:
                return self.tr("Whether the limits of confidentiality (保密例外) were explained")
            if section == COL_APPLIES:
                return self.tr("Given for this case, or for all of the client's cases")
        return super().headerData(section, orientation, role)

    def _applies(self, consent: Consent) -> str:
        return self.tr("This case") if consent.case_id is not None else self.tr("All cases")

    @staticmethod
    def _withdrawn_text(consent: Consent) -> str:
        return consent.withdrawn_on.isoformat() if consent.withdrawn_on else "—"

    def _scan(self, consent: Consent) -> str:
        if not consent.attachment_name:
            return self.tr("Not attached")
        return self.tr("{name} ({size})").format(name=consent.attachment_name,
                                                 size=size_text(consent.attachment_size))

    def text(self, consent: Consent, column: int) -> str:
        if column == COL_KIND:
            return kind_label(consent.kind)
        if column == COL_APPLIES:
            return self._applies(consent)
        if column == COL_GIVER:
            return giver_label(consent.given_by)
        if column == COL_DATE:
            return consent.given_on.isoformat()
        if column == COL_SCOPE:
            scope = " ".join(consent.scope.split())
            return scope if len(scope) <= SCOPE_SHOWN else scope[:SCOPE_SHOWN - 1] + "…"
        if column == COL_LIMITS:
            return self.tr("Yes") if consent.limits_explained else self.tr("No")
        if column == COL_SCAN:
            return self._scan(consent)
        return self._withdrawn_text(consent)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        consent = self.row_at(index.row())
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(consent, column)
        if role == SORT_ROLE:
            if column == COL_DATE:
                return consent.given_on.isoformat()
            if column == COL_WITHDRAWN:
                return consent.withdrawn_on.isoformat() if consent.withdrawn_on else ""
            return self.text(consent, column)
        if role == Qt.ItemDataRole.ForegroundRole and not consent.active:
            return WITHDRAWN_COLOUR
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(consent, column)
        if role == Qt.ItemDataRole.UserRole:
            return consent.id
        return None

    def _tooltip(self, consent: Consent, column: int) -> str | None:
        if column == COL_SCOPE and consent.scope:
            return consent.scope
        if column == COL_SCAN:
            if not consent.attachment_name:
                return self.tr("No scan attached yet: use “Attach scan…”")
            return self.tr("{file}\nDouble-click the row to view the signed form.").format(
                file=self._scan(consent))
        if column == COL_WITHDRAWN and not consent.active:
            note = consent.withdrawal_note or self.tr("(no note)")
            return self.tr("Withdrawn on {date}: {note}").format(date=consent.withdrawn_on.isoformat(), note=note)
        return None


class _MiddleElided(QStyledItemDelegate):
    """File names keep their ending (type and size) when the column is narrow."""

    def initStyleOption(self, option, index) -> None:  # noqa: N802 - Qt API
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle


class ConsentPanel(QWidget):
    """The consents of the shown case's client: those given for this case and those for all cases.

    Record, attach the scanned signed form, view it (in memory only) and withdraw.
    ``changed`` is emitted after anything was saved.
    """

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("consentPanel")
        self._case: Case | None = None
        self._open_dialogs = OpenDialogs(self)
        self._dialogs = self._open_dialogs.items
        self._allowed = may_see_clinical(ctx.user)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)

        self.hint = QLabel(self)
        self.hint.setObjectName("consentHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE)
        layout.addWidget(self.hint)

        self.model = ConsentModel(self)
        self.proxy = sorted_proxy(self.model, self)
        self.table = RecordTable("consentsTable", self.proxy, self, sort_column=COL_DATE,
                                 order=Qt.SortOrder.DescendingOrder)
        # A client has a handful of consents: newest first, and no sort arrows taking the room of the scope.
        self.table.setSortingEnabled(False)
        self.proxy.sort(COL_DATE, Qt.SortOrder.DescendingOrder)
        self.table.setItemDelegateForColumn(COL_SCAN, _MiddleElided(self.table))
        self.table.activated.connect(self._row_activated)   # double-click or Enter
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        # The selected consent in full: the table shows only the start of the scope.
        self.details = QLabel(self)
        self.details.setObjectName("consentDetails")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.hide()
        layout.addWidget(self.details)

        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        self.record_button = action_button(self, "recordConsent", self.tr("Record consent…"),
                                           self.tr("Record a consent given on a signed form"), self.record_consent)
        self.attach_button = action_button(
            self, "attachScan", self.tr("Attach scan…"),
            self.tr("Attach or replace the scan of the selected consent's signed form"), self.attach_scan)
        self.view_button = action_button(
            self, "viewScan", self.tr("View scan"),
            self.tr("Show the selected consent's signed form (recorded in the audit log)"), self.view_scan)
        self.withdraw_button = action_button(self, "withdrawConsent", self.tr("Withdraw…"),
                                             self.tr("Record that the selected consent was withdrawn"),
                                             self.withdraw_consent)
        for button in (self.record_button, self.attach_button, self.view_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.withdraw_button)
        layout.addLayout(buttons)

        self.status = QLabel(self)
        self.status.setObjectName("consentStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self._status_timer = QTimer(self, singleShot=True, interval=STATUS_MS)
        self._status_timer.timeout.connect(self.status.clear)

        if not self._allowed:
            self.table.hide()
            for button in (self.record_button, self.attach_button, self.view_button, self.withdraw_button):
                button.hide()
        ctx.locked.connect(self.clear)
        self._show_hint()
        self._update_buttons()

    def _service(self) -> ConsentService:
        return ConsentService(self.ctx.session)

    # -- the panel contract -------------------------------------------------------------------
    def show_case(self, case: Case) -> None:
        """Show the consents of ``case``'s client that concern this case: its own and the client-level ones."""
        if self._case is None or self._case.id != case.id:
            self._close_dialogs()
        self._case = case
        self._status_timer.stop()
        self.status.clear()
        self._reload()

    def clear(self) -> None:
        """Forget everything from the records: rows, open dialogs and the scan viewer."""
        self._close_dialogs()
        self._case = None
        self.model.clear()
        self._status_timer.stop()
        self.status.clear()
        self._show_hint()
        self._update_buttons()

    # -- loading --------------------------------------------------------------------------------
    def _reload(self, select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else self.selected_id()
        if self._case is None or not self._allowed:
            self.model.clear()
            self._show_hint()
            self._update_buttons()
            return
        try:
            consents = self._service().for_client(self._case.client_id)
        except CounselRoomError as err:
            self.model.clear()
            self._show_error(err)
            self._update_buttons()
            return
        case_id = self._case.id
        self.model.set_rows([c for c in consents if c.case_id is None or c.case_id == case_id])
        self._size_columns()
        if keep is not None:
            self.select(keep)
        self._show_hint()
        self._update_buttons()

    def _size_columns(self) -> None:
        """Every column as wide as its text; the scope takes what is left (its tooltip has all of it)."""
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            if column != COL_SCOPE:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_SCOPE, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(60)
        if header.sectionSize(COL_SCAN) > SCAN_COLUMN_MAX:
            header.setSectionResizeMode(COL_SCAN, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(COL_SCAN, SCAN_COLUMN_MAX)

    def _show_hint(self) -> None:
        self.hint.setStyleSheet(HINT_STYLE)
        if not self._allowed:
            self.hint.setText(self.tr("Consent forms are handled by the counsellors and the supervisor."))
            return
        if self._case is None:
            self.hint.setText("")
            return
        consents = self.consents()
        if not consents:
            self.hint.setText(self.tr("No consent recorded yet. Before counselling starts, record the consent of "
                                      "the client (and of the guardian for a minor) and attach the signed form."))
            return
        active = [c for c in consents if c.active]
        if not any(c.kind is ConsentKind.COUNSELLING for c in active):
            self.hint.setStyleSheet(ERROR_STYLE)
            self.hint.setText(self.tr("No valid consent to counselling is recorded for this case."))
            return
        self.hint.setText(self.tr("Consents for this case and for all of the client's cases. Withdrawn ones "
                                  "are greyed. Double-click a row to view its signed form."))

    def consents(self) -> list[Consent]:
        return [self.model.row_at(row) for row in range(self.model.rowCount())]

    # -- selection --------------------------------------------------------------------------------
    def selected(self) -> Consent | None:
        return self.table.selected_record()

    def selected_id(self) -> int | None:
        consent = self.selected()
        return consent.id if consent else None

    def select(self, consent_id: int) -> bool:
        return self.table.select_record(consent_id)

    def _show_details(self, consent: Consent | None) -> None:
        if consent is None:
            self.details.clear()
            self.details.hide()
            return
        lines = [self.tr("Scope: {scope}").format(scope=consent.scope or self.tr("(not stated)"))]
        if not consent.active:
            lines.append(self.tr("Withdrawn on {date}: {note}").format(
                date=consent.withdrawn_on.isoformat(), note=consent.withdrawal_note or self.tr("(no note)")))
        self.details.setText("\n".join(lines))
        self.details.show()

    def _update_buttons(self, *_args) -> None:
        consent = self.selected()
        self._show_details(consent)
        can = self._allowed and self._case is not None
        self.record_button.setEnabled(can)
        self.attach_button.setEnabled(can and consent is not None)
        self.view_button.setEnabled(can and consent is not None and bool(consent.attachment_name))
        self.withdraw_button.setEnabled(can and consent is not None and consent.active)

    # -- actions -------------------------------------------------------------------------------------
    def record_consent(self) -> None:
        if self._case is None or not self._allowed:
            return
        dialog = ConsentDialog(self.ctx.session, self._case, self)
        dialog.accepted.connect(self._recorded)
        self._open(dialog)

    def _recorded(self) -> None:
        dialog = self.sender()
        saved = getattr(dialog, "saved_consent", None)
        if saved is None:
            return
        self._reload(select_id=saved.id)
        self._done(self.tr("Consent to {kind} recorded.").format(kind=kind_label(saved.kind)))
        self.changed.emit()

    def attach_scan(self) -> None:
        consent = self.selected()
        if consent is None:
            return
        if consent.attachment_name:
            answer = QMessageBox.question(
                self, self.tr("Replace the signed form"),
                self.tr("This consent already has a signed form ({name}). Replace it with another file? "
                        "The current one is then no longer kept.").format(name=consent.attachment_name),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Yes:
                return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the scan of the signed form"), "",
                                              scan_file_filter())
        if not path:
            return
        try:
            name, data = read_scan(path)
            saved = self._service().attach(consent.id, name, data)
        except CounselRoomError as err:
            QMessageBox.warning(self, self.tr("Attach scan"), error_text(err))
            return
        except OSError:
            QMessageBox.warning(self, self.tr("Attach scan"),
                                self.tr("The file cannot be read: {path}").format(path=path))
            return
        self._reload(select_id=saved.id)
        self._done(self.tr("Signed form {name} attached.").format(name=saved.attachment_name))
        self.changed.emit()

    def view_scan(self) -> None:
        consent = self.selected()
        if consent is None or not consent.attachment_name:
            return
        try:
            name, mime, data = self._service().attachment(consent.id)
        except CounselRoomError as err:
            self._show_error(err)
            return
        viewer = ScanViewer(self.ctx.session, consent, self)
        viewer.load(name, mime, data)
        self._open_dialogs.track(viewer)
        viewer.show()
        viewer.raise_()

    def _row_activated(self, _index: QModelIndex) -> None:
        consent = self.selected()
        if consent is not None and consent.attachment_name:
            self.view_scan()

    def withdraw_consent(self) -> None:
        consent = self.selected()
        if consent is None or not consent.active:
            return
        dialog = WithdrawDialog(self.ctx.session, consent, self)
        dialog.accepted.connect(self._withdrawn)
        self._open(dialog)

    def _withdrawn(self) -> None:
        dialog = self.sender()
        saved = getattr(dialog, "saved_consent", None)
        if saved is None:
            return
        self._reload(select_id=saved.id)
        self._done(self.tr("Consent to {kind} withdrawn on {date}.").format(
            kind=kind_label(saved.kind), date=saved.withdrawn_on.isoformat()))
        self.changed.emit()

    # -- dialogs and viewers ------------------------------------------------------------------------
    # Wired to bound methods, never closures (see Page.open_dialog).
    def _open(self, dialog: QDialog) -> None:
        self._open_dialogs.open(dialog)

    def _close_dialogs(self) -> None:
        self._open_dialogs.close_all()

    def open_dialogs(self) -> list[QDialog]:
        return list(self._open_dialogs.items)

    # -- outcomes ---------------------------------------------------------------------------------------
    def _done(self, text: str) -> None:
        self.status.setStyleSheet(OK_STYLE)
        self.status.setText(text)
        self._status_timer.start()

    def _show_error(self, err: CounselRoomError) -> None:
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(error_text(err))
        self._status_timer.start()
