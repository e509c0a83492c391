"""Visit records (咨询记录): my open cases, unsigned drafts, a case's visits, the editor."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QListWidgetItem, QMessageBox, QPushButton, QSplitter,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from counselroom.domain.access import may_see_clinical
from counselroom.domain.errors import CounselRoomError
from counselroom.domain.visits import Visit
from counselroom.services.my_cases import case_labels
from counselroom.services.printing import PrintService
from counselroom.services.session import Session
from counselroom.services.visits import VisitService
from counselroom.ui.context import AppContext
from counselroom.ui.labels import label_of
from counselroom.ui.messages import error_text
from counselroom.ui.break_glass import with_reason
from counselroom.ui.pages.base import Page
from counselroom.ui.pdf_output import output_pdf
from counselroom.ui.widgets.hint_label import hint_label
from counselroom.ui.widgets.open_cases_list import (
    DRAFTS_SHOWN, ID_ROLE, OpenCases, OpenCasesList, gather_open_cases, more_drafts_item,
)
from counselroom.ui.widgets.visit_editor import VisitEditor


def _gather_drafts(session: Session) -> tuple[list[Visit], int, dict[int, tuple[str, str, int]]]:
    """On a worker: the oldest ``DRAFTS_SHOWN`` unsigned records, how many there are, their cases' labels."""
    drafts = VisitService(session).unsigned()
    shown = drafts[:DRAFTS_SHOWN]
    return shown, len(drafts), case_labels(session, [v.case_id for v in shown])


