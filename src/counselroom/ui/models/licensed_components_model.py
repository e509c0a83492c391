"""The components shipped with CounselRoom as a table: name, version, licence (About → licences)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from counselroom.ui.models.rows_model import SORT_ROLE, RowsModel

(COL_NAME, COL_VERSION, COL_LICENCE) = range(3)


@dataclass(frozen=True)
class LicensedComponent:
    """One shipped component and the files (in ``resources/licenses/``) of its licence texts."""

    name: str
    version: str
    licence: str
    files: tuple[str, ...]
    note: str = ""

    @property
    def id(self) -> str:
        return self.name


class ComponentsModel(RowsModel[LicensedComponent]):
    def headers(self) -> tuple[str, ...]:
        return (self.tr("Component"), self.tr("Version"), self.tr("Licence"))

    def text(self, component: LicensedComponent, column: int) -> str:
        if column == COL_NAME:
            return component.name
        if column == COL_VERSION:
            return component.version or "—"
        return component.licence

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        component, column = self.row_at(index.row()), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(component, column)
        if role == SORT_ROLE:
            return self.text(component, column).lower()
        if role == Qt.ItemDataRole.ToolTipRole and component.note:
            return f"{component.name} ({component.note})"
        return None
