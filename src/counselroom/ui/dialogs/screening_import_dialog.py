"""Importing a screening campaign's answer sheets from a file (心理普查答卷导入, issue 17 §1, "Entry").

The roster import's steps and look (``roster_import_dialog.py``): the scale and the file, which
column holds what (who answered; a column per item, shown so a wrong guess can be corrected, one
item or all of them at once from a starting column), the preview with every row's problem in words,
then all or nothing. Reading the file and each preview run on a worker with a read-only connection
of their own; storing runs on a worker through the session's connection while the dialog is busy.
Once stored, the dialog says what went in and stays open for the next file.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox, QFileDialog, QGridLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QTabWidget, QVBoxLayout, QWidget,
)

from counselroom.domain.plural import plural
from counselroom.domain.roster import RowError
from counselroom.domain.scale_definition import ScaleDefinition, abbreviation
from counselroom.domain.scale_scoring import ScoreResult
from counselroom.domain.screening_sheets import IDENTITY_FIELDS, Reading, SheetMapping, guess_mapping
from counselroom.services.screening import RecordedSheets, ScreeningService
from counselroom.services.screening_import import ScreeningImportService, SheetsPreview
from counselroom.ui.context import AppContext
from counselroom.ui.dialogs.dialog_frame import dialog_column
from counselroom.ui.dialogs.import_dialog import _ImportDialog
from counselroom.ui.dialogs.roster_import_dialog import ERROR_ROW, _item, _table
from counselroom.ui.labels import screen_language
from counselroom.ui.messages import field_label, message
from counselroom.ui.styles import BOLD, ERROR_STYLE, HINT_STYLE, OK_STYLE
from counselroom.ui.widgets.buttons import dialog_buttons
from counselroom.ui.widgets.hint_label import hint_label
from counselroom.ui.workers import run_in_background

#: Rows shown in the preview's tables; the counts above them are of the whole file.
SHOWN_ROWS = 300


def column_letter(index: int) -> str:
    """A column as Excel names it: 0 → "A", 26 → "AA"."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(ord("A") + rest) + letters
    return letters


