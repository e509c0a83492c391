"""The scale library (量表库) as a table: code, name, version, built in or imported, items, licence note."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from counselroom.domain.scales import Scale
from counselroom.ui.models.rows_model import SORT_ROLE, RowsModel
from counselroom.ui.styles import HINT_INK

(COL_CODE, COL_NAME, COL_VERSION, COL_ORIGIN, COL_ITEMS, COL_LICENCE, COL_BY, COL_WHEN) = range(8)
NOTE_SHOWN = 48


class LibraryModel(RowsModel[Scale]):
    def __init__(self, language: str, parent=None) -> None:
        super().__init__(parent)
        self.language = language

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Code"), self.tr("Name"), self.tr("Version"), self.tr("Origin"), self.tr("Items"),
                self.tr("Licence note"), self.tr("Imported by"), self.tr("Added on"))

    def text(self, scale: Scale, column: int) -> str:
        if column == COL_CODE:
            return scale.code
        if column == COL_NAME:
            return scale.name.get(self.language)
        if column == COL_VERSION:
            return scale.version
        if column == COL_ORIGIN:
            return self.tr("Built in") if scale.builtin else self.tr("Imported")
        if column == COL_ITEMS:
            return str(len(scale.definition.items))
        if column == COL_LICENCE:
            note = " ".join(scale.licence_note.split())
            return note if len(note) <= NOTE_SHOWN else note[:NOTE_SHOWN - 1] + "…"
        if column == COL_BY:
            return "—" if scale.builtin else (scale.imported_by_name or "—")
        if scale.imported_at is None:
            return "—"
        return scale.imported_at.astimezone().strftime("%Y-%m-%d")

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        scale, column = self.row_at(index.row()), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(scale, column)
        if role == SORT_ROLE:
            if column == COL_ITEMS:
                return len(scale.definition.items)
            if column == COL_WHEN:
                return scale.imported_at.isoformat() if scale.imported_at else ""
            return self.text(scale, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_LICENCE and scale.licence_note:
            return scale.licence_note
        if role == Qt.ItemDataRole.ForegroundRole and column == COL_ORIGIN and scale.builtin:
            return QBrush(QColor(HINT_INK))
        if role == Qt.ItemDataRole.UserRole:
            return scale.id
        return None
