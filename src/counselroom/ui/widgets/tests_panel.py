"""A case's psychological tests (测验记录, R5): the list, one test in the entry form, the trend per scale.

Used by the tests page and, as a tab, by the case window (``show_case``, ``clear``, ``changed``).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QHBoxLayout, QHeaderView, QLabel, QMessageBox, QSplitter, QStackedWidget, QVBoxLayout, QWidget,
)

from counselroom.domain.access import may_see_clinical
from counselroom.domain.cases import Case
from counselroom.domain.errors import CounselRoomError
from counselroom.domain.plural import plural
from counselroom.domain.scales import TestRecord
from counselroom.services.printing import PrintService
from counselroom.services.scales import ScaleService
from counselroom.services.tests import TestService
from counselroom.ui.break_glass import with_reason
from counselroom.ui.context import AppContext
from counselroom.ui.dialogs.new_test_dialog import NewTestDialog
from counselroom.ui.messages import error_text
from counselroom.ui.models.tests_model import COL_DATE, COL_SCALE, TestsModel
from counselroom.ui.pdf_output import output_pdf
from counselroom.ui.styles import ERROR_STYLE
from counselroom.ui.widgets.buttons import action_button
from counselroom.ui.widgets.case_panel import CasePanel
from counselroom.ui.widgets.fitted_combo import FittedComboBox
from counselroom.ui.widgets.hint_label import hint_label
from counselroom.ui.widgets.record_table import RecordTable, sorted_proxy
from counselroom.ui.widgets.test_entry import TestEntry
from counselroom.ui.widgets.trend_chart import Band, Point, TrendChart

SECTION_STYLE = "font-weight: 600;"


class TestsPanel(CasePanel):
    """The tests of the shown case: list, entry form, trend, report. ``changed`` after start, sign, discard."""

    __test__ = False   # not a pytest test class
    key = "testsPanel"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.case: Case | None = None
        self._allowed = may_see_clinical(ctx.user)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 8, 0, 0)
        outer.setSpacing(6)
        self.stack = QStackedWidget(self)
        outer.addWidget(self.stack, 1)

        # -- the list and the trend ------------------------------------------------------------
        listing = QWidget(self.stack)
        lcol = QVBoxLayout(listing)
        lcol.setContentsMargins(0, 0, 0, 0)
        lcol.setSpacing(6)
        self.hint = hint_label("", listing, "testsHint")
        lcol.addWidget(self.hint)
        split = QSplitter(Qt.Orientation.Vertical, listing)
        split.setChildrenCollapsible(False)
        top = QWidget(split)
        tcol = QVBoxLayout(top)
        tcol.setContentsMargins(0, 0, 0, 0)
        tcol.setSpacing(6)
        self.model = TestsModel(ctx.language, self)
        self.proxy = sorted_proxy(self.model, self)
        self.table = RecordTable("testsTable", self.proxy, top, sort_column=COL_DATE,
                                 order=Qt.SortOrder.DescendingOrder)
        self.table.activated.connect(self._row_activated)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        tcol.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        buttons.setSpacing(8)
        self.new_button = action_button(self, "newTest", self.tr("New test…"),
                                        self.tr("Give the client a scale from the library"), self.new_test)
        self.open_button = action_button(self, "openTest", self.tr("Open"),
                                         self.tr("Show the selected test (Enter or double-click)"),
                                         self.open_selected)
        self.print_button = action_button(self, "printTestReport", self.tr("Print report…"),
                                          self.tr("Print the selected test's report: answers, scores, band, "
                                                  "interpretation and trend"), self.print_report)
        self.pdf_button = action_button(self, "saveTestReport", self.tr("Save report as PDF…"),
                                        self.tr("Save the selected test's report as a PDF"), self.save_report)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.pdf_button)
        tcol.addLayout(buttons)
        trend = QWidget(split)
        rcol = QVBoxLayout(trend)
        rcol.setContentsMargins(0, 4, 0, 0)
        rcol.setSpacing(6)
        head = QHBoxLayout()
        head.setSpacing(8)
        self.trend_title = QLabel(self.tr("Trend"), trend)
        self.trend_title.setStyleSheet(SECTION_STYLE)
        head.addWidget(self.trend_title)
        self.trend_scale = FittedComboBox(trend)
        self.trend_scale.setObjectName("trendScale")
        self.trend_scale.setToolTip(self.tr("The scale whose scores are drawn"))
        self.trend_scale.currentIndexChanged.connect(self._trend_scale_changed)
        head.addWidget(self.trend_scale)
        head.addStretch(1)
        rcol.addLayout(head)
        self.chart = TrendChart(trend)
        self.chart.setMinimumHeight(170)     # the case window is not tall; the list needs its rows too
        self.chart.setToolTip(self.tr("Signed tests of this client on the scale, oldest first, over the scale's "
                                      "bands"))
        rcol.addWidget(self.chart, 1)
        self._show_no_trend()
        split.addWidget(top)
        split.addWidget(trend)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([300, 240])
        self.trend_box = trend
        lcol.addWidget(split, 1)
        self.stack.addWidget(listing)

        # -- one test -----------------------------------------------------------------------------
        entry_page = QWidget(self.stack)
        ecol = QVBoxLayout(entry_page)
        ecol.setContentsMargins(0, 0, 0, 0)
        ecol.setSpacing(6)
        self.entry = TestEntry(ctx, entry_page)
        self.back_button = action_button(self, "backToTests", self.tr("← All tests"),
                                         self.tr("Back to the list of this case's tests and the trend"),
                                         self.back_to_list)
        self.entry.head_layout.insertWidget(0, self.back_button, 0, Qt.AlignmentFlag.AlignTop)
        self.entry.saved.connect(self._saved)
        self.entry.signed.connect(self._signed)
        self.entry.discarded.connect(self._discarded)
        ecol.addWidget(self.entry, 1)
        self.stack.addWidget(entry_page)

        # An outcome line only while there is one: the case window is not tall.
        self.add_status_line(outer, "testsStatus", hidden_when_empty=True)

        if not self._allowed:
            self.stack.hide()
        ctx.locked.connect(self.clear)
        self._show_hint()
        self._update_buttons()

    def _service(self) -> TestService:
        return TestService(self.ctx.session)

    # -- the panel contract -------------------------------------------------------------------------
    def show_case(self, case: Case) -> None:
        """Show the case's tests; the same case again keeps the test open in the entry form."""
        if self.case is not None and self.case.id != case.id:
            self.entry.clear()           # saves what may be saved first
            self.close_dialogs()
            self.stack.setCurrentIndex(0)
        self.case = case
        self._reload()

    def clear(self) -> None:
        """Forget everything from the records (the records lock, or no case is chosen)."""
        self.close_dialogs()
        self.entry.clear()               # saves a draft first while the database is still open
        self.case = None
        self.model.clear()
        self.trend_scale.blockSignals(True)
        self.trend_scale.clear()
        self.trend_scale.blockSignals(False)
        self.trend_scale.hide()
        self._show_no_trend()
        self._status_timer.stop()
        self._status_expired()
        self.stack.setCurrentIndex(0)
        self._show_hint()
        self._update_buttons()

    def confirm_leave(self) -> bool:
        """Before the caller shows another case: unsaved answers are saved or let go on purpose."""
        return self.entry.confirm_leave()

    # -- loading ---------------------------------------------------------------------------------------
    def records(self) -> list[TestRecord]:
        return [self.model.row_at(r) for r in range(self.model.rowCount())]

    def _reload(self, select_id: int | None = None) -> None:
        keep = select_id if select_id is not None else self.selected_id()
        if self.case is None or not self._allowed:
            self.model.clear()
            self._show_hint()
            self._update_buttons()
            return
        case_id = self.case.id
        records = with_reason(self, lambda reason: self._service().for_case(case_id, reason=reason),
                              self._show_error)
        self.model.set_rows(records or [])
        self._size_columns()
        if keep is not None:
            self.select(keep)
        self._fill_trend_scales()
        self._show_hint()
        self._update_buttons()

    def _size_columns(self) -> None:
        """Every column as wide as its text; the scale's name takes what is left."""
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == COL_SCALE
                                        else QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)

    def _show_hint(self) -> None:
        if not self._allowed:
            self.hint.setText(self.tr("Psychological tests are for the counsellors and the supervisor."))
            return
        if self.case is None:
            self.hint.setText("")
            return
        if not self.model.rowCount():
            self.hint.setText(self.tr("No tests yet. \"New test…\" gives the client a scale from the library."))
            return
        drafts = sum(1 for r in self.records() if not r.signed)
        text = plural(self.model.rowCount(), self.tr("{n} test."), self.tr("{n} tests.")).format(n=self.model.rowCount())
        if drafts:
            text += " " + self.tr("{n} not signed yet.").format(n=drafts)
        self.hint.setText(text + " " + self.tr("Double-click a test to open it."))

    def selected(self) -> TestRecord | None:
        return self.table.selected_record()

    def selected_id(self) -> int | None:
        record = self.selected()
        return record.id if record else None

    def select(self, test_id: int) -> bool:
        return self.table.select_record(test_id)

    def _update_buttons(self, *_args) -> None:
        can = self._allowed and self.case is not None
        is_open = self.case is not None and self.case.is_open
        self.new_button.setEnabled(can and is_open)
        self.new_button.setToolTip(self.tr("Give the client a scale from the library") if not can
                                   or is_open else self.tr("The case is closed: reopen it to test again"))
        record = self.selected()
        self.open_button.setEnabled(can and record is not None)
        self.print_button.setEnabled(can and record is not None)
        self.pdf_button.setEnabled(can and record is not None)

    # -- the trend --------------------------------------------------------------------------------------
    def _fill_trend_scales(self) -> None:
        keep = self.trend_scale.currentData()
        codes: dict[str, str] = {}
        counts: dict[str, int] = {}
        for record in sorted(self.records(), key=lambda r: (r.administered_on, r.id)):
            if record.signed:
                codes[record.scale_code] = record.scale_name.get(self.ctx.language)
                counts[record.scale_code] = counts.get(record.scale_code, 0) + 1
        self.trend_scale.blockSignals(True)
        self.trend_scale.clear()
        for code, name in codes.items():
            self.trend_scale.addItem(name, code)
        if keep in codes:
            self.trend_scale.setCurrentIndex(self.trend_scale.findData(keep))
        elif codes:
            # The scale given most often (a trend needs points), the latest used among equals.
            order = list(codes)
            best = max(order, key=lambda c: (counts[c], order.index(c)))
            self.trend_scale.setCurrentIndex(self.trend_scale.findData(best))
        self.trend_scale.blockSignals(False)
        self.trend_scale.setEnabled(len(codes) > 1)
        self.trend_scale.setVisible(bool(codes))     # an empty choice says nothing
        self._load_trend()

    def _trend_scale_changed(self, *_args) -> None:
        self._load_trend()

    def _load_trend(self) -> None:
        code = self.trend_scale.currentData()
        if self.case is None or code is None:
            self._show_no_trend()
            return
        latest = [r for r in self.records() if r.scale_code == code and r.signed]
        definition = max(latest, key=lambda r: (r.administered_on, r.id)).definition
        client_id = self.case.client_id
        points = with_reason(self, lambda reason: self._service().trend(client_id, code, reason=reason),
                             self._show_error) or []
        lang = self.ctx.language
        bands = [Band(float(b.min), float(b.max), b.label.get(lang), b.severity) for b in definition.bands]
        low, high = definition.total_range
        self.chart.show_series(
            [Point(p.on, float(p.total), p.band.label.get(lang) if p.band else "") for p in points],
            bands, low=float(low), high=float(high), empty_text=self.tr("No signed test on this scale yet."))

    def _show_no_trend(self) -> None:
        self.chart.show_empty(self.tr("The trend shows once a test of this case is signed."))

    # -- actions ---------------------------------------------------------------------------------------
    def new_test(self) -> None:
        if self.case is None or not self.case.is_open:
            return
        try:
            scales = ScaleService(self.ctx.session).library(latest_only=True)
        except CounselRoomError as err:
            self._show_error(err)
            return
        dialog = NewTestDialog(self.ctx, self.case, scales, self)
        given = sorted(self.records(), key=lambda r: (r.administered_on, r.id))
        if given:
            dialog.choose(given[-1].scale_code)      # most often the same scale again
        dialog.accepted.connect(self._test_started)
        self.open_dialog(dialog)

    def _test_started(self) -> None:
        record = getattr(self.sender(), "started", None)
        if record is None:
            return
        self._reload(select_id=record.id)
        self.show_record(record)
        self.show_done(self.tr("{scale} started. Explain the purpose of the test, then enter the answers.").format(
            scale=record.scale_name.get(self.ctx.language)))
        self.changed.emit()

    def open_selected(self) -> None:
        test_id = self.selected_id()
        if test_id is not None:
            self.open_test(test_id)

    def _row_activated(self, _index: QModelIndex) -> None:
        self.open_selected()

    def open_test(self, test_id: int) -> bool:
        """Show one test of the shown case in the entry form (audited as viewed)."""
        if self.stack.currentIndex() == 1 and not self.entry.confirm_leave():
            return False
        record = with_reason(self, lambda reason: self._service().get(test_id, reason=reason), self._show_error)
        if record is None:
            return False
        self.select(test_id)
        self.show_record(record)
        return True

    def show_record(self, record: TestRecord) -> None:
        self.entry.load(record)
        self.stack.setCurrentIndex(1)
        if self.entry.editable:
            self.entry.focus_first_open_item()

    def back_to_list(self) -> None:
        if not self.entry.confirm_leave():
            return
        shown = self.entry.record.id if self.entry.record is not None else None
        self.entry.clear()
        self.stack.setCurrentIndex(0)
        if shown is not None:
            self.select(shown)
        self.table.setFocus()

    def showing_entry(self) -> bool:
        return self.stack.currentIndex() == 1

    def _saved(self, record: TestRecord) -> None:
        self.model.replace(record)
        self._show_hint()

    def _signed(self, record: TestRecord) -> None:
        self.model.replace(record)
        self._fill_trend_scales()
        self._show_hint()
        self.show_done(self.tr("{scale} signed and locked.").format(scale=record.scale_name.get(self.ctx.language)))
        self.changed.emit()

    def _discarded(self, test_id: int) -> None:
        self.stack.setCurrentIndex(0)
        self._reload()
        self.show_done(self.tr("The draft was discarded."))
        self.changed.emit()

    # -- the report ---------------------------------------------------------------------------------------
    def print_report(self) -> None:
        self._report("print")

    def save_report(self) -> None:
        self._report("pdf")

    def _report_record(self) -> TestRecord | None:
        if self.showing_entry() and self.entry.record is not None:
            self.entry.flush()
            return self.entry.record
        return self.selected()

    def _report(self, how: str) -> None:
        record = self._report_record()
        if record is None:
            return
        printing = PrintService(self.ctx.session, self.ctx.language)
        test_id = record.id
        client_id = record.client_id
        output_pdf(
            self, how,
            lambda: with_reason(self, lambda reason: printing.test_report(test_id, reason=reason), self._show_error),
            title=self.tr("Test report {scale} {date} of {name}").format(
                scale=record.scale_code, date=record.administered_on.isoformat(), name=record.client_name),
            file_name=f"{record.client_case_no}-{record.scale_code}-{record.administered_on.isoformat()}.pdf",
            warning=self.tr("The PDF holds the test answers and results of {name}. Save it only where nobody "
                            "else can open it, and delete it once it is printed or no longer needed. Saving "
                            "is recorded in the audit log.").format(name=record.client_name),
            record=lambda output: printing.record_output("test_report", test_id, output, client_id=client_id),
            on_error=self._show_error, say=self.show_done,
            printed=self.tr("The test report was sent to the printer."),
            saved=lambda path: self.tr("The test report was saved to {path}.").format(path=path))

    # -- outcomes -------------------------------------------------------------------------------------------
    def _show_error(self, err: CounselRoomError) -> None:
        self.say(error_text(err), ERROR_STYLE)
        QMessageBox.warning(self, self.tr("Psychological tests"), error_text(err))
