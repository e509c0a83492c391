"""Crisis interventions as a table: client, case, risk (open and high first), opened, steps left, counsellor."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from counselroom.domain.crisis import Crisis
from counselroom.domain.visits import RiskLevel
from counselroom.ui.labels import label_of, risk_grade
from counselroom.ui.models.rows_model import SORT_ROLE, RowsModel
from counselroom.ui.styles import QUIET_INK, RISK_HIGH_INK, RISK_MEDIUM_INK
from counselroom.ui.widgets.crisis_panel import local_text

_RISK_ORDER = {RiskLevel.NONE: 0, RiskLevel.LOW: 1, RiskLevel.MEDIUM: 2, RiskLevel.HIGH: 3}
RISK_INK = {RiskLevel.HIGH: RISK_HIGH_INK, RiskLevel.MEDIUM: RISK_MEDIUM_INK}
CLOSED_INK = QUIET_INK


class CrisesModel(RowsModel[Crisis]):
    CLIENT, CASE_NO, RISK, OPENED, STATUS, COUNSELLOR = range(6)
    COLUMNS = 6

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Client"), self.tr("Case no."), self.tr("Risk"), self.tr("Opened"),
                self.tr("Steps"), self.tr("Counsellor"))

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt signature
        # Asked with every index the view makes: a constant, not the headers.
        return 0 if parent.isValid() else self.COLUMNS

    def sort_value(self, row: int, column: int) -> int | str | datetime:
        crisis = self._rows[row]
        if column == self.CLIENT:
            return crisis.client_name
        if column == self.CASE_NO:
            return crisis.client_case_no
        if column == self.RISK:
            return (10 if crisis.is_open else 0) + _RISK_ORDER[crisis.risk]   # open ones first, then the higher risk
        if column == self.OPENED:
            return crisis.opened_at
        if column == self.STATUS:
            return len(crisis.pending) if crisis.is_open else -1
        return crisis.counsellor_name or "—"

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == SORT_ROLE:
            return self.sort_value(index.row(), index.column())
        crisis, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(crisis, col)
        if role == Qt.ItemDataRole.ForegroundRole:
            if not crisis.is_open:
                return QBrush(QColor(CLOSED_INK))
            if col == self.RISK and crisis.risk in RISK_INK:
                return QBrush(QColor(RISK_INK[crisis.risk]))
        if role == Qt.ItemDataRole.FontRole and col == self.RISK and crisis.is_open \
                and crisis.risk is RiskLevel.HIGH:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.RISK:
                return risk_grade(crisis.risk)
            if col == self.OPENED:
                return local_text(crisis.opened_at)
            if not crisis.is_open:
                return self.tr("Closed {when}").format(when=local_text(crisis.closed_at))
            if crisis.pending:
                return self.tr("Still to settle: {steps}").format(
                    steps=self.tr(", ").join(label_of(s) for s in crisis.pending))
            return self.tr("Every step is settled: ready to close")
        return None

    def _text(self, crisis: Crisis, col: int) -> str:
        if col == self.CLIENT:
            return crisis.client_name
        if col == self.CASE_NO:
            return crisis.client_case_no
        if col == self.RISK:
            return label_of(crisis.risk)
        if col == self.OPENED:
            return local_text(crisis.opened_at)[:10]
        if col == self.STATUS:
            if not crisis.is_open:
                return self.tr("Closed")
            if not crisis.pending:
                return self.tr("Ready to close")
            return self.tr("{n} open").format(n=len(crisis.pending))
        return crisis.counsellor_name or "—"
