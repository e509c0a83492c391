"""The supervisor's month of closings (闭室检查, R10): every day signed, missed or not an opening day,
the chosen day's closing beside it, and the month printed or saved for the file."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QLabel, QScrollArea, QSplitter, QVBoxLayout, QWidget

from counselroom.domain.closing import ClosingDay
from counselroom.services.closing import ClosingService
from counselroom.services.printing import PrintService
from counselroom.ui.closing_text import closing_text
from counselroom.ui.models.closing_history import HistoryModel
from counselroom.ui.pages.base import Page
from counselroom.ui.pdf_output import MonthPdf
from counselroom.ui.styles import ERROR_STYLE, HINT_STYLE, OK_STYLE
from counselroom.ui.widgets.buttons import action_button
from counselroom.ui.widgets.record_table import RecordTable, sorted_proxy


class ClosingMonthView(QWidget):
    """The closing page's Month tab; errors and outcomes go to the page's status line."""

    def __init__(self, page: Page) -> None:
        super().__init__(page)
        self.page = page
        today = page.ctx.session.today()
        self.month = (today.year, today.month)
        self._pdf = MonthPdf(page, "closing_month", PrintService.closing_month)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 8, 0, 0)
        column.setSpacing(8)
        bar = QHBoxLayout()
        bar.setSpacing(6)
        self.prev_month = action_button(self, "previousMonth", "◀",
                                        QCoreApplication.translate("ClosingPage", "The month before"),
                                        self.previous_month)
        self.next_month = action_button(self, "nextMonth", "▶",
                                        QCoreApplication.translate("ClosingPage", "The month after"),
                                        self.following_month)
        for button in (self.prev_month, self.next_month):
            button.setFixedWidth(36)
        self.month_label = QLabel(self)
        self.month_label.setObjectName("monthLabel")
        self.month_label.setStyleSheet("font-weight: 600; font-size: 12pt; padding: 0 8px;")
        self.this_month = action_button(self, "thisMonth", QCoreApplication.translate("ClosingPage", "This month"),
                                        QCoreApplication.translate("ClosingPage", "Back to this month"),
                                        self.current_month)
        bar.addWidget(self.prev_month)
        bar.addWidget(self.month_label)
        bar.addWidget(self.next_month)
        bar.addWidget(self.this_month)
        bar.addStretch(1)
        self.print_button = action_button(
            self, "printMonth", QCoreApplication.translate("ClosingPage", "Print month…"),
            QCoreApplication.translate("ClosingPage", "Print the month's closings for the file"), self.print_month)
        self.save_button = action_button(
            self, "saveMonth", QCoreApplication.translate("ClosingPage", "Save month as PDF…"),
            QCoreApplication.translate("ClosingPage", "Save the month's closings as a PDF file"), self.save_month)
        bar.addWidget(self.print_button)
        bar.addWidget(self.save_button)
        column.addLayout(bar)
        self.summary = QLabel(self)
        self.summary.setObjectName("monthSummary")
        self.summary.setWordWrap(True)
        column.addWidget(self.summary)

        self.model = HistoryModel(self)
        self.proxy = sorted_proxy(self.model, self)
        self.table = RecordTable("historyTable", self.proxy, self, sort_column=HistoryModel.DAY)
        self.table.selectionModel().selectionChanged.connect(self._day_selected)
        detail_scroll = QScrollArea(self)
        detail_scroll.setWidgetResizable(True)
        self.day_detail = QLabel(detail_scroll)
        self.day_detail.setObjectName("dayDetail")
        self.day_detail.setWordWrap(True)
        self.day_detail.setTextFormat(Qt.TextFormat.PlainText)
        self.day_detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.day_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.day_detail.setContentsMargins(10, 8, 10, 8)
        detail_scroll.setWidget(self.day_detail)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(detail_scroll)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([600, 380])
        detail_scroll.setMinimumWidth(300)
        header = self.table.horizontalHeader()
        for col in range(HistoryModel.RECORDS):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        column.addWidget(splitter, 1)

    def load(self) -> None:
        year, month = self.month
        self.month_label.setText(QCoreApplication.translate("ClosingPage", "{year}-{month:02d}").format(
            year=year, month=month))
        today = self.page.ctx.session.today()
        self.next_month.setEnabled((year, month) < (today.year, today.month))
        self.page.load(lambda session: ClosingService(session).history(year, month), self._show_month,
                       slot="month", failed=self.page.show_error)

    def _show_month(self, days: list[ClosingDay]) -> None:
        self.table.selectionModel().blockSignals(True)
        self.model.set_rows(days)
        self.table.selectionModel().blockSignals(False)
        self.day_detail.setText(QCoreApplication.translate("ClosingPage", "Choose a day to see its closing."))
        # The latest day that counts (today, in this month) is selected, so the table opens where the news is.
        latest = max((r for r, d in enumerate(days) if d.counts), default=-1)
        if self.table.select_given_row(latest):
            self.table.scrollTo(self.table.currentIndex())
        past_open = [d for d in days if d.open_day and d.in_use and not d.future]
        signed = [d.closing for d in days if d.closing is not None]
        missed = [d for d in days if d.missed]
        if not past_open and not signed:
            self.summary.setText(QCoreApplication.translate("ClosingPage", "No opening days in this month yet."))
            self.summary.setStyleSheet(HINT_STYLE)
            return
        text = QCoreApplication.translate(
            "ClosingPage", "Opening days: {open}; signed: {signed} ({overridden} with a reason); missed: {missed}."
        ).format(open=len(past_open), signed=len(signed), overridden=len([c for c in signed if c.overridden]),
                 missed=len(missed))
        if missed:
            text += " " + QCoreApplication.translate("ClosingPage", "Missed: {days}.").format(
                days=QCoreApplication.translate("ClosingPage", ", ").join(d.day.strftime("%d") for d in missed))
        self.summary.setText(text)
        self.summary.setStyleSheet(ERROR_STYLE if missed else OK_STYLE)

    def _day_selected(self) -> None:
        day = self.table.selected_record()
        if day is None:
            return
        if day.closing is not None:
            self.day_detail.setText(closing_text(day.closing, self.page.ctx.language))
        elif day.missed:
            self.day_detail.setText(QCoreApplication.translate(
                "ClosingPage", "{day}: the room was open and nobody signed its closing.").format(
                day=day.day.isoformat()))
        elif not day.open_day:
            self.day_detail.setText(QCoreApplication.translate(
                "ClosingPage", "{day}: the room does not open on this day.").format(day=day.day.isoformat()))
        elif not day.in_use:
            self.day_detail.setText(QCoreApplication.translate(
                "ClosingPage", "{day}: before the closing checklist was in use.").format(day=day.day.isoformat()))
        elif day.future:
            self.day_detail.setText(QCoreApplication.translate("ClosingPage", "{day}: still to come.").format(
                day=day.day.isoformat()))
        else:
            self.day_detail.setText(QCoreApplication.translate("ClosingPage", "{day}: not signed yet.").format(
                day=day.day.isoformat()))

    def _shift_month(self, step: int) -> None:
        year, month = self.month
        month += step
        year, month = (year - 1, 12) if month < 1 else (year + 1, 1) if month > 12 else (year, month)
        self.month = (year, month)
        self.load()

    def previous_month(self) -> None:
        self._shift_month(-1)

    def following_month(self) -> None:
        self._shift_month(1)

    def current_month(self) -> None:
        today = self.page.ctx.session.today()
        self.month = (today.year, today.month)
        self.load()

    def print_month(self) -> None:
        self._pdf.print(
            *self.month, QCoreApplication.translate("ClosingPage", "Closing record {year}-{month:02d}"),
            QCoreApplication.translate("ClosingPage",
                                       "The closing record of {year}-{month:02d} was sent to the printer."))

    def save_month(self) -> None:
        self._pdf.save(
            *self.month, QCoreApplication.translate("ClosingPage", "closing-record-{year}-{month:02d}.pdf"),
            QCoreApplication.translate(
                "ClosingPage", "The PDF lists who closed the room on which day and the reasons they gave. It is not "
                "encrypted: save it only where it is needed and delete it afterwards."),
            QCoreApplication.translate("ClosingPage", "The closing record of {year}-{month:02d} was saved as {path}."))

    def clear(self) -> None:
        self.table.selectionModel().blockSignals(True)
        self.model.clear()
        self.table.selectionModel().blockSignals(False)
        self.summary.clear()
        self.day_detail.clear()
