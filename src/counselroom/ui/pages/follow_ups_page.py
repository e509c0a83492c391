"""Follow-ups (跟进事项, R17): what is due in the cases one holds, oldest first.

Crisis follow-up dates and crisis steps still open, referral feedback not yet
recorded and visit records not yet signed. Overdue items stand out in the
warning colour; a double-click opens the case.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QStackedWidget, QWidget

from counselroom.domain.access import may_see_clinical
from counselroom.domain.plural import plural
from counselroom.services.follow_ups import FollowUp, FollowUpKind, FollowUpService
from counselroom.services.permissions import Permissions
from counselroom.ui.context import AppContext
from counselroom.ui.models.follow_ups_model import FollowUpsModel
from counselroom.ui.pages.base import Page
from counselroom.ui.styles import ERROR_STYLE, HINT_STYLE, OK_STYLE
from counselroom.ui.widgets.hint_label import hint_label
from counselroom.ui.widgets.record_table import RecordTable, sorted_proxy

AHEAD_DAYS = 7
EMPTY_STYLE = OK_STYLE + " font-size: 13pt; padding: 24px;"


class FollowUpsPage(Page):
    key = "followups"
    open_case_requested = Signal(int)
    # A review of the attention register has no case: it opens the entry on the register's page.
    open_requested = Signal(str, int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = self.page_column(spacing=10)

        bar = QHBoxLayout()
        bar.setSpacing(8)
        self.hint = hint_label(self.tr(
            "What is due in all counsellors' cases: crisis steps and follow-up dates, referral feedback "
            "and unsigned visit records.") if Permissions(ctx.session).oversees_all_cases() else self.tr(
            "What is due in the cases you hold: crisis steps and follow-up dates, referral feedback and "
            "unsigned visit records."), self, "followUpsHint")
        bar.addWidget(self.hint, 1)
        self.ahead = QCheckBox(self.tr("Include the next 7 days"), self)
        self.ahead.setObjectName("includeAhead")
        self.ahead.setToolTip(self.tr("Also list what falls due in the coming week"))
        self.ahead.toggled.connect(self._reload)
        bar.addWidget(self.ahead)
        self.refresh_button = self.make_button("refreshFollowUps", self.tr("Refresh"),
                                               self.tr("Load the list again"), self.refresh)
        bar.addWidget(self.refresh_button)
        layout.addLayout(bar)

        self.model = FollowUpsModel(ctx.session.today(), self)
        self.proxy = sorted_proxy(self.model, self)
        self.table = RecordTable("followUpsTable", self.proxy, self, sort_column=FollowUpsModel.DUE)
        self.table.activated.connect(self._row_activated)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.empty = QLabel(self)
        self.empty.setObjectName("followUpsEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(EMPTY_STYLE)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        layout.addWidget(self.stack, 1)

        bottom = QHBoxLayout()
        self.count_label = QLabel(self)
        self.count_label.setObjectName("followUpsCount")
        self.count_label.setWordWrap(True)
        bottom.addWidget(self.count_label, 1)
        self.open_button = self.make_button("openCase", self.tr("Open case"),
                                            self.tr("Open the case of the selected item (or double-click it)"),
                                            self.open_selected)
        bottom.addWidget(self.open_button)
        layout.addLayout(bottom)
        self._show_empty(False)
        self._update_buttons()

    # -- Page ------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Follow-ups")

    @classmethod
    def allowed_for(cls, user) -> bool:
        return may_see_clinical(user)

    def refresh(self) -> None:
        self._reload()

    def clear_sensitive(self) -> None:
        self.close_dialogs()
        self.model.clear()
        self.count_label.clear()
        self._show_empty(False)
        self._update_buttons()

    # -- loading -----------------------------------------------------------------
    def _reload(self, *_args) -> None:
        today = self.ctx.session.today()
        until = today + timedelta(days=AHEAD_DAYS) if self.ahead.isChecked() else today
        self.load(lambda session: FollowUpService(session).due(until=until),
                  lambda items: self._show_items(items, today))

    def _show_items(self, items: list[FollowUp], today) -> None:
        self.model.set_items(items, today)
        self.table.resizeColumnsToContents()
        for col in range(FollowUpsModel.WHAT):
            self.table.setColumnWidth(col, self.table.columnWidth(col) + 16)
        overdue = sum(1 for item in items if self.model.overdue(item))
        self._show_empty(not items)
        if not items:
            self.count_label.clear()
        elif overdue:
            self.count_label.setStyleSheet(ERROR_STYLE)
            self.count_label.setText(plural(
                len(items), self.tr("{count} item, overdue. Double-click it to open its case."),
                self.tr("{count} items, {overdue} overdue. Double-click an item to open its case."))
                .format(count=len(items), overdue=overdue))
        else:
            self.count_label.setStyleSheet(HINT_STYLE)
            self.count_label.setText(plural(
                len(items), self.tr("{count} item, not overdue. Double-click it to open its case."),
                self.tr("{count} items, none overdue. Double-click an item to open its case."))
                .format(count=len(items)))
        self._update_buttons()

    def _show_empty(self, empty: bool) -> None:
        if empty:
            self.empty.setText(self.tr("Nothing is due in the next 7 days. Everything is up to date.")
                               if self.ahead.isChecked()
                               else self.tr("Nothing is due. Everything is up to date."))
            self.stack.setCurrentWidget(self.empty)
        else:
            self.empty.clear()
            self.stack.setCurrentWidget(self.table)

    # -- opening -----------------------------------------------------------------------
    def selected_item(self) -> FollowUp | None:
        return self.table.selected_record()

    def _update_buttons(self, *_args) -> None:
        self.open_button.setEnabled(self.selected_item() is not None)

    def _row_activated(self, index) -> None:
        self._open(self.table.record_at(index))

    def open_selected(self) -> None:
        item = self.selected_item()
        if item is not None:
            self._open(item)

    def _open(self, item: FollowUp) -> None:
        if item.kind is FollowUpKind.REGISTER_REVIEW:
            self.open_requested.emit("register", item.target_id)
        else:
            self.open_case_requested.emit(item.case_id)
