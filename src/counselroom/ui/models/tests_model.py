"""A case's psychological tests as a table: date, scale, total, band, signed or draft, critical answers."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from counselroom.domain.scales import TestRecord
from counselroom.ui.models.rows_model import SORT_ROLE, RowsModel
from counselroom.ui.styles import DRAFT_INK
from counselroom.ui.widgets.test_score import CRITICAL_COLOUR, score_text
from counselroom.ui.widgets.trend_chart import BAND_TEXT

DRAFT_COLOUR = DRAFT_INK
(COL_DATE, COL_SCALE, COL_TOTAL, COL_BAND, COL_STATUS, COL_CRITICAL) = range(6)


class TestsModel(RowsModel[TestRecord]):
    __test__ = False   # not a pytest test class

    def __init__(self, language: str, parent=None) -> None:
        super().__init__(parent)
        self.language = language

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Date"), self.tr("Scale"), self.tr("Total"), self.tr("Band"), self.tr("Status"),
                self.tr("Critical"))

    def replace(self, record: TestRecord) -> bool:
        row = self.row_of(record.id)
        if row < 0:
            return False
        self._rows[row] = record
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        return True

    @staticmethod
    def _total(record: TestRecord):
        if record.signed:
            return record.total
        return record.result.total if record.result is not None else None

    @staticmethod
    def _critical(record: TestRecord) -> bool:
        if record.signed:
            return record.critical
        return bool(record.result is not None and record.result.critical)

    def text(self, record: TestRecord, column: int) -> str:
        if column == COL_DATE:
            return record.administered_on.isoformat()
        if column == COL_SCALE:
            return record.scale_name.get(self.language)
        if column == COL_TOTAL:
            return score_text(self._total(record))
        if column == COL_BAND:
            band = record.band
            return band.label.get(self.language) if band is not None else "—"
        if column == COL_STATUS:
            return self.tr("Signed") if record.signed else self.tr("Draft, not signed")
        return self.tr("Yes") if self._critical(record) else ""

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        record, column = self.row_at(index.row()), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(record, column)
        if role == SORT_ROLE:
            if column == COL_DATE:
                return f"{record.administered_on.isoformat()}-{record.id:08d}"
            if column == COL_TOTAL:
                total = self._total(record)
                return -1.0 if total is None else float(total)
            return self.text(record, column)
        if role == Qt.ItemDataRole.UserRole:
            return record.id
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == COL_CRITICAL:
                return QBrush(QColor(CRITICAL_COLOUR))
            if column == COL_STATUS and not record.signed:
                return QBrush(QColor(DRAFT_COLOUR))
            if column == COL_BAND and record.band is not None:
                return QBrush(QColor(BAND_TEXT[max(0, min(record.band.severity, len(BAND_TEXT) - 1))]))
        if role == Qt.ItemDataRole.FontRole and column == COL_CRITICAL and self._critical(record):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_CRITICAL and self._critical(record):
                return self.tr("A critical answer (e.g. thoughts of self-harm): signing it opened, or will open, "
                               "a crisis intervention")
            if column == COL_SCALE:
                return self.tr("{code}, version {version}").format(code=record.scale_code,
                                                                   version=record.scale_version)
        return None
