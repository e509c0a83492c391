"""Importing a student list (名单导入): file, column mapping, preview, all or nothing."""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFileDialog, QGridLayout, QGroupBox, QHBoxLayout,
    QHeaderView, QLabel, QPushButton, QTableWidget, QTableWidgetItem, QTabWidget, QVBoxLayout, QWidget,
)

from counselroom.domain.errors import CounselRoomError
from counselroom.domain.plural import plural
from counselroom.domain.roster import REQUIRED_FIELDS, ROSTER_FIELDS, guess_mapping
from counselroom.domain.text import clean_line
from counselroom.services.roster_import import RosterImportService, RosterPreview, RosterResult
from counselroom.ui.dialogs.dialog_frame import dialog_column
from counselroom.ui.dialogs.import_dialog import _ImportDialog
from counselroom.ui.messages import field_label, message
from counselroom.ui.styles import BOLD, ERROR_BG, ERROR_STYLE, HINT_STYLE, OK_STYLE
from counselroom.ui.widgets.buttons import dialog_buttons
from counselroom.ui.widgets.hint_label import hint_label
from counselroom.ui.workers import run_in_background

ERROR_ROW = ERROR_BG
SAMPLE_ROWS = 20


def _item(text: object) -> QTableWidgetItem:
    # as the records would keep it: no control, bidi-override or invisible characters on screen
    item = QTableWidgetItem(clean_line(text))
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return item


def _table(parent: QWidget, name: str) -> QTableWidget:
    table = QTableWidget(parent)
    table.setObjectName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(28)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setHighlightSections(False)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    return table


