"""A client's screening history (心理普查) in the case window: every campaign's sheets and what the
interview led to. Read on a worker; the service audits the read, as it does test results."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QVBoxLayout, QWidget

from counselroom.domain.cases import Case
from counselroom.domain.errors import CounselRoomError
from counselroom.domain.scale_definition import abbreviation
from counselroom.domain.screening import HistoryEntry, hit_label
from counselroom.services.screening import ScreeningService
from counselroom.ui.context import AppContext
from counselroom.ui.labels import label_of, listed, screen_language
from counselroom.ui.messages import error_text
from counselroom.ui.models.rows_model import SORT_ROLE, RowsModel
from counselroom.ui.models.screening_models import STATE_INK, number_text
from counselroom.ui.page_loader import PageLoader
from counselroom.ui.styles import ERROR_STYLE
from counselroom.ui.widgets.case_panel import CasePanel
from counselroom.ui.widgets.hint_label import hint_label
from counselroom.ui.widgets.record_table import RecordTable, sorted_proxy


class HistoryModel(RowsModel[HistoryEntry]):
    CAMPAIGN, STARTS, SCALE, TOTAL, RESULT, WHY, FOLLOW_UP = range(7)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Campaign"), self.tr("From"), self.tr("Scale"), self.tr("Total"), self.tr("Result"),
                self.tr("Why"), self.tr("Follow-up"))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry, col = self._rows[index.row()], index.column()
        if role == SORT_ROLE:
            if col == self.STARTS:
                return entry.starts_on.isoformat()
            if col == self.TOTAL:
                return entry.sheet.total
            return self._text(entry, col)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, col)
        if role == Qt.ItemDataRole.ForegroundRole and col == self.RESULT and entry.sheet.state in STATE_INK:
            return QBrush(QColor(STATE_INK[entry.sheet.state]))
        if role == Qt.ItemDataRole.ToolTipRole and col == self.FOLLOW_UP and entry.interview is not None:
            return entry.interview.note or None
        return None

    def _text(self, entry: HistoryEntry, col: int) -> str:
        sheet, interview = entry.sheet, entry.interview
        if col == self.CAMPAIGN:
            return entry.campaign_name
        if col == self.STARTS:
            return entry.starts_on.isoformat()
        if col == self.SCALE:
            return abbreviation("", sheet.scale_code)
        if col == self.TOTAL:
            return number_text(sheet.total)
        if col == self.RESULT:
            return label_of(sheet.state)
        if col == self.WHY:
            lang = screen_language()
            return listed([hit_label(h, lang) for h in sheet.positive_hits]
                             + [c.note.get(lang) for c in sheet.critical])
        if interview is None:
            return ""
        return label_of(interview.state)


class ScreeningHistoryPanel(CasePanel):
    key = "screeningHistoryPanel"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.loader = PageLoader(ctx, self)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 10, 0, 0)
        column.setSpacing(8)
        column.addWidget(hint_label(self.tr(
            "The client's answer sheets in the school's screening campaigns, and what the interview led to. A "
            "screening is separate from counselling: it is shown here for the whole picture."), self))
        self.model = HistoryModel(self)
        self.table = RecordTable("screeningHistory", sorted_proxy(self.model, self), self,
                                 sort_column=HistoryModel.STARTS, order=Qt.SortOrder.DescendingOrder, row_height=26)
        column.addWidget(self.table, 1)
        self.empty = hint_label("", self, "screeningHistoryEmpty")
        column.addWidget(self.empty)

    def show_case(self, case: Case) -> None:
        client_id = case.client_id
        self.loader.load(lambda session: ScreeningService(session).history_for_client(client_id), self._show,
                         slot="history", failed=self._failed, audits=True)

    def _show(self, history: list[HistoryEntry]) -> None:
        self.model.set_rows(history)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for col in range(self.model.columnCount()):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(HistoryModel.WHY, QHeaderView.ResizeMode.Stretch)
        self.empty.setStyleSheet("")
        self.empty.setText("" if history else self.tr("Not screened in any campaign."))
        self.empty.setVisible(not history)

    def _failed(self, err: CounselRoomError) -> None:
        self.model.clear()
        self.empty.setStyleSheet(ERROR_STYLE)
        self.empty.setText(error_text(err))
        self.empty.show()

    def clear(self) -> None:
        self.loader.cancel()
        self.model.clear()
        self.empty.clear()
