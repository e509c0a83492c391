"""One case (个案) in its own window: overview, visit records, and the panels other features add."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QApplication, QDialog, QFormLayout, QFrame, QHBoxLayout, QLabel, QMessageBox, QScrollArea, QTabWidget,
    QVBoxLayout, QWidget,
)

from counselroom.domain.accounts import Role
from counselroom.domain.cases import Case
from counselroom.domain.errors import CounselRoomError
from counselroom.domain.plural import plural
from counselroom.domain.visits import RiskLevel, Visit
from counselroom.services.cases import CaseService
from counselroom.services.my_cases import case_labels
from counselroom.services.printing import PrintService
from counselroom.services.visits import VisitService
from counselroom.ui.break_glass import with_reason
from counselroom.ui.context import AppContext
from counselroom.ui.dialogs.case_dialogs import (
    CloseCaseDialog, EditPlanDialog, ReassignDialog, ShareDialog, case_title, category_label, outcome_label,
    satisfaction_label, status_label,
)
from counselroom.ui.messages import error_text
from counselroom.ui.models.rows_model import SORT_ROLE, RowsModel
from counselroom.ui.open_dialogs import OpenDialogs
from counselroom.ui.printing import print_pdf, save_pdf
from counselroom.ui.styles import ERROR_STYLE, HINT_STYLE, OK_STYLE
from counselroom.ui.widgets.buttons import action_button
from counselroom.ui.widgets.consent_panel import ConsentPanel
from counselroom.ui.widgets.crisis_panel import CrisisPanel
from counselroom.ui.widgets.record_table import RecordTable, sorted_proxy
from counselroom.ui.widgets.referral_panel import ReferralPanel
from counselroom.ui.widgets.tests_panel import TestsPanel
from counselroom.ui.widgets.visit_editor import kind_label, risk_label

RISK_COLOUR = "#b3261e"
SECTION_STYLE = "font-weight: 600;"


# -- printing and saving, shared with the clients page -------------------------------------------

def _output(parent: QWidget, build: Callable[[str | None], bytes], how: str, title: str, file_name: str,
            warning: str, on_error: Callable[[CounselRoomError], object]) -> str | None:
    """Build a PDF (asking the supervisor's reason if needed), then print or save it.

    Returns "printed", the saved file's path, or None when nothing left the program.
    """
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        pdf = with_reason(parent, build, on_error)
    finally:
        QApplication.restoreOverrideCursor()
    if pdf is None:
        return None
    if how == "print":
        return "printed" if print_pdf(pdf, parent, title) else None
    return save_pdf(pdf, parent, file_name, warning)


def _save_warning(client_name: str) -> str:
    return QCoreApplication.translate(
        "CasePrinting", "The PDF holds confidential counselling records of {name}. Save it only where nobody "
        "else can open it, such as a USB stick you keep locked away, and delete it once it is printed or no "
        "longer needed. Saving is recorded in the audit log.").format(name=client_name)


def output_case_file(ctx: AppContext, parent: QWidget, client_id: int, client_name: str, case_no: str,
                     how: str, on_error: Callable[[CounselRoomError], object]) -> str | None:
    """Print ("print") or save ("pdf") the client's file: every case the user may open, bound as one."""
    title = QCoreApplication.translate("CasePrinting", "Case file of {name}").format(name=client_name)
    done = _output(parent, lambda reason: PrintService(ctx.session, ctx.language).case_file(client_id, reason=reason),
                   how, title, f"{case_no}-case-file.pdf", _save_warning(client_name), on_error)
    if done is not None:
        PrintService(ctx.session, ctx.language).record_output("case_file", client_id, how, client_id=client_id)
    return done


def output_visit_record(ctx: AppContext, parent: QWidget, visit: Visit, client_name: str, case_no: str, how: str,
                        on_error: Callable[[CounselRoomError], object]) -> str | None:
    title = QCoreApplication.translate("CasePrinting", "Visit record {no} of {name}").format(
        no=visit.session_no, name=client_name)
    visit_id = visit.id
    done = _output(parent, lambda reason: PrintService(ctx.session, ctx.language).visit_record(visit_id, reason=reason),
                   how, title, f"{case_no}-visit-{visit.session_no}.pdf", _save_warning(client_name), on_error)
    if done is not None:
        PrintService(ctx.session, ctx.language).record_output("visit_record", visit_id, how,
                                                              client_id=visit.client_id)
    return done


# -- the visits table ----------------------------------------------------------------------------

class CaseVisitsModel(RowsModel):
    NO, DATE, KIND, RISK, STATUS = range(5)

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Session"), self.tr("Date"), self.tr("Form"), self.tr("Risk"), self.tr("Status"))

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        visit, col = self._rows[index.row()], index.column()
        c = visit.content
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.NO:
                return str(visit.session_no)
            if col == self.DATE:
                return c.visit_date.isoformat() if c.visit_date else "—"
            if col == self.KIND:
                return kind_label(c.kind)
            if col == self.RISK:
                return risk_label(c.risk)
            return self.tr("Signed") if visit.signed else self.tr("Draft, not signed")
        if role == SORT_ROLE:
            if col == self.NO:
                return visit.session_no
            if col == self.DATE:
                return c.visit_date.isoformat() if c.visit_date else ""
            if col == self.RISK:
                return list(RiskLevel).index(c.risk)
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if col == self.RISK and c.risk.needs_crisis:
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(RISK_COLOUR))
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        if col == self.STATUS and not visit.signed and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#8a5a00"))
        if col == self.NO and role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


