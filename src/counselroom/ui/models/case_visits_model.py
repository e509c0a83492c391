"""One case's visit records as a table: session, date, form, risk (a crisis-level risk stands out), status."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont

from counselroom.domain.visits import RiskLevel
from counselroom.ui.labels import label_of
from counselroom.ui.models.rows_model import SORT_ROLE, RowsModel
from counselroom.ui.styles import DRAFT_INK, ERROR_INK

RISK_COLOUR = ERROR_INK


class CaseVisitsModel(RowsModel):
    NO, DATE, KIND, RISK, STATUS = range(5)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Session"), self.tr("Date"), self.tr("Form"), self.tr("Risk"), self.tr("Status"))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        visit, col = self._rows[index.row()], index.column()
        c = visit.content
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.NO:
                return str(visit.session_no)
            if col == self.DATE:
                return c.visit_date.isoformat() if c.visit_date else "—"
            if col == self.KIND:
                return label_of(c.kind)
            if col == self.RISK:
                return label_of(c.risk)
            return self.tr("Signed") if visit.signed else self.tr("Draft, not signed")
        if role == SORT_ROLE:
            if col == self.NO:
                return visit.session_no
            if col == self.DATE:
                return c.visit_date.isoformat() if c.visit_date else ""
            if col == self.RISK:
                return list(RiskLevel).index(c.risk)
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if col == self.RISK and c.risk.needs_crisis:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(RISK_COLOUR))
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        if col == self.STATUS and not visit.signed and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(DRAFT_INK))
        if col == self.NO and role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