class VisitsPage(Page):
    key = "visits"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._case_id: int | None = None
        self._labels: dict[int, tuple[str, str, int]] = {}
        self._visits: dict[int, Visit] = {}   # the rows of the visits table

        layout = self.page_column(spacing=10)

        # -- left: my cases and the drafts waiting for a signature -----------------
        left = QSplitter(Qt.Orientation.Vertical, self)
        left.setChildrenCollapsible(False)
        top, top_column, self.cases_list = self.titled_list(left, self.tr("My open cases"), "myCases")
        self.cases_list.currentItemChanged.connect(self._case_changed)
        self.open_cases = OpenCasesList(self.cases_list, top_column, top, self._filter_cases, "myCases")
        bottom, _, self.drafts_list = self.titled_list(left, self.tr("Awaiting signature"), "unsignedList")
        self.drafts_list.setToolTip(self.tr("Unsigned drafts: double-click to continue"))
        self.drafts_list.itemActivated.connect(self._draft_activated)
        self.drafts_list.currentItemChanged.connect(self._update_buttons)

        # -- middle: the case's visits ------------------------------------------------------
        middle = QWidget(left)
        mcol = QVBoxLayout(middle)
        mcol.setContentsMargins(0, 0, 0, 0)
        mcol.setSpacing(6)
        self.visits_heading = self.section_label(self.tr("Visit records"))
        mcol.addWidget(self.visits_heading)
        self.visits_table = QTableWidget(0, 5, middle)
        self.visits_table.setObjectName("visitsTable")
        self.visits_table.setHorizontalHeaderLabels(
            [self.tr("No."), self.tr("Date"), self.tr("Form"), self.tr("Status"), self.tr("Risk")])
        self.visits_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.visits_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.visits_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.visits_table.verticalHeader().hide()
        self.visits_table.horizontalHeader().setStretchLastSection(True)
        # Five short columns fit the narrow left column without a sideways scroll bar.
        self.visits_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.visits_table.horizontalHeader().setMinimumSectionSize(36)
        self.visits_table.verticalHeader().setDefaultSectionSize(26)
        self.visits_table.setWordWrap(False)
        self.visits_table.itemActivated.connect(self._visit_activated)
        self.visits_table.itemSelectionChanged.connect(self._update_buttons)
        mcol.addWidget(self.visits_table, 1)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New visit record"), middle)
        self.new_button.setObjectName("newVisit")
        self.new_button.setToolTip(self.tr("Start the next visit record of the selected case"))
        self.new_button.clicked.connect(self.new_visit)
        self.open_button = QPushButton(self.tr("Open"), middle)
        self.open_button.setObjectName("openVisit")
        self.open_button.clicked.connect(self.open_selected)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        mcol.addLayout(buttons)
        outputs = QHBoxLayout()
        self.print_button = QPushButton(self.tr("Print…"), middle)
        self.print_button.setObjectName("printVisit")
        self.print_button.setToolTip(self.tr("Print the selected visit record (or the one open on the right); "
                                             "a draft prints marked as a draft"))
        self.print_button.clicked.connect(self.print_selected)
        self.save_pdf_button = QPushButton(self.tr("Save as PDF…"), middle)
        self.save_pdf_button.setObjectName("saveVisitPdf")
        self.save_pdf_button.setToolTip(self.tr("Save a copy of the selected visit record as a PDF file"))
        self.save_pdf_button.clicked.connect(self.save_selected_pdf)
        outputs.addWidget(self.print_button)
        outputs.addWidget(self.save_pdf_button)
        mcol.addLayout(outputs)

        # -- main: the editor --------------------------------------------------------------------
        self.editor = VisitEditor(ctx.session, self)
        self.editor.signed.connect(self._visit_signed)
        self.editor.saved.connect(self._visit_saved)
        self.editor.changed.connect(self._visit_changed)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        left.addWidget(top)
        left.addWidget(middle)
        left.addWidget(bottom)
        left.setSizes([240, 260, 130])
        splitter.addWidget(left)
        splitter.addWidget(self.editor)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([360, 720])
        layout.addWidget(splitter, 1)

        self.status = hint_label("", self, "visitsStatus")
        layout.addWidget(self.status)
        self._update_buttons()

    # -- Page ------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Visit records")

    @classmethod
    def allowed_for(cls, user) -> bool:
        return may_see_clinical(user)

    def refresh(self) -> None:
        self._load_cases(follow_case=True)
        self._load_drafts()

    def clear_sensitive(self) -> None:
        self.editor.clear()   # saves the draft first: the database is still open here
        self._case_id = None
        self._labels = {}
        self._visits = {}
        self.open_cases.clear()
        self.drafts_list.clear()
        self.visits_table.setRowCount(0)
        self.visits_heading.setText(self.tr("Visit records"))
        self.status.clear()
        self._update_buttons()

    # -- loading ------------------------------------------------------------------------------
    def _service(self) -> VisitService:
        return VisitService(self.ctx.session)

    def _load_cases(self, *, follow_case: bool = False) -> None:
        """My open cases, gathered off the GUI thread. ``follow_case``: the chosen case's visits are
        listed again too (they may have changed elsewhere)."""
        text = self.open_cases.text()
        self.load(lambda session: gather_open_cases(session, text),
                  lambda found: self._show_cases(found, follow_case), slot="cases", failed=self._warn)

    def _filter_cases(self) -> None:
        self._load_cases()

    def _show_cases(self, found: OpenCases, follow_case: bool) -> None:
        keep = self._case_id
        self.open_cases.fill(found, keep)
        if not found.total and not found.text:
            self.status.setText(self.tr("You have no open case. Open one on the Clients page."))
        if follow_case and keep is not None:
            # Opening a case's visits is audited (and may ask the supervisor why): that stays here.
            self._load_visits()

    def _load_drafts(self) -> None:
        self.load(_gather_drafts, self._show_drafts, slot="drafts", failed=self._warn)

    def _show_drafts(self, found: tuple[list[Visit], int, dict[int, tuple[str, str, int]]]) -> None:
        drafts, total, self._labels = found
        self.drafts_list.clear()
        me = self.ctx.user.id
        for visit in drafts:
            name, case_no, _number = self._labels.get(visit.case_id, ("?", "", 0))
            text = self.tr("{name} · visit {no} · {date}").format(
                name=name, no=visit.session_no,
                date=visit.content.visit_date.isoformat() if visit.content.visit_date else "—")
            if visit.counsellor_id != me:
                text += "  " + self.tr("(another counsellor)")
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, visit.id)
            item.setToolTip(case_no)
            self.drafts_list.addItem(item)
        if total > len(drafts):
            self.drafts_list.addItem(more_drafts_item(total - len(drafts)))
        if not drafts:
            item = QListWidgetItem(self.tr("No unsigned drafts."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.drafts_list.addItem(item)

    def _case_changed(self, current, _previous=None) -> None:
        self._case_id = current.data(ID_ROLE) if current is not None else None
        self._load_visits()

    def _load_visits(self) -> None:
        self.visits_table.setRowCount(0)
        self._visits = {}
        if self._case_id is None:
            self.visits_heading.setText(self.tr("Visit records"))
            self._update_buttons()
            return
        case_id = self._case_id
        visits = with_reason(self, lambda reason: self._service().for_case(case_id, reason=reason),
                             self._warn)
        if visits is None:
            self._update_buttons()
            return
        item = self.cases_list.currentItem()
        self.visits_heading.setText(self.tr("Visit records of {case}").format(case=item.text().split("  ")[0])
                                    if item else self.tr("Visit records"))
        for visit in visits:
            self._add_row(visit)
        self.visits_table.resizeColumnsToContents()
        self._update_buttons()

    def _add_row(self, visit: Visit) -> None:
        row = self.visits_table.rowCount()
        self.visits_table.insertRow(row)
        self._fill_row(row, visit)

    def _fill_row(self, row: int, visit: Visit) -> None:
        self._visits[visit.id] = visit
        c = visit.content
        cells = (self.tr("Visit {no}").format(no=visit.session_no),
                 c.visit_date.isoformat() if c.visit_date else "—", label_of(c.kind),
                 self.tr("Signed") if visit.signed else self.tr("Draft"), label_of(c.risk))
        for col, text in enumerate(cells):
            cell = QTableWidgetItem(text)
            cell.setData(ID_ROLE, visit.id)
            self.visits_table.setItem(row, col, cell)

    def _update_buttons(self, *_args) -> None:
        self.new_button.setEnabled(self._case_id is not None)
        self.open_button.setEnabled(self._selected_visit_id() is not None
                                    or self.drafts_list.currentItem() is not None)
        has_record = self._output_visit_id() is not None
        self.print_button.setEnabled(has_record)
        self.save_pdf_button.setEnabled(has_record)

    def _selected_visit_id(self) -> int | None:
        rows = self.visits_table.selectionModel().selectedRows()
        if not rows:
            return None
        first = self.visits_table.item(rows[0].row(), 0)
        return first.data(ID_ROLE) if first is not None else None

    def _output_visit_id(self) -> int | None:
        """What Print and Save as PDF act on: the selected row, else the record open in the editor."""
        selected = self._selected_visit_id()
        if selected is not None:
            return selected
        return self.editor.visit.id if self.editor.visit is not None else None

    # -- actions ------------------------------------------------------------------------------------
    def new_visit(self) -> None:
        if self._case_id is None:
            return
        self.editor.flush()
        case_id = self._case_id
        visit = with_reason(self, lambda reason: self._service().start(case_id, reason=reason), self._warn)
        if visit is None:
            return
        self._show(visit)
        self._load_visits()
        self._load_drafts()

    def open_selected(self) -> None:
        visit_id = self._selected_visit_id()
        if visit_id is None and (item := self.drafts_list.currentItem()) is not None:
            visit_id = item.data(ID_ROLE)
        if visit_id is not None:
            self.open_visit(visit_id)

    def _visit_activated(self, item: QTableWidgetItem) -> None:
        self.open_visit(item.data(ID_ROLE))

    def _draft_activated(self, item: QListWidgetItem) -> None:
        if item.data(ID_ROLE) is not None:
            self.open_visit(item.data(ID_ROLE))

    def open_visit(self, visit_id: int) -> None:
        self.editor.flush()  # before switching: nothing typed is lost
        visit = with_reason(self, lambda reason: self._service().get(visit_id, reason=reason), self._warn)
        if visit is not None:
            self._show(visit)

    def _show(self, visit: Visit) -> None:
        labels = case_labels(self.ctx.session, [visit.case_id])
        name, case_no, number = labels.get(visit.case_id, ("", "", 0))
        status = self.tr("signed") if visit.signed else self.tr("draft")
        heading = self.tr("{name} ({case_no}) · case {number} · visit {no} · {status}").format(
            name=name, case_no=case_no, number=number, no=visit.session_no, status=status)
        self.editor.load(visit, heading)
        self._update_buttons()

    def _visit_signed(self, visit: Visit) -> None:
        self._show(visit)
        self._load_visits()
        self._load_drafts()
        self.status.setText(self.tr("Visit {no} signed and locked.").format(no=visit.session_no))

    def _visit_saved(self, visit: Visit) -> None:
        """An autosave: the row shows the draft's date and form as typed (no reload, no audit)."""
        for row in range(self.visits_table.rowCount()):
            first = self.visits_table.item(row, 0)
            if first is not None and first.data(ID_ROLE) == visit.id:
                self._fill_row(row, visit)
                return

    def _visit_changed(self, _visit: Visit) -> None:
        self.status.setText(self.tr("Addendum added."))

    # -- printing ------------------------------------------------------------------------------------
    def _record_pdf(self) -> tuple[Visit, bytes] | None:
        """The record to print, built in memory under the access rules (a supervisor may be asked why)."""
        visit_id = self._output_visit_id()
        if visit_id is None:
            return None
        self.editor.flush()  # a draft prints as last typed
        shown = self.editor.visit
        visit = shown if shown is not None and shown.id == visit_id else self._visits.get(visit_id)
        if visit is None:
            return None
        printing = PrintService(self.ctx.session, self.ctx.language)
        pdf = with_reason(self, lambda reason: printing.visit_record(visit_id, reason=reason), self._warn)
        return None if pdf is None else (visit, pdf)

    def print_selected(self) -> None:
        built = self._record_pdf()
        if built is None:
            return
        visit, pdf = built
        output_pdf(self, "print", lambda: pdf, title=self.tr("Visit record {no}").format(no=visit.session_no),
                   record=lambda how: self._record_output(visit, how), on_error=self._warn,
                   say=self.status.setText,
                   printed=self.tr("Visit {no} sent to the printer.").format(no=visit.session_no))

    def save_selected_pdf(self) -> None:
        built = self._record_pdf()
        if built is None:
            return
        visit, pdf = built
        labels = case_labels(self.ctx.session, [visit.case_id])
        case_no = labels.get(visit.case_id, ("", "", 0))[1]
        name = self.tr("visit-record-{case_no}-{no}.pdf").format(case_no=case_no or visit.case_id,
                                                                  no=visit.session_no)
        warning = self.tr("The PDF holds confidential counselling notes and is not encrypted. Save it only "
                          "where it is needed, e.g. on a USB stick to print it elsewhere, and delete it "
                          "afterwards.")
        output_pdf(self, "pdf", lambda: pdf, file_name=name, warning=warning,
                   record=lambda how: self._record_output(visit, how), on_error=self._warn,
                   say=self.status.setText,
                   saved=lambda path: self.tr("Visit {no} saved as {path}.").format(no=visit.session_no, path=path))

    def _record_output(self, visit: Visit, how: str) -> None:
        PrintService(self.ctx.session, self.ctx.language).record_output(
            "visit_record", visit.id, how, client_id=visit.client_id)

    def _warn(self, err: CounselRoomError) -> None:
        QMessageBox.warning(self, self.title(), error_text(err))