class ScreeningImportDialog(_ImportDialog):
    def __init__(self, ctx: AppContext, campaign_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("screeningImport")
        self.ctx = ctx
        self.campaign_id = campaign_id
        self._service = ScreeningImportService(ctx.session)
        campaign = ScreeningService(ctx.session).get(campaign_id)
        self.definitions: dict[str, ScaleDefinition] = {
            s.code: self._service.definition(campaign, s.code) for s in campaign.scales}
        self.setWindowTitle(self.tr("Import answer sheets: {campaign}").format(campaign=campaign.name))
        self._generation = 0
        self._busy = False
        self._committing = False
        self._again = False            # the mapping changed while a preview ran: run it once more
        self.path: Path | None = None
        self.header: list[str] = []
        self.rows: list[list[object]] = []
        self.preview: SheetsPreview | None = None
        self.result_: RecordedSheets | None = None

        outer = dialog_column(self, spacing=10)
        outer.addWidget(hint_label(self.tr(
            "Answer sheets from a questionnaire tool's or scanning service's Excel (.xlsx) or CSV file, one row "
            "per student. The file is checked first: if any row has a problem, no sheet is stored, so a file is "
            "never half imported (all or nothing)."), self))
        outer.addWidget(self._file_step())
        outer.addWidget(self._mapping_step(), 1)
        outer.addWidget(self._preview_step(), 1)
        self.verdict = QLabel(self)
        self.verdict.setObjectName("importVerdict")
        self.verdict.setWordWrap(True)
        bottom, self.cancel_button, self.import_button = dialog_buttons(
            self, self.tr("Import"), self.commit, action_name="importButton", leading=self.verdict)
        self.import_button.setEnabled(False)
        outer.addLayout(bottom)
        self._fill_items()
        self.resize(1040, 760)

    # -- building ----------------------------------------------------------------------------------
    def _file_step(self) -> QGroupBox:
        step = QGroupBox(self.tr("1  Choose the scale and the file"), self)
        row = QHBoxLayout(step)
        row.setSpacing(8)
        self.scale_caption = QLabel(self.tr("Scale"), step)
        self.scale_box = QComboBox(step)
        self.scale_box.setObjectName("importScale")
        self.scale_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        lang = screen_language()
        for code, definition in self.definitions.items():
            self.scale_box.addItem(abbreviation(definition.name.get(lang), code), code)
        self.scale_caption.setBuddy(self.scale_box)
        several = len(self.definitions) > 1
        self.scale_caption.setVisible(several)
        self.scale_box.setVisible(several)
        self.scale_box.currentIndexChanged.connect(self._scale_changed)
        row.addWidget(self.scale_caption)
        row.addWidget(self.scale_box)
        row.addSpacing(8 if several else 0)
        self.choose_button = QPushButton(self.tr("Choose file…"), step)
        self.choose_button.setObjectName("chooseFile")
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose_file)
        row.addWidget(self.choose_button)
        self.file_label = QLabel(self.tr("No file chosen."), step)
        self.file_label.setObjectName("sheetsFile")
        self.file_label.setStyleSheet(HINT_STYLE)
        row.addWidget(self.file_label, 1)
        reading_caption = QLabel(self.tr("Answers written as"), step)
        self.reading_box = QComboBox(step)
        self.reading_box.setObjectName("readingBox")
        for reading, text in ((Reading.AUTO, self.tr("worked out from the values")),
                              (Reading.POSITION, self.tr("option number (1 = the first option)")),
                              (Reading.ID, self.tr("option code")),
                              (Reading.LABEL, self.tr("option words")),
                              (Reading.SCORE, self.tr("score"))):
            self.reading_box.addItem(text, reading.value)
        self.reading_box.setToolTip(self.tr("How the file writes an answer: choose when a value could mean two "
                                            "options"))
        self.reading_box.setEnabled(False)
        self.reading_box.currentIndexChanged.connect(self._mapping_changed)
        reading_caption.setBuddy(self.reading_box)
        row.addWidget(reading_caption)
        row.addWidget(self.reading_box)
        return step

    def _combo(self, parent: QWidget, name: str) -> QComboBox:
        combo = QComboBox(parent)
        combo.setObjectName(name)
        combo.setModel(self.columns)      # one list of the file's columns for every choice
        combo.setMinimumWidth(150)
        combo.setEnabled(False)
        return combo

    def _mapping_step(self) -> QGroupBox:
        step = QGroupBox(self.tr("2  Which column holds what"), self)
        column = QVBoxLayout(step)
        column.setSpacing(6)
        self.columns = QStandardItemModel(self)
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        self.identity_combos: dict[str, QComboBox] = {}
        for i, fld in enumerate(IDENTITY_FIELDS):
            combo = self._combo(step, f"mapping_{fld}")
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.identity_combos[fld] = combo
            label = QLabel(field_label(fld), step)
            label.setBuddy(combo)
            grid.addWidget(label, 0, 2 * i, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(combo, 0, 2 * i + 1)
            grid.setColumnStretch(2 * i + 1, 1)
        column.addLayout(grid)
        column.addWidget(hint_label(self.tr(
            "Students are found by student number, or else by name and class. Check each item's column below."),
            step))
        row = QHBoxLayout()
        row.setSpacing(8)
        caption = QLabel(self.tr("All items in order, the first in"), step)
        self.first_item_box = self._combo(step, "firstItemColumn")
        self.first_item_box.activated.connect(self._items_from)
        caption.setBuddy(self.first_item_box)
        row.addWidget(caption)
        row.addWidget(self.first_item_box)
        row.addStretch(1)
        column.addLayout(row)
        self.items_table = _table(step, "itemColumns")
        self.items_table.setColumnCount(3)
        self.items_table.setHorizontalHeaderLabels([self.tr("Item"), self.tr("Wording"), self.tr("Column in the file")])
        header = self.items_table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.items_table.setColumnWidth(2, 260)
        self.items_table.setMinimumHeight(120)
        column.addWidget(self.items_table, 1)
        self.item_combos: dict[str, QComboBox] = {}
        return step

    def _preview_step(self) -> QGroupBox:
        step = QGroupBox(self.tr("3  Check the preview"), self)
        column = QVBoxLayout(step)
        self.counts = QLabel(self.tr("Choose a file to see what would be stored."), step)
        self.counts.setObjectName("sheetsCounts")
        self.counts.setStyleSheet(HINT_STYLE)
        self.counts.setWordWrap(True)
        column.addWidget(self.counts)
        self.tabs = QTabWidget(step)
        self.sheets = _table(self.tabs, "sheetsPreview")
        self.sheets.setColumnCount(6)
        self.sheets.setHorizontalHeaderLabels([self.tr("Row"), field_label("student_no"), field_label("name"),
                                               field_label("class_name"), self.tr("Total"), self.tr("Result")])
        self.errors = _table(self.tabs, "sheetsErrors")
        self.errors.setColumnCount(4)
        self.errors.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Student"), self.tr("Item"),
                                               self.tr("Problem")])
        self.tabs.addTab(self.sheets, self.tr("Sheets"))
        self.tabs.addTab(self.errors, self.tr("Problems"))
        column.addWidget(self.tabs, 1)
        return step

    # -- the scale's items ---------------------------------------------------------------------------
    def definition(self) -> ScaleDefinition:
        return self.definitions[self.scale_box.currentData()]

    def _fill_items(self) -> None:
        definition = self.definition()
        lang = screen_language()
        self.items_table.setRowCount(len(definition.items))
        self.item_combos = {}
        for r, item in enumerate(definition.items):
            self.items_table.setItem(r, 0, _item(r + 1))
            words = _item(item.text.get(lang))
            words.setToolTip(item.text.get(lang))
            self.items_table.setItem(r, 1, words)
            combo = self._combo(self.items_table, f"itemColumn_{r + 1}")
            combo.setEnabled(bool(self.header))
            combo.currentIndexChanged.connect(self._mapping_changed)
            self.items_table.setCellWidget(r, 2, combo)
            self.item_combos[item.id] = combo

    def _scale_changed(self, *_args: object) -> None:
        self.preview = None
        self._fill_items()
        if self.header:
            self._show_guess(None)
            self._run_preview()

    # -- step 1 ---------------------------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a file of answer sheets"), "",
            self.tr("Answer sheets (*.xlsx *.csv);;All files (*)"))
        if path:
            self.load_path(path)

    def load_path(self, path: str | Path) -> None:
        """Read the file and guess its columns on a worker, then show the mapping and the preview."""
        self.path = Path(path)
        self.file_label.setText(self.path.name)
        self.file_label.setToolTip(str(self.path))
        self.header, self.rows, self.preview = [], [], None
        self._set_busy(True)
        self.counts.setStyleSheet(HINT_STYLE)
        self.counts.setText(self.tr("Reading the file…"))
        self.verdict.clear()
        self._generation += 1
        reader = self.ctx.session.reader()
        campaign_id, code, target, reading = self.campaign_id, self.scale_box.currentData(), self.path, self.reading()

        def work() -> tuple[list[str], list[list[object]], SheetsPreview]:
            with reader as session:
                service = ScreeningImportService(session)
                header, rows = service.load(target)
                header = [str(h or "").strip() for h in header]
                return header, rows, service.preview(campaign_id, code, header, rows, reading=reading)

        run_in_background(work, partial(self._loaded, self._generation), partial(self._failed, self._generation))

    def _loaded(self, generation: int, result: tuple[list[str], list[list[object]], SheetsPreview]) -> None:
        if generation != self._generation:
            return
        self.header, self.rows, preview = result
        for combo in self._all_combos():
            combo.blockSignals(True)      # rebuilding the shared list moves every choice
        self.columns.clear()
        none = QStandardItem(self.tr("(not in the file)"))
        none.setData(None, Qt.ItemDataRole.UserRole)
        self.columns.appendRow(none)
        for index, title in enumerate(self.header):
            entry = QStandardItem(f"{column_letter(index)} · {title or self.tr('(no heading)')}")
            entry.setData(index, Qt.ItemDataRole.UserRole)
            entry.setToolTip(title)
            self.columns.appendRow(entry)
        for combo in self._all_combos():
            combo.blockSignals(False)
        self._show_guess(preview.mapping)
        self._set_busy(False)
        self._show_preview(preview)

    def _failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._committing = self._again = False
        self._set_busy(False)
        self.preview = None
        self._show_failure(exc)

    # -- step 2 ---------------------------------------------------------------------------------------
    def _all_combos(self) -> list[QComboBox]:
        return [*self.identity_combos.values(), *self.item_combos.values(), self.first_item_box]

    def _show_guess(self, mapping: SheetMapping | None) -> None:
        """Set every choice to ``mapping`` (None: guess it from the header now)."""
        if mapping is None:
            mapping = guess_mapping(self.header, self.definition())
        for combo in self._all_combos():
            combo.blockSignals(True)
        for fld, combo in self.identity_combos.items():
            combo.setCurrentIndex(combo.findData(mapping.identity[fld]) if fld in mapping.identity else 0)
        for item_id, combo in self.item_combos.items():
            combo.setCurrentIndex(combo.findData(mapping.items[item_id]) if item_id in mapping.items else 0)
        first = self.definition().items[0].id
        self.first_item_box.setCurrentIndex(
            self.first_item_box.findData(mapping.items[first]) if first in mapping.items else 0)
        for combo in self._all_combos():
            combo.blockSignals(False)

    def reading(self) -> Reading:
        return Reading(self.reading_box.currentData())

    def mapping(self) -> SheetMapping:
        identity = {fld: combo.currentData() for fld, combo in self.identity_combos.items()
                    if combo.currentData() is not None}
        items = {item_id: combo.currentData() for item_id, combo in self.item_combos.items()
                 if combo.currentData() is not None}
        return SheetMapping(identity, items)

    def _items_from(self, *_args: object) -> None:
        """The items in order from the chosen column: the fix for a tool that put other questions first."""
        start = self.first_item_box.currentData()
        for offset, combo in enumerate(self.item_combos.values()):
            combo.blockSignals(True)
            index = None if start is None else start + offset
            combo.setCurrentIndex(max(0, combo.findData(index)) if index is not None else 0)
            combo.blockSignals(False)
        self._mapping_changed()

    def _mapping_changed(self, *_args: object) -> None:
        if self.header:
            self._run_preview()

    # -- step 3 ---------------------------------------------------------------------------------------
    def _run_preview(self) -> None:
        if self._busy:
            self._again = True
            return
        self._again = False
        self._set_busy(True)
        self.counts.setStyleSheet(HINT_STYLE)
        self.counts.setText(self.tr("Checking the sheets…"))
        self._generation += 1
        reader = self.ctx.session.reader()
        campaign_id, code = self.campaign_id, self.scale_box.currentData()
        header, rows, mapping, reading = self.header, self.rows, self.mapping(), self.reading()

        def work() -> SheetsPreview:
            with reader as session:
                return ScreeningImportService(session).preview(campaign_id, code, header, rows, mapping, reading)

        run_in_background(work, partial(self._previewed, self._generation), partial(self._failed, self._generation))

    def _previewed(self, generation: int, preview: SheetsPreview) -> None:
        if generation != self._generation:
            return
        self._set_busy(False)
        if self._again:
            self._run_preview()
            return
        self._show_preview(preview)

    def _who(self, row: int) -> str:
        """Who a file row names, as the file writes it (number, or name and class)."""
        if not 2 <= row < len(self.rows) + 2:
            return "—"
        values = self.rows[row - 2]
        mapping = self.mapping().identity
        cells = [str(values[mapping[f]]).strip() for f in ("student_no", "name", "class_name")
                 if f in mapping and mapping[f] < len(values) and values[mapping[f]] not in (None, "")]
        return " ".join(c[:-2] if c.endswith(".0") and c[:-2].isdigit() else c for c in cells) or "—"

    def _show_preview(self, preview: SheetsPreview) -> None:
        self.preview = preview
        problems = len(preview.errors)
        self.counts.setStyleSheet("")
        if problems:
            rows = len({e.row for e in preview.errors})
            self.counts.setText(self.tr("Sheets without a problem: {good}    Rows with problems: {rows}    "
                                        "Problems: {problems}").format(good=len(preview.sheets), rows=rows,
                                                                        problems=problems))
        else:
            self.counts.setText(self.tr("To be stored: {count}    Positive: {positive}    Invalid (validity "
                                        "rule): {invalid}").format(count=len(preview.sheets),
                                                                   positive=preview.positive,
                                                                   invalid=preview.invalid))
        self._fill_sheets(preview)
        self._fill_errors(preview.errors)
        self.tabs.setTabText(0, self.tr("Sheets ({count})").format(count=len(preview.sheets)))
        self.tabs.setTabText(1, self.tr("Problems ({count})").format(count=problems))
        if problems:
            self.tabs.setCurrentWidget(self.errors)
            self.verdict.setStyleSheet(ERROR_STYLE + BOLD)
            self.verdict.setText(plural(
                problems,
                self.tr("{count} problem found: nothing will be stored. Correct the file (or the column choice) "
                        "and check again."),
                self.tr("{count} problems found: nothing will be stored. Correct the file (or the column choice) "
                        "and check again.")).format(count=problems))
        else:
            self.tabs.setCurrentWidget(self.sheets)
            self.verdict.setStyleSheet(OK_STYLE + BOLD)
            self.verdict.setText(plural(len(preview.sheets), self.tr("Ready: {count} answer sheet will be stored."),
                                        self.tr("Ready: {count} answer sheets will be stored."))
                                 .format(count=len(preview.sheets)))
        self.import_button.setEnabled(preview.acceptable and not self._busy)

    def _fill_sheets(self, preview: SheetsPreview) -> None:
        shown = preview.sheets[:SHOWN_ROWS]
        self.sheets.setRowCount(len(shown))
        results: list[ScoreResult | None] = [*preview.results] if preview.results else [None] * len(shown)
        for r, (sheet, result) in enumerate(zip(shown, results)):
            student = sheet.student
            if result is None:
                verdict = "—"
            elif not result.valid:
                verdict = self.tr("Invalid")
            else:
                verdict = self.tr("Positive") if result.positive else self.tr("Negative")
                if result.critical:
                    verdict += self.tr(" · critical answer")
            cells = [sheet.row, student.student_no, student.name, f"{student.grade} {student.class_name}".strip(),
                     "—" if result is None or result.total is None else result.total, verdict]
            for c, text in enumerate(cells):
                cell = _item(text)
                if result is not None and (result.positive or result.critical):
                    cell.setBackground(QBrush(QColor(ERROR_ROW)))
                self.sheets.setItem(r, c, cell)
        self.sheets.resizeColumnsToContents()
        self.sheets.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)

    def _fill_errors(self, errors: list[RowError]) -> None:
        shown = errors[:SHOWN_ROWS]
        self.errors.setRowCount(len(shown))
        for r, err in enumerate(shown):
            item = err.params.get("item")
            self.errors.setItem(r, 0, _item(err.row if err.row > 1 else self.tr("heading")))
            self.errors.setItem(r, 1, _item(self._who(err.row)))
            self.errors.setItem(r, 2, _item(item if item is not None else "—"))
            self.errors.setItem(r, 3, _item(message(err.code, dict(err.params))))
        for c in (0, 1, 2):
            self.errors.resizeColumnToContents(c)
        self.errors.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        if len(errors) > len(shown):
            self.counts.setText(self.counts.text() + "    " + self.tr("(the first {shown} are listed)").format(
                shown=len(shown)))

    def _show_failure(self, exc: BaseException) -> None:
        self._explain_failure(exc, self.tr("Nothing to preview."))

    # -- storing --------------------------------------------------------------------------------------
    def commit(self) -> None:
        self._start_commit(self._service.commit, self.tr("Storing the answer sheets…"), self._committed,
                           self._failed)

    def _committed(self, generation: int, result: RecordedSheets) -> None:
        if generation != self._generation:
            return
        self._committing = False
        self.result_ = result
        self.preview = None
        self.header, self.rows = [], []
        self._set_busy(False)
        self.counts.setStyleSheet(HINT_STYLE)
        self.counts.setText(self.tr("The sheets below are stored. Choose the next file, or close."))
        self.verdict.setStyleSheet(OK_STYLE + BOLD)
        self.verdict.setText(plural(result.count, self.tr("Stored: {count} answer sheet ({positive} positive, "
                                                          "{invalid} invalid)."),
                                    self.tr("Stored: {count} answer sheets ({positive} positive, {invalid} "
                                            "invalid).")).format(count=result.count, positive=result.positive,
                                                                 invalid=result.invalid))
        self.cancel_button.setText(self.tr("Close"))
        self.cancel_button.setDefault(True)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        loaded = not busy and bool(self.header)
        self.choose_button.setEnabled(not busy)
        self.scale_box.setEnabled(not busy)
        self.reading_box.setEnabled(loaded)
        for combo in self._all_combos():
            combo.setEnabled(loaded)
        self.import_button.setEnabled(not busy and self.preview is not None and self.preview.acceptable)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def clear(self) -> None:
        """The records locked: forget the file and every name from it."""
        self._generation += 1
        self._busy = self._committing = False
        self.header, self.rows, self.preview = [], [], None
        self.columns.clear()
        self.sheets.setRowCount(0)
        self.errors.setRowCount(0)
        self.file_label.clear()
        self.verdict.clear()
        self.counts.clear()
