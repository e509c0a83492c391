"""The closing checklist's month as a table (闭室检查, R10): each day signed, missed or not an opening day."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont

from counselroom.domain.closing import ClosingDay
from counselroom.ui.closing_text import weekday_name
from counselroom.ui.models.rows_model import SORT_ROLE, RowsModel
from counselroom.ui.styles import ERROR_BG, QUIET_INK
from counselroom.ui.widgets.closing_today import FAIL_INK


class HistoryModel(RowsModel):
    """The days of a month: signed, missed, not an opening day."""
    DAY, WEEKDAY, STATUS, SIGNED_BY, TIME, RECORDS = range(6)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Date"), self.tr("Day"), self.tr("Closing"), self.tr("Signed by"), self.tr("Time"),
                self.tr("Records"))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        d, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(d, col)
        if role == SORT_ROLE:
            return d.day.isoformat() if col in (self.DAY, self.WEEKDAY) else self._text(d, col)
        if role == Qt.ItemDataRole.ForegroundRole:
            if d.missed:
                return QBrush(QColor(FAIL_INK))
            if d.closing is None:
                return QBrush(QColor(QUIET_INK))
            if col == self.RECORDS and d.closing.overridden:
                return QBrush(QColor(FAIL_INK))
        if role == Qt.ItemDataRole.BackgroundRole and d.missed:
            return QBrush(QColor(ERROR_BG))
        if role == Qt.ItemDataRole.FontRole and d.missed and col == self.STATUS:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and d.closing is not None and d.closing.reason:
            return self.tr("Reason: {reason}").format(reason=d.closing.reason)
        return None

    def _text(self, d: ClosingDay, col: int) -> str:
        if col == self.DAY:
            return d.day.isoformat()
        if col == self.WEEKDAY:
            return weekday_name(d.day)
        closing = d.closing
        if col == self.STATUS:
            if closing is not None:
                return self.tr("Signed")
            if d.missed:
                return self.tr("Missed")
            if not d.open_day:
                return self.tr("Closed day")
            if d.future or not d.in_use:
                return ""
            return self.tr("Not signed yet")
        if closing is None:
            return ""
        if col == self.SIGNED_BY:
            return closing.signed_by_name
        if col == self.TIME:
            return closing.signed_at.astimezone().strftime("%H:%M")
        failed = closing.failed_checks
        if not failed:
            return self.tr("All passed")
        return self.tr("{count} did not pass (with a reason)").format(count=len(failed))
