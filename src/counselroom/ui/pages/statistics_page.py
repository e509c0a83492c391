"""The statistics page (统计, issue 16 §1): the room's figures for a month, a term, a school year or any
range of days, as figure cards, charts and tables, section by section.

The supervisor reads the whole room or one person's work; a counsellor reads their own
(``StatisticsService`` decides, the page only offers what it will accept). The figures are read on
a worker (``Page.load``) and arrive as one ``Statistics``.

**Exact counts, on screen only.** This view shows every count as it is, small ones too, because the
people who did the work need them to plan it. It says so in a red-framed note: what leaves the room
(printed reports, PDFs, workbooks) is made elsewhere and always has small counts suppressed
(issue 16 §2). So this page has no print or export of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QButtonGroup, QComboBox, QDateEdit, QFrame, QGridLayout, QHBoxLayout, QHeaderView, QLabel,
    QPushButton, QScrollArea, QTableWidget, QTableWidgetItem, QToolButton, QVBoxLayout, QWidget,
)

from counselroom.domain.access import may_see_clinical
from counselroom.domain.errors import CounselRoomError
from counselroom.domain.periods import (
    DEFAULT_TERMS, Period, PeriodKind, TermMonths, latest, range_period, shifted,
)
from counselroom.domain.statistics import Section, Statistics, Table, TableId, Unit, Value, ValueId
from counselroom.services.session import Session
from counselroom.services.statistics import StatisticsService
from counselroom.ui.context import AppContext
from counselroom.ui.labels import label_of, screen_language
from counselroom.ui.messages import error_text
from counselroom.ui.pages.base import Page
from counselroom.ui.styles import (
    CARD_BOX, ERROR_DEEP_INK, ERROR_INK, ERROR_TINT, HINT_INK, HINT_STYLE, SELECTION_BG, SELECTION_BORDER,
)
from counselroom.ui.widgets.bar_chart import BarChart
from counselroom.ui.widgets.duty_week_chart import hours_text

#: Series in time: vertical bars, stacked by the columns.
OVER_TIME = frozenset({TableId.VISITS_BY_MONTH, TableId.ACTIVITIES_BY_MONTH, TableId.DUTY_BY_WEEK})
WIDE_COLUMNS = 3       # a table with more columns than this takes the whole width
TABLE_ROW_HEIGHT = 24
KINDS = (PeriodKind.MONTH, PeriodKind.TERM, PeriodKind.YEAR, PeriodKind.RANGE)


# One style sheet for every card and toggle: a sheet per widget made Qt restyle each on its own.
BODY_STYLE = (f'QFrame[card="true"] {{ {CARD_BOX} }}'
              'QToolButton[toggle="true"] { padding: 2px 10px; border: 1px solid transparent; border-radius: 4px; }'
              f'QToolButton[toggle="true"]:checked {{ background: {SELECTION_BG}; border-color: {SELECTION_BORDER}; }}')


@dataclass(frozen=True)
class StatisticsData:
    """What the page shows, gathered off the GUI thread."""

    statistics: Statistics
    people: list[tuple[int, str]]
    terms: TermMonths


@dataclass(frozen=True)
class PeriodChoice:
    """What the person chose: a kind and a day inside the period (the period itself follows from the
    room's term months, read with the figures), or a range of days."""

    kind: PeriodKind
    day: date
    last: date | None = None      # a range's last day; ``day`` is its first

    def period(self, terms: TermMonths) -> Period:
        if self.kind is PeriodKind.RANGE:
            return range_period(self.day, self.last or self.day)
        return latest(self.kind, self.day, terms)


def gather_statistics(session: Session, choice: PeriodChoice, counsellor_id: int | None) -> StatisticsData:
    service = StatisticsService(session)
    terms = service.terms()
    return StatisticsData(service.figures(choice.period(terms), counsellor_id), service.people(), terms)


def _day(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


def over_time(table: Table) -> bool:
    """Drawn as vertical bars in time order: a series over more than one month or week."""
    return table.id in OVER_TIME and len(table.rows) > 1


def _number(value: int | float) -> str:
    return f"{value:,}" if isinstance(value, int) else f"{value:,.1f}".rstrip("0").rstrip(".")


def cell_text(unit: Unit, value: int | float) -> str:
    """A cell or total as the page writes it: minutes as hours, the rest as numbers."""
    return hours_text(int(value)) if unit is Unit.MINUTES else _number(value)


class TableCard(QFrame):
    """One table: its title, a chart or the table itself (a toggle between them)."""

    def __init__(self, table: Table, lang: str, parent: QWidget | None = None, *,
                 minimum: float | None = None) -> None:
        """``minimum``: a level each bar is measured against (minutes), drawn across the chart."""
        super().__init__(parent)
        self.table = table
        self.setObjectName(f"table_{table.id.value}" + (f"_{table.subject.key}" if table.subject else ""))
        self.setProperty("card", True)     # styled by the page's one style sheet (BODY_STYLE)
        column = QVBoxLayout(self)
        column.setContentsMargins(14, 10, 14, 12)
        column.setSpacing(8)
        head = QHBoxLayout()
        title = label_of(table.id)
        if table.subject is not None:
            title = self.tr("{table}: {subject}").format(table=title, subject=table.subject.text(lang))
        self.title = QLabel(title, self)
        self.title.setObjectName("tableTitle")
        self.title.setStyleSheet("font-weight: 600;")
        self.title.setWordWrap(True)
        head.addWidget(self.title, 1)
        self.chart_button = self._toggle(self.tr("Chart"), "showChart")
        self.table_button = self._toggle(self.tr("Table"), "showTable")
        group = QButtonGroup(self)
        group.setExclusive(True)
        for button in (self.chart_button, self.table_button):
            group.addButton(button)
            head.addWidget(button)
        self.chart_button.setChecked(True)
        column.addLayout(head)

        rows = [r.text(lang) for r in table.rows]
        series = [c.text(lang) for c in table.columns]
        self.chart = BarChart(self, empty_text=self.tr("Nothing in this period."))
        if table.unit is Unit.MINUTES:
            # Hours read better than minutes, and make round grid lines.
            reference = minimum / 60 if minimum else None
            self.chart.show_data(rows, series, [[n / 60 for n in r] for r in table.cells],
                                 vertical=over_time(table), value_text=lambda h: hours_text(round(h * 60)),
                                 reference=reference,
                                 reference_label=self.tr("Minimum {hours}").format(
                                     hours=hours_text(round(minimum))) if minimum else "")
        else:
            self.chart.show_data(rows, series, table.cells, vertical=over_time(table), value_text=_number)
        column.addWidget(self.chart)
        self._lang = lang
        # Built when first asked for: two dozen item tables on every load blocked the window.
        self._grid: QTableWidget | None = None
        self._column = column
        column.addStretch(1)
        self.chart_button.toggled.connect(self._switch)

    def _toggle(self, text: str, name: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setText(text)
        button.setCheckable(True)
        button.setAutoRaise(True)
        button.setProperty("toggle", True)
        return button

    @property
    def grid(self) -> QTableWidget:
        if self._grid is None:
            self._grid = self._table_view(self._lang)
            self._grid.hide()
            self._column.insertWidget(self._column.indexOf(self.chart) + 1, self._grid)
        return self._grid

    def _switch(self, chart: bool) -> None:
        self.chart.setVisible(chart)
        self.grid.setVisible(not chart)

    def showing_chart(self) -> bool:
        return self.chart_button.isChecked()

    def _table_view(self, lang: str) -> QTableWidget:
        table = self.table
        totals_column = len(table.columns) > 1
        totals_row = len(table.rows) > 1
        headers = [c.text(lang) for c in table.columns] + ([self.tr("Total")] if totals_column else [])
        rows = [r.text(lang) for r in table.rows] + ([self.tr("Total")] if totals_row else [])
        view = QTableWidget(len(rows), len(headers), self)
        view.setObjectName("tableView")
        view.setHorizontalHeaderLabels(headers)
        view.setVerticalHeaderLabels(rows)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        grid = [list(r) + ([sum(r)] if totals_column else []) for r in table.cells]
        if totals_row:
            grid.append(list(table.column_totals) + ([table.total] if totals_column else []))
        for r, values in enumerate(grid):
            for c, value in enumerate(values):
                item = QTableWidgetItem(cell_text(table.unit, value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if (totals_row and r == len(grid) - 1) or (totals_column and c == len(values) - 1):
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                view.setItem(r, c, item)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch if len(headers) <= 4
                                    else QHeaderView.ResizeMode.ResizeToContents)
        view.verticalHeader().setDefaultSectionSize(TABLE_ROW_HEIGHT)
        view.setFixedHeight(header.sizeHint().height() + TABLE_ROW_HEIGHT * len(rows) + 2 * view.frameWidth() + 6)
        return view


class FigureCard(QFrame):
    """One value: what it is, and the number."""

    def __init__(self, value: Value, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"value_{value.id.value}")
        self.setProperty("card", True)
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 8, 12, 10)
        column.setSpacing(2)
        caption = QLabel(label_of(value.id), self)
        caption.setWordWrap(True)
        caption.setStyleSheet(HINT_STYLE)
        self.number = QLabel(self.value_text(value), self)
        self.number.setObjectName("figure")
        self.number.setStyleSheet("font-size: 16pt; font-weight: 600;")
        column.addWidget(caption)
        column.addWidget(self.number)
        self.setMinimumWidth(150)

    def value_text(self, value: Value) -> str:
        if value.value is None:
            return "—"
        if value.unit is Unit.MINUTES:
            return hours_text(int(value.value))
        if value.unit is Unit.SCORE:
            return self.tr("{score} of 5").format(score=_number(value.value))
        if value.unit is Unit.DAYS and isinstance(value.value, float):
            return self.tr("{n} days").format(n=_number(value.value))
        return _number(value.value)


class StatisticsPage(Page):
    key = "statistics"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._terms = DEFAULT_TERMS
        self._choice = PeriodChoice(PeriodKind.MONTH, ctx.session.today())
        self._period: Period = self._choice.period(self._terms)
        self._counsellor: int | None = None
        self._data: StatisticsData | None = None
        self._whole_room = StatisticsService(ctx.session).sees_whole_room()
        layout = self.page_column(spacing=10)

        self.note = QLabel(self.tr("Internal: exact small counts, not for use outside the room. Printed and "
                                   "exported reports hide small counts."), self)
        self.note.setObjectName("internalNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet(f"border: 2px solid {ERROR_INK}; border-radius: 6px; padding: 6px 10px; "
                                f"background: {ERROR_TINT}; color: {ERROR_DEEP_INK}; font-weight: 600;")
        layout.addWidget(self.note)
        layout.addLayout(self._controls())

        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("statisticsScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.body = QWidget(self.scroll_area)
        self.body.setObjectName("statisticsBody")
        self.body.setStyleSheet(BODY_STYLE)
        self.sections = QVBoxLayout(self.body)
        self.sections.setContentsMargins(0, 0, 8, 0)
        self.sections.setSpacing(10)
        self.sections.addStretch(1)
        self.scroll_area.setWidget(self.body)
        layout.addWidget(self.scroll_area, 1)
        self._show_period()

    # -- the controls ----------------------------------------------------------------------------------
    def _controls(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(8)
        self.kind_box = QComboBox(self)
        self.kind_box.setObjectName("periodKind")
        for kind, text in zip(KINDS, (self.tr("Month"), self.tr("Term"), self.tr("School year"),
                                      self.tr("Range of days"))):
            self.kind_box.addItem(text, kind.value)
        self.kind_box.activated.connect(self._kind_changed)
        self.previous_button = QPushButton(self.tr("◀ Previous"), self)
        self.previous_button.setObjectName("previousPeriod")
        self.previous_button.clicked.connect(lambda: self._step(-1))
        self.period_label = QLabel(self)
        self.period_label.setObjectName("periodLabel")
        self.period_label.setStyleSheet("font-weight: 600; padding: 0 6px;")
        self.period_label.setMinimumWidth(170)
        self.period_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_button = QPushButton(self.tr("Next ▶"), self)
        self.next_button.setObjectName("nextPeriod")
        self.next_button.clicked.connect(lambda: self._step(1))
        self.first_day = self._date_edit("rangeFirst")
        self.to_label = QLabel(self.tr("to"), self)
        self.last_day = self._date_edit("rangeLast")
        for widget in (QLabel(self.tr("Period"), self), self.kind_box, self.previous_button, self.period_label,
                       self.next_button, self.first_day, self.to_label, self.last_day):
            row.addWidget(widget)
        row.addSpacing(16)
        self.who_box = QComboBox(self)
        self.who_box.setObjectName("whoseWork")
        self.who_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.who_box.addItem(self.tr("Whole room"), None)
        self.who_box.activated.connect(self._who_changed)
        self.who_caption = QLabel(self.tr("Whose work"), self)
        self.own_hint = QLabel(self.tr("Your own work"), self)
        self.own_hint.setObjectName("ownWork")
        self.own_hint.setStyleSheet(HINT_STYLE)
        row.addWidget(self.who_caption)
        row.addWidget(self.who_box)
        row.addWidget(self.own_hint)
        self.who_caption.setVisible(self._whole_room)
        self.who_box.setVisible(self._whole_room)
        self.own_hint.setVisible(not self._whole_room)
        row.addStretch(1)
        return row

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.dateChanged.connect(self._range_changed)
        return edit

    def _show_period(self) -> None:
        ranged = self._choice.kind is PeriodKind.RANGE
        self.kind_box.setCurrentIndex(KINDS.index(self._choice.kind))
        for widget in (self.first_day, self.to_label, self.last_day):
            widget.setVisible(ranged)
        self.period_label.setVisible(not ranged)
        self.period_label.setText(self._period.label(screen_language()))
        for edit, day in ((self.first_day, self._period.first), (self.last_day, self._period.last)):
            edit.blockSignals(True)
            edit.setDate(QDate(day.year, day.month, day.day))
            edit.blockSignals(False)

    def _choose(self, choice: PeriodChoice) -> None:
        try:
            period = choice.period(self._terms)
        except CounselRoomError as err:      # a year out of range: stay where we are
            self.status_text(error_text(err))
            return
        self._choice, self._period = choice, period
        self._show_period()
        self.refresh()

    def _kind_changed(self, index: int) -> None:
        kind = KINDS[index]
        today = self.ctx.session.today()
        day = today if self._period.contains(today) else self._period.first
        if kind is PeriodKind.RANGE:
            self._choose(PeriodChoice(kind, self._period.first, self._period.last))
        else:
            self._choose(PeriodChoice(kind, day))

    def _step(self, steps: int) -> None:
        try:
            period = shifted(self._period, steps, self._terms)
        except CounselRoomError as err:
            self.status_text(error_text(err))
            return
        last = period.last if period.kind is PeriodKind.RANGE else None
        self._choose(PeriodChoice(period.kind, period.first, last))

    def _range_changed(self) -> None:
        first, last = _day(self.first_day.date()), _day(self.last_day.date())
        if last < first:
            last = first
        self._choose(PeriodChoice(PeriodKind.RANGE, first, last))

    def _who_changed(self, _index: int) -> None:
        self._counsellor = self.who_box.currentData()
        self.refresh()

    def status_text(self, text: str) -> None:
        self.period_label.setText(text)

    # -- loading ------------------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Statistics")

    @classmethod
    def allowed_for(cls, user) -> bool:
        return may_see_clinical(user)

    def refresh(self) -> None:
        choice, counsellor = self._choice, self._counsellor
        self.load(lambda session: gather_statistics(session, choice, counsellor), self._show_data, slot="figures")

    def _show_data(self, data: StatisticsData) -> None:
        if data == self._data and self.table_cards():
            return          # coming back to the page: the same figures stay as they are shown
        self._data = data
        self._terms = data.terms
        self._period = data.statistics.period
        self._show_period()
        self._fill_people(data.people)
        self._fill_sections(data.statistics)

    def _fill_people(self, people: list[tuple[int, str]]) -> None:
        if not self._whole_room:
            return
        self.who_box.clear()
        self.who_box.addItem(self.tr("Whole room"), None)
        for person_id, name in people:
            self.who_box.addItem(name, person_id)
        self.who_box.setCurrentIndex(max(0, self.who_box.findData(self._counsellor)))

    def _clear_sections(self) -> None:
        while self.sections.count() > 1:
            item = self.sections.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()

    def _fill_sections(self, stats: Statistics) -> None:
        self.body.setUpdatesEnabled(False)
        self._clear_sections()
        lang = screen_language()
        at = 0
        for section in Section:
            tables, values = stats.section(section)
            if not tables and not values:
                continue
            box = self._section(section, tables, values, lang)
            self.sections.insertWidget(at, box)
            box.show()        # at once, not when the layout's queued show comes round
            at += 1
        self.body.setUpdatesEnabled(True)

    def _section(self, section: Section, tables: tuple[Table, ...], values: tuple[Value, ...],
                 lang: str) -> QWidget:
        box = QWidget(self.body)
        box.setObjectName(f"section_{section.value}")
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 8, 0, 4)
        column.setSpacing(8)
        heading = QLabel(label_of(section), box)
        heading.setObjectName("sectionHeading")
        heading.setStyleSheet(f"font-size: 13pt; font-weight: 600; border-bottom: 1px solid {HINT_INK}; "
                              "padding-bottom: 2px;")
        column.addWidget(heading)
        if values:
            cards = QHBoxLayout()
            cards.setSpacing(8)
            for value in values:
                cards.addWidget(FigureCard(value, box))
            cards.addStretch(1)
            column.addLayout(cards)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(10)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        # Narrow cards two by two first, then the wide ones: no half row left empty in between.
        wide = [t for t in tables if over_time(t) or len(t.columns) > WIDE_COLUMNS]
        narrow = [t for t in tables if t not in wide]
        for i, table in enumerate(narrow):
            grid.addWidget(TableCard(table, lang, box), i // 2, i % 2)
        start = (len(narrow) + 1) // 2
        minimum = next((v.value for v in values if v.id is ValueId.MIN_WEEKLY_MINUTES), None)
        for i, table in enumerate(wide):
            line = minimum if table.id is TableId.DUTY_BY_WEEK else None
            grid.addWidget(TableCard(table, lang, box, minimum=line), start + i, 0, 1, 2)
        column.addLayout(grid)
        return box

    def table_cards(self) -> list[TableCard]:
        return self.body.findChildren(TableCard)

    def figure_cards(self) -> list[FigureCard]:
        return self.body.findChildren(FigureCard)

    def shown(self) -> StatisticsData | None:
        return self._data

    def clear_sensitive(self) -> None:
        self._data = None
        self._clear_sections()
        if self._whole_room:
            self.who_box.clear()
            self.who_box.addItem(self.tr("Whole room"), None)
            self._counsellor = None
