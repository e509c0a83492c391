"""A table model over a list of domain objects: the part every page's table shares."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from counselroom.ui import i18n

Row = TypeVar("Row")
# What the tables sort by when the shown text would sort wrongly (dates, ages, statuses).
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class RowsModel(QAbstractTableModel, Generic[Row]):
    """Subclasses give ``headers()`` and ``data()``; rows are replaced as a whole."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        # Views ask for the column count and headers on every repaint: translate them once per
        # language, not a few thousand times per page (issue 15: 2.4 of 6.2 s on Follow-ups).
        self._headers: tuple[str, ...] = ()
        self._headers_generation = -1

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def _header_texts(self) -> tuple[str, ...]:
        if self._headers_generation != i18n.generation():
            self._headers = self.headers()
            self._headers_generation = i18n.generation()
        return self._headers

    def set_rows(self, rows: list[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def row_of(self, row_id: Any) -> int:
        """Index of the row whose ``id`` is ``row_id``, or -1."""
        return next((i for i, r in enumerate(self._rows) if getattr(r, "id", None) == row_id), -1)

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._header_texts())

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._header_texts()[section]