class RosterImportDialog(_ImportDialog):
    def __init__(self, service: RosterImportService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rosterImport")
        self.setWindowTitle(self.tr("Import a student list"))
        self._service = service
        self._generation = 0
        self._busy = False
        self._committing = False
        self.path: Path | None = None
        self.header: list[str] = []
        self.rows: list[list] = []
        self.preview: RosterPreview | None = None
        self.result_: RosterResult | None = None

        outer = dialog_column(self, spacing=10)
        outer.addWidget(hint_label(self.tr("Register a whole class or grade from an Excel (.xlsx) or CSV file. "
                                           "The list is checked first: if any row has a problem, nothing is "
                                           "imported, so a list is never half registered.")))

        # step 1
        step1 = QGroupBox(self.tr("1  Choose the file"), self)
        row = QHBoxLayout(step1)
        self.choose_button = QPushButton(self.tr("Choose file…"), step1)
        self.choose_button.setObjectName("chooseFile")
        self.choose_button.clicked.connect(self.choose_file)
        row.addWidget(self.choose_button)
        self.file_label = QLabel(self.tr("No file chosen."), step1)
        self.file_label.setObjectName("rosterFile")
        self.file_label.setStyleSheet(HINT_STYLE)
        row.addWidget(self.file_label, 1)
        outer.addWidget(step1)

        # step 2
        step2 = QGroupBox(self.tr("2  Which column holds what"), self)
        grid = QGridLayout(step2)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(6)
        self.mapping_combos: dict[str, QComboBox] = {}
        per_column = (len(ROSTER_FIELDS) + 2) // 3
        for i, fld in enumerate(ROSTER_FIELDS):
            label = QLabel(field_label(fld) + (" *" if fld in REQUIRED_FIELDS else ""), step2)
            combo = QComboBox(step2)
            combo.setObjectName(f"mapping_{fld}")
            combo.setMinimumWidth(130)
            combo.addItem(self.tr("(do not import)"), None)
            combo.setEnabled(False)
            combo.currentIndexChanged.connect(self._mapping_changed)
            label.setBuddy(combo)
            r, c = i % per_column, (i // per_column) * 3
            grid.addWidget(label, r, c, Qt.AlignmentFlag.AlignRight)
            grid.addWidget(combo, r, c + 1)
            if c < 6:
                grid.setColumnMinimumWidth(c + 2, 16)
            self.mapping_combos[fld] = combo
        for c in (1, 4, 7):
            grid.setColumnStretch(c, 1)
        outer.addWidget(step2)

        # step 3
        step3 = QGroupBox(self.tr("3  Check the preview"), self)
        column = QVBoxLayout(step3)
        self.counts = QLabel(self.tr("Choose a file to see what would be imported."), step3)
        self.counts.setObjectName("rosterCounts")
        self.counts.setStyleSheet(HINT_STYLE)
        column.addWidget(self.counts)
        self.tabs = QTabWidget(step3)
        self.sample = _table(self.tabs, "rosterSample")
        self.errors = _table(self.tabs, "rosterErrors")
        self.errors.setColumnCount(3)
        self.errors.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Field"), self.tr("Problem")])
        self.known = _table(self.tabs, "rosterKnown")
        self.known.setColumnCount(4)
        self.known.setHorizontalHeaderLabels([self.tr("Row"), field_label("name"),
                                              self.tr("Registered as"), self.tr("Grade / class")])
        self.tabs.addTab(self.sample, self.tr("First rows"))
        self.tabs.addTab(self.errors, self.tr("Problems"))
        self.tabs.addTab(self.known, self.tr("Already registered"))
        column.addWidget(self.tabs, 1)
        outer.addWidget(step3, 1)

        self.verdict = QLabel(self)
        self.verdict.setObjectName("rosterVerdict")
        self.verdict.setWordWrap(True)
        bottom, self.cancel_button, self.import_button = dialog_buttons(
            self, self.tr("Import"), self.commit, action_name="importButton", leading=self.verdict)
        self.import_button.setEnabled(False)
        outer.addLayout(bottom)
        self.resize(1000, 680)

    # -- step 1 ---------------------------------------------------------------------
    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a student list"), "",
            self.tr("Student lists (*.xlsx *.xls *.csv);;All files (*)"))
        if path:
            self.load_path(path)

    def load_path(self, path) -> None:
        """Read the file in the background, then show the mapping and the preview."""
        self.path = Path(path)
        self.file_label.setText(self.path.name)
        self.file_label.setToolTip(str(self.path))
        self.preview = None
        self._set_busy(True)
        self.counts.setText(self.tr("Reading the file…"))
        self._generation += 1
        service, target = self._service, self.path
        run_in_background(partial(service.load, target), partial(self._loaded, self._generation),
                          partial(self._load_failed, self._generation))

    def _loaded(self, generation: int, result) -> None:
        if generation != self._generation:
            return
        self._set_busy(False)
        self.header, self.rows = [str(h or "").strip() for h in result[0]], result[1]
        guessed = guess_mapping(self.header)
        for fld, combo in self.mapping_combos.items():
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("(do not import)"), None)
            for index, title in enumerate(self.header):
                combo.addItem(title or self.tr("Column {number}").format(number=index + 1), index)
            combo.setCurrentIndex(combo.findData(guessed[fld]) if fld in guessed else 0)
            combo.setEnabled(True)
            combo.blockSignals(False)
        self._run_preview()

    def _load_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._set_busy(False)
        self.header, self.rows, self.preview = [], [], None
        self._show_failure(exc)

    # -- step 2 and 3 -----------------------------------------------------------------
    def mapping(self) -> dict[str, int]:
        return {fld: combo.currentData() for fld, combo in self.mapping_combos.items()
                if combo.currentData() is not None}

    def _mapping_changed(self, *_args) -> None:
        if self.header:
            self._run_preview()

    def _run_preview(self) -> None:
        try:
            self.preview = self._service.preview(self.header, self.rows, self.mapping())
        except CounselRoomError as err:
            self.preview = None
            self._show_failure(err)
            return
        self._show_preview(self.preview)

    def _show_preview(self, preview: RosterPreview) -> None:
        problems = len(preview.errors)
        self.counts.setStyleSheet("")
        self.counts.setText(self.tr("New: {new}    Already registered (will be skipped): {known}    "
                                    "Problems: {problems}").format(
            new=len(preview.new), known=len(preview.already_registered), problems=problems))
        error_rows = {e.row for e in preview.errors}

        # first rows, in the mapped fields
        fields = [f for f in ROSTER_FIELDS if f in preview.mapping]
        self.sample.clear()
        self.sample.setColumnCount(len(fields) + 1)
        self.sample.setHorizontalHeaderLabels([self.tr("Row")] + [field_label(f) for f in fields])
        shown = self.rows[:SAMPLE_ROWS]
        self.sample.setRowCount(len(shown))
        for r, values in enumerate(shown):
            number = r + 2
            cells = [_item(number)] + [
                _item(values[preview.mapping[f]] if preview.mapping[f] < len(values) else "")
                for f in fields]
            for c, cell in enumerate(cells):
                if number in error_rows:
                    cell.setBackground(QBrush(QColor(ERROR_ROW)))
                self.sample.setItem(r, c, cell)
        self.sample.resizeColumnsToContents()

        self.errors.setRowCount(problems)
        for r, err in enumerate(preview.errors):
            self.errors.setItem(r, 0, _item(err.row))
            self.errors.setItem(r, 1, _item(field_label(err.field)))
            self.errors.setItem(r, 2, _item(message(err.code, err.params)))
        self.errors.resizeColumnToContents(0)
        self.errors.resizeColumnToContents(1)
        self.errors.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        self.known.setRowCount(len(preview.already_registered))
        for r, (row, client) in enumerate(preview.already_registered):
            self.known.setItem(r, 0, _item(row.row))
            self.known.setItem(r, 1, _item(row.draft.name))
            self.known.setItem(r, 2, _item(client.case_no))
            self.known.setItem(r, 3, _item(" ".join(p for p in (client.grade, client.class_name) if p)))
        self.known.resizeColumnsToContents()

        self.tabs.setTabText(1, self.tr("Problems ({count})").format(count=problems))
        self.tabs.setTabText(2, self.tr("Already registered ({count})").format(
            count=len(preview.already_registered)))
        if problems:
            self.tabs.setCurrentWidget(self.errors)
            self.verdict.setStyleSheet(ERROR_STYLE + BOLD)
            self.verdict.setText(plural(
                problems,
                self.tr("{count} problem found: nothing will be imported. Correct the file (or the column "
                        "choice) and check again."),
                self.tr("{count} problems found: nothing will be imported. Correct the file (or the column "
                        "choice) and check again.")).format(count=problems))
        elif not preview.new:
            self.verdict.setStyleSheet(HINT_STYLE)
            self.verdict.setText(self.tr("Everyone in this list is registered already; there is "
                                         "nothing new to import."))
        else:
            self.tabs.setCurrentWidget(self.sample)
            self.verdict.setStyleSheet(OK_STYLE + BOLD)
            self.verdict.setText(plural(len(preview.new), self.tr("Ready: {count} new client will be registered."),
                                        self.tr("Ready: {count} new clients will be registered."))
                                 .format(count=len(preview.new)))
        self.import_button.setEnabled(preview.acceptable and not self._busy)

    def _show_failure(self, exc: BaseException) -> None:
        self._explain_failure(exc, self.tr("Nothing to preview."))

    # -- import ---------------------------------------------------------------------
    def commit(self) -> None:
        name = self.path.name if self.path else ""
        self._start_commit(partial(self._service.commit, source_name=name), self.tr("Importing…"),
                           self._committed, self._commit_failed)

    def _committed(self, generation: int, result: RosterResult) -> None:
        if generation != self._generation:
            return
        self._committing = False
        self._set_busy(False)
        self.result_ = result
        self.accept()

    def _commit_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._committing = False
        self._set_busy(False)
        self._show_failure(exc)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.choose_button.setEnabled(not busy)
        for combo in self.mapping_combos.values():
            combo.setEnabled(not busy and bool(self.header))
        self.import_button.setEnabled(not busy and self.preview is not None and self.preview.acceptable)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self.unsetCursor()

    def clear(self) -> None:
        """The records locked: forget the file's contents."""
        self._generation += 1
        self._busy = False
        self._committing = False
        self.header, self.rows, self.preview = [], [], None
        self.sample.clear()
        self.sample.setRowCount(0)
        self.errors.setRowCount(0)
        self.known.setRowCount(0)
        self.file_label.clear()
        self.verdict.clear()
        self.counts.clear()
