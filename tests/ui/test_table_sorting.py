"""Tables sort themselves: a click on a heading sorts by that column either way, Chinese names the way
the language sorts them, dates and numbers by value; the selected row stays on its record; one key
per row and sort, never a call into Python per comparison (issue 15)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from PySide6.QtCore import QLocale, QPoint, Qt
from PySide6.QtWidgets import QWidget

from counselroom.domain.visits import RiskLevel
from counselroom.ui.models.crises_model import CrisesModel
from counselroom.ui.models.rows_model import SORT_ROLE, RowsModel
from counselroom.ui.pages.crises_page import CrisesPage
from counselroom.ui.widgets.record_table import RecordTable, sorted_proxy
from test_crises_page import _open_case, _sign_with_services

ASC, DESC = Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder


@dataclass
class Item:
    id: int
    name: str
    day: date
    count: int
    note: str | None = None


class ItemsModel(RowsModel[Item]):
    NAME, DAY, COUNT, NOTE = range(4)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.keys_asked = 0

    def headers(self) -> tuple[str, ...]:
        return ("Name", "Day", "Count", "Note")

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        item, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            # Shown the way that would sort wrongly as text: "5 Mar 2026", "9 min" after "10 min".
            return (item.name, f"{item.day.day} {item.day:%b %Y}", f"{item.count} min", item.note or "")[col]
        if role == SORT_ROLE:
            self.keys_asked += 1
            return (item.name, item.day.isoformat(), item.count, item.note)[col]
        return None

    def replace(self, item: Item) -> None:
        row = self.row_of(item.id)
        self._rows[row] = item
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))


ITEMS = [Item(1, "张三", date(2026, 3, 5), 9, "b"), Item(2, "李四", date(2025, 12, 31), 10),
         Item(3, "阿明", date(2026, 11, 20), 100, "a"), Item(4, "王五", date(2026, 3, 14), 10, "c")]


@pytest.fixture
def chinese_collation():
    """Names sort as on a Chinese Windows (pinyin), whatever this machine's locale is."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def table(qtbot):
    holder = QWidget()
    qtbot.addWidget(holder)
    model = ItemsModel(holder)
    view = RecordTable("itemsTable", sorted_proxy(model, holder), holder, sort_column=ItemsModel.DAY)
    view.resize(600, 300)
    holder.show()
    qtbot.waitExposed(holder)
    model.set_rows(ITEMS)
    yield view     # the holder lives as long as the test


def _model(view: RecordTable) -> ItemsModel:
    model = view.model().sourceModel()
    assert isinstance(model, ItemsModel)
    return model


def _shown(view: RecordTable, column: int = ItemsModel.NAME) -> list[str]:
    proxy = view.model()
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def _click_heading(qtbot, view: RecordTable, column: int) -> None:
    header = view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def _sorted_by(view: RecordTable) -> tuple[int, Qt.SortOrder]:
    header = view.horizontalHeader()
    return header.sortIndicatorSection(), header.sortIndicatorOrder()


def test_clicking_a_heading_sorts_by_it_both_ways(table, qtbot, chinese_collation):
    assert _shown(table) == ["李四", "张三", "王五", "阿明"]    # by day, as the table starts

    _click_heading(qtbot, table, ItemsModel.NAME)
    assert _sorted_by(table) == (ItemsModel.NAME, ASC)
    assert _shown(table) == ["阿明", "李四", "王五", "张三"]    # a, li, wang, zhang
    _click_heading(qtbot, table, ItemsModel.NAME)
    assert _sorted_by(table) == (ItemsModel.NAME, DESC)
    assert _shown(table) == ["张三", "王五", "李四", "阿明"]

    _click_heading(qtbot, table, ItemsModel.DAY)     # by the date, not by "14 Mar 2026" as text
    assert _shown(table, ItemsModel.DAY) == ["31 Dec 2025", "5 Mar 2026", "14 Mar 2026", "20 Nov 2026"]
    _click_heading(qtbot, table, ItemsModel.DAY)
    assert _shown(table, ItemsModel.DAY) == ["20 Nov 2026", "14 Mar 2026", "5 Mar 2026", "31 Dec 2025"]

    _click_heading(qtbot, table, ItemsModel.COUNT)   # 9 before 10 before 100; equal ones as given
    assert _shown(table, ItemsModel.COUNT) == ["9 min", "10 min", "10 min", "100 min"]
    assert _shown(table) == ["张三", "李四", "王五", "阿明"]
    _click_heading(qtbot, table, ItemsModel.COUNT)   # the two 10s keep the order they were given in
    assert _shown(table) == ["阿明", "李四", "王五", "张三"]

    _click_heading(qtbot, table, ItemsModel.NOTE)    # nothing after everything
    assert _shown(table, ItemsModel.NOTE) == ["a", "b", "c", ""]


