"""The attention register (重点关注) as a table: level, student, class, next review, reason, responsible,
source, case no.; the most serious first, a review due in the warning colour."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from counselroom.domain.care_register import Entry, Level, LevelWording, level_words
from counselroom.ui.labels import label_of, screen_language
from counselroom.ui.models.rows_model import SORT_ROLE, RowsModel
from counselroom.ui.styles import ERROR_INK, QUIET_INK, RISK_HIGH_INK, RISK_MEDIUM_INK, WARNING_INK

LEVEL_INK = {Level.LEVEL1: RISK_HIGH_INK, Level.LEVEL2: RISK_MEDIUM_INK, Level.LEVEL3: WARNING_INK}


def level_text(level: Level, wording: LevelWording) -> str:
    return level_words(level, wording, screen_language())


class RegisterModel(RowsModel[Entry]):
    # What a counsellor looks for first comes first: who, how serious, when to look again.
    LEVEL, STUDENT, CLASS, NEXT_REVIEW, REASON, RESPONSIBLE, SOURCE, CASE_NO = range(8)
    COLUMNS = 8

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.wording = LevelWording.NUMBERS
        self.today: date | None = None

    def set_entries(self, entries: list[Entry], wording: LevelWording, today: date) -> None:
        self.wording, self.today = wording, today
        self.set_rows(entries)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Level"), self.tr("Student"), self.tr("Class"), self.tr("Next review"), self.tr("Reason"),
                self.tr("Responsible"), self.tr("Source"), self.tr("Case no."))

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else self.COLUMNS

    def sort_value(self, row: int, column: int):
        entry = self._rows[row]
        if column == self.LEVEL:
            return (0 if entry.is_open else 10) + entry.level.rank
        if column == self.NEXT_REVIEW:
            return entry.next_review.isoformat() if entry.next_review else "9999"
        return self._text(entry, column)

    def _due(self, entry: Entry) -> bool:
        return self.today is not None and entry.review_due(self.today)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == SORT_ROLE:
            return self.sort_value(index.row(), index.column())
        entry, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, col)
        if role == Qt.ItemDataRole.ForegroundRole:
            if not entry.is_open:
                return QBrush(QColor(QUIET_INK))
            if col == self.LEVEL:
                return QBrush(QColor(LEVEL_INK[entry.level]))
            if col == self.NEXT_REVIEW and self._due(entry):
                return QBrush(QColor(ERROR_INK))
        if role == Qt.ItemDataRole.FontRole and entry.is_open and (
                col == self.LEVEL or (col == self.NEXT_REVIEW and self._due(entry))):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and col == self.NEXT_REVIEW and self._due(entry):
            return self.tr("The review is due")
        return None

    def _text(self, entry: Entry, col: int) -> str:
        if col == self.LEVEL:
            return level_text(entry.level, self.wording)
        if col == self.STUDENT:
            return entry.client_name
        if col == self.CASE_NO:
            return entry.client_case_no
        if col == self.CLASS:
            return " ".join(x for x in (entry.client_grade, entry.client_class) if x)
        if col == self.REASON:
            return label_of(entry.reason_category)
        if col == self.SOURCE:
            return label_of(entry.source)
        if col == self.RESPONSIBLE:
            return entry.responsible_name
        if not entry.is_open:
            return label_of(entry.status)
        return entry.next_review.isoformat() if entry.next_review else "—"
