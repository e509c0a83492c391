"""Duty shifts as a table (值班记录, R11): day, who, from, until, length, visitors, how recorded, notes."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from counselroom.domain.duty import DutyShift, Entry
from counselroom.domain.plural import plural
from counselroom.ui import styles
from counselroom.ui.models.rows_model import SORT_ROLE, RowsModel
from counselroom.ui.widgets.duty_week_chart import duration_text, weekday_short

ON_DUTY_INK = QColor(styles.OK_INK)
WARNING_INK = QColor(styles.ERROR_INK)
QUIET_INK = QColor(styles.QUIET_INK)


def entry_label(shift: DutyShift) -> str:
    base = (QCoreApplication.translate("DutyLabels", "Entered afterwards") if shift.entry is Entry.AFTERWARDS
            else QCoreApplication.translate("DutyLabels", "Live"))
    if shift.corrections:
        return QCoreApplication.translate("DutyLabels", "{how}, corrected").format(how=base)
    return base


class ShiftsModel(RowsModel):
    DAY, WHO, FROM, TO, LENGTH, VISITORS, HOW, NOTES = range(8)

    def __init__(self, now: datetime, parent=None) -> None:
        super().__init__(parent)
        self.now = now

    def set_shifts(self, shifts: list[DutyShift], now: datetime) -> None:
        self.now = now
        self.set_rows(shifts)

    def set_now(self, now: datetime) -> None:
        self.now = now
        if self._rows:
            self.dataChanged.emit(self.index(0, self.TO), self.index(len(self._rows) - 1, self.LENGTH))

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Day"), self.tr("On duty"), self.tr("From"), self.tr("Until"), self.tr("Length"),
                self.tr("Visitors"), self.tr("Recorded"), self.tr("Events and notes"))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        shift, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(shift, col)
        if role == SORT_ROLE:
            if col in (self.DAY, self.FROM):
                return shift.started_at.isoformat()
            if col == self.TO:
                return shift.ended_at.isoformat() if shift.ended_at else "9"
            if col == self.LENGTH:
                return shift.minutes(self.now)
            if col == self.VISITORS:
                return shift.visitors
            return self._text(shift, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.LENGTH, self.VISITORS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == self.TO and shift.is_open:
                return QBrush(WARNING_INK if shift.forgotten(self.now.date()) else ON_DUTY_INK)
            if col == self.NOTES and shift.notes_hidden:
                return QBrush(QUIET_INK)
            if col == self.HOW and shift.entry is Entry.AFTERWARDS:
                return QBrush(QUIET_INK)
        if role == Qt.ItemDataRole.FontRole and col == self.TO and shift.is_open:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.NOTES:
                if shift.notes_hidden:
                    return self.tr("The notes of a colleague's shift are read by the supervisor.")
                return shift.notes or None
            if col == self.HOW:
                return plural(shift.corrections, self.tr("Recorded by {name}; corrected once."),
                              self.tr("Recorded by {name}; corrected {n} times.")).format(
                    name=shift.created_by_name, n=shift.corrections) if shift.corrections else \
                    self.tr("Recorded by {name}.").format(name=shift.created_by_name)
            if col == self.TO and shift.forgotten(self.now.date()):
                return self.tr("Never ended. Enter the time it ended (End a forgotten duty…).")
        return None

    def _text(self, shift: DutyShift, col: int) -> str:
        if col == self.DAY:
            return f"{shift.day:%m-%d} {weekday_short(shift.day.weekday())}"
        if col == self.WHO:
            return shift.person
        if col == self.FROM:
            return f"{shift.started_at:%H:%M}"
        if col == self.TO:
            if shift.ended_at is not None:
                return f"{shift.ended_at:%H:%M}"
            return self.tr("not ended") if shift.forgotten(self.now.date()) else self.tr("on duty")
        if col == self.LENGTH:
            if shift.forgotten(self.now.date()):
                return ""
            return duration_text(shift.minutes(self.now))
        if col == self.VISITORS:
            return str(shift.visitors)
        if col == self.HOW:
            return entry_label(shift)
        if shift.notes_hidden:
            return self.tr("(notes for the supervisor)")
        return " ".join(shift.notes.split())   # one line in the table; the tooltip has it all
