"""The case window's informed-consent panel (知情同意, R9): the client's consents, their signed forms."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QFileDialog, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QStyledItemDelegate, QVBoxLayout, QWidget,
)

from counselroom.domain.access import may_see_clinical
from counselroom.domain.cases import Case
from counselroom.domain.consent import Consent, ConsentKind
from counselroom.domain.errors import CounselRoomError
from counselroom.services.consent import ConsentService
from counselroom.ui.context import AppContext
from counselroom.ui.dialogs.consent_dialog import ConsentDialog, WithdrawDialog, read_scan, scan_file_filter
from counselroom.ui.dialogs.scan_viewer import ScanViewer
from counselroom.ui.labels import label_of
from counselroom.ui.messages import error_text
from counselroom.ui.models.consents_model import COL_DATE, COL_SCAN, COL_SCOPE, ConsentModel
from counselroom.ui.styles import ERROR_STYLE, HINT_STYLE
from counselroom.ui.widgets.buttons import action_button
from counselroom.ui.widgets.case_panel import CasePanel
from counselroom.ui.widgets.hint_label import hint_label
from counselroom.ui.widgets.record_table import RecordTable, sorted_proxy

SCAN_COLUMN_MAX = 170   # characters of the scope in the table; the tooltip has all of it


class _MiddleElided(QStyledItemDelegate):
    """File names keep their ending (type and size) when the column is narrow."""

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle


class ConsentPanel(CasePanel):
    """The consents of the shown case's client: those given for this case and those for all cases.

    Record, attach the scanned signed form, view it (in memory only) and withdraw.
    ``changed`` is emitted after anything was saved.
    """

    key = "consentPanel"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._case: Case | None = None
        self._allowed = may_see_clinical(ctx.user)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(8)

        self.hint = hint_label("", self, "consentHint")
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

        self.add_status_line(layout, "consentStatus")

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
            self.close_dialogs()
        self._case = case
        self._status_timer.stop()
        self.status.clear()
        self._reload()

    def clear(self) -> None:
        """Forget everything from the records: rows, open dialogs and the scan viewer."""
        self.close_dialogs()
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
        if consent.withdrawn_on is not None:   # no longer active
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
        self.open_dialog(dialog)

    def _recorded(self) -> None:
        dialog = self.sender()
        saved = getattr(dialog, "saved_consent", None)
        if saved is None:
            return
        self._reload(select_id=saved.id)
        self.show_done(self.tr("Consent to {kind} recorded.").format(kind=label_of(saved.kind)))
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
        self.show_done(self.tr("Signed form {name} attached.").format(name=saved.attachment_name))
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
        self.open_dialog(dialog)

    def _withdrawn(self) -> None:
        dialog = self.sender()
        saved = getattr(dialog, "saved_consent", None)
        if saved is None:
            return
        self._reload(select_id=saved.id)
        self.show_done(self.tr("Consent to {kind} withdrawn on {date}.").format(
            kind=label_of(saved.kind), date=saved.withdrawn_on.isoformat()))
        self.changed.emit()

    # -- outcomes ---------------------------------------------------------------------------------------
    def _show_error(self, err: CounselRoomError) -> None:
        self.say(error_text(err), ERROR_STYLE)