def test_the_selected_row_stays_on_its_record(table, qtbot):
    assert table.select_record(4)
    for column in (ItemsModel.NAME, ItemsModel.NAME, ItemsModel.COUNT, ItemsModel.DAY):
        _click_heading(qtbot, table, column)
        assert table.selected_record().id == 4
        [row] = table.selectionModel().selectedRows()
        assert table.model().index(row.row(), ItemsModel.NAME).data() == "王五"
        assert _model(table).row_at(table.model().mapToSource(row).row()).id == 4
        assert table.record_at(table.model().index(0, 0)) is _model(table).row_at(0)
    # "The first of the rows as they were given" (the newest backup, today's closing) is found wherever it is shown.
    assert table.select_given_row(0)
    assert table.selected_record().id == ITEMS[0].id
    assert not table.select_given_row(len(ITEMS))


def test_rows_that_arrive_later_come_sorted_as_the_table_is(table, qtbot, chinese_collation):
    _click_heading(qtbot, table, ItemsModel.COUNT)
    _click_heading(qtbot, table, ItemsModel.COUNT)
    _model(table).set_rows(list(reversed(ITEMS)))
    assert _shown(table, ItemsModel.COUNT) == ["100 min", "10 min", "10 min", "9 min"]
    assert _shown(table)[1:3] == ["王五", "李四"]     # ties in the new order given

    _model(table).replace(Item(1, "张三", date(2026, 3, 5), 1000))    # a changed row moves to its place
    assert _shown(table) == ["张三", "阿明", "王五", "李四"]


def test_one_key_per_row_and_column_however_many_rows(table, qtbot):
    model = _model(table)
    many = [Item(i, f"名{i % 97}", date(2026, 1, 1 + i % 28), i % 13) for i in range(2000)]
    model.set_rows(many)
    model.keys_asked = 0
    _click_heading(qtbot, table, ItemsModel.COUNT)
    assert model.keys_asked == len(many)     # Qt's sorting proxy asked twice per comparison: ~40,000
    _click_heading(qtbot, table, ItemsModel.COUNT)
    assert model.keys_asked == len(many)     # the other way round: the keys are known
    counts = [int(text.split()[0]) for text in _shown(table, ItemsModel.COUNT)]
    assert counts == sorted(counts, reverse=True)


def _crises_page(ctx, qtbot) -> CrisesPage:
    page = CrisesPage(ctx)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    return page


def test_crises_sort_by_a_heading_and_keep_the_open_crisis(ctx, qtbot, chinese_collation):
    for name, risk in (("张三", RiskLevel.MEDIUM), ("李四", RiskLevel.HIGH), ("阿明", RiskLevel.MEDIUM)):
        _sign_with_services(ctx.session, _open_case(ctx.session, name), risk)
    page = _crises_page(ctx, qtbot)
    table = page.table
    assert _shown(table, CrisesModel.CLIENT) == ["李四", "张三", "阿明"]    # high risk first, then as listed

    _click_heading(qtbot, table, CrisesModel.CLIENT)
    assert _shown(table, CrisesModel.CLIENT) == ["阿明", "李四", "张三"]
    row = _shown(table, CrisesModel.CLIENT).index("李四")
    table.selectRow(row)
    chosen = page.selected_crisis()
    assert chosen.client_name == "李四" and page.panel.crisis.id == chosen.id

    _click_heading(qtbot, table, CrisesModel.CLIENT)
    assert _shown(table, CrisesModel.CLIENT) == ["张三", "李四", "阿明"]
    _click_heading(qtbot, table, CrisesModel.RISK)
    assert page.selected_crisis().id == chosen.id and page.panel.crisis.id == chosen.id
    [selected] = table.selectionModel().selectedRows()
    assert table.model().index(selected.row(), CrisesModel.CLIENT).data() == "李四"

    page.refresh()     # the list read again keeps its sort and the selection
    assert _sorted_by(table)[0] == CrisesModel.RISK
    assert page.selected_crisis().id == chosen.id
