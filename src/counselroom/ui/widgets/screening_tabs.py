"""The tabs of a screening campaign on the 心理普查 page: its answer sheets (who is screened, who not
yet), the students to interview, and the exact summary for the supervisor. They show what the page
gathered on its worker; the page does the actions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox, QFrame, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QPushButton, QScrollArea, QSplitter,
    QVBoxLayout, QWidget,
)

from counselroom.domain.screening import FollowUpState, PositiveEntry, Sheet, Student
from counselroom.services.screening import ScreeningSummary
from counselroom.ui.labels import label_of, screen_language
from counselroom.ui.models.screening_models import PositivesModel, SheetsModel, StudentsModel, class_text
from counselroom.ui.pages.statistics_page import BODY_STYLE, TableCard
from counselroom.ui.styles import ERROR_DEEP_INK, ERROR_INK, ERROR_TINT, HINT_STYLE
from counselroom.ui.widgets.hint_label import hint_label
from counselroom.ui.widgets.record_table import RecordTable, sorted_proxy

#: The status filter's choices besides each state: every student, and those whose follow-up is not done.
ALL, OPEN = "all", "open"


def internal_note(text: str, parent: QWidget) -> QLabel:
    """The red-framed "exact counts, internal" note, as the statistics page shows it."""
    note = QLabel(text, parent)
    note.setObjectName("internalNote")
    note.setWordWrap(True)
    note.setStyleSheet(f"border: 2px solid {ERROR_INK}; border-radius: 6px; padding: 6px 10px; "
                       f"background: {ERROR_TINT}; color: {ERROR_DEEP_INK}; font-weight: 600;")
    return note


def _fit_columns(table: RecordTable, stretch: int) -> None:
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    for column in range(table.model().columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def _titled(parent: QWidget, table: RecordTable) -> tuple[QWidget, QLabel]:
    box = QWidget(parent)
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(4)
    title = QLabel(box)
    title.setStyleSheet("font-weight: 600;")
    column.addWidget(title)
    table.setParent(box)
    column.addWidget(table, 1)
    return box, title


class SheetsTab(QWidget):
    """One scale at a time: the students screened on it and those not yet."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("sheetsTab")
        self._sheets: list[Sheet] = []
        self._students: list[Student] = []
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 8, 0, 0)
        column.setSpacing(8)
        bar = QHBoxLayout()
        bar.setSpacing(8)
        caption = QLabel(self.tr("Scale"), self)
        self.scale_box = QComboBox(self)
        self.scale_box.setObjectName("sheetScale")
        self.scale_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        caption.setBuddy(self.scale_box)
        self.search = QLineEdit(self)
        self.search.setObjectName("sheetSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Name, student no. or class"))
        self.search.setMinimumWidth(220)
        bar.addWidget(caption)
        bar.addWidget(self.scale_box)
        bar.addWidget(self.search)
        bar.addStretch(1)
        self.type_button = QPushButton(self.tr("Type paper sheets…"), self)
        self.type_button.setObjectName("typeSheets")
        self.type_button.setToolTip(self.tr("Type each student's answers from the paper sheets, one line a student"))
        self.import_button = QPushButton(self.tr("Import answer sheets…"), self)
        self.import_button.setObjectName("importSheets")
        self.import_button.setToolTip(self.tr("Read a questionnaire tool's or scanning service's Excel/CSV file"))
        bar.addWidget(self.type_button)
        bar.addWidget(self.import_button)
        column.addLayout(bar)
        self.closed_hint = hint_label("", self, "sheetsClosedHint")
        column.addWidget(self.closed_hint)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setChildrenCollapsible(False)
        self.sheets_model = SheetsModel(self)
        self.sheets_table = RecordTable("screenedTable", sorted_proxy(self.sheets_model, self), self,
                                        sort_column=SheetsModel.CLASS, row_height=26)
        screened_box, self.screened_title = _titled(splitter, self.sheets_table)
        self.pending_model = StudentsModel(self)
        self.pending_table = RecordTable("pendingTable", sorted_proxy(self.pending_model, self), self,
                                         sort_column=StudentsModel.CLASS, row_height=26)
        pending_box, self.pending_title = _titled(splitter, self.pending_table)
        splitter.addWidget(screened_box)
        splitter.addWidget(pending_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        column.addWidget(splitter, 1)
        self.scale_box.currentIndexChanged.connect(self._refill)
        self.search.textChanged.connect(self._refill)

    def show_sheets(self, scales: list[tuple[str, str]], sheets: list[Sheet], students: list[Student]) -> None:
        """``scales``: (code, name) of the campaign's scales; ``students``: those in scope."""
        chosen = self.scale_box.currentData()
        self.scale_box.blockSignals(True)
        self.scale_box.clear()
        for code, name in scales:
            self.scale_box.addItem(name, code)
        self.scale_box.setCurrentIndex(max(0, self.scale_box.findData(chosen)))
        self.scale_box.blockSignals(False)
        self._sheets, self._students = sheets, students
        self._refill()

    def chosen_scale(self) -> str | None:
        return self.scale_box.currentData()

    def _matches(self, student: Student | None) -> bool:
        text = self.search.text().strip().lower()
        if not text:
            return True
        if student is None:
            return False
        return any(text in value.lower() for value in (student.name, student.student_no,
                                                       class_text(student.grade, student.class_name)))

    def _refill(self, *_args) -> None:
        code = self.chosen_scale()
        by_id = {s.client_id: s for s in self._students}
        sheets = [s for s in self._sheets if s.scale_code == code]
        done = {s.client_id for s in sheets}
        shown_sheets = [s for s in sheets if self._matches(by_id.get(s.client_id))]
        pending = [s for s in self._students if s.client_id not in done and self._matches(s)]
        self.sheets_model.set_sheets(shown_sheets, by_id)
        self.pending_model.set_rows(pending)
        self.screened_title.setText(self.tr("Screened ({n})").format(n=len(shown_sheets)))
        self.pending_title.setText(self.tr("Not screened yet ({n})").format(n=len(pending)))
        _fit_columns(self.sheets_table, SheetsModel.ENTERED)
        _fit_columns(self.pending_table, StudentsModel.CLASS)

    def clear(self) -> None:
        self._sheets, self._students = [], []
        self.scale_box.clear()
        self.search.clear()
        self.sheets_model.clear()
        self.pending_model.clear()
        self.screened_title.clear()
        self.pending_title.clear()


class PositivesTab(QWidget):
    """The students to interview, filtered by grade, class and where their follow-up stands."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("positivesTab")
        self._entries: list[PositiveEntry] = []
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 8, 0, 0)
        column.setSpacing(8)
        bar = QHBoxLayout()
        bar.setSpacing(8)
        self.grade_box = self._combo("positiveGrade")
        self.class_box = self._combo("positiveClass")
        self.state_box = self._combo("positiveState")
        for text, box in ((self.tr("Grade"), self.grade_box), (self.tr("Class"), self.class_box),
                          (self.tr("Follow-up"), self.state_box)):
            caption = QLabel(text, self)
            caption.setBuddy(box)
            bar.addWidget(caption)
            bar.addWidget(box)
            bar.addSpacing(6)
        bar.addStretch(1)
        self.count = QLabel(self)
        self.count.setObjectName("positivesCount")
        bar.addWidget(self.count)
        column.addLayout(bar)
        self.model = PositivesModel(self)
        self.table = RecordTable("positivesTable", sorted_proxy(self.model, self), self,
                                 sort_column=PositivesModel.ALERT, row_height=26)
        column.addWidget(self.table, 1)
        self.detail = QLabel(self)
        self.detail.setObjectName("positiveDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setMinimumHeight(48)
        column.addWidget(self.detail)
        self.buttons = QHBoxLayout()
        self.buttons.setSpacing(8)
        column.addLayout(self.buttons)
        self.state_box.addItem(self.tr("Not finished"), OPEN)
        self.state_box.addItem(self.tr("All"), ALL)
        for state in FollowUpState:
            self.state_box.addItem(label_of(state), state.value)
        self.state_box.setCurrentIndex(1)
        self.grade_box.activated.connect(self._grade_changed)
        self.class_box.activated.connect(self._refill)
        self.state_box.activated.connect(self._refill)

    def _combo(self, name: str) -> QComboBox:
        box = QComboBox(self)
        box.setObjectName(name)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return box

    def show_entries(self, entries: list[PositiveEntry], scale_names: dict[str, str]) -> None:
        self._entries = entries
        self.model.scale_names = scale_names
        grade = self.grade_box.currentData()
        self.grade_box.clear()
        self.grade_box.addItem(self.tr("All grades"), None)
        for value in sorted({e.student.grade for e in entries}):
            self.grade_box.addItem(value or "—", value)
        self.grade_box.setCurrentIndex(max(0, self.grade_box.findData(grade)))
        self._fill_classes()
        self._refill()

    def _fill_classes(self) -> None:
        grade = self.grade_box.currentData()
        chosen = self.class_box.currentData()
        self.class_box.clear()
        self.class_box.addItem(self.tr("All classes"), None)
        for value in sorted({e.student.class_name for e in self._entries if grade is None or e.student.grade == grade}):
            self.class_box.addItem(value or "—", value)
        self.class_box.setCurrentIndex(max(0, self.class_box.findData(chosen)))

    def _grade_changed(self, *_args) -> None:
        self._fill_classes()
        self._refill()

    def choose(self, *, grade: str | None = None, class_name: str | None = None, state: str = ALL) -> None:
        """Set the filters as a person would."""
        self.grade_box.setCurrentIndex(max(0, self.grade_box.findData(grade)))
        self._fill_classes()
        self.class_box.setCurrentIndex(max(0, self.class_box.findData(class_name)))
        self.state_box.setCurrentIndex(max(0, self.state_box.findData(state)))
        self._refill()

    def _shown(self, entry: PositiveEntry) -> bool:
        grade, class_name, state = (self.grade_box.currentData(), self.class_box.currentData(),
                                    self.state_box.currentData())
        if grade is not None and entry.student.grade != grade:
            return False
        if class_name is not None and entry.student.class_name != class_name:
            return False
        if state == OPEN:
            return entry.interview is None or entry.interview.outcome is None
        return state == ALL or entry.state.value == state

    def _refill(self, *_args) -> None:
        keep = self.selected()
        shown = [e for e in self._entries if self._shown(e)]
        self.model.set_rows(shown)
        _fit_columns(self.table, PositivesModel.HITS)
        alerts = sum(e.alert for e in shown)
        self.count.setText(self.tr("{shown} of {all} students · {alerts} with a critical answer").format(
            shown=len(shown), all=len(self._entries), alerts=alerts))
        if keep is None or not self.table.select_record(keep.student.client_id):
            self.table.select_given_row(0)

    def selected(self) -> PositiveEntry | None:
        return self.table.selected_record()

    def clear(self) -> None:
        self._entries = []
        self.model.clear()
        self.grade_box.clear()
        self.class_box.clear()
        self.count.clear()
        self.detail.clear()


class SummaryTab(QWidget):
    """The exact summary, for the supervisor in the room: marked internal, tables and charts as the
    statistics page draws them."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("summaryTab")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 8, 0, 0)
        column.setSpacing(8)
        self.note = internal_note(self.tr(
            "Internal, not to be passed on (内部，不得外传): exact counts, small ones too, for the supervisor in "
            "the room. What goes to the school's leadership is the export, with small counts hidden."), self)
        column.addWidget(self.note)
        bar = QHBoxLayout()
        self.facts = QLabel(self)
        self.facts.setObjectName("summaryFacts")
        self.facts.setWordWrap(True)
        self.facts.setStyleSheet(HINT_STYLE)
        bar.addWidget(self.facts, 1)
        self.export_button = QPushButton(self.tr("Export summary…"), self)
        self.export_button.setObjectName("exportSummary")
        self.export_button.setToolTip(self.tr("The summary for the school's leadership, small counts hidden "
                                              "(PDF or workbook; recorded in the audit log)"))
        bar.addWidget(self.export_button)
        column.addLayout(bar)
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("summaryScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.body = QWidget(self.scroll_area)
        self.body.setStyleSheet(BODY_STYLE)
        self.cards = QVBoxLayout(self.body)
        self.cards.setContentsMargins(0, 0, 8, 0)
        self.cards.setSpacing(10)
        self.cards.addStretch(1)
        self.scroll_area.setWidget(self.body)
        column.addWidget(self.scroll_area, 1)

    def show_summary(self, summary: ScreeningSummary) -> None:
        self.clear()
        self.facts.setText(self.tr("As of {day}: {students} students in scope, {excluded} excluded, {opted} opted "
                                   "out by their parents.").format(day=summary.as_of.isoformat(),
                                                                   students=summary.students,
                                                                   excluded=summary.excluded,
                                                                   opted=summary.opted_out))
        lang = screen_language()
        for at, table in enumerate(summary.tables):
            card = TableCard(table, lang, self.body)
            self.cards.insertWidget(at, card)

    def table_cards(self) -> list[TableCard]:
        return self.body.findChildren(TableCard)

    def clear(self) -> None:
        self.facts.clear()
        while self.cards.count() > 1:
            item = self.cards.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.setParent(None)
                widget.deleteLater()
