"""The read-only, sortable table every list page shows its records in."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

from counselroom.ui.models.rows_model import SORT_ROLE


def sorted_proxy(model: QAbstractItemModel, parent: QWidget) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    # Names sort the way the system's language sorts them (pinyin on a Chinese Windows).
    proxy.setSortLocaleAware(True)
    return proxy


class RecordTable(QTableView):
    def __init__(self, name: str, proxy: QSortFilterProxyModel, parent: QWidget, *,
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
