"""What is due in one's cases, as a table: due date, how soon or how late, client, case, what is due."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from counselroom.ui.follow_up_text import kind_advice, kind_label
from counselroom.domain.plural import plural
from counselroom.services.follow_ups import FollowUp
from counselroom.ui.models.rows_model import SORT_ROLE, RowsModel
from counselroom.ui.styles import ERROR_INK, HINT_INK

OVERDUE_COLOUR = QColor(ERROR_INK)
LATER_COLOUR = QColor(HINT_INK)


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
