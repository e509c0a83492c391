"""A table model over a list of domain objects: the part every page's table shares."""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCollator, QModelIndex, Qt

from counselroom.ui import i18n

Row = TypeVar("Row")
# What the tables sort by when the shown text would sort wrongly (dates, ages, statuses).
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def sort_keys(values: list[Any]) -> list[Any]:
    """Keys that order ``values`` as Qt's sorting proxy did: numbers by value, text the way the
    language sorts it (pinyin for Chinese names under a Chinese locale), nothing (None) last."""
    if all(isinstance(v, str) for v in values):
        collator = QCollator()
        return [collator.sortKey(v) for v in values]
    if not any(v is None or isinstance(v, str) for v in values):
        return values
    collator = QCollator()
    return [(2, 0) if v is None else (1, collator.sortKey(v)) if isinstance(v, str) else (0, v)
            for v in values]


class RowsModel(QAbstractTableModel, Generic[Row]):
    """Subclasses give ``headers()`` and ``data()``; rows are replaced as a whole.

    The model sorts itself (``sort()``, which the table's header calls through its pass-through
    proxy): one key per row, worked out once per column, then Python's sort. Qt's sorting proxy
    asked the model for two keys per comparison, ~100,000 calls into Python for a few thousand
    rows (issue 15). Rows equal by the column keep the order they were given in, either way."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        # For each shown row, its position in the list ``set_rows`` was given: what ties follow.
        self._given_at: list[int] = []
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        # Sort keys by column, in the order the rows were given, until they are replaced or changed:
        # clicking a heading again only reverses the order.
        self._keys: dict[int, list[Any]] = {}
        self._keys_generation = i18n.generation()
        # Views ask for the column count and headers on every repaint: translate them once per
        # language, not a few thousand times per page (issue 15: 2.4 of 6.2 s on Follow-ups).
        self._headers: tuple[str, ...] = ()
        self._headers_generation = -1
        self.dataChanged.connect(self._data_changed)

    def headers(self) -> tuple[str, ...]:
        raise NotImplementedError

    def _header_texts(self) -> tuple[str, ...]:
        if self._headers_generation != i18n.generation():
            self._headers = self.headers()
            self._headers_generation = i18n.generation()
        return self._headers

    def set_rows(self, rows: list[Row]) -> None:
        """Show ``rows``, sorted as the table is sorted now."""
        self.beginResetModel()
        self._rows = list(rows)
        self._given_at = list(range(len(self._rows)))
        self._keys = {}
        self._arrange()
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([])

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def row_given_at(self, given: int) -> int:
        """The row showing the ``given``-th of the rows ``set_rows`` was given (in their order), or -1."""
        return self._given_at.index(given) if 0 <= given < len(self._given_at) else -1

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

    # -- sorting -------------------------------------------------------------------------------------
    def sort_value(self, row: int, column: int) -> Any:
        """What row ``row`` (as shown now) sorts by in ``column``; a model with a cheaper way than
        its ``data(…, SORT_ROLE)`` may say so here."""
        return self.data(self.index(row, column), SORT_ROLE)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column`` (-1: the order the rows were given in); selections follow their rows."""
        self._sort_column, self._sort_order = column, order
        if len(self._rows) < 2:
            return
        self.layoutAboutToBeChanged.emit()
        try:
            was_given_at = self._given_at
            self._arrange()
            shown_at = [0] * len(self._rows)
            for shown, given in enumerate(self._given_at):
                shown_at[given] = shown
            before = self.persistentIndexList()
            self.changePersistentIndexList(
                before, [self.index(shown_at[was_given_at[i.row()]], i.column()) for i in before])
        finally:
            # Views left between the two signals crash on their next paint.
            self.layoutChanged.emit()

    def _arrange(self) -> None:
        """Put ``_rows`` in the order of the current sort."""
        count = len(self._rows)
        given: list[Row] = [self._rows[0]] * count if count else []
        for shown, at in enumerate(self._given_at):
            given[at] = self._rows[shown]
        column = self._sort_column
        if column < 0 or column >= self.columnCount() or count < 2:
            order = list(range(count))
        else:
            if self._keys_generation != i18n.generation():   # words shown, and sorted by, changed
                self._keys, self._keys_generation = {}, i18n.generation()
            keys = self._keys.get(column)
            if keys is None:
                # Worked out over the rows in the order given; _rows is that order while they are read.
                self._rows, self._given_at = given, list(range(count))
                keys = self._keys[column] = sort_keys([self.sort_value(i, column) for i in range(count)])
            order = sorted(range(count), key=keys.__getitem__,
                           reverse=self._sort_order == Qt.SortOrder.DescendingOrder)
        self._rows = [given[at] for at in order]
        self._given_at = order

    def _data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, _roles=()) -> None:
        # Changed rows take their place again, as Qt's sorting proxy re-sorted them.
        self._keys = {}
        if top_left.column() <= self._sort_column <= bottom_right.column():
            self.sort(self._sort_column, self._sort_order)
