"""A table of duty shifts (值班记录, R11) that keeps the chosen shift selected when it is filled again."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import QWidget

from counselroom.domain.duty import DutyShift
from counselroom.ui.models.duty_shifts import ShiftsModel
from counselroom.ui.widgets.record_table import RecordTable, sorted_proxy


class ShiftsTable(RecordTable):
    """Its model is ``shifts``, shown through ``proxy``."""

    def __init__(self, name: str, now: datetime, parent: QWidget, *, sort_column: int) -> None:
        shifts = ShiftsModel(now, parent)
        proxy = sorted_proxy(shifts, parent)
        super().__init__(name, proxy, parent, sort_column=sort_column)
        self.shifts = shifts
        self.proxy = proxy
        self.setMinimumHeight(90)

    def fill(self, shifts: list[DutyShift], now: datetime) -> None:
        keep = self.selected_record()
        selection = self.selectionModel()
        selection.blockSignals(True)
        self.shifts.set_shifts(shifts, now)
        if keep is not None:
            self.select_record(keep.id)
        selection.blockSignals(False)
        self.resizeColumnsToContents()
        header = self.horizontalHeader()
        for col in range(ShiftsModel.NOTES):
            self.setColumnWidth(col, header.sectionSize(col) + 12)

    def clear(self) -> None:
        """Empty the table without telling anyone the selection changed."""
        self.selectionModel().blockSignals(True)
        self.shifts.clear()
        self.selectionModel().blockSignals(False)