# -- the window ---------------------------------------------------------------------------------

class CaseWindow(QDialog):
    """A non-modal window for one case the caller has already opened (authorized).

    Other features add tabs with :meth:`add_panel`; a panel is a widget with
    ``show_case(case)``, ``clear()`` and a ``changed`` signal.
    """

    case_changed = Signal(int)  # the case id, after anything about the case changed
    visit_opened = Signal(int)  # a visit record to continue on the Visit records page (its id)

    def __init__(self, ctx: AppContext, case: Case, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.case: Case | None = case
        self._case_id = case.id
        self._client_id = case.client_id
        self.client_name = ""
        self.case_no = ""
        self.counsellor_name = ""
        self._panels: list[QWidget] = []
        self._open_dialogs = OpenDialogs(self, clear_on_close=True)
        self._dialogs = self._open_dialogs.items
        self.setObjectName("caseWindow")
        self.setModal(False)
        self.setSizeGripEnabled(True)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.setWindowFlag(Qt.WindowType.WindowMinimizeButtonHint, True)
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        self.setMinimumSize(640, 480)
        self.resize(900, 660)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 16, 20, 12)
        outer.setSpacing(10)

        # -- header -----------------------------------------------------------------------
        self.title_label = QLabel(self)
        self.title_label.setObjectName("caseTitle")
        self.title_label.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.title_label.setWordWrap(True)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.title_label)
        self.facts_label = QLabel(self)
        self.facts_label.setObjectName("caseFacts")
        self.facts_label.setWordWrap(True)
        self.facts_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.facts_label)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("caseTabs")
        self.tabs.setDocumentMode(True)
        outer.addWidget(self.tabs, 1)
        self._build_overview()
        self._build_visits()

        # -- bottom: outcome line, the whole file, close ------------------------------------------------
        self.status = QLabel(self)
        self.status.setObjectName("caseStatus")
        self.status.setWordWrap(True)
        outer.addWidget(self.status)
        bottom = QHBoxLayout()
        bottom.setSpacing(8)
        self.print_file_button = action_button(self, "printCaseFile", self.tr("Print case file…"),
                                               self.tr("Print every case of this client you may open, with all "
                                                       "visit records, bound as one file (装订成册)"),
                                               self.print_case_file)
        self.save_file_button = action_button(self, "saveCaseFile", self.tr("Save case file as PDF…"),
                                              self.tr("Save the bound file as a PDF, e.g. to print it elsewhere"),
                                              self.save_case_file)
        self.close_button = action_button(self, "closeWindow", self.tr("Close"), self.tr("Close this window (Esc)"),
                                          self.reject)
        bottom.addWidget(self.print_file_button)
        bottom.addWidget(self.save_file_button)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        outer.addLayout(bottom)

        ctx.locked.connect(self._on_locked)
        self._show_case(case)
        self._load_visits()
        # The case's other records, each in its own tab.
        self.add_panel(self.tr("Crisis"), CrisisPanel(ctx, self))
        self.add_panel(self.tr("Referrals"), ReferralPanel(ctx, self))
        self.add_panel(self.tr("Consent"), ConsentPanel(ctx, self))
        self.add_panel(self.tr("Tests"), TestsPanel(ctx, self))


    # -- building the tabs -------------------------------------------------------------------------
    def _build_overview(self) -> None:
        page = QWidget(self.tabs)
        page.setObjectName("overviewTab")
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 12, 0, 0)
        column.setSpacing(10)
        scroll = QScrollArea(page)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(scroll)
        self.facts = QFormLayout(body)
        self.facts.setContentsMargins(4, 4, 12, 4)
        self.facts.setHorizontalSpacing(16)
        self.facts.setVerticalSpacing(10)
        self.facts.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.facts.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.values: dict[str, QLabel] = {}
        self.value_labels: dict[str, QLabel] = {}
        for name, text in (("status", self.tr("Status")), ("category", self.tr("Presenting problem")),
                           ("reason", self.tr("Reason for opening")),
                           ("plan", self.tr("Counselling plan (咨询方案)")),
                           ("outcome", self.tr("Outcome (效果评价)")), ("summary", self.tr("Closing summary")),
                           ("satisfaction", self.tr("Client satisfaction"))):
            label = QLabel(text, body)
            label.setStyleSheet(HINT_STYLE)
            value = QLabel(body)
            value.setObjectName(f"case_{name}")
            value.setWordWrap(True)
            value.setTextFormat(Qt.TextFormat.PlainText)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            self.values[name] = value
            self.value_labels[name] = label
            self.facts.addRow(label, value)
        scroll.setWidget(body)
        column.addWidget(scroll, 1)

        row = QHBoxLayout()
        row.setSpacing(8)
        self.edit_button = action_button(self, "editPlan", self.tr("Edit plan…"),
                                         self.tr("Change the reason, the presenting problem or the plan"),
                                         self.edit_plan)
        self.close_case_button = action_button(self, "closeCase", self.tr("Close case…"),
                                               self.tr("结案: closing summary and outcome evaluation"),
                                               self.close_case)
        self.reopen_button = action_button(self, "reopenCase", self.tr("Reopen"),
                                           self.tr("Open the case again to record new visits"), self.reopen_case)
        self.reassign_button = action_button(self, "reassignCase", self.tr("Reassign…"),
                                             self.tr("Give the case to another counsellor"), self.reassign)
        self.share_button = action_button(self, "shareCase", self.tr("Share…"),
                                          self.tr("Let other counsellors open this case, or stop it"), self.share)
        for button in (self.edit_button, self.close_case_button, self.reopen_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.reassign_button)
        row.addWidget(self.share_button)
        supervisor = self.ctx.user.role is Role.SUPERVISOR
        self.reassign_button.setVisible(supervisor)
        self.share_button.setVisible(supervisor)
        column.addLayout(row)
        self.tabs.addTab(page, self.tr("Overview"))

    def _build_visits(self) -> None:
        page = QWidget(self.tabs)
        page.setObjectName("visitsTab")
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 12, 0, 0)
        column.setSpacing(8)
        self.visits_hint = QLabel(page)
        self.visits_hint.setObjectName("visitsHint")
        self.visits_hint.setWordWrap(True)
        self.visits_hint.setStyleSheet(HINT_STYLE)
        column.addWidget(self.visits_hint)
        self.visits_model = CaseVisitsModel(self)
        self.visits_proxy = sorted_proxy(self.visits_model, self)
        self.visits_table = RecordTable("caseVisits", self.visits_proxy, page, sort_column=CaseVisitsModel.NO)
        self.visits_table.selectionModel().selectionChanged.connect(self._update_buttons)
        column.addWidget(self.visits_table, 1)
        row = QHBoxLayout()
        row.setSpacing(8)
        self.new_visit_button = action_button(
            self, "newVisit", self.tr("New visit record"),
            self.tr("Start this case's next visit record; it opens on the Visit records page to be written and "
                    "signed"), self.new_visit)
        row.addWidget(self.new_visit_button)
        self.print_visit_button = action_button(self, "printVisit", self.tr("Print visit record…"),
                                                self.tr("Print the selected visit record"), self.print_visit)
        self.save_visit_button = action_button(self, "saveVisit", self.tr("Save as PDF…"),
                                               self.tr("Save the selected visit record as a PDF"), self.save_visit)
        row.addWidget(self.print_visit_button)
        row.addWidget(self.save_visit_button)
        row.addStretch(1)
        column.addLayout(row)
        self.tabs.addTab(page, self.tr("Visits"))

    # -- panels added by other features ---------------------------------------------------------------
    def add_panel(self, title: str, panel: QWidget) -> None:
        """Add a tab; the panel is shown this case now and after every refresh, and cleared on lock."""
        self._panels.append(panel)
        self.tabs.addTab(panel, title)
        panel.changed.connect(self._panel_changed)
        if self.case is not None:
            panel.show_case(self.case)

    def _panel_changed(self, *_args) -> None:
        # A signed test or visit may have opened a crisis: the other tabs follow at once.
        source = self.sender()
        if self._reload_case():
            for panel in self._panels:
                if panel is not source:
                    panel.show_case(self.case)
        self.case_changed.emit(self._case_id)

    # -- loading ------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the case, its visits and the panels again."""
        if self._reload_case():
            self._load_visits()
            self._show_panels()

    def _reload_case(self) -> bool:
        case_id = self._case_id
        case = with_reason(self, lambda reason: CaseService(self.ctx.session).get(case_id, reason=reason),
                           self._warn)
        if case is None:
            return False
        self._show_case(case)
        return True

    def _show_panels(self) -> None:
        for panel in self._panels:
            panel.show_case(self.case)

    def _names(self, case: Case) -> None:
        labels = case_labels(self.ctx.session, [case.id]).get(case.id)
        if labels is not None:
            self.client_name, self.case_no, _number = labels
        entry = next((e for e in CaseService(self.ctx.session).for_client(case.client_id) if e.case.id == case.id),
                     None)
        self.counsellor_name = entry.counsellor_name if entry is not None else ""

    def _show_case(self, case: Case) -> None:
        self.case = case
        try:
            self._names(case)
        except CounselRoomError as err:
            self._warn(err)
        title = case_title(self.client_name, case.number)
        self.setWindowTitle(self.tr("{case} — case window").format(case=title))
        self.title_label.setText(title)
        if case.is_open:
            status = status_label(case.status)
        else:
            status = self.tr("{status} on {date}").format(status=status_label(case.status),
                                                          date=case.closed_on.isoformat() if case.closed_on else "—")
        facts = self.tr("Case no. {case_no} · {status} · Counsellor: {counsellor} · Opened {date}").format(
            case_no=self.case_no or "—", status=status, counsellor=self.counsellor_name or "—",
            date=case.opened_on.isoformat())
        shared = self._shared_names()
        if shared:
            facts += "\n" + self.tr("Shared with: {names}").format(names=", ".join(shared))
        self.facts_label.setText(facts)
        self.facts_label.setStyleSheet(HINT_STYLE)

        v = self.values
        v["status"].setText(status)
        v["status"].setStyleSheet(OK_STYLE if case.is_open else "")
        v["category"].setText(category_label(case.category))
        v["reason"].setText(case.reason)
        self._set_or_hint(v["plan"], case.plan, self.tr("No plan written yet. Use “Edit plan…” to add it."))
        closed = not case.is_open
        v["outcome"].setText(outcome_label(case.outcome) if case.outcome is not None else "—")
        v["summary"].setText(case.closing_summary)
        v["satisfaction"].setText(satisfaction_label(case.satisfaction))
        for name in ("outcome", "summary", "satisfaction"):
            v[name].setVisible(closed)
            self.value_labels[name].setVisible(closed)
        self._update_buttons()

    @staticmethod
    def _set_or_hint(label: QLabel, text: str, hint: str) -> None:
        label.setText(text or hint)
        label.setStyleSheet("" if text else HINT_STYLE)

    def _shared_names(self) -> list[str]:
        if self.ctx.user.role is not Role.SUPERVISOR or self.case is None:
            return []
        try:
            return [name for _id, name in CaseService(self.ctx.session).shared_with(self.case.id)]
        except CounselRoomError:
            return []

    def _load_visits(self) -> None:
        case_id = self._case_id
        visits = with_reason(self, lambda reason: VisitService(self.ctx.session).for_case(case_id, reason=reason),
                             self._warn)
        self.visits_model.set_rows(visits or [])
        self.visits_table.resizeColumnsToContents()
        for col in range(self.visits_model.columnCount() - 1):
            self.visits_table.setColumnWidth(col, self.visits_table.columnWidth(col) + 16)
        if visits:
            self.visits_hint.setText(plural(
                len(visits), self.tr("{count} visit record. Records are written and signed on the Visit records page."),
                self.tr("{count} visit records. Records are written and signed on the Visit records page."))
                .format(count=len(visits)))
            self.visits_table.selectRow(self.visits_proxy.rowCount() - 1)
        else:
            self.visits_hint.setText(self.tr("No visit records yet. They are written on the Visit records page."))
        self.visits_table.setVisible(bool(visits))
        self._update_buttons()

    def new_visit(self) -> None:
        """Start the next visit record and hand it to the Visit records page, where records are
        written (with autosave) and signed; this window closes so that page is in front."""
        case_id = self._case_id
        visit = with_reason(self, lambda reason: VisitService(self.ctx.session).start(case_id, reason=reason),
                            self._warn)
        if visit is None:
            return
        self.visit_opened.emit(visit.id)
        self.accept()

    def selected_visit(self) -> Visit | None:
        return self.visits_table.selected_record()

    def _update_buttons(self, *_args) -> None:
        case = self.case
        loaded = case is not None
        self.edit_button.setEnabled(loaded)
        self.close_case_button.setVisible(not loaded or case.is_open)
        self.close_case_button.setEnabled(loaded)
        self.reopen_button.setVisible(loaded and not case.is_open)
        self.reassign_button.setEnabled(loaded)
        self.share_button.setEnabled(loaded)
        self.new_visit_button.setEnabled(loaded and case.is_open)
        self.new_visit_button.setToolTip(
            self.tr("Start this case's next visit record; it opens on the Visit records page to be written and "
                    "signed") if not loaded or case.is_open else self.tr("The case is closed: reopen it to record "
                                                                         "a new visit"))
        has_visit = loaded and self.selected_visit() is not None
        self.print_visit_button.setEnabled(has_visit)
        self.save_visit_button.setEnabled(has_visit)
        self.print_file_button.setEnabled(loaded)
        self.save_file_button.setEnabled(loaded)

    # -- outcomes ---------------------------------------------------------------------------------
    def show_done(self, text: str) -> None:
        self.status.setStyleSheet(OK_STYLE)
        self.status.setText(text)

    def _warn(self, err: CounselRoomError) -> None:
        self.status.setStyleSheet(ERROR_STYLE)
        self.status.setText(error_text(err))
        QMessageBox.warning(self, self.windowTitle(), error_text(err))

    def _changed(self, case: Case, text: str, *, panels: bool = True) -> None:
        self._show_case(case)
        if panels:
            self._show_panels()
        self.show_done(text)
        self.case_changed.emit(case.id)

    # -- dialogs this window opens ------------------------------------------------------------------
    def _open_dialog(self, dialog: QDialog) -> None:
        self._open_dialogs.open(dialog)

    def _close_dialogs(self) -> None:
        self._open_dialogs.close_all()

    # -- the overview's actions ---------------------------------------------------------------------
    def edit_plan(self) -> None:
        if self.case is None:
            return
        dialog = EditPlanDialog(self.ctx.session, self.case, self.client_name, self)
        dialog.accepted.connect(self._plan_saved)
        self._open_dialog(dialog)

    def _plan_saved(self) -> None:
        case = getattr(self.sender(), "saved_case", None)
        if case is not None:
            self._changed(case, self.tr("Plan saved."))

    def close_case(self) -> None:
        if self.case is None:
            return
        dialog = CloseCaseDialog(self.ctx.session, self.case, self.client_name, self)
        dialog.accepted.connect(self._case_closed)
        self._open_dialog(dialog)

    def _case_closed(self) -> None:
        case = getattr(self.sender(), "closed_case", None)
        if case is not None:
            self._changed(case, self.tr("Case closed."))

    def reopen_case(self) -> None:
        if self.case is None or self.case.is_open:
            return
        answer = QMessageBox.question(
            self, self.tr("Reopen case"),
            self.tr("Reopen {case}? New visit records can then be written. The closing summary is kept "
                    "and offered again when the case is closed.").format(
                case=case_title(self.client_name, self.case.number)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        case_id = self._case_id
        case = with_reason(self, lambda reason: CaseService(self.ctx.session).reopen(case_id, reason=reason),
                           self._warn)
        if case is not None:
            self._changed(case, self.tr("Case reopened."))

    def reassign(self) -> None:
        if self.case is None:
            return
        dialog = ReassignDialog(self.ctx.session, self.case, self.client_name, self.counsellor_name, self)
        dialog.accepted.connect(self._reassigned)
        self._open_dialog(dialog)

    def _reassigned(self) -> None:
        case = getattr(self.sender(), "saved_case", None)
        if case is None:
            return
        # Not re-read through the access check: the case may no longer be the supervisor's own,
        # and nothing but the counsellor changed.
        self._changed(case, "", panels=False)
        self.show_done(self.tr("Case reassigned to {name}.").format(name=self.counsellor_name))

    def share(self) -> None:
        if self.case is None:
            return
        dialog = ShareDialog(self.ctx.session, self.case, self.client_name, self)
        dialog.changed.connect(self._sharing_changed)
        self._open_dialog(dialog)

    def _sharing_changed(self) -> None:
        if self.case is not None:
            self._changed(self.case, self.tr("Sharing changed."), panels=False)

    # -- printing ---------------------------------------------------------------------------------
    def print_visit(self) -> None:
        self._visit_output("print")

    def save_visit(self) -> None:
        self._visit_output("pdf")

    def _visit_output(self, how: str) -> None:
        visit = self.selected_visit()
        if visit is None:
            return
        try:
            done = output_visit_record(self.ctx, self, visit, self.client_name, self.case_no, how, self._warn)
        except CounselRoomError as err:
            self._warn(err)
            return
        if done is None:
            return
        if how == "print":
            self.show_done(self.tr("Visit record {no} sent to the printer.").format(no=visit.session_no))
        else:
            self.show_done(self.tr("Visit record {no} saved to {path}.").format(no=visit.session_no, path=done))

    def print_case_file(self) -> None:
        self._file_output("print")

    def save_case_file(self) -> None:
        self._file_output("pdf")

    def _file_output(self, how: str) -> None:
        if self.case is None:
            return
        try:
            done = output_case_file(self.ctx, self, self._client_id, self.client_name, self.case_no, how, self._warn)
        except CounselRoomError as err:
            self._warn(err)
            return
        if done is None:
            return
        if how == "print":
            self.show_done(self.tr("Case file sent to the printer."))
        else:
            self.show_done(self.tr("Case file saved to {path}.").format(path=done))

    # -- lock -----------------------------------------------------------------------------------------
    def clear(self) -> None:
        """Forget everything that came from the records (the window is closing on lock)."""
        self._close_dialogs()
        self.case = None
        self.client_name = self.case_no = self.counsellor_name = ""
        self.setWindowTitle(self.tr("Case"))
        self.title_label.clear()
        self.facts_label.clear()
        for value in self.values.values():
            value.clear()
        self.visits_model.clear()
        self.visits_hint.clear()
        self.status.clear()
        for panel in self._panels:
            panel.clear()
        self._update_buttons()

    def _on_locked(self) -> None:
        self.clear()
        self.reject()

    @property
    def case_id(self) -> int:
        return self._case_id

    @property
    def client_id(self) -> int:
        return self._client_id
