"""The quarterly archives made so far, as a table: quarter, when and by whom, file, size, counts, checksum."""

from __future__ import annotations

from PySide6.QtCore import Qt

from counselroom.storage.quarter_repo import ArchivedExport
from counselroom.ui.backup_text import size_text
from counselroom.ui.models.rows_model import SORT_ROLE, RowsModel


class ExportsModel(RowsModel[ArchivedExport]):
    QUARTER, EXPORTED, BY, FILE, SIZE, CLIENTS, VISITS, CHECKSUM = range(8)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Quarter"), self.tr("Archived"), self.tr("By"), self.tr("File"), self.tr("Size"),
                self.tr("Clients"), self.tr("Visit records"), self.tr("SHA-256 (start)"))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        export, column = self._rows[index.row()], index.column()
        if role == SORT_ROLE:
            if column == self.QUARTER:
                return export.quarter.year * 10 + export.quarter.number
            if column == self.EXPORTED:
                return export.exported_at.timestamp()
            if column == self.SIZE:
                return export.size
            if column in (self.CLIENTS, self.VISITS):
                return export.counts.get("clients" if column == self.CLIENTS else "visits", 0)
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            return {
                self.QUARTER: str(export.quarter),
                self.EXPORTED: export.exported_at.astimezone().strftime("%Y-%m-%d %H:%M"),
                self.BY: export.exported_by_name,
                self.FILE: export.file_name,
                self.SIZE: size_text(export.size),
                self.CLIENTS: f"{export.counts.get('clients', 0):,}",
                self.VISITS: f"{export.counts.get('visits', 0):,}",
                self.CHECKSUM: export.sha256[:16],
            }[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.SIZE, self.CLIENTS, self.VISITS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("SHA-256: {digest}").format(digest=export.sha256)
        return None
