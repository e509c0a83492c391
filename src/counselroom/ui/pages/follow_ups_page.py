"""Follow-ups (跟进事项, R17): what is due in the cases one holds, oldest first.

Crisis follow-up dates and crisis steps still open, referral feedback not yet
recorded and visit records not yet signed. Overdue items stand out in the
warning colour; a double-click opens the case.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QStackedWidget, QWidget

from counselroom.domain.access import may_see_clinical
from counselroom.domain.crisis import CrisisStep
from counselroom.domain.errors import CounselRoomError
from counselroom.domain.plural import plural
from counselroom.services.follow_ups import FollowUp, FollowUpKind, FollowUpService
from counselroom.ui.context import AppContext
from counselroom.ui.models.rows_model import SORT_ROLE, RowsModel
from counselroom.ui.pages.base import Page
from counselroom.ui.styles import ERROR_STYLE, HINT_STYLE
from counselroom.ui.widgets.record_table import RecordTable, sorted_proxy

AHEAD_DAYS = 7
OVERDUE_COLOUR = QColor("#b3261e")
LATER_COLOUR = QColor("#5f6368")
EMPTY_STYLE = "color: #1e7d32; font-size: 13pt; padding: 24px;"


def step_label(step: str) -> str:
    """A crisis step (危机干预步骤) in a person's words; unknown codes stay raw."""
    labels = {
        CrisisStep.GUARDIAN_INFORMED.value: QCoreApplication.translate("FollowUpsPage", "inform the guardian"),
        CrisisStep.LEADERSHIP_INFORMED.value: QCoreApplication.translate("FollowUpsPage",
                                                                         "inform the school leadership"),
        CrisisStep.REFERRAL.value: QCoreApplication.translate("FollowUpsPage", "referral or consultation"),
        CrisisStep.SAFETY_PLAN.value: QCoreApplication.translate("FollowUpsPage", "safety plan"),
        CrisisStep.FOLLOW_UP.value: QCoreApplication.translate("FollowUpsPage", "set follow-up dates"),
    }
    return labels.get(step, step)


def kind_label(item: FollowUp) -> str:
    """What is due, as one line."""
    if item.kind is FollowUpKind.CRISIS_FOLLOW_UP:
        return QCoreApplication.translate("FollowUpsPage", "Crisis follow-up due")
    if item.kind is FollowUpKind.CRISIS_STEP:
        return QCoreApplication.translate("FollowUpsPage", "Crisis step open: {step}").format(
            step=step_label(item.detail))
    if item.kind is FollowUpKind.REFERRAL_FEEDBACK:
        return QCoreApplication.translate("FollowUpsPage", "Referral feedback awaited")
    return QCoreApplication.translate("FollowUpsPage", "Visit record not signed")


def kind_advice(kind: FollowUpKind) -> str:
    """What to do about it (the tooltip)."""
    return {
        FollowUpKind.CRISIS_FOLLOW_UP: QCoreApplication.translate(
            "FollowUpsPage", "A follow-up planned in the crisis record falls on this date."),
        FollowUpKind.CRISIS_STEP: QCoreApplication.translate(
            "FollowUpsPage", "Record this step (or why it does not apply) in the case's crisis record. "
            "The date is when the crisis was opened."),
        FollowUpKind.REFERRAL_FEEDBACK: QCoreApplication.translate(
            "FollowUpsPage", "Ask the institution for feedback and record it with the referral."),
        FollowUpKind.UNSIGNED_RECORD: QCoreApplication.translate(
            "FollowUpsPage", "Complete and sign the visit record; the date is the visit's."),
    }[kind]


class FollowUpsModel(RowsModel):
    DUE, STATUS, CLIENT, CASE_NO, WHAT = range(5)

    def __init__(self, today: date, parent=None) -> None:
        super().__init__(parent)
        self.today = today

    def set_items(self, items: list[FollowUp], today: date) -> None:
        self.today = today
        self.set_rows(items)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Due"), self.tr("Status"), self.tr("Client"), self.tr("Case no."), self.tr("What"))

    def overdue(self, item: FollowUp) -> bool:
        return item.due < self.today

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(item, col)
        if role == SORT_ROLE:
            if col in (self.DUE, self.STATUS):
                return f"{item.due.isoformat()}#{item.kind.value}"
            return self._text(item, col)
        if role == Qt.ItemDataRole.ForegroundRole:
            if self.overdue(item):
                return OVERDUE_COLOUR
            if item.due > self.today:
                return LATER_COLOUR
        if role == Qt.ItemDataRole.FontRole and col == self.STATUS and item.due <= self.today:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and col in (self.WHAT, self.STATUS):
            return kind_advice(item.kind)
        return None

    def _text(self, item: FollowUp, col: int) -> str:
        if col == self.DUE:
            return item.due.isoformat()
        if col == self.STATUS:
            days = (item.due - self.today).days
            if days < 0:
                return plural(-days, self.tr("{n} day overdue"), self.tr("{n} days overdue")).format(n=-days)
            if days == 0:
                return self.tr("Due today")
            return plural(days, self.tr("In {n} day"), self.tr("In {n} days")).format(n=days)
        if col == self.CLIENT:
            return item.client_name
        if col == self.CASE_NO:
            return item.case_no
        return kind_label(item)


class FollowUpsPage(Page):
    key = "followups"
    open_case_requested = Signal(int)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        layout = self.page_column(spacing=10)

        bar = QHBoxLayout()
        bar.setSpacing(8)
        self.hint = QLabel(self.tr(
            "What is due in all counsellors' cases: crisis steps and follow-up dates, referral feedback "
            "and unsigned visit records.") if ctx.user.is_supervisor else self.tr(
            "What is due in the cases you hold: crisis steps and follow-up dates, referral feedback and "
            "unsigned visit records."), self)
        self.hint.setObjectName("followUpsHint")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE)
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
        try:
            items = FollowUpService(self.ctx.session).due(until=until)
        except CounselRoomError as err:
            self.clear_sensitive()
            self.show_error(err)
            return
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
        self.open_case_requested.emit(self.table.record_at(index).case_id)

    def open_selected(self) -> None:
        item = self.selected_item()
        if item is not None:
            self.open_case_requested.emit(item.case_id)
