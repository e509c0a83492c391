"""The read-only, sortable table every list page shows its records in."""

from __future__ import annotations

from PySide6.QtCore import QIdentityProxyModel, QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from counselroom.ui.models.rows_model import RowsModel


class SortedRows(QIdentityProxyModel):
    """A table's rows as its RowsModel holds them. Qt hands a header click's ``sort()`` on to the
    model, which sorts itself with one key per row; a QSortFilterProxyModel here called into Python
    twice per comparison and held the window ~70 ms for a few thousand crises (issue 15). Pages map
    through it (``mapToSource``/``mapFromSource``) as through any proxy; the rows map to themselves."""

    def rows(self) -> RowsModel:
        rows = self.sourceModel()
        assert isinstance(rows, RowsModel)   # set by sorted_proxy, never replaced
        return rows


def sorted_proxy(model: RowsModel, parent: QWidget) -> SortedRows:
    proxy = SortedRows(parent)
    proxy.setSourceModel(model)
    return proxy


# Rows measured when columns are fitted to their contents.
SIZE_SAMPLE_ROWS = 60


class RecordTable(QTableView):
    def __init__(self, name: str, proxy: SortedRows, parent: QWidget, *,
                 sort_column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder,
                 single_selection: bool = True, row_height: int = 30) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setStyleSheet("QTableView::item { padding: 0 8px; }")
        self.setModel(proxy)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        if single_selection:
            self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setSortingEnabled(True)
        self.sortByColumn(sort_column, order)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(row_height)
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setHighlightSections(False)
        # Fitting columns measures this many rows, not Qt's 1,000: measuring Chinese text in every
        # row of a 200-row page held the window ~100 ms each time a page of rows arrived (issue 15).
        self.horizontalHeader().setResizeContentsPrecision(SIZE_SAMPLE_ROWS)

    # The table shows a RowsModel through its proxy; these map between what is
    # selected on screen and the model's records, so pages do not each do it again.
    def _proxy(self) -> SortedRows:
        proxy = self.model()
        assert isinstance(proxy, SortedRows)   # set in __init__, never replaced
        return proxy

    def _rows(self) -> RowsModel:
        return self._proxy().rows()

    def record_at(self, index: QModelIndex):
        """The record shown in the row of ``index`` (an index of this table's proxy)."""
        return self._rows().row_at(self._proxy().mapToSource(index).row())

    def selected_record(self):
        """The record of the selected row, or None."""
        selection = self.selectionModel()
        rows = selection.selectedRows() if selection is not None else []
        return self.record_at(rows[0]) if rows else None

    def select_model_row(self, row: int) -> bool:
        """Select the row that shows the model's row ``row`` (-1: nothing); False if there is none."""
        if row < 0:
            return False
        self.selectRow(self._proxy().mapFromSource(self._rows().index(row, 0)).row())
        return True

    def select_given_row(self, given: int) -> bool:
        """Select the row of the ``given``-th record of the list the model was last given (sorted,
        it may be shown anywhere); False if there is none."""
        return self.select_model_row(self._rows().row_given_at(given))

    def select_record(self, record_id) -> bool:
        """Select the row of the record whose ``id`` is ``record_id``; False if it is not listed."""
        return self.select_model_row(self._rows().row_of(record_id))
