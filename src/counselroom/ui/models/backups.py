"""The backups of a folder as a table: when each was made, its kind, what it holds, its size."""

from __future__ import annotations

from PySide6.QtCore import Qt

from counselroom.services.backups import BackupEntry
from counselroom.ui.backup_text import local_time, size_text
from counselroom.ui.labels import label_of
from counselroom.ui.models.rows_model import SORT_ROLE, RowsModel


class BackupsModel(RowsModel[BackupEntry]):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("Made"), self.tr("Kind"), self.tr("Clients"), self.tr("Visit records"),
                self.tr("Audit log rows"), self.tr("Size"))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        entry = self._rows[index.row()]
        column = index.column()
        contents = entry.contents
        if role == SORT_ROLE:
            if column == 0:
                return entry.file.made_at.timestamp() + entry.file.serial / 1000
            if column == 5:
                return entry.file.size
            if column in (2, 3, 4):
                value = self._count(entry, column)
                return -1 if value is None else value
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            if column == 0:
                return local_time(entry.file)
            if column == 1:
                return label_of(entry.file.kind)
            if column in (2, 3, 4):
                value = self._count(entry, column)
                if contents is None:
                    return self.tr("does not open") if column == 2 else ""
                return "" if value is None else f"{value:,}"
            if column == 5:
                return size_text(entry.file.size)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (2, 3, 4, 5):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.file.name
        return None

    @staticmethod
    def _count(entry: BackupEntry, column: int) -> int | None:
        if entry.contents is None:
            return None
        if column == 4:
            return entry.contents.audit_head.seq if entry.contents.audit_head else 0
        return entry.contents.counts.get("clients" if column == 2 else "visits")
